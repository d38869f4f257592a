"""Fuzzy dates: an interval at day resolution that remembers how precise its source was.

"April 2016" is not 2016-04-01. A false day makes a false contradiction, so every date in the
record is an interval ``[start, end]`` (both inclusive) plus the granularity the text actually
gave. Open ends (``start`` or ``end`` is None) stand for "before …" / "since …". A relative
expression in an article without a known date stays *unresolved*: it keeps its words and has no
interval at all, rather than being anchored on today.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Precision(StrEnum):
    """How much of the date the source gave. Ordered from finest to coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # an explicit span between two points ("from April to August of 2016")
    OPEN = "open"  # one end missing ("before the Nov. 8 election")
    UNRESOLVED = "unresolved"  # relative words with no anchor to resolve them against


_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class FuzzyDate:
    """An inclusive day interval with the precision its source had.

    ``expression`` keeps the words it came from when that matters (always for unresolved dates).
    """

    start: date | None
    end: date | None
    precision: Precision
    expression: str = ""

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"fuzzy date ends before it starts: {self.start} > {self.end}")
        if self.precision is Precision.UNRESOLVED and (self.start or self.end):
            raise ValueError("an unresolved date has no interval")

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def day(cls, value: date, expression: str = "") -> FuzzyDate:
        return cls(value, value, Precision.DAY, expression)

    @classmethod
    def month(cls, year: int, month: int, expression: str = "") -> FuzzyDate:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH, expression)

    @classmethod
    def year(cls, year: int, expression: str = "") -> FuzzyDate:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, expression)

    @classmethod
    def between(
        cls, start: date | None, end: date | None, precision: Precision, expression: str = ""
    ) -> FuzzyDate:
        """An explicit interval; an interval missing an end is always OPEN."""
        if start is None or end is None:
            precision = Precision.OPEN
        return cls(start, end, precision, expression)

    @classmethod
    def hull(cls, values: Sequence[FuzzyDate]) -> FuzzyDate:
        """The interval that covers all ``values`` (an open end stays open), told by their
        expressions together ("during the campaign and the transition", "in May … in July")."""
        starts = [v.start for v in values]
        ends = [v.end for v in values]
        start = None if None in starts else min(s for s in starts if s is not None)
        end = None if None in ends else max(e for e in ends if e is not None)
        expression = " … ".join(v.expression for v in values if v.expression)
        return cls.between(start, end, Precision.RANGE, expression)

    @classmethod
    def unresolved(cls, expression: str) -> FuzzyDate:
        return cls(None, None, Precision.UNRESOLVED, expression)

    @classmethod
    def parse(cls, value: str) -> FuzzyDate:
        """Read the compact form written by :meth:`iso`: ``2016``, ``2016-04``, ``2016-04-27``,
        or ``START..END`` with either side empty for an open end."""
        if ".." in value:
            left, right = value.split("..", 1)
            start = cls.parse(left).start if left else None
            end = cls.parse(right).end if right else None
            return cls.between(start, end, Precision.RANGE)
        match = _ISO_PREFIX.match(value.strip())
        if not match:
            raise ValueError(f"not a date, month or year: {value!r}")
        year, month, day = match.groups()
        if day:
            return cls.day(date(int(year), int(month), int(day)))
        if month:
            return cls.month(int(year), int(month))
        return cls.year(int(year))

    # -- reading ------------------------------------------------------------------------------
    @property
    def resolved(self) -> bool:
        return self.precision is not Precision.UNRESOLVED

    def iso(self) -> str:
        """The shortest honest label: ``2016-04`` for a month, ``2016-04-01..2016-08-31`` for a
        range, ``..2016-11-08`` for "before the election", ``""`` when unresolved."""
        if not self.resolved:
            return ""
        if self.precision is Precision.DAY and self.start:
            return self.start.isoformat()
        if self.precision is Precision.MONTH and self.start:
            return self.start.isoformat()[:7]
        if self.precision is Precision.YEAR and self.start:
            return self.start.isoformat()[:4]
        left = self.start.isoformat() if self.start else ""
        right = self.end.isoformat() if self.end else ""
        return f"{left}..{right}"

    def overlaps(self, other: FuzzyDate) -> bool:
        """True when the two intervals share at least one day. Open ends reach forever;
        an unresolved date overlaps nothing, because nothing is known about it."""
        if not (self.resolved and other.resolved):
            return False
        lo = max(self.start or date.min, other.start or date.min)
        hi = min(self.end or date.max, other.end or date.max)
        return lo <= hi

    def before(self, other: FuzzyDate) -> bool:
        """True when this interval certainly ends before ``other`` starts."""
        if not (self.resolved and other.resolved) or self.end is None or other.start is None:
            return False
        return self.end < other.start

    def contains(self, day: date) -> bool:
        if not self.resolved:
            return False
        return (self.start or date.min) <= day <= (self.end or date.max)

    def days(self) -> int | None:
        """Length in days, or None for open and unresolved dates."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def shift(self, delta: timedelta) -> FuzzyDate:
        if not self.resolved:
            return self
        start = self.start + delta if self.start else None
        end = self.end + delta if self.end else None
        return FuzzyDate(start, end, self.precision, self.expression)

    def sort_key(self) -> tuple[date, date]:
        """Chronological order; open starts sort first, unresolved dates last."""
        if not self.resolved:
            return (date.max, date.max)
        return (self.start or date.min, self.end or date.max)

    def __str__(self) -> str:
        return self.iso() or f"unresolved: {self.expression}"
