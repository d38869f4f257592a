"""JSONL (optionally gzipped): one article a line, read line by line.

A bad line is an error named ``file.jsonl:LINE`` and the other lines go on; a truncated gzip
stops the file with a ``BadArchive`` after every complete line before the damage.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from onrecord.errors import (
    BadArchive,
    EmptyInput,
    IngestError,
    InputError,
    TooDeep,
    TooLarge,
    UnreadableInput,
)
from onrecord.ingest.document import Document, Items, Kind
from onrecord.ingest.reading import decode
from onrecord.ingest.sources.fields import read_fields

_CHUNK = 1 << 20
# A gzip that expands past this many bytes at more than this ratio is a compression bomb (a few
# kilobytes of blank lines that expand to gigabytes), not a corpus: news JSONL compresses 3-10x.
EXPANSION_FLOOR = 16 << 20
EXPANSION_RATIO = 200


def read_jsonl(path: Path, max_bytes: int) -> Items:
    """Each line's article, or the line's error, in file order; a file without one line to
    read says so rather than passing in silence."""
    count = 0
    try:
        with path.open("rb") as raw, _open(path, raw) as handle:
            for number, line in _lines(handle, max_bytes, _expansion_guard(path, raw)):
                count += 1
                yield _line_item(f"{path}:{number}", line)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield InputError.of(str(path), BadArchive(f"damaged or truncated gzip: {error}"))
    except TooLarge as error:
        yield InputError.of(str(path), error)
    except OSError as error:
        yield InputError.of(str(path), UnreadableInput(f"cannot read: {error}"))
    else:
        if count == 0:
            yield InputError.of(str(path), EmptyInput("no articles: every line is blank"))


def _open(path: Path, raw: BinaryIO) -> BinaryIO:
    if path.name.endswith(".gz"):
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    return raw


def _expansion_guard(path: Path, raw: BinaryIO) -> Callable[[int], None]:
    """A check of the bytes expanded so far against the compressed bytes read (gzip only)."""

    def check(expanded: int) -> None:
        read = max(raw.tell(), 1)
        if expanded > EXPANSION_FLOOR and expanded > EXPANSION_RATIO * read:
            raise TooLarge(
                f"expands more than {EXPANSION_RATIO} times ({expanded} bytes from {read}): "
                "refused as a compression bomb"
            )

    return check if path.name.endswith(".gz") else lambda expanded: None


def _lines(
    handle: BinaryIO, max_bytes: int, guard: Callable[[int], None]
) -> Iterator[tuple[int, bytes | TooLarge]]:
    """Numbered non-blank lines, read a chunk at a time (a million blank lines take
    milliseconds, not the minutes of a readline each); a line over ``max_bytes`` is reported
    and never held whole."""
    number = expanded = 0
    carry = b""
    oversized = False
    for chunk in iter(lambda: handle.read(_CHUNK), b""):
        expanded += len(chunk)
        guard(expanded)
        # An oversized line's start was dropped: the chunk's first piece is the rest of it.
        *complete, rest = (chunk if oversized else carry + chunk).split(b"\n")
        for index, line in enumerate(complete):
            number += 1
            if (oversized and index == 0) or len(line) > max_bytes:
                yield number, _too_long(max_bytes)
            elif line.strip():
                yield number, line
        if complete:
            oversized = False
        oversized = oversized or len(rest) > max_bytes
        carry = b"" if oversized else rest
    if oversized:
        yield number + 1, _too_long(max_bytes)
    elif carry.strip():
        yield number + 1, carry


def _too_long(max_bytes: int) -> TooLarge:
    return TooLarge(f"line longer than max_bytes ({max_bytes} bytes)")


def _line_item(origin: str, line: bytes | TooLarge) -> Document | InputError:
    if isinstance(line, TooLarge):
        return InputError.of(origin, line)
    try:
        return _document(origin, _object(decode(line)))
    except IngestError as error:
        return InputError.of(origin, error)


def _object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableInput(f"not JSON: {error.msg} at column {error.colno}") from error
    except RecursionError as error:
        raise TooDeep("JSON nested too deeply to read") from error
    if not isinstance(value, dict):
        raise UnreadableInput("a line must be a JSON object")
    return value


def _document(origin: str, values: dict[str, Any]) -> Document:
    """A line's document: ``html`` wins over ``text``; a given ``id`` is kept in the origin."""
    kind, body = _body(values)
    if values.get("id") is not None:
        origin = f"{origin}#{values['id']}"
    return Document(origin, kind, body, read_fields(values))


def _body(values: dict[str, Any]) -> tuple[Kind, str]:
    for key, kind in (("html", Kind.HTML), ("text", Kind.TEXT)):
        body = values.get(key)
        if isinstance(body, str) and body.strip():
            return kind, body
    raise UnreadableInput("no non-empty 'text' or 'html' field")
