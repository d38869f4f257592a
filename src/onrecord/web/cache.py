"""Views built from the whole record (the contradictions dashboard, the timeline, the graph),
kept per record version: rebuilt when the record changes (an ``add``, a ``check``, a merge or a
split), one build at a time.

A build reads every stored contradiction or statement, seconds on a 10k-article case. A view is
kept in the store for its version as a small JSON body (an index of what there is: what every
request reads) and JSON parts a request reads a few of by key (one finding, one lane, one edge):
a page reads kilobytes, not the record. ``onrecord check`` builds it (:func:`prepare_views`), so
a server started after a check, and its first reader, read it instead of building it (a
server that cannot write the store, a read-only database, serves what it built and says so
once). The server also starts reading the views as soon as it is up and again after a re-check
in the app.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from onrecord.store import Store, queries

T = TypeVar("T")
K = TypeVar("K")
log = logging.getLogger(__name__)
MEMO_PARTS = 4096  # parts a process keeps read (one finding, one lane, one edge each)


class Warmable(Protocol):
    def get(self, store: Store) -> object: ...


@dataclass(frozen=True)
class Built:
    """A view as the store keeps it: the body every request reads (an index of what there is),
    and the parts a request reads a few of, by key."""

    body: str
    parts: dict[str, str] = field(default_factory=dict)


class Parts:
    """The parts of one view version, read from the store a few at a time and kept once read
    (or held whole, for a view the store could not keep)."""

    def __init__(self, read: Callable[[Sequence[str]], dict[str, str]]) -> None:
        self._read = read
        self._kept: dict[str, str] = {}
        self._lock = threading.Lock()

    @classmethod
    def stored(cls, store: Store, name: str, version: str) -> Parts:
        return cls(lambda keys: store.view_parts(name, version, keys))

    @classmethod
    def held(cls, parts: dict[str, str]) -> Parts:
        return cls(lambda keys: {key: parts[key] for key in keys if key in parts})

    def get(self, keys: Iterable[str]) -> dict[str, str]:
        """The parts under ``keys`` that exist."""
        wanted = list(dict.fromkeys(keys))
        with self._lock:
            found = {key: self._kept[key] for key in wanted if key in self._kept}
        missing = [key for key in wanted if key not in found]
        if missing:
            read = self._read(missing)
            with self._lock:
                if len(self._kept) + len(read) > MEMO_PARTS:
                    self._kept.clear()
                self._kept.update(read)
            found.update(read)
        return found


class VersionCache(Generic[T]):
    """View ``name`` for the record's current version: its stored body read through ``read``
    (or else built with ``build`` and kept in the store for that version)."""

    def __init__(
        self, name: str, build: Callable[[Store], Built], read: Callable[[str, Parts], T]
    ) -> None:
        self.name = name
        self._build = build
        self._reader = read
        self._lock = threading.Lock()
        self._version: str | None = None
        self._value: T | None = None
        self._unkept = False  # a view could not be kept in the store (said once)

    def ready(self, store: Store) -> bool:
        """Is the value for the record's current version read already?"""
        return self._value is not None and self._version == queries.record_version(store)

    def get(self, store: Store) -> T:
        version = queries.record_version(store)
        with self._lock:
            if self._value is None or self._version != version:
                self._value, self._version = self._read(store, version), version
            return self._value

    def _read(self, store: Store, version: str) -> T:
        body = store.view(self.name, version)
        if body is not None:
            return self._reader(body, Parts.stored(store, self.name, version))
        built = self._build(store)
        if self._keep(store, version, built):
            return self._reader(built.body, Parts.stored(store, self.name, version))
        return self._reader(built.body, Parts.held(built.parts))

    def _keep(self, store: Store, version: str, built: Built) -> bool:
        """Keep the view built for a reader; a store that cannot take it (a read-only
        database) costs the next process a build, not this reader its page."""
        try:
            _put(store, self.name, version, built)
        except SQLAlchemyError as error:
            if not self._unkept:
                log.warning("could not keep the %s view in the store: %s", self.name, error)
            self._unkept = True
            return False
        return True

    def prepare(self, store: Store) -> None:
        """Build and keep the view for the current version, unless it is there."""
        version = queries.record_version(store)
        if store.view(self.name, version) is None:
            _put(store, self.name, version, self._build(store))


class CommitMemo(Generic[K, T]):
    """Answers read from the store, the last ``size`` asked for, kept until anything is
    committed to it (:meth:`Store.commit_stamp`: a new ``add``, ``check``, merge or verdict),
    so a page read again, or a search paged through, costs no query. A store with no commit
    stamp (PostgreSQL) keeps nothing: every answer is read afresh."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._stamp: int | None = None
        self._kept: dict[K, T] = {}

    def get(self, store: Store, key: K, compute: Callable[[], T]) -> T:
        stamp = store.commit_stamp()
        if stamp is None:
            return compute()
        with self._lock:
            if stamp != self._stamp:
                self._stamp, self._kept = stamp, {}
            if key in self._kept:
                value = self._kept.pop(key)  # the most recent goes last
                self._kept[key] = value
                return value
        value = compute()
        with self._lock:
            if stamp == self._stamp:
                self._kept[key] = value
                if len(self._kept) > self._size:
                    del self._kept[next(iter(self._kept))]
        return value


def _put(store: Store, name: str, version: str, built: Built) -> None:
    """The parts first: a body in the store for a version says its parts are there too."""
    store.put_view_parts(name, version, built.parts)
    store.put_view(name, version, built.body)


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
    gc.unfreeze()  # what an older record version's views held may be collected again
    for cache in caches:
        try:
            cache.get(store)
        except Exception:  # a request builds it again, and reports the error where it is seen
            log.warning("could not prepare a view in advance", exc_info=True)
    settle()


def settle() -> None:
    """Collect once, then move everything the server now holds out of the collector's reach.
    A full collection scans every object it tracks; with the views of a 10k-article record in
    memory that is a stall of 150 ms or more in whichever request sets it off. Frozen, they
    are scanned no more (and :func:`_build` thaws them when the views are built again)."""
    gc.collect()
    gc.freeze()
