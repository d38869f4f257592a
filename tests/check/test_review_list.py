"""Precision first: what the contradiction rule cannot prove goes to the list for review, with
its reason, never to the contradictions (small hand-built records, no model)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from onrecord.check import CheckOutput
from onrecord.dates import FuzzyDate
from onrecord.record import Assertion, Entity, Listing, Relation, ReviewReason, Stance, Timing
from onrecord.resolve import ArticleEvent
from tests.check.builders import Corpus, day, entity

ENVOY = entity("Pavel Orlov")
GOVERNOR = entity("Dana Whitcombe")
ADVISER = entity("Marcus Reede")
COLUMNIST = entity("Iris Vale")


def _meeting(text: str | None = None, hedged: bool = False) -> Corpus:
    """The governor met the envoy on 2016-04-27; a wire reported it on 2016-05-13."""
    corpus = Corpus()
    corpus.article("wire", "2016-05-13")
    corpus.event("wire", [GOVERNOR, ENVOY], day("2016-04-27"), hedged=hedged, text=text)
    corpus.article("paper", "2017-01-20")
    return corpus


def _only_review(output: CheckOutput) -> ReviewReason | None:
    assert output.contradictions == ()
    [held] = output.review
    assert held.status is Listing.REVIEW and held.for_review
    assert held.reason_text and held.reason_text in held.explanation
    return held.reason


def test_a_denial_that_names_no_counterpart_goes_to_review_not_to_the_contradictions() -> None:
    corpus = _meeting()
    corpus.statement("paper", GOVERNOR, "There was no contact.", subjects=[GOVERNOR])
    output = corpus.check()
    assert _only_review(output) is ReviewReason.UNRESOLVED_COUNTERPART
    assert "names no counterpart" in output.review[0].reason_text
    assert "any outside contact counts" not in output.review[0].explanation


def test_a_denial_of_a_topic_is_contradicted_only_by_a_report_of_that_topic() -> None:
    corpus = _meeting("Dana Whitcombe met Pavel Orlov to discuss the pipeline deal in April.")
    corpus.statement(
        "paper",
        GOVERNOR,
        "I never met him to discuss the pipeline deal.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        relation=Relation.MEET,
    )
    [found] = corpus.check().contradictions
    assert found.status is Listing.CONTRADICTION and found.reason is None


def test_a_denied_topic_ends_where_the_time_of_the_talk_begins() -> None:
    # the topic ran on through "when they spoke by phone in late April", and no report gave
    # all of that, so the denial stayed for review
    corpus = _meeting("Dana Whitcombe discussed the pipeline deal with Pavel Orlov in April.")
    corpus.statement(
        "paper",
        GOVERNOR,
        "that he and Pavel Orlov did not discuss the pipeline deal when they spoke by phone in "
        "late April",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        relation=Relation.CONTACT,
    )
    [found] = corpus.check().contradictions
    assert found.status is Listing.CONTRADICTION and found.reason is None


def test_a_denial_of_a_topic_against_a_contact_of_unknown_topic_is_for_review() -> None:
    corpus = _meeting("Dana Whitcombe, then a campaign adviser, met Pavel Orlov in April.")
    corpus.statement(
        "paper",
        GOVERNOR,
        "I never met him to discuss the campaign.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        relation=Relation.MEET,
    )
    output = corpus.check()
    assert _only_review(output) is ReviewReason.TOPIC_UNMATCHED
    assert "“to discuss the campaign”" in output.review[0].reason_text


@pytest.mark.parametrize(
    "words",
    [
        "I never spoke to him about the campaign.",
        "I had no contact with him regarding the campaign.",
        "I was not in touch with him about the campaign.",
    ],
)
def test_a_denial_of_contact_about_a_topic_told_after_it_is_for_review(words: str) -> None:
    corpus = _meeting("Dana Whitcombe, then a campaign adviser, met Pavel Orlov in April.")
    corpus.statement(
        "paper", GOVERNOR, words, subjects=[GOVERNOR], objects=[ENVOY], relation=Relation.CONTACT
    )
    output = corpus.check()
    assert _only_review(output) is ReviewReason.TOPIC_UNMATCHED


def test_a_time_after_a_denied_meeting_is_no_topic() -> None:
    corpus = _meeting("Dana Whitcombe, then a campaign adviser, met Pavel Orlov in April.")
    corpus.statement(
        "paper",
        GOVERNOR,
        "I have not met him in about a year.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        relation=Relation.MEET,
    )
    assert not any(r.reason is ReviewReason.TOPIC_UNMATCHED for r in corpus.check().review)


@pytest.mark.parametrize(
    "words", ["I had no improper contacts with him.", "I did not have any private meetings."]
)
def test_a_denial_of_a_manner_of_contact_is_for_review(words: str) -> None:
    corpus = _meeting()
    corpus.statement("paper", GOVERNOR, words, subjects=[GOVERNOR], objects=[ENVOY])
    assert _only_review(corpus.check()) is ReviewReason.QUALIFIER_UNMATCHED


def test_an_undated_statement_says_so_instead_of_later() -> None:
    corpus = _meeting()
    corpus.article("undated", None)
    corpus.statement("undated", GOVERNOR, "No contact.", subjects=[GOVERNOR], objects=[ENVOY])
    output = corpus.check()
    assert _only_review(output) is ReviewReason.UNORDERED_DATES
    held = output.review[0]
    assert held.timing is Timing.UNORDERED
    assert "the statement is undated" in held.reason_text
    assert "later" not in held.explanation.split("Rule")[0]


def test_a_contact_after_the_statement_is_on_neither_list() -> None:
    corpus = Corpus()
    corpus.article("paper", "2016-03-01")
    corpus.statement(
        "paper",
        GOVERNOR,
        "No contact.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        said_on=day("2016-03-01"),
    )
    corpus.article("wire", "2016-05-13")
    corpus.event("wire", [GOVERNOR, ENVOY], day("2016-04-27"))
    output = corpus.check()
    assert output.contradictions == () and output.review == ()


def test_a_contact_reported_the_day_of_the_statement_with_no_date_of_its_own_is_for_review() -> (
    None
):
    corpus = Corpus()
    corpus.article("paper", "2017-01-20")
    corpus.event("paper", [GOVERNOR, ENVOY], None)
    corpus.statement("paper", GOVERNOR, "No contact.", subjects=[GOVERNOR], objects=[ENVOY])
    assert _only_review(corpus.check()) is ReviewReason.UNORDERED_DATES


def test_an_admission_by_someone_outside_the_contact_is_for_review() -> None:
    corpus = Corpus()
    corpus.article("column", "2016-12-01")
    corpus.statement(
        "column",
        COLUMNIST,
        "The governor met the envoy, everyone knows it.",
        stance=Stance.AFFIRM,
        subjects=[GOVERNOR],
        objects=[ENVOY],
        said_on=day("2016-11-30"),
    )
    corpus.article("paper", "2017-01-20")
    corpus.statement("paper", GOVERNOR, "No contact.", subjects=[GOVERNOR], objects=[ENVOY])
    assert _only_review(corpus.check()) is ReviewReason.NOT_A_PARTICIPANT_ADMISSION


def test_a_denial_for_someone_else_is_for_review() -> None:
    corpus = _meeting()
    corpus.statement(
        "paper",
        ADVISER,
        "The governor had no contact with him.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
    )
    assert _only_review(corpus.check()) is ReviewReason.SPEAKER_SIDE_UNRESOLVED


@pytest.mark.parametrize(
    "grade",
    [Assertion.NEGATED, Assertion.PLANNED, Assertion.HYPOTHETICAL, Assertion.CAPTION],
    ids=str,
)
def test_a_negated_planned_supposed_or_captioned_contact_counts_on_neither_list(
    grade: Assertion,
) -> None:
    corpus = Corpus()
    corpus.article("wire", "2016-05-13")
    event = corpus.event("wire", [GOVERNOR, ENVOY], day("2016-04-27"))
    corpus.events[-1] = ArticleEvent("wire", dataclasses.replace(event, assertion=grade))
    corpus.article("paper", "2017-01-20")
    corpus.statement("paper", GOVERNOR, "No contact.", subjects=[GOVERNOR], objects=[ENVOY])
    output = corpus.check()
    assert output.contradictions == () and output.review == ()


def test_every_finding_of_a_run_is_on_exactly_one_list() -> None:
    corpus = _meeting()
    corpus.statement("paper", GOVERNOR, "No contact.", subjects=[GOVERNOR], objects=[ENVOY])
    corpus.statement("paper", GOVERNOR, "There was nothing.", subjects=[GOVERNOR])
    output = corpus.check()
    assert [c.status for c in output.contradictions] == [Listing.CONTRADICTION]
    assert [c.status for c in output.review] == [Listing.REVIEW]
    assert set(output.records()) >= {*output.contradictions, *output.review}


def test_a_report_that_only_repeats_the_denial_does_not_give_the_topic() -> None:
    corpus = _meeting("Whitcombe said she had never met Orlov to discuss the pipeline deal.")
    corpus.statement(
        "paper",
        GOVERNOR,
        "I never met him to discuss the pipeline deal.",
        subjects=[GOVERNOR],
        objects=[ENVOY],
        relation=Relation.MEET,
    )
    assert _only_review(corpus.check()) is ReviewReason.TOPIC_UNMATCHED


def _denied_after_a_contact(
    kind: Relation, words: str, denied: Relation, objects: Sequence[Entity] = ()
) -> CheckOutput:
    """The governor's contact of ``kind`` with the envoy (2016-04-27, reported in May), and
    the governor's later denial of a ``denied`` in ``words``."""
    corpus = Corpus()
    corpus.article("wire", "2016-05-13")
    corpus.event("wire", [GOVERNOR, ENVOY], day("2016-04-27"), kind=kind)
    corpus.article("paper", "2017-01-20")
    corpus.statement(
        "paper", GOVERNOR, words, subjects=[GOVERNOR], objects=objects, relation=denied,
        said_on=day("2017-01-18"),
    )  # fmt: skip
    return corpus.check()


