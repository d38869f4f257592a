"""Plain text in, clean text out, with the offset map back to the raw text.

Three filters, in order: the language rules of :mod:`boilerplate`; repeats inside the article
(the first occurrence stays); and blocks the per-outlet counter has seen in at least
``threshold`` earlier articles (the cross-page blurbs no single-page rule can see). A block that
reports news (a reporting verb) is never dropped by the counter: a background paragraph reused
across a series is still the outlet's reporting. Nor is a date heading ("2016"): every timeline
of an outlet repeats its years, and each one dates the entries below it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from onrecord.ingest.blocks import Block, block_hash, split_blocks
from onrecord.ingest.boilerplate import boilerplate_mask, is_date_heading, reports_news
from onrecord.record import OffsetMap

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Cleaned:
    """The kept blocks of one raw text, and the hashes of all its blocks."""

    raw: str
    kept: tuple[Block, ...]
    hashes: tuple[str, ...]

    @property
    def text(self) -> str:
        return SEPARATOR.join(block.text for block in self.kept)

    @property
    def offsets(self) -> OffsetMap:
        return offset_map(self.kept)


def clean_by_rules(raw: str) -> Cleaned:
    """The raw text without rule-detected boilerplate and without in-article repeats."""
    blocks = split_blocks(raw)
    mask = boilerplate_mask(blocks)
    kept = _first_occurrences(block for block, drop in zip(blocks, mask, strict=True) if not drop)
    hashes = tuple(dict.fromkeys(block_hash(block.text) for block in blocks))
    return Cleaned(raw, kept, hashes)


def drop_recurring(cleaned: Cleaned, seen: Mapping[str, int], threshold: int) -> Cleaned:
    """Without blocks seen in ``threshold`` or more earlier articles (unless they report news
    or date what follows)."""
    kept = tuple(
        block
        for block in cleaned.kept
        if seen.get(block_hash(block.text), 0) < threshold or _is_content(block.text)
    )
    return Cleaned(cleaned.raw, kept, cleaned.hashes)


def _is_content(text: str) -> bool:
    return reports_news(text) or is_date_heading(text)


def clean_text(raw: str) -> str:
    """The rule-cleaned text alone (no memory of other articles)."""
    return clean_by_rules(raw).text


def offset_map(kept: Sequence[Block]) -> OffsetMap:
    """One run per kept block; separators between blocks map to no raw text."""
    runs: list[tuple[int, int, int]] = []
    position = 0
    for block in kept:
        runs.append((position, block.start, len(block.text)))
        position += len(block.text) + len(SEPARATOR)
    return OffsetMap(tuple(runs))


def _first_occurrences(blocks: Iterable[Block]) -> tuple[Block, ...]:
    seen: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        if block.key not in seen:
            seen.add(block.key)
            kept.append(block)
    return tuple(kept)
