"""SQLite export: a new database Datasette and sqlite-utils read as the record — who said what
and who took part followed by foreign keys, the articles searchable through their FTS index,
no store bookkeeping."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.export.conftest import Export

# How Datasette (and sqlite-utils' detect_fts) finds a table's full-text index.
DETECT_FTS = """
select name from sqlite_master where rootpage = 0 and (
  sql like '%VIRTUAL TABLE%USING FTS%content=[' || :table || ']%'
  or sql like '%VIRTUAL TABLE%USING FTS%content="' || :table || '"%'
)"""


@pytest.fixture
def database(export: Export, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = tmp_path / "record.db"
    result = export("sqlite", "-o", str(path))
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def _references(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    rows = connection.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    return {row[3]: row[2] for row in rows}  # from column -> referenced table


def test_who_said_what_and_who_took_part_are_foreign_keys(database: sqlite3.Connection) -> None:
    assert _references(database, "statements") == {"speaker": "entities", "article": "articles"}
    assert _references(database, "event_participants") == {"event": "events", "entity": "entities"}
    assert _references(database, "contradictions") == {"statement": "statements"}
    speaker = database.execute(
        "select entities.name from statements join entities on entities.id = statements.speaker"
    ).fetchall()
    assert speaker == [("Donald Trump",)]
    took_part = database.execute(
        "select event from event_participants where entity = 'ent_hostile' order by event"
    ).fetchall()
    assert took_part == [("evt_call",), ("evt_three",)]


def test_the_articles_search_index_is_attached_to_the_articles_table(
    database: sqlite3.Connection,
) -> None:
    assert database.execute(DETECT_FTS, {"table": "articles"}).fetchall() == [("articles_fts",)]
    found = database.execute(
        "select articles.url from articles join articles_fts on articles_fts.rowid = articles.rowid"
        " where articles_fts match 'Mayflower'"
    ).fetchall()
    assert found == [("https://news.example/meeting",)]


def test_only_the_record_is_copied_not_the_stores_bookkeeping(
    database: sqlite3.Connection,
) -> None:
    tables = {row[0] for row in database.execute("select name from sqlite_master")}
    assert not tables & {"stage_rows", "minhashes", "article_blocks", "schema_migrations"}
    columns = {row[1] for row in database.execute("PRAGMA table_info(articles)")}
    assert "raw_hash" not in columns and "clean_text" in columns


def test_the_export_never_overwrites_a_file(export: Export, tmp_path: Path) -> None:
    path = tmp_path / "record.db"
    path.write_text("a case database", encoding="utf-8")
    result = export("sqlite", "-o", str(path))
    assert result.exit_code != 0
    assert path.read_text(encoding="utf-8") == "a case database"
