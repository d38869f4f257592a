"""What resolution hands to check: each contact with all its reports.

Resolution never edits extraction output: it writes links (entity → canonical entity, per-article
event → resolved event; their types are in :mod:`onrecord.record`, with every stored type) so a
re-run after a casebook edit only recomputes links, and so every resolved item can be traced to
the article records it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.dates import FuzzyDate
from onrecord.record import Event, Report


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
