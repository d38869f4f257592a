"""Denials and the facts they are checked against, in one comparable shape.

A :class:`Claim` is a denial made concrete: canonical subjects and objects, the period it
covers, and when it was said. A :class:`Fact` is what may contradict it: a resolved event, or
someone's affirmation of the same contact. The contradiction rule compares the two through
:func:`match_sides`, so both rules share one definition of "the same contact".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from onrecord.dates import FuzzyDate
from onrecord.extract.stance import relation_start
from onrecord.record import Assertion, EntityKind, Relation, Span, Statement
from onrecord.resolve import ArticleFacts, Resolution, ResolvedEvent
from onrecord.resolve.groups import Cover, GroupIndex
from onrecord.resolve.names import fold


@dataclass(frozen=True)
class Claim:
    statement: Statement
    speaker: str | None
    relation: Relation
    subjects: tuple[str, ...]
    objects: tuple[str, ...]  # empty: "no contact" with anyone outside the subjects
    period: FuzzyDate | None
    said: FuzzyDate | None
    said_from_article: bool  # ``said`` is the article's date: the statement has none
    subjects_defaulted: bool  # the proposition named no subject: taken to be the speaker

    @property
    def said_by_article(self) -> bool:
        """No day of its own: the article's date stands in, as the day it was said or, for
        words told as said before ("has denied", "previously said"), as the latest day."""
        return self.said_from_article or (self.said is not None and self.said.start is None)


@dataclass(frozen=True)
class Fact:
    id: str
    kind: Relation
    participants: tuple[str, ...]
    when: FuzzyDate | None
    public_since: FuzzyDate | None  # first report, or when the affirmation was said
    assertion: Assertion  # how the strongest report tells it
    confidence: float
    evidence: tuple[Span, ...]
    sources: int  # independent sources (1 for a statement)
    names: tuple[str, ...] = ()  # the participants as the record names them, in their order

    @property
    def hedged(self) -> bool:
        return self.assertion is Assertion.ALLEGED


@dataclass(frozen=True)
class SideMatch:
    subject: str
    object: str | None
    subject_certain: bool  # False when the subject's membership interval is unknown
    object_certain: bool = True  # likewise for the other side

    @property
    def certain(self) -> bool:
        return self.subject_certain and self.object_certain


def _resolved(when: FuzzyDate | None) -> FuzzyDate | None:
    return when if when is not None and when.resolved else None


def said_date(
    statement: Statement, articles: Mapping[str, ArticleFacts]
) -> tuple[FuzzyDate | None, bool]:
    """When it was said: ``said_on``, else the article's date (flagged), else unknown."""
    if _resolved(statement.said_on) is not None:
        return statement.said_on, False
    facts = articles.get(statement.article)
    return (_resolved(facts.published) if facts else None), True


def claim_of(
    statement: Statement, resolution: Resolution, articles: Mapping[str, ArticleFacts]
) -> Claim | None:
    """The statement's proposition with canonical entities; None when it names nobody."""
    proposition = statement.proposition
    if proposition is None:
        return None
    speaker = speaker_of(statement, resolution)
    subjects = _canonical(proposition.subjects, statement.article, resolution)
    objects = tuple(
        o
        for o in _canonical(proposition.objects, statement.article, resolution)
        if o not in subjects
    )
    defaulted = not subjects and speaker is not None
    if speaker is not None and (
        defaulted or _speaker_is_missing_side(speaker, subjects, objects, resolution)
    ):
        # the speaker stands in for the missing side; what the denial named stays the other
        subjects, objects = (speaker,), tuple(o for o in (*objects, *subjects) if o != speaker)
    if _BETWEEN.search(statement.text):
        subjects, objects = _own_groups_as_subjects(subjects, objects, resolution)
    if not subjects:
        return None
    if not objects:
        objects = named_groups(statement.text, subjects, resolution)
    said, from_article = said_date(statement, articles)
    return Claim(
        statement,
        speaker,
        proposition.relation,
        subjects,
        objects,
        _resolved(proposition.period),
        said,
        from_article,
        defaulted,
    )


