"""HTML to body text and page metadata, with trafilatura (the strongest open extractor).

Dates come from the page's own metadata only (htmldate without its extensive text search):
a date guessed from the body is the text stage's job, with the lower confidence it deserves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import trafilatura

from onrecord.errors import EmptyInput

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    """What trafilatura found: paragraphs separated by blank lines, and metadata."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    published: date | None = None


def extract(html: str, url: str | None = None) -> Page:
    """The page's body and metadata; a page with no body is an ``EmptyInput``."""
    found: Any = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    body = found.text if found is not None else ""
    text = "\n\n".join(line for line in (body or "").splitlines() if line.strip())
    if not text:
        raise EmptyInput("no article body found in the page")
    return Page(
        text=text,
        title=found.title or None,
        authors=_authors(found.author),
        sitename=found.sitename or None,
        published=_date(found.date),
    )


def _authors(value: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (value or "").split(";") if name.strip())


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
