"""Extract: per article, the cast and their roles, statements with stance, contact events, time
and report credits — every item with character offsets into the clean text.

:func:`extract_articles` is the stage's one entry point: it parses articles in batches with one
model per process and gives each article's records; the store swaps them in per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.batching import batches
from onrecord.dates import FuzzyDate
from onrecord.errors import ExtractionFailed, InputError
from onrecord.extract import cast, events, nlp, reports, roles, statements
from onrecord.extract.cast import build_cast
from onrecord.extract.events import extract_events
from onrecord.extract.nlp import load_nlp
from onrecord.extract.reports import extract_reports
from onrecord.extract.roles import extract_roles
from onrecord.extract.stance import point_back, same_account
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
    failure: InputError | None = None  # the extraction broke: no records, the reason instead


def extract_article(doc: Any, article: Article, periods: Mapping[str, FuzzyDate]) -> Extraction:
    """Everything one parsed article says, in record form."""
    anchor = article.anchor_day
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, anchor, periods)
    events = extract_events(doc, article, cast, anchor, periods, statements)
    statements = same_account([point_back(doc, cast, s, events) for s in statements])
    records: list[Any] = [*cast.to_entities(), *cast.mentions()]
    records += extract_roles(doc, article, cast, periods)
    records += statements
    records += events
    records += extract_reports(doc, article, events, anchor)
    return Extraction(article.id, tuple(records))


def extract_articles(
    articles: Iterable[Article], settings: ExtractSettings, periods: Mapping[str, FuzzyDate]
) -> Iterator[Extraction]:
    """Parse with ``nlp.pipe`` a batch at a time (the model loads once per process) and extract.

    A text longer than the parser's ``max_length`` is parsed in parts and the parts joined back
    into one Doc (same text, same offsets): refusing it would leave the article pending and
    stop every later extraction of the case at it."""
    nlp = load_nlp(settings.spacy_model)
    for batch in batches(articles, settings.batch_size):
        yield from _batch_extractions(nlp, batch, settings.batch_size, periods)


def _batch_extractions(
    nlp: Language, batch: list[Article], size: int, periods: Mapping[str, FuzzyDate]
) -> Iterator[Extraction]:
    """The batch's extractions. A parser that breaks on one text (a component's bug, a
    MemoryError) breaks the whole ``nlp.pipe`` call: the batch is then parsed again article by
    article, so only the article it breaks on fails, by name, and the others are extracted."""
    try:
        parsed = list(_parsed(nlp, batch, size))
    except Exception as error:  # any parser failure: find the article it belongs to
        if len(batch) == 1:
            yield failed_extraction(batch[0], error)
            return
        for article in batch:
            yield from _batch_extractions(nlp, [article], size, periods)
        return
    for doc, article in parsed:
        yield _extract_or_fail(doc, article, periods)


def _parsed(nlp: Language, articles: list[Article], size: int) -> Iterator[tuple[Doc, Article]]:
    """Each article's Doc: the Docs of a long text's parts joined back into one."""
    done: list[Doc] = []
    for doc, (article, index, count) in nlp.pipe(
        _parts(articles, nlp.max_length), as_tuples=True, batch_size=size
    ):
        done.append(doc)
        if index == count - 1:
            yield done[0] if count == 1 else Doc.from_docs(done, ensure_whitespace=False), article
            done = []


def _extract_or_fail(doc: Any, article: Article, periods: Mapping[str, FuzzyDate]) -> Extraction:
    """One article's extraction, or its named failure: an extractor that breaks on one text
    (a bug, a pathological sentence) must not end the run and lose the others' output."""
    try:
        return extract_article(doc, article, periods)
    except Exception as error:  # any extractor bug becomes a named failure
        return failed_extraction(article, error)


def failed_extraction(article: Article, error: BaseException) -> Extraction:
    """The article's extraction as a named failure (OR112): no records, the reason instead."""
    failure = InputError.of(article.origin or article.id, ExtractionFailed.of(error))
    return Extraction(article.id, (), failure)


def _parts(
    articles: Iterable[Article], limit: int
) -> Iterator[tuple[str, tuple[Article, int, int]]]:
    """Each article's text parts, with the article, the part's index and the number of parts."""
    for article in articles:
        pieces = split_text(article.clean_text, limit)
        for index, piece in enumerate(pieces):
            yield piece, (article, index, len(pieces))


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in consecutive parts of at most ``limit`` characters, cut after a paragraph or
    line break where there is one (else after a space, else anywhere): the parts joined give
    ``text`` back exactly."""
    parts: list[str] = []
    while len(text) > limit:
        cut = _cut_point(text, limit)
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


def _cut_point(text: str, limit: int) -> int:
    for separator in ("\n\n", "\n", " "):
        position = text.rfind(separator, limit // 2, limit)
        if position != -1:
            return position + len(separator)
    return limit