def named_groups(text: str, subjects: Sequence[str], resolution: Resolution) -> tuple[str, ...]:
    """The groups a denial names after its contact word when extraction linked no one there
    ("no communication between the campaign and any foreign entity"): a group of the record
    with members, named by its name or that name in the singular. Only a group the record can
    fill narrows the denial; nothing else widens it."""
    after = fold(text[relation_start(text) :])
    found = [
        group
        for group in resolution.groups.within
        if group not in subjects
        and resolution.entities.kind(group) is EntityKind.GROUP
        and _names(after, resolution.entities.name(group))
        and _has_members(group, resolution)
    ]
    return tuple(sorted(found))


def _names(text: str, name: str) -> bool:
    forms = {fold(name), _singular(fold(name))}
    return any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms if form)


def _singular(name: str) -> str:
    """ "foreign entities" → "foreign entity", "Russian officials" → "russian official"."""
    head, _, last = name.rpartition(" ")
    last = re.sub(r"ies$", "y", last) if last.endswith("ies") else re.sub(r"s$", "", last)
    return f"{head} {last}".strip()


def _has_members(group: str, resolution: Resolution) -> bool:
    inside = resolution.groups.within.get(group, frozenset({group}))
    return len(inside) > 1 or not inside.isdisjoint(_joined(resolution.groups))


def _joined(groups: GroupIndex) -> frozenset[str]:
    """Every group someone is a member of, kept for the latest resolution only (check asks
    it for each denial naming a group)."""
    known = _JOINED.get(id(groups))
    if known is None or known[0] is not groups:
        _JOINED.clear()
        found = frozenset(m.group for ms in groups.memberships.values() for m in ms)
        known = _JOINED[id(groups)] = (groups, found)
    return known[1]


_JOINED: dict[int, tuple[GroupIndex, frozenset[str]]] = {}  # one slot: the latest resolution


def speaker_of(statement: Statement, resolution: Resolution) -> str | None:
    """The speaker's canonical entity, found by name when extraction left it unlinked; none
    when the user rejected it as no entity, so its words accuse nobody until re-attributed."""
    emap = resolution.entities
    if statement.speaker is not None:
        speaker: str | None = emap.canonical(statement.speaker, statement.article)
    elif not statement.speaker_name.strip():
        return None
    else:
        speaker = emap.named(statement.speaker_name, statement.article)
    return None if speaker is None or emap.rejected(speaker) else speaker


def _speaker_is_missing_side(
    speaker: str, subjects: Sequence[str], objects: Sequence[str], resolution: Resolution
) -> bool:
    """ "I did not have communications with the Russians" read as subjects=[the Russians]: a
    speaker denying contact with groups they do not belong to is the missing side."""
    if objects or not subjects:
        return False
    kinds = {resolution.entities.kind(s) for s in subjects}
    if EntityKind.PERSON in kinds or None in kinds:
        return False
    return not any(resolution.groups.ever_inside(s, speaker) for s in subjects)


_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)


