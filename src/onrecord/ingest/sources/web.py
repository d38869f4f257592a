"""Fetching pages politely: one HTTP client per run, the user agent from settings, redirects
followed, a timeout per request, retries with exponential backoff for timeouts and server
errors (never for 4xx), bodies read only up to ``max_bytes``, and robots.txt obeyed when
``respect_robots`` is set.

robots.txt follows RFC 9309: a missing file (4xx) allows everything; an unreachable one
(5xx or network failure) disallows the site for this run, and each page of it fails with the
real cause (a refused connection is no robots.txt rule).

A whole fetch has a deadline (``deadline_seconds``): the timeout bounds each read only, and a
server sending a byte every few seconds would otherwise hold the run forever. Every connection,
robots.txt and redirects included, goes only to public addresses unless
``allow_private_addresses`` is set: the check sits in the client's network backend, which
resolves each host once, checks every address and connects to a checked one (the Host header
and TLS SNI still name the host), so a name that re-resolves to 127.0.0.1 after the check (DNS
rebinding) cannot slip through. The client ignores proxy environment variables: a proxy would
make the connection, and the address it reaches would go unchecked.
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

import httpcore
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
            backend = CheckedBackend(self._settings.allow_private_addresses)
            self._client = httpx.Client(
                follow_redirects=True,
                timeout=self._settings.timeout_seconds,
                headers={"User-Agent": self._settings.user_agent},
                transport=CheckedTransport(backend),
            )
        return self._client

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
        if isinstance(rules, RefusedTarget):
            raise rules
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


Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class CheckedBackend(httpcore.NetworkBackend):
    """httpcore's network backend with the address check where the connection is made: the
    host is resolved once, every address checked, and the socket opened to a checked address."""

    def __init__(self, allow_private: bool) -> None:
        self._allow_private = allow_private
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        if not self._allow_private:
            refuse_non_public(host, addresses)
        failure = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                return self._sockets.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as error:
                failure = error
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._sockets.sleep(seconds)


class CheckedTransport(httpx.HTTPTransport):
    """httpx's transport over :class:`CheckedBackend` (httpx takes no backend argument, so
    the connection pool is rebuilt with it, with httpx's default TLS context and limits)."""

    def __init__(self, backend: CheckedBackend) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=backend,
        )


def refuse_non_public(host: str, addresses: Iterable[Address]) -> None:
    """``RefusedTarget`` naming the address when any address of ``host`` is private,
    loopback, link-local or otherwise non-public."""
    for address in addresses:
        if not address.is_global:
            raise RefusedTarget(
                f"refused: {host} is the non-public address {address} "
                "(set ingest.allow_private_addresses to fetch it)"
            )


def resolve(host: str, port: int) -> list[Address]:
    """The addresses ``host`` names, in the resolver's order: itself when it is one, else
    what DNS says once (``ConnectError`` when it says nothing)."""
    try:
        return [ipaddress.ip_address(host.strip("[]").split("%")[0])]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise httpcore.ConnectError(f"cannot resolve {host}: {error}") from error
    unique = dict.fromkeys(ipaddress.ip_address(str(entry[4][0]).split("%")[0]) for entry in found)
    return list(unique)


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
