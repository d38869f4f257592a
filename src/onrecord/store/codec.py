"""Record objects ↔ flat table rows a person can read in Datasette or psql.

One rule for every Record type, driven by its dataclass fields, so the store never needs a
hand-written twin per type:

- plain values (str, int, float, bool, enums) are one column each;
- a nested record (FuzzyDate, Span, Published, Proposition) is flattened into ``field_sub``
  columns, and an optional one is None when all its columns are NULL;
- a FuzzyDate is ``_start`` / ``_end`` (dates), ``_precision`` and ``_expr``;
- tuples (aliases, participants, several evidence spans) and the offset map are JSON text.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
from datetime import date
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from onrecord.dates import FuzzyDate, Precision
from onrecord.record import OffsetMap

T = TypeVar("T")
Row = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    kind: type
    optional: bool
    item: type | None = None  # the element type of a tuple field


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """``X | None`` → (X, True); anything else → (hint, False)."""
    if get_origin(hint) in (Union, types.UnionType):
        args = [arg for arg in get_args(hint) if arg is not type(None)]
        return args[0], len(args) < len(get_args(hint))
    return hint, False


_FIELDS: dict[type, tuple[_Field, ...]] = {}


def _fields(cls: type) -> tuple[_Field, ...]:
    """The record's fields with their types unwrapped (computed once per type)."""
    if cls not in _FIELDS:
        _FIELDS[cls] = _read_fields(cls)
    return _FIELDS[cls]


def _read_fields(cls: type) -> tuple[_Field, ...]:
    hints = get_type_hints(cls)
    result = []
    for field in dataclasses.fields(cls):
        hint, optional = _unwrap(hints[field.name])
        if get_origin(hint) is tuple:
            result.append(_Field(field.name, tuple, optional, get_args(hint)[0]))
        else:
            result.append(_Field(field.name, hint, optional))
    return tuple(result)


@functools.cache
def _is_nested(kind: type) -> bool:
    return dataclasses.is_dataclass(kind) and kind is not OffsetMap


def typed_columns(cls: type, prefix: str = "") -> list[tuple[str, type]]:
    """(column name, Python type) pairs the codec writes for ``cls``, in field order; tuples and
    the offset map are JSON text (type ``list``)."""
    result: list[tuple[str, type]] = []
    for field in _fields(cls):
        name = prefix + field.name
        if kind_is_fuzzy(field.kind):
            result += [
                (f"{name}_start", date),
                (f"{name}_end", date),
                (f"{name}_precision", str),
                (f"{name}_expr", str),
            ]
        elif _is_nested(field.kind):
            result += typed_columns(field.kind, f"{name}_")
        elif field.kind in (tuple, OffsetMap):
            result.append((name, list))
        elif isinstance(field.kind, type) and issubclass(field.kind, Enum):
            result.append((name, str))
        else:
            result.append((name, field.kind))
    return result


def columns(cls: type, prefix: str = "") -> list[str]:
    """Column names the codec writes for ``cls``, in field order."""
    return [name for name, _ in typed_columns(cls, prefix)]


def kind_is_fuzzy(kind: type) -> bool:
    return kind is FuzzyDate


# -- writing ---------------------------------------------------------------------------------


def _fuzzy_row(value: FuzzyDate | None, name: str) -> Row:
    if value is None:
        return dict.fromkeys((f"{name}_start", f"{name}_end", f"{name}_precision", f"{name}_expr"))
    return {
        f"{name}_start": value.start,
        f"{name}_end": value.end,
        f"{name}_precision": value.precision.value,
        f"{name}_expr": value.expression or None,
    }


def _plain(value: Any) -> Any:
    """A JSON-able form of any record value (for tuples and JSON columns)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, FuzzyDate):
            return {
                "value": value.iso(),
                "precision": value.precision.value,
                "expr": value.expression,
            }
        if isinstance(value, OffsetMap):
            return [list(run) for run in value.runs]
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_row(record: Any, prefix: str = "") -> Row:
    """The columns of one record; nested records are flattened with ``prefix``."""
    row: Row = {}
    for field in _fields(type(record)):
        value = getattr(record, field.name)
        name = prefix + field.name
        if kind_is_fuzzy(field.kind):
            row.update(_fuzzy_row(value, name))
        elif _is_nested(field.kind):
            row.update(
                to_row(value, f"{name}_")
                if value is not None
                else dict.fromkeys(columns(field.kind, f"{name}_"))
            )
        elif field.kind in (tuple, OffsetMap):
            row[name] = json.dumps(_plain(value), ensure_ascii=False)
        elif isinstance(value, Enum):
            row[name] = value.value
        else:
            row[name] = value
    return row


# -- reading ---------------------------------------------------------------------------------


def _fuzzy_from_row(row: Row, name: str) -> FuzzyDate | None:
    precision = row.get(f"{name}_precision")
    if precision is None:
        return None
    return FuzzyDate(
        _as_date(row[f"{name}_start"]),
        _as_date(row[f"{name}_end"]),
        Precision(precision),
        row.get(f"{name}_expr") or "",
    )


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _fuzzy_from_plain(value: dict[str, Any]) -> FuzzyDate:
    if value["precision"] == Precision.UNRESOLVED.value:
        return FuzzyDate.unresolved(value["expr"])
    parsed = FuzzyDate.parse(value["value"])
    return FuzzyDate(parsed.start, parsed.end, Precision(value["precision"]), value["expr"])


def _from_plain(kind: type, value: Any) -> Any:
    """Inverse of :func:`_plain` for one value of type ``kind``."""
    if value is None:
        return None
    if kind is FuzzyDate:
        return _fuzzy_from_plain(value)
    if dataclasses.is_dataclass(kind):
        return _build(kind, {f.name: value.get(f.name) for f in _fields(kind)})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value


def _tuple_value(field: _Field, value: list[Any] | None) -> tuple[Any, ...]:
    item = _unwrap(field.item)[0]
    return tuple(_from_plain(item, v) for v in (value or ()))


def _build(cls: type[T], values: dict[str, Any]) -> T:
    kwargs = {}
    for field in _fields(cls):
        value = values.get(field.name)
        if field.kind is tuple:
            kwargs[field.name] = _tuple_value(field, value)
        else:
            kwargs[field.name] = _from_plain(field.kind, value)
    return cls(**kwargs)


@functools.cache
def _nested_columns(kind: type, name: str) -> tuple[str, ...]:
    """A nested record's columns, computed once per (type, prefix): read for every row."""
    return tuple(columns(kind, f"{name}_"))


def _nested_is_null(kind: type, row: Row, name: str) -> bool:
    return all(row.get(column) is None for column in _nested_columns(kind, name))


def from_row(cls: type[T], row: Row, prefix: str = "") -> T:
    """Rebuild a record from the columns :func:`to_row` wrote."""
    kwargs: dict[str, Any] = {}
    for field in _fields(cls):
        name = prefix + field.name
        if kind_is_fuzzy(field.kind):
            kwargs[field.name] = _fuzzy_from_row(row, name)
        elif _is_nested(field.kind):
            null = field.optional and _nested_is_null(field.kind, row, name)
            kwargs[field.name] = None if null else from_row(field.kind, row, f"{name}_")
        elif field.kind is OffsetMap:
            runs = json.loads(row[name]) if row.get(name) else []
            kwargs[field.name] = OffsetMap(tuple(tuple(run) for run in runs))
        elif field.kind is tuple:
            kwargs[field.name] = _tuple_value(field, json.loads(row.get(name) or "[]"))
        else:
            kwargs[field.name] = _from_plain(field.kind, row.get(name))
    return cls(**kwargs)
