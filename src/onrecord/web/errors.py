"""One error envelope for the whole app, JSON and HTML alike::

    {"error": {"status": 404, "code": "not_found", "message": "no person ent_x"}}

A JSON request (a ``.json`` path, ``/openapi.json``, or a client that asks for JSON and not
HTML) gets it as JSON; a browser gets ``error.html``, which shows the same three fields.
Unknown routes, wrong methods, failed validation, missing tokens and crashes all go through
:func:`error_response`, so a client never has to parse two shapes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from onrecord.web.headers import secure

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    414: "uri_too_long",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_request",
    500: "internal_error",
}


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    """What every failed request answers, whatever the page."""

    error: ErrorBody


class AppError(Exception):
    """An error a view raises on purpose; it becomes the envelope with this status and code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Moved(Exception):
    """The item is known under another id (merged away, one article's telling of a contact):
    a 307 to its page, JSON twin kept."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


class NotFound(AppError):
    def __init__(self, message: str) -> None:
        super().__init__(404, "not_found", message)


def wants_json(request: Request) -> bool:
    """JSON for twin paths and API clients; HTML for browsers."""
    path = request.url.path
    if path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(
    request: Request, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The envelope, with the security headers: a crash is answered outside the middleware
    that adds them to every other response."""
    envelope = ErrorEnvelope(error=ErrorBody(status=status, code=code, message=message))
    if wants_json(request):
        return secure(JSONResponse(envelope.model_dump(), status_code=status, headers=headers))
    templates: Jinja2Templates = request.app.state.templates
    response = templates.TemplateResponse(
        request,
        "error.html",
        {"error": envelope.error, "json_url": None},
        status_code=status,
        headers=headers,
    )
    return secure(response)


def _app_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, AppError)
    return error_response(request, error.status, error.code, error.message)


def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    code = _CODES.get(error.status_code, "http_error")
    message = str(error.detail) if error.detail else code.replace("_", " ")
    if error.status_code == 404 and error.detail == "Not Found":
        message = f"nothing at {request.url.path}"
    return error_response(request, error.status_code, code, message, error.headers)


def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    return error_response(request, 422, "invalid_request", _validation_message(error.errors()))


def _validation_message(problems: Any) -> str:
    """``query.page: Input should be greater than or equal to 1; …``"""
    parts = []
    for problem in problems:
        where = ".".join(str(p) for p in problem.get("loc", ()))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _moved(request: Request, error: Exception) -> Response:
    assert isinstance(error, Moved)
    twin = ".json" if request.url.path.endswith(".json") else ""
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(error.location + twin + query, status_code=307)


def _crash(request: Request, error: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=error)
    return error_response(request, 500, "internal_error", "the server failed; see its log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(Moved, _moved)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _crash)
