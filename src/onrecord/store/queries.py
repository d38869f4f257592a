"""Paged, indexed read queries for the web app: one page of a list, or one item with what hangs
off it, never a whole table in Python.

Every list is ``(rows, total)`` for one ``offset``/``limit`` window, filtered in SQL through an
index (articles by outlet and date, statements and roles by speaker, reports by event, links by
entity and canonical entity). Whom a statement or role belongs to follows the resolve stage's
links by the read model's rule (:mod:`onrecord.readmodel`): a per-article link wins over the
corpus-wide one, else the entity is itself. Every value is a bound parameter; full-text queries
are made of quoted words, never of the user's query syntax.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    TextClause,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
    union,
)

from onrecord.dates import FuzzyDate
from onrecord.ids import content_id
from onrecord.readmodel import (
    CHECK_STAGE,
    RESOLVE_STAGE,
    ArticleSummary,
    canonical_of,
    canonical_sql,
    first_reported,
    independent_sources,
    owner_sql,
)
from onrecord.record import (
    Entity,
    EntityLink,
    Event,
    Listing,
    Report,
    Role,
    Statement,
)
from onrecord.store import Store, schema
from onrecord.store.codec import columns, from_row

T = TypeVar("T")

HIT_START, HIT_END = "\x02", "\x03"  # marks around matched words in search snippets


@dataclass(frozen=True)
class Window(Generic[T]):
    """One page of a list and how many rows the whole (filtered) list has."""

    rows: tuple[T, ...]
    total: int


@dataclass(frozen=True)
class ArticleFilter:
    outlet: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class SearchRow:
    article: ArticleSummary
    snippet: tuple[tuple[str, bool], ...]  # (text, is a matched word)


@dataclass(frozen=True)
class Evidence:
    """A highlighted span in the article reader: what kind of record cites it, and which."""

    kind: str  # statement | event | role | report
    start: int
    end: int
    label: str
    record: str  # the id of the statement, event, role or report


@dataclass(frozen=True)
class PersonRow:
    entity: Entity
    statements: int
    roles: int


@dataclass(frozen=True)
class EventRow:
    event: Event
    reports: int
    independent_sources: int
    first_reported: FuzzyDate | None


_A = schema.articles
_ARTICLE_COLUMNS = (
    _A.c.id,
    _A.c.title,
    _A.c.outlet,
    _A.c.url,
    _A.c.published_value_start,
    _A.c.published_value_end,
    _A.c.published_value_precision,
    _A.c.published_value_expr,
    _A.c.published_source,
    _A.c.published_confidence,
)


def _article_row(row: Any) -> ArticleSummary:
    mapping = dict(row._mapping)
    published = from_row(_Published, mapping, "published_").value
    dated = published is not None
    return ArticleSummary(
        id=row.id,
        url=row.url,
        title=row.title,
        outlet=row.outlet,
        published=published,
        dated_by=row.published_source if dated else None,
        date_confidence=row.published_confidence if dated else None,
    )


@dataclass(frozen=True)
class _Published:
    """The date columns of an article row, read through the codec."""

    value: FuzzyDate | None


def _window(connection: Connection, query: Select[Any], offset: int, limit: int) -> Any:
    return connection.execute(query.offset(offset).limit(limit))


def _total(connection: Connection, query: Select[Any]) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(connection.scalar(counted) or 0)


# -- articles ---------------------------------------------------------------------------------
def _article_conditions(where: ArticleFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.outlet:
        conditions.append(_A.c.outlet == where.outlet)
    if where.since:
        conditions.append(_A.c.published_value_end >= where.since)
    if where.until:
        conditions.append(_A.c.published_value_start <= where.until)
    return conditions


def articles(store: Store, where: ArticleFilter, offset: int, limit: int) -> Window[ArticleSummary]:
    """Articles newest first (undated last), filtered by outlet and publication date."""
    query = (
        select(*_ARTICLE_COLUMNS)
        .where(*_article_conditions(where))
        .order_by(_A.c.published_value_start.is_(None), _A.c.published_value_start.desc(), _A.c.id)
    )
    with store.engine.connect() as connection:
        rows = tuple(_article_row(r) for r in _window(connection, query, offset, limit))
        return Window(rows, _total(connection, query))


def outlets(store: Store) -> list[str]:
    """Every outlet with a stored article (read from the outlet index)."""
    query = select(_A.c.outlet).where(_A.c.outlet.is_not(None)).distinct().order_by(_A.c.outlet)
    with store.engine.connect() as connection:
        return [str(value) for value in connection.scalars(query)]


def article_rows(store: Store, ids: Iterable[str]) -> dict[str, ArticleSummary]:
    """Title, outlet, URL and date of the given articles, without their text."""
    wanted = sorted(set(ids))
    found: dict[str, ArticleSummary] = {}
    with store.engine.connect() as connection:
        for start in range(0, len(wanted), 500):
            query = select(*_ARTICLE_COLUMNS).where(_A.c.id.in_(wanted[start : start + 500]))
            found.update((r.id, _article_row(r)) for r in connection.execute(query))
    return found


def article_with_text(store: Store, article_id: str) -> tuple[ArticleSummary, str] | None:
    query = select(*_ARTICLE_COLUMNS, _A.c.clean_text).where(_A.c.id == article_id)
    with store.engine.connect() as connection:
        row = connection.execute(query).first()
    return None if row is None else (_article_row(row), str(row.clean_text))


# -- the reader's evidence --------------------------------------------------------------------
def evidence(store: Store, article_id: str) -> list[Evidence]:
    """Every span of the article that a statement, event, role or report cites, by offset."""
    found: list[Evidence] = []
    with store.engine.connect() as connection:
        found += _statement_evidence(connection, article_id)
        found += _role_evidence(connection, article_id)
        found += _event_evidence(connection, article_id)
        found += _report_evidence(connection, article_id)
    unique = {(e.kind, e.start, e.end): e for e in found}
    return sorted(unique.values(), key=lambda e: (e.start, -e.end, e.kind))


def _statement_evidence(connection: Connection, article_id: str) -> Iterable[Evidence]:
    table = schema.statements
    query = select(
        table.c.id,
        table.c.evidence_start,
        table.c.evidence_end,
        table.c.speaker_name,
        table.c.stance,
    ).where(table.c.article == article_id, table.c.evidence_article == article_id)
    for row in connection.execute(query):
        label = f"{row.speaker_name or 'unnamed speaker'} ({row.stance})"
        yield Evidence("statement", row.evidence_start, row.evidence_end, label, row.id)


def _role_evidence(connection: Connection, article_id: str) -> Iterable[Evidence]:
    table = schema.roles
    query = select(
        table.c.id, table.c.evidence_start, table.c.evidence_end, table.c.title, table.c.org
    ).where(table.c.article == article_id, table.c.evidence_article == article_id)
    for row in connection.execute(query):
        label = row.title + (f", {row.org}" if row.org else "")
        yield Evidence("role", row.evidence_start, row.evidence_end, label, row.id)


def _event_evidence(connection: Connection, article_id: str) -> Iterable[Evidence]:
    """Per-article events, each linked to the resolved event it became (when check ran)."""
    table, links = schema.events, schema.event_links
    query = (
        select(table.c.id, table.c.kind, table.c.evidence, links.c.resolved)
        .outerjoin(links, links.c.event == table.c.id)
        .where(table.c.article == article_id)
    )
    for row in connection.execute(query):
        for span in json.loads(row.evidence or "[]"):
            if span["article"] == article_id:
                yield Evidence(
                    "event", span["start"], span["end"], row.kind, row.resolved or row.id
                )


def _report_evidence(connection: Connection, article_id: str) -> Iterable[Evidence]:
    table = schema.reports
    query = select(
        table.c.id,
        table.c.event,
        table.c.evidence_start,
        table.c.evidence_end,
        table.c.outlet,
        table.c.credited_to,
    ).where(table.c.article == article_id, table.c.evidence_article == article_id)
    for row in connection.execute(query.order_by(table.c.id)):
        label = f"reported by {row.credited_to or row.outlet or 'an unnamed outlet'}"
        yield Evidence("report", row.evidence_start, row.evidence_end, label, row.event)


# -- full-text search -------------------------------------------------------------------------
def search(
    store: Store,
    words: str,
    where: ArticleFilter,
    offset: int,
    limit: int,
    ranked: Sequence[Any] | None = None,
) -> Window[SearchRow]:
    """Articles matching every word (FTS5 on SQLite, tsvector on PostgreSQL), best first, each
    with a snippet whose matched words are marked. ``ranked`` is :func:`search_ranking` for the
    same words and filter, from a caller that keeps it: a page then costs its own rows only."""
    keys = search_ranking(store, words, where) if ranked is None else ranked
    shown = list(keys[offset : offset + limit])
    if not shown:
        return Window((), len(keys))
    with store.engine.connect() as connection:
        if store.dialect == "sqlite":
            found = _hits_sqlite(connection, words, shown)
        else:
            found = _hits_postgres(connection, words, shown)
    return Window(tuple(found[key] for key in shown if key in found), len(keys))


def search_ranking(store: Store, words: str, where: ArticleFilter) -> tuple[Any, ...]:
    """Every matching article's key (the index's row on SQLite, the article id on PostgreSQL),
    best first. Ranking is the costly part of a search (a common word matches most articles),
    so it is one query of keys alone, which a caller can keep for the record's version."""
    if not words.split():
        return ()
    conditions = _article_conditions(where)
    with store.engine.connect() as connection:
        if store.dialect == "sqlite":
            query = _ranking_sqlite(words, conditions)
        else:
            query = _ranking_postgres(words, conditions)
        return tuple(connection.scalars(query))


