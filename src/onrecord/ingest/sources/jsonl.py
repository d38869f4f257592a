"""JSONL (optionally gzipped): one article a line, read line by line.

A bad line is an error named ``file.jsonl:LINE`` and the other lines go on; a truncated gzip
stops the file with a ``BadArchive`` after every complete line before the damage.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from onrecord.errors import BadArchive, IngestError, InputError, TooLarge, UnreadableInput
from onrecord.ingest.document import Document, Items, Kind
from onrecord.ingest.reading import decode
from onrecord.ingest.sources.fields import read_fields


def read_jsonl(path: Path, max_bytes: int) -> Items:
    """Each line's article, or the line's error, in file order."""
    try:
        with _open(path) as handle:
            for number, line in _lines(handle, max_bytes):
                yield _line_item(f"{path}:{number}", line)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield InputError.of(str(path), BadArchive(f"damaged or truncated gzip: {error}"))
    except OSError as error:
        yield InputError.of(str(path), UnreadableInput(f"cannot read: {error}"))


def _open(path: Path) -> BufferedIOBase:
    if path.name.endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def _lines(handle: BufferedIOBase, max_bytes: int) -> Iterator[tuple[int, bytes | TooLarge]]:
    """Numbered lines; a line over ``max_bytes`` is skipped to its end and reported."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            yield number, TooLarge(f"line longer than max_bytes ({max_bytes} bytes)")
        elif line.strip():
            yield number, line


def _skip_rest_of_line(handle: BufferedIOBase) -> None:
    while (rest := handle.readline(1 << 16)) and not rest.endswith(b"\n"):
        pass


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
