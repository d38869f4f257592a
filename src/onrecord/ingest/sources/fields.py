"""Stated metadata (JSONL fields, sidecar files) read into :class:`Fields`, strictly: a wrong
type is an error the user sees, not a silently missing date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from onrecord.errors import UnreadableInput
from onrecord.ingest.document import Fields


def read_fields(values: Mapping[str, Any]) -> Fields:
    """``url``, ``title``, ``outlet``, ``published`` (ISO date) and ``authors`` (list or str)."""
    return Fields(
        url=_text(values, "url"),
        title=_text(values, "title"),
        outlet=_text(values, "outlet"),
        published=_date(values.get("published")),
        authors=_authors(values.get("authors")),
    )


def _text(values: Mapping[str, Any], key: str) -> str | None:
    value = values.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UnreadableInput(f"field {key!r} must be a string")
    return value.strip() or None


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise UnreadableInput(f"field 'published' is not an ISO date: {value!r}") from error


def _authors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise UnreadableInput("field 'authors' must be a list of names or a string")
    return tuple(name.strip() for name in value if name.strip())
