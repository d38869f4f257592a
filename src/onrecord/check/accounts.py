"""Shifting accounts: each speaker's statements about contact in time order, marking where a
denial narrows ("no contact" → "no meetings" → "no meetings to discuss the campaign"), widens,
turns into an admission or into an evasion. The same words quoted by several articles are one
step, dated by the earliest article that carries them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onrecord.check.facts import Claim
from onrecord.check.scope import relation_narrows, scope_of
from onrecord.dates import FuzzyDate
from onrecord.ids import content_id
from onrecord.record import AccountStep, Stance
from onrecord.resolve.names import fold

_EVASIVE = frozenset({Stance.NOT_RECALL, Stance.DECLINE, Stance.DISMISS})
_ACCOUNT = frozenset({Stance.DENY, Stance.AFFIRM}) | _EVASIVE


@dataclass(frozen=True)
class _Step:
    claim: Claim

    @property
    def stance(self) -> Stance:
        return self.claim.statement.stance

    def order(self) -> tuple[object, ...]:
        said = self.claim.said
        return (
            said.sort_key() if said else FuzzyDate.unresolved("").sort_key(),
            self.claim.statement.id,
        )


def _changes(before: Claim, after: Claim) -> tuple[str, str]:
    """How ``after`` moves from ``before`` (label, what changed)."""
    if after.statement.stance in _EVASIVE and before.statement.stance not in _EVASIVE:
        return "evades", f"from {before.statement.stance.value} to {after.statement.stance.value}"
    if before.statement.stance is Stance.DENY and after.statement.stance is Stance.AFFIRM:
        return "admits", "a denial followed by an admission"
    return _narrowing(before, after)


def _narrowing(before: Claim, after: Claim) -> tuple[str, str]:
    details = []
    if relation_narrows(before.relation, after.relation):
        details.append(f"relation {before.relation.value} → {after.relation.value}")
    if after.period and (before.period is None or _inside(after.period, before.period)):
        details.append(f"period narrows to {after.period}")
    old, new = scope_of(before.statement), scope_of(after.statement)
    if new.topic and not old.topic:
        details.append(f"adds a topic: “{new.topic}”")
    if new.qualifier and not old.qualifier:
        details.append(f"adds a qualifier: “{new.qualifier}”")
    if details:
        return "narrows", "; ".join(details)
    if relation_narrows(after.relation, before.relation) or (old.narrowed and not new.narrowed):
        return "widens", "covers more than the previous statement"
    return "same", ""


def _inside(inner: FuzzyDate, outer: FuzzyDate) -> bool:
    return (
        inner != outer
        and inner.sort_key()[0] >= outer.sort_key()[0]
        and (inner.sort_key()[1] <= outer.sort_key()[1])
    )


def _distinct(claims: Iterable[Claim]) -> list[Claim]:
    """One step per wording: a quote repeated by many articles is said once."""
    seen: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: _Step(c).order()):
        seen.setdefault(fold(claim.statement.text), claim)
    return sorted(seen.values(), key=lambda c: _Step(c).order())


def _steps(speaker: str, claims: Sequence[Claim]) -> list[AccountStep]:
    steps = []
    previous: Claim | None = None
    for position, claim in enumerate(_distinct(claims)):
        change, detail = ("first", "") if previous is None else _changes(previous, claim)
        statement = claim.statement
        steps.append(
            AccountStep(
                content_id("step", speaker, statement.id),
                speaker,
                statement.id,
                position,
                claim.said,
                statement.stance,
                change,
                detail,
            )
        )
        previous = claim
    return steps


def shifting_accounts(claims: Iterable[Claim]) -> list[AccountStep]:
    """Every speaker's account of their contacts, step by step (speakers with one step too)."""
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.speaker is not None and claim.statement.stance in _ACCOUNT:
            by_speaker[claim.speaker].append(claim)
    return [step for speaker in sorted(by_speaker) for step in _steps(speaker, by_speaker[speaker])]
