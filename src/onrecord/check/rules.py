"""The contradiction rules (DESIGN.md, "The contradiction rule"), one small versioned function
each, so a stored finding names the exact rule that made it and old findings stay explainable.

A denial meets a fact when the fact's kind falls under the denied relation (CONTACT covers
all), a participant falls under the denial's subjects and another under its objects (directly
or as a group member at the fact's time; a denial naming no objects is matched against anyone
outside its subjects), the fact's time overlaps the denial's period when one is given, and the
fact did not certainly begin after the denial was made. Such a finding is a contradiction only
when every condition of :mod:`onrecord.check.review` holds too; otherwise it is for review,
with its doubts. v2 (the two lists) replaced v1, which listed every finding as a
contradiction and only lowered its confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from onrecord.check import review
from onrecord.check.confidence import confidence
from onrecord.check.facts import Claim, Fact, SideMatch, affirmation_fact, event_fact, match_sides
from onrecord.check.review import Doubt
from onrecord.check.scope import denies_ever, scope_of
from onrecord.dates import FuzzyDate
from onrecord.record import Relation, Timing
from onrecord.resolve import Resolution, ResolvedEvent

DENY_VS_EVENT = "deny_vs_event.v2"
DENY_VS_AFFIRM = "deny_vs_affirm.v2"


@dataclass(frozen=True)
class Finding:
    rule: str
    claim: Claim
    fact: Fact
    match: SideMatch
    timing: Timing
    confidence: float
    notes: tuple[str, ...]
    doubts: tuple[Doubt, ...] = ()  # the conditions it fails: none for a contradiction


class Order(Enum):
    """Whether a contact certainly came before the statement, certainly after, or neither."""

    BEFORE = "before"
    AFTER = "after"
    UNKNOWN = "unknown"


def _relation_covers(denied: Relation, kind: Relation) -> bool:
    """The contact is of the kind denied — or may be: a contact the record does not say was
    in person or by phone may be the meeting or call denied (for review: ``medium_doubt``)."""
    return denied is Relation.CONTACT or denied is kind or review.medium_untold(denied, kind)


def _in_period(claim: Claim, fact: Fact) -> bool:
    if claim.period is None:
        return True
    return fact.when is not None and claim.period.overlaps(fact.when)


def contact_order(claim: Claim, fact: Fact) -> Order:
    """BEFORE when the contact's time, or a report of it, ends before the statement was made;
    AFTER when it certainly began after; UNKNOWN otherwise (an undated statement included).
    Words told only as said by some day ("has denied", an article's "before the election")
    are ordered by that day, as an undated statement is by its article's."""
    said = claim.said
    if said is None:
        return Order.UNKNOWN
    if said.start is None and said.end is not None:
        said = FuzzyDate.day(said.end)  # the latest day stands in
    shown = [d for d in (fact.when, fact.public_since) if d is not None]
    if any(d.before(said) for d in shown) or answers_a_reported_contact(claim, fact):
        return Order.BEFORE
    start = fact.when.start if fact.when else None
    if start is not None and said.end is not None and start > said.end:
        return Order.AFTER
    return Order.UNKNOWN


def answers_a_reported_contact(claim: Claim, fact: Fact) -> bool:
    """An article that tells a contact as past fact and, with no date of their own, a
    participant's denial of ever having had it ("in the video, he does — grabbing her"; "he
    continued to assert that he never made contact with Fields") sets the denial against a
    contact that had happened: the article is the only clock both share, and it puts the
    contact first. A bare "No contact." may speak of the present, so it stays unordered."""
    return (
        claim.said_by_article
        and denies_ever(claim.statement)
        and fact.when is None
        and any(span.article == claim.statement.article for span in fact.evidence)
    )


def _applies(claim: Claim, fact: Fact) -> bool:
    return (
        _relation_covers(claim.relation, fact.kind)
        and _in_period(claim, fact)
        and contact_order(claim, fact) is not Order.AFTER
    )


def timing_of(claim: Claim, fact: Fact) -> tuple[Timing, list[str]]:
    """RECORD_PREDATES when the fact was certainly public before the statement was made, LATER
    when it certainly surfaced after, UNORDERED when either date is missing or they overlap."""
    notes = []
    if claim.said is None:
        notes.append("when the statement was made is unknown")
    elif claim.said_from_article:
        notes.append(
            f"the statement carries no date of its own; its article's date ({claim.said}) "
            "stands in for it"
        )
    elif claim.said.start is None:
        notes.append(
            f"the statement is told as said some time before {claim.said.end}, "
            "with no date of its own"
        )
    first: FuzzyDate | None = fact.public_since
    if first is None:
        notes.append("no report of it carries a date")
    if first is None or claim.said is None:
        return Timing.UNORDERED, notes
    if first.before(claim.said):
        return Timing.RECORD_PREDATES, notes
    if claim.said.before(first):
        return Timing.LATER, notes
    notes.append("the first report and the statement cannot be put in order")
    return Timing.UNORDERED, notes


def _doubts(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> list[Doubt]:
    """Every condition the finding fails, most basic first (who, what, when)."""
    found = [
        review.counterpart_doubt(claim),
        review.speaker_doubt(claim, resolution),
        review.membership_doubt(match),
        review.evidence_doubt(fact),
        review.scope_doubt(scope_of(claim.statement), fact),
        review.medium_doubt(claim.relation, fact.kind),
    ]
    if contact_order(claim, fact) is Order.UNKNOWN:
        found.append(review.order_doubt(claim))
    return [d for d in found if d is not None]


def _finding(
    rule: str, claim: Claim, fact: Fact, resolution: Resolution, doubts: list[Doubt]
) -> Finding | None:
    if not _applies(claim, fact):
        return None
    match = match_sides(claim, fact, resolution)
    if match is None:
        return None
    timing, timing_notes = timing_of(claim, fact)
    failed = _doubts(claim, fact, match, resolution) + doubts
    if review.medium_untold(claim.relation, fact.kind) and len(failed) > 1:
        return None  # a contact that may not be the kind denied is worth review only if it
        # meets every other condition: the denial is not weighed against it otherwise
    value, notes = confidence(claim, fact, match, resolution, len(failed))
    return Finding(
        rule, claim, fact, match, timing, value, tuple(notes + timing_notes), tuple(failed)
    )


def deny_vs_event_v2(claim: Claim, event: ResolvedEvent, resolution: Resolution) -> Finding | None:
    """A denial against a reported contact told as held (no plan, supposition or non-meeting)."""
    if not event.event.assertion.contact or not event.reports:
        return None
    return _finding(DENY_VS_EVENT, claim, event_fact(event), resolution, [])


def deny_vs_affirm_v2(claim: Claim, affirmation: Claim, resolution: Resolution) -> Finding | None:
    """A denial against someone's admission of the same contact (both sides named); an
    admission by someone outside the contact is for review."""
    if affirmation.statement.id == claim.statement.id or not affirmation.objects:
        return None
    doubt = review.admission_doubt(affirmation, resolution)
    fact = affirmation_fact(affirmation)
    return _finding(DENY_VS_AFFIRM, claim, fact, resolution, [doubt] if doubt else [])


EventRule = Callable[[Claim, ResolvedEvent, Resolution], Finding | None]
StatementRule = Callable[[Claim, Claim, Resolution], Finding | None]
EVENT_RULES: dict[str, EventRule] = {DENY_VS_EVENT: deny_vs_event_v2}
STATEMENT_RULES: dict[str, StatementRule] = {DENY_VS_AFFIRM: deny_vs_affirm_v2}
