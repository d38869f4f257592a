"""Dates that only mean something against the article's date: "yesterday", "Tuesday",
"last week", "three days ago", "in recent months".

Conventions (news usage, and where TimeML agrees):

- a bare weekday is the latest such day *on or before* the article date in a past-leaning
  sentence, so "Spicer said Tuesday" in a story dated Tuesday is that same day (wire and web
  copy name the day rather than write "today"); "last Tuesday" is strictly before it, and a
  future-leaning sentence ("will meet Tuesday") takes the next one on or after it;
- weeks run Monday to Sunday; "last week" is the whole previous week;
- vague spans get fixed windows ending at the anchor, wide enough to hold what writers mean and
  marked RANGE so nobody mistakes them for a measured interval: "recently" and "in recent
  months" look back 6 months, "recent weeks" 6 weeks, "recent days" 7 days, "recent years" 5
  years, and "in years" (as in "haven't spoken in years") 5 years;
- "the past" and "previously" are open intervals ending the day before the anchor; "the future"
  and "soon" open intervals starting the day after it; "now" is the anchor day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from onrecord.dates.fuzzy import FuzzyDate, Precision
from onrecord.dates.grammar import Context, Rule, group, rule
from onrecord.dates.lexicon import (
    NUMBER,
    TIME_OF_DAY,
    WEEKDAY,
    WEEKDAYS,
    number_value,
    weekday_number,
)
from onrecord.dates.units import (
    add_months,
    month_of,
    nearest_weekday,
    part_of,
    week_of,
    weekend_of,
    years_back,
)

_DAY_SHIFT = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
_RECENT_WINDOWS = {"day": 7, "week": 42, "month": 183, "year": 5 * 365 + 1}
_RECENTLY_DAYS = 183
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_YEARS_SPAN = 5


def window_before(anchor: date, days: int) -> FuzzyDate:
    return FuzzyDate(anchor - timedelta(days=days), anchor, Precision.RANGE)


@rule(
    "day word",
    rf"(?:(?P<part>late|early|earlier|later) )?"
    rf"(?P<word>{'|'.join(sorted(_DAY_SHIFT, key=len, reverse=True))})(?:{TIME_OF_DAY})?",
    cues=[words.split()[-1] for words in _DAY_SHIFT],
)
def day_word(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    shift = _DAY_SHIFT[group(match, "word") or ""]
    return FuzzyDate.day(ctx.today + timedelta(days=shift))


@rule(
    "weekday",
    rf"(?:on )?(?:\d{{1,2}}(?::\d\d)? ?[ap]\.?m\.?(?: [a-z]{{3}})? )?"
    rf"(?:(?P<mod>last|this past|past|this|next|this coming|coming) )?"
    rf"(?:(?:early|late|earlier|later) )?(?P<weekday>{WEEKDAY})(?:'s)?(?:{TIME_OF_DAY})?",
    cues=WEEKDAYS,
)
def weekday(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    direction = ctx.direction(group(match, "mod"))
    return FuzzyDate.day(nearest_weekday(weekday_number(match["weekday"]), ctx.today, direction))


_UNIT_SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "next": 1, "coming": 1}
_RELATIVE_UNIT = (
    r"(?:some ?time )?(?:(?P<mod>this|last|next|the current|the coming|the past)"
    r"|(?P<part>earlier|later|early|late|mid|the end of|the beginning of|the start of) "
    r"(?:(?P<partmod>this|last|next)|the)) (?P<unit>week|month|year)"
)


def unit_at(unit: str, anchor: date, shift: int) -> FuzzyDate:
    """This, last or next week / month / year as a whole unit."""
    if unit == "week":
        return week_of(anchor + timedelta(weeks=shift))
    if unit == "month":
        return month_of(anchor, shift)
    return FuzzyDate.year(anchor.year + shift)


@rule("relative unit", rf"{_RELATIVE_UNIT}(?:'s)?", cues=["week", "month", "year"])
def relative_unit(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "last week", "this month", "next year", "late last year". "Earlier this month" is the
    month: the text gives no day, so neither does the date (TimeML reads it so too).
    "The following year" and "the previous month" are left alone: they count from a time the
    story set, not from the article's date."""
    modifier = (group(match, "mod") or group(match, "partmod") or "this").split()[-1]
    unit = unit_at(group(match, "unit") or "", ctx.today, _UNIT_SHIFT[modifier])
    part = group(match, "part")
    if part in ("earlier", "later"):
        return unit
    return part_of(unit, _PART_WORDS[part]) if part else unit


_PART_WORDS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the end of": "late",
    "the beginning of": "early",
    "the start of": "early",
}


