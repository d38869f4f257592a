"""URLs and URL lists. A page that turns out to be a feed is read as one."""

from __future__ import annotations

from collections.abc import Iterable

from onrecord.errors import IngestError, InputError
from onrecord.ingest.document import Fields, Items
from onrecord.ingest.sources.feeds import read_feed
from onrecord.ingest.sources.web import Web, looks_like_feed, page_document

_SCHEMES = ("http://", "https://")


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(_SCHEMES)


def is_url_list(text: str) -> bool:
    """Every non-empty line is a URL (and there is at least one)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(is_url(line) for line in lines)


def read_url(url: str, web: Web) -> Items:
    """The page at ``url`` (or each entry when it is a feed), or why it failed."""
    try:
        response = web.fetch(url)
        if looks_like_feed(response):
            yield from read_feed(response.body, url, web)
        else:
            yield page_document(response, Fields(url=response.url))
    except IngestError as error:
        yield InputError.of(url, error)


def read_url_list(lines: Iterable[str], web: Web) -> Items:
    """Each URL of a list, in order; blank lines skipped."""
    for line in lines:
        if line.strip():
            yield from read_url(line.strip(), web)
