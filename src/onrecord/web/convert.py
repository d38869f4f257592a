"""Record values into page values: dates, citations, article cards, pagers and links.

One place decides how a date reads, where a citation links (the exact sentence in the article
reader: ``/articles/{id}#span-START-END``) and which article URLs are shown at all (http and
https only, through :func:`onrecord.report.blocks.safe_url`).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import Request

from onrecord.dates import FuzzyDate
from onrecord.readmodel import ArticleSummary
from onrecord.record import Span
from onrecord.report import words
from onrecord.report.blocks import safe_url
from onrecord.web.models import ArticleOut, Cite, Pager, PersonRef, When

PER_PAGE = 25


def when(value: FuzzyDate | None) -> When | None:
    if value is None:
        return None
    return When(
        start=value.start,
        end=value.end,
        precision=value.precision.value,
        text=words.when(value),
    )


def path(*parts: str) -> str:
    """An app path from ids (each percent-encoded: an id is data, never path syntax)."""
    return "/" + "/".join(quote(part, safe="") for part in parts)


def anchor(start: int, end: int) -> str:
    return f"span-{start}-{end}"


def cite(span: Span, article: ArticleSummary | None = None) -> Cite:
    return Cite(
        article=span.article,
        start=span.start,
        end=span.end,
        text=span.text,
        href=f"{path('articles', span.article)}#{anchor(span.start, span.end)}",
        title=article.title if article else None,
        outlet=article.outlet if article else None,
        published=when(article.published) if article else None,
    )


def article_out(row: ArticleSummary) -> ArticleOut:
    return ArticleOut(
        id=row.id,
        href=path("articles", row.id),
        title=row.title,
        outlet=row.outlet,
        url=safe_url(row.url),
        published=when(row.published),
        dated_by=row.dated_by,
        date_confidence=row.date_confidence,
    )


def person(entity: str | None, name: str) -> PersonRef:
    """A link to a person page, or just the name when no entity is known."""
    if entity is None or entity.startswith("name:"):
        return PersonRef(id=None, name=name, href=None)
    return PersonRef(id=entity, name=name, href=path("people", entity))


def offset(page: int, per_page: int = PER_PAGE) -> int:
    return (page - 1) * per_page


def pager(request: Request, page: int, total: int, per_page: int = PER_PAGE) -> Pager:
    """Previous/next links keep every other query parameter of the current URL."""
    pages = max(1, -(-total // per_page))
    return Pager(
        page=page,
        per_page=per_page,
        total=total,
        pages=pages,
        prev_href=page_href(request, page - 1) if page > 1 else None,
        next_href=page_href(request, page + 1) if page < pages else None,
    )


def page_href(request: Request, page: int, name: str = "page") -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != name]
    return f"{request.url.path}?{urlencode([*params, (name, str(page))])}"