# The FTS5 index (migration 0002, SQLite only): ``rank`` is its relevance order.
_FTS = table("articles_fts", column("rowid"), column("id"), column("rank"))


def _fts_terms(words: str) -> str:
    """Each word a quoted FTS5 string (inner quotes doubled): the user's text is never read
    as query syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words.split())


def _fts_match(words: str) -> TextClause:
    return text("articles_fts MATCH :terms").bindparams(terms=_fts_terms(words))


def _ranking_sqlite(words: str, conditions: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The index alone when nothing filters (its ``id`` column is not read per match)."""
    query = select(_FTS.c.rowid).where(_fts_match(words))
    if conditions:
        query = query.join_from(_FTS, _A, _A.c.id == _FTS.c.id).where(*conditions)
    return query.order_by(_FTS.c.rank, _FTS.c.rowid)


def _hits_sqlite(connection: Connection, words: str, keys: Sequence[Any]) -> dict[Any, SearchRow]:
    snippet = func.snippet(
        literal_column("articles_fts"), 2, HIT_START, HIT_END, "…", 24, type_=Text
    ).label("snippet")
    query = (
        select(*_ARTICLE_COLUMNS, _FTS.c.rowid.label("key"), snippet)
        .select_from(_FTS.join(_A, _A.c.id == _FTS.c.id))
        .where(_fts_match(words), _FTS.c.rowid.in_(list(keys)))
    )
    return {
        r.key: SearchRow(_article_row(r), _segments(r.snippet)) for r in connection.execute(query)
    }


