"""The app's fences: security headers on every response, sane parameters, known host names, the
optional token, and forms that only the app's own pages can submit.

- Every response carries the headers of :mod:`onrecord.web.headers` (errors build them in too).
- A path or query parameter with a control character (NUL above all), or a query string longer
  than :data:`MAX_QUERY`, is a 400 before any view runs: no database ever sees it.
- Only the host names the server was started for are answered (127.0.0.1, localhost, ::1, its
  ``--host`` and the ``web.allowed_hosts`` setting): a DNS-rebinding page, whose requests name
  the attacker's host, gets a 400 even from a server without a token.
- With a token (``serve --token`` or ``ONRECORD_TOKEN``, at least :data:`MIN_TOKEN` characters)
  every request needs it: a browser visits ``/?token=T`` once and gets an HttpOnly,
  SameSite=Strict cookie holding an expiry and its HMAC under the token (never the token
  itself); API clients send ``Authorization: Bearer T``. Anything else is 401 in the envelope.
- A POST must come from the app's own origin (``Sec-Fetch-Site: same-origin``, or else its
  ``Origin`` or ``Referer`` naming this scheme and host) unless it carries the right bearer
  token: a page elsewhere cannot make a reporter's browser merge people or mark verdicts.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from onrecord.errors import WeakToken
from onrecord.web.errors import error_response
from onrecord.web.headers import POLICY, secure
from onrecord.web.params import has_control

__all__ = ["COOKIE", "MIN_TOKEN", "POLICY", "TOKEN_ENV", "allowed_hosts", "install", "strong"]

TOKEN_ENV = "ONRECORD_TOKEN"
COOKIE = "onrecord_session"
MIN_TOKEN = 16
MAX_QUERY = 4096
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")

Next = Callable[[Request], Awaitable[Response]]
Middleware = Callable[[Request, Next], Awaitable[Response]]


async def _headers(request: Request, call_next: Next) -> Response:
    """Every response, errors included; a page may set a stricter or looser CSP itself."""
    return secure(await call_next(request))


def strong(token: str) -> str:
    """A token short enough to guess would make the gate decorative: refuse it by name."""
    if len(token) < MIN_TOKEN:
        raise WeakToken(
            f"the token has {len(token)} characters; use at least {MIN_TOKEN} "
            "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)"
        )
    return token


def _bad_parameter(request: Request) -> str | None:
    """What is wrong with the path or query string, if anything (the message names it)."""
    if len(request.url.query) > MAX_QUERY:
        return f"the query string is longer than {MAX_QUERY} characters"
    if has_control(request.url.path):
        return "the path holds a control character"
    for name, value in request.query_params.multi_items():
        if has_control(name) or has_control(value):
            return f"query parameter {name!r} holds a control character"
    return None


async def _parameters(request: Request, call_next: Next) -> Response:
    problem = _bad_parameter(request)
    if problem is not None:
        return error_response(request, 400, "bad_request", problem)
    return await call_next(request)


def allowed_hosts(bound: str, more: Iterable[str] = ()) -> frozenset[str]:
    """The names a request may give in Host: this machine's, the bound address, the setting's."""
    if isinstance(more, str):  # `allowed_hosts: newsroom.example` in YAML: one name, not letters
        more = (more,)
    return frozenset(name.strip("[]").lower() for name in (*LOCAL_HOSTS, bound, *more))


def _host_name(header: str | None) -> str | None:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    if not header:
        return None
    try:
        return urlsplit(f"//{header}").hostname
    except ValueError:
        return None


def _host_check(hosts: frozenset[str]) -> Middleware:
    async def check(request: Request, call_next: Next) -> Response:
        if _host_name(request.headers.get("host")) not in hosts:
            return error_response(
                request,
                400,
                "misdirected",
                "this server does not answer for that host name "
                "(add it to the web.allowed_hosts setting)",
            )
        return await call_next(request)

    return check


def _same(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _signature(token: str, expires: int) -> str:
    return hmac.new(
        token.encode(), f"onrecord-session:{expires}".encode(), hashlib.sha256
    ).hexdigest()


def cookie_value(token: str, expires: int) -> str:
    """``EXPIRES.HMAC``: proves the token was given once, cannot be turned back into it, and
    stops working at ``expires`` (seconds since the epoch) whatever the browser keeps."""
    return f"{expires}.{_signature(token, expires)}"


def _valid_cookie(value: str | None, token: str) -> bool:
    if not value:
        return False
    expires, _, signature = value.partition(".")
    if not expires.isdigit() or int(expires) < time.time():
        return False
    return hmac.compare_digest(signature.encode(), _signature(token, int(expires)).encode())


def _token_gate(token: str, max_age: int) -> Middleware:
    async def gate(request: Request, call_next: Next) -> Response:
        if _same(_bearer(request), token) or _valid_cookie(request.cookies.get(COOKIE), token):
            return await call_next(request)
        if _same(request.query_params.get("token"), token):
            return _welcome(request, token, max_age)
        return error_response(
            request,
            401,
            "unauthorized",
            "this case needs its token: visit /?token=… once, or send Authorization: Bearer …",
            {"WWW-Authenticate": "Bearer"},
        )

    return gate


def local_target(path: str, query: str) -> str:
    """A path on this server only: ``//evil.example/x`` (or ``/\\evil.example``), which a
    browser reads as another host, becomes ``/evil.example/x``."""
    return "/" + path.lstrip("/\\") + (f"?{query}" if query else "")


def _welcome(request: Request, token: str, max_age: int) -> Response:
    """Set the cookie and drop the token from the address bar (and from the history)."""
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
    response = RedirectResponse(local_target(request.url.path, query), status_code=303)
    expires = int(time.time()) + max_age
    response.set_cookie(
        COOKIE,
        cookie_value(token, expires),
        max_age=max_age,
        httponly=True,
        samesite="strict",
        path="/",
    )
    return response


def _own_origin(request: Request) -> bool:
    """A browser says where a form came from in ``Sec-Fetch-Site`` (no page can set it); with
    this app's ``no-referrer`` policy it sends ``Origin: null`` and no Referer, so that header
    is what a real browser's form passes on. Clients without it need an Origin or Referer
    naming this scheme and host (``https://`` is another origin than ``http://``)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source:
        return False
    parts = urlsplit(source)
    return parts.netloc == request.headers.get("host") and parts.scheme == request.url.scheme


def _forms(token: str | None) -> Middleware:
    """Only the right bearer token stands in for the origin check: without a token set, or with
    a wrong one, a Bearer header proves nothing."""

    async def forms(request: Request, call_next: Next) -> Response:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return await call_next(request)
        if token and _same(_bearer(request), token):
            return await call_next(request)
        if not _own_origin(request):
            return error_response(
                request, 403, "forbidden", "forms are accepted only from this app's own pages"
            )
        return await call_next(request)

    return forms


def install(
    app: FastAPI, token: str | None, hosts: frozenset[str], cookie_max_age: int = 7 * 86400
) -> None:
    """Order matters (the last added runs first): headers wrap everything, then the host
    check, then parameters, then the token, then forms."""
    app.middleware("http")(_forms(token))
    if token:
        app.middleware("http")(_token_gate(strong(token), cookie_max_age))
    app.middleware("http")(_parameters)
    app.middleware("http")(_host_check(hosts))
    app.middleware("http")(_headers)
