"""Score the date resolver on TimeML (TempEval-3 TimeBank / AQUAINT) with gold spans.

Every gold ``TIMEX3`` of type DATE except the document creation time (DCT) is given to the
resolver with the DCT as anchor; the answer counts as correct when it has the gold value *at the
gold's precision*: for gold ``1998-02`` only February 1998 as a month (or a part of it, such as
"late February") is right — a day in February is not, because it claims more than the text said.

How a fuzzy date is compared with a TimeML value:

- a calendar unit is written as TimeML writes it: ``2016-04-27``, ``2016-W15``, ``2016-W15-WE``
  (a weekend), ``2016-04``, ``2016-Q3``, ``2016-H2``, ``2016-SU``, ``2016``, ``199`` (the
  1990s), ``19`` (1900–1999); any other span is written as the smallest week, month, year or
  decade holding it — TimeML puts "late"/"early" in a separate ``mod`` attribute and keeps the
  unit;
- the record has no symbol for "now", "the past" or "the future": ``PRESENT_REF`` is right when
  the answer holds the DCT, ``PAST_REF`` when it is a vague span (open or range) ending by the
  DCT, ``FUTURE_REF`` when it is a vague span starting on or after it;
- gold values are normalised before comparing: unspecified tails are dropped (``1995-XX-XX`` is
  the year 1995, ``199X`` the decade), week numbers are zero-padded (``2000-W7``), and a time of
  day is cut to its day, as the record has day resolution. Gold values that stay underspecified
  (``1989-WXX``) or are durations (``P1D``) cannot be matched; they still count as gold.

``context=True`` resolves each span with the tense of the words before it, the way
:func:`onrecord.dates.resolve.find_dates` does in the pipeline; ``context=False`` calls
``resolve(text, anchor)`` alone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from onrecord.dates.fuzzy import FuzzyDate, Precision
from onrecord.dates.resolve import resolve
from onrecord.dates.tense import Leaning, leaning_before
from onrecord.dates.units import half, quarter, season_code, week_of

_REFS = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}
_VAGUE = {Precision.RANGE, Precision.OPEN}


@dataclass(frozen=True)
class GoldDate:
    """One gold TIMEX3 of type DATE with what the resolver is given."""

    file: str
    text: str
    value: str
    anchor: date
    preceding: str  # the document text before the expression (for its tense)


@dataclass(frozen=True)
class Outcome:
    gold: GoldDate
    answer: FuzzyDate | None
    correct: bool

    @property
    def answered(self) -> bool:
        return self.answer is not None and self.answer.resolved


def evaluate_timeml(path: Path, *, context: bool = True) -> dict[str, Any]:
    """Resolve every gold date under ``path`` (a ``.tml`` file or a folder searched
    recursively) and return the scores as a JSON-able dict."""
    outcomes = [score(gold, context) for gold in gold_dates(path)]
    summary = tally(outcomes)
    summary["files"] = len(timeml_files(path))
    summary["context"] = context
    summary["by_gold_precision"] = {
        label: tally([o for o in outcomes if gold_label(o.gold.value) == label])
        for label in sorted({gold_label(o.gold.value) for o in outcomes})
    }
    return summary


def tally(outcomes: list[Outcome]) -> dict[str, Any]:
    gold = len(outcomes)
    answered = sum(o.answered for o in outcomes)
    correct = sum(o.correct for o in outcomes)
    precision = correct / answered if answered else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if correct else 0.0
    return {
        "gold": gold,
        "answered": answered,
        "correct": correct,
        "accuracy": round(recall, 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def score(gold: GoldDate, context: bool) -> Outcome:
    leaning = leaning_before(gold.preceding) if context else Leaning.PAST
    answer = resolve(gold.text, gold.anchor, leaning=leaning)
    correct = answer is not None and matches(answer, gold.value, gold.anchor)
    return Outcome(gold, answer, correct)


def timeml_files(path: Path) -> list[Path]:
    return [path] if path.is_file() else sorted(path.rglob("*.tml"))


def gold_dates(path: Path) -> Iterator[GoldDate]:
    for file in timeml_files(path):
        yield from read_timeml(file)


def read_timeml(file: Path) -> Iterator[GoldDate]:
    """The DATE expressions of one TimeML document, with its creation time as anchor."""
    root = ElementTree.parse(file).getroot()
    anchor = creation_time(root)
    body = root.find("TEXT")
    if anchor is None or body is None:
        return
    for timex, preceding in timexes_with_preceding_text(body):
        if timex.get("type") == "DATE" and timex.get("functionInDocument") != "CREATION_TIME":
            text = "".join(timex.itertext())
            yield GoldDate(file.name, text, timex.get("value", ""), anchor, preceding)


def creation_time(root: ElementTree.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return date.fromisoformat(timex.get("value", "")[:10])
    return None


def timexes_with_preceding_text(
    body: ElementTree.Element,
) -> Iterator[tuple[ElementTree.Element, str]]:
    """Each TIMEX3 in document order with all the text that comes before it."""
    seen: list[str] = []

    def walk(element: ElementTree.Element) -> Iterator[tuple[ElementTree.Element, str]]:
        seen.append(element.text or "")
        for child in element:
            if child.tag == "TIMEX3":
                yield child, "".join(seen)
                seen.append("".join(child.itertext()))
            else:
                yield from walk(child)
            seen.append(child.tail or "")

    yield from walk(body)


# -- comparing values ----------------------------------------------------------------------------


def normalise_gold(value: str) -> str:
    """TimeML value in the form :func:`timex_value` writes (see the module docstring)."""
    value = value.split("T")[0] if re.match(r"\d{4}-\d\d-\d\dT", value) else value
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    week = re.fullmatch(r"(\d{4})-W(\d)(-WE)?", value)
    if week:
        value = f"{week[1]}-W0{week[2]}{week[3] or ''}"
    return value


def gold_label(value: str) -> str:
    """The gold's precision, for the per-precision breakdown."""
    if value in _REFS:
        return _REFS[value]
    normal = normalise_gold(value)
    if "X" in normal or normal.startswith("P"):
        return "unspecified or duration"
    patterns = {
        r"\d{4}-\d\d-\d\d": "day",
        r"\d{4}-W\d\d": "week",
        r"\d{4}-W\d\d-WE": "weekend",
        r"\d{4}-\d\d": "month",
        r"\d{4}-Q\d": "quarter",
        r"\d{4}-H\d": "half year",
        r"\d{4}-(?:SP|SU|FA|WI)": "season",
        r"\d{4}": "year",
        r"\d{3}": "decade",
        r"\d{2}": "century",
    }
    for pattern, label in patterns.items():
        if re.fullmatch(pattern, normal):
            return "day" if label == "day" and "T" in value else label
    return "other"


