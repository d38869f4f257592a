"""Dates that name a calendar unit: a day, month, quarter, season, year, decade or holiday.

Whatever the text leaves out is inferred, never invented: a missing year comes from the
article's date (the occurrence on the side the sentence leans to, see :mod:`tense`), and a
missing day is never filled in — "April 2016" stays a month.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from onrecord.dates.fuzzy import FuzzyDate
from onrecord.dates.grammar import DIGIT, Context, Rule, group, rule
from onrecord.dates.lexicon import (
    DAY_OF_MONTH,
    MONTH,
    MONTHS,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    day_value,
    month_number,
    spelled_year,
    weekday_number,
)
from onrecord.dates.units import (
    Direction,
    day_in_year,
    half,
    nearest_year,
    part_of,
    quarter,
    quarter_of,
    season,
    years_between,
)

PREP = r"(?:(?:on|in|during) )?"
PART = r"(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]"
_PARTS = {
    "the end of": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
}
RELATIVE_YEAR = r"(?P<relyear>this|last|next) year"


def with_part(value: FuzzyDate | None, part: str | None) -> FuzzyDate | None:
    """Apply "early"/"mid"/"late" (or "the end of" …) to a unit, when the text said one."""
    if value is None or part is None:
        return value
    return part_of(value, _PARTS.get(part, part))


def relative_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year named by "this year" / "last year" / "next year", if the match has one."""
    word = group(match, "relyear")
    if word is None:
        return None
    return ctx.today.year + {"this": 0, "last": -1, "next": 1}[word.split()[0]]


def explicit_year(match: re.Match[str], ctx: Context) -> int | None:
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("spelledyear"):
        return spelled_year(groups["spelledyear"])
    return relative_year(match, ctx)


