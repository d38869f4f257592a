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
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from onrecord.batching import batches
from onrecord.dates import FuzzyDate
from onrecord.extract import Extraction, extract_articles, failed_extraction
from onrecord.record import Article
from onrecord.settings import ExtractSettings

_IN_FLIGHT_PER_WORKER = 2
_PARENT_CHECK_SECONDS = 0.5


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


class _Workers:
    """The worker pool, started afresh when a worker dies: a killed or crashed worker (SIGKILL,
    a segfault in the parser, the kernel's OOM killer) breaks the whole pool and fails every
    future in it, the innocent batches' too."""

    def __init__(
        self, workers: int, settings: ExtractSettings, periods: Mapping[str, FuzzyDate]
    ) -> None:
        self._workers = workers
        self._settings = settings
        self._periods = dict(periods)
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: a forked worker would inherit the caller's open database connections.
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )

    def submit(self, batch: list[Article]) -> Future[list[Extraction]]:
        """The batch's future. A pool a worker's death has broken refuses new work at once; the
        refusal comes back as a failed future, so the caller recovers it like any other death
        instead of the run ending on it."""
        try:
            return self._pool.submit(_extract_batch, batch, self._settings, self._periods)
        except BrokenProcessPool as error:
            refused: Future[list[Extraction]] = Future()
            refused.set_exception(error)
            return refused

    def recover(self, error: BaseException) -> None:
        """After a failed batch: a broken pool is replaced; a working one is kept. Shutting the
        broken one down waits for it to fail all its futures, so none is left running."""
        if isinstance(error, BrokenProcessPool):
            self._pool.shutdown()
            self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown()


def _pooled(
    articles: Iterable[Article],
    settings: ExtractSettings,
    periods: Mapping[str, FuzzyDate],
    workers: int,
) -> Iterator[Extraction]:
    pool = _Workers(workers, settings, periods)
    try:
        pending: deque[tuple[list[Article], Future[list[Extraction]]]] = deque()
        for batch in batches(articles, settings.batch_size):
            pending.append((batch, pool.submit(batch)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield from _next_results(pool, pending)
        while pending:
            yield from _next_results(pool, pending)
    finally:
        pool.close()


def _next_results(
    pool: _Workers, pending: deque[tuple[list[Article], Future[list[Extraction]]]]
) -> list[Extraction]:
    """The first pending batch's extractions. When its worker died, the pool is started again,
    the batch is run alone (so a death names its cause) and the other batches the death
    failed are sent again."""
    batch, future = pending.popleft()
    try:
        return future.result()
    except Exception as error:  # a dead worker or a result that did not come back
        pool.recover(error)
    results = _alone(pool, batch)
    for index, (waiting, sent) in enumerate(pending):
        if sent.done() and sent.exception() is not None:
            pending[index] = (waiting, pool.submit(waiting))
    return results


def _alone(pool: _Workers, batch: list[Article]) -> list[Extraction]:
    """``batch`` sent again by itself; if it fails again, each of its articles by itself, and
    an article that fails alone is its named failure (OR112): one poisoned text costs its own
    extraction, never the run's."""
    try:
        return pool.submit(batch).result()
    except Exception as error:  # the worker died (or the result was lost) on this batch
        pool.recover(error)
        if len(batch) == 1:
            return [failed_extraction(batch[0], error)]
    return [extraction for article in batch for extraction in _alone(pool, [article])]
