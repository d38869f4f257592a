"""The security headers every response carries, errors and crashes included.

They live apart from :mod:`onrecord.web.security` so that :mod:`onrecord.web.errors` can set
them on every error it builds: a crash is answered outside every middleware, so a header
middleware alone never reaches a 500.

- Content-Security-Policy ``default-src 'self'`` with no inline script (scripts come from
  ``/static`` and read their data from JSON endpoints or ``data-`` attributes), plus
  ``X-Content-Type-Options: nosniff``, no referrer (article URLs are the user's research), no
  framing.
"""

from __future__ import annotations

from starlette.responses import Response

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def secure(response: Response) -> Response:
    """Add the headers a response does not set itself (a page may set its own CSP)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response
