"""Dates built from other dates: ranges, open intervals and the case's named periods.

"from April to August of 2016", "between May and July", "before the Nov. 8 election",
"since January", "during the transition". The parts are simple expressions; these rules only
say how they combine:

- a range's left end is read relative to its right end, which usually carries the year
  ("from April to August of 2016" → 2016-04-01..2016-08-31);
- "before X" ends the day before X starts, "after X" starts the day after X ends; "since X"
  and "from X" start with X; "until X" and "by X" end with X; "before last week's X" ends
  the day before the week's last day, X falling on some day of it;
- a measure before "before" or "after" bounds the interval: "the day after X" is that day,
  "two days before X" the day two days before, "days before X" up to two weeks before, "in the
  weeks after X" up to two months after, "in the year before X" the year up to it (see
  :data:`MEASURES`); "on the eve of X" is the day before X;
- "pre-X" is before X, "post-X" after it ("post-election conversations");
- a named period ("campaign", "transition", "election") comes from the casebook; a name with
  modifiers ("the presidential transition", "Trump's campaign") falls back to its last word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import timedelta

from onrecord.dates.fuzzy import FuzzyDate, Precision
from onrecord.dates.grammar import Context
from onrecord.dates.lexicon import DAY_OF_MONTH, YEAR, compile_pattern, day_value
from onrecord.dates.tense import Leaning
from onrecord.dates.units import day_in_year

Simple = Callable[[str, Context], FuzzyDate | None]

_JOINT = re.compile(r"\s+(?P<word>to|through|thru|until|till|and)\s+|\s*[-–—]\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)
_BARE_DAY_TAIL = re.compile(rf"(?P<day>{DAY_OF_MONTH})(?:,?\s+(?P<year>{YEAR}))?", re.IGNORECASE)

OPEN_BEFORE = "before|prior to|ahead of|until|till|up to|up until|through|by"
OPEN_AFTER = "after|following|since|from|starting|beginning|starting in|beginning in"
#: How far before or after: "the day after the election", "in the weeks after", "days before".
MEASURES = (
    r"the (?:day|week|month|year)|(?:in )?the (?:days|weeks|months)(?: just)?|"
    r"(?:a few |several |a couple of |(?P<count>two|three|four|five|six) )?"
    r"(?P<unit>hours|days|weeks|months)|(?:a|one) (?P<single>day|week|month|year)|"
    r"the night|shortly|soon|just|right|immediately"
)
#: "on the eve of the election": the day before it.
_EVE = compile_pattern(r"(?:on )?the eve of (?:the )?(?P<rest>.+)")
_OPEN = compile_pattern(
    rf"(?:(?P<measure>{MEASURES}) )?(?P<prep>{OPEN_BEFORE}|{OPEN_AFTER}) (?:the )?(?P<rest>.+)"
)
#: "post-election", "preelection": a period's name behind a prefix that puts a thing before
#: or after it.
_PREFIXED = compile_pattern(r"(?P<prefix>pre|post)-?(?P<rest>[a-z].*)")
_DURING = compile_pattern(r"(?:(?:during|in|throughout|over|amid|at|while) )?(?:the )?(?P<rest>.+)")
_ENDS_BEFORE_START = {"before", "prior to", "ahead of"}
_ENDS_WITH = {"until", "till", "up to", "up until", "through", "by"}
_STARTS_AFTER_END = {"after", "following"}
_PREPOSITIONS = {"before", "after", "since", "until", "during", "following", "from", "by"}


def resolve_range(text: str, ctx: Context, simple: Simple) -> FuzzyDate | None:
    """ "from April to August of 2016", "between May and July", "April 26-28"."""
    for left, right in range_sides(text):
        found = span_of(left, right, ctx, simple)
        if found:
            return found
    return None


def range_sides(text: str) -> Iterator[tuple[str, str]]:
    """Each way ``text`` splits into a range's two ends ("between May and July" → "May",
    "July"); "Monday and Tuesday" is two days, not a span, so "and" joins ends only after
    "between"."""
    opener = _RANGE_OPENER.match(text)
    body = text[opener.end() :] if opener else text
    for joint in _JOINT.finditer(body):
        if (joint["word"] or "").lower() == "and" and not opener:
            continue
        yield body[: joint.start()], body[joint.end() :]


def bare_day_tail(text: str) -> re.Match[str] | None:
    """A range's right end that is only a day, perhaps with a year ("28", "28, 2016"): it
    borrows the left end's month."""
    return _BARE_DAY_TAIL.fullmatch(text)


