"""Named, transactional schema migrations, applied in order and recorded in ``schema_migrations``.

Each migration runs in its own transaction with its record row, so a crash leaves either the
whole migration or none of it. A database that knows a migration this version does not is
refused (OR011) instead of being written with an older schema.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, inspect, select, text
from sqlalchemy.schema import CreateIndex

from onrecord.errors import SchemaTooNew
from onrecord.ingest.fingerprint import fingerprint
from onrecord.store import fingerprints, members, schema

Migration = Callable[[Connection], None]


def _create_tables(connection: Connection) -> None:
    schema.metadata.create_all(connection, checkfirst=True)


def _full_text_search(connection: Connection) -> None:
    """FTS5 on SQLite (a contentless index kept by the store), a generated tsvector + GIN index on
    PostgreSQL; :func:`onrecord.store.queries.search` hides the difference."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                "id UNINDEXED, title, clean_text, tokenize = 'porter unicode61')"
            )
        )
    else:
        connection.execute(
            text(
                "ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS "
                "(to_tsvector('english', coalesce(title, '') || ' ' || clean_text)) STORED"
            )
        )
        connection.execute(
            text("CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin (search)")
        )


def _raw_hash(connection: Connection) -> None:
    """Databases made before 0004 lack the column (newer ones got it from 0001's tables)."""
    if "raw_hash" in {c["name"] for c in inspect(connection).get_columns("articles")}:
        return
    connection.execute(text("ALTER TABLE articles ADD COLUMN raw_hash TEXT"))
    connection.execute(text("CREATE INDEX ix_articles_raw_hash ON articles (raw_hash)"))


_RESOLVE_CHECK_TABLES = (
    schema.entity_links,
    schema.event_links,
    schema.evasions,
    schema.account_steps,
    schema.stage_rows,
)


def _create(connection: Connection, tables: tuple[Table, ...]) -> None:
    for table in tables:
        table.create(connection, checkfirst=True)


def _minhash_fingerprints(connection: Connection) -> None:
    """MinHash near-duplicate index in place of the simhash ``fingerprints`` table, filled from
    the clean text of the articles already stored, in the order they were added (ties by id), so
    an earlier copy stays the original."""
    _create(connection, (schema.minhashes, schema.minhash_bands))
    table = schema.articles
    pending = list(
        connection.scalars(
            select(table.c.id)
            .where(table.c.id.not_in(select(schema.minhashes.c.article)))
            .order_by(table.c.added_at, table.c.id)
        )
    )
    for start in range(0, len(pending), 200):
        batch = pending[start : start + 200]
        query = select(table.c.id, table.c.clean_text).where(table.c.id.in_(batch))
        texts = {row.id: row.clean_text for row in connection.execute(query)}
        for article_id in batch:
            fingerprints.insert(connection, article_id, fingerprint(texts[article_id]))
    connection.execute(text("DROP TABLE IF EXISTS fingerprints"))


def _web_indexes(connection: Connection) -> None:
    """What the web app's paged queries (:mod:`onrecord.store.queries`) look up: a per-article
    event's resolved event, and an outlet's articles in date order."""
    for statement in (
        "CREATE INDEX IF NOT EXISTS ix_event_links_event ON event_links (event)",
        "CREATE INDEX IF NOT EXISTS ix_articles_outlet_published "
        "ON articles (outlet, published_value_start)",
    ):
        connection.execute(text(statement))


_LIST_COLUMNS = ("status", "reason", "reason_text")


def _contradiction_lists(connection: Connection) -> None:
    """Check's two lists (issue 16): each finding says whether it is a contradiction or for
    review, and why. Findings stored before were all listed as contradictions (rules v1), so
    they are marked so; the next ``check`` replaces them with v2 findings."""
    present = {c["name"] for c in inspect(connection).get_columns("contradictions")}
    for column in _LIST_COLUMNS:
        if column not in present:
            connection.execute(text(f"ALTER TABLE contradictions ADD COLUMN {column} TEXT"))
    connection.execute(
        text("UPDATE contradictions SET status = 'contradiction' WHERE status IS NULL")
    )
    connection.execute(text("UPDATE contradictions SET reason_text = '' WHERE reason_text IS NULL"))


