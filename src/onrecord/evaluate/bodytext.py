"""Body-text fidelity: how much of an article's own text a reading keeps, and how much else.

Scored as word-shingle overlap (four-word sequences, counted with repeats) between what a system
returns and the article's paragraphs, summed over all pages (micro P/R/F1): a dropped paragraph
costs recall, a kept menu or appeal costs precision. The pages are real PolNeAR article text in
written page shells (:mod:`onrecord.evaluate.pages`). Systems compared, on the same pages:
trafilatura alone (its defaults, and with ``favor_precision``), onrecord reading the HTML, the
page's whole text as is ("doing nothing"), and onrecord reading that whole text as plain text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import trafilatura

from onrecord.errors import IngestError
from onrecord.evaluate.matching import Counts
from onrecord.evaluate.pages import Page, Story, pages, story_of
from onrecord.evaluate.polnear_corpus import polnear_articles, split_names
from onrecord.ingest import InMemoryIngestMemory, SourceMeta
from onrecord.ingest.article import build
from onrecord.ingest.document import Document, Fields, Kind
from onrecord.settings import load_settings

SHINGLE = 4
PAGES = 240  # pages scored by default: enough for every layout and outlet, a minute to run
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|section|header|footer|nav|article|aside|main|figure"
    r"|figcaption|form|button|time|br)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")

System = Callable[[Sequence[Page]], list[str]]


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Every run of ``size`` consecutive lowercase words, with its count."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return Counter(tuple(words[i : i + size]) for i in range(max(len(words) - size + 1, 0)))


def overlap_counts(extracted: str, gold: str) -> Counts:
    got, want = shingles(extracted), shingles(gold)
    shared = sum((got & want).values())
    return Counts(tp=shared, fp=sum(got.values()) - shared, fn=sum(want.values()) - shared)


def score(outputs: Iterable[str], golds: Iterable[str]) -> dict[str, Any]:
    """Micro P/R/F1 over all pages."""
    total = Counts()
    for extracted, gold in zip(outputs, golds, strict=True):
        found = overlap_counts(extracted, gold)
        total = Counts(total.tp + found.tp, total.fp + found.fp, total.fn + found.fn)
    return total.scores()


def evaluate_bodytext(data: Path, limit: int | None = PAGES) -> dict[str, Any]:
    """Every system on the same pages, overall and per page layout."""
    made = pages(_stories(data, limit))
    golds = [page.story.body for page in made]
    result: dict[str, Any] = {"pages": len(made)}
    for name, system in SYSTEMS.items():
        outputs = system(made)
        by_layout: dict[str, Any] = {}
        for layout in sorted({page.layout for page in made}):
            chosen = [i for i, page in enumerate(made) if page.layout == layout]
            by_layout[layout] = score([outputs[i] for i in chosen], [golds[i] for i in chosen])
        result[name] = {**score(outputs, golds), "layouts": by_layout}
    return result


def _stories(data: Path, limit: int | None) -> list[Story]:
    """Articles spread evenly over the sorted names (all outlets and months), not the first N."""
    names = split_names(data)
    if limit and limit < len(names):
        step = len(names) / limit
        names = [names[int(i * step)] for i in range(limit)]
    return [
        story_of(a.name, a.path.read_text(encoding="utf-8"), a.outlet, a.published)
        for a in polnear_articles(data, names)
    ]


def _trafilatura(**options: Any) -> System:
    def run(made: Sequence[Page]) -> list[str]:
        return [trafilatura.extract(page.html, **options) or "" for page in made]

    return run


def _whole_text(made: Sequence[Page]) -> list[str]:
    """The page's text with no judgement at all, as a browser's copy of the whole page gives it:
    every text, menus and all, a line per block element."""
    return [page_text(page.html) for page in made]


def page_text(page: str) -> str:
    """Every text of an HTML page, a line per block element, scripts and styles left out."""
    page = _SCRIPT.sub("", page)
    page = _BLOCK_TAG.sub("\n", page)
    text = html.unescape(_TAG.sub(" ", page))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _onrecord(kind: Kind) -> System:
    """onrecord's own reading, as ``add`` does it: one ingest memory across the pages, so the
    per-outlet recurring-block counter works as it would for a user."""

    def run(made: Sequence[Page]) -> list[str]:
        memory = InMemoryIngestMemory()
        settings = load_settings().ingest
        bodies = _whole_text(made) if kind is Kind.TEXT else [page.html for page in made]
        outputs = []
        for page, body in zip(made, bodies, strict=True):
            fields = Fields(outlet=page.story.outlet)
            document = Document(f"{page.story.name}.{kind.value}", kind, body, fields)
            try:
                outputs.append(build(document, SourceMeta(), settings, memory).article.clean_text)
            except IngestError:
                outputs.append("")
        return outputs

    return run


SYSTEMS: dict[str, System] = {
    "trafilatura": _trafilatura(),
    "trafilatura_precision": _trafilatura(favor_precision=True),
    "onrecord_html": _onrecord(Kind.HTML),
    "whole_page_text": _whole_text,
    "onrecord_whole_page_text": _onrecord(Kind.TEXT),
}
