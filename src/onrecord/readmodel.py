"""The read model: what the stored record means to every reader, defined once.

Stages write records; readers (the store's paged queries, the dossier, the web app, every
export) need a few derived answers, and each is defined here and nowhere else:

- the canonical entity an entity id stands for, after resolve's merges (a per-article link, a
  bare surname that names someone else in one article, wins over the corpus-wide one), and
  whether the user rejected it as no entity at all ("HOST", "he");
- the record's events: the resolved ones once check has run, else each article's own;
- when an event was first reported, and how many independent sources stand behind it;
- an article's summary: the article without its text;
- which entities of kind person the record treats as people (those named in full).

The paged web queries cannot call Python per row, so the canonical-entity rule is also given
as SQL (:func:`owner_sql`, :func:`canonical_sql`), beside the Python form it must agree with.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any, Protocol

from sqlalchemy import ColumnElement, exists, func, select

from onrecord.dates import FuzzyDate
from onrecord.record import Article, Entity, EntityKind, EntityLink, Event, Report
from onrecord.store import Store, schema

RESOLVE_STAGE = "resolve"
CHECK_STAGE = "check"
REJECTED = "user_reject"  # the rule of a link that marks an entity the user rejected


# -- articles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleSummary:
    """An article without its text: what a list, a citation or an export needs to name it."""

    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: FuzzyDate | None
    dated_by: str | None = None  # where the date came from (DateSource), when there is one
    date_confidence: float | None = None


def summary_of(article: Article) -> ArticleSummary:
    published = article.published
    if published is None:
        return ArticleSummary(article.id, article.url, article.title, article.outlet, None)
    return ArticleSummary(
        article.id,
        article.url,
        article.title,
        article.outlet,
        published.value,
        published.source.value,
        published.confidence,
    )


# -- events and their reports ---------------------------------------------------------------------


class Reported(Protocol):
    """What a contact's first report and its sources are counted from: a :class:`Report`, or
    a list's row that reads these columns alone."""

    @property
    def id(self) -> str: ...

    @property
    def published(self) -> FuzzyDate | None: ...

    @property
    def original(self) -> str | None: ...


def first_reported(reports: Iterable[Reported]) -> FuzzyDate | None:
    """When the record first showed an event: its earliest dated report, at the precision
    that report gives (a report of "March 2017" is not one of March 1)."""
    dated = [r.published for r in reports if r.published is not None and r.published.start]
    return min(dated, key=FuzzyDate.sort_key) if dated else None


def independent_sources(reports: Iterable[Reported]) -> int:
    """How many sources stand behind an event: reports resting on the same original (a
    syndicated copy, or several credits of one outlet) count as one."""
    return len({report.original or report.id for report in reports})


def record_events(store: Store) -> Iterator[Event]:
    """The record's events: resolved events (one per contact, with every article's report)
    when the resolve stage has run, otherwise each article's extracted ones."""
    resolved = store.stage_output(Event, RESOLVE_STAGE)
    first = next(resolved, None)
    return store.all(Event) if first is None else chain([first], resolved)


def reports_by_event(store: Store) -> dict[str, list[Report]]:
    """Every report grouped by the event it reports (reports are few next to their text), each
    group in :func:`report_order`."""
    grouped: dict[str, list[Report]] = {}
    for report in store.all(Report):
        grouped.setdefault(report.event, []).append(report)
    return {event: sorted(reports, key=report_order) for event, reports in grouped.items()}


def report_order(report: Report) -> tuple[object, ...]:
    """Earliest published first, then by where the report stands — by what it says, never by
    its id, which an imported record numbers anew (an export re-imported exports the same)."""
    published = report.published.sort_key() if report.published else (date.max, date.max)
    where = report.evidence
    return (published, where.article, where.start, where.end, report.outlet or "")


# -- who ------------------------------------------------------------------------------------------


