"""Bounded parameter types shared by every view: a parameter out of bounds is a 422 in the
error envelope naming it, never a crash deeper down (a page number past SQLite's 64-bit
integers, a NUL byte that FTS5 and PostgreSQL refuse).

:mod:`onrecord.web.security` also refuses control characters in the path and in every query
parameter before any view runs; :data:`FormText` does the same for form fields.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Form, Query
from pydantic import AfterValidator, BeforeValidator

# 100,000 pages of 25 reach 2.5 million rows, past any case; the offset stays a small integer.
MAX_PAGE = 100_000
# The longest free text a filter takes (a name, an outlet, a reason code).
MAX_TEXT = 200


def printable(value: str) -> str:
    """Refuse control characters (NUL above all): no id, name, note or query holds one."""
    if has_control(value):
        raise ValueError("must not contain control characters")
    return value


def printable_or_none(value: str | None) -> str | None:
    """:func:`printable` for an optional field."""
    return None if value is None else printable(value)


def has_control(value: str) -> bool:
    """True when ``value`` holds a C0 control character or DEL (tab and line breaks excepted:
    a note may have several lines)."""
    return any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in value)


def blank_is_none(value: object) -> object:
    """A filter form sends every field, filled or not: an empty one means "any"."""
    return None if value == "" else value


Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
FormText = Annotated[str, Form(min_length=1, max_length=300), AfterValidator(printable)]
Note = Annotated[str | None, Form(max_length=2000), AfterValidator(printable_or_none)]
Day = Annotated[date | None, BeforeValidator(blank_is_none), Query()]
