"""Dates in the record: fuzzy intervals with precision, and the resolver that reads them from text.

``from onrecord.dates import resolve`` is the public API: ``resolve("last April",
anchor=date(2017, 3, 2))`` gives April 2016 at month precision.
"""

from onrecord.dates.fuzzy import FuzzyDate, Precision
from onrecord.dates.resolve import DateMention, find_dates, resolve

__all__ = ["DateMention", "FuzzyDate", "Precision", "find_dates", "resolve"]
