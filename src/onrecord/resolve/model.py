"""What resolution reads besides the Record types, and what it writes beside them.

Resolution never edits extraction output: it writes links (entity → canonical entity, per-article
event → resolved event) so a re-run after a casebook edit only recomputes links, and so every
resolved item can be traced to the article records it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.dates import FuzzyDate
from onrecord.record import Event, Report


@dataclass(frozen=True)
class ArticleFacts:
    """The few article fields resolution needs (never the text)."""

    id: str
    outlet: str | None
    published: FuzzyDate | None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class ArticleEvent:
    """A per-article event with the article whose extraction produced it."""

    article: str
    event: Event


@dataclass(frozen=True)
class EntityLink:
    """``entity`` is ``canonical``; ``article`` is empty for the corpus-wide link and set when a
    bare surname resolves differently in one article. ``rule`` says why."""

    id: str
    entity: str
    article: str
    canonical: str
    rule: str


@dataclass(frozen=True)
class EventLink:
    """Per-article ``event`` (from ``article``) is one report of resolved event ``resolved``."""

    id: str
    event: str
    article: str
    resolved: str


@dataclass(frozen=True)
class ResolvedEvent:
    """One contact with everything every article reported about it.

    ``event`` is the stored record (participants are canonical entities); ``dates`` lists each
    distinct date the sources gave, so a conflict (April 26 vs April 27) stays visible."""

    event: Event
    members: tuple[str, ...]
    reports: tuple[Report, ...]
    dates: tuple[FuzzyDate, ...]
    first_reported: FuzzyDate | None
    independent_sources: int

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def dates_conflict(self) -> bool:
        return any(not a.overlaps(b) for a in self.dates for b in self.dates)