def span_of(left: str, right: str, ctx: Context, simple: Simple) -> FuzzyDate | None:
    """The range from ``left`` to ``right``; a bare day on the right borrows the left's month."""
    if not left or not right:
        return None
    tail = bare_day_tail(right)
    if tail:
        return day_span(left, tail, ctx, simple)
    last = simple(right, ctx)
    if last is None or last.end is None or last.start is None:
        return None
    first = simple(left, Context(last.end, ctx.leaning))
    if first is None or first.start is None or first.start > last.end:
        return None
    return FuzzyDate(first.start, last.end, Precision.RANGE)


def day_span(left: str, tail: re.Match[str], ctx: Context, simple: Simple) -> FuzzyDate | None:
    """ "April 26-28, 2016": the year at the end belongs to both days."""
    first = simple(f"{left}, {tail['year']}" if tail["year"] else left, ctx)
    if first is None or first.precision is not Precision.DAY or first.start is None:
        return None
    last = day_in_year(first.start.year, first.start.month, day_value(tail["day"]))
    if last is None or last.end is None or last.end < first.start:
        return None
    return FuzzyDate(first.start, last.end, Precision.RANGE)


def resolve_open(
    text: str, ctx: Context, simple: Simple, periods: Mapping[str, FuzzyDate]
) -> FuzzyDate | None:
    """ "before the Nov. 8 election", "since January", "after the inauguration", "on the eve
    of the convention"."""
    prefixed = _PREFIXED.fullmatch(text)
    if prefixed:
        return _before_or_after(prefixed, periods)
    eve = _EVE.fullmatch(text)
    if eve:
        inner = simple_with_noun(eve["rest"], ctx, simple) or named_period(eve["rest"], periods)
        if inner is None or inner.start is None:
            return None
        day = inner.start - timedelta(days=1)
        return FuzzyDate(day, day, Precision.DAY)
    match = _OPEN.fullmatch(text)
    if not match:
        return None
    rest = match["rest"]
    inner = simple_with_noun(rest, ctx, simple) or named_period(rest, periods)
    if inner is None or inner.start is None or inner.end is None:
        return None
    prep = " ".join(match["prep"].lower().split())
    if match["measure"]:
        return measured_interval(match, prep, inner, ctx)
    if _POSSESSIVE.search(rest):
        return open_around(prep, inner)
    return open_interval(prep, inner)


def _before_or_after(prefixed: re.Match[str], periods: Mapping[str, FuzzyDate]) -> FuzzyDate | None:
    """ "post-election conversations" are after the election, "pre-election contacts" before
    it: the prefix says on which side of the casebook's period the thing it qualifies falls."""
    inner = named_period(prefixed["rest"], periods)
    if inner is None or inner.start is None or inner.end is None:
        return None
    return open_interval("before" if prefixed["prefix"].lower() == "pre" else "after", inner)


def measured_interval(
    match: re.Match[str], prep: str, inner: FuzzyDate, ctx: Context
) -> FuzzyDate | None:
    """ "the day after the election" is Nov. 9; "in the weeks after the election" some weeks
    from Nov. 9, "days before the inauguration" some days before Jan. 20: how far is told
    (a day, a count of days) or bounded by the words' own reach, not left open — nor past the
    article's date for what is told as past."""
    assert inner.start is not None and inner.end is not None
    reach = _reach(match)
    if reach is None or prep not in _ENDS_BEFORE_START | _STARTS_AFTER_END:
        return None
    near, far = (timedelta(days=d) for d in reach)
    if prep in _STARTS_AFTER_END:
        start, end = inner.end + near, inner.end + far
    else:
        start, end = inner.start - far, inner.start - near
    if ctx.anchor is not None and ctx.leaning is Leaning.PAST and start <= ctx.anchor < end:
        end = ctx.anchor
    return FuzzyDate(start, end, Precision.DAY if start == end else Precision.RANGE)


def _reach(match: re.Match[str]) -> tuple[int, int] | None:
    """The nearest and farthest a measure reaches, in days."""
    unit = (match["unit"] or "").lower()
    if match["single"]:
        days = _UNIT_DAYS[f"{match['single'].lower()}s"]
        return days, 2 * days - 1
    if match["count"] and unit in _UNIT_DAYS:
        days = _COUNTS[match["count"].lower()] * _UNIT_DAYS[unit]
        return days, days + _UNIT_DAYS[unit] - 1
    if unit:
        return _VAGUE_REACH[unit]
    word = " ".join(match["measure"].lower().split()).removeprefix("in ").removesuffix(" just")
    return _WORD_REACH.get(word) or _VAGUE_REACH.get(word.removeprefix("the "))


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 365}
#: "(the) days after": up to two weeks; "weeks after": up to two months; "months after": a year.
_VAGUE_REACH = {"hours": (0, 1), "days": (1, 14), "weeks": (1, 60), "months": (28, 365)}
_WORD_REACH = {
    "the day": (1, 1),
    "the night": (1, 1),
    "the week": (1, 7),
    "the month": (1, 31),
    "the year": (1, 365),
    "shortly": (0, 30),
    "soon": (0, 30),
    "just": (0, 7),
    "right": (0, 7),
    "immediately": (0, 7),
}


