"""Resolve date expressions in news text against the article's date.

``resolve(text, anchor, periods)`` reads one expression; ``find_dates(text, anchor, periods)``
finds every expression in a sentence or paragraph, with offsets, and resolves each with the
tense of the words before it. The grammar is our own (see :mod:`expressions`, :mod:`relative`,
:mod:`periods`): the common libraries prefer future dates or invent days ("April" → April 1),
and a false day in the record makes a false contradiction.

Year inference: a date without a year ("April 27", "in April", "Tuesday") is the latest
occurrence on or before the article date, unless the words before it lean to the future
("will", "is scheduled to", "payable") — then it is the earliest on or after it. Modifiers
override the leaning: "last April" is the latest April that ended before the article date,
"next April" the first that starts after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from onrecord.dates import expressions, relative
from onrecord.dates.fuzzy import FuzzyDate
from onrecord.dates.grammar import DIGIT, Context, NeedsAnchor, Rule
from onrecord.dates.lexicon import MONTHS, SEASONS, WEEKDAYS, words_of
from onrecord.dates.periods import (
    MEASURES,
    bare_day_tail,
    range_sides,
    resolve_during,
    resolve_open,
    resolve_range,
    with_aliases,
)
from onrecord.dates.tense import Leaning, leaning_at, leaning_before

RULES: tuple[Rule, ...] = expressions.RULES + relative.RULES

_TRAILING = re.compile(r"[\s,;:!?\"'”’)]+$")
_LEADING = re.compile(r"^[\s\"'“‘(]+")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text: ``text[start:end]`` and what it resolved to."""

    start: int
    end: int
    text: str
    value: FuzzyDate


def resolve(
    text: str,
    anchor: date | None = None,
    periods: Mapping[str, FuzzyDate] | None = None,
    *,
    leaning: Leaning = Leaning.PAST,
) -> FuzzyDate | None:
    """The interval ``text`` means for an article dated ``anchor``; None when ``text`` is not a
    date expression this grammar reads, *unresolved* when it is relative and there is no
    anchor. ``periods`` maps lowercase names ("campaign", "transition") to the case's periods.
    ``leaning`` says which way a year-less date leans (past unless the sentence says future).
    """
    context = Context(anchor, leaning)
    named = {name.lower(): value for name, value in (periods or {}).items()}
    try:
        found = read(clean(text), context, named)
    except NeedsAnchor:
        return FuzzyDate.unresolved(text)
    return replace(found, expression=text) if found else None


_CALENDAR_RULES = frozenset(
    {"month day", "weekday of month", "month", "season", "holiday", "half", "quarter"}
)
_GIVEN_YEAR = ("year", "spelledyear", "relyear", "mod", "yearpre", "relpre", "year2", "qyear")


def yearless(text: str) -> bool:
    """Whether ``text`` names a day, month or season of the calendar without saying which
    year ("in March", "May 28"; not "March 2013", "last March", "Monday, Oct. 26"), or a
    range between two such ("between April and November", "May 26-28"; not "from April to
    August of 2016"): the year is the story's, which the article's date gives unless the
    story is of another."""
    cleaned = clean(text)
    return _calendar_yearless(cleaned) or any(
        _calendar_yearless(left) and (_bare_day(right) or _calendar_yearless(right))
        for left, right in range_sides(cleaned)
    )


def _bare_day(text: str) -> bool:
    """ "28" closing "May 26-28": a day of the left end's month, no year of its own."""
    tail = bare_day_tail(text.rstrip("."))
    return tail is not None and not tail["year"]


def _calendar_yearless(cleaned: str) -> bool:
    for candidate in (cleaned, cleaned.rstrip(".")):
        for rule in expressions.RULES:
            match = rule.pattern.fullmatch(candidate)
            if match and rule.build(match, Context(date(2000, 1, 1))) is not None:
                given = [match.groupdict().get(name) for name in (*_GIVEN_YEAR, "weekday")]
                return rule.name in _CALENDAR_RULES and not any(given)
    return False


def bare_weekday(text: str) -> bool:
    """Whether ``text`` names a weekday and no week ("on Saturday", "Saturday night"; not "last
    Saturday" nor "Saturday, March 3"): the article's date places it in the article's week, a
    story of an earlier time in none the text gives."""
    cleaned = clean(text)
    for candidate in (cleaned, cleaned.rstrip(".")):
        match = relative.weekday.pattern.fullmatch(candidate)
        if match:
            return not match.group("mod")
    return False


def reached_by(text: str) -> bool:
    """Whether ``text`` is a date the story has got to by then ("By the summer of 2001, she
    was still weighing the merger", "by 2010"): an open interval ending with it, which gives
    the time the story is at no day or month, but its year."""
    return clean(text).lower().startswith("by ")


