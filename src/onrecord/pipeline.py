"""The jobs the front ends run, as plain library functions: the CLI and the web app both call
these and only format what they return."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from onrecord.case import Case
from onrecord.errors import InputError
from onrecord.extract import VERSION, extract_articles
from onrecord.ingest import Ingested, SourceMeta, ingest
from onrecord.store import Store

Progress = Callable[[str], None]


@dataclass
class AddResult:
    """What one ``add`` did: new articles, ones already stored, and the inputs that failed."""

    added: list[str] = field(default_factory=list)
    already_stored: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    extracted: int = 0  # articles (re-)extracted after ingest
    records: int = 0  # records the extraction stored


def _store_one(store: Store, item: Ingested, result: AddResult) -> None:
    if store.add_article(item.article, item.blocks, item.simhash):
        result.added.append(item.article.id)
    else:
        result.already_stored.append(item.article.id)


def add_sources(
    case: Case, sources: Sequence[str], meta: SourceMeta, progress: Progress | None = None
) -> AddResult:
    """Ingest ``sources`` into the case, one article per transaction, streaming.

    Each article is committed before the next is read, so a crash loses at most the article in
    flight and a re-run skips everything already stored (ids are content hashes)."""
    result = AddResult()
    with case.store() as store:
        for item in ingest(sources, meta, case.settings.ingest, store):
            if isinstance(item, InputError):
                result.failed.append(item)
            else:
                _store_one(store, item, result)
            if progress:
                progress(item.source if isinstance(item, InputError) else item.article.origin)
        result.extracted, result.records = extract_pending(case, store, progress)
    return result


def extract_pending(case: Case, store: Store, progress: Progress | None = None) -> tuple[int, int]:
    """Extract every stored article the current extractors have not seen; returns (articles,
    records). Each article's output is swapped in with its version mark in one transaction, so
    an interrupted run resumes where it stopped."""
    periods = case.casebook().periods
    articles = records = 0
    for extraction in extract_articles(
        store.pending_extraction(VERSION), case.settings.extract, periods
    ):
        store.replace_extraction(extraction.article, extraction.records, VERSION)
        articles += 1
        records += len(extraction.records)
        if progress:
            progress(f"extracted {extraction.article}")
    return articles, records
