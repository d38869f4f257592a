"""Reading bytes safely: bounded, binary-aware, and decoded by a documented rule.

Decoding rule: a UTF-16 or UTF-32 byte-order mark decides; then strict UTF-8 (a BOM is
dropped); then the charset the page or server declared; then UTF-8 text with a few stray
single-byte characters (a Latin-1 "é" pasted into a UTF-8 scrape) keeps its UTF-8 and reads the
strays as Windows-1252; then charset-normalizer's guess, Windows-1252 first among equally good
ones (the Western default of undeclared pages; Cyrillic text still reads as Windows-1251);
otherwise ``BadEncoding``. A replacement character is never put into the text.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from onrecord.errors import BadEncoding, BinaryInput, EmptyInput, TooLarge, UnreadableInput

_CHUNK = 1 << 16
_SNIFF = 8192
_MAX_CONTROL = 0.05
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A well-formed multi-byte UTF-8 character: text holding one is UTF-8, whatever strays it has.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
    wide = _wide_codec(data)
    if wide is None and b"\x00" in data[:_SNIFF]:
        raise BinaryInput("binary data (NUL bytes), not text")
    text = (
        _decode_wide(data, wide) if wide else _decode_text(data, declared or declared_charset(data))
    )
    if _looks_binary(text):
        raise BinaryInput("binary data (control characters), not text")
    return text


def _wide_codec(data: bytes) -> str | None:
    """UTF-32 or UTF-16, named by the byte-order mark the data opens with."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return codec
    return None


def _decode_wide(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise BadEncoding(f"not decodable as {codec} despite its byte-order mark") from error


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
    if _UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", errors=_STRAYS_AS_CP1252)
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    hint = f" nor as declared {declared}" if declared else ""
    raise BadEncoding(f"not decodable as UTF-8{hint}; declare the charset or convert the file")


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best reading; Windows-1252 when it reads as well as the best."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    as_good = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if any("cp1252" in m.could_be_from_charset for m in as_good):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _strays_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 read as the Windows-1252 (or, where that has a hole, Latin-1)
    character it most likely was."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.start + 1]
    try:
        return stray.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return stray.decode("latin-1"), error.start + 1


_STRAYS_AS_CP1252 = "onrecord-strays-as-cp1252"
codecs.register_error(_STRAYS_AS_CP1252, _strays_as_cp1252)


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL * len(sample)
