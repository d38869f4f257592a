"""The record as the summarising exports see it (graph, FollowTheMoney, ClaimReview).

The lossless exports (JSONL, CSV) write every stored row. The others describe the *story*, so
they want one node per person and one edge per contact: after ``onrecord check`` that means the
resolved events and the canonical entities, not each article's own copy of them. Before check
has run, the per-article records are all there is, and they are used as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from onrecord.dates import FuzzyDate, Precision
from onrecord.record import Article, Entity, EntityLink, Event, Report
from onrecord.store import Store

RESOLVE_STAGE = "resolve"


def reports_by_event(store: Store) -> dict[str, list[Report]]:
    """Every report grouped by the event it reports (reports are few next to their text)."""
    grouped: dict[str, list[Report]] = {}
    for report in store.all(Report):
        grouped.setdefault(report.event, []).append(report)
    return grouped


def record_events(store: Store) -> Iterator[Event]:
    """The record's events: resolved events (one per contact, with every article's report)
    when the resolve stage has run, otherwise each article's extracted ones."""
    resolved = store.stage_output(Event, RESOLVE_STAGE)
    first = next(resolved, None)
    return store.all(Event) if first is None else chain([first], resolved)


def contact_events(store: Store) -> Iterator[Event]:
    """Contacts told as such. Planned, supposed and negated events ("did not meet") are left
    out: an edge or an FtM Event asserts the contact, and a flag on it is too easy to miss."""
    return (event for event in record_events(store) if event.assertion.contact)


class Canon:
    """Maps an entity id to the canonical entity resolve merged it into (itself if none).

    A per-article link (a bare surname that means someone else in one article) wins over the
    corpus-wide one for that article."""

    def __init__(self, store: Store) -> None:
        self._corpus: dict[str, str] = {}
        self._local: dict[tuple[str, str], str] = {}
        for link in store.all(EntityLink):
            if link.article:
                self._local[(link.article, link.entity)] = link.canonical
            else:
                self._corpus[link.entity] = link.canonical

    def __call__(self, entity: str, article: str | None = None) -> str:
        if article is not None and (article, entity) in self._local:
            return self._local[(article, entity)]
        return self._corpus.get(entity, entity)

    def is_canonical(self, entity: Entity) -> bool:
        return self._corpus.get(entity.id, entity.id) == entity.id


def canonical_entities(store: Store, canon: Canon) -> Iterator[Entity]:
    """Entities nobody was merged away from: one per person, organisation, group or place."""
    return (e for e in store.all(Entity) if canon.is_canonical(e))


@dataclass(frozen=True)
class Source:
    """What an export needs to cite an article without carrying its text around."""

    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: FuzzyDate | None


def source_of(article: Article) -> Source:
    published = article.published.value if article.published else None
    return Source(article.id, article.url, article.title, article.outlet, published)


_PREFIX_PRECISIONS = (Precision.DAY, Precision.MONTH, Precision.YEAR)


def prefix_date(value: FuzzyDate | None) -> str | None:
    """A date at the precision the text gave ("2016-04" for April 2016), for formats whose
    dates are ISO 8601 prefixes (FollowTheMoney, schema.org); None for spans and open ends,
    which such a single value would misstate."""
    if value is None or value.precision not in _PREFIX_PRECISIONS:
        return None
    return value.iso()
