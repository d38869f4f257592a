"""An article's publication date, from the most trusted place that has one.

Order: page metadata (htmldate via trafilatura, 0.9) → a stated field (JSONL, sidecar or feed
entry, 1.0) → ``--date`` (1.0) → the text itself: an update line ("Update, 2/15/17: …" means
the article ran the day before, 0.6, and was updated that day), a date closing the title ("…
transcript, January 15, 2017", 0.55), a dateline ("WASHINGTON, Feb. 14, 2017 —", 0.5), else the
latest full date the narrator mentions (0.3) — never one in a photo caption or a credit ("FILE -
In this Sept. 22, 2009, file photo …"), nor one inside a quotation. Only full dates count: a
year-less "April 27" cannot date an article without inventing its year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from onrecord.captions import CAPTION
from onrecord.dates import FuzzyDate, Precision, find_dates
from onrecord.ingest.boilerplate import outside_quotes
from onrecord.record import DateSource, Published

METADATA_CONFIDENCE = 0.9
UPDATE_CONFIDENCE = 0.6
TITLE_CONFIDENCE = 0.55
DATELINE_CONFIDENCE = 0.5
MENTION_CONFIDENCE = 0.3

_UPDATE = re.compile(r"^\W*updated?\b\s*(?:on\s+|at\s+)?[,:—–-]?\s*", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:\s*\([^)]{1,40}\))?\s*[,—–-]\s*")
_DATELINE_END = re.compile(r"^\s*[—–-]")
_TITLE_SEPARATOR = re.compile(r"[,:|—–-]\s*$")


@dataclass(frozen=True)
class Found:
    """A full date in text and where it ends."""

    value: date
    start: int
    end: int


def choose(
    metadata: date | None, stated: date | None, cli: date | None, text: str
) -> Published | None:
    """The publication date by the module's order; None when nothing dates the article."""
    if metadata:
        return Published(FuzzyDate.day(metadata), DateSource.METADATA, METADATA_CONFIDENCE)
    if stated:
        return Published(FuzzyDate.day(stated), DateSource.SIDECAR)
    if cli:
        return Published(FuzzyDate.day(cli), DateSource.CLI)
    return from_text(text)


def from_text(text: str) -> Published | None:
    """The date the text itself gives: update line, title, dateline, or the latest full date
    the narrator mentions."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return (
        _from_update(paragraphs)
        or _from_title(paragraphs)
        or _from_dateline(paragraphs)
        or _from_mentions(paragraphs)
    )


def full_dates(text: str) -> Iterator[Found]:
    """Every full (day, month, year) date written in ``text``. Resolved without an anchor, so
    only dates that give their own year count."""
    for mention in find_dates(text):
        value = mention.value
        if value.precision is Precision.DAY and value.start is not None:
            yield Found(value.start, mention.start, mention.end)


def _from_update(paragraphs: list[str]) -> Published | None:
    for paragraph in paragraphs:
        lead = _UPDATE.match(paragraph)
        found = lead and _date_at(paragraph, lead.end())
        if found:
            updated = FuzzyDate.day(found.value)
            value = FuzzyDate.day(found.value - timedelta(days=1))
            return Published(value, DateSource.TEXT, UPDATE_CONFIDENCE, updated=updated)
    return None


def _from_dateline(paragraphs: list[str]) -> Published | None:
    for paragraph in paragraphs[:3]:
        lead = _DATELINE.match(paragraph)
        found = lead and _date_at(paragraph, lead.end())
        if found and _DATELINE_END.match(paragraph[found.end :]):
            return Published(FuzzyDate.day(found.value), DateSource.TEXT, DATELINE_CONFIDENCE)
    return None


def _from_title(paragraphs: list[str]) -> Published | None:
    """A full date closing the first line after a separator ("… transcript, Jan. 15, 2017")."""
    title = paragraphs[0] if paragraphs else ""
    found = next((f for f in full_dates(title) if f.end == len(title.rstrip(" .)"))), None)
    if found is None or not _TITLE_SEPARATOR.search(title[: found.start]):
        return None
    return Published(FuzzyDate.day(found.value), DateSource.TEXT, TITLE_CONFIDENCE)


def _from_mentions(paragraphs: list[str]) -> Published | None:
    """The latest full date in the narrator's own words: captions and quotations left out."""
    narrated = "\n".join(outside_quotes(p) for p in paragraphs if not CAPTION.search(p))
    latest = max((found.value for found in full_dates(narrated)), default=None)
    if latest is None:
        return None
    return Published(FuzzyDate.day(latest), DateSource.TEXT, MENTION_CONFIDENCE)


def _date_at(text: str, position: int) -> Found | None:
    """A full date starting exactly at ``position``."""
    found = next(full_dates(text[position : position + 40]), None)
    if found is None or found.start != 0:
        return None
    return Found(found.value, position, position + found.end)
