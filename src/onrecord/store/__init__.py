"""The store: every stage's output, in SQLite (one ``record.db`` per case) or PostgreSQL by URL.

Writes are transactional per unit of work (one article with its blocks and fingerprint; one
article's extraction output), so a crash leaves the database consistent and a re-run completes
the rest. Ids are content hashes, so re-adding stores nothing twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from onrecord.errors import StoreError
from onrecord.ids import content_id
from onrecord.ingest.fingerprint import Fingerprint, Thresholds
from onrecord.record import Article, ArticleEvent, ArticleFacts, Event, Published, Report
from onrecord.store import fingerprints, members, schema
from onrecord.store.codec import from_row, to_row
from onrecord.store.engine import create, write_connection
from onrecord.store.migrations import migrate

T = TypeVar("T")

__all__ = ["Store"]


class Store:
    """One case's database. Open with :meth:`open`; use as a context manager or call close()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._stamp_lock = threading.Lock()
        self._stamp_connection: Any = None  # a DBAPI connection that only reads the stamp
        self.version_memo: tuple[int, str] | None = None  # see queries.record_version

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect and bring the schema up to date (named migrations)."""
        engine = create(url)
        migrate(lambda: write_connection(engine))
        return cls(engine)

    def close(self) -> None:
        with self._stamp_lock:
            if self._stamp_connection is not None:
                self._stamp_connection.close()
                self._stamp_connection = None
        self.engine.dispose()

    def commit_stamp(self) -> int | None:
        """A number that changes whenever anything is committed to the database, by any process
        (SQLite's ``data_version``, read on a connection kept for it that never writes); None
        where there is no such number (PostgreSQL): then anything may have changed."""
        if self.dialect != "sqlite":
            return None
        with self._stamp_lock:
            if self._stamp_connection is None:
                self._stamp_connection = self.engine.raw_connection()
            cursor = self._stamp_connection.cursor()
            try:
                return int(cursor.execute("PRAGMA data_version").fetchone()[0])
            finally:
                cursor.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic helpers ------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction (committed on success, rolled back on any error)."""
        with write_connection(self.engine) as connection, connection.begin():
            yield connection

    def _transaction(self, work: Callable[[Connection], T]) -> T:
        """``work`` in one write transaction, run again from the start when PostgreSQL aborts
        it to break a deadlock or a serialization conflict with another writer: the other
        writer's rows are committed by then, and the rerun reads them."""
        for _ in range(_RETRIES):
            try:
                with self._writing() as connection:
                    return work(connection)
            except OperationalError as error:
                if getattr(error.orig, "sqlstate", None) not in _RETRYABLE:
                    raise
        with self._writing() as connection:
            return work(connection)

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def _upsert(
        self,
        connection: Connection,
        table: Any,
        rows: Sequence[Mapping[str, Any]],
        keep_if: Any = None,
    ) -> None:
        """Insert rows, replacing same-id rows (ids are content hashes: same id, same item).

        Rows go in id order, one per id (the last given wins), so concurrent writers lock
        shared rows in the same order and cannot deadlock on them."""
        if not rows:
            return
        unique = {row["id"]: row for row in rows}
        statement = self._insert(table)
        updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
        connection.execute(
            statement.on_conflict_do_update(index_elements=["id"], set_=updates, where=keep_if),
            [unique[key] for key in sorted(unique)],
        )
        members.write(connection, table, list(unique.values()), kept=keep_if is not None)

    # -- articles -------------------------------------------------------------------------------
    def add_article(
        self, article: Article, blocks: Sequence[str] = (), fingerprint: Fingerprint | None = None
    ) -> bool:
        """Store an article with its block hashes and fingerprint in one transaction.

        Returns False when it was already stored (nothing is written then)."""
        raw_hash = content_id("raw", article.raw_text or article.clean_text)
        with self._writing() as connection:
            if self._raw_seen(connection, raw_hash):
                return False
            inserted = connection.execute(
                self._insert(schema.articles)
                .values(**to_row(article), raw_hash=raw_hash)
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(schema.articles.c.id)
            ).first()
            if inserted is None:
                return False
            self._index_article(connection, article, blocks, fingerprint)
        return True

    def _index_article(
        self,
        connection: Connection,
        article: Article,
        blocks: Sequence[str],
        fingerprint: Fingerprint | None,
    ) -> None:
        if article.outlet and blocks:
            rows = [
                {"outlet": article.outlet, "block": b, "article": article.id}
                for b in dict.fromkeys(blocks)
            ]
            connection.execute(self._insert(schema.article_blocks).on_conflict_do_nothing(), rows)
        if fingerprint is not None:
            fingerprints.insert(connection, article.id, fingerprint)
        if self.dialect == "sqlite":
            connection.execute(
                text("INSERT INTO articles_fts (id, title, clean_text) VALUES (:id, :t, :c)"),
                {"id": article.id, "t": article.title or "", "c": article.clean_text},
            )

    def _raw_seen(self, connection: Connection, raw_hash: str) -> bool:
        table = schema.articles
        return (
            connection.execute(
                select(table.c.id).where(table.c.raw_hash == raw_hash).limit(1)
            ).first()
            is not None
        )

    def clean_text(self, article_id: str) -> str | None:
        """One article's clean text alone (citations need nothing else)."""
        query = select(schema.articles.c.clean_text).where(schema.articles.c.id == article_id)
        with self.engine.connect() as connection:
            text = connection.scalar(query)
        return None if text is None else str(text)

    def has_article(self, article_id: str) -> bool:
        query = select(schema.articles.c.id).where(schema.articles.c.id == article_id)
        with self.engine.connect() as connection:
            return connection.execute(query).first() is not None

    def article(self, article_id: str) -> Article | None:
        return next(self.articles(ids=[article_id]), None)

    def articles(self, ids: Sequence[str] | None = None, batch: int = 200) -> Iterator[Article]:
        """Articles in publication order (undated last), streamed ``batch`` rows at a time."""
        table = schema.articles
        columns = [c for c in table.columns if c.name not in _NOT_RECORD_COLUMNS]
        query = select(*columns).order_by(
            table.c.published_value_start.is_(None), table.c.published_value_start, table.c.id
        )
        if ids is not None:
            query = query.where(table.c.id.in_(list(ids)))
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=batch).execute(query)
            for row in result.mappings():
                yield from_row(Article, dict(row))

    def count(self, cls: type) -> int:
        table = schema.RECORD_TABLES[cls]
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(table)) or 0)

    # -- the ingest memory (read side of what add_article wrote) -------------------------------
    def block_sightings(self, outlet: str, blocks: Sequence[str]) -> Mapping[str, int]:
        table = schema.article_blocks
        query = (
            select(table.c.block, func.count())
            .where(table.c.outlet == outlet)
            .where(table.c.block.in_(list(set(blocks))))
            .group_by(table.c.block)
        )
        with self.engine.connect() as connection:
            return {block: int(n) for block, n in connection.execute(query)}

    def near_duplicate(self, fingerprint: Fingerprint, thresholds: Thresholds) -> str | None:
        """The earliest stored article that is the same story (see :mod:`.fingerprints`)."""
        with self.engine.connect() as connection:
            return fingerprints.earliest_match(connection, fingerprint, thresholds)

    # -- derived records --------------------------------------------------------------------------
    def replace_extraction(
        self, article_id: str, records: Iterable[Any], version: str | None = None
    ) -> None:
        """Swap one article's extraction output for ``records`` in one transaction, so a re-run
        with a newer extractor leaves no stale rows and a crash leaves the old output whole.
        ``version`` marks the article as extracted by that extractor version."""
        self.replace_extractions([(article_id, records)], version)

    def replace_extractions(
        self,
        outputs: Iterable[tuple[str, Iterable[Any]]],
        version: str | None = None,
        failures: Mapping[str, str] | None = None,
    ) -> None:
        """:meth:`replace_extraction` for many articles in one transaction: a bulk load pays
        one commit per batch instead of one per article. ``failures`` gives, by article id, why
        that article's extraction broke: it is marked done for ``version`` with the reason.

        Safe beside other writers (several ``add`` runs on one PostgreSQL case): the articles
        are locked first, in id order, so two writers never interleave on one article; the
        entities they share are written next, all at once and in id order."""
        batch = sorted(((a, _group_by_table(r)) for a, r in outputs), key=lambda item: item[0])
        entities = [row for _, grouped in batch for row in grouped.pop(schema.entities, [])]

        def work(connection: Connection) -> None:
            self._lock_articles(connection, [article_id for article_id, _ in batch])
            self._upsert_entities(connection, entities)
            for article_id, grouped in batch:
                failure = (failures or {}).get(article_id)
                self._replace_one(connection, article_id, grouped, version, failure)

        self._transaction(work)

    def _lock_articles(self, connection: Connection, article_ids: Sequence[str]) -> None:
        """PostgreSQL: hold each article's lock until commit (SQLite has one writer anyway)."""
        if self.dialect != "postgresql":
            return
        lock = text("SELECT pg_advisory_xact_lock(:space, hashtext(:article))")
        for article_id in article_ids:
            connection.execute(lock, {"space": _ARTICLE_LOCKS, "article": article_id})

    def _replace_one(
        self,
        connection: Connection,
        article_id: str,
        grouped: Mapping[Any, list[dict[str, Any]]],
        version: str | None,
        failure: str | None = None,
    ) -> None:
        for table in _PER_ARTICLE:
            connection.execute(delete(table).where(table.c.article == article_id))
        for table, rows in grouped.items():
            for row in rows:
                row.setdefault("article", article_id)
            self._upsert(connection, table, rows)
        if version is not None:
            self._mark_extracted(connection, article_id, version, grouped, failure)

    def _mark_extracted(
        self,
        connection: Connection,
        article_id: str,
        version: str,
        grouped: Mapping[Any, list[Any]],
        failure: str | None,
    ) -> None:
        table = schema.extractions
        connection.execute(delete(table).where(table.c.article == article_id))
        connection.execute(
            table.insert().values(
                article=article_id,
                version=version,
                records=sum(len(rows) for rows in grouped.values()),
                failure=failure,
            )
        )

    def extraction_failures(self, version: str) -> list[tuple[str, str]]:
        """(article id, reason) of the stored articles ``version`` could not extract."""
        table = schema.extractions
        query = (
            select(table.c.article, table.c.failure)
            .where(table.c.version == version, table.c.failure.is_not(None))
            .order_by(table.c.article)
        )
        with self.engine.connect() as connection:
            return [(row.article, row.failure) for row in connection.execute(query)]

    def pending_ids(self, version: str, *also: str) -> list[str]:
        """Ids of the articles never extracted, or extracted by another version, in id order.
        ``also`` names other marks that count as done (the prefilter's passed-over mark)."""
        versions = (version, *also)
        done = select(schema.extractions.c.article).where(
            schema.extractions.c.version.in_(versions)
        )
        ids_query = select(schema.articles.c.id).where(schema.articles.c.id.not_in(done))
        with self.engine.connect() as connection:
            return list(connection.scalars(ids_query.order_by(schema.articles.c.id)))

    def pending_extraction(self, version: str, *also: str) -> Iterator[Article]:
        """Articles never extracted, or extracted by another version (streamed)."""
        ids = self.pending_ids(version, *also)
        for start in range(0, len(ids), 200):
            yield from self.articles(ids=ids[start : start + 200])

    def put(self, records: Iterable[Any]) -> None:
        """Insert or replace records of any Record type (cross-article stages use this)."""
        with self._writing() as connection:
            for table, rows in _group_by_table(records).items():
                if table is schema.entities:
                    self._upsert_entities(connection, rows)
                else:
                    self._upsert(connection, table, rows)

    def _upsert_entities(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """The pipeline never overwrites an entity the user curated."""
        self._upsert(
            connection, schema.entities, rows, keep_if=schema.entities.c.curated.is_not(True)
        )

    def all(self, cls: type[T], article: str | None = None) -> Iterator[T]:
        """Every stored record of a type (optionally only one article's). Records that belong to
        an article come grouped by article, then by id: readers that look up the article's text
        for each record (citations, selectors) then hit their cache instead of the database."""
        table = schema.RECORD_TABLES[cls]
        query = select(*[c for c in table.columns if c.name not in _NOT_RECORD_COLUMNS])
        if article is not None:
            query = query.where(table.c.article == article)
        order = (table.c.article, table.c.id) if "article" in table.c else (table.c.id,)
        with self.engine.connect() as connection:
            for row in connection.execute(query.order_by(*order)).mappings():
                yield from_row(cls, dict(row))

    # -- user decisions ---------------------------------------------------------------------------
    def decide(
        self,
        kind: str,
        subject: str,
        object_: str | None = None,
        value: str | None = None,
        note: str | None = None,
    ) -> None:
        if kind not in DECISION_KINDS:
            raise StoreError(f"unknown decision kind {kind!r}")
        with self._writing() as connection:
            connection.execute(
                schema.decisions.insert().values(
                    kind=kind, subject=subject, object=object_, value=value, note=note
                )
            )

    def restore_decisions(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Write decisions as another case recorded them (id, time and all), so an imported
        record keeps the user's corrections in their order; returns how many."""
        found = [
            {key: row.get(key) for key in ("id", "kind", "subject", "object", "value", "note")}
            | {"made_at": row.get("made_at")}
            for row in rows
        ]
        if found:
            with self._writing() as connection:
                connection.execute(schema.decisions.insert(), found)
                if self.dialect == "postgresql":  # later decisions number on from these
                    connection.execute(
                        text(
                            "SELECT setval(pg_get_serial_sequence('decisions', 'id'), "
                            "(SELECT max(id) FROM decisions))"
                        )
                    )
        return len(found)

    def view(self, name: str, version: str) -> str | None:
        """The stored body of view ``name`` if it was built for record ``version``."""
        table = schema.views
        query = select(table.c.body).where(table.c.name == name, table.c.version == version)
        with self.engine.connect() as connection:
            body = connection.scalar(query)
        return None if body is None else str(body)

    def put_view(self, name: str, version: str, body: str) -> None:
        """Keep view ``name`` as built for record ``version`` (one version per view)."""
        row = {"name": name, "version": version, "body": body}
        statement = self._insert(schema.views)
        update = {"version": statement.excluded.version, "body": statement.excluded.body}
        with self._writing() as connection:
            connection.execute(
                statement.on_conflict_do_update(index_elements=["name"], set_=update), row
            )

    def put_view_parts(self, name: str, version: str, parts: Mapping[str, str]) -> None:
        """Keep the parts of view ``name`` as built for record ``version``, in place of the
        parts of any other version, in one transaction."""
        table = schema.view_parts
        rows = [{"name": name, "key": k, "version": version, "body": b} for k, b in parts.items()]
        with self._writing() as connection:
            connection.execute(delete(table).where(table.c.name == name))
            if rows:
                connection.execute(table.insert(), rows)

    def view_parts(self, name: str, version: str, keys: Iterable[str]) -> dict[str, str]:
        """The stored parts of view ``name`` under ``keys``, as built for record ``version``
        (a key with no part, or a part of another version, is left out)."""
        table = schema.view_parts
        wanted, found = sorted(set(keys)), dict[str, str]()
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), _KEYS_PER_QUERY):
                query = select(table.c.key, table.c.body).where(
                    table.c.name == name,
                    table.c.version == version,
                    table.c.key.in_(wanted[start : start + _KEYS_PER_QUERY]),
                )
                found.update((row.key, row.body) for row in connection.execute(query))
        return found

    def decisions(self, kind: str | None = None) -> list[dict[str, Any]]:
        query = select(schema.decisions).order_by(schema.decisions.c.id)
        if kind:
            query = query.where(schema.decisions.c.kind == kind)
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    # -- cross-article stages (resolve, check) ------------------------------------------------
    def article_facts(self) -> Iterator[ArticleFacts]:
        """Outlet, date and duplicate link of every article, without reading any text."""
        table = schema.articles
        query = select(
            table.c.id,
            table.c.outlet,
            table.c.published_value_start,
            table.c.published_value_end,
            table.c.published_value_precision,
            table.c.published_value_expr,
            table.c.duplicate_of,
        ).order_by(table.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query).mappings():
                published = from_row(Published, {**dict(row), "source": "metadata"}, "published_")
                value = published.value if row["published_value_precision"] else None
                yield ArticleFacts(row["id"], row["outlet"], value, row["duplicate_of"])

    def extracted_events(self) -> Iterator[ArticleEvent]:
        """Per-article events (extraction output) with their article; resolved events, which a
        cross-article stage stores without an article, are left out."""
        table = schema.events
        columns = [c for c in table.columns if c.name != "article"]
        query = select(table.c.article, *columns).where(table.c.article.is_not(None))
        with self.engine.connect() as connection:
            for row in connection.execute(query.order_by(table.c.id)).mappings():
                yield ArticleEvent(row["article"], from_row(Event, dict(row)))

    def extracted_reports(self) -> Iterator[Report]:
        """Reports of per-article events (not the copies made for resolved events)."""
        events = select(schema.events.c.id).where(schema.events.c.article.is_not(None))
        table = schema.reports
        query = select(*table.columns).where(table.c.event.in_(events)).order_by(table.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query).mappings():
                yield from_row(Report, dict(row))

    def mention_counts(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(article, entity) → (mentions, minus the first mention's offset): who is prominent
        in each article, computed in the database."""
        table = schema.mentions
        query = (
            select(table.c.span_article, table.c.entity, func.count(), func.min(table.c.span_start))
            .where(table.c.entity.is_not(None))
            .group_by(table.c.span_article, table.c.entity)
        )
        with self.engine.connect() as connection:
            return {(a, e): (int(n), -int(first)) for a, e, n, first in connection.execute(query)}

    def replace_stage(self, stage: str, records: Iterable[Any]) -> int:
        """Make ``stage``'s stored output exactly ``records`` in one transaction: rows whose
        content changed (or that another stage deleted) are written, rows the stage no longer
        produces are deleted, the rest are untouched. Entities are shared with extraction, so
        they are only ever added. Returns the number of rows written or deleted."""
        grouped = _group_by_table(records)
        wanted = {
            (table.name, row["id"]): (table, row, _digest(row))
            for table, rows in grouped.items()
            for row in rows
        }

        def work(connection: Connection) -> int:
            previous = self._stage_rows(connection, stage)
            present = self._present(connection, wanted)
            changes = self._delete_stale(connection, stage, previous, wanted)
            changed = [
                (key, value)
                for key, value in wanted.items()
                if previous.get(key) != value[2] or key not in present
            ]
            for table, rows in _by_table(v for _, v in changed).items():
                self._upsert(connection, table, rows)
            self._record_stage(connection, stage, [(k, v[2]) for k, v in changed])
            if changes or changed:
                self._next_generation(connection, stage)
            return changes + len(changed)

        return self._transaction(work)

    def _stage_rows(self, connection: Connection, stage: str) -> dict[tuple[str, str], str]:
        table = schema.stage_rows
        query = select(table.c.tbl, table.c.id, table.c.digest).where(table.c.stage == stage)
        return {(t, i): d for t, i, d in connection.execute(query)}

    def _present(
        self, connection: Connection, wanted: Mapping[tuple[str, str], tuple[Any, Any, str]]
    ) -> set[tuple[str, str]]:
        by_table: dict[str, list[str]] = {}
        for table_name, row_id in wanted:
            by_table.setdefault(table_name, []).append(row_id)
        found: set[tuple[str, str]] = set()
        for name, ids in by_table.items():
            table = schema.metadata.tables[name]
            for start in range(0, len(ids), 500):
                query = select(table.c.id).where(table.c.id.in_(ids[start : start + 500]))
                found.update((name, i) for i in connection.scalars(query))
        return found

    def _delete_stale(
        self,
        connection: Connection,
        stage: str,
        previous: Mapping[tuple[str, str], str],
        wanted: Mapping[tuple[str, str], Any],
    ) -> int:
        stale = [key for key in previous if key not in wanted]
        book = schema.stage_rows
        for name, row_id in stale:
            if name != schema.entities.name:
                table = schema.metadata.tables[name]
                connection.execute(delete(table).where(table.c.id == row_id))
            connection.execute(
                delete(book).where(
                    (book.c.stage == stage) & (book.c.tbl == name) & (book.c.id == row_id)
                )
            )
        return len(stale)

    def _record_stage(
        self, connection: Connection, stage: str, rows: Sequence[tuple[tuple[str, str], str]]
    ) -> None:
        self._upsert_stage_rows(
            connection,
            [{"stage": stage, "tbl": t, "id": i, "digest": d} for (t, i), d in rows],
        )

    def _next_generation(self, connection: Connection, stage: str) -> None:
        """Count one more change of ``stage``'s output (see ``schema.stage_generations``)."""
        table = schema.stage_generations
        statement = self._insert(table)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["stage"], set_={"generation": table.c.generation + 1}
            ),
            [{"stage": stage, "generation": 1}],
        )

    def _upsert_stage_rows(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if not rows:
            return
        statement = self._insert(schema.stage_rows)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["stage", "tbl", "id"],
                set_={"digest": statement.excluded.digest},
            ),
            list(rows),
        )

    def stage_output(self, cls: type[T], stage: str) -> Iterator[T]:
        """The records of one type a cross-article stage wrote (e.g. resolved Events)."""
        table = schema.RECORD_TABLES[cls]
        book = schema.stage_rows
        mine = select(book.c.id).where((book.c.stage == stage) & (book.c.tbl == table.name))
        query = select(*table.columns).where(table.c.id.in_(mine)).order_by(table.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query).mappings():
                yield from_row(cls, dict(row))


DECISION_KINDS = ("merge", "split", "reject", "rename", "verdict", "delete")
_RETRYABLE = ("40P01", "40001")  # PostgreSQL: deadlock detected, serialization failure
_RETRIES = 4
_ARTICLE_LOCKS = 7246154  # advisory lock space of per-article writes (migrations hold 7246153)
_NOT_RECORD_COLUMNS = ("added_at", "search", "raw_hash")  # store bookkeeping, not Article fields
_KEYS_PER_QUERY = 500  # under SQLite's bound-parameter limit
_PER_ARTICLE = (schema.mentions, schema.roles, schema.statements, schema.events, schema.reports)


def _group_by_table(records: Iterable[Any]) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for item in records:
        table = schema.RECORD_TABLES.get(type(item))
        if table is None or table is schema.articles:
            raise StoreError(f"cannot store {type(item).__name__} here")
        grouped.setdefault(table, []).append(to_row(item))
    return grouped


def _digest(row: Mapping[str, Any]) -> str:
    return content_id("row", json.dumps(row, sort_keys=True, default=str))


def _by_table(items: Iterable[tuple[Any, Any, str]]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = {}
    for table, row, _ in items:
        grouped.setdefault(table, []).append(row)
    return grouped
