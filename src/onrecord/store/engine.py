"""Database engines: SQLite set up deliberately, PostgreSQL by URL.

SQLite gets WAL (readers never block the writer), foreign keys on, a busy timeout, and
``BEGIN IMMEDIATE`` for every transaction, so two writers queue instead of failing half-way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from onrecord.errors import UsageError

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=30000",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create(url: str) -> Engine:
    """An engine for ``url``: ``sqlite:///path`` or ``postgresql://…`` (driven by psycopg 3)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True)
    raise UsageError(
        f"unsupported database URL {parsed.render_as_string(hide_password=True)}: "
        "use sqlite:///PATH or postgresql://…"
    )


def _sqlite(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
        cursor = dbapi_connection.cursor()
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
