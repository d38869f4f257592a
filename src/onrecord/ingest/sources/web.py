"""Fetching pages politely: one HTTP client per run, the user agent from settings, redirects
followed, a timeout per request, retries with exponential backoff for timeouts and server
errors (never for 4xx), bodies read only up to ``max_bytes``, and robots.txt obeyed when
``respect_robots`` is set.

robots.txt follows RFC 9309: a missing file (4xx) allows everything; an unreachable one
(5xx or network failure) disallows the site for this run, and each page of it fails with the
real cause (a refused connection is no robots.txt rule).

A whole fetch has a deadline (``deadline_seconds``): the timeout bounds each read only, and a
server sending a byte every few seconds would otherwise hold the run forever. Every request,
redirects included, goes only to public addresses unless ``allow_private_addresses`` is set.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from onrecord.errors import FetchFailed, IngestError, RefusedTarget
from onrecord.ingest.document import Document, Fields, Kind
from onrecord.ingest.reading import charset_of, decode, read_limited
from onrecord.settings import IngestSettings

BACKOFF_SECONDS = 0.25


@dataclass(frozen=True)
class Response:
    """A fetched body and what the server said about it."""

    url: str  # after redirects
    content_type: str
    body: bytes

    @property
    def charset(self) -> str | None:
        return charset_of(self.content_type)


class Retryable(FetchFailed):
    """A failure worth another attempt (timeout, connection error, 5xx)."""


class Web:
    """The run's HTTP client, opened on first use so runs without URLs never start one."""

    def __init__(self, settings: IngestSettings) -> None:
        self._settings = settings
        self._client: httpx.Client | None = None
        self._robots: dict[str, RobotFileParser | FetchFailed] = {}

    def __enter__(self) -> Web:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()

    def fetch(self, url: str) -> Response:
        """The page at ``url``, or ``FetchFailed`` saying why not."""
        if not self._settings.allow_private_addresses:
            refuse_private(url)
        if self._settings.respect_robots and not self._allowed(url):
            raise FetchFailed("disallowed by robots.txt")
        for attempt in range(self._settings.retries + 1):
            try:
                return self._get(url)
            except Retryable:
                if attempt == self._settings.retries:
                    raise
                time.sleep(BACKOFF_SECONDS * 2**attempt)
        raise AssertionError("unreachable: the loop returns or raises")

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=True,
                timeout=self._settings.timeout_seconds,
                headers={"User-Agent": self._settings.user_agent},
                event_hooks={"request": [self._check_redirect]},
            )
        return self._client

    def _check_redirect(self, request: httpx.Request) -> None:
        """Each request, redirects included, to a public address only (unless allowed)."""
        if not self._settings.allow_private_addresses:
            refuse_private(str(request.url))

    def _get(self, url: str) -> Response:
        deadline = time.monotonic() + self._settings.deadline_seconds
        try:
            with self.client.stream("GET", url) as response:
                _check_status(response)
                chunks = _until(deadline, self._settings.deadline_seconds, response.iter_bytes())
                body = read_limited(chunks, self._settings.max_bytes)
                content_type = response.headers.get("content-type", "")
                return Response(str(response.url), content_type, body)
        except httpx.TimeoutException as error:
            seconds = self._settings.timeout_seconds
            raise Retryable(f"timed out after {seconds:g}s") from error
        except httpx.TransportError as error:
            raise Retryable(f"network error: {error}") from error
        except httpx.InvalidURL as error:
            raise FetchFailed(f"not a valid URL: {error}") from error

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, FetchFailed):
            raise FetchFailed(f"{rules.message} (reading robots.txt; the site is not fetched)")
        return rules.can_fetch(self._settings.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser | FetchFailed:
        """The site's rules, or why robots.txt could not be read (the site is then skipped)."""
        rules = RobotFileParser()
        try:
            response = self._get(f"{origin}/robots.txt")
        except IngestError as error:
            if isinstance(error, Retryable | RefusedTarget):
                return error
            rules.parse([])
            return rules
        rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return rules


def _until(deadline: float, seconds: float, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """``chunks`` until the deadline passes, then a failure saying so."""
    for chunk in chunks:
        if time.monotonic() > deadline:
            raise FetchFailed(f"gave up after {seconds:g}s: the server sends too slowly")
        yield chunk


def refuse_private(url: str) -> None:
    """``RefusedTarget`` naming the address when ``url``'s host is or resolves to a private,
    loopback, link-local or otherwise non-public address."""
    host = urlsplit(url).hostname
    if not host:
        return
    for address in _addresses(host):
        if not address.is_global:
            raise RefusedTarget(
                f"refused: {host} is the non-public address {address} "
                "(set ingest.allow_private_addresses to fetch it)"
            )


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses ``host`` names: itself when it is one, else what DNS says (none when the
    name does not resolve: the fetch then fails with the network's own reason)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return [ipaddress.ip_address(str(entry[4][0]).split("%")[0]) for entry in found]


def _check_status(response: httpx.Response) -> None:
    if response.status_code >= 500:
        raise Retryable(f"HTTP {response.status_code} from {response.url}")
    if response.status_code >= 400:
        raise FetchFailed(f"HTTP {response.status_code} from {response.url}")


def looks_like_feed(response: Response) -> bool:
    """RSS, Atom or RDF by declared type or by the first element of the body."""
    declared = response.content_type.split(";")[0].strip().lower()
    if declared.endswith(("rss+xml", "atom+xml", "rdf+xml")):
        return True
    head = response.body[:1024].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def page_document(response: Response, fields: Fields) -> Document:
    """A fetched page as a document: plain text stays text, anything else is read as HTML."""
    kind = Kind.TEXT if response.content_type.startswith("text/plain") else Kind.HTML
    return Document(response.url, kind, decode(response.body, response.charset), fields)
