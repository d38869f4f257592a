"""Evidence objects for exports, with W3C Web Annotation selectors.

Offsets alone break as soon as a reader's copy of the article differs by one character; a
TextQuoteSelector (the exact words plus a little context either side) lets annotation tools
re-anchor the citation anyway, and the TextPositionSelector keeps the precise offsets. Both are
computed from the article's clean text, which the offsets refer to.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from onrecord.record import Span
from onrecord.store import Store

CONTEXT_CHARS = 32  # prefix/suffix length: enough to disambiguate a repeated quote
_CACHED_ARTICLES = 64  # evidence arrives in id order, not article order: keep a few texts

Cite = Callable[[Span | None], dict[str, Any] | None]
"""Turns a span into its evidence object (what :class:`Citations` does)."""


def selectors(text: str | None, span: Span) -> list[dict[str, Any]]:
    """The Web Annotation selectors for ``span``; without the article text, the quote has no
    prefix or suffix (it still carries the exact words)."""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": span.text}
    if text is not None:
        quote["prefix"] = text[max(span.start - CONTEXT_CHARS, 0) : span.start]
        quote["suffix"] = text[span.end : span.end + CONTEXT_CHARS]
    position = {"type": "TextPositionSelector", "start": span.start, "end": span.end}
    return [quote, position]


class Citations:
    """Turns spans into DESIGN.md's evidence objects (article, start, end, text) plus a
    ``selector`` list, reading each article's clean text from the store at most once while it
    stays in a small cache."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._texts: OrderedDict[str, str | None] = OrderedDict()

    def __call__(self, span: Span | None) -> dict[str, Any] | None:
        if span is None:
            return None
        return {
            "article": span.article,
            "start": span.start,
            "end": span.end,
            "text": span.text,
            "selector": selectors(self._text(span.article), span),
        }

    def _text(self, article_id: str) -> str | None:
        if article_id in self._texts:
            self._texts.move_to_end(article_id)
            return self._texts[article_id]
        text = self._store.clean_text(article_id)
        self._texts[article_id] = text
        if len(self._texts) > _CACHED_ARTICLES:
            self._texts.popitem(last=False)
        return text
