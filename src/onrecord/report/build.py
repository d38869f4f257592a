"""From the store to the :class:`Dossier`, section by section, in the order the reader sees
them — contradictions first — so citation numbers run upwards through the document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from onrecord.check.claims import claim_words
from onrecord.dates import FuzzyDate
from onrecord.record import (
    AccountStep,
    Article,
    Contradiction,
    EntityKind,
    Evasion,
    Listing,
    Role,
    Statement,
    Timing,
)
from onrecord.report.citations import CitationBook
from onrecord.report.lookup import RecordLookup
from onrecord.report.model import (
    Account,
    CastMember,
    Contact,
    ContradictionItem,
    Dossier,
    EvasionItem,
    PersonStatements,
    ReviewNote,
    RoleLine,
    Said,
    Step,
)
from onrecord.resolve.names import fold
from onrecord.store import Store


def build_dossier(store: Store, title: str = "Dossier", generated: str | None = None) -> Dossier:
    """Everything the report shows, read once from the store. ``generated`` is printed as
    given: the same store always gives the same dossier."""
    book = CitationBook()
    record = RecordLookup(store, book)
    contradictions = _contradictions(store, record, Listing.CONTRADICTION)
    review = _contradictions(store, record, Listing.REVIEW)
    evasions = _evasions(store, record)
    accounts = _accounts(store, record)
    cast = _cast(store, record)
    timeline = _timeline(record)
    statements = _statements_by_person(record)
    return Dossier(
        title=title,
        articles=store.count(Article),
        contradictions=contradictions,
        evasions=evasions,
        accounts=accounts,
        cast=cast,
        timeline=timeline,
        statements=statements,
        sources=book.sources(store),
        review=review,
        generated=generated,
    )


def when_key(value: FuzzyDate | None) -> tuple[date, date]:
    """Chronological order with undated items last."""
    return value.sort_key() if value is not None else (date.max, date.max)


# -- contradictions and evasions ------------------------------------------------------------------
@dataclass(frozen=True)
class ContradictionGroup:
    """One dossier entry with the stored contradictions it stands for, earliest telling first
    (the web app files verdicts and links under their ids)."""

    item: ContradictionItem
    contradictions: tuple[Contradiction, ...]


def _contradictions(
    store: Store, record: RecordLookup, listing: Listing
) -> tuple[ContradictionItem, ...]:
    return tuple(group.item for group in contradiction_groups(store, record, listing))


def contradiction_groups(
    store: Store, record: RecordLookup, listing: Listing = Listing.CONTRADICTION
) -> tuple[ContradictionGroup, ...]:
    """One entry per denial on one list, strongest first: the same words by the same speaker,
    quoted by several articles, are one statement citing them all. Its timing is the earliest
    telling's, because a later article's date standing in for an unknown statement date would
    make the record look older than the words."""
    published = {facts.id: facts.published for facts in store.article_facts()}
    grouped: dict[tuple[str, str], ContradictionGroup] = {}
    found = (c for c in store.all(Contradiction) if c.status is listing)
    for item in sorted(found, key=lambda c: _telling(c, record, published)):
        statement = record.statements.get(item.statement)
        built = _contradiction_item(item, record)
        if statement is None or built is None:  # re-extracted away; check drops it next run
            continue
        key = (record.speaker_key(statement), claim_words(statement.text))
        known = grouped.get(key)
        grouped[key] = (
            ContradictionGroup(built, (item,))
            if known is None
            else ContradictionGroup(
                _merge_contradiction(known.item, built), (*known.contradictions, item)
            )
        )
    return _by_person(sorted(grouped.values(), key=lambda group: _strength(group.item)))


def _by_person(groups: list[ContradictionGroup]) -> tuple[ContradictionGroup, ...]:
    """A person's repeated denials together, under them: people in the order of their
    strongest entry, each person's entries strongest first."""
    rank: dict[str, int] = {}
    for position, group in enumerate(groups):
        rank.setdefault(group.item.statement.speaker, position)
    return tuple(sorted(groups, key=lambda group: rank[group.item.statement.speaker]))


