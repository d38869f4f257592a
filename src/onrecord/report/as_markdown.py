"""The dossier as Markdown (CommonMark with GitHub's footnotes: ``[^3]`` marks, ``[^3]:``
definitions in the Sources appendix).

Article text is escaped so it cannot change the document's structure or smuggle in markup:
inline Markdown punctuation gets a backslash, and so does a paragraph's first character when it
would start a list or a heading underline; ``<``, ``>`` and entity-like ``&`` become character
references (a renderer shows them as the characters); line breaks become spaces so a quote stays
inside its list item.
"""

from __future__ import annotations

import re

from onrecord.report.blocks import (
    Block,
    Bullets,
    Heading,
    Inline,
    Item,
    Link,
    Notes,
    Paragraph,
    Ref,
    Strong,
    Text,
)

_PUNCTUATION = re.compile(r"([\\`*_\[\]#|~])")
_BLOCK_START = re.compile(r"^(\s*(?:\d+)?)([-+=.)])")
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]")


def escape(value: str) -> str:
    text = _LINE_BREAKS.sub(" ", value)
    text = _ENTITY_START.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _PUNCTUATION.sub(r"\\\1", text)


def _inline(part: Inline) -> str:
    match part:
        case Text(value):
            return escape(value)
        case Strong(value):
            return f"**{escape(value.strip())}**{' ' if value.endswith(' ') else ''}"
        case Link(label, url):
            return f"[{escape(label)}](<{url}>)"
        case Ref(number):
            return f"[^{number}]"


def _line(parts: tuple[Inline, ...]) -> str:
    return "".join(_inline(part) for part in parts).rstrip()


def _item(item: Item, depth: int) -> list[str]:
    lines = ["  " * depth + "- " + _line(item.parts)]
    for child in item.children:
        lines.extend(_item(child, depth + 1))
    return lines


def _block(block: Block) -> str:
    match block:
        case Heading(level, text, _):
            return f"{'#' * level} {escape(text)}"
        case Paragraph(parts):
            return _BLOCK_START.sub(r"\1\\\2", _line(parts), count=1)
        case Bullets(items):
            return "\n".join(line for item in items for line in _item(item, 0))
        case Notes(notes):
            return "\n".join(f"[^{note.number}]: {_line(note.parts)}" for note in notes)


def render(blocks: list[Block]) -> str:
    return "\n\n".join(_block(block) for block in blocks) + "\n"