class Canon:
    """Maps an entity id to the canonical entity resolve merged it into (itself if none).

    A per-article link (a bare surname that means someone else in one article) wins over the
    corpus-wide one for that article. A rejected entity stands for itself but is no canonical
    entity: it names no person, node or FtM entity."""

    def __init__(self, store: Store) -> None:
        self._corpus: dict[str, str] = {}
        self._local: dict[tuple[str, str], str] = {}
        self.rejected: set[str] = set()
        for link in store.all(EntityLink):
            if link.rule == REJECTED:
                self.rejected.add(link.entity)
            if link.article:
                self._local[(link.article, link.entity)] = link.canonical
            else:
                self._corpus[link.entity] = link.canonical

    def __call__(self, entity: str, article: str | None = None) -> str:
        if article is not None and (article, entity) in self._local:
            return self._local[(article, entity)]
        return self._corpus.get(entity, entity)

    def corpus_links(self) -> Mapping[str, str]:
        """Entity id → canonical id of every corpus-wide merge (the per-article ones need the
        article, which an id asked for by a reader does not carry)."""
        return self._corpus

    def participants(self, event: Event) -> dict[str, str]:
        """Canonical id → name of who took part in an event, read with the links of the
        article that told it; a rejected entity took part in nothing."""
        article = event.evidence[0].article if event.evidence else None
        return {
            self(p.entity, article): p.name
            for p in event.participants
            if p.entity not in self.rejected
        }

    def is_canonical(self, entity: Entity) -> bool:
        return (
            entity.id not in self.rejected and self._corpus.get(entity.id, entity.id) == entity.id
        )


def canonical_entities(store: Store, canon: Canon) -> Iterator[Entity]:
    """Entities nobody was merged away from nor rejected: one per person, organisation, group
    or place."""
    return (e for e in store.all(Entity) if canon.is_canonical(e))


def named_in_full(entity: Entity) -> bool:
    """A person's name with a given name or title before the surname ("Sergey Kislyak",
    "Mr. Kislyak"); a lone capitalised word ("HOST", "Twitter", "Explainer", "Florida") is
    what the small model calls a person most often in error."""
    return entity.kind is EntityKind.PERSON and len(entity.name.split()) > 1


def record_people(store: Store, canon: Canon) -> set[str]:
    """The canonical entities the record treats as people: of kind person and named in full,
    or a lone word that is the surname of someone named in full ("Obama" where the record has
    "Barack Obama" but no article linked the two). Other entities of kind person ("HOST",
    "Twitter") are parties of no certain kind; not even a role proves a person ("Twitter, his
    favorite medium")."""
    persons = [e for e in canonical_entities(store, canon) if e.kind is EntityKind.PERSON]
    surnames = {e.name.split()[-1] for e in persons if named_in_full(e)}
    return {e.id for e in persons if named_in_full(e) or e.name in surnames}


_L = schema.entity_links


def canonical_sql(entity_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """SQL for :meth:`Canon.is_canonical`: no corpus-wide link leads the entity away (a
    rejection is such a link, to itself)."""
    return ~exists().where(_L.c.entity == entity_id, _L.c.article == "")


def owner_sql(table: Any, column: str) -> ColumnElement[Any]:
    """SQL for :meth:`Canon.__call__` on a row's entity column (a statement's speaker, a
    role's holder) in the row's article: the per-article link, else the corpus-wide one
    (a rejection links the entity to itself), else the entity itself."""
    local, corpus = _L.alias("local_link"), _L.alias("corpus_link")
    owner = table.c[column]
    local_canonical = (
        select(local.c.canonical)
        .where(local.c.entity == owner, local.c.article == table.c.article)
        .scalar_subquery()
    )
    corpus_canonical = (
        select(corpus.c.canonical)
        .where(corpus.c.entity == owner, corpus.c.article == "")
        .scalar_subquery()
    )
    return func.coalesce(local_canonical, corpus_canonical, owner)


def canonical_of(store: Store, entity_id: str) -> str:
    """The entity the corpus-wide link resolves ``entity_id`` to (itself if none), in SQL."""
    query = select(_L.c.canonical).where(_L.c.entity == entity_id, _L.c.article == "")
    with store.engine.connect() as connection:
        return str(connection.scalar(query) or entity_id)