def _telling(
    item: Contradiction, record: RecordLookup, published: dict[str, FuzzyDate | None]
) -> tuple[object, ...]:
    """When the statement was made, as far as the record knows: its own date, else its
    article's; then the contradiction's id, so ties break the same way every run."""
    statement = record.statements.get(item.statement)
    if statement is None:
        return (when_key(None), item.id)
    return (when_key(statement.said_on or published.get(statement.article)), item.id)


def _contradiction_item(item: Contradiction, record: RecordLookup) -> ContradictionItem | None:
    said = record.said(item.statement)
    if said is None:
        return None
    return ContradictionItem(
        statement=said,
        events=tuple(c for c in map(record.contact, item.against_events) if c),
        statements=tuple(s for s in map(record.said, item.against_statements) if s),
        timing=item.timing,
        confidence=item.confidence,
        explanation=item.explanation,
        reasons=review_notes(item),
    )


def review_notes(item: Contradiction) -> tuple[ReviewNote, ...]:
    """Why a stored finding is for review (none for a contradiction)."""
    if item.reason is None:
        return ()
    return (ReviewNote(item.reason.value, item.reason_text),)


def _merge_contradiction(known: ContradictionItem, more: ContradictionItem) -> ContradictionItem:
    """The earliest telling keeps its timing and explanation — already public if any contact
    held against that same telling was; every article quoting the words is cited, and every
    contact or statement held against any telling is listed."""
    if _shows_it_was_public(known, more) or _stronger_for_the_same_telling(known, more):
        known = replace(known, timing=more.timing, explanation=more.explanation)
    return replace(
        known,
        statement=_merge_said(known.statement, more.statement),
        events=tuple(dict.fromkeys((*known.events, *more.events))),
        statements=tuple(dict.fromkeys((*known.statements, *more.statements))),
        confidence=max(known.confidence, more.confidence),
        reasons=tuple(dict.fromkeys((*known.reasons, *more.reasons))),
    )


def _shows_it_was_public(known: ContradictionItem, more: ContradictionItem) -> bool:
    """``more`` is the same telling (same article) held against a contact that was already
    public when it was said, where ``known`` was not. A later telling cannot say so: its date
    may only be its article's."""
    return (
        more.statement.article == known.statement.article
        and more.timing is Timing.RECORD_PREDATES
        and known.timing is not Timing.RECORD_PREDATES
    )


def _stronger_for_the_same_telling(known: ContradictionItem, more: ContradictionItem) -> bool:
    """``more`` holds a stronger contact against the same telling, with the same timing: the
    claim is explained by its strongest evidence (a participant's admission before a source
    the article credits), not by whichever finding was stored first."""
    return (
        more.statement.article == known.statement.article
        and more.timing is known.timing
        and more.confidence > known.confidence
    )


def _strength(item: ContradictionItem) -> tuple[object, ...]:
    """Strongest first; among equals, the ones the record already showed when said."""
    said = item.statement
    return (
        -item.confidence,
        item.timing is not Timing.RECORD_PREDATES,
        when_key(said.said),
        said.cites,
    )


def _evasions(store: Store, record: RecordLookup) -> tuple[EvasionItem, ...]:
    items = []
    for evasion in store.all(Evasion):
        said = record.said(evasion.statement)
        if said is not None:
            events = tuple(c for c in map(record.contact, evasion.events) if c)
            items.append(EvasionItem(said, events))
    return tuple(sorted(items, key=lambda e: (when_key(e.statement.said), e.statement.cites)))


def _accounts(store: Store, record: RecordLookup) -> tuple[Account, ...]:
    by_speaker: dict[str, list[AccountStep]] = defaultdict(list)
    for step in store.all(AccountStep):
        by_speaker[step.speaker].append(step)
    accounts = []
    for speaker, steps in by_speaker.items():
        shown = [
            Step(step.change, step.detail, said)
            for step in sorted(steps, key=lambda s: (s.position, s.id))
            if (said := record.said(step.statement)) is not None
        ]
        if shown:
            name = record.name(speaker, shown[0].statement.speaker)
            accounts.append(Account(name, tuple(shown)))
    return tuple(sorted(accounts, key=lambda a: (fold(a.speaker), a.steps[0].statement.cites)))


