"""How the dossier puts record values into words (one place, both formats)."""

from __future__ import annotations

from onrecord.dates import FuzzyDate
from onrecord.record import Stance, Timing

TIMING = {
    Timing.RECORD_PREDATES: "the record already showed this when it was said",
    Timing.LATER: "surfaced later: the record showed it only after it was said",
    Timing.UNORDERED: "not known: the statement or the first report is undated, or they overlap",
}

STANCE = {
    Stance.DENY: "denies",
    Stance.AFFIRM: "affirms",
    Stance.DECLINE: "declines to answer",
    Stance.NOT_RECALL: "does not recall",
    Stance.DISMISS: "dismisses",
    Stance.OTHER: "says",
}


def when(value: FuzzyDate | None, unknown: str = "undated") -> str:
    """A date at the precision the text gave; an unresolved one keeps its own words."""
    if value is None:
        return unknown
    return value.iso() or (f"“{value.expression}” (unresolved)" if value.expression else unknown)


def quoted(words: str) -> str:
    return f"“{words}”"


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def sources(number: int) -> str:
    return count(number, "independent source")


def headline(words: str, limit: int = 80) -> str:
    """The first words of a quote, for a heading a reader can scan."""
    text = " ".join(words.split())
    return quoted(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def names(values: tuple[str, ...]) -> str:
    if len(values) <= 2:
        return " and ".join(values)
    return f"{', '.join(values[:-1])} and {values[-1]}"
