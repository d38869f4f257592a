"""Extraction on all local cores: worker processes that each load the model once.

Articles go out in batches and come back as records (frozen dataclasses pickle cheaply; spaCy
Docs never cross a process boundary). At most a few batches per worker are in flight, so memory
stays flat however long the stream of articles is, and results come back in input order, so a
run is deterministic whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar

from onrecord.dates import FuzzyDate
from onrecord.extract import Extraction, extract_articles
from onrecord.record import Article
from onrecord.settings import ExtractSettings

_IN_FLIGHT_PER_WORKER = 2
_PARENT_CHECK_SECONDS = 0.5
T = TypeVar("T")


def worker_count(settings: ExtractSettings) -> int:
    """``workers: 0`` means every core this process may use."""
    if settings.workers > 0:
        return settings.workers
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _extract_batch(
    batch: list[Article], settings: ExtractSettings, periods: Mapping[str, FuzzyDate]
) -> list[Extraction]:
    """Runs in a worker: the model is loaded on the worker's first batch and kept (lru_cache)."""
    return list(extract_articles(batch, settings, periods))


def die_with_parent(parent: int) -> None:
    """Runs in each worker as it starts: a watcher thread ends the worker once ``parent`` is
    gone. A parent killed with SIGKILL runs no cleanup, and its workers would otherwise sit
    idle forever, each holding a loaded model (and the resource tracker with them)."""
    watcher = threading.Thread(target=_watch_parent, args=(parent,), daemon=True)
    watcher.start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_in_parallel(
    articles: Iterable[Article], settings: ExtractSettings, periods: Mapping[str, FuzzyDate]
) -> Iterator[Extraction]:
    """Every article's extraction, in input order. A run of fewer than two batches, or a
    setting of one worker, stays in this process: starting workers (each loads the model)
    costs more than it saves there."""
    workers = worker_count(settings)
    stream = iter(articles)
    head = list(islice(stream, 2 * settings.batch_size))
    if workers == 1 or len(head) < 2 * settings.batch_size:
        yield from extract_articles(chain(head, stream), settings, periods)
        return
    yield from _pooled(chain(head, stream), settings, periods, workers)


def _pooled(
    articles: Iterable[Article],
    settings: ExtractSettings,
    periods: Mapping[str, FuzzyDate],
    workers: int,
) -> Iterator[Extraction]:
    # spawn, not fork: a forked worker would inherit the caller's open database connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        pending: deque[Future[list[Extraction]]] = deque()
        for batch in batches(articles, settings.batch_size):
            pending.append(pool.submit(_extract_batch, batch, settings, dict(periods)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
