"""How sure a finding is, from its evidence (issue 16: "confidence that means something").

A finding starts from the weaker of its two extractions (the denial's attribution, the
contact's reading) and loses a fixed share for each weakness a fact-checker would name: a
hedged contact, a single source, words only reported not quoted, a group standing in for a
named counterpart, a membership without dates, a subject taken from the speaker, a statement
dated only by its article. Each factor says why in a note, so the number can be checked. Each
condition of the rule a finding fails (its doubts: why it is for review) halves it, so the list
for review ranks below the contradictions of the same evidence.
``onrecord eval realnews`` sets the result against the judged flags (the reliability table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from onrecord.check.facts import Claim, Fact, SideMatch
from onrecord.record import Assertion, EntityKind, StatementKind
from onrecord.resolve import Resolution


@dataclass(frozen=True)
class Weakness:
    """One reason to trust a finding less: when it applies, the factor and the note."""

    applies: Callable[[Claim, Fact, SideMatch, Resolution], bool]
    factor: float
    note: str


def _hedged(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return fact.hedged


def _credited_only(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return fact.assertion is Assertion.ATTRIBUTED


def _single_source(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return fact.sources < 2


def _reported_words(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return claim.statement.kind is StatementKind.INDIRECT


def _group_counterpart(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return match.object is not None and match.object not in claim.objects


def _undated_membership(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return not match.certain


def _speaker_as_subject(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return claim.subjects_defaulted


def _dated_by_article(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return claim.said_by_article


def _group_speaker(claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution) -> bool:
    return resolution.entities.kind(claim.speaker or "") in {EntityKind.ORG, EntityKind.GROUP}


WEAKNESSES = (
    Weakness(_hedged, 0.6, "the contact is hedged"),
    Weakness(
        _credited_only, 0.9, "the contact is told by a source the article credits, not as fact"
    ),
    Weakness(_single_source, 0.85, "one source reports the contact"),
    Weakness(_reported_words, 0.9, "the denial is reported, not quoted"),
    Weakness(
        _group_counterpart, 0.9, "the contact's other side falls under the denial as a member"
    ),
    Weakness(_undated_membership, 0.8, "the group membership's dates are unknown"),
    Weakness(
        _speaker_as_subject,
        0.8,
        "the denial names no subject; the speaker is taken as its subject",
    ),
    Weakness(_dated_by_article, 0.9, "the statement is dated only by the article that reports it"),
    Weakness(_group_speaker, 0.9, "the denial is credited to an organisation, not a person"),
)


# A condition of the rule that fails halves it: on the judged real-news flags, findings for
# review were right about one time in twenty.
_PER_DOUBT = 0.5


def confidence(
    claim: Claim, fact: Fact, match: SideMatch, resolution: Resolution, doubts: int = 0
) -> tuple[float, list[str]]:
    """The finding's confidence and a note for each weakness that lowered it; each of the
    ``doubts`` (conditions it fails, which put it on the list for review) halves it."""
    value = min(claim.statement.confidence, fact.confidence) * _PER_DOUBT**doubts
    notes = []
    for weakness in WEAKNESSES:
        if weakness.applies(claim, fact, match, resolution):
            value *= weakness.factor
            notes.append(weakness.note)
    return round(value, 3), notes
