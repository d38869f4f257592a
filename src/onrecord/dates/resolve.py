"""Resolve date expressions in news text against the article's date (being built)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from onrecord.dates.fuzzy import FuzzyDate


def resolve(
    text: str, anchor: date | None = None, periods: Mapping[str, FuzzyDate] | None = None
) -> FuzzyDate | None:
    """Placeholder replaced by the resolver work in progress; ISO forms only."""
    try:
        return FuzzyDate.parse(text)
    except ValueError:
        return None