@rule(
    "weekend",
    r"(?:over |on )?(?P<mod>this|last|next|the past|this past|this coming|the) weekend",
    cues=["weekend"],
)
def weekend(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """Saturday and Sunday: "the weekend" is the latest one begun by the anchor."""
    direction = ctx.direction(group(match, "mod"))
    return weekend_of(nearest_weekday(5, ctx.today, direction))


@rule(
    "ago",
    r"(?:(?:almost|nearly|about|some|more than|over|roughly|around|just|only) )?"
    rf"(?:(?P<low>{NUMBER}) (?:or|to) )?"
    rf"(?P<n>{NUMBER}) (?P<unit>day|week|month|year|decade)s? (?:or so )?ago",
    cues=["ago"],
)
def ago(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "three days ago" is a day, "two weeks ago" a week, "a year ago" a year: the unit the
    writer counted in is as precise as the text is. A count given loosely ("two or three
    weeks ago") spans the units of both its numbers, as a RANGE."""
    unit = group(match, "unit") or ""
    count = number_value(match["n"])
    low = group(match, "low")
    if low is None:
        return units_back(unit, ctx.today, count)
    near, far = sorted((number_value(low), count))
    return FuzzyDate.between(
        units_back(unit, ctx.today, far).start,
        units_back(unit, ctx.today, near).end,
        Precision.RANGE,
    )


def units_back(unit: str, anchor: date, count: int) -> FuzzyDate:
    """The whole day, week, month, year or decade-ago year ``count`` units before the anchor."""
    if unit == "day":
        return FuzzyDate.day(anchor - timedelta(days=count))
    if unit == "week":
        return week_of(anchor - timedelta(weeks=count))
    if unit == "month":
        return FuzzyDate.month(*add_months(anchor.year, anchor.month, -count))
    years = count * 10 if unit == "decade" else count
    return FuzzyDate.year(years_back(anchor, years).year)


@rule(
    "past units",
    r"(?:in |over |during |for |within )?the (?:past|last|previous) (?:NUMBER (?:or|to) )?"
    r"(?P<n>NUMBER) (?P<unit>day|week|month|year)s?".replace("NUMBER", NUMBER),
    cues=["past", "last", "previous"],
)
def past_units(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "over the past three months": from the unit counted back to the one holding the anchor,
    whole units as the writer counted them (in April, the past three months run from January
    to April). A count of days ends on the anchor. A count given loosely ("the last five or
    six years") reaches back as far as its larger number, which holds either reading."""
    unit = group(match, "unit") or ""
    first = units_back(unit, ctx.today, number_value(match["n"]))
    last = FuzzyDate.day(ctx.today) if unit == "day" else unit_at(unit, ctx.today, 0)
    return FuzzyDate.between(first.start, last.end, Precision.RANGE)


@rule(
    "some ago",
    r"(?:several|a few|some|a couple) (?P<unit>day|week|month|year)s ago",
    cues=["ago"],
)
def some_ago(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "a few years ago": between two and nine of the unit back, as a RANGE."""
    days = _UNIT_DAYS[group(match, "unit") or ""]
    return FuzzyDate(
        ctx.today - timedelta(days=9 * days), ctx.today - timedelta(days=2 * days), Precision.RANGE
    )


@rule(
    "recent",
    r"(?:in |over |during )?(?:recent|the (?:past|last) (?:few|several)) "
    r"(?P<unit>day|week|month|year)s",
    cues=["days", "weeks", "months", "years"],
)
def recent(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return window_before(ctx.today, _RECENT_WINDOWS[group(match, "unit") or ""])


@rule(
    "recently",
    r"(?:more |most |only |until )?(?:recently|lately|recent)",
    cues=["recently", "lately", "recent"],
)
def recently(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return window_before(ctx.today, _RECENTLY_DAYS)


@rule("in years", r"(?:in|for) (?:years|many years|decades)", cues=["years", "decades"])
def in_years(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "haven't met in years": several years up to the anchor."""
    return FuzzyDate(years_back(ctx.today, _YEARS_SPAN), ctx.today, Precision.RANGE)


@rule(
    "span without",
    r"(?:in|for) (?:(?:almost|nearly|about|more than|over|well over|roughly|around|at least) )?"
    rf"(?P<n>{NUMBER}) (?P<unit>day|week|month|year)s?(?! of\b)",  # not "a month of Sundays"
    cues=["day", "days", "week", "weeks", "month", "months", "year", "years"],
)
def span_without(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    """ "haven't spoken in almost a year", "has not called us for two weeks": what has not
    happened over a span counted back from the anchor — that span, up to the anchor, as a
    RANGE. Found only after a perfect denied (see ``resolve.unsaid_span``): elsewhere "in two
    weeks" is a time to come and "for a year" a length of time anywhere."""
    days = _UNIT_DAYS[group(match, "unit") or ""] * number_value(match["n"])
    return window_before(ctx.today, days)


@rule(
    "present",
    r"(?:right |just |even |until |by )?now|currently|at present|presently|nowadays|these days",
    cues=["now", "currently", "present", "presently", "nowadays", "days"],
)
def present(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.day(ctx.today)


@rule("current", r"(?:the )?(?:current|then[- ]current)", searchable=False)
def current(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.day(ctx.today)


@rule("the past", r"(?:in )?the past", cues=["past"])
def the_past(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.between(None, ctx.today - timedelta(days=1), Precision.OPEN)


@rule("previously", r"previously|earlier|formerly|once", searchable=False)
def previously(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.between(None, ctx.today - timedelta(days=1), Precision.OPEN)


@rule(
    "the future",
    r"(?:in )?the (?:near |distant |foreseeable )?future|(?:in |over )?(?:the )?coming "
    r"(?:days|weeks|months|quarters|years)|in the (?:near|short|long) term",
    cues=["future", "coming", "term"],
)
def the_future(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.between(ctx.today + timedelta(days=1), None, Precision.OPEN)


@rule(
    "soon",
    r"soon|shortly|future|later|one day|someday|eventually|the (?:near|short) term",
    searchable=False,
)
def soon(match: re.Match[str], ctx: Context) -> FuzzyDate | None:
    return FuzzyDate.between(ctx.today + timedelta(days=1), None, Precision.OPEN)


RULES: tuple[Rule, ...] = (
    day_word,
    weekday,
    relative_unit,
    weekend,
    ago,
    past_units,
    some_ago,
    recent,
    recently,
    in_years,
    span_without,
    present,
    current,
    the_past,
    previously,
    the_future,
    soon,
)