# The generated tsvector column (migration 0002, PostgreSQL only; not in the table metadata).
_TSVECTOR: ColumnElement[Any] = literal_column("articles.search")


def _tsquery(words: str) -> ColumnElement[Any]:
    return func.plainto_tsquery("english", bindparam("words", words))


def _ranking_postgres(words: str, conditions: Sequence[ColumnElement[bool]]) -> Select[Any]:
    tsquery = _tsquery(words)
    return (
        select(_A.c.id)
        .where(_TSVECTOR.op("@@")(tsquery), *conditions)
        .order_by(func.ts_rank(_TSVECTOR, tsquery).desc(), _A.c.id)
    )


def _hits_postgres(connection: Connection, words: str, keys: Sequence[Any]) -> dict[Any, SearchRow]:
    options = (
        f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=35, MinWords=15, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )
    headline = func.ts_headline("english", _A.c.clean_text, _tsquery(words), options)
    query = select(*_ARTICLE_COLUMNS, headline.label("snippet")).where(_A.c.id.in_(list(keys)))
    return {
        r.id: SearchRow(_article_row(r), _segments(r.snippet)) for r in connection.execute(query)
    }


def _segments(snippet: str | None) -> tuple[tuple[str, bool], ...]:
    """``a \\x02b\\x03 c`` → ((a, False), (b, True), (c, False)); empty parts dropped."""
    result: list[tuple[str, bool]] = []
    for part in (snippet or "").split(HIT_START):
        hit, marker, rest = part.partition(HIT_END)
        if marker:
            result.append((hit, True))
        else:
            rest = hit
        result.append((rest, False))
    return tuple((value, hit) for value, hit in result if value)


