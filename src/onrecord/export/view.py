"""The record as the summarising exports see it (graph, FollowTheMoney, ClaimReview).

The lossless exports (JSONL, CSV) write every stored row. The others describe the *story*, so
they want one node per person and one edge per contact: after ``onrecord check`` that means the
resolved events and the canonical entities (:mod:`onrecord.readmodel`), not each article's own
copy of them. Before check has run, the per-article records are all there is, and they are
used as they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from onrecord.dates import FuzzyDate, Precision
from onrecord.readmodel import record_events
from onrecord.record import Event
from onrecord.store import Store


def contact_events(store: Store) -> Iterator[Event]:
    """Contacts told as such. Planned, supposed and negated events ("did not meet") are left
    out: an edge or an FtM Event asserts the contact, and a flag on it is too easy to miss."""
    return (event for event in record_events(store) if event.assertion.contact)


_PREFIX_PRECISIONS = (Precision.DAY, Precision.MONTH, Precision.YEAR)


def prefix_date(value: FuzzyDate | None) -> str | None:
    """A date at the precision the text gave ("2016-04" for April 2016), for formats whose
    dates are ISO 8601 prefixes (FollowTheMoney, schema.org); None for spans and open ends,
    which such a single value would misstate."""
    if value is None or value.precision not in _PREFIX_PRECISIONS:
        return None
    return value.iso()
