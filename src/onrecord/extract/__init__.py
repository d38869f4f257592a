"""Extract: per article, the cast and their roles, statements with stance, contact events, time
and report credits — every item with character offsets into the clean text.

:func:`extract_articles` is the stage's one entry point: it parses articles in batches with one
model per process and gives each article's records; the store swaps them in per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from onrecord.dates import FuzzyDate, Precision
from onrecord.extract import cast, events, nlp, reports, roles, statements
from onrecord.extract.cast import build_cast
from onrecord.extract.events import extract_events
from onrecord.extract.nlp import load_nlp
from onrecord.extract.reports import extract_reports
from onrecord.extract.roles import extract_roles
from onrecord.extract.stance import point_back
from onrecord.extract.statements import extract_statements
from onrecord.record import Article
from onrecord.settings import ExtractSettings

# Changes whenever an extractor's version does (each module bumps its own EXTRACTOR when its
# output changes), so stored articles are re-extracted.
VERSION = "+".join(module.EXTRACTOR for module in (nlp, cast, roles, statements, events, reports))


@dataclass(frozen=True)
class Extraction:
    """One article's extraction output (entities, mentions, roles, statements, events,
    reports), ready for :meth:`onrecord.store.Store.replace_extraction`."""

    article: str
    records: tuple[Any, ...]


def _anchor(article: Article) -> date | None:
    """The article's date anchors relative dates; without one they stay unresolved."""
    published = article.published
    if published is None or published.value.precision is not Precision.DAY:
        return None
    return published.value.start


def extract_article(doc: Any, article: Article, periods: Mapping[str, FuzzyDate]) -> Extraction:
    """Everything one parsed article says, in record form."""
    anchor = _anchor(article)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, anchor, periods)
    events = extract_events(doc, article, cast, anchor, periods, statements)
    statements = [point_back(doc, cast, s, events) for s in statements]
    records: list[Any] = [*cast.to_entities(), *cast.mentions()]
    records += extract_roles(doc, article, cast, periods)
    records += statements
    records += events
    records += extract_reports(doc, article, events, anchor)
    return Extraction(article.id, tuple(records))


def extract_articles(
    articles: Iterable[Article], settings: ExtractSettings, periods: Mapping[str, FuzzyDate]
) -> Iterator[Extraction]:
    """Parse with ``nlp.pipe`` in batches (the model loads once per process) and extract."""
    nlp = load_nlp(settings.spacy_model)
    pairs = ((article.clean_text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        yield extract_article(doc, article, periods)
