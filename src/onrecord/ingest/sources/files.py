"""Files and folders. Folders are walked recursively in sorted order; each file is read by its
name: ``.html``/``.htm`` pages, ``.txt``/``.md`` text (with ``NAME.meta.json`` beside it for
metadata), ``.jsonl(.gz)``, ``.warc(.gz)``, ``.rss``/``.atom``/``.xml`` feeds, and ``.urls``
lists. A ``.txt`` file whose every non-empty line is a URL is a URL list too. In a folder other
files are skipped and named as skipped; a folder that cannot be listed, a symbolic link that
loops or leads nowhere, and anything that is not a regular file (a FIFO would block the read
forever) are named failures, and the walk goes on. A file named on the command line with another
name is read as HTML when it starts with ``<`` and as text otherwise. ``-`` is standard input,
read the same way (an article's text or HTML, or a list of URLs).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import IngestError, InputError, TooDeep, UnexpectedFailure, UnreadableInput
from onrecord.ingest.document import Document, Fields, Items, Kind, Skipped
from onrecord.ingest.reading import decode, read_file, read_limited, stream_chunks
from onrecord.ingest.sources.feeds import read_feed
from onrecord.ingest.sources.fields import read_fields
from onrecord.ingest.sources.jsonl import read_jsonl
from onrecord.ingest.sources.urls import is_url_list, read_url_list
from onrecord.ingest.sources.warc import read_warc
from onrecord.ingest.sources.web import Web

SIDECAR = ".meta.json"
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")
FEED_SUFFIXES = (".rss", ".atom", ".xml")

Reader = Callable[[Path, int, Web], Items]
TextReader = Callable[[Path, str, Web], Items]


def read_path(path: Path, max_bytes: int, web: Web) -> Items:
    """Every item under ``path``: a file, or a folder walked in sorted order."""
    if path.is_dir():
        for entry in _walk(path, set()):
            if isinstance(entry, Path):
                yield from _read_walked(entry, max_bytes, web)
            else:
                yield entry
    elif path.exists() or path.is_symlink():
        yield from _read_named(path, max_bytes, web)
    else:
        yield InputError.of(str(path), UnreadableInput("no such file or folder"))


def guarded(origin: str, items: Callable[[], Items]) -> Items:
    """``items()``, with any exception a reader raises turned into one named failure for
    ``origin``: the items read before it stand, and the run goes on with the next input."""
    try:
        yield from items()
    except IngestError as error:
        yield InputError.of(origin, error)
    except Exception as error:  # one input never ends the run, whatever breaks on it
        yield InputError.of(origin, UnexpectedFailure.of(error))


def _read_walked(path: Path, max_bytes: int, web: Web) -> Items:
    """A file found in a folder: read by its name, or named as skipped."""
    reader = _reader(path)
    if reader is None:
        if not path.name.lower().endswith(SIDECAR):
            yield Skipped(str(path), "not a kind of file add reads (by its name)")
        return
    yield from guarded(str(path), lambda: reader(path, max_bytes, web))


def _read_named(path: Path, max_bytes: int, web: Web) -> Items:
    """A file named on the command line: refused when it is no regular file."""
    problem = not_regular(path)
    if problem is not None:
        yield InputError.of(str(path), problem)
        return
    reader = _reader(path) or _decoded(_unknown)
    yield from guarded(str(path), lambda: reader(path, max_bytes, web))


def not_regular(path: Path) -> UnreadableInput | None:
    """Why ``path`` is no regular file to read (a FIFO, a device, a link that loops), if so."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if path.is_symlink():
            return UnreadableInput(f"a symbolic link that leads nowhere: {error.strerror}")
        return UnreadableInput(f"cannot read: {error.strerror or error}")
    if stat.S_ISREG(mode):
        return None
    return UnreadableInput(f"not a regular file but {_file_kind(mode)}")


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


STDIN = "-"
"""The source name that means standard input, as in most command-line tools."""


