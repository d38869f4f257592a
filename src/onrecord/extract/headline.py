"""Where an article's headline stands in its text: a headline retells the body in telegraphic
form, so neither a statement nor a contact is read from it (the body's own report is the
record)."""

from __future__ import annotations

import re

from onrecord.record import Article


def headline_span(article: Article) -> tuple[int, int]:
    """Where the article's title stands in its text, as a line (or lines) of its own ((0, 0) if
    it does not). A headline retells the body's contact or statement in telegraphic form ("X
    met Russian envoy", "X says he won't back Y"): its role phrases are never tied to the
    names the body uses, so it would only duplicate the body's record under other
    participants or speakers. The text may punctuate it otherwise
    than the title field (a closing period, a line break after its semicolon)."""
    words = re.findall(r"\w+", article.title or "")
    text = article.clean_text
    # its words in order, whatever between them, and what closes its line: a period, a quote
    title = r"\W*".join(map(re.escape, words)) + r"[^\w\n]*"
    found = re.search(title, text, re.IGNORECASE) if words else None
    if found is None:
        return (0, 0)
    start, end = found.span()
    on_own_line = text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", "\n")
    return (start, end) if on_own_line else (0, 0)
