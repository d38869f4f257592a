"""WARC archives (optionally gzipped): each HTML response record is one article, named by its
target URI. Records are streamed; a damaged archive stops with a ``BadArchive`` after every
record read before the damage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from onrecord.errors import BadArchive, IngestError, InputError, UnreadableInput
from onrecord.ingest.document import Document, Fields, Item, Items, Kind
from onrecord.ingest.reading import charset_of, decode, read_limited, stream_chunks

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, max_bytes: int) -> Items:
    """The HTML responses of an archive, in archive order."""
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.format != "warc":
                    raise ArchiveLoadFailed("not a WARC record (an ARC file or no archive)")
                if _is_html_response(record):
                    yield _record_item(record, max_bytes)
    except (ArchiveLoadFailed, EOFError, ValueError) as error:
        yield InputError.of(str(path), BadArchive(f"damaged or truncated WARC: {error}"))
    except OSError as error:
        yield InputError.of(str(path), UnreadableInput(f"cannot read: {error}"))


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = record.http_headers.get_header("Content-Type") or ""
    return bool(status == "200" and content_type.split(";")[0].strip().lower() in _HTML_TYPES)


def _record_item(record: Any, max_bytes: int) -> Item:
    uri = str(record.rec_headers.get_header("WARC-Target-URI") or "warc-record")
    try:
        data = read_limited(stream_chunks(record.content_stream()), max_bytes)
        body = decode(data, charset_of(record.http_headers.get_header("Content-Type")))
    except IngestError as error:
        return InputError.of(uri, error)
    return Document(uri, Kind.HTML, body, Fields(url=uri))
