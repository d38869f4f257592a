"""Views built from the whole record (the contradictions dashboard, the timeline, the graph),
kept per record version: rebuilt when the record changes (an ``add``, a ``check``, a merge or a
split), one build at a time.

A build reads every stored contradiction or statement, seconds on a 10k-article case. A view
with a :class:`Stored` form is kept in the store as JSON for its version: ``onrecord check``
builds it (:func:`prepare_views`), so a server started after a check, and its first reader,
read it instead of building it (a server that cannot write the store, a read-only database,
serves what it built and says so once). The server also starts building the views as soon as
it is up and again after a re-check in the app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from onrecord.store import Store, queries

T = TypeVar("T")
log = logging.getLogger(__name__)


class Warmable(Protocol):
    def get(self, store: Store) -> object: ...


@dataclass(frozen=True)
class Stored(Generic[T]):
    """How a view is kept in the store: its name and its JSON form both ways."""

    name: str
    dump: Callable[[T], str]
    load: Callable[[str], T]


class VersionCache(Generic[T]):
    """``load(store)`` for the record's current version; with ``stored``, read from (or else
    written to) the store for that version."""

    def __init__(self, load: Callable[[Store], T], stored: Stored[T] | None = None) -> None:
        self._load = load
        self._stored = stored
        self._lock = threading.Lock()
        self._version: str | None = None
        self._value: T | None = None
        self._unkept = False  # a view could not be kept in the store (said once)

    def ready(self, store: Store) -> bool:
        """Is the value for the record's current version built already?"""
        return self._value is not None and self._version == queries.record_version(store)

    def get(self, store: Store) -> T:
        version = queries.record_version(store)
        with self._lock:
            if self._value is None or self._version != version:
                self._value, self._version = self._read(store, version), version
            return self._value

    def _read(self, store: Store, version: str) -> T:
        stored = self._stored
        if stored is None:
            return self._load(store)
        body = store.view(stored.name, version)
        if body is not None:
            return stored.load(body)
        value = self._load(store)
        self._keep(store, stored, version, value)
        return value

    def _keep(self, store: Store, stored: Stored[T], version: str, value: T) -> None:
        """Keep the view built for a reader; a store that cannot take it (a read-only
        database) costs the next process a build, not this reader its page."""
        try:
            store.put_view(stored.name, version, stored.dump(value))
        except SQLAlchemyError as error:
            if not self._unkept:
                log.warning("could not keep the %s view in the store: %s", stored.name, error)
            self._unkept = True

    def prepare(self, store: Store) -> None:
        """Build and keep the stored form for the current version, unless it is there."""
        if self._stored is None:
            return
        version = queries.record_version(store)
        if store.view(self._stored.name, version) is None:
            store.put_view(self._stored.name, version, self._stored.dump(self._load(store)))


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