def modified_year(modifier: str | None, ctx: Context) -> int | None:
    """ "this April" is April of the article's year, "last April" April of the year before and
    "next April" of the year after — so "last February" in a March article is not the month
    that just ended (that is "last month"), as in TimeML and HeidelTime."""
    shift = {"this": 0, "last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1}
    return None if modifier not in shift else ctx.today.year + shift[modifier]


@rule("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?", cues=[DIGIT])
def iso(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    try:
        return FuzzyDate.parse(match.group(0))
    except ValueError:
        return None


@rule(
    "numeric",
    r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)",
    cues=[DIGIT],
)
def numeric(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """US order, as American news writes it ("Update, 2/15/17")."""
    year = int(match["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900  # two-digit years: the usual 1950–2049 window
    return day_in_year(year, int(match["m"]), int(match["d"]))


_YEAR_TAIL = (
    rf"(?:,? (?:of )?(?:(?P<year>{YEAR})|(?P<spelledyear>{SPELLED_YEAR})|{RELATIVE_YEAR}))?"
)


@rule(
    "month day",
    rf"{PREP}(?:(?P<weekday>{WEEKDAY}),? )?(?:(?P<month>{MONTH}) (?P<day>{DAY_OF_MONTH})"
    rf"|(?:the )?(?P<day2>{DAY_OF_MONTH}) (?:of )?(?P<month2>{MONTH})){_YEAR_TAIL}",
    cues=MONTHS,
)
def month_day(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "April 27, 2016", "27 April 2016", "Nov. 8", "the 8th of November"."""
    month = month_number(match["month"] or match["month2"])
    day = day_value(match["day"] or match["day2"])
    year = explicit_year(match, ctx)
    if year is not None:
        return day_in_year(year, month, day)
    if match["weekday"]:
        return day_on_weekday(month, day, weekday_number(match["weekday"]), ctx.today)
    direction = ctx.direction()
    filed = _filed_a_day_ahead(month, day, ctx.today, direction)
    return filed or nearest_year(lambda y: day_in_year(y, month, day), ctx.today, direction)


def _filed_a_day_ahead(
    month: int, day: int, anchor: date, direction: Direction
) -> FuzzyDate | None:
    """ "WASHINGTON, Dec. 8 (UPI) —" on an article dated Dec. 7: a wire story is filed in its
    own time zone, so its dateline can run a day ahead of the date the article carries. That
    day is the one meant, not Dec. 8 of the year before."""
    if direction is not Direction.ON_OR_BEFORE:
        return None
    found = day_in_year(anchor.year, month, day)
    return found if found is not None and found.start == anchor + timedelta(days=1) else None


def day_on_weekday(month: int, day: int, weekday: int, anchor: date) -> FuzzyDate | None:
    """ "Monday, Oct. 26": the year nearest the anchor in which that day is that weekday."""
    for year in sorted(range(anchor.year - 6, anchor.year + 7), key=lambda y: abs(y - anchor.year)):
        found = day_in_year(year, month, day)
        if found and found.start and found.start.weekday() == weekday:
            return found
    return None


@rule(
    "month",
    rf"{PREP}(?:{PART})?(?:(?P<mod>last|this past|past|this|next|this coming|coming) )?"
    rf"(?P<month>{MONTH}){_YEAR_TAIL}",
    cues=MONTHS,
)
def month(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "April 2016", "last April", "in April", "late November", "April of last year"."""
    number = month_number(match["month"])
    modifier = group(match, "mod")
    year = explicit_year(match, ctx) or modified_year(modifier, ctx)
    if year is not None:
        found: FuzzyDate | None = FuzzyDate.month(year, number)
    else:
        found = nearest_year(lambda y: FuzzyDate.month(y, number), ctx.today, ctx.direction())
    return with_part(found, group(match, "part"))


@rule(
    "year",
    rf"{PREP}(?:{PART})?(?:the year )?(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))",
    cues=[DIGIT, "nineteen", "twenty", "thousand"],
)
def year(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "2016", "in 2016", "late 2016", "nineteen ninety-six"."""
    number = int(match["year"]) if match["year"] else spelled_year(match["spelled"])
    return with_part(FuzzyDate.year(number), group(match, "part"))


@rule(
    "decade",
    rf"{PREP}(?:the )?(?:(?P<part>early|mid|late)[- ])?"
    r"(?:(?P<century>1[0-9]|20)(?P<decade>\d)0|'(?P<short>\d)0)'?s",
    cues=[DIGIT],
)
def decade(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "the 1990s", "the late '80s" (a two-digit decade is the latest one by the anchor)."""
    if match["short"]:
        first = ctx.today.year // 100 * 100 + int(match["short"]) * 10
        if first > ctx.today.year:
            first -= 100
    else:
        first = int(match["century"]) * 100 + int(match["decade"]) * 10
    return with_part(years_between(first, first + 9), group(match, "part"))


@rule("century", r"(?:the )?(?P<n>1[0-9]|2[01])(?:st|nd|rd|th) century", cues=[DIGIT])
def century(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "the 20th century" as 1900–1999, the popular reading TimeML also uses ("19")."""
    first = (int(match["n"]) - 1) * 100
    return years_between(first, first + 99)


@rule("this century", r"(?:in )?this century", cues=["century"])
def this_century(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    first = ctx.today.year // 100 * 100
    return years_between(first, first + 99)


_QUARTER_YEAR = (
    rf"(?:the |its |their )?(?:(?P<yearpre>{YEAR}) |(?P<relpre>this|last|next) year's )?"
)
_QUARTER_TAIL = rf"(?:,? (?:of )?(?:(?P<year>{YEAR})|{RELATIVE_YEAR})| (?P<year2>{YEAR}))?"


def year_of_unit(match: re.Match[str], ctx: Context) -> int | None:
    """The year given before or after a quarter or half ("1989's third quarter", "Q3 2016")."""
    for name in ("year", "yearpre", "year2", "qyear"):
        if match.groupdict().get(name):
            return int(match[name])
    if group(match, "relpre"):
        return ctx.today.year + {"this": 0, "last": -1, "next": 1}[group(match, "relpre") or ""]
    return relative_year(match, ctx)


@rule(
    "quarter",
    rf"{PREP}{_QUARTER_YEAR}(?:the )?(?P<ord>{ORDINAL})[- ]quarter{_QUARTER_TAIL}"
    rf"|q(?P<qn>[1-4]) ?(?P<qyear>{YEAR})?",
    cues=["quarter", DIGIT],
)
def named_quarter(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "the third quarter", "third-quarter", "Q3 2016": calendar quarters (a fiscal quarter is
    the company's own calendar and is not read). Without a year: the latest one begun by the
    anchor, even in future tense ("expects to report third-quarter profit"), because results
    are reported after the quarter ends."""
    number = int(match["qn"]) if match["qn"] else ORDINALS[group(match, "ord") or ""]
    year = year_of_unit(match, ctx)
    if year is not None:
        return quarter(year, number)
    return nearest_year(lambda y: quarter(y, number), ctx.today, Direction.ON_OR_BEFORE)


_QUARTER_SHIFT = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "year-earlier": -5,
    "the year-earlier": -5,
    "year-ago": -5,
    "the year-ago": -5,
}


@rule(
    "relative quarter",
    r"(?P<mod>the|the latest|the most recent|the past|the previous|last|the last|this|current|"
    r"the current|next|the next|the coming|(?:the )?year-earlier|(?:the )?year-ago) quarter",
    cues=["quarter"],
)
def relative_quarter(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "the quarter" / "the latest quarter" is the last one completed — the quarter a report
    is about; "the year-ago quarter" is that one a year before."""
    shift = _QUARTER_SHIFT.get(group(match, "mod") or "", -1)
    return quarter_of(ctx.today, shift)


@rule(
    "half",
    rf"{PREP}{_QUARTER_YEAR}(?:the )?(?P<ord>first|second|1st|2nd)[- ]half{_QUARTER_TAIL}",
    cues=["half"],
)
def named_half(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    number = ORDINALS[group(match, "ord") or ""]
    year = year_of_unit(match, ctx)
    if year is not None:
        return half(year, number)
    return nearest_year(lambda y: half(y, number), ctx.today, ctx.direction())


_PAST_MODIFIERS = frozenset({"last", "this past", "past"})


@rule(
    "season",
    rf"{PREP}(?:the )?(?:{PART})?(?:(?P<mod>last|this past|past|this|next|this coming|coming) )?"
    rf"(?:the )?(?P<season>{SEASON}){_YEAR_TAIL}",
    cues=SEASONS,
)
def named_season(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "last summer", "the fall of 2016", "this spring" (meteorological seasons; winter is the
    one that starts in December)."""
    code = SEASONS[group(match, "season") or ""]
    modifier = group(match, "mod")
    year = explicit_year(match, ctx)
    if year is None and modifier == "this":
        found: FuzzyDate | None = this_season(code, ctx.today)
    elif year is None and modifier in _PAST_MODIFIERS:
        found = past_season(code, ctx.today)
    elif year is not None or modifier is not None:
        found = season(year or modified_year(modifier, ctx) or ctx.today.year, code)
    else:
        found = nearest_year(lambda y: season(y, code), ctx.today, ctx.direction())
    return with_part(found, group(match, "part"))


def this_season(code: str, anchor: date) -> FuzzyDate:
    """ "this winter" in January is the winter that began in December."""
    current = season(anchor.year - 1, code)
    return current if current.contains(anchor) else season(anchor.year, code)


def past_season(code: str, anchor: date) -> FuzzyDate:
    """ "last winter" is the season of the year before (as "last April" is), except that in
    January the winter of the year before is the one still under way: the last one is a year
    earlier."""
    previous = season(anchor.year - 1, code)
    return season(anchor.year - 2, code) if previous.contains(anchor) else previous


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def election_day(year: int) -> date | None:
    """US federal Election Day: the Tuesday after the first Monday of November, even years."""
    if year % 2:
        return None
    return nth_weekday(year, 11, 0, 1) + timedelta(days=1)


def inauguration_day(year: int) -> date | None:
    return date(year, 1, 20) if year % 4 == 1 else None


HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: date(y, 7, 4),
    "the fourth of july": lambda y: date(y, 7, 4),
    "july fourth": lambda y: date(y, 7, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "halloween": lambda y: date(y, 10, 31),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "election day": election_day,
    "inauguration day": inauguration_day,
}


@rule(
    "holiday",
    rf"{PREP}(?:(?P<mod>last|this past|this|next|this coming) )?"
    rf"(?P<name>{'|'.join(sorted(HOLIDAYS, key=len, reverse=True))})(?:,? (?P<year>{YEAR}))?",
    cues=[name.split()[-1] for name in HOLIDAYS],
)
def holiday(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """US holidays by name, with the year inferred like any partial date."""
    when = HOLIDAYS[group(match, "name") or ""]

    def make(year: int) -> FuzzyDate | None:
        day = when(year)
        return FuzzyDate.day(day) if day else None

    if match["year"]:
        return make(int(match["year"]))
    return nearest_year(make, ctx.today, ctx.direction(group(match, "mod")))


@rule(
    "weekday of month",
    rf"{PREP}the (?P<nth>{ORDINAL}|last) (?P<dayname>{WEEKDAY}) (?:in|of) (?P<month>{MONTH})"
    rf"{_YEAR_TAIL}",
    cues=MONTHS,
)
def weekday_of_month(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "the last Friday in August", "the first Tuesday of November 2016": one day of that month
    — not "last Friday", the week before the article, and the month's year is inferred like a
    bare month's."""
    number = month_number(match["month"])
    weekday = weekday_number(match["dayname"])  # not "weekday": it pins no year (see yearless)
    nth = -1 if match["nth"].lower() == "last" else ORDINALS[match["nth"].lower()]

    def make(year: int) -> FuzzyDate:
        return FuzzyDate.day(nth_weekday(year, number, weekday, nth))

    year = explicit_year(match, ctx)
    if year is not None:
        return make(year)
    return nearest_year(make, ctx.today, ctx.direction())


RULES: tuple[Rule, ...] = (
    iso,
    numeric,
    month_day,
    weekday_of_month,
    month,
    year,
    decade,
    century,
    this_century,
    named_quarter,
    relative_quarter,
    named_half,
    named_season,
    holiday,
)