# -- people -----------------------------------------------------------------------------------
_E, _L = schema.entities, schema.entity_links


def people(
    store: Store, name: str | None, kinds: Sequence[str], offset: int, limit: int
) -> Window[PersonRow]:
    """Canonical entities (nobody merged them into another) by name, with how many statements
    and roles are theirs."""
    query = select(*_E.columns).where(canonical_sql(_E.c.id), _E.c.kind.in_(list(kinds)))
    if name:
        query = query.where(_name_holds(name))
    query = query.order_by(func.lower(_E.c.name), _E.c.id)
    with store.engine.connect() as connection:
        found = [
            from_row(Entity, dict(r._mapping)) for r in _window(connection, query, offset, limit)
        ]
        ids = [e.id for e in found]
        spoke = _owned_counts(connection, schema.statements, "speaker", ids)
        held = _owned_counts(connection, schema.roles, "entity", ids)
        total = _total(connection, query)
    rows = tuple(PersonRow(e, spoke.get(e.id, 0), held.get(e.id, 0)) for e in found)
    return Window(rows, total)


def people_named(store: Store, start: str, kinds: Sequence[str], limit: int) -> list[Entity]:
    """The first ``limit`` canonical entities, by name, whose name or one of its words starts
    with ``start`` (any case): a typeahead's suggestions, found through the index of name
    starts, without the counts the people list shows."""
    query = (
        select(*_E.columns)
        .where(canonical_sql(_E.c.id), _E.c.kind.in_(list(kinds)), _name_starts_with(start))
        .order_by(func.lower(_E.c.name), _E.c.id)
        .limit(limit)
    )
    with store.engine.connect() as connection:
        return [from_row(Entity, dict(r._mapping)) for r in connection.execute(query)]


def _name_holds(part: str) -> ColumnElement[bool]:
    """The entity's name holds ``part``, any case, ``%`` and ``_`` taken literally."""
    return func.lower(_E.c.name).like(f"%{_like(part.lower())}%", escape="\\")


def _name_starts_with(start: str) -> ColumnElement[bool]:
    """A prefix range on ``entity_name_starts`` (compared bytewise): no scan of every name."""
    starts = schema.entity_name_starts
    prefix = " ".join(start.lower().split())
    matching = select(starts.c.owner).where(
        starts.c.start >= prefix, starts.c.start < prefix + _LAST_CODE_POINT
    )
    return _E.c.id.in_(matching)


_LAST_CODE_POINT = chr(0x10FFFF)


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entity(store: Store, entity_id: str) -> Entity | None:
    with store.engine.connect() as connection:
        row = connection.execute(select(*_E.columns).where(_E.c.id == entity_id)).first()
    return None if row is None else from_row(Entity, dict(row._mapping))


