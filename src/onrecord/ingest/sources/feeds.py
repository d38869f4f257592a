"""RSS and Atom feeds: every entry's link is fetched as an article. When the page cannot be
fetched, the entry's own content (or summary) stands in, so a paywalled or vanished page still
leaves its dated summary in the record."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import feedparser
import lxml.html

from onrecord.errors import EmptyInput, IngestError, InputError, NotAFeed, RefusedTarget
from onrecord.ingest.document import Document, Fields, Item, Items, Kind
from onrecord.ingest.sources.web import Web, page_document


def read_feed(data: bytes | str, origin: str, web: Web) -> Items:
    """One item per entry, in feed order; a body that is no feed is one ``NotAFeed``."""
    parsed: Any = feedparser.parse(data)
    if not parsed.get("version"):
        yield InputError.of(origin, NotAFeed("not an RSS or Atom feed"))
        return
    if not parsed.entries:
        yield InputError.of(origin, EmptyInput("the feed has no entries"))
    for entry in parsed.entries:
        yield _entry_item(entry, origin, web)


def _entry_item(entry: Any, origin: str, web: Web) -> Item:
    fields = _fields(entry)
    if fields.url is None:
        return _fallback(entry, origin, fields, EmptyInput("entry has no link"))
    try:
        response = web.fetch(fields.url)
        return page_document(response, replace(fields, url=response.url))
    except RefusedTarget as error:
        return InputError.of(fields.url, error)  # named, never hidden behind the summary
    except IngestError as error:
        return _fallback(entry, fields.url, fields, error)


def _fallback(entry: Any, origin: str, fields: Fields, error: IngestError) -> Item:
    """The entry's own content or summary, or the fetch error when it has neither."""
    body = _entry_body(entry)
    if body is None:
        return InputError.of(origin, error)
    return Document(origin, Kind.TEXT, _plain(body), fields)


def _entry_body(entry: Any) -> str | None:
    contents: Sequence[Any] = entry.get("content") or ()
    for text in [content.get("value") for content in contents] + [entry.get("summary")]:
        if isinstance(text, str) and text.strip():
            return text
    return None


def _plain(snippet: str) -> str:
    """An entry's HTML snippet as text, one paragraph a block (too short for trafilatura)."""
    root = lxml.html.fromstring(f"<div>{snippet}</div>")
    for element in root.iter("p", "br", "li", "div"):
        element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content()).strip()


def _fields(entry: Any) -> Fields:
    authors = tuple(a["name"] for a in entry.get("authors", ()) if a.get("name"))
    return Fields(
        url=entry.get("link") or None,
        title=entry.get("title") or None,
        published=_entry_date(entry),
        authors=authors,
    )


def _entry_date(entry: Any) -> date | None:
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