@pytest.mark.parametrize(("denied", "words"), [(Relation.MEET, "meeting"), (Relation.CALL, "call")])
def test_a_denied_meeting_or_call_against_a_contact_of_untold_medium_is_for_review(
    denied: Relation, words: str
) -> None:
    # a contact told without its medium ("spoke briefly with the envoy") was never held
    # against a denial of meeting or calling: the denial went unchecked, and out of sight
    said = f"I never had a {words} with him."
    output = _denied_after_a_contact(Relation.CONTACT, said, denied, objects=[ENVOY])
    assert _only_review(output) is ReviewReason.MEDIUM_UNTOLD


def test_a_contact_of_another_medium_is_no_finding_for_a_denied_meeting() -> None:
    # guard: a phone call told as one does not touch a denial of meeting at all
    output = _denied_after_a_contact(
        Relation.CALL, "I never met him.", Relation.MEET, objects=[ENVOY]
    )
    assert output.contradictions == () and output.review == ()


def test_a_denial_framed_by_a_dated_trip_is_of_that_trip_not_a_particular_contact() -> None:
    # "did not meet him during the visit" was held as one particular contact the record could
    # not tell: once the visit's time dates the denial, every meeting of that time is denied
    corpus = _meeting()
    corpus.statement(
        "paper", GOVERNOR, "that he did not meet the envoy during the visit",
        subjects=[GOVERNOR], objects=[ENVOY], relation=Relation.MEET,
        said_on=day("2017-01-18"), period=FuzzyDate.parse("2016-04"),
    )  # fmt: skip
    [found] = corpus.check().contradictions
    assert found.timing is Timing.RECORD_PREDATES


def test_a_contact_of_untold_medium_is_not_weighed_against_a_denial_that_fails_otherwise() -> None:
    # "He and I have never met" (whom, unresolved) filled the review list with every contact
    # of the speaker's whose medium was not told: such a contact is worth review only when it
    # meets every other condition
    output = _denied_after_a_contact(Relation.CONTACT, "He and I have never met.", Relation.MEET)
    assert output.contradictions == () and output.review == ()
