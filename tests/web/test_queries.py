"""The web app's read queries (``onrecord.store.queries``) on SQLite and PostgreSQL: paged
windows with their totals, filters, full-text search with marked snippets, and records filed
under the person resolve made of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from onrecord.dates import FuzzyDate
from onrecord.pipeline import run_check
from onrecord.store import Store, queries
from onrecord.store.queries import ArticleFilter, EventFilter
from tests.web.story import (
    BELOFF,
    BELOV,
    CALDER,
    HOSTILE,
    LEDGER,
    MEETING,
    WIRE,
    build_case,
    cited,
)


def test_articles_come_newest_first_in_windows_with_their_total(
    tmp_path: Path, store_url: str
) -> None:
    with build_case(tmp_path / "case", store_url).store() as store:
        first = queries.articles(store, ArticleFilter(), 0, 2)
        rest = queries.articles(store, ArticleFilter(), 2, 2)
        assert first.total == rest.total == 3
        assert [a.id for a in (*first.rows, *rest.rows)] == [HOSTILE.id, LEDGER.id, WIRE.id]
        wire = queries.articles(store, ArticleFilter(outlet="Northfield Wire"), 0, 10)
        assert [a.id for a in wire.rows] == [WIRE.id] and wire.total == 1
        dated = ArticleFilter(since=date(2017, 1, 1), until=date(2017, 1, 31))
        assert [a.id for a in queries.articles(store, dated, 0, 10).rows] == [LEDGER.id]
        assert queries.outlets(store)[:2] == ["Capitol Ledger", HOSTILE.outlet]


def test_search_matches_every_word_filters_and_marks_the_words(
    tmp_path: Path, store_url: str
) -> None:
    with build_case(tmp_path / "case", store_url).store() as store:
        found = queries.search(store, "Calder contact", ArticleFilter(), 0, 10)
        assert {row.article.id for row in found.rows} == {LEDGER.id, HOSTILE.id}
        assert found.total == 2
        hits = [text.lower() for row in found.rows for text, hit in row.snippet if hit]
        assert "calder" in hits and "contact" in hits
        only = ArticleFilter(outlet="Capitol Ledger")
        assert [r.article.id for r in queries.search(store, "Calder", only, 0, 10).rows] == [
            LEDGER.id
        ]
        assert queries.search(store, 'Calder" OR "Zanzibar', ArticleFilter(), 0, 10).total == 0
        assert queries.search(store, "   ", ArticleFilter(), 0, 10).total == 0


def test_a_search_is_paged_from_one_ranking(tmp_path: Path, store_url: str) -> None:
    with build_case(tmp_path / "case", store_url).store() as store:
        ranked = queries.search_ranking(store, "Calder", ArticleFilter())
        whole = queries.search(store, "Calder", ArticleFilter(), 0, 10)
        pages = [
            queries.search(store, "Calder", ArticleFilter(), at, 1, ranked)
            for at in range(len(ranked))
        ]
        assert len(ranked) == whole.total > 1 and {p.total for p in pages} == {whole.total}
        assert [r for p in pages for r in p.rows] == list(whole.rows)


def _plans(store: Store, read: Callable[[], object]) -> list[str]:
    """SQLite's plan of each paged query ``read`` runs (a SELECT with LIMIT)."""
    paged: list[tuple[str, Any]] = []

    def seen(connection: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "LIMIT" in statement:
            paged.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        read()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        return [
            " ".join(str(row[-1]) for row in driver.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in paged
        ]


def test_the_lists_are_read_off_an_index_in_their_order(tmp_path: Path) -> None:
    """The newest articles and the record's contacts by date come off an index in order, not
    from a sort of the whole table per request; a person's contacts start from the people who
    took part, not from a walk of every contact."""
    with build_case(tmp_path / "case").store() as store:
        lists = _plans(store, lambda: queries.articles(store, ArticleFilter(), 0, 2))
        lists += _plans(store, lambda: queries.events(store, EventFilter(), 0, 2))
        theirs = _plans(store, lambda: queries.events(store, EventFilter(person=CALDER.id), 0, 2))
    assert len(lists) >= 2 and not any("TEMP B-TREE FOR ORDER BY" in plan for plan in lists)
    assert theirs and not any("SCAN events" in plan for plan in theirs)


def test_people_are_listed_once_with_what_is_theirs(tmp_path: Path, store_url: str) -> None:
    case = build_case(tmp_path / "case", store_url)
    with case.store() as store:
        window = queries.people(store, "cald", ("person",), 0, 10)
        assert [(r.entity.id, r.statements, r.roles) for r in window.rows] == [(CALDER.id, 3, 0)]
        assert queries.people(store, "%", ("person",), 0, 10).total == 0  # a literal percent
        assert queries.statements_of(store, CALDER.id, 0, 1).total == 3
        assert [r.title for r in queries.roles_of(store, BELOV.id)] == ["ambassador"]
        store.decide("merge", BELOFF.id, BELOV.id)
    run_check(case)
    with case.store() as store:
        keep = queries.canonical_of(store, BELOV.id)
        assert keep == queries.canonical_of(store, BELOFF.id)
        assert queries.people(store, "anton", ("person",), 0, 10).total == 1
        assert len(queries.members(store, keep)) == 1


def test_events_carry_report_counts_and_filter_by_person(tmp_path: Path, store_url: str) -> None:
    with build_case(tmp_path / "case", store_url).store() as store:
        (row,) = queries.events(store, EventFilter(), 0, 10).rows
        assert (row.reports, row.independent_sources) == (1, 1)
        assert row.first_reported == FuzzyDate.day(date(2016, 5, 13))
        assert queries.events(store, EventFilter(person=CALDER.id), 0, 10).total == 1
        assert queries.events(store, EventFilter(person=BELOFF.id), 0, 10).total == 0
        assert queries.events(store, EventFilter(since=date(2017, 1, 1)), 0, 10).total == 0
        assert [r.outlet for r in queries.reports_of(store, row.event.id)] == ["Northfield Wire"]


def test_the_reader_evidence_is_every_cited_span_of_the_article(
    tmp_path: Path, store_url: str
) -> None:
    with build_case(tmp_path / "case", store_url).store() as store:
        found = {(e.kind, e.start, e.end) for e in queries.evidence(store, WIRE.id)}
        start, end = cited(WIRE, MEETING)
        role = cited(WIRE, "Ambassador Anton Belov")
        assert found == {("event", start, end), ("report", start, end), ("role", *role)}
