"""Ingest fixtures: settings tuned for fast tests, a fresh memory, and a real HTTP server."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

import pytest

from onrecord.errors import InputError
from onrecord.ingest import Ingested, InMemoryIngestMemory, Skipped, SourceMeta, ingest
from onrecord.settings import IngestSettings, load_settings
from onrecord.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture
def settings() -> IngestSettings:
    """The shipped defaults with a short timeout and one retry, so failures fail fast, and
    private addresses allowed: the test server listens on 127.0.0.1."""
    return replace(
        load_settings().ingest, timeout_seconds=1.0, retries=1, allow_private_addresses=True
    )


@pytest.fixture
def memory() -> InMemoryIngestMemory:
    return InMemoryIngestMemory()


@dataclass
class Run:
    """What one ingest run yielded, split into articles and errors (articles remembered)."""

    articles: list[Ingested] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@pytest.fixture
def case_store(store_url: str) -> Iterator[Store]:
    """A case's store, on SQLite and on PostgreSQL (when ONRECORD_TEST_PG is set): what a
    hostile input yields must also be storable, on both."""
    with Store.open(store_url) as store:
        yield store


def run_ingest(
    sources: list[str | Path],
    settings: IngestSettings,
    memory: InMemoryIngestMemory | Store,
    meta: SourceMeta | None = None,
) -> Run:
    """Ingest and keep each article (remembered, or stored as ``add`` stores it) before the
    next is read."""
    run = Run()
    names = [str(source) for source in sources]
    for item in ingest(names, meta or SourceMeta(), settings, memory, run.skipped.append):
        if isinstance(item, InputError):
            run.errors.append(item)
        else:
            _keep(memory, item)
            run.articles.append(item)
    return run


def _keep(memory: InMemoryIngestMemory | Store, item: Ingested) -> None:
    if isinstance(memory, Store):
        memory.add_article(item.article, item.blocks, item.fingerprint)
        assert memory.clean_text(item.article.id) == item.article.clean_text
    else:
        memory.remember(item)


@dataclass(frozen=True)
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    trickle: float = 0.0  # seconds between the body's bytes
    location: str | None = None


@dataclass
class Site:
    """A real HTTP server on 127.0.0.1; ``routes`` maps paths to responses."""

    base: str
    routes: dict[str, Route]
    hits: dict[str, int] = field(default_factory=dict)
    agents: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)  # the Host header of each request

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Callable[[], Site]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served = site()
            served.hits[self.path] = served.hits.get(self.path, 0) + 1
            served.agents.append(self.headers.get("User-Agent", ""))
            served.hosts.append(self.headers.get("Host", ""))
            route = served.routes.get(self.path, Route(b"not found", 404, "text/plain"))
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if route.trickle:
                    _trickle(self.wfile, route.body, route.trickle)
                else:
                    self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: test output shows failures, not access logs."""

    return Handler


def _trickle(stream: BinaryIO, body: bytes, pause: float) -> None:
    """The body a byte at a time, each after ``pause`` seconds: never idle long enough for a
    read timeout."""
    for index in range(len(body)):
        stream.write(body[index : index + 1])
        stream.flush()
        time.sleep(pause)


@pytest.fixture
def site() -> Iterator[Site]:
    holder: list[Site] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(lambda: holder[0]))
    server.daemon_threads = True
    holder.append(Site(f"http://127.0.0.1:{server.server_address[1]}", {}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
