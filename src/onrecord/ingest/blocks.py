"""Blocks: the paragraphs (or lines) of a raw text, each a run of raw characters.

A blank line always ends a block. A line break alone ends one only where the text means a new
paragraph; the next line continues the block when:

- this line stops mid-sentence and the next starts in lower case, or this line is wrapped at the
  text's width (hard-wrapped ``.txt`` and Markdown keep their paragraphs whole);
- this line ends on an initial or an abbreviation ("J.D.", "Sen.", "U.S.") — not a sentence end;
- a quotation opened in the block is still open (the quote runs on);
- the block is a transcript turn ("NAME:", "Q:") and the next line is not another turn;
- the text is written one sentence a line with blank lines between paragraphs.

A bullet, a transcript label or a dated entry always starts a block. Each block remembers where
it sits in the raw text, so the clean text is a list of raw runs and the offset map comes for
free.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from onrecord.transcript import TURN_LABEL

_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")
_BULLET = re.compile(r"^[\s•*·▪◦‣–—-]+")
_STARTS_BLOCK = re.compile(
    r"^(?:[•*·▪◦‣–—-]\s|\d{1,2}[.)]\s"  # a bullet or a numbered item
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[—–:-]"
    r"|\d{4}\s*[—–:-])",  # a dated entry: "March 3 — …", "2016: …"
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(
    r"(?:^|[\s(,])(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|Inc"
    r"|Co|Corp|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Dept|Prof|Rev)\.)$"
)
_QUOTE_MARKS = '“”"«»'
_WRAP_SHARE = 0.8  # a line this share of the text's width or longer was wrapped there
_MIN_WRAP_WIDTH = 40
_ONE_SENTENCE_SHARE = 0.7
_GROUPED_SHARE = 0.5  # paragraphs of more than one line, in a one-sentence-a-line text
_MAX_WRAP_WIDTH = 120  # wider lines are paragraphs, not a wrap
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


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
    lines = list(_lines(raw))
    layout = LineLayout.of(raw, [line for _, line in lines])
    blocks: list[Block] = []
    previous_line = ""
    for start, line in lines:
        if blocks and _continues(blocks[-1], previous_line, line, raw, start, layout):
            previous = blocks[-1]
            blocks[-1] = Block(previous.start, raw[previous.start : start + len(line)])
        else:
            blocks.append(Block(start, line))
        previous_line = line
    return blocks


@dataclass(frozen=True)
class LineLayout:
    """How the text lays out its lines: the width it is wrapped at (0: not wrapped), and
    whether it puts one sentence a line inside blank-line paragraphs."""

    width: int
    sentence_lines: bool

    @classmethod
    def of(cls, raw: str, lines: list[str]) -> LineLayout:
        return cls(_wrap_width(raw, lines), _sentence_per_line(raw, lines))


def _wrap_width(raw: str, lines: list[str]) -> int:
    """The width most lines stop near, when the text is hard-wrapped: most lines that have a
    next line in the same paragraph are within a few characters of the longest ones."""
    lengths = sorted(len(line) for line in lines)
    if len(lengths) < 4 or "\n" not in raw.strip():
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for length in lengths if length >= _WRAP_SHARE * width)
    wrapped = _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and near >= 0.5 * len(lengths)
    return width if wrapped else 0


def _sentence_per_line(raw: str, lines: list[str]) -> bool:
    """Paragraphs of a few lines between blank lines, and most lines a single sentence (a text
    that puts each paragraph on a line, short wire paragraphs included, has few such groups)."""
    groups = [group.count("\n") + 1 for group in _PARAGRAPH_BREAK.split(raw.strip())]
    if len(groups) < 3 or sum(1 for size in groups if size > 1) < _GROUPED_SHARE * len(groups):
        return False
    single = sum(1 for line in lines if ends_sentence(line) and _sentence_ends(line[:-1]) == 0)
    return single >= _ONE_SENTENCE_SHARE * len(lines)


def _sentence_ends(text: str) -> int:
    return len(re.findall(r"[.!?][\"'”’)]*\s+[A-Z“\"]", text))


def _lines(raw: str) -> Iterator[tuple[int, str]]:
    """Non-empty lines with their raw start, stripped of surrounding whitespace."""
    for match in _LINE.finditer(raw):
        line = match.group().strip()
        if line:
            yield match.start() + match.group().index(line), line


def _continues(
    block: Block, previous: str, line: str, raw: str, start: int, layout: LineLayout
) -> bool:
    """True when ``line`` goes on the block ``previous`` ended (see the module's rules)."""
    if raw.count("\n", block.end, start) != 1 or _starts_block(line):
        return False
    if TURN_LABEL.match(block.text) or _quote_open(block.text):
        return True
    if _ABBREVIATION.search(previous):
        return True
    if not ends_sentence(previous):
        return line[:1].islower() or (
            layout.width > 0 and len(previous) >= _WRAP_SHARE * layout.width
        )
    return layout.sentence_lines


def _starts_block(line: str) -> bool:
    return bool(TURN_LABEL.match(line) or _STARTS_BLOCK.match(line))


def _quote_open(text: str) -> bool:
    """A quotation opened and not yet closed: an odd number of double quotation marks, curly
    and straight counted together (scrapes mix a straight opening with a curly close)."""
    return sum(text.count(mark) for mark in _QUOTE_MARKS) % 2 == 1