def _own_groups_as_subjects(
    subjects: tuple[str, ...], objects: tuple[str, ...], resolution: Resolution
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "No contact between his campaign and Russia" names both sides: a group a subject
    belongs to is the subjects' side (no one denies contact with their own side), so its
    members' contacts count. Without "between" ("met Russians, none of them with the
    campaign") the group only narrows the speaker's own contacts."""
    own = tuple(o for o in objects if any(resolution.groups.ever_inside(o, s) for s in subjects))
    return subjects + own, tuple(o for o in objects if o not in own)


def _canonical(ids: Sequence[str], article: str, resolution: Resolution) -> tuple[str, ...]:
    found = (_filled(resolution.entities.canonical(i, article), resolution) for i in ids)
    return tuple(dict.fromkeys(found))


def _filled(entity: str, resolution: Resolution) -> str:
    """A group the record knows no member of, named by a longer form of a group it does ("the
    Donald Trump campaign" for the casebook's "Trump campaign"), is that group."""
    if resolution.entities.kind(entity) is not EntityKind.GROUP or _has_members(entity, resolution):
        return entity
    name = fold(resolution.entities.name(entity))
    known = [
        group
        for group in resolution.groups.within
        if group != entity
        and resolution.entities.kind(group) is EntityKind.GROUP
        and _names(name, resolution.entities.name(group))
        and _has_members(group, resolution)
    ]
    return known[0] if len(known) == 1 else entity


def event_fact(resolved: ResolvedEvent) -> Fact:
    event = resolved.event
    return Fact(
        event.id,
        event.kind,
        tuple(p.entity for p in event.participants),
        _resolved(event.when),
        resolved.first_reported,
        event.assertion,
        event.confidence,
        event.evidence,
        resolved.independent_sources,
        tuple(p.name for p in event.participants),
    )


def affirmation_fact(claim: Claim) -> Fact:
    """Someone's admission of a contact, as a fact public since it was said."""
    return Fact(
        claim.statement.id,
        claim.relation,
        claim.subjects + claim.objects,
        claim.period,
        claim.said,
        Assertion.ADMITTED,  # an account of the contact; whose, the admission rule judges
        claim.statement.confidence,
        (claim.statement.evidence,),
        1,
    )


def _cover(resolution: Resolution, side: str, entity: str, at: FuzzyDate | None) -> Cover | None:
    """The membership that puts ``entity`` under ``side`` at ``at``. User edits win: a member
    the casebook declares is one (at all times when it gives no dates), and a role-derived
    membership never outweighs the casebook's dates for the same group (Flynn, "former national
    security adviser", is no campaign member in December when the casebook ends his term in
    November)."""
    cover = resolution.groups.covers(side, entity, at)
    if cover is None or cover.membership is None:
        return cover
    if cover.membership.source == _CASEBOOK:
        return replace(cover, certain=True)  # declared by the user, for all time when undated
    declared = _declared_terms(resolution, side, entity)
    if at is not None and declared and not any(when.overlaps(at) for when in declared):
        return None
    return cover


_CASEBOOK = "casebook"  # Membership.source of a membership the casebook declares


def _declared_terms(resolution: Resolution, group: str, entity: str) -> list[FuzzyDate]:
    """When the casebook says ``entity`` was in ``group`` (or a group inside it)."""
    inside = resolution.groups.within.get(group, frozenset({group}))
    return [
        m.when
        for m in resolution.groups.memberships.get(entity, ())
        if m.source == _CASEBOOK and m.group in inside and m.when is not None
    ]


def match_sides(claim: Claim, fact: Fact, resolution: Resolution) -> SideMatch | None:
    """A participant under the denial's subjects and *another* under its objects (or, when it
    names no objects, anyone outside the subjects); the most certain pairing wins."""
    found: list[SideMatch] = []
    for subject in fact.participants:
        cover = _best(claim.subjects, subject, fact.when, resolution)
        if cover is None:
            continue
        for other in fact.participants:
            if other == subject:
                continue
            match = _object_match(claim, subject, cover, other, fact.when, resolution)
            if match is not None:
                found.append(match)
    return max(found, key=lambda m: (m.certain, m.subject, m.object or "")) if found else None


def _object_match(
    claim: Claim,
    subject: str,
    cover: Cover,
    other: str,
    when: FuzzyDate | None,
    resolution: Resolution,
) -> SideMatch | None:
    if not claim.objects:
        if _best(claim.subjects, other, when, resolution) is not None:
            return None
        return SideMatch(subject, other, cover.certain)
    object_cover = _best(claim.objects, other, when, resolution)
    if object_cover is None:
        return None
    return SideMatch(subject, other, cover.certain, object_cover.certain)


def _best(
    side: Sequence[str], entity: str, when: FuzzyDate | None, resolution: Resolution
) -> Cover | None:
    covers = [c for s in side if (c := _cover(resolution, s, entity, when)) is not None]
    return max(covers, key=lambda c: c.certain) if covers else None