def matches(answer: FuzzyDate, gold: str, anchor: date) -> bool:
    if not answer.resolved:
        return False
    if gold == "PRESENT_REF":
        return answer.contains(anchor)
    if gold == "PAST_REF":
        return answer.precision in _VAGUE and answer.end is not None and answer.end <= anchor
    if gold == "FUTURE_REF":
        return answer.precision in _VAGUE and answer.start is not None and answer.start >= anchor
    return timex_value(answer) == normalise_gold(gold)


def timex_value(value: FuzzyDate) -> str | None:
    """The TimeML value of a resolved interval: its exact calendar unit when it is one, else
    the smallest week, month, year or decade that holds it; None for open intervals."""
    if value.start is None or value.end is None:
        return None
    return exact_unit(value.start, value.end) or holding_unit(value.start, value.end)


def exact_unit(start: date, end: date) -> str | None:
    year = start.year
    as_range = FuzzyDate(start, end, Precision.RANGE)
    checks: list[tuple[bool, str]] = [
        (start == end, start.isoformat()),
        (week_of(start).start == start and week_of(start).end == end, iso_week(start)),
        (start.weekday() == 5 and end == start + timedelta(days=1), iso_week(start) + "-WE"),
        (FuzzyDate.month(year, start.month).end == end and start.day == 1, start.isoformat()[:7]),
        *((same_span(quarter(year, q), start, end), f"{year}-Q{q}") for q in range(1, 5)),
        *((same_span(half(year, h), start, end), f"{year}-H{h}") for h in (1, 2)),
        (season_code(as_range) is not None, f"{year}-{season_code(as_range)}"),
        ((start, end) == (date(year, 1, 1), date(year, 12, 31)), str(year)),
        (is_years(start, end, 10), str(year)[:3]),
        (is_years(start, end, 100), str(year)[:2]),
    ]
    return next((label for ok, label in checks if ok), None)


def holding_unit(start: date, end: date) -> str | None:
    if week_of(start) == week_of(end):
        return iso_week(start)
    if (start.year, start.month) == (end.year, end.month):
        return start.isoformat()[:7]
    if start.year == end.year:
        return str(start.year)
    return str(start.year)[:3] if start.year // 10 == end.year // 10 else None


def same_span(value: FuzzyDate, start: date, end: date) -> bool:
    return (value.start, value.end) == (start, end)


def is_years(start: date, end: date, length: int) -> bool:
    return (
        start == date(start.year, 1, 1)
        and start.year % length == 0
        and end == date(start.year + length - 1, 12, 31)
    )


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
