"""Ingest: sources (files, folders, JSONL, WARC, URLs, feeds) → clean text + metadata → Articles.

The one entry point is :func:`ingest`. It streams: each source is read lazily and each article
is yielded before the next is read, so the caller can store it (one transaction) and the
recurring-block counter and near-duplicate index see it before the next article is cleaned.
A failed input is yielded as an :class:`~onrecord.errors.InputError` and the run goes on, whatever
the exception: an input that breaks a reader in an unforeseen way is named, never fatal.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from onrecord.errors import IngestError, InputError, UnexpectedFailure
from onrecord.ingest.article import Ingested, SourceMeta, build
from onrecord.ingest.document import Document, Items, Skipped
from onrecord.ingest.memory import IngestMemory, InMemoryIngestMemory
from onrecord.ingest.sources.files import STDIN, guarded, read_path, read_stream
from onrecord.ingest.sources.urls import is_url, read_url
from onrecord.ingest.sources.web import Web
from onrecord.settings import IngestSettings

__all__ = ["InMemoryIngestMemory", "IngestMemory", "Ingested", "Skipped", "SourceMeta", "ingest"]

OnSkip = Callable[[Skipped], None]


def ingest(
    sources: Sequence[str],
    meta: SourceMeta,
    settings: IngestSettings,
    memory: IngestMemory,
    on_skip: OnSkip | None = None,
) -> Iterator[Ingested | InputError]:
    """Every article (or input error) from ``sources``, in order, one at a time; files a folder
    holds that ``add`` does not read go to ``on_skip``."""
    with Web(settings) as web:
        for source in sources:
            for item in guarded(source, functools.partial(_items, source, settings, web)):
                if isinstance(item, Skipped):
                    if on_skip:
                        on_skip(item)
                elif isinstance(item, InputError):
                    yield item
                else:
                    yield _article(item, meta, settings, memory)


def _items(source: str, settings: IngestSettings, web: Web) -> Items:
    if source == STDIN:
        return read_stream(sys.stdin.buffer, settings.max_bytes, web)
    if is_url(source):
        return read_url(source.strip(), web)
    return read_path(Path(source), settings.max_bytes, web)


def _article(
    document: Document, meta: SourceMeta, settings: IngestSettings, memory: IngestMemory
) -> Ingested | InputError:
    try:
        return build(document, meta, settings, memory)
    except IngestError as error:
        return InputError.of(document.origin, error)
    except Exception as error:  # one input never ends the run, whatever breaks on it
        return InputError.of(document.origin, UnexpectedFailure.of(error))
