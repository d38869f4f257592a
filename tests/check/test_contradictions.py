"""The contradiction rule on small multi-article records (no model)."""

from __future__ import annotations

from onrecord.check import CheckOutput
from onrecord.dates import FuzzyDate
from onrecord.record import (
    Entity,
    Listing,
    Quantifier,
    Relation,
    ReviewReason,
    Stance,
    Timing,
)
from onrecord.resolve import CaseRules, rules_from_text
from tests.check.builders import CAMPAIGN, MANAGER, SENATOR, SPOKESWOMAN, Corpus, day
from tests.check.builders import ENVOY as AMBASSADOR

CASEBOOK = """
groups:
  Calder campaign:
    members:
      - {name: Owen Pryce, when: 2016-03-01..2016-11-08}
      - {name: Lena Marsh, when: 2016-03-01..2016-11-08}
"""


def _meeting_reported_in_may() -> Corpus:
    corpus = Corpus()
    corpus.article("a1", "2016-05-13")
    corpus.event("a1", [SENATOR, AMBASSADOR], day("2016-04-27"))
    return corpus


def _against(output: CheckOutput, statement: str) -> list[str]:
    return [c.statement for c in output.contradictions if c.statement == statement]


def test_a_denial_made_after_the_first_report_is_record_predates() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    denial = corpus.statement(
        "a2",
        SENATOR,
        "I had no contact with him.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        said_on=day("2017-01-18"),
    )
    [found] = corpus.check().contradictions
    assert found.statement == denial.id
    assert found.timing is Timing.RECORD_PREDATES
    assert found.rule == "deny_vs_event.v2"
    assert "a2 @0–" in found.explanation and "a1 @0–" in found.explanation


def test_a_denial_made_before_the_first_report_is_later() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a0", "2016-05-02")
    corpus.statement(
        "a0",
        SENATOR,
        "I never met him.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        relation=Relation.MEET,
        said_on=day("2016-05-01"),
    )
    [found] = corpus.check().contradictions
    assert found.timing is Timing.LATER


def test_a_denial_told_as_said_some_time_before_is_not_shown_to_follow_a_report() -> None:
    """ "He has repeatedly denied any contact": the article's day is only the latest the words
    can have been said, so a report published in between proves neither order."""
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2",
        SENATOR,
        "He has repeatedly denied any contact with the envoy.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        said_on=FuzzyDate.parse("..2017-01-20"),
    )
    [found] = corpus.check().contradictions
    assert found.timing is Timing.UNORDERED
    assert "some time before 2017-01-20" in found.explanation


def test_a_denial_without_a_date_uses_its_article_date_and_says_so() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement("a2", SENATOR, "No contact.", subjects=[SENATOR], objects=[AMBASSADOR])
    [found] = corpus.check().contradictions
    assert found.timing is Timing.RECORD_PREDATES
    assert "article's date" in found.explanation


def test_dont_recall_is_an_evasion_not_a_contradiction() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    statement = corpus.statement(
        "a2",
        SENATOR,
        "I don't recall meeting him.",
        stance=Stance.NOT_RECALL,
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        relation=Relation.MEET,
    )
    output = corpus.check()
    assert output.contradictions == ()
    [evasion] = output.evasions
    assert evasion.statement == statement.id and evasion.events


def test_a_denial_whose_subject_went_unresolved_goes_to_review_and_keeps_its_counterpart() -> None:
    """ "denied that the president had any contact with Belov", the president unresolved: whose
    contact is denied is not known, so the finding is for review with that reason — not a
    contradiction held against the speaker's own contacts, and not "no counterpart" either."""
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2",
        SENATOR,
        "that the president had any contact with Anton Belov",
        objects=[AMBASSADOR],
        said_on=day("2017-01-18"),
    )
    output = corpus.check()
    assert output.contradictions == ()
    [held] = output.review
    assert held.reason is ReviewReason.SPEAKER_SIDE_UNRESOLVED
    assert "does not say whose contact it denies" in held.reason_text
    assert "Anton Belov" in held.explanation


def test_a_meeting_outside_the_denials_period_is_not_a_contradiction() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2",
        SENATOR,
        "No contact during the transition.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        period=FuzzyDate.parse("2016-11-09..2017-01-20"),
    )
    assert corpus.check().contradictions == ()


def test_a_topic_scoped_denial_is_not_contradicted_by_the_meeting() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2",
        SENATOR,
        "I never met him to discuss the campaign.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        relation=Relation.MEET,
    )
    assert corpus.check().contradictions == ()


