"""Check: which statements the record contradicts, which only evade, and how each speaker's
account shifts.

:func:`check` is the stage's entry point: resolved records in, Contradictions, Evasions and
AccountSteps out. Findings are in two lists: contradictions (every condition of the rule
holds) and findings for review (plausible, with the reason they are not contradictions).
Candidate facts for a denial are found through indexes by participant (a group's members
included), never by comparing every statement with every event, so the stage grows with the
record's size, not its square. ``onrecord.pipeline.run_check`` runs it on a case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from onrecord.check.accounts import shifting_accounts
from onrecord.check.evasions import EVASIVE, evasion
from onrecord.check.explain import explain
from onrecord.check.facts import Claim, claim_of
from onrecord.check.rules import EVENT_RULES, STATEMENT_RULES, Finding
from onrecord.ids import content_id
from onrecord.record import AccountStep, Contradiction, Evasion, Listing, Stance, Statement
from onrecord.resolve import ArticleFacts, Resolution, ResolvedEvent

__all__ = ["AccountStep", "CheckOutput", "Evasion", "check"]


@dataclass(frozen=True)
class CheckOutput:
    contradictions: tuple[Contradiction, ...]  # the contradictions list only
    evasions: tuple[Evasion, ...]
    steps: tuple[AccountStep, ...]
    review: tuple[Contradiction, ...] = ()  # findings for review, each with its reason

    def records(self) -> list[Any]:
        return [*self.contradictions, *self.review, *self.evasions, *self.steps]


class _Index:
    """Facts by participant, and each group's members, for candidate lookup. Only contacts
    are facts: a planned, supposed or negated meeting is in the record but proves nothing."""

    def __init__(self, resolution: Resolution, affirmations: Iterable[Claim]) -> None:
        self.resolution = resolution
        self.events: dict[str, list[ResolvedEvent]] = defaultdict(list)
        for event in (e for e in resolution.events if e.event.assertion.contact):
            for participant in event.event.participants:
                self.events[participant.entity].append(event)
        self.affirmations: dict[str, list[Claim]] = defaultdict(list)
        for claim in affirmations:
            for entity in claim.subjects + claim.objects:
                self.affirmations[entity].append(claim)
        self.members = _members(resolution)

    def expand(self, side: Sequence[str]) -> list[str]:
        return sorted({e for s in side for e in (s, *self.members.get(s, ()))})

    def candidate_events(self, claim: Claim) -> list[ResolvedEvent]:
        found = {e.id: e for s in self.expand(claim.subjects) for e in self.events.get(s, ())}
        return [found[k] for k in sorted(found)]

    def candidate_affirmations(self, claim: Claim) -> list[Claim]:
        found = {
            c.statement.id: c
            for s in self.expand(claim.subjects)
            for c in self.affirmations.get(s, ())
        }
        return [found[k] for k in sorted(found)]


def _members(resolution: Resolution) -> dict[str, set[str]]:
    """Group → every entity inside it (members of it or of a group it includes, subgroups)."""
    within = resolution.groups.within
    holders: dict[str, set[str]] = defaultdict(set)  # inner group -> groups that include it
    for group, inner in within.items():
        for member_group in inner:
            holders[member_group].add(group)
    result: dict[str, set[str]] = defaultdict(set)
    for group, inner in within.items():
        result[group].update(inner - {group})
    for entity, memberships in resolution.groups.memberships.items():
        for membership in memberships:
            for group in holders.get(membership.group, {membership.group}):
                result[group].add(entity)
    return result


def _contradiction(finding: Finding, resolution: Resolution) -> Contradiction:
    statement = finding.claim.statement.id
    is_event = finding.rule in EVENT_RULES
    first = finding.doubts[0] if finding.doubts else None
    return Contradiction(
        id=content_id("con", finding.rule, statement, finding.fact.id),
        statement=statement,
        rule=finding.rule,
        timing=finding.timing,
        confidence=finding.confidence,
        explanation=explain(finding, resolution),
        against_events=(finding.fact.id,) if is_event else (),
        against_statements=() if is_event else (finding.fact.id,),
        status=Listing.REVIEW if first else Listing.CONTRADICTION,
        reason=first.reason if first else None,
        reason_text="; ".join(d.text for d in finding.doubts),
    )


def _findings(claim: Claim, index: _Index) -> list[Finding]:
    resolution = index.resolution
    found = [
        f
        for rule in EVENT_RULES.values()
        for event in index.candidate_events(claim)
        if (f := rule(claim, event, resolution)) is not None
    ]
    found += [
        f
        for statement_rule in STATEMENT_RULES.values()
        for other in index.candidate_affirmations(claim)
        if (f := statement_rule(claim, other, resolution)) is not None
    ]
    return found


def _is_checkable_denial(claim: Claim) -> bool:
    """A denial by someone named: a denial nobody is credited with is never put on a subject.
    (Topic-scoped and qualified denials are checked too; :mod:`review` keeps them in scope.)"""
    return claim.statement.stance is Stance.DENY and claim.speaker is not None


def check(
    statements: Iterable[Statement],
    resolution: Resolution,
    articles: Mapping[str, ArticleFacts],
) -> CheckOutput:
    ordered = sorted(statements, key=lambda s: s.id)
    claims = {s.id: claim_of(s, resolution, articles) for s in ordered}
    known = [c for c in claims.values() if c is not None]
    affirmations = [c for c in known if c.statement.stance is Stance.AFFIRM and c.speaker]
    index = _Index(resolution, affirmations)
    found = sorted(
        (
            _contradiction(f, resolution)
            for claim in known
            if _is_checkable_denial(claim)
            for f in _findings(claim, index)
        ),
        key=lambda c: c.id,
    )
    evasions = [
        evasion(s, claims[s.id], _evaded(claims[s.id], index), resolution)
        for s in ordered
        if s.stance in EVASIVE
    ]
    return CheckOutput(
        tuple(c for c in found if not c.for_review),
        tuple(evasions),
        tuple(shifting_accounts(known)),
        tuple(c for c in found if c.for_review),
    )


def _evaded(claim: Claim | None, index: _Index) -> list[ResolvedEvent]:
    return index.candidate_events(claim) if claim is not None else []
