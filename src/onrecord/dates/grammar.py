"""The shape of a date rule, and the context every rule resolves against.

A rule is one regular expression and one small function that turns its match into a
:class:`FuzzyDate`. Rules never look at the clock: everything relative goes through
:attr:`Context.today`, which raises :class:`NeedsAnchor` when the article has no known date,
so the caller can return an *unresolved* date instead of anchoring on today.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from onrecord.dates.fuzzy import FuzzyDate
from onrecord.dates.lexicon import compile_pattern
from onrecord.dates.tense import Leaning
from onrecord.dates.units import Direction

_BACKWARD = {"last", "past", "this past", "previous", "the past", "the previous"}
_FORWARD = {"next", "coming", "this coming", "following", "the coming", "the following"}


class NeedsAnchor(Exception):
    """A relative expression met an article without a known date."""


@dataclass(frozen=True)
class Context:
    """What a rule may know besides its match: the article's date and the sentence's leaning."""

    anchor: date | None
    leaning: Leaning = Leaning.PAST

    @property
    def today(self) -> date:
        if self.anchor is None:
            raise NeedsAnchor
        return self.anchor

    def direction(self, modifier: str | None = None) -> Direction:
        """ "last" looks back past the anchor, "next" forward; a bare name ("in April",
        "Tuesday") takes the nearest occurrence on the side the sentence leans to."""
        word = " ".join((modifier or "").lower().split())
        if word in _BACKWARD:
            return Direction.BEFORE
        if word in _FORWARD:
            return Direction.AFTER
        if self.leaning is Leaning.FUTURE:
            return Direction.ON_OR_AFTER
        return Direction.ON_OR_BEFORE


Build = Callable[[re.Match[str], Context], FuzzyDate | None]


@dataclass(frozen=True)
class Rule:
    """One kind of date expression.

    ``searchable`` is False for words that are dates only when someone has already said so
    ("current", "earlier", "soon"): :func:`resolve` reads them, :func:`find_dates` does not
    look for them in running text, where they are mostly something else.

    ``cues`` are words (or :data:`DIGIT`) of which every match holds at least one as a whole
    word: :func:`find_dates` searches running text with the rule only where one of them is,
    and one scan for every rule's cues costs less than a search per rule. Empty: always search.
    """

    name: str
    pattern: re.Pattern[str]
    build: Build
    searchable: bool = True
    cues: frozenset[str] = frozenset()


DIGIT = r"\d"  # the cue of rules whose every match holds a digit


def rule(
    name: str, pattern: str, *, cues: Iterable[str] = (), searchable: bool = True
) -> Callable[[Build], Rule]:
    """Decorator: the function below becomes the builder of a rule with this pattern."""

    def wrap(build: Build) -> Rule:
        words = frozenset(cue.lower() for cue in cues)
        return Rule(name, compile_pattern(pattern), build, searchable, words)

    return wrap


def group(match: re.Match[str], name: str) -> str | None:
    """A named group, lowercased with its whitespace collapsed, or None when it did not take
    part in the match."""
    value = match.groupdict().get(name)
    return " ".join(value.lower().split()) if value else None