_POSSESSIVE = re.compile(r"[’']s?$")


def open_interval(prep: str, inner: FuzzyDate) -> FuzzyDate:
    assert inner.start is not None and inner.end is not None
    if prep in _ENDS_BEFORE_START:
        return FuzzyDate.between(None, inner.start - timedelta(days=1), Precision.OPEN)
    if prep in _ENDS_WITH:
        return FuzzyDate.between(None, inner.end, Precision.OPEN)
    if prep in _STARTS_AFTER_END:
        return FuzzyDate.between(inner.end + timedelta(days=1), None, Precision.OPEN)
    return FuzzyDate.between(inner.start, None, Precision.OPEN)


def open_around(prep: str, inner: FuzzyDate) -> FuzzyDate:
    """ "ahead of last week's primary", "after last month's summit": the preposition is about
    an occasion on some day of the period, so the interval ends before the period's last day
    or starts after its first (not before or after the whole period)."""
    assert inner.start is not None and inner.end is not None
    if prep in _ENDS_BEFORE_START:
        return FuzzyDate.between(None, inner.end - timedelta(days=1), Precision.OPEN)
    if prep in _STARTS_AFTER_END:
        return FuzzyDate.between(inner.start + timedelta(days=1), None, Precision.OPEN)
    return open_interval(prep, inner)


def simple_with_noun(text: str, ctx: Context, simple: Simple) -> FuzzyDate | None:
    """A date, or a date followed by the noun it dates ("Nov. 8 election")."""
    found = simple(text, ctx)
    if found is None and " " in text.strip():
        found = simple(text.strip().rsplit(None, 1)[0], ctx)
    return found


def resolve_during(text: str, periods: Mapping[str, FuzzyDate]) -> FuzzyDate | None:
    """ "during the campaign", "in the transition": the casebook's period itself; "during the
    campaign and the transition" spans both."""
    match = _DURING.fullmatch(text)
    if not match:
        return None
    found = [named_period(name, periods) for name in _JOINED_PERIODS.split(match["rest"])]
    known = [value for value in found if value is not None]
    if len(known) < len(found):
        return None
    return known[0] if len(known) == 1 else FuzzyDate.hull(known)


_JOINED_PERIODS = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)


#: Other names of a casebook's periods: "during his election run", "his presidential bid"
#: are the campaign ("his Senate race" is another one, and no period of the case).
PERIOD_ALIASES: Mapping[str, tuple[str, ...]] = {
    "campaign": tuple(
        f"{kind} {noun}"
        for kind in ("election", "presidential", "white house")
        for noun in ("run", "bid", "race")
    ),
    # "before President Trump took office", "after taking office": the case's inauguration
    "inauguration": ("took office", "taking office", "was sworn in", "was inaugurated"),
}


def with_aliases(periods: Mapping[str, FuzzyDate]) -> dict[str, FuzzyDate]:
    """The case's periods under their own names and the other names of those it has."""
    aliased = {
        a: periods[name] for name, aka in PERIOD_ALIASES.items() if name in periods for a in aka
    }
    return {**aliased, **periods}


def named_period(name: str, periods: Mapping[str, FuzzyDate]) -> FuzzyDate | None:
    """Look a period up by its name, then by ever shorter tails of it ("the presidential
    transition" → "presidential transition" → "transition")."""
    words = re.sub(r"[’']s\b", "", name.lower()).split()
    if _PREPOSITIONS.intersection(words):
        return None  # "since before the election" is not the election
    periods = with_aliases(periods)
    for first in range(len(words)):
        found = periods.get(" ".join(words[first:]))
        if found is not None:
            return None if _another_years(words[:first], found) else replace(found, expression="")
    return None


def _another_years(modifiers: list[str], period: FuzzyDate) -> bool:
    """ "his 2008 campaign", "the 2012 election": a year among the name's modifiers that the
    case's period does not reach names another campaign or election of that name."""
    years = [int(word) for word in modifiers if _YEAR_WORD.fullmatch(word)]
    first = period.start.year if period.start else None
    last = period.end.year if period.end else None
    return any(
        (first is not None and year < first) or (last is not None and year > last) for year in years
    )


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")