def _group_denial(meeting_day: str, speaker: Entity = SPOKESWOMAN) -> CheckOutput:
    corpus = Corpus()
    corpus.article("a1", "2016-10-01")
    corpus.event("a1", [MANAGER, AMBASSADOR], day(meeting_day))
    corpus.article("a2", "2017-01-15")
    corpus.statement(
        "a2",
        speaker,
        "Of course not.",
        subjects=[CAMPAIGN],
        objects=[AMBASSADOR],
        quantifier=Quantifier.ANY_MEMBER,
        said_on=day("2017-01-15"),
    )
    return corpus.check(rules_from_text(CASEBOOK))


def test_a_group_denial_is_contradicted_by_a_members_meeting_during_the_membership() -> None:
    [found] = _group_denial("2016-07-10").contradictions
    assert found.timing is Timing.RECORD_PREDATES


def test_a_group_denial_is_not_contradicted_by_a_meeting_before_the_member_joined() -> None:
    assert _group_denial("2015-12-10").contradictions == ()


def test_a_group_denial_by_someone_outside_the_group_goes_to_review() -> None:
    output = _group_denial("2016-07-10", speaker=SENATOR)
    assert output.contradictions == ()
    [held] = output.review
    assert held.reason is ReviewReason.SPEAKER_SIDE_UNRESOLVED
    assert "Ruth Calder is not shown to be, or to speak for, Calder campaign" in held.reason_text


def test_an_alleged_contact_does_not_contradict_a_denial() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-05-13")
    corpus.event("a1", [SENATOR, AMBASSADOR], day("2016-04-27"), hedged=True)
    corpus.article("a2", "2017-01-20")
    corpus.statement("a2", SENATOR, "No contact.", subjects=[SENATOR], objects=[AMBASSADOR])
    output = corpus.check()
    assert output.contradictions == ()
    [held] = output.review
    assert held.status is Listing.REVIEW and held.reason is ReviewReason.WEAK_EVIDENCE
    assert held.confidence < 1.0 and "alleged or hedged" in held.explanation


def test_a_denial_against_an_earlier_admission_is_a_statement_contradiction() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-12-01")
    admission = corpus.statement(
        "a1",
        AMBASSADOR,
        "Yes, we met several times.",
        stance=Stance.AFFIRM,
        subjects=[AMBASSADOR],
        objects=[SENATOR],
        said_on=day("2016-11-30"),
    )
    corpus.article("a2", "2017-01-20")
    corpus.statement("a2", SENATOR, "No contact.", subjects=[SENATOR], objects=[AMBASSADOR])
    [found] = corpus.check().contradictions
    assert found.rule == "deny_vs_affirm.v2"
    assert found.against_statements == (admission.id,)
    assert found.timing is Timing.RECORD_PREDATES


def test_an_account_that_narrows_is_marked() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-01-10")
    corpus.statement(
        "a1",
        SENATOR,
        "I had no communications with them.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        said_on=day("2017-01-10"),
    )
    corpus.article("a2", "2017-03-02")
    corpus.statement(
        "a2",
        SENATOR,
        "I never met them to discuss the campaign.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        relation=Relation.MEET,
        said_on=day("2017-03-02"),
    )
    first, second = corpus.check().steps
    assert (first.change, second.change) == ("first", "narrows")
    assert "meet" in second.detail and "to discuss the campaign" in second.detail


def test_check_gives_the_same_output_twice() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement("a2", SENATOR, "No contact.", subjects=[SENATOR], objects=[AMBASSADOR])
    assert corpus.check() == corpus.check()


def test_a_denial_of_one_particular_meeting_is_not_contradicted_by_another() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2",
        SENATOR,
        "The senator did not attend the meeting, his office said.",
        subjects=[SENATOR],
        objects=[AMBASSADOR],
        relation=Relation.MEET,
    )
    assert corpus.check().contradictions == ()


def test_a_denial_credited_to_an_entity_the_user_rejected_accuses_nobody() -> None:
    corpus = _meeting_reported_in_may()
    corpus.article("a2", "2017-01-20")
    corpus.statement(
        "a2", SENATOR, "I had no contact with him.", subjects=[SENATOR], objects=[AMBASSADOR]
    )
    rejected = CaseRules().with_decisions([{"kind": "reject", "subject": SENATOR.id}])
    output = corpus.check(rejected)
    assert output.contradictions == ()
    assert corpus.check().contradictions  # the same denial, credited to a person, is one
