"""The words of English news dates, as regex fragments and lookup tables.

Every pattern in the date grammar is built from these fragments so that "Sept.", "Sep" and
"September" are one month everywhere, and a number may be written "3", "three" or "a".
Patterns are written with plain spaces; :func:`compile_pattern` makes each space accept any run
of whitespace and matches case-insensitively, so offsets found in the original text stay exact.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "a couple of": 2, "a dozen": 12,
}  # fmt: skip

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip


UNITS: dict[str, int] = {
    word: value for word, value in SMALL_NUMBERS.items() if " " not in word and value < 10
}
UNITS.pop("a")
UNITS.pop("an")


def alternation(*tables: dict[str, int] | dict[str, str]) -> str:
    """A non-capturing alternation, longest words first so "sept" wins over "sep"."""
    ordered = sorted({word for table in tables for word in table}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace("\\ ", " ") for word in ordered) + ")"


_MONTH_NAMES = {name: number for name, number in MONTHS.items() if len(name) > 4 or name == "may"}
_MONTH_NAMES.update(june=6, july=7)
_MONTH_ABBREVIATIONS = {name: number for name, number in MONTHS.items() if name not in _MONTH_NAMES}
MONTH = rf"(?:{alternation(_MONTH_NAMES)}|{alternation(_MONTH_ABBREVIATIONS)}\.?)"
WEEKDAY = alternation(WEEKDAYS)
NUMBER = r"(?:\d{1,3}|" + alternation(SMALL_NUMBERS) + ")"
_TEEN_OR_UNIT = alternation({w: v for w, v in SMALL_NUMBERS.items() if " " not in w and v > 0})
SPELLED_YEAR = (
    rf"(?:(?:nineteen|twenty) (?:{alternation(TENS)}(?:[- ]{alternation(UNITS)})?|hundred)"
    rf"|two thousand(?: (?:and )?{_TEEN_OR_UNIT})?)"
)
SEASON = alternation(SEASONS)
ORDINAL = alternation(ORDINALS)
DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|2[01]\d\d)"
DASH = r"[-–—]"
TIME_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a grammar pattern: spaces match any whitespace, whole words only."""
    flexible = pattern.replace(" ", r"\s+")
    return re.compile(rf"(?<![\w'])(?:{flexible})(?![\w])", re.IGNORECASE)


_WORD = re.compile(r"\w+")
# The letters that Python's case-insensitive matching equates with an ASCII letter besides its
# own two cases (the Kelvin sign lowers to "k" by itself): a pattern matching "ſunday" matches
# "sunday", so the word must read "sunday" here too.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def words_of(text: str) -> set[str]:
    """The text's words (runs of ``\\w``), lowercased as a case-insensitive pattern compares
    them: a pattern that needs one of some words cannot match a text whose words hold none, and
    reading the words once costs less than a search."""
    return {word.lower() for word in _WORD.findall(text.translate(_FOLD))}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]


def number_value(word: str) -> int:
    """ "3", "three", "a" or "a couple of" as an integer."""
    cleaned = " ".join(word.lower().split())
    return int(cleaned) if cleaned.isdigit() else SMALL_NUMBERS[cleaned]


def day_value(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def spelled_year(text: str) -> int:
    """ "nineteen ninety-six" → 1996, "two thousand and one" → 2001 (broadcast transcripts)."""
    words = re.sub(r"[-\s]+", " ", text.lower()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(SMALL_NUMBERS[word] for word in words[2:])
    century = SMALL_NUMBERS[words[0]] * 100
    if words[1] == "hundred":
        return century
    return century + TENS[words[1]] + sum(UNITS[word] for word in words[2:])
