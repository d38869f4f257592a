"""SQLite export for Datasette and sqlite-utils: the record's tables with every reference
declared, and the articles' full-text index attached to them.

The case's own database is the pipeline's store: its references are only indexed (a stage
writes rows in its own order, and a foreign key checked on every write would order them), and
it holds bookkeeping tables (stage digests, near-duplicate signatures, block counts). This
export copies the record tables only and declares who-said-what as foreign keys — a
statement's speaker, a role's holder, an event's participants (one row each in
``event_participants``), a report's event, a finding's statement, a link's canonical entity —
so Datasette links every id to its row. ``articles_fts`` is an FTS5 index whose content is the
``articles`` table, which is how Datasette and sqlite-utils find a table's search index (the
``_search`` parameter).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    ForeignKeyConstraint,
    MetaData,
    Table,
    Text,
    create_engine,
    select,
    text,
)

from onrecord.errors import UsageError
from onrecord.store import Store, schema

# (table, column) -> the table it references by id; ``article`` columns keep the store's own.
REFERENCES: dict[tuple[str, str], str] = {
    ("mentions", "entity"): "entities",
    ("roles", "entity"): "entities",
    ("memberships", "entity"): "entities",
    ("memberships", "group"): "entities",
    ("statements", "speaker"): "entities",
    ("reports", "event"): "events",
    ("contradictions", "statement"): "statements",
    ("entity_links", "entity"): "entities",
    ("entity_links", "canonical"): "entities",
    ("event_links", "event"): "events",
    ("event_links", "resolved"): "events",
    ("evasions", "statement"): "statements",
    ("account_steps", "speaker"): "entities",
    ("account_steps", "statement"): "statements",
}
_RECORD_TABLES = (
    "articles",
    *(t.name for t in schema.RECORD_TABLES.values() if t.name != "articles"),
)
_STORE_ONLY = ("added_at", "raw_hash", "search")  # bookkeeping columns, not the record's


def _export_table(name: str, metadata: MetaData) -> Table:
    """A record table's columns with its references declared (no store bookkeeping)."""
    source = schema.metadata.tables[name]
    columns = [
        Column(c.name, c.type, primary_key=c.primary_key)
        for c in source.columns
        if c.name not in _STORE_ONLY
    ]
    keys = [
        ForeignKeyConstraint([c.name], [f"{target}.id"])
        for c in columns
        if (target := REFERENCES.get((name, c.name)) or _article_target(name, c.name))
    ]
    return Table(name, metadata, *columns, *keys)


def _article_target(table: str, column: str) -> str | None:
    return "articles" if column == "article" and table != "articles" else None


def _participants_table(metadata: MetaData) -> Table:
    """Who took part in each event, one row each (the store keeps them as JSON in ``events``)."""
    return Table(
        "event_participants",
        metadata,
        Column("event", Text, primary_key=True),
        Column("entity", Text, primary_key=True),
        Column("name", Text),
        ForeignKeyConstraint(["event"], ["events.id"]),
        ForeignKeyConstraint(["entity"], ["entities.id"]),
    )


def _participant_rows(store: Store) -> Iterator[dict[str, Any]]:
    events = schema.events
    with store.engine.connect() as connection:
        for event, participants in connection.execute(select(events.c.id, events.c.participants)):
            found = {p["entity"]: p["name"] for p in json.loads(participants or "[]")}
            yield from ({"event": event, "entity": e, "name": n} for e, n in found.items())


def _copy(store: Store, target: Engine, table: Table) -> int:
    """Every row of one record table, read from the store in batches."""
    source = schema.metadata.tables[table.name]
    query = select(*[source.c[c.name] for c in table.columns])
    count = 0
    with store.engine.connect() as reading, target.begin() as writing:
        result = reading.execute(query.execution_options(yield_per=1000))
        for batch in result.mappings().partitions(1000):
            writing.execute(table.insert(), [dict(row) for row in batch])
            count += len(batch)
    return count


def _attach_search(target: Engine) -> None:
    """The articles' FTS5 index, with ``articles`` as its content table."""
    with target.begin() as connection:
        connection.execute(
            text(
                "CREATE VIRTUAL TABLE articles_fts USING fts5("
                "title, clean_text, content=[articles], content_rowid=rowid)"
            )
        )
        connection.execute(text("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"))


def write_sqlite(store: Store, path: Path, with_text: bool = True) -> int:
    """Write the record to a new SQLite file at ``path``; returns the rows written. The
    articles' text is always copied: the search index is built from it."""
    if path.exists():
        raise UsageError(f"{path} exists: the SQLite export writes a new file")
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: there is no folder {path.parent}")
    metadata = MetaData()
    tables = [_export_table(name, metadata) for name in _RECORD_TABLES]
    participants = _participants_table(metadata)
    target = create_engine(f"sqlite:///{path}")
    try:
        metadata.create_all(target)
        count = sum(_copy(store, target, table) for table in tables)
        rows = list(_participant_rows(store))
        if rows:
            with target.begin() as connection:
                connection.execute(participants.insert(), rows)
        _attach_search(target)
    finally:
        target.dispose()
    return count + len(rows)
