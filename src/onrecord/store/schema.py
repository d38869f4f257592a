"""The store's tables, in one place.

Record tables take their columns from the Record dataclasses through the codec (one rule, no
hand-kept twin per type); this module adds keys, foreign keys and indexes. What the user decides
(merges, splits, verdicts) lives in ``decisions``, apart from everything the pipeline inferred, so
re-running a stage never touches it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    Table,
    Text,
    func,
)
from sqlalchemy.types import TypeEngine

from onrecord import record as r
from onrecord.store.codec import typed_columns

metadata = MetaData()

_SQL_TYPES: dict[type, type[TypeEngine[Any]]] = {
    str: Text,
    int: Integer,
    float: Float,
    bool: Boolean,
    date: Date,
    list: Text,  # JSON text
}


def _record_columns(cls: type, *, article_fk: bool) -> list[Column[object]]:
    """Columns for a Record type: ``id`` is the key; ``article`` references articles."""
    result: list[Column[object]] = []
    for name, kind in typed_columns(cls):
        if name == "id":
            result.append(Column("id", Text, primary_key=True))
        elif name == "article" and article_fk:
            result.append(
                Column("article", Text, ForeignKey("articles.id", ondelete="CASCADE"), index=True)
            )
        else:
            result.append(Column(name, _SQL_TYPES[kind]))
    return result


def _owned_by_article() -> Column[object]:
    """For per-article extraction output whose record type has no ``article`` field: the article
    whose extraction produced the row (NULL for rows a cross-article stage made)."""
    return Column("article", Text, ForeignKey("articles.id", ondelete="CASCADE"), index=True)


articles = Table(
    "articles",
    metadata,
    *_record_columns(r.Article, article_fk=False),
    Column("added_at", DateTime(timezone=True), server_default=func.now()),
    # Hash of the raw input: cleaning depends on what the outlet's other articles hold, so the
    # same input can clean differently later; this recognises it as already stored.
    Column("raw_hash", Text, index=True),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_published", "published_value_start"),
)

# Per-outlet block counter: which articles of an outlet carried which block (paragraph hash).
article_blocks = Table(
    "article_blocks",
    metadata,
    Column("outlet", Text, primary_key=True),
    Column("block", Text, primary_key=True),
    Column("article", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

# Near-duplicate index (onrecord.ingest.fingerprint): articles numbered in the order stored, so
# the earliest copy is the original, with their MinHash signatures, and the signatures' LSH bands
# keyed for lookup by (band, value); candidates are verified on the articles' clean text.
# WITHOUT ROWID on SQLite: the key is the whole row, stored once.
minhashes = Table(
    "minhashes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column(
        "article",
        Text,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("signature", LargeBinary, nullable=False),
)
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band", SmallInteger, primary_key=True),
    Column("value", BigInteger, primary_key=True),
    Column("seq", Integer, ForeignKey("minhashes.seq", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

mentions = Table(
    "mentions",
    metadata,
    *_record_columns(r.Mention, article_fk=True),
    _owned_by_article(),
    Index("ix_mentions_entity", "entity"),
)
entities = Table(
    "entities",
    metadata,
    *_record_columns(r.Entity, article_fk=False),
    Index("ix_entities_name", "name"),
)
roles = Table(
    "roles",
    metadata,
    *_record_columns(r.Role, article_fk=True),
    _owned_by_article(),
    Index("ix_roles_entity", "entity"),
)
memberships = Table(
    "memberships",
    metadata,
    *_record_columns(r.Membership, article_fk=False),
    Index("ix_memberships_group", "group"),
)
# The web lists' orders, as the queries write them (:mod:`onrecord.store.queries`): a page of
# the articles newest first, or of the record's contacts by date, is read off the index in
# order, not sorted from the whole table per request (migration 0015).
_PUBLISHED = articles.c.published_value_start
LIST_ORDER_INDEXES: tuple[Index, ...] = (
    Index("ix_articles_newest", _PUBLISHED.is_(None), _PUBLISHED.desc(), articles.c.id),
)
statements = Table(
    "statements",
    metadata,
    *_record_columns(r.Statement, article_fk=True),
    Index("ix_statements_speaker", "speaker"),
    Index("ix_statements_stance", "stance"),
)
events = Table(
    "events",
    metadata,
    *_record_columns(r.Event, article_fk=True),
    _owned_by_article(),
    Index("ix_events_when", "when_start"),
)
# The resolved events (no article) or each article's own, by date, undated last.
LIST_ORDER_INDEXES += (
    Index(
        "ix_events_article_when",
        events.c.article,
        events.c.when_start.is_(None),
        events.c.when_start,
        events.c.id,
    ),
)
reports = Table(
    "reports",
    metadata,
    *_record_columns(r.Report, article_fk=True),
    Index("ix_reports_event", "event"),
)
contradictions = Table(
    "contradictions",
    metadata,
    *_record_columns(r.Contradiction, article_fk=False),
    Index("ix_contradictions_statement", "statement"),
)


def _members(name: str, owner: Table, value: str, kind: TypeEngine[str] = Text()) -> Table:
    """One row per item of a JSON list column of ``owner`` (who took part in an event, which
    events a finding holds against a statement), so a lookup by item goes through an index
    instead of a scan of the JSON text. Written by the store with the owner's rows."""
    return Table(
        name,
        metadata,
        Column("owner", Text, ForeignKey(f"{owner.name}.id", ondelete="CASCADE"), primary_key=True),
        Column(value, kind, primary_key=True),
        Index(f"ix_{name}_{value}", value),
    )


