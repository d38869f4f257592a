"""The FastAPI app for one case: :func:`create_app` is what ``onrecord serve`` runs.

The case's store is opened once and kept on ``app.state.store`` (SQLAlchemy pools connections
for the request threads); views find it with :func:`onrecord.web.pages.store_of`. Assets come
from ``/static`` only, and the API docs page loads the vendored Swagger UI from there: the app
works with no network at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from onrecord.case import Case
from onrecord.pipeline import run_check
from onrecord.store import Store
from onrecord.web import articles, contradictions, errors, events, jobs, people, security, visual
from onrecord.web.cache import CommitMemo, warm_views
from onrecord.web.pages import STATIC, make_templates

OPENAPI_URL = "/openapi.json"
SEARCHES_KEPT = 32  # searches whose ranking is kept until the store changes
PAGES_KEPT = 128  # pages read from the record kept until it changes (see pages.page)
_DOCS_POLICY = security.POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def create_app(case: Case, token: str | None = None, host: str = "127.0.0.1") -> FastAPI:
    """The web app for ``case`` served at ``host``; with ``token``, every request must carry it.
    Requests naming another host than ``host``, this machine's or ``web.allowed_hosts`` are
    refused (no DNS rebinding)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        warm_views(app)
        yield
        app.state.jobs.close()
        app.state.store.close()

    app = FastAPI(
        title=f"onrecord: {case.folder.resolve().name}",
        summary="The case's record as JSON: every page of the app has a .json twin.",
        docs_url=None,
        redoc_url=None,
        openapi_url=OPENAPI_URL,
        lifespan=lifespan,
    )
    app.state.case = case
    app.state.store = case.store()
    app.state.templates = make_templates(case)
    app.state.jobs = jobs.Jobs(lambda: _recheck(app))
    app.state.templates.env.globals["unfinished_jobs"] = app.state.jobs.unfinished
    errors.install(app)
    web = case.settings.web
    hosts = security.allowed_hosts(host, web.allowed_hosts)
    security.install(app, token, hosts, int(web.cookie_max_age_days * 86400))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_api_route("/docs", _docs, methods=["GET"], include_in_schema=False)
    app.state.contradictions = contradictions.index_cache()
    app.state.visual = visual.VisualCaches()
    app.state.search_rankings = CommitMemo(SEARCHES_KEPT)
    app.state.pages = CommitMemo(PAGES_KEPT)
    for views in (contradictions, people, events, articles, jobs):
        app.include_router(views.router)
    app.include_router(visual.router)
    return app


def _recheck(app: FastAPI) -> None:
    """A merge's or split's job: check the case again, then rebuild the whole-record views."""
    run_check(app.state.case)
    warm_views(app)


def prepare_views(store: Store) -> None:
    """Build the views the store keeps for the record's current version (the dashboard, the
    timeline, the graph): ``onrecord check`` calls this, so the app's first reader finds them
    built."""
    visuals = visual.VisualCaches()
    for cache in (contradictions.index_cache(), visuals.timeline, visuals.graph):
        cache.prepare(store)


def _docs(request: Request) -> Response:
    """Swagger UI from /static/vendor (Swagger's own stylesheet sets inline styles, so this page
    alone allows them; it shows no article text)."""
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "docs.html", {"openapi_url": OPENAPI_URL}
    )
    response.headers["Content-Security-Policy"] = _DOCS_POLICY
    return response
