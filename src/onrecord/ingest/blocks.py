"""Blocks: the paragraphs (or lines) of a raw text, each a run of raw characters.

A block is a line, except that a line wrapped mid-sentence (the next line starts in lower
case and this one does not end a sentence) continues the block: hard-wrapped ``.txt`` and
Markdown keep their paragraphs whole. Each block remembers where it sits in the raw text, so
the clean text is a list of raw runs and the offset map comes for free.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")
_BULLET = re.compile(r"^[\s•*·▪◦‣–—-]+")


@dataclass(frozen=True)
class Block:
    """``raw[start:end] == text``; ``key`` is the normalised form used to spot repeats."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def key(self) -> str:
        return block_key(self.text)


def block_key(text: str) -> str:
    """Case, whitespace and bullet differences do not make a different block."""
    return " ".join(_BULLET.sub("", text).casefold().split())


def block_hash(text: str) -> str:
    """A short stable hash of a block's key, as the per-outlet recurring counter stores it."""
    return hashlib.blake2b(block_key(text).encode("utf-8"), digest_size=8).hexdigest()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def split_blocks(raw: str) -> list[Block]:
    """The raw text's blocks in order, stripped of surrounding whitespace."""
    blocks: list[Block] = []
    for start, line in _lines(raw):
        if blocks and _continues(blocks[-1].text, line, raw, blocks[-1].end, start):
            previous = blocks[-1]
            blocks[-1] = Block(previous.start, raw[previous.start : start + len(line)])
        else:
            blocks.append(Block(start, line))
    return blocks


def _lines(raw: str) -> Iterator[tuple[int, str]]:
    """Non-empty lines with their raw start, stripped of surrounding whitespace."""
    for match in _LINE.finditer(raw):
        line = match.group().strip()
        if line:
            yield match.start() + match.group().index(line), line


def _continues(previous: str, line: str, raw: str, previous_end: int, start: int) -> bool:
    """True when ``line`` is the wrapped tail of ``previous`` (adjacent, mid-sentence)."""
    adjacent = raw.count("\n", previous_end, start) == 1
    return adjacent and not ends_sentence(previous) and line[:1].islower()