def in_year(
    mention: DateMention, year: int, periods: Mapping[str, FuzzyDate] | None = None
) -> FuzzyDate:
    """A year-less calendar date told in a story of an earlier year falls in that year: "in
    March", after "in 2013", is March 2013 (the latest March by the end of that year). Any
    other date stays as the article's date resolved it."""
    if not yearless(mention.text):
        return mention.value
    found = resolve(mention.text, date(year, 12, 31), periods)
    return found if found is not None and found.resolved else mention.value


def clean(text: str) -> str:
    return _LEADING.sub("", _TRAILING.sub("", text))


def read(text: str, context: Context, periods: Mapping[str, FuzzyDate]) -> FuzzyDate | None:
    """Simple expressions first, then the combinations built from them."""
    return (
        read_simple(text, context)
        or resolve_range(text, context, read_simple)
        or resolve_open(text, context, read_simple, periods)
        or resolve_during(text, periods)
    )


def read_simple(text: str, context: Context) -> FuzzyDate | None:
    """The first rule that matches the whole text and yields a date ("Nov." may end in a dot
    that was the sentence's full stop, so a final dot is optional)."""
    for candidate in (text, text.rstrip(".")):
        for rule in RULES:
            match = rule.pattern.fullmatch(candidate)
            found = rule.build(match, context) if match else None
            if found is not None:
                return found
    return None


