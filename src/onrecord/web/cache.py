"""Views built from the whole record (the contradictions dashboard, the timeline, the graph),
kept per record version: rebuilt when the record changes (an ``add``, a ``check``, a merge or a
split), one build at a time.

A build reads every stored contradiction or statement, seconds on a 10k-article case, so the
server starts building them as soon as it is up and again after a re-check in the app: the first
reader finds them ready instead of waiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar

from fastapi import FastAPI

from onrecord.store import Store, queries

T = TypeVar("T")
log = logging.getLogger(__name__)


class Warmable(Protocol):
    def get(self, store: Store) -> object: ...


class VersionCache(Generic[T]):
    """``load(store)`` for the record's current version."""

    def __init__(self, load: Callable[[Store], T]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._version: str | None = None
        self._value: T | None = None

    def ready(self, store: Store) -> bool:
        """Is the value for the record's current version built already?"""
        return self._value is not None and self._version == queries.record_version(store)

    def get(self, store: Store) -> T:
        version = queries.record_version(store)
        with self._lock:
            if self._value is None or self._version != version:
                self._value, self._version = self._load(store), version
            return self._value


def warm_views(app: FastAPI) -> threading.Thread:
    """Build the dashboard, the timeline and the graph for the current record in the background."""
    state = app.state
    return warm(state.store, (state.contradictions, state.visual.timeline, state.visual.graph))


def warm(store: Store, caches: Iterable[Warmable]) -> threading.Thread:
    """Build ``caches`` for the current record in a background thread."""
    thread = threading.Thread(target=_build, args=(store, tuple(caches)), daemon=True)
    thread.start()
    return thread


def _build(store: Store, caches: tuple[Warmable, ...]) -> None:
    for cache in caches:
        try:
            cache.get(store)
        except Exception:  # a request builds it again, and reports the error where it is seen
            log.warning("could not prepare a view in advance", exc_info=True)
