"""What a source hands to the article builder: one raw document and whatever it knows about it.

Sources only read and decode; they never clean. Keeping that line sharp lets every source kind
(file, JSONL line, WARC record, fetched page, feed entry) share one cleaning and dating path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from onrecord.errors import InputError


class Kind(StrEnum):
    """How the body must be read: HTML goes through trafilatura, text straight to the cleaner."""

    HTML = "html"
    TEXT = "text"


@dataclass(frozen=True)
class Fields:
    """Metadata a source states explicitly (JSONL fields, sidecar files, feed entries)."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One raw input: its body, how to read it, where it came from, and what was said about it."""

    origin: str
    kind: Kind
    body: str
    fields: Fields = field(default_factory=Fields)


NUL = "\x00"
REPLACEMENT = "\ufffd"


def without_nul(document: Document) -> Document:
    """The document with every NUL character (a JSON ``\\u0000`` in a body or a stated field)
    replaced by U+FFFD, as an HTML parser replaces ``&#0;``: PostgreSQL refuses NUL in text
    where SQLite keeps it, and the same input must make the same article on both."""
    fields = document.fields
    return replace(
        document,
        origin=_replaced(document.origin),
        body=_replaced(document.body),
        fields=replace(
            fields,
            url=fields.url and _replaced(fields.url),
            title=fields.title and _replaced(fields.title),
            outlet=fields.outlet and _replaced(fields.outlet),
            authors=tuple(map(_replaced, fields.authors)),
        ),
    )


def _replaced(text: str) -> str:
    return text.replace(NUL, REPLACEMENT)


@dataclass(frozen=True)
class Skipped:
    """A file in a folder that ``add`` does not read: named in the summary, not a failure."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Document | InputError | Skipped
Items = Iterator[Item]