def find_dates(
    text: str, anchor: date | None = None, periods: Mapping[str, FuzzyDate] | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, longest first where they overlap, in text order.

    Simple expressions are found by the grammar's own patterns, then grown into the
    combinations around them ("from … to …", "before the … election", "during the
    transition") when the grown span still resolves.
    """
    named = {name.lower(): value for name, value in (periods or {}).items()}
    spans = grow(text, choose(candidates(text, named)), named)
    mentions = []
    for start, end in spans:
        lead = _LEAD.match(text, start, end)  # "by June 30": the tense cue is inside the span
        leaning = leaning_before(text, lead.end()) if lead else leaning_at(text, start, end)
        value = resolve(text[start:end], anchor, named, leaning=leaning)
        if value is not None:
            mentions.append(DateMention(start, end, text[start:end], value))
    return mentions


def candidates(text: str, periods: Mapping[str, FuzzyDate]) -> Iterator[tuple[int, int]]:
    for rule in cued_rules(text):
        for match in rule.pattern.finditer(text):
            if (
                not ambiguous_word(text, match)
                and not untold_weekday(text, rule, match)
                and not unsaid_span(text, rule, match)
                and not _compound_tail(text, match.start())
            ):
                yield match.span()
    if periods:
        for match in period_pattern(periods).finditer(text):
            if readable(text, *match.span(), periods):
                yield match.span()  # not "during his 2008 campaign", another: its year is read


_SEARCHED = tuple(rule for rule in RULES if rule.searchable)


_DIGIT = re.compile(DIGIT)


def cued_rules(text: str) -> list[Rule]:
    """The searchable rules whose cues ``text`` holds as whole words: a rule cannot match
    where none is, and reading the words once costs less than a search per rule."""
    found = words_of(text)
    if _DIGIT.search(text):
        found.add(DIGIT)
    return [rule for rule in _SEARCHED if not rule.cues or not rule.cues.isdisjoint(found)]


_AMBIGUOUS = {"may", "march", "fall", "spring", "mar", "jan", "jun", "sun", "dec", "oct"}
_CUE_BEFORE = re.compile(
    r"\b(?:in|on|of|since|until|by|from|to|through|last|this|next|early|late|mid|during|"
    r"between|and|the|before|after)\s+$",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|his|her|its|their|our|my|your|that)\s+$", re.I)


def ambiguous_word(text: str, match: re.Match[str]) -> bool:
    """A lone word that is more often a verb or a modal than a date ("may", "march",
    "fall"): a date only after a preposition or modifier ("in May", "last fall") or, for a
    capitalised month, after an article or a possessive ("a March meeting", "their May
    talks"), and never as the head of a hyphened name ("the Mar-a-Lago resort", "the
    Sun-Times")."""
    word = match.group(0)
    if word.lower() not in _AMBIGUOUS:
        return False
    if _named_compound(text, match.end()):
        return True
    if word[:1].isupper() and word.lower() in MONTHS:
        return not (
            ends_with(_CUE_BEFORE, text, match.start(), 1)
            or ends_with(_DETERMINER_BEFORE, text, match.start(), 1)
        )
    return not ends_with(_CUE_BEFORE, text, match.start(), 1)


_HYPHENED_WORD = re.compile(r"-([A-Za-z]+)")
_DATE_WORDS = frozenset(MONTHS) | frozenset(SEASONS) | frozenset(WEEKDAYS)


def _named_compound(text: str, end: int) -> bool:
    """The word ending at ``end`` runs on, by a hyphen, into a word that is no date word
    ("Mar-a-Lago"; not the range "May-June")."""
    joined = _HYPHENED_WORD.match(text, end)
    return joined is not None and joined.group(1).lower() not in _DATE_WORDS


_HYPHENED_BEFORE = re.compile(r"([A-Za-z]+)-$")
_RANGE_OPENERS = frozenset({"mid", "early", "late", "pre", "post"})


def _compound_tail(text: str, start: int) -> bool:
    """The match starts a word joined by a hyphen to a word before it that is no date word
    ("a Johnny-come-lately"): the whole is a name or an epithet, not a time ("mid-March" and
    "May-June" are)."""
    joined = _HYPHENED_BEFORE.search(text, max(0, start - 30), start)
    if joined is None or not text[start : start + 1].isalpha():
        return False
    word = joined.group(1).lower()
    return word not in _DATE_WORDS and word not in _RANGE_OPENERS


_STORY_DAY_BEFORE = re.compile(
    r"\b(?:one|a|that|the same|the following|the next|the previous|the prior|every|each|any)"
    r"\s+$",
    re.IGNORECASE,
)


def untold_weekday(text: str, rule: Rule, match: re.Match[str]) -> bool:
    """ "One Sunday in late 2001", "that Tuesday", "every Monday": a weekday told as some day
    of the story, or as a habit, is no day of the article's week; the text does not say which
    one it is (the story around it may)."""
    return (
        rule.name == "weekday"
        and match.start() == match.start("weekday")  # not "Air Force One on Friday"
        and bool(ends_with(_STORY_DAY_BEFORE, text, match.start(), 2))
    )


#: A perfect denied a little before a span ("haven't spoken …", "has not called us …").
_DENIED_PERFECT = re.compile(
    r"\b(?:have|has|had)(?:n[’']t|\s+not|\s+never)\b[^.;!?]{0,60}$", re.IGNORECASE
)


def unsaid_span(text: str, rule: Rule, match: re.Match[str]) -> bool:
    """ "in two weeks", "for a year" with no denied perfect before it in its sentence: a time to
    come or a length of time, not the span up to the article's date that "haven't spoken in a
    year" looks back over."""
    return rule.name == "span without" and not _DENIED_PERFECT.search(text, 0, match.start())


_PERIOD_PREPS = r"(?:during|in|throughout|over|before|prior|ahead|after|following|since|until)"


def period_pattern(periods: Mapping[str, FuzzyDate]) -> re.Pattern[str]:
    """A named period after a preposition ("during the transition"; "at the convention", "on
    the sidelines of the convention", an occasion the casebook dates, though not "at the
    campaign's offices", a place), or as the subject of a "while" clause that tells it going
    on ("while the transition was under way"; not the "while" of a contrast: "while campaign
    aides said …"); or a period's name behind "pre-" or "post-" ("his post-election
    conversations")."""
    return _period_pattern(tuple(with_aliases(periods)))


#: Nouns a period's name may modify, making another time than the period ("his election run",
#: "the transition team's meeting") or a place ("at the campaign headquarters").
_MODIFIED_NOUNS = "run|bid|race|season|cycle|team|officials?|aides?|headquarters|offices?"


@lru_cache(maxsize=16)
def _period_pattern(periods: tuple[str, ...]) -> re.Pattern[str]:
    """Built once per casebook's set of period names, not once per sentence."""
    names = "|".join(re.escape(name) for name in sorted(periods, key=len, reverse=True))
    # "during the election campaign", "during his election run": a name that modifies the
    # noun after it is not the period meant ("the election" is a day, the campaign a year)
    modifies = rf"(?!\s+(?:{names}|{_MODIFIED_NOUNS})\b)"
    # "before joining the campaign" is before one person joined it, not before it began
    joining = r"(?:joining|rejoining|leaving|quitting|entering|exiting)\b"
    words = (
        rf"(?:the\s+)?(?:(?!{_PERIOD_PREPS}\b|{joining})[\w.'’-]+\s+){{0,2}}?(?:{names})\b"
        rf"{modifies}"
    )
    # "during the campaign and the transition": two periods of the case, one span
    joined = rf"(?:during|in|throughout|over)\s+{words}\s+and\s+(?:the\s+)?(?:{names})\b{modifies}"
    return re.compile(
        rf"\b(?:{joined}|(?:{_PERIOD_PREPS}|prior to|ahead of|the eve of)\s+{words}"
        rf"|(?:at|on\s+the\s+(?:sidelines|margins)\s+of)\s+{words}(?![’']s\b)"
        rf"|while\s+{words}(?=\s+(?:was|were)\b)"
        rf"|(?:pre|post)-?(?:{names})\b)",
        re.IGNORECASE,
    )


def choose(spans: Iterator[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, the longest winning, returned in text order."""
    chosen: list[tuple[int, int]] = []  # in text order, so only the neighbours can overlap
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        at = bisect_left(chosen, (start, end))
        clear_before = at == 0 or chosen[at - 1][1] <= start
        clear_after = at == len(chosen) or end <= chosen[at][0]
        if clear_before and clear_after:
            chosen.insert(at, (start, end))
    return chosen


_RANGE_GAP = re.compile(r"\s*(?:[-–—]|\s(?:to|through|thru|until|till|and)\s)\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_OPEN_PREP = re.compile(
    r"\b(?:before|prior to|ahead of|until|till|up to|by|after|following|since|from|starting|"
    r"(?:on\s+)?the eve of)\s+(?P<the>the\s+)?$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"(?:before|prior to|ahead of|until|till|up to|by|after|following|since|from|starting)\s+",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+[a-z]+\b")
_MEASURE_BEFORE = re.compile(rf"\b(?:{MEASURES})\s+$", re.IGNORECASE)
_BARE_DAY_AFTER = re.compile(r"\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\b(?:,\s+\d{4}\b)?")


def grow(
    text: str, spans: list[tuple[int, int]], periods: Mapping[str, FuzzyDate]
) -> list[tuple[int, int]]:
    """Join neighbouring dates into ranges, then widen each to an open interval when a
    preposition before it makes one; every step is kept only if the grown span resolves."""
    joined = join_ranges(text, spans, periods)
    return [widen(text, span, periods) for span in joined]


def join_ranges(
    text: str, spans: list[tuple[int, int]], periods: Mapping[str, FuzzyDate]
) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in spans:
        tail = _BARE_DAY_AFTER.match(text, end)
        if tail and readable(text, start, tail.end(), periods):
            end = tail.end()
        if result and joinable(text, result[-1], (start, end), periods):
            result[-1] = (range_start(text, result[-1][0]), end)
        else:
            result.append((start, end))
    return result


def joinable(
    text: str, left: tuple[int, int], right: tuple[int, int], periods: Mapping[str, FuzzyDate]
) -> bool:
    if not _RANGE_GAP.fullmatch(text, left[1], right[0]):
        return False
    return readable(text, range_start(text, left[0]), right[1], periods)


def range_start(text: str, start: int) -> int:
    opener = ends_with(_RANGE_OPENER, text, start, 1)
    return opener.start() if opener else start


def widen(text: str, span: tuple[int, int], periods: Mapping[str, FuzzyDate]) -> tuple[int, int]:
    start, end = span
    prep = ends_with(_OPEN_PREP, text, start, 3)
    if not prep:
        return measured(text, span, periods)  # "after the election" was found whole
    if prep["the"]:
        noun = _NOUN_AFTER.match(text, end)
        if noun and readable(text, prep.start(), noun.end(), periods):
            return measured(text, (prep.start(), noun.end()), periods)
    if not readable(text, prep.start(), end, periods):
        return span
    return measured(text, (prep.start(), end), periods)


def measured(text: str, span: tuple[int, int], periods: Mapping[str, FuzzyDate]) -> tuple[int, int]:
    """An open interval widened to the measure before it ("the day after the election",
    "in the weeks before the inauguration") when the whole reads."""
    start, end = span
    measure = ends_with(_MEASURE_BEFORE, text, start, 4)
    if measure and readable(text, measure.start(), end, periods):
        return measure.start(), end
    return span


def ends_with(pattern: re.Pattern[str], text: str, end: int, words: int) -> re.Match[str] | None:
    """The match of a pattern anchored at its end (``…\\s+$``) that ends at ``end``, for a
    pattern of at most ``words`` words. Only the last words before ``end`` are searched (with
    the text around them in view, so ``\\b`` reads as before): searching all the text before
    every date made finding the dates of a long text quadratic."""
    return pattern.search(text, word_start(text, end, words), end)


def word_start(text: str, end: int, words: int) -> int:
    """Where the last ``words`` whitespace-separated words before ``end`` begin."""
    start = end
    for _ in range(words):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return start


def readable(text: str, start: int, end: int, periods: Mapping[str, FuzzyDate]) -> bool:
    """Whether the span reads as one date (against any anchor: only the shape matters here)."""
    return resolve(text[start:end], date(2000, 1, 1), periods) is not None
