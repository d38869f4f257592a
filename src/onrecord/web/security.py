"""The app's fences: security headers on every response, the optional token, and forms that
only the app's own pages can submit.

- Content-Security-Policy ``default-src 'self'`` with no inline script (scripts come from
  ``/static`` and read their data from JSON endpoints or ``data-`` attributes), plus
  ``X-Content-Type-Options: nosniff``, no referrer (article URLs are the user's research), no
  framing.
- With a token (``serve --token`` or ``ONRECORD_TOKEN``) every request needs it: a browser
  visits ``/?token=T`` once and gets an HttpOnly, SameSite=Strict cookie; API clients send
  ``Authorization: Bearer T``. Anything else is 401 in the error envelope.
- A POST must come from the app's own origin (``Sec-Fetch-Site: same-origin``, or else its
  ``Origin`` or ``Referer`` header names this host) unless it carries the bearer token: a page
  elsewhere cannot make a reporter's browser merge people or mark verdicts.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from onrecord.web.errors import error_response

TOKEN_ENV = "ONRECORD_TOKEN"
COOKIE = "onrecord_token"

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

Next = Callable[[Request], Awaitable[Response]]


async def _headers(request: Request, call_next: Next) -> Response:
    """Every response, errors included; a page may set a stricter or looser CSP itself."""
    response = await call_next(request)
    for name, value in _HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _same(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _token_gate(token: str) -> Callable[[Request, Next], Awaitable[Response]]:
    async def gate(request: Request, call_next: Next) -> Response:
        if _same(_bearer(request), token) or _same(request.cookies.get(COOKIE), token):
            return await call_next(request)
        if _same(request.query_params.get("token"), token):
            return _welcome(request, token)
        return error_response(
            request,
            401,
            "unauthorized",
            "this case needs its token: visit /?token=… once, or send Authorization: Bearer …",
            {"WWW-Authenticate": "Bearer"},
        )

    return gate


def _welcome(request: Request, token: str) -> Response:
    """Set the cookie and drop the token from the address bar (and from the history)."""
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
    target = request.url.path + (f"?{query}" if query else "")
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


def _own_origin(request: Request) -> bool:
    """A browser says where a form came from in ``Sec-Fetch-Site`` (no page can set it); with
    this app's ``no-referrer`` policy it sends ``Origin: null`` and no Referer, so that header
    is what a real browser's form passes on. Clients without it need an Origin or Referer
    naming this host."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source:
        return False
    parts = urlsplit(source)
    return parts.netloc == request.headers.get("host") and parts.scheme in ("http", "https")


async def _forms(request: Request, call_next: Next) -> Response:
    if request.method in ("GET", "HEAD", "OPTIONS") or _bearer(request) is not None:
        return await call_next(request)
    if not _own_origin(request):
        return error_response(
            request, 403, "forbidden", "forms are accepted only from this app's own pages"
        )
    return await call_next(request)


def install(app: FastAPI, token: str | None) -> None:
    """Order matters: the headers wrap everything (401s and 403s included)."""
    app.middleware("http")(_forms)
    if token:
        app.middleware("http")(_token_gate(token))
    app.middleware("http")(_headers)