# Compared byte by byte on PostgreSQL too, whatever the database's collation: a range from a
# prefix to the prefix followed by the last code point then holds exactly what starts with it.
_BYTEWISE = Text().with_variant(Text(collation="C"), "postgresql")


event_participants = _members("event_participants", events, "entity")
contradiction_events = _members("contradiction_events", contradictions, "event")
# Each word start of an entity's name, lower-cased ("anton belov", "belov"): a typeahead finds
# Anton Belov from "bel" or "anton b" by a prefix range on the index.
entity_name_starts = _members("entity_name_starts", entities, "start", _BYTEWISE)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),  # merge | split | reject | rename | verdict | delete
    Column("subject", Text, nullable=False),  # the entity / contradiction it is about
    Column("object", Text),  # e.g. the entity merged into
    Column("value", Text),  # e.g. "confirmed" / "rejected"
    Column("note", Text),
    Column("made_at", DateTime(timezone=True), server_default=func.now()),
)

# Views the web app reads whole (the contradictions dashboard), built by ``check`` for one record
# version (:func:`onrecord.store.queries.record_version`) and kept as JSON, so the first request
# after a check, or a restart, reads them instead of building them.
views = Table(
    "views",
    metadata,
    Column("name", Text, primary_key=True),
    Column("version", Text, nullable=False),
    Column("body", Text, nullable=False),
)

# The parts of a view a request reads a few of (one finding, one lane, one edge), by key: the
# view's body holds only what every request needs, so a page reads kilobytes, not the record.
view_parts = Table(
    "view_parts",
    metadata,
    Column("name", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("version", Text, nullable=False),
    Column("body", Text, nullable=False),
)

# How many times each cross-article stage has changed its stored output: a rewrite in place
# (a name now pointing at another person) changes the record as much as a new row does.
stage_generations = Table(
    "stage_generations",
    metadata,
    Column("stage", Text, primary_key=True),
    Column("generation", Integer, nullable=False),
)

# Which extractor version last produced each article's output: what is still to extract.
extractions = Table(
    "extractions",
    metadata,
    Column("article", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Text, nullable=False),
    Column("records", Integer, nullable=False),
    # "[OR112] reason" when this version's extraction broke on the article (no records stored).
    Column("failure", Text),
    Column("extracted_at", DateTime(timezone=True), server_default=func.now()),
)

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", Text, primary_key=True),
    Column("applied_at", DateTime(timezone=True), server_default=func.now()),
)

# Which table holds which Record type.
RECORD_TABLES: dict[type, Table] = {
    r.Article: articles,
    r.Mention: mentions,
    r.Entity: entities,
    r.Role: roles,
    r.Membership: memberships,
    r.Statement: statements,
    r.Event: events,
    r.Report: reports,
    r.Contradiction: contradictions,
}


# -- cross-article stages (resolve, check) ---------------------------------------------------
entity_links = Table(
    "entity_links",
    metadata,
    *_record_columns(r.EntityLink, article_fk=False),
    Index("ix_entity_links_entity", "entity"),
    Index("ix_entity_links_canonical", "canonical"),
)
event_links = Table(
    "event_links",
    metadata,
    *_record_columns(r.EventLink, article_fk=False),
    Index("ix_event_links_resolved", "resolved"),
)
evasions = Table(
    "evasions",
    metadata,
    *_record_columns(r.Evasion, article_fk=False),
    Index("ix_evasions_statement", "statement"),
)
account_steps = Table(
    "account_steps",
    metadata,
    *_record_columns(r.AccountStep, article_fk=False),
    Index("ix_account_steps_speaker", "speaker"),
)

# Which rows each cross-article stage wrote, with a digest of each: a re-run rewrites only the
# rows that changed and deletes the ones it no longer produces.
stage_rows = Table(
    "stage_rows",
    metadata,
    Column("stage", Text, primary_key=True),
    Column("tbl", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("digest", Text, nullable=False),
)

RECORD_TABLES.update(
    {
        r.EntityLink: entity_links,
        r.EventLink: event_links,
        r.Evasion: evasions,
        r.AccountStep: account_steps,
    }
)
