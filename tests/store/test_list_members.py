"""A person's contacts and the findings that hold an event against a statement are looked up
through indexed member tables, which follow every write of their rows: a re-extraction, a
re-check, and migration 0010 on a database stored before the tables."""

from __future__ import annotations

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from onrecord import record as r
from onrecord.ids import article_id, content_id
from onrecord.store import Store, queries, schema
from onrecord.store.queries import EventFilter

TEXT = "Pryce met Belov in May. Calder called Belov in June."


def _event(article: r.Article, name: str, *people: str) -> r.Event:
    return r.Event(
        content_id("evt", name),
        r.Relation.MEET,
        tuple(r.Participant(person, person.removeprefix("ent_")) for person in people),
        (article.span(0, 5),),
    )


def _contacts(store: Store, person: str) -> list[str]:
    return [row.event.id for row in queries.events(store, EventFilter(person), 0, 10).rows]


def _finding(statement: str, *events: str) -> r.Contradiction:
    return r.Contradiction(
        content_id("ctr", statement),
        statement,
        "deny_vs_event.v2",
        against_events=events,
        timing=r.Timing.LATER,
        confidence=0.9,
        explanation="",
    )


def test_a_persons_contacts_follow_a_re_extraction(store_url: str) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    first = _event(article, "may", "ent_pryce", "ent_belov")
    second = _event(article, "june", "ent_calder", "ent_belov")
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, [first, second])
        assert sorted(_contacts(store, "ent_belov")) == sorted([first.id, second.id])
        assert _contacts(store, "ent_pryce") == [first.id]
        store.replace_extraction(article.id, [second])
        assert _contacts(store, "ent_belov") == [second.id]
        assert _contacts(store, "ent_pryce") == []


def test_findings_against_an_event_follow_a_re_check(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.replace_stage("check", [_finding("stm_a", "evt_1", "evt_2"), _finding("stm_b")])
        assert queries.contradictions_against_event(store, "evt_2") == [content_id("ctr", "stm_a")]
        store.replace_stage("check", [_finding("stm_b", "evt_2")])
        assert queries.contradictions_against_event(store, "evt_2") == [content_id("ctr", "stm_b")]
        assert queries.contradictions_against_event(store, "evt_1") == []


def _as_before_0010(url: str) -> None:
    """The member tables as they were: absent, the migration unrecorded."""
    driver = "sqlite" if url.startswith("sqlite") else "postgresql+psycopg"
    engine = create_engine(make_url(url).set(drivername=driver))
    with engine.begin() as connection:
        for table in ("event_participants", "contradiction_events"):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("DELETE FROM schema_migrations WHERE name = '0011_list_members'"))
    engine.dispose()


def test_contacts_stored_before_the_member_tables_are_found_after_the_migration(
    store_url: str,
) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    event = _event(article, "may", "ent_pryce", "ent_belov")
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, [event])
    _as_before_0010(store_url)
    with Store.open(store_url) as store:
        assert _contacts(store, "ent_pryce") == [event.id]
        with store.engine.connect() as connection:
            members = connection.execute(select(schema.event_participants)).all()
    assert sorted(entity for _, entity in members) == ["ent_belov", "ent_pryce"]
