"""Evasions: "I don't recall", "no comment", "absurd". Fact-checkers keep these apart from
contradictions — they deny nothing — but a reader still wants them next to the contacts they
sidestep, so each lists the matching events when the statement is about contact."""

from __future__ import annotations

from collections.abc import Iterable

from onrecord.check.explain import cite
from onrecord.check.facts import Claim, event_fact, match_sides
from onrecord.ids import content_id
from onrecord.record import Evasion, Stance, Statement
from onrecord.resolve import Resolution, ResolvedEvent

EVASIVE = frozenset({Stance.NOT_RECALL, Stance.DECLINE, Stance.DISMISS})
_WORDS = {
    Stance.NOT_RECALL: "says they do not recall",
    Stance.DECLINE: "declined to answer",
    Stance.DISMISS: "dismissed the report without denying the contact",
}


def _about(
    claim: Claim | None, candidates: Iterable[ResolvedEvent], resolution: Resolution
) -> tuple[str, ...]:
    if claim is None:
        return ()
    found = (e.id for e in candidates if match_sides(claim, event_fact(e), resolution))
    return tuple(sorted(found))


def evasion(
    statement: Statement,
    claim: Claim | None,
    candidates: Iterable[ResolvedEvent],
    resolution: Resolution,
) -> Evasion:
    """The evasion record for an evasive statement, with the contacts it sidesteps."""
    events = _about(claim, candidates, resolution)
    speaker = statement.speaker_name or "An unnamed speaker"
    about = f" It concerns {len(events)} reported contact(s)." if events else ""
    explanation = (
        f"{speaker} {_WORDS[statement.stance]}: {cite(statement.evidence)}. "
        f"This is an evasion, not a contradiction.{about}"
    )
    return Evasion(
        content_id("evasion", statement.id), statement.id, statement.stance, explanation, events
    )
