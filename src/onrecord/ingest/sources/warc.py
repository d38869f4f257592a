"""WARC archives (optionally gzipped): each HTML response record is one article, named by its
target URI. Records are streamed; a damaged archive stops with a ``BadArchive`` after every
record read before the damage.

Damage warcio passes over quietly is named too: a record cut off by a truncated file (or a
Content-Length past the end of the file) is a ``BadArchive``, not a stored half-article; a
record whose Content-Length runs into the next record (warcio only prints a warning, on the
next read) is held back until the next record is read cleanly, and failed when it is not; an
HTML response other than 200 is named as skipped rather than vanishing.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from onrecord.errors import BadArchive, IngestError, InputError, UnreadableInput
from onrecord.ingest.document import Document, Fields, Item, Items, Kind, Skipped
from onrecord.ingest.reading import charset_of, decode, read_limited, stream_chunks

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, max_bytes: int) -> Items:
    """The HTML responses of an archive, in archive order; a file without one says so."""
    held: Item | None = None  # the last record's item, yielded once the next read is clean
    count = 0
    try:
        with path.open("rb") as handle:
            for record, warning in _records(handle):
                if warning and held is not None:
                    held = InputError.of(_source(held), BadArchive(_overrun(warning)))
                if held is not None:
                    yield held
                    count += 1
                held = None if record is None else _item(record, max_bytes)
            if held is not None:
                yield held
                count += 1
                held = None
    except (ArchiveLoadFailed, EOFError, ValueError) as error:
        if held is not None:
            yield held
        yield InputError.of(str(path), BadArchive(f"damaged or truncated WARC: {error}"))
        return
    except OSError as error:
        yield InputError.of(str(path), UnreadableInput(f"cannot read: {error}"))
        return
    if count == 0:
        yield InputError.of(str(path), BadArchive("no HTML response: empty or truncated"))


def _records(handle: Any) -> Iterator[tuple[Any | None, str]]:
    """Each record with what warcio printed while reading up to it (its warnings go to the
    previous record, and are never printed raw to the user); a warning followed by damage
    comes as ``(None, warning)`` before the damage is raised."""
    records = iter(ArchiveIterator(handle))
    while True:
        captured = io.StringIO()
        try:
            with contextlib.redirect_stderr(captured):
                record = next(records, None)
        except (ArchiveLoadFailed, EOFError, ValueError):
            if captured.getvalue().strip():
                yield None, captured.getvalue().strip()
            raise
        if record is None:
            return
        if record.format != "warc":
            raise ArchiveLoadFailed("not a WARC record (an ARC file or no archive)")
        yield record, captured.getvalue().strip()


def _overrun(warning: str) -> str:
    first = warning.splitlines()[0].removeprefix("WARNING:").strip()
    return f"its Content-Length runs into the next record ({first}); not stored"


def _source(item: Item) -> str:
    return item.origin if isinstance(item, Document) else item.source


def _item(record: Any, max_bytes: int) -> Item | None:
    """The record's article, failure or skip; None for records that are no HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    status = record.http_headers.get_statuscode()
    if status != "200":
        return Skipped(_uri(record), f"an HTTP {status} response in the archive, not an article")
    return _record_item(record, max_bytes)


def _uri(record: Any) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "warc-record")


def _record_item(record: Any, max_bytes: int) -> Item:
    uri = _uri(record)
    try:
        data = read_limited(stream_chunks(record.content_stream()), max_bytes)
        _check_complete(record)
        body = decode(data, charset_of(record.http_headers.get_header("Content-Type")))
    except IngestError as error:
        return InputError.of(uri, error)
    return Document(uri, Kind.HTML, body, Fields(url=uri))


def _check_complete(record: Any) -> None:
    """``BadArchive`` when the file ended before the record's Content-Length did."""
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise BadArchive(f"record cut off: {missing} bytes missing (truncated archive)")
