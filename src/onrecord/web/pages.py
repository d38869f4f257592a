"""Pages and their JSON twins: one handler, two routes, the same data.

A page handler is a plain synchronous FastAPI endpoint that takes ``request: Request`` (plus
any path and query parameters, declared and validated as usual) and returns its data as a
pydantic model. :func:`page` registers it twice on a router:

- ``GET /path.json`` returns the model as JSON, documented in OpenAPI;
- ``GET /path`` renders ``templates/<template>`` with the model as ``page``.

The JSON twin of ``/`` is ``/index.json``. Example (this is how every view module does it)::

    router = APIRouter()

    @page(router, "/people/{entity}", "person.html")
    def person(request: Request, entity: str) -> PersonPage:
        return person_page(store_of(request), entity)

Handlers run in the thread pool, so they may call the store directly: :func:`store_of` is the
case's :class:`~onrecord.store.Store`, opened once by ``create_app``. Raise
:class:`onrecord.web.errors.NotFound` (or another ``AppError``) for a missing item: both twins
answer with the one error envelope.

Templates extend ``base.html`` (blocks ``title``, ``head`` for page-specific CSS/JS from
``/static``, and ``content``) and get ``page``, ``json_url`` (the twin of the current URL, query
kept) and ``case_name``. Jinja2 autoescapes everything; never use ``|safe`` on anything that
came from an article. Pass data to scripts through JSON endpoints or ``data-`` attributes: the
Content-Security-Policy forbids inline script.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import StrictUndefined
from pydantic import BaseModel

from onrecord.case import Case
from onrecord.store import Store
from onrecord.web.cache import CommitMemo
from onrecord.web.highlight import highlight

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

Handler = TypeVar("Handler", bound=Callable[..., BaseModel])


def store_of(request: Request) -> Store:
    """The case's store (one per app; SQLAlchemy pools the connections)."""
    store: Store = request.app.state.store
    return store


def json_path(path: str) -> str:
    return "/index.json" if path == "/" else f"{path}.json"


def page(
    router: APIRouter,
    path: str,
    template: str,
    *,
    summary: str | None = None,
    kept: bool = False,
) -> Callable[[Handler], Handler]:
    """Register ``handler`` as ``GET path`` (HTML) and ``GET path.json`` (JSON). The JSON route
    is added first, so ``/people/x.json`` never reaches ``/people/{entity}`` as ``x.json``.
    ``kept``: the page is read from the record alone, so its data is kept per URL until the
    store changes (:class:`onrecord.web.cache.CommitMemo`)."""

    def register(handler: Handler) -> Handler:
        if "request" not in inspect.signature(handler).parameters:
            raise TypeError(f"page handler {handler.__name__} must take request: Request")
        router.add_api_route(
            json_path(path),
            _kept_json(handler) if kept else handler,
            methods=["GET"],
            name=f"{handler.__name__}_json",
            summary=summary,
        )
        router.add_api_route(
            path,
            _kept_html(handler, template) if kept else _html_view(handler, template),
            methods=["GET"],
            name=handler.__name__,
            response_class=HTMLResponse,
            response_model=None,
            include_in_schema=False,
        )
        return handler

    return register


def _kept_json(handler: Handler) -> Callable[..., Response]:
    """``handler``'s JSON twin answered from the app's kept pages (``app.state.pages``) as the
    bytes FastAPI would send, so a page read again costs neither a query nor a serialisation.
    FastAPI still documents the handler's model (``functools.wraps`` keeps its signature)."""

    @functools.wraps(handler)
    def kept(*args: Any, **kwargs: Any) -> Response:
        def serialised() -> bytes:
            return bytes(JSONResponse(handler(*args, **kwargs).model_dump(mode="json")).body)

        return Response(_kept_body(kwargs["request"], serialised), media_type="application/json")

    return kept


def _kept_html(handler: Callable[..., BaseModel], template: str) -> Callable[..., Response]:
    """The page rendered once per URL until the store changes: rendering is most of what a kept
    page costs."""

    @functools.wraps(handler)
    def view(*args: Any, **kwargs: Any) -> Response:
        request: Request = kwargs["request"]

        def rendered() -> bytes:
            return bytes(render(request, template, handler(*args, **kwargs)).body)

        return HTMLResponse(_kept_body(request, rendered))

    return view


def _kept_body(request: Request, compute: Callable[[], bytes]) -> bytes:
    """The body kept for this URL (path and query: a twin's pager links differ, so each twin
    is kept apart)."""
    memo: CommitMemo[tuple[str, str], bytes] = request.app.state.pages
    return memo.get(store_of(request), (request.url.path, request.url.query), compute)


def _html_view(handler: Callable[..., BaseModel], template: str) -> Callable[..., Response]:
    @functools.wraps(handler)
    def view(*args: Any, **kwargs: Any) -> Response:
        return render(kwargs["request"], template, handler(*args, **kwargs))

    return view


def render(
    request: Request, template: str, data: BaseModel | None, status_code: int = 200
) -> Response:
    """A template with the page data, the URL of its JSON twin and the case's name."""
    templates: Jinja2Templates = request.app.state.templates
    context = {"page": data, "json_url": twin_url(request) if data is not None else None}
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def twin_url(request: Request) -> str:
    """The JSON twin of the current page, query string kept (a path, never a host)."""
    query = request.url.query
    return json_path(request.url.path) + (f"?{query}" if query else "")


def make_templates(case: Case) -> Jinja2Templates:
    """The app's Jinja2 environment: autoescape on for every template, undefined names fail;
    every template compiled up front."""
    templates = Jinja2Templates(directory=TEMPLATES)
    templates.env.autoescape = True
    templates.env.undefined = StrictUndefined
    templates.env.globals["case_name"] = case.folder.resolve().name
    templates.env.globals["highlight"] = highlight
    templates.env.filters["zip"] = lambda values, others: list(zip(values, others, strict=True))
    for name in templates.env.list_templates(extensions=["html"]):
        templates.env.get_template(name)  # compiled now: a page's first reader does not wait
    return templates