def _event_assertions(connection: Connection) -> None:
    """Each contact report's assertion grade (issue 15). Events stored before had only the
    two flags, so they get the grade the flags give; the next ``add`` of a newer extractor
    re-extracts them with the finer one."""
    if "assertion" not in {c["name"] for c in inspect(connection).get_columns("events")}:
        connection.execute(text("ALTER TABLE events ADD COLUMN assertion TEXT"))
    connection.execute(
        text(
            "UPDATE events SET assertion = CASE WHEN negated THEN 'negated' "
            "WHEN hedged THEN 'alleged' ELSE 'reported' END WHERE assertion IS NULL"
        )
    )


def _extraction_failures(connection: Connection) -> None:
    """An article whose extraction broke is marked with the reason (issue 18), so it is named,
    not retried by every ``add`` of the same extractor version."""
    if "failure" not in {c["name"] for c in inspect(connection).get_columns("extractions")}:
        connection.execute(text("ALTER TABLE extractions ADD COLUMN failure TEXT"))


def _list_members(connection: Connection) -> None:
    """Who took part in each event, and which events each finding holds against a statement,
    as indexed rows."""
    members.fill(connection, (schema.events, schema.contradictions))


def _list_order_indexes(connection: Connection) -> None:
    """The web lists' orders (newest articles, contacts by date) as indexes, so a page is read
    off an index instead of sorting the table per request."""
    for index in schema.LIST_ORDER_INDEXES:  # made by 0001 already on a new database
        connection.execute(CreateIndex(index, if_not_exists=True))


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_record_tables", _create_tables),
    ("0002_full_text_search", _full_text_search),
    ("0003_extractions", lambda connection: schema.extractions.create(connection, checkfirst=True)),
    ("0004_article_raw_hash", _raw_hash),
    ("0005_resolve_check", lambda connection: _create(connection, _RESOLVE_CHECK_TABLES)),
    ("0006_minhash_fingerprints", _minhash_fingerprints),
    ("0007_web_indexes", _web_indexes),
    ("0008_contradiction_lists", _contradiction_lists),
    ("0009_event_assertions", _event_assertions),
    ("0010_extraction_failures", _extraction_failures),
    ("0011_list_members", _list_members),
    ("0012_views", lambda connection: schema.views.create(connection, checkfirst=True)),
    ("0013_entity_name_starts", lambda connection: members.fill(connection, (schema.entities,))),
    ("0014_view_parts", lambda connection: schema.view_parts.create(connection, checkfirst=True)),
    ("0015_list_order_indexes", _list_order_indexes),
    (
        "0016_stage_generations",
        lambda connection: schema.stage_generations.create(connection, checkfirst=True),
    ),
)


def _applied(connection: Connection) -> set[str]:
    schema.schema_migrations.create(connection, checkfirst=True)
    return set(connection.scalars(select(schema.schema_migrations.c.name)))


def migrate(connect: Callable[[], Connection]) -> list[str]:
    """Apply the pending migrations; returns the names applied now."""
    with connect() as connection, connection.begin():
        applied = _applied(connection)
    unknown = applied - {name for name, _ in MIGRATIONS}
    if unknown:
        raise SchemaTooNew(
            f"the database has migrations this onrecord does not know: "
            f"{', '.join(sorted(unknown))}; upgrade onrecord"
        )
    done = []
    for name, migration in MIGRATIONS:
        if name not in applied and _apply(connect, name, migration):
            done.append(name)
    return done


def _apply(connect: Callable[[], Connection], name: str, migration: Migration) -> bool:
    """Apply one migration unless a concurrent process just did (checked under a lock)."""
    with connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(7246153)"))
        if name in _applied(connection):
            return False
        migration(connection)
        connection.execute(schema.schema_migrations.insert().values(name=name))
    return True