def canonical_named(store: Store, name: str) -> list[Entity]:
    """Canonical entities with exactly this name, ignoring case."""
    query = (
        select(*_E.columns)
        .where(canonical_sql(_E.c.id), func.lower(_E.c.name) == name.lower())
        .order_by(_E.c.id)
    )
    with store.engine.connect() as connection:
        return [from_row(Entity, dict(r._mapping)) for r in connection.execute(query)]


class NotOneEntity(LookupError):
    """A name that names nobody, or several entities; the message says which."""


def one_entity(store: Store, given: str) -> Entity:
    """The entity a user names by id or exact name (case-insensitive, canonical ones only);
    naming nobody or several is :class:`NotOneEntity`."""
    found = entity(store, given.strip())
    if found is not None:
        return found
    named = canonical_named(store, given.strip())
    if len(named) == 1:
        return named[0]
    if not named:
        raise NotOneEntity(f"no one is named {given!r}")
    ids = ", ".join(f"{e.name} ({e.id})" for e in named[:10])
    raise NotOneEntity(f"{given!r} is ambiguous: give an id — {ids}")


def members(store: Store, canonical: str) -> list[tuple[Entity, EntityLink]]:
    """The entities resolve merged into ``canonical`` corpus-wide, with why."""
    query = (
        select(*_E.columns, _L.c.id.label("link_id"), _L.c.rule)
        .join(_L, _L.c.entity == _E.c.id)
        .where(_L.c.canonical == canonical, _L.c.article == "")
        .order_by(func.lower(_E.c.name), _E.c.id)
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [
        (
            from_row(Entity, dict(row)),
            EntityLink(row["link_id"], row["id"], "", canonical, row["rule"]),
        )
        for row in rows
    ]


def _candidates(canonicals: Sequence[str]) -> Any:
    """Entity ids that may resolve to one of ``canonicals`` (a superset, through the index)."""
    return union(
        select(_L.c.entity).where(_L.c.canonical.in_(list(canonicals))),
        select(_E.c.id).where(_E.c.id.in_(list(canonicals))),
    )


def _owned_by(table: Any, column: str, canonical: str) -> ColumnElement[bool]:
    """Rows whose owner resolves to ``canonical``: candidates through the index, then the
    exact rule."""
    return and_(
        table.c[column].in_(_candidates([canonical])),
        owner_sql(table, column) == canonical,
    )


def _owned_counts(
    connection: Connection, table: Any, column: str, canonicals: Sequence[str]
) -> dict[str, int]:
    if not canonicals:
        return {}
    owner = owner_sql(table, column)
    inner = (
        select(owner.label("owner")).where(table.c[column].in_(_candidates(canonicals))).subquery()
    )
    query = (
        select(inner.c.owner, func.count())
        .where(inner.c.owner.in_(list(canonicals)))
        .group_by(inner.c.owner)
    )
    return {str(owner_id): int(n) for owner_id, n in connection.execute(query)}


def statements_of(store: Store, canonical: str, offset: int, limit: int) -> Window[Statement]:
    """A person's statements, earliest first (undated last)."""
    table = schema.statements
    query = (
        select(*table.columns)
        .where(_owned_by(table, "speaker", canonical))
        .order_by(table.c.said_on_start.is_(None), table.c.said_on_start, table.c.id)
    )
    with store.engine.connect() as connection:
        rows = tuple(
            from_row(Statement, dict(r._mapping)) for r in _window(connection, query, offset, limit)
        )
        return Window(rows, _total(connection, query))


def roles_of(store: Store, canonical: str, limit: int = 500) -> list[Role]:
    """A person's roles by time (undated last)."""
    table = schema.roles
    query = (
        select(*[c for c in table.columns if c.name != "article"])
        .where(_owned_by(table, "entity", canonical))
        .order_by(table.c.when_start.is_(None), table.c.when_start, table.c.id)
        .limit(limit)
    )
    with store.engine.connect() as connection:
        return [from_row(Role, dict(r._mapping)) for r in connection.execute(query)]


def contradicted(
    store: Store, statement_ids: Sequence[str], listing: Listing = Listing.CONTRADICTION
) -> dict[str, list[str]]:
    """Statement id → the findings on one list (the contradictions by default) held against it
    (through the statement index)."""
    table = schema.contradictions
    if not statement_ids:
        return {}
    query = (
        select(table.c.statement, table.c.id)
        .where(table.c.statement.in_(list(statement_ids)), table.c.status == listing.value)
        .order_by(table.c.id)
    )
    found: dict[str, list[str]] = {}
    with store.engine.connect() as connection:
        for statement, contradiction in connection.execute(query):
            found.setdefault(statement, []).append(contradiction)
    return found


# -- events -----------------------------------------------------------------------------------
_V = schema.events


def _record_events(connection: Connection) -> ColumnElement[bool]:
    """Resolved events (no article) once check has run; each article's own before that."""
    resolved = connection.execute(select(_V.c.id).where(_V.c.article.is_(None)).limit(1)).first()
    return _V.c.article.is_(None) if resolved is not None else _V.c.article.is_not(None)


def _with_participant(query: Select[Any], entity_id: str) -> Select[Any]:
    """Only the events ``entity_id`` took part in, found through the participants' index first
    (materialized, so the planner does not walk every event in date order to test each)."""
    taking_part = schema.event_participants
    theirs = (
        select(taking_part.c.owner)
        .where(taking_part.c.entity == entity_id)
        .cte("theirs")
        .prefix_with("MATERIALIZED")
    )
    return query.join(theirs, theirs.c.owner == _V.c.id)


@dataclass(frozen=True)
class EventFilter:
    person: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None


def events(store: Store, where: EventFilter, offset: int, limit: int) -> Window[EventRow]:
    """The record's contacts by date (undated last), with their report counts."""
    with store.engine.connect() as connection:
        query = select(*[c for c in _V.columns if c.name != "article"]).where(
            _record_events(connection), *_event_conditions(where)
        )
        if where.person:
            query = _with_participant(query, where.person)
        query = query.order_by(_V.c.when_start.is_(None), _V.c.when_start, _V.c.id)
        found = [
            from_row(Event, dict(r._mapping)) for r in _window(connection, query, offset, limit)
        ]
        stats = _report_stats(connection, [e.id for e in found])
        total = _total(connection, query)
    rows = tuple(EventRow(e, *stats.get(e.id, (0, 0, None))) for e in found)
    return Window(rows, total)


def _event_conditions(where: EventFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.kind:
        conditions.append(_V.c.kind == where.kind)
    if where.since:
        conditions.append(_V.c.when_end >= where.since)
    if where.until:
        conditions.append(_V.c.when_start <= where.until)
    return conditions


@dataclass(frozen=True)
class _ReportDate:
    """The columns of a report a contacts list counts (a :class:`Reported`): not its text."""

    id: str
    event: str
    published: FuzzyDate | None
    original: str | None


def _report_stats(
    connection: Connection, event_ids: Sequence[str]
) -> dict[str, tuple[int, int, FuzzyDate | None]]:
    """Per event: its reports, its independent sources and when it was first reported, by
    the Record's own definitions (a month-precise report stays a month)."""
    if not event_ids:
        return {}
    table = schema.reports
    query = select(*[table.c[name] for name in columns(_ReportDate)])
    query = query.where(table.c.event.in_(list(event_ids)))
    grouped: dict[str, list[_ReportDate]] = {}
    for row in connection.execute(query):
        report = from_row(_ReportDate, dict(row._mapping))
        grouped.setdefault(report.event, []).append(report)
    return {
        event: (len(reports), independent_sources(reports), first_reported(reports))
        for event, reports in grouped.items()
    }


def event(store: Store, event_id: str) -> Event | None:
    query = select(*[c for c in _V.columns if c.name != "article"]).where(_V.c.id == event_id)
    with store.engine.connect() as connection:
        row = connection.execute(query).first()
    return None if row is None else from_row(Event, dict(row._mapping))


def resolved_event_of(store: Store, event_id: str) -> str | None:
    """The resolved event a per-article event became (through the event-link index)."""
    links = schema.event_links
    query = select(links.c.resolved).where(links.c.event == event_id).limit(1)
    with store.engine.connect() as connection:
        value = connection.scalar(query)
    return None if value is None else str(value)


def reports_of(store: Store, event_id: str) -> list[Report]:
    table = schema.reports
    query = (
        select(*table.columns)
        .where(table.c.event == event_id)
        .order_by(table.c.published_start.is_(None), table.c.published_start, table.c.id)
    )
    with store.engine.connect() as connection:
        return [from_row(Report, dict(r._mapping)) for r in connection.execute(query)]


def member_events(store: Store, resolved: str) -> list[Event]:
    """The per-article events merged into ``resolved``: each source's own telling (and date)."""
    links = schema.event_links
    query = (
        select(*[c for c in _V.columns if c.name != "article"])
        .join(links, links.c.event == _V.c.id)
        .where(links.c.resolved == resolved)
        .order_by(_V.c.id)
    )
    with store.engine.connect() as connection:
        return [from_row(Event, dict(r._mapping)) for r in connection.execute(query)]


def contacts_of(store: Store, canonical: str, limit: int) -> Window[EventRow]:
    return events(store, EventFilter(person=canonical), 0, limit)


def contradictions_against_event(
    store: Store, event_id: str, listing: Listing = Listing.CONTRADICTION
) -> list[str]:
    """Ids of the findings on one list (the contradictions by default) that hold this event
    against a statement."""
    table, held = schema.contradictions, schema.contradiction_events
    query = (
        select(table.c.id)
        .join(held, held.c.owner == table.c.id)
        .where(held.c.event == event_id, table.c.status == listing.value)
        .order_by(table.c.id)
    )
    with store.engine.connect() as connection:
        return [str(value) for value in connection.scalars(query)]


# -- what the dashboard's cache is keyed on ---------------------------------------------------
def record_version(store: Store) -> str:
    """Changes whenever what the dashboard shows may have changed: the digest of every
    contradiction row check wrote (its explanation names the sources, so a new report changes
    it), how many times resolve changed its output and how many statements and articles are
    stored.
    Read again only when something was committed since it was last read (the store's commit
    stamp): reading it takes a tenth of a second on a 10k-article case, every page asks."""
    stamp = store.commit_stamp()
    memo = store.version_memo
    if stamp is not None and memo is not None and memo[0] == stamp:
        return memo[1]
    version = _read_record_version(store)
    if stamp is not None:
        store.version_memo = (stamp, version)
    return version


def _read_record_version(store: Store) -> str:
    book = schema.stage_rows
    digests = (
        select(book.c.id, book.c.digest)
        .where(book.c.stage == CHECK_STAGE, book.c.tbl == schema.contradictions.name)
        .order_by(book.c.id)
    )
    generations = schema.stage_generations
    counts = select(
        select(generations.c.generation)
        .where(generations.c.stage == RESOLVE_STAGE)
        .scalar_subquery(),
        select(func.count()).select_from(schema.statements).scalar_subquery(),
        select(func.count()).select_from(_A).scalar_subquery(),
    )
    with store.engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(digests)]
        sizes = tuple(connection.execute(counts).one())
    return content_id("version", json.dumps([rows, list(sizes)]))


__all__ = [
    "ArticleFilter",
    "EventFilter",
    "EventRow",
    "Evidence",
    "NotOneEntity",
    "PersonRow",
    "SearchRow",
    "Window",
    "canonical_of",
]
