"""Fetching pages politely: one HTTP client per run, the user agent from settings, redirects
followed, a timeout per request, retries with exponential backoff for timeouts and server
errors (never for 4xx), bodies read only up to ``max_bytes``, and robots.txt obeyed when
``respect_robots`` is set.

robots.txt follows RFC 9309: a missing file (4xx) allows everything; an unreachable one
(5xx or network failure) disallows the site for this run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from onrecord.errors import FetchFailed, IngestError
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
        self._robots: dict[str, RobotFileParser | None] = {}

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
            self._client = httpx.Client(
                follow_redirects=True,
                timeout=self._settings.timeout_seconds,
                headers={"User-Agent": self._settings.user_agent},
            )
        return self._client

    def _get(self, url: str) -> Response:
        try:
            with self.client.stream("GET", url) as response:
                _check_status(response)
                body = read_limited(response.iter_bytes(), self._settings.max_bytes)
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
        return rules is not None and rules.can_fetch(self._settings.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser | None:
        """The site's rules; None (disallow all) when robots.txt cannot be read."""
        rules = RobotFileParser()
        try:
            response = self._get(f"{origin}/robots.txt")
        except IngestError as error:
            if isinstance(error, Retryable):
                return None
            rules.parse([])
            return rules
        rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return rules


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
