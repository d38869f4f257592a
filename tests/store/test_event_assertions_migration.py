"""Migration 0009 on a database from before assertion grades: a stored contact reads back with
the grade its flags give (negated, alleged, else reported), and a grade stored since keeps."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from onrecord import record as r
from onrecord.ids import article_id, content_id
from onrecord.store import Store

MIGRATION = "0009_event_assertions"
TEXT = "Pryce met Belov in May. Calder reportedly called Belov. Marsh never met him."


def _driver(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql+psycopg"


def _as_before_0009(url: str) -> None:
    """The events table as it was: no assertion column, the migration unrecorded."""
    engine = create_engine(make_url(url).set(drivername=_driver(url)))
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE events DROP COLUMN assertion"))
        connection.execute(text(f"DELETE FROM schema_migrations WHERE name = '{MIGRATION}'"))
    engine.dispose()


def _event(article: r.Article, name: str, **flags: bool) -> r.Event:
    return r.Event(
        content_id("evt", name),
        r.Relation.MEET,
        (r.Participant("ent_a", "A"), r.Participant("ent_b", "B")),
        (article.span(0, 5),),
        **flags,
    )


def test_contacts_stored_before_grades_read_back_graded_by_their_flags(store_url: str) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    events = [
        _event(article, "plain"),
        _event(article, "hedged", hedged=True),
        _event(article, "negated", negated=True),
    ]
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, events)
    _as_before_0009(store_url)
    with Store.open(store_url) as store:
        grades = {e.id: e.assertion for e in store.all(r.Event)}
    assert grades == {
        events[0].id: r.Assertion.REPORTED,
        events[1].id: r.Assertion.ALLEGED,
        events[2].id: r.Assertion.NEGATED,
    }


def test_an_admitted_contact_keeps_its_grade(store_url: str) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    admitted = replace(_event(article, "admitted"), assertion=r.Assertion.ADMITTED)
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, [admitted])
    with Store.open(store_url) as store:
        assert list(store.all(r.Event)) == [admitted]