def read_stream(stream: BinaryIO, max_bytes: int, web: Web) -> Items:
    """Standard input: an article's text or HTML, or a list of URLs; named ``<stdin>``."""
    try:
        text = decode(read_limited(stream_chunks(stream), max_bytes))
    except IngestError as error:
        yield InputError.of("<stdin>", error)
        return
    if is_url_list(text):
        yield from read_url_list(text.splitlines(), web)
    else:
        yield Document("<stdin>", _sniffed_kind(text), text, Fields())


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | InputError]:
    """Files below ``folder`` in sorted order of their relative paths. A folder already walked
    (a symbolic link back up the tree) is named once and not entered again: two such links
    would otherwise multiply the walk to the kernel's link limit."""
    real = os.path.realpath(folder)
    if real in seen:
        yield InputError.of(str(folder), UnreadableInput(f"symbolic link loop: {real} again"))
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        reason = f"cannot list the folder: {error.strerror or error}"
        yield InputError.of(str(folder), UnreadableInput(reason))
        return
    for child in children:
        if child.is_dir():
            yield from _walk(child, seen)
        elif child.is_file():
            yield child
        else:
            yield InputError.of(str(child), not_regular(child) or UnreadableInput("unreadable"))


def _reader(path: Path) -> Reader | None:
    name = path.name.lower()
    if name.endswith(SIDECAR):
        return None
    for suffixes, reader in _READERS:
        if name.endswith(suffixes):
            return reader
    return None


def _read_jsonl(path: Path, max_bytes: int, web: Web) -> Items:
    return read_jsonl(path, max_bytes)


def _read_warc(path: Path, max_bytes: int, web: Web) -> Items:
    return read_warc(path, max_bytes)


def _decoded(reader: TextReader) -> Reader:
    """A reader of decoded text, behind the bounded read and decode every text kind shares."""

    def read(path: Path, max_bytes: int, web: Web) -> Items:
        try:
            text = decode(read_file(path, max_bytes))
        except IngestError as error:
            yield InputError.of(str(path), error)
            return
        yield from reader(path, text, web)

    return read


def _html(path: Path, text: str, web: Web) -> Items:
    yield _with_sidecar(path, Kind.HTML, text)


def _text(path: Path, text: str, web: Web) -> Items:
    """Text, or a URL list when every line is a URL."""
    if is_url_list(text):
        yield from read_url_list(text.splitlines(), web)
    else:
        yield _with_sidecar(path, Kind.TEXT, text)


def _urls(path: Path, text: str, web: Web) -> Items:
    return read_url_list(text.splitlines(), web)


def _feed(path: Path, text: str, web: Web) -> Items:
    return read_feed(text, str(path), web)


def _unknown(path: Path, text: str, web: Web) -> Items:
    yield _with_sidecar(path, _sniffed_kind(text), text)


def _sniffed_kind(text: str) -> Kind:
    """Markup when it starts with a tag, text otherwise: for inputs without a telling name."""
    return Kind.HTML if text.lstrip().startswith("<") else Kind.TEXT


def _with_sidecar(path: Path, kind: Kind, body: str) -> Document | InputError:
    """The document with the metadata of ``NAME.meta.json``; a broken sidecar fails the file
    rather than silently storing it undated."""
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR)
    try:
        fields = _sidecar_fields(sidecar)
    except IngestError as error:
        return InputError.of(str(sidecar), error)
    return Document(str(path), kind, body, fields)


def _sidecar_fields(sidecar: Path) -> Fields:
    if not sidecar.is_file():
        return Fields()
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableInput(f"unreadable sidecar: {error}") from error
    except RecursionError as error:
        raise TooDeep("sidecar JSON nested too deeply to read") from error
    if not isinstance(values, dict):
        raise UnreadableInput("a sidecar must hold a JSON object")
    return read_fields(values)


_READERS: tuple[tuple[tuple[str, ...], Reader], ...] = (
    ((".jsonl", ".jsonl.gz"), _read_jsonl),
    ((".warc", ".warc.gz"), _read_warc),
    (HTML_SUFFIXES, _decoded(_html)),
    (TEXT_SUFFIXES, _decoded(_text)),
    ((".urls",), _decoded(_urls)),
    (FEED_SUFFIXES, _decoded(_feed)),
)
