"""Who is on each side of a denial (issue 16, scope before polarity): a group the denial names
but extraction did not link, a group of the speaker's own named as the other side, and a
membership the casebook dates against one a role only implies (small hand-built records)."""

from __future__ import annotations

from onrecord.check import CheckOutput
from onrecord.record import Entity, EntityKind, ReviewReason
from onrecord.resolve import rules_from_text
from tests.check.builders import (
    CAMPAIGN,
    ENVOY,
    MANAGER,
    SENATOR,
    SPOKESWOMAN,
    Corpus,
    day,
    entity,
)

CASEBOOK = """
groups:
  Calder campaign:
    members:
      - {name: Owen Pryce, when: 2016-03-01..2016-11-08}
      - {name: Lena Marsh, when: 2016-03-01..2016-11-08}
      - {name: Ruth Calder, when: 2016-03-01..2016-11-08}
    role_patterns: ["security adviser"]
  foreign envoys:
    members: [Anton Belov]
"""


def _manager_met_envoy(on: str) -> Corpus:
    corpus = Corpus()
    corpus.article("a1", "2016-12-20")
    corpus.event("a1", [MANAGER, ENVOY], day(on))
    corpus.article("a2", "2017-01-15")
    return corpus


def _check(corpus: Corpus) -> CheckOutput:
    return corpus.check(rules_from_text(CASEBOOK))


def test_a_group_the_denial_names_is_its_counterpart_when_the_record_has_its_members() -> None:
    corpus = _manager_met_envoy("2016-07-10")
    corpus.statement(
        "a2",
        SPOKESWOMAN,
        "There was no communication between the campaign and any foreign envoy.",
        subjects=[CAMPAIGN],
        said_on=day("2017-01-14"),
    )
    [found] = _check(corpus).contradictions
    assert "no communication" in found.explanation


def test_a_denial_naming_no_group_the_record_knows_stays_for_review() -> None:
    corpus = _manager_met_envoy("2016-07-10")
    corpus.statement(
        "a2",
        SPOKESWOMAN,
        "There was no communication between the campaign and any outsiders.",
        subjects=[CAMPAIGN],
        said_on=day("2017-01-14"),
    )
    output = _check(corpus)
    assert output.contradictions == ()
    assert {c.reason for c in output.review} == {ReviewReason.UNRESOLVED_COUNTERPART}


def test_no_contact_between_her_campaign_and_them_covers_the_campaigns_members() -> None:
    corpus = _manager_met_envoy("2016-07-10")
    corpus.statement(
        "a2",
        SENATOR,
        "there had been no contact between her campaign and Belov",
        subjects=[SENATOR],
        objects=[CAMPAIGN, ENVOY],
        said_on=day("2017-01-14"),
    )
    [found] = _check(corpus).contradictions
    assert "Owen Pryce" in found.explanation


def _campaign_denies_contact_with_the_envoy(corpus: Corpus) -> None:
    corpus.statement(
        "a2",
        SPOKESWOMAN,
        "No one in the campaign had contact with Belov.",
        subjects=[CAMPAIGN],
        objects=[ENVOY],
        said_on=day("2017-01-14"),
    )


def test_the_casebook_dates_win_over_a_role_that_only_implies_membership() -> None:
    """Pryce's campaign term ends in November; a December contact is no campaign contact, even
    when an article calls him a "former security adviser"."""
    corpus = _manager_met_envoy("2016-12-10")
    corpus.role("a1", MANAGER, "former security adviser", None)
    _campaign_denies_contact_with_the_envoy(corpus)
    output = _check(corpus)
    assert output.contradictions == () and output.review == ()


def test_a_member_only_through_an_undated_role_is_for_review() -> None:
    corpus = _manager_met_envoy("2016-07-10")
    adviser = entity("Gil Amos")
    corpus.event("a1", [adviser, ENVOY], day("2016-07-12"))
    corpus.role("a1", adviser, "security adviser", None)
    _campaign_denies_contact_with_the_envoy(corpus)
    output = _check(corpus)
    assert ["Owen Pryce" in c.explanation for c in output.contradictions] == [True]
    [held] = output.review
    assert held.reason is ReviewReason.MEMBERSHIP_UNDATED and "Gil Amos" in held.explanation


def test_an_undated_denial_of_a_contact_its_own_article_tells_as_past_is_contradicted() -> None:
    """The article reports the grab (no date) and the manager's denial (no date of its own):
    the article puts the contact first, so it is a contradiction, not unordered."""
    corpus = Corpus()
    corpus.article("a1", "2016-03-30")
    corpus.event("a1", [MANAGER, SENATOR], None)
    corpus.statement(
        "a1", MANAGER, "he had never touched Calder", subjects=[MANAGER], objects=[SENATOR]
    )
    [found] = _check(corpus).contradictions
    assert found.timing.value == "unordered"  # the record's report and the words share a day


def test_an_undated_denial_against_a_contact_told_elsewhere_stays_unordered() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-03-30")
    corpus.event("a1", [MANAGER, SENATOR], None)
    corpus.article("a2", "2016-03-30")
    corpus.statement(
        "a2", MANAGER, "he had never touched Calder", subjects=[MANAGER], objects=[SENATOR]
    )
    output = _check(corpus)
    assert output.contradictions == ()
    assert [c.reason for c in output.review] == [ReviewReason.UNORDERED_DATES]


def test_a_longer_name_of_a_known_group_is_that_group() -> None:
    corpus = _manager_met_envoy("2016-07-10")
    longer = entity("Ruth Calder campaign", EntityKind.GROUP)
    corpus.statement(
        "a2",
        SPOKESWOMAN,
        "No one in the Ruth Calder campaign had contact with Belov.",
        subjects=[longer],
        objects=[ENVOY],
        said_on=day("2017-01-14"),
    )
    [found] = _check(corpus).contradictions
    assert "Owen Pryce" in found.explanation


def _pryce_denied_by(speaker: Entity, on: str) -> CheckOutput:
    """The manager met the envoy in July 2016; ``speaker`` says, on ``on``, that he never did."""
    corpus = _manager_met_envoy("2016-07-10")
    corpus.statement(
        "a2",
        speaker,
        "Pryce never met the envoy.",
        subjects=[MANAGER],
        objects=[ENVOY],
        said_on=day(on),
    )
    return _check(corpus)


def test_a_candidate_denying_his_managers_contact_speaks_for_the_campaign() -> None:
    [found] = _pryce_denied_by(SENATOR, "2016-09-01").contradictions
    assert found.explanation.startswith("Ruth Calder denied")


def test_a_speaker_who_had_left_the_campaign_does_not_speak_for_it() -> None:
    output = _pryce_denied_by(SENATOR, "2017-01-14")
    assert output.contradictions == ()
    assert [c.reason for c in output.review] == [ReviewReason.SPEAKER_SIDE_UNRESOLVED]


def test_the_campaign_answering_for_its_manager_speaks_for_him() -> None:
    [found] = _pryce_denied_by(CAMPAIGN, "2016-09-01").contradictions
    assert found.explanation.startswith("Calder campaign denied")
