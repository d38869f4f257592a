"""FollowTheMoney: every line loads as a valid entity of the expected schema, with proof."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.proxy import EntityProxy

from onrecord.case import open_case
from onrecord.export.ftm import ftm_id
from onrecord.record import Entity, EntityKind, Membership, Role
from tests.export.conftest import HOSTILE, Export


@pytest.fixture
def entities(export: Export) -> dict[str, EntityProxy]:
    return _exported(export)


def _exported(export: Export) -> dict[str, EntityProxy]:
    result = export("ftm")
    assert result.exit_code == 0, result.output
    proxies = [model.get_proxy(json.loads(line)) for line in result.stdout.splitlines()]
    return {str(p.id): p for p in proxies}


def _get(entities: dict[str, EntityProxy], record_id: str) -> EntityProxy:
    return entities[ftm_id(record_id)]


def test_every_entity_is_valid_ftm_with_required_properties_and_proof(
    entities: dict[str, EntityProxy],
) -> None:
    articles = {i for i, p in entities.items() if p.schema.name == "Article"}
    assert len(articles) == 2
    for proxy in entities.values():
        for prop in proxy.schema.required:
            assert proxy.get(prop), (proxy.schema.name, prop)
        assert set(proxy.get("proof")) <= articles
        for prop, values in proxy.properties.items():  # values are already what cleaning gives
            cleaned = [proxy.schema.properties[prop].type.clean(v) for v in values]
            assert cleaned == values, (proxy.schema.name, prop)


def test_articles_people_and_roles_map_to_their_ftm_schemata(
    entities: dict[str, EntityProxy],
) -> None:
    article = next(p for p in entities.values() if p.schema.name == "Article")
    assert article.get("publisher") and article.get("publishedAt") and article.get("sourceUrl")
    assert _get(entities, "ent_trump").schema.name == "Person"
    assert _get(entities, "ent_hostile").get("name") == [HOSTILE]
    assert _get(entities, "ent_campaign").schema.name == "Organization"
    assert _get(entities, "ent_trump").get("publisher") == ["The Wall Street Journal"]
    occupancy = _get(entities, "role_ambassador")
    assert occupancy.schema.name == "Occupancy"
    assert occupancy.get("holder") == ["ent-kisljak"]
    assert entities[occupancy.get("post")[0]].get("name") == ["ambassador, Russia"]
    assert occupancy.get("date") == ["2016"]
    assert _get(entities, "mem_1").get("organization") == ["ent-campaign"]


def test_contacts_become_events_and_calls_with_dates_at_their_precision(
    entities: dict[str, EntityProxy],
) -> None:
    meeting = _get(entities, "evt_meeting")
    assert meeting.schema.name == "Event"
    assert set(meeting.get("involved")) == {"ent-trump", "ent-kisljak"}
    assert meeting.get("date") == ["2016-04-27"]
    assert meeting.get("location") == ["Mayflower Hotel"]
    call = _get(entities, "evt_call")
    assert call.schema.name == "Call"
    assert call.get("caller") == ["ent-hostile"] and call.get("receiver") == ["ent-kisljak"]
    assert call.get("date") == ["2016-12"]
    assert ftm_id("evt_negated") not in entities and ftm_id("evt_planned") not in entities


def test_a_statement_is_an_event_that_says_the_export_is_lossy(
    entities: dict[str, EntityProxy],
) -> None:
    statement = _get(entities, "stm_denial")
    assert statement.schema.name == "Event"
    assert statement.get("involved") == ["ent-trump"]
    assert statement.get("date") == ["2017-02-16"]
    assert "deny" in statement.get("keywords")
    assert "no schema for a statement" in statement.get("notes")[0]


def test_every_reference_points_into_the_stream_at_the_schema_its_property_requires(
    case: Path, export: Export
) -> None:
    with open_case(case).store() as store:
        (ambassador,) = store.all(Role)
        held_by_outlet = dataclasses.replace(ambassador, id="role_outlet", entity="ent_wsj")
        in_a_place = Membership("mem_place", "ent_kisljak", "ent_hotel", None, "casebook")
        store.put([held_by_outlet, in_a_place])
    result = export("ftm")
    proxies = [model.get_proxy(json.loads(line)) for line in result.stdout.splitlines()]
    made = {str(p.id): p.schema for p in proxies}
    for proxy in proxies:
        for prop in proxy.iterprops():
            if prop.range is not None and prop.type.name == "entity":
                for ref in proxy.get(prop):
                    assert ref in made and made[ref].is_a(prop.range), (proxy.id, prop.name, ref)
    assert ftm_id("role_outlet") not in made and ftm_id("mem_place") not in made


def test_a_name_longer_than_ftm_allows_is_shortened_with_an_ellipsis() -> None:
    from followthemoney.types import registry

    from onrecord.export.ftm import _name

    long = "meet: " + " and ".join(f"Person {n}" for n in range(100))
    assert len(_name(long)) == registry.name.max_length and _name(long).endswith("…")
    assert _name("meet: Trump and Kisljak") == "meet: Trump and Kisljak"


def test_a_one_word_name_is_no_person_even_with_a_role_unless_it_is_a_full_names_surname(
    case: Path, export: Export
) -> None:
    with open_case(case).store() as store:
        article = next(store.articles())
        host = Entity("ent_host", "HOST", EntityKind.PERSON)
        twitter = Entity("ent_twitter", "Twitter", EntityKind.PERSON)
        full = Entity("ent_reyes_full", "Ana Reyes", EntityKind.PERSON)
        surname = Entity("ent_reyes", "Reyes", EntityKind.PERSON)
        role = Role("role_medium", twitter.id, "favorite medium", None, None, article.span(0, 10))
        store.put([host, twitter, full, surname, role])
    entities = _exported(export)
    assert _get(entities, "ent_host").schema.name == "LegalEntity"
    assert _get(entities, "ent_twitter").schema.name == "LegalEntity"
    assert ftm_id("role_medium") not in entities  # FtM's posts are held by people only
    assert _get(entities, "ent_kisljak").schema.name == "Person"
    assert _get(entities, "ent_reyes").schema.name == "Person"  # as "Ana Reyes" is one
