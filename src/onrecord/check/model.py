"""What check writes besides Contradictions: evasions and the steps of each speaker's account."""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.dates import FuzzyDate
from onrecord.record import Stance


@dataclass(frozen=True)
class Evasion:
    """A not-recall, a refusal to answer or a dismissal ("absurd"): shown, never counted as a
    contradiction. ``events`` are the contacts it was about, when the record has them."""

    id: str
    statement: str
    stance: Stance
    explanation: str
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccountStep:
    """One statement in a speaker's account of their contacts, in time order.

    ``change`` says how it moves from the previous step: first, same, narrows, widens,
    admits, evades; ``detail`` says what changed ("relation contact → meet", "adds a topic:
    'to discuss the campaign'")."""

    id: str
    speaker: str
    statement: str
    position: int
    said: FuzzyDate | None
    stance: Stance
    change: str
    detail: str
