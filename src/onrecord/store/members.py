"""The member tables (``schema.event_participants``, ``schema.contradiction_events``,
``schema.entity_name_starts``): each column that a page looks items up in — a JSON list, the
words of a name — has a table of its items, written by the store with the owner's rows, so the
lookup goes through an index instead of a scan of the column's text.

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


def name_starts(name: str | None) -> Iterable[str]:
    """The name, lower-cased, from each of its words on: "Jean-Claude Juncker" gives
    "jean-claude juncker", "claude juncker" and "juncker"."""
    folded = (name or "").lower()
    for at, char in enumerate(folded):
        if char.isalnum() and (at == 0 or not folded[at - 1].isalnum()):
            yield folded[at:]


class Members(NamedTuple):
    table: Table  # the member table
    source: str  # the owner's JSON list column
    column: str  # the member table's item column
    items: Callable[[str | None], Iterable[str]]  # the items of one JSON list


MEMBERS: dict[Table, Members] = {
    schema.events: Members(schema.event_participants, "participants", "entity", _participants),
    schema.contradictions: Members(schema.contradiction_events, "against_events", "event", _ids),
    schema.entities: Members(schema.entity_name_starts, "name", "start", name_starts),
}
_BATCH = 500


def write(
    connection: Connection, owner: Table, rows: Sequence[Mapping[str, Any]], kept: bool = False
) -> None:
    """Replace the member rows of the owner ``rows`` just written (a deleted owner's go by the
    foreign key's cascade). ``kept``: the write may have kept some stored rows instead (a
    curated entity), so the items are read from what is stored."""
    members = MEMBERS.get(owner)
    if members is None or not rows:
        return
    table = members.table
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), _BATCH):
        connection.execute(delete(table).where(table.c.owner.in_(ids[start : start + _BATCH])))
    if kept:
        rows = _stored(connection, owner, members.source, ids)
    found = [
        {"owner": row["id"], members.column: item}
        for row in rows
        for item in dict.fromkeys(members.items(row[members.source]))
    ]
    if found:
        connection.execute(table.insert(), found)


def _stored(
    connection: Connection, owner: Table, source: str, ids: Sequence[str]
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), _BATCH):
        query = select(owner.c.id, owner.c[source]).where(
            owner.c.id.in_(ids[start : start + _BATCH])
        )
        found.extend(dict(row) for row in connection.execute(query).mappings())
    return found


def fill(connection: Connection, owners: Iterable[Table]) -> None:
    """Member rows for every ``owners`` row already stored (a database made before their
    member tables)."""
    for owner in owners:
        members = MEMBERS[owner]
        members.table.create(connection, checkfirst=True)
        query = select(owner.c.id, owner.c[members.source])
        rows = [dict(row) for row in connection.execute(query).mappings()]
        for start in range(0, len(rows), _BATCH):
            write(connection, owner, rows[start : start + _BATCH])