# -- the cast -------------------------------------------------------------------------------------
def _cast(store: Store, record: RecordLookup) -> tuple[CastMember, ...]:
    """Everyone who holds a role, speaks or takes part in a contact — places are where
    things happen, not who, and an entity the user rejected is nobody."""
    roles = _roles_by_entity(store, record)
    spoke = _count(record.speaker_key(s) for s in record.statements.values())
    met = _count(
        record.canon(p.entity)
        for event in record.events.values()
        if event.assertion.contact
        for p in event.participants
    )
    members = []
    for entity_id in sorted(set(roles) | set(spoke) | set(met)):
        entity = record.entities.get(entity_id)
        if entity is None or entity.kind is EntityKind.PLACE or entity_id in record.canon.rejected:
            continue
        members.append(
            CastMember(
                name=entity.name,
                kind=entity.kind,
                aliases=entity.aliases,
                roles=tuple(roles.get(entity_id, ())),
                statements=spoke.get(entity_id, 0),
                contacts=met.get(entity_id, 0),
            )
        )
    return tuple(sorted(members, key=lambda m: (fold(m.name), m.name)))


def _count(keys: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for key in keys:
        counts[key] += 1
    return counts


def _roles_by_entity(store: Store, record: RecordLookup) -> dict[str, list[RoleLine]]:
    """Each entity's roles over time; the same title, organisation and time said by several
    articles is one line citing them all."""
    merged: dict[str, dict[tuple[object, ...], RoleLine]] = defaultdict(dict)
    for role in store.all(Role):
        entity = record.canon(role.entity, role.evidence.article)
        line = _role_line(role, record)
        key = (fold(role.title), fold(role.org or ""), role.when, role.former)
        known = merged[entity].get(key)
        merged[entity][key] = (
            line
            if known is None
            else replace(known, cites=tuple(sorted({*known.cites, *line.cites})))
        )
    return {
        entity: sorted(lines.values(), key=lambda r: (when_key(r.when), fold(r.title), r.cites))
        for entity, lines in merged.items()
    }


def _role_line(role: Role, record: RecordLookup) -> RoleLine:
    return RoleLine(
        role.title, role.org, role.when, role.former, (record.book.cite(role.evidence),)
    )


# -- contacts and statements ----------------------------------------------------------------------
def _timeline(record: RecordLookup) -> tuple[Contact, ...]:
    """Contacts told as such, by date with undated ones last: a planned, supposed or negated
    meeting ("did not meet") is no contact."""
    events = sorted(
        (e for e in record.events.values() if e.assertion.contact),
        key=lambda e: (when_key(e.when), e.id),
    )
    return tuple(c for c in map(record.contact, (e.id for e in events)) if c)


def _statements_by_person(record: RecordLookup) -> tuple[PersonStatements, ...]:
    """Each speaker's statements by date; the same words with the same stance quoted by
    several articles are one statement citing them all."""
    grouped: dict[str, dict[tuple[str, str], Said]] = defaultdict(dict)
    for statement in sorted(record.statements.values(), key=_statement_order):
        said = record.said_of(statement)
        key = (statement.stance.value, claim_words(statement.text))
        known = grouped[record.speaker_key(statement)].get(key)
        grouped[record.speaker_key(statement)][key] = (
            said if known is None else _merge_said(known, said)
        )
    people = [
        PersonStatements(
            next(iter(items.values())).speaker,
            tuple(sorted(items.values(), key=lambda s: (when_key(s.said), s.cites))),
        )
        for items in grouped.values()
    ]
    return tuple(sorted(people, key=lambda p: (fold(p.speaker), p.statements[0].cites)))


def _statement_order(statement: Statement) -> tuple[object, ...]:
    return (when_key(statement.said_on), statement.id)


def _merge_said(known: Said, more: Said) -> Said:
    """The earliest telling keeps its date; every article quoting it is cited."""
    return replace(known, cites=tuple(dict.fromkeys((*known.cites, *more.cites))))
