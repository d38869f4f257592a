"""The contradiction rules (DESIGN.md, "The contradiction rule"), one small versioned function
each, so a stored finding names the exact rule that made it and old findings stay explainable.

A denial is contradicted by a fact when the fact's kind falls under the denied relation
(CONTACT covers all), a participant falls under the denial's subjects and another under its
objects (directly or as a group member at the fact's time), the fact's time overlaps the
denial's period when one is given, and the fact did not certainly begin after the denial was
made. Hedging and uncertain matches lower the confidence; they never hide a finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from onrecord.check.facts import Claim, Fact, SideMatch, affirmation_fact, event_fact, match_sides
from onrecord.dates import FuzzyDate
from onrecord.record import Relation, Timing
from onrecord.resolve import Resolution, ResolvedEvent

DENY_VS_EVENT = "deny_vs_event.v1"
DENY_VS_AFFIRM = "deny_vs_affirm.v1"

_HEDGED = 0.6
_NO_OBJECTS = 0.7
_SPEAKER_AS_SUBJECT = 0.8
_UNCERTAIN_MEMBERSHIP = 0.8


@dataclass(frozen=True)
class Finding:
    rule: str
    claim: Claim
    fact: Fact
    match: SideMatch
    timing: Timing
    confidence: float
    notes: tuple[str, ...]


def _relation_covers(denied: Relation, kind: Relation) -> bool:
    return denied is Relation.CONTACT or denied is kind


def _in_period(claim: Claim, fact: Fact) -> bool:
    if claim.period is None:
        return True
    return fact.when is not None and claim.period.overlaps(fact.when)


def _after_statement(claim: Claim, fact: Fact) -> bool:
    """A contact that certainly began after the words were said cannot make them false."""
    said_end = claim.said.end if claim.said else None
    start = fact.when.start if fact.when else None
    return said_end is not None and start is not None and start > said_end


def _applies(claim: Claim, fact: Fact) -> bool:
    return (
        _relation_covers(claim.relation, fact.kind)
        and _in_period(claim, fact)
        and not _after_statement(claim, fact)
    )


def timing_of(claim: Claim, fact: Fact) -> tuple[Timing, list[str]]:
    """RECORD_PREDATES when the fact was certainly public before the statement was made."""
    notes = []
    if claim.said is None:
        notes.append("when the statement was made is unknown")
    elif claim.said_from_article:
        notes.append(
            f"the statement carries no date of its own; its article's date ({claim.said}) "
            "stands in for it"
        )
    first: FuzzyDate | None = fact.public_since
    if first is None:
        notes.append("no report of it carries a date")
    if first is not None and claim.said is not None and first.before(claim.said):
        return Timing.RECORD_PREDATES, notes
    if first is not None and claim.said is not None and first.overlaps(claim.said):
        notes.append("the first report and the statement cannot be put in order")
    return Timing.LATER, notes


def _confidence(claim: Claim, fact: Fact, match: SideMatch) -> tuple[float, list[str]]:
    value = min(claim.statement.confidence, fact.confidence)
    notes = []
    if fact.hedged:
        value *= _HEDGED
        notes.append("the contact is only reported with hedging")
    if not claim.objects:
        value *= _NO_OBJECTS
        notes.append("the denial names no counterpart, so any outside contact counts")
    if claim.subjects_defaulted:
        value *= _SPEAKER_AS_SUBJECT
        notes.append("the denial names no subject; the speaker is taken as its subject")
    if not match.certain:
        value *= _UNCERTAIN_MEMBERSHIP
        notes.append("the group membership's dates are unknown")
    return round(value, 3), notes


def _finding(rule: str, claim: Claim, fact: Fact, resolution: Resolution) -> Finding | None:
    if not _applies(claim, fact):
        return None
    match = match_sides(claim, fact, resolution)
    if match is None:
        return None
    timing, timing_notes = timing_of(claim, fact)
    confidence, notes = _confidence(claim, fact, match)
    return Finding(rule, claim, fact, match, timing, confidence, tuple(notes + timing_notes))


def deny_vs_event_v1(claim: Claim, event: ResolvedEvent, resolution: Resolution) -> Finding | None:
    """A denial against a reported, non-negated contact."""
    if event.event.negated or not event.reports:
        return None
    return _finding(DENY_VS_EVENT, claim, event_fact(event), resolution)


def deny_vs_affirm_v1(claim: Claim, affirmation: Claim, resolution: Resolution) -> Finding | None:
    """A denial against someone's admission of the same contact (both sides named)."""
    if affirmation.statement.id == claim.statement.id or not affirmation.objects:
        return None
    return _finding(DENY_VS_AFFIRM, claim, affirmation_fact(affirmation), resolution)


EventRule = Callable[[Claim, ResolvedEvent, Resolution], Finding | None]
StatementRule = Callable[[Claim, Claim, Resolution], Finding | None]
EVENT_RULES: dict[str, EventRule] = {DENY_VS_EVENT: deny_vs_event_v1}
STATEMENT_RULES: dict[str, StatementRule] = {DENY_VS_AFFIRM: deny_vs_affirm_v1}
