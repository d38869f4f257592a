"""Reading bytes safely: bounded, binary-aware, and decoded by a documented rule.

Decoding rule: strict UTF-8 (a BOM is dropped); then the charset the page or server declared;
then UTF-8 with replacement characters when at most 2% of the characters are unreadable (a
stray Latin-1 byte in a scrape should not cost the article); otherwise ``BadEncoding``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import BadEncoding, BinaryInput, EmptyInput, TooLarge, UnreadableInput

_CHUNK = 1 << 16
_SNIFF = 8192
_MAX_REPLACED = 0.02
_MAX_CONTROL = 0.05
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_limited(chunks: Iterable[bytes], limit: int) -> bytes:
    """Join ``chunks`` but stop as soon as they pass ``limit``: a 50 MB page is never held."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"larger than max_bytes ({limit} bytes)")
        parts.append(chunk)
    return b"".join(parts)


def stream_chunks(handle: BinaryIO) -> Iterable[bytes]:
    """A file's bytes in fixed-size chunks."""
    return iter(lambda: handle.read(_CHUNK), b"")


def read_file(path: Path, limit: int) -> bytes:
    """A file's bytes up to ``limit``, with unreadable files reported as such."""
    try:
        with path.open("rb") as handle:
            return read_limited(stream_chunks(handle), limit)
    except PermissionError as error:
        raise UnreadableInput(f"permission denied: {error.strerror}") from error
    except OSError as error:
        raise UnreadableInput(f"cannot read: {error.strerror or error}") from error


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    match = _DECLARED.search(data[:_SNIFF])
    return match.group(1).decode("ascii").lower() if match else None


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text by the module's rule; empty and binary input are refused by name."""
    if not data.strip():
        raise EmptyInput("empty input")
    if b"\x00" in data[:_SNIFF]:
        raise BinaryInput("binary data (NUL bytes), not text")
    text = _decode_text(data, declared or declared_charset(data))
    if _looks_binary(text):
        raise BinaryInput("binary data (control characters), not text")
    return text


def _decode_text(data: bytes, declared: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared and _known_codec(declared):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= _MAX_REPLACED * len(text):
        return text
    hint = f" nor as declared {declared}" if declared else ""
    raise BadEncoding(f"not decodable as UTF-8{hint}; declare the charset or convert the file")


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL * len(sample)
