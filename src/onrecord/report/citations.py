"""Citation numbers: each cited sentence gets one number, in order of first use.

Numbers are handed out while the dossier is built, section by section, so the contradictions
cite [1], [2], … and both renderers print the same numbers. The appendix needs each cited
article's title, outlet, date and URL but not its text, which the spans already carry; articles
are read from the store in batches, so a case of thousands of articles is never held whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from onrecord.readmodel import ArticleSummary, summary_of
from onrecord.record import Span
from onrecord.report.model import Citation, SourceArticle
from onrecord.store import Store

_BATCH = 200


class CitationBook:
    """Numbers spans by first use; the same (article, start, end) is always the same number."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, int, int], Citation] = {}
        self._spans: list[Span] = []

    def cite(self, span: Span) -> int:
        key = (span.article, span.start, span.end)
        if key not in self._numbers:
            self._numbers[key] = Citation(len(self._numbers) + 1, span)
            self._spans.append(span)
        return self._numbers[key].number

    def span(self, number: int) -> Span:
        """The sentence cited as ``number`` (numbers are handed out from 1, without gaps)."""
        return self._spans[number - 1]

    def cite_all(self, spans: Iterable[Span]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.cite(span) for span in spans))

    def sources(self, store: Store) -> tuple[SourceArticle, ...]:
        """The appendix: cited articles in order of their first citation, each with its
        citations in number order."""
        by_article: dict[str, list[Citation]] = {}
        for citation in self._numbers.values():  # insertion order is number order
            by_article.setdefault(citation.span.article, []).append(citation)
        known = _sources(store, list(by_article))
        return tuple(
            SourceArticle(
                index,
                known.get(article) or ArticleSummary(article, None, None, None, None),
                tuple(cites),
            )
            for index, (article, cites) in enumerate(by_article.items(), start=1)
        )


def _sources(store: Store, ids: Sequence[str]) -> dict[str, ArticleSummary]:
    found: dict[str, ArticleSummary] = {}
    for start in range(0, len(ids), _BATCH):
        for article in store.articles(ids=ids[start : start + _BATCH]):
            found[article.id] = summary_of(article)
    return found
