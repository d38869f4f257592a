"""The people typeahead finds a name from the start of any of its words through an index of
name starts, which follows every write of an entity (a user's rename included) and is filled
by migration 0013 on a database stored before it."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from onrecord import record as r
from onrecord.ids import content_id
from onrecord.store import Store, queries

PERSON = ["person"]


def _person(name: str, curated: bool = False) -> r.Entity:
    return r.Entity(content_id("ent", "belov"), name, r.EntityKind.PERSON, curated=curated)


def _found(store: Store, typed: str) -> list[str]:
    return [entity.name for entity in queries.people_named(store, typed, PERSON, 10)]


def test_a_surnames_start_finds_the_person_on_either_database(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.put(
            [
                _person("Anton Belov"),
                r.Entity("ent_jcj", "Jean-Claude Juncker", r.EntityKind.PERSON),
            ]
        )
        assert _found(store, "bel") == ["Anton Belov"]
        assert _found(store, "Anton  B") == ["Anton Belov"]
        assert _found(store, "claude") == ["Jean-Claude Juncker"]
        assert _found(store, "juncker") == ["Jean-Claude Juncker"]
        assert _found(store, "unck") == []


def test_a_renamed_person_is_found_by_the_new_name_only(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.put([_person("Anton Belov")])
        store.put([_person("Anton Pavlovich Belov", curated=True)])
        store.put([_person("Anton Belov")])  # a later run does not undo the user's name
        assert _found(store, "pavl") == ["Anton Pavlovich Belov"]
        assert _found(store, "belov") == ["Anton Pavlovich Belov"]


def test_names_stored_before_the_index_are_found_after_the_migration(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.put([_person("Anton Belov")])
    driver = "sqlite" if store_url.startswith("sqlite") else "postgresql+psycopg"
    engine = create_engine(make_url(store_url).set(drivername=driver))
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE entity_name_starts"))
        connection.execute(
            text("DELETE FROM schema_migrations WHERE name = '0013_entity_name_starts'")
        )
    engine.dispose()
    with Store.open(store_url) as store:
        assert _found(store, "bel") == ["Anton Belov"]
