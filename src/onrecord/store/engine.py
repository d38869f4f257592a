"""Database engines: SQLite set up deliberately, PostgreSQL by URL.

SQLite gets WAL (readers never block the writer), foreign keys on, a busy timeout, and
``BEGIN IMMEDIATE`` for write transactions (opened with :func:`writing`), so two writers queue
instead of failing half-way; readers begin deferred and never hold a write lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from onrecord.errors import UsageError

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=30000",
)


_WRITE_OPTION = "onrecord_write"


def write_connection(engine: Engine) -> Connection:
    """A connection whose transactions take the write lock up front (SQLite) — use with
    ``with write_connection(engine) as c, c.begin():``."""
    return engine.connect().execution_options(**{_WRITE_OPTION: True})


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
        immediate = connection.get_execution_options().get(_WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
