"""Calendar units as fuzzy dates, and the search for the occurrence a partial date means.

News names units (a month, a quarter, a season, a weekend) far more often than days, and leaves
out the year whenever the reader can infer it. These helpers build each unit as an interval and
pick which year's occurrence a partial date refers to, relative to the article's date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum

from onrecord.dates.fuzzy import FuzzyDate, Precision

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
"""Meteorological seasons (first and last month); winter ("WI") runs December to February."""

_YEARS_SEARCHED = 9  # far enough back to find a February 29


class Direction(Enum):
    """Which occurrence of a repeating unit a phrase means, relative to the anchor day."""

    ON_OR_BEFORE = "latest that has started by the anchor"  # "in April", "on Tuesday"
    BEFORE = "latest that ended before the anchor"  # "last April", "last Tuesday"
    ON_OR_AFTER = "earliest that has not ended by the anchor"  # "in April" in future tense
    AFTER = "earliest that starts after the anchor"  # "next April", "next Tuesday"


def fits(value: FuzzyDate, anchor: date, direction: Direction) -> bool:
    assert value.start is not None and value.end is not None
    if direction is Direction.ON_OR_BEFORE:
        return value.start <= anchor
    if direction is Direction.BEFORE:
        return value.end < anchor
    if direction is Direction.ON_OR_AFTER:
        return value.end >= anchor
    return value.start > anchor


def nearest_year(
    make: Callable[[int], FuzzyDate | None], anchor: date, direction: Direction
) -> FuzzyDate | None:
    """The occurrence of a yearly unit (a month, a day of the year, a season) that the phrase
    means: ``make(year)`` builds the candidate for a year, or None when that year has none."""
    backwards = direction in (Direction.ON_OR_BEFORE, Direction.BEFORE)
    years = range(anchor.year + 1, anchor.year - _YEARS_SEARCHED, -1)
    for year in years if backwards else reversed(years):
        candidate = make(year)
        if candidate is not None and fits(candidate, anchor, direction):
            return candidate
    return None


def nearest_weekday(weekday: int, anchor: date, direction: Direction) -> date:
    """The day a weekday name means; ON_OR_BEFORE / ON_OR_AFTER include the anchor itself."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction is Direction.ON_OR_BEFORE:
        return anchor - timedelta(days=back)
    if direction is Direction.BEFORE:
        return anchor - timedelta(days=back or 7)
    if direction is Direction.ON_OR_AFTER:
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead or 7)


def day_in_year(year: int, month: int, day: int) -> FuzzyDate | None:
    """The day, or None when that year does not have it (February 29)."""
    try:
        return FuzzyDate.day(date(year, month, day))
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def month_of(day: date, delta: int = 0) -> FuzzyDate:
    return FuzzyDate.month(*add_months(day.year, day.month, delta))


def week_of(day: date) -> FuzzyDate:
    """The Monday–Sunday week holding ``day`` (ISO weeks, as TimeML's ``2016-W15``)."""
    monday = day - timedelta(days=day.weekday())
    return FuzzyDate(monday, monday + timedelta(days=6), Precision.WEEK)


def weekend_of(saturday: date) -> FuzzyDate:
    return FuzzyDate(saturday, saturday + timedelta(days=1), Precision.RANGE)


def quarter(year: int, number: int) -> FuzzyDate:
    first = FuzzyDate.month(year, number * 3 - 2)
    last = FuzzyDate.month(year, number * 3)
    return FuzzyDate(first.start, last.end, Precision.QUARTER)


def quarter_of(day: date, delta: int = 0) -> FuzzyDate:
    """The quarter holding ``day``, moved by ``delta`` quarters."""
    index = day.year * 4 + (day.month - 1) // 3 + delta
    return quarter(index // 4, index % 4 + 1)


def half(year: int, number: int) -> FuzzyDate:
    return months_between(year, number * 6 - 5, year, number * 6)


def season(year: int, code: str) -> FuzzyDate:
    """A season of ``year``; winter is the one that starts in December of that year."""
    if code == "WI":
        return months_between(year, 12, year + 1, 2)
    first, last = SEASON_MONTHS[code]
    return months_between(year, first, year, last)


def season_code(value: FuzzyDate) -> str | None:
    """ "SU" when ``value`` is exactly a season, else None."""
    if value.start is None:
        return None
    for code in ("SP", "SU", "FA", "WI"):
        if season(value.start.year, code) == value:
            return code
    return None


def months_between(first_year: int, first: int, last_year: int, last: int) -> FuzzyDate:
    end = date(last_year, last, calendar.monthrange(last_year, last)[1])
    return FuzzyDate(date(first_year, first, 1), end, Precision.RANGE)


def years_between(first: int, last: int) -> FuzzyDate:
    return FuzzyDate(date(first, 1, 1), date(last, 12, 31), Precision.RANGE)


#: A year's thirds run by months: "late 2000" is September to December, not from the 2nd.
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def part_of(value: FuzzyDate, part: str) -> FuzzyDate:
    """ "early", "mid" or "late" part of an interval, as thirds: "late November" is the 21st to
    the 30th, "late 2000" September to December. The text gave no day, so the result is a
    RANGE, never a day."""
    assert value.start is not None and value.end is not None
    if value.precision is Precision.YEAR:
        first, last = _YEAR_THIRDS[part]
        return months_between(value.start.year, first, value.start.year, last)
    length = (value.end - value.start).days + 1
    third = length // 3
    bounds = {
        "early": (value.start, value.start + timedelta(days=third - 1)),
        "mid": (value.start + timedelta(days=third), value.end - timedelta(days=third)),
        "late": (value.end - timedelta(days=third - 1), value.end),
    }
    start, end = bounds[part]
    return FuzzyDate(start, end, Precision.RANGE)


def years_back(anchor: date, years: int) -> date:
    """The anchor moved back whole years (February 29 falls back to the 28th)."""
    try:
        return anchor.replace(year=anchor.year - years)
    except ValueError:
        return anchor.replace(year=anchor.year - years, day=28)
