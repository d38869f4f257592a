"""Flattening the JSON objects of :mod:`onrecord.export.jsonl` into single-level rows.

Spreadsheets (CSV) and graph tools (GEXF/GraphML attributes) take one value per column, so
both flatten the same objects the same way rather than re-deriving fields from the records:

- nested objects become dotted columns: ``said_on.start``, ``proposition.relation``;
- lists become one cell joined with :data:`LIST_SEPARATOR` (``aliases``); a list of objects
  becomes one joined cell per field (``participants.name`` = "Donald Trump | Sergey Kislyak");
- an evidence ``selector`` list becomes ``prefix`` and ``suffix`` columns (its exact words and
  offsets are already the ``text``, ``start`` and ``end`` columns);
- missing values (None, empty lists) are left out, so the consumer's empty cell stands for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LIST_SEPARATOR = " | "
Scalar = str | int | float | bool
EVIDENCE_FIELDS = ("article", "start", "end", "text", "prefix", "suffix")


def evidence_columns(prefix: str) -> tuple[str, ...]:
    """The columns one flattened evidence object fills."""
    return tuple(f"{prefix}.{field}" for field in EVIDENCE_FIELDS)


def flatten(obj: Mapping[str, Any], prefix: str = "") -> dict[str, Scalar]:
    """One level of ``column -> value`` for a (nested) JSON object."""
    row: dict[str, Scalar] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if key == "selector" and isinstance(value, list):
            row.update(_quote_context(value, prefix))
        elif isinstance(value, Mapping):
            row.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            row.update(_flatten_list(value, name))
        elif value is not None:
            row[name] = value
    return row


def _flatten_list(items: list[Any], name: str) -> dict[str, Scalar]:
    if not items:
        return {}
    if all(isinstance(item, Mapping) for item in items):
        return _join_rows([flatten(item, f"{name}.") for item in items])
    return {name: LIST_SEPARATOR.join(str(item) for item in items)}


def _join_rows(rows: list[dict[str, Scalar]]) -> dict[str, Scalar]:
    """Per column, the values of several flattened objects joined into one cell; an object
    missing a value keeps its place with an empty string, so the cells stay aligned."""
    columns = dict.fromkeys(column for row in rows for column in row)
    return {
        column: LIST_SEPARATOR.join(str(row.get(column, "")) for row in rows) for column in columns
    }


def _quote_context(selectors: list[Mapping[str, Any]], prefix: str) -> dict[str, Scalar]:
    for selector in selectors:
        if selector.get("type") == "TextQuoteSelector":
            return {
                f"{prefix}{key}": selector[key] for key in ("prefix", "suffix") if key in selector
            }
    return {}
