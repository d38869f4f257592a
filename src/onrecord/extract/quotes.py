"""Quotation marks, read the way news prints them.

Existing extractors give up on exactly the cases news is full of: straight and curly marks
mixed in one article, a quote running over several paragraphs (each paragraph opens with a
mark, only the last one closes), and marks left unbalanced by an editor or a scraper. This scan
works on characters, paragraph by paragraph, and never fails: an unclosed quote ends with its
paragraph unless the next paragraph continues it; a single mark printed where the double one
belongs still closes the quote, so the sentences after it are not read as quoted; and a phrase
the speaker cites in double marks does not end the quote it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
# Wire and archive text (and anything once typeset with TeX conventions) prints double marks as
# two characters: ''like this'' or ``like this''.
DOUBLED_STRAIGHT = "''"
DOUBLED_OPENING = "``"
# Every mark :func:`_mark_length` reads, doubled ones first: a scan jumps from mark to mark.
QUOTE_MARK = re.compile(r"''|``|[“«„”»\"]")  # one double quote mark, any style
# What a paragraph's scan stops at: the double marks, and a single closing mark right after a
# sentence's comma or full stop and before a space — where a typist or smart-quote software
# printed ’ for ” ("We will win,’ she said"). An apostrophe never stands there.
_SCAN = re.compile(r"''|``|[“«„”»\"]|(?<=[,.?!])[’'](?=\s|$)")
SINGLE_CLOSING = frozenset("’'")
_SINGLE_CLOSE_AT_END = re.compile(r"(?<=[,.?!])[’']$")
# A single mark that opens a quote within a quote: ‘ anywhere, ' after a space or a bracket.
SINGLE_OPENING = re.compile(r"‘|(?<![\w’'])'(?=\w)")
#: Markup a scraper or an archive left in a text: an opening, closing or empty tag.
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>")
TITLE_WORDS = 5  # longest quoted title taken for a name rather than words said
TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "with"})


@dataclass(frozen=True)
class Quote:
    """One quotation, as character fragments ``[start, end)`` including their marks: one
    fragment per paragraph it runs over."""

    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def is_title(self, text: str, full_stop: bool = False, named: bool = False) -> bool:
        """A few capitalised words in marks, with no sentence of their own, name a show, a book
        or a slogan ("appeared on CBS's \"Face the Nation,\""), not words anyone said. American
        style puts a sentence's full stop inside the marks ("said on \"Good Morning
        America.\""): with ``full_stop`` a title of two or more words may end in one — but so
        may a slogan someone chants, so that is only for passing over a title where words said
        cannot stand (between a quote's halves, as a contact's trigger). Right after the work
        it ``named`` ("her film, “Trainwreck.”"), even one word may end in it."""
        words = self.words(text).rstrip(",")
        several = full_stop and (named or len(words.split()) > 1)
        tokens = words.removesuffix(".").split() if several else words.split()
        return (
            len(self.fragments) == 1
            and 0 < len(tokens) <= TITLE_WORDS
            and " ".join(tokens).lower() not in ONE_WORD_REPLIES
            and not " ".join(tokens).endswith((".", "!", "?"))
            and all(t[0].isupper() or t.lower() in TITLE_SMALL_WORDS for t in tokens)
        )

    def words(self, text: str) -> str:
        """The quoted words without marks, paragraphs joined by a space."""
        parts = [_unmarked(text[s:e]) for s, e in self.fragments]
        return " ".join(part for part in parts if part)


#: A reply of one word, capitalised as a title is ("“No,” he said"): words said, not a name.
ONE_WORD_REPLIES = frozenset(
    {"no", "nope", "never", "yes", "yeah", "yep", "sure", "absolutely", "correct", "false"}
)


def _unmarked(fragment: str) -> str:
    fragment = fragment.strip()
    if not SINGLE_OPENING.search(fragment):  # closed by a single mark, not a quote within it
        fragment = _SINGLE_CLOSE_AT_END.sub("", fragment)
    for doubled in (DOUBLED_STRAIGHT, DOUBLED_OPENING):
        fragment = fragment.removeprefix(doubled)
    return fragment.removesuffix(DOUBLED_STRAIGHT).strip().strip('"“”«»„').strip()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text`` in order, multi-paragraph quotes as one :class:`Quote`."""
    return list(_quotes_of(text))


@lru_cache(maxsize=4)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    """The scan behind :func:`find_quotes`, once per text: the cast, the statements, the events
    and the reports all read an article's quotes, several times each."""
    quotes: list[Quote] = []
    pending: list[tuple[int, int]] = []  # fragments of a quote still open at a paragraph end
    for start, end in _paragraphs(text):
        if pending and not _opens_with_mark(text, start, end):
            quotes.append(Quote(tuple(pending)))
            pending = []
        spans, open_at = _scan_paragraph(text, start, end)
        if pending and spans and spans[0][0] == _first_char(text, start, end):
            pending.append(spans.pop(0))
            quotes.append(Quote(tuple(pending)))
            pending = []
        if pending and open_at is not None and not spans:
            pending.append((open_at, _trimmed_end(text, end)))
            continue
        if pending:
            quotes.append(Quote(tuple(pending)))
            pending = []
        quotes.extend(Quote((span,)) for span in spans)
        if open_at is not None:
            pending = [(open_at, _trimmed_end(text, end))]
    if pending:
        quotes.append(Quote(tuple(pending)))
    return tuple(quotes)


def quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Every fragment of every quotation (marks included), in order: where a trigger or a
    name stands inside someone's words."""
    return tuple(fragment for quote in find_quotes(text) for fragment in quote.fragments)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraphs holding ``start`` and ``end`` begin and end, as the quote scan
    reads paragraphs (a hard-wrapped one runs over its lines)."""
    spans = _paragraphs(text)
    first = next((s for s, e in reversed(spans) if s <= start), 0)
    last = next((e for s, e in spans if e >= end), len(text))
    return first, last


@lru_cache(maxsize=4)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans: runs of text between line breaks — in a text whose paragraphs are set
    off by blank lines, not a single break in mid-sentence, where a hard-wrapped text ran out
    of width ('"There was no communication between the campaign and any\nforeign entity'),
    or a quote would end at every line."""
    spans: list[tuple[int, int]] = []
    start = 0
    blank_lines = "\n\n" in text
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            if blank_lines and spans and _wrapped(text, spans[-1][1], start):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        start = end + 1
    return tuple(spans)


def _wrapped(text: str, line_end: int, next_start: int) -> bool:
    """The line ending at ``line_end`` runs on into the next, one break away: it stops in
    mid-sentence and the next goes on without a bullet, a label or a quote mark."""
    if next_start != line_end + 1:
        return False
    last = text[line_end - 1 : line_end]
    following = text[next_start : next_start + 1]
    return (
        bool(last)
        and last not in _LINE_ENDS
        and following.isalnum()
        and not _LABEL.match(text, next_start)
    )


_LINE_ENDS = frozenset(".!?:;\"”’'")
_LABEL = re.compile(r"[A-Z][A-Z .'’-]*:")


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and not text[start].strip():
        start += 1
    return start


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and not text[end - 1].strip():
        end -= 1
    return end


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    first = _first_char(text, start, end)
    return first < end and _mark_length(text, first, end) > 0


def _mark_length(text: str, i: int, end: int) -> int:
    """How many characters the double quotation mark at ``i`` takes (0: none there)."""
    if text.startswith((DOUBLED_STRAIGHT, DOUBLED_OPENING), i, end):
        return 2
    return 1 if text[i] in OPENING or text[i] in CLOSING or text[i] == STRAIGHT else 0


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes of one paragraph, and where a quote left open at its end began."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    nested = 0  # quotes opened inside the open one and not yet closed
    tags = _markup_tags(text, start, end)
    for found in _SCAN.finditer(text, start, end):
        i, mark = found.start(), found.group()
        if any(s <= i < e for s, e in tags):
            continue
        if mark in SINGLE_CLOSING:
            if open_at is not None and not nested and _closes_single(text, open_at, i):
                spans.append((open_at, i + 1))
                open_at = None
        elif open_at is None and _opens(text, i, mark):
            open_at = i
        elif open_at is not None and _opens_nested(text, open_at, i, mark):
            nested += 1
        elif open_at is not None and _closes(text, i, end, mark):
            if nested:
                nested -= 1
                continue
            spans.append((open_at, i + len(mark)))
            open_at = None
    return spans, open_at


def _closes_single(text: str, open_at: int, i: int) -> bool:
    """A single closing mark after a comma or a full stop closes the open double quote unless
    a quote within it opened with a single mark, which this one closes ("He told me, ‘Go
    home.’ So I did,” she said)."""
    return SINGLE_OPENING.search(text, open_at + 1, i) is None


def _opens_nested(text: str, open_at: int, i: int, mark: str) -> bool:
    """A curly opening mark after a space inside a quote that opened with one, mid-sentence,
    opens a quote within the quote — a phrase the speaker cites, or a scare-quoted word,
    printed with double marks (“She calls it “a disgrace” and means it,” he said): its closing
    mark is not the outer one's. After a full stop it rather opens the next quote of a
    paragraph whose first one lost its closing mark; and inside a straight mark opening a
    paragraph — an excerpt set off the way blogs quote another paper — the curly pairs are the
    quotes the excerpt reports: the scan leaves both as they were."""
    if not (_is_opening(mark) and _is_opening(text[open_at : open_at + 2])):
        return False
    if i == 0 or not text[i - 1].isspace():
        return False
    j = i - 1
    while j > 0 and text[j].isspace():
        j -= 1
    return text[j] not in ".!?"


def _markup_tags(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Markup a scraper or an archive left in the text (``<tweet author="@AP">``, ``<a
    href="…">``): the marks around its attribute values quote no one."""
    if "<" not in text[start:end]:
        return []
    return [tag.span() for tag in MARKUP_TAG.finditer(text, start, end)]


def _closes(text: str, i: int, end: int, mark: str) -> bool:
    """A closing or straight mark closes an open quote; so does an opening mark printed where
    a closing one belongs — right after a word or its comma and before a space ("It's
    unusual,“ said Noble"), a slip of typists and of smart-quote software."""
    if mark[0] not in OPENING and mark != DOUBLED_OPENING:
        return True
    after = i + len(mark)
    return (
        mark in OPENING
        and i > 0
        and not text[i - 1].isspace()
        and (after >= end or not text[after].isalnum())
    )


def _is_opening(mark: str) -> bool:
    """Whether ``mark`` (or the text it starts) is a mark only an opening can take."""
    return mark[0] in OPENING or mark.startswith(DOUBLED_OPENING)


def _opens(text: str, i: int, mark: str) -> bool:
    if _is_opening(mark):
        return True
    return mark in (STRAIGHT, DOUBLED_STRAIGHT) and _can_open(text, i)


def _can_open(text: str, i: int) -> bool:
    """A straight mark opens a quote after a space, a bracket or the start of a line."""
    return i == 0 or not text[i - 1].isalnum() or text[i - 1] in "(["


def has_quote_mark(text: str) -> bool:
    """Whether ``text`` prints any double quotation mark (a quote may start there)."""
    return QUOTE_MARK.search(text) is not None
