"""The member tables (``schema.event_participants``, ``schema.contradiction_events``): each JSON
list column that a page looks items up in has a table of its items, written by the store with
the owner's rows, so the lookup goes through an index instead of a scan of the JSON text.

A participant with no entity (an unlinked name) has no member row: nothing looks it up by id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, delete, select

from onrecord.store import schema


def _participants(value: str | None) -> Iterable[str]:
    return (p["entity"] for p in json.loads(value or "[]") if p.get("entity"))


def _ids(value: str | None) -> Iterable[str]:
    return (str(item) for item in json.loads(value or "[]"))


class Members(NamedTuple):
    table: Table  # the member table
    source: str  # the owner's JSON list column
    column: str  # the member table's item column
    items: Callable[[str | None], Iterable[str]]  # the items of one JSON list


MEMBERS: dict[Table, Members] = {
    schema.events: Members(schema.event_participants, "participants", "entity", _participants),
    schema.contradictions: Members(schema.contradiction_events, "against_events", "event", _ids),
}
_BATCH = 500


def write(connection: Connection, owner: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Replace the member rows of the owner ``rows`` just written (a deleted owner's go by the
    foreign key's cascade)."""
    members = MEMBERS.get(owner)
    if members is None or not rows:
        return
    table = members.table
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), _BATCH):
        connection.execute(delete(table).where(table.c.owner.in_(ids[start : start + _BATCH])))
    found = [
        {"owner": row["id"], members.column: item}
        for row in rows
        for item in dict.fromkeys(members.items(row[members.source]))
    ]
    if found:
        connection.execute(table.insert(), found)


def fill(connection: Connection) -> None:
    """Member rows for every owner row already stored (a database made before the tables)."""
    for owner, members in MEMBERS.items():
        members.table.create(connection, checkfirst=True)
        query = select(owner.c.id, owner.c[members.source])
        rows = [dict(row) for row in connection.execute(query).mappings()]
        for start in range(0, len(rows), _BATCH):
            write(connection, owner, rows[start : start + _BATCH])
