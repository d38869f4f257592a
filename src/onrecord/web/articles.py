"""Articles: the list (``/articles``), the reader (``/articles/{id}``) with every evidence span
marked, and full-text search (``/search``). Lists are one indexed page at a time
(:mod:`onrecord.store.queries`); a search's ranking is kept until the store changes, so its
pages, and the same search asked again, read only the rows they show."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from onrecord.store import queries
from onrecord.store.queries import ArticleFilter, Evidence
from onrecord.web import convert
from onrecord.web.cache import CommitMemo
from onrecord.web.errors import NotFound
from onrecord.web.models import (
    ArticleFilters,
    ArticlePage,
    ArticlesPage,
    Mark,
    SearchHit,
    SearchPage,
    SnippetPart,
)
from onrecord.web.pages import page, store_of
from onrecord.web.params import Day, Page, Text

router = APIRouter()


def _filters(outlet: str | None, since: date | None, until: date | None) -> ArticleFilters:
    return ArticleFilters(outlet=outlet or None, since=since, until=until)


def _where(filters: ArticleFilters) -> ArticleFilter:
    return ArticleFilter(filters.outlet, filters.since, filters.until)


@page(
    router,
    "/articles",
    "articles.html",
    summary="Articles, newest first, filtered and paged",
    kept=True,
)
def articles(
    request: Request,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    page: Page = 1,
) -> ArticlesPage:
    store = store_of(request)
    filters = _filters(outlet, since, until)
    window = queries.articles(store, _where(filters), convert.offset(page), convert.PER_PAGE)
    return ArticlesPage(
        filters=filters,
        outlets=queries.outlets(store),
        items=[convert.article_out(row) for row in window.rows],
        pager=convert.pager(request, page, window.total),
    )


def _mark(found: Evidence) -> Mark:
    target = {"event": "events", "report": "events"}.get(found.kind)
    return Mark(
        kind=found.kind,
        start=found.start,
        end=found.end,
        label=found.label,
        anchor=convert.anchor(found.start, found.end),
        href=convert.path(target, found.record) if target else None,
    )


@page(
    router,
    "/articles/{article_id}",
    "article.html",
    summary="An article with its evidence",
    kept=True,
)
def article(request: Request, article_id: str) -> ArticlePage:
    """The clean text and every span a statement, event, role or report cites from it."""
    store = store_of(request)
    found = queries.article_with_text(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id}")
    row, text = found
    return ArticlePage(
        article=convert.article_out(row),
        text=text,
        marks=[_mark(e) for e in queries.evidence(store, article_id)],
    )


@page(router, "/search", "search.html", summary="Full-text search over the articles", kept=True)
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    page: Page = 1,
) -> SearchPage:
    store = store_of(request)
    filters = _filters(outlet, since, until)
    where = _where(filters)
    rankings: CommitMemo[tuple[str, ArticleFilter], tuple[object, ...]]
    rankings = request.app.state.search_rankings
    ranked = rankings.get(store, (q, where), lambda: queries.search_ranking(store, q, where))
    window = queries.search(store, q, where, convert.offset(page), convert.PER_PAGE, ranked)
    return SearchPage(
        q=q,
        filters=filters,
        outlets=queries.outlets(store),
        items=[
            SearchHit(
                article=convert.article_out(hit.article),
                snippet=[SnippetPart(text=t, hit=h) for t, h in hit.snippet],
            )
            for hit in window.rows
        ],
        pager=convert.pager(request, page, window.total),
    )
