"""A tiny document model between the dossier and its two formats.

The layout writes the report once, in these nodes; Markdown and HTML only decide how a node
looks. Every string in a node is plain text that the renderer escapes — there is no node for
raw markup, so article text cannot reach the output unescaped. A :class:`Link` refuses any URL
that is not http(s) when it is made, so a ``javascript:`` URL can only ever be shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"  # RFC 3986 reserved + '%': everything else is percent-encoded


def safe_url(url: str | None) -> str | None:
    """The URL percent-encoded so it cannot break out of an attribute or a Markdown link, or
    None when it is not an http(s) URL with a host."""
    if not url:
        return None
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(candidate, safe=_URL_SAFE)


@dataclass(frozen=True)
class Text:
    value: str


@dataclass(frozen=True)
class Strong:
    value: str


@dataclass(frozen=True)
class Link:
    label: str
    url: str

    def __post_init__(self) -> None:
        if safe_url(self.url) != self.url:
            raise ValueError(f"not a safe http(s) URL: {self.url!r}")


@dataclass(frozen=True)
class Ref:
    """A citation mark pointing at the numbered sentence in the Sources appendix."""

    number: int


Inline = Text | Strong | Link | Ref


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str  # an id the layout makes from its own counters, never from article text


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Inline, ...]


@dataclass(frozen=True)
class Item:
    parts: tuple[Inline, ...]
    children: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Bullets:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Note:
    """A cited sentence in the appendix: the target of every :class:`Ref` with its number."""

    number: int
    parts: tuple[Inline, ...]


@dataclass(frozen=True)
class Notes:
    notes: tuple[Note, ...]


Block = Heading | Paragraph | Bullets | Notes


def url_inline(url: str | None) -> Inline:
    """The URL as a link when it is safe to follow, otherwise as plain text."""
    target = safe_url(url)
    if target is not None:
        return Link(url or target, target)
    return Text(url or "no URL")
