"""A contact's page: every report with its outlet, date and sentence, who reported it first, how
many independent sources stand behind it, and the dates the sources disagree on."""

from __future__ import annotations

from starlette.testclient import TestClient

from onrecord.case import Case
from onrecord.web.app import create_app
from tests.web.conftest import HOST
from tests.web.html import text_of
from tests.web.story import HARBOR, RETELLING, WIRE, add_plan, add_retelling


def test_a_contact_page_shows_every_report_and_the_conflicting_dates(story_case: Case) -> None:
    add_retelling(story_case)
    with TestClient(create_app(story_case, host=HOST)) as client:
        (row,) = client.get("/events.json").json()["items"]
        assert (row["reports"], row["independent_sources"]) == (2, 2)
        page = client.get(row["href"] + ".json").json()
        assert [r["outlet"] for r in page["reports"]] == ["Northfield Wire", "Harbor Post"]
        assert page["first_reported"]["text"] == "2016-05-13"
        assert page["first_reporter"] == "Northfield Wire"
        assert page["dates_conflict"] is True
        assert sorted(d["when"]["text"] for d in page["dates"]) == ["2016-04-26", "2016-04-27"]
        assert {d["cite"]["article"] for d in page["dates"]} == {WIRE.id, HARBOR.id}
        assert len(page["contradictions"]) == 1
        html = client.get(row["href"]).text
        assert "The sources disagree on the date." in html
        assert RETELLING in text_of(html)


def test_one_articles_telling_leads_to_the_contact(story_case: Case) -> None:
    add_retelling(story_case)
    with TestClient(create_app(story_case, host=HOST)) as client:
        marks = client.get(f"/articles/{HARBOR.id}.json").json()["marks"]
        (event,) = [m for m in marks if m["kind"] == "event"]
        resolved = client.get("/events.json").json()["items"][0]["href"]
        assert event["href"] == resolved
        report = next(m for m in marks if m["kind"] == "report")
        assert client.get(report["href"]).url.path == resolved  # a per-article id redirects


def test_contacts_filter_by_person_and_kind(reader: TestClient) -> None:
    calder = reader.get("/people.json?q=calder").json()["items"][0]["id"]
    assert reader.get(f"/events.json?person={calder}").json()["pager"]["total"] == 1
    assert reader.get("/events.json?kind=call").json()["pager"]["total"] == 0
    assert reader.get("/events.json?kind=teleport").status_code == 422


def test_a_planned_meeting_is_listed_with_its_grade_and_contradicts_nothing(
    story_case: Case,
) -> None:
    add_plan(story_case)
    with TestClient(create_app(story_case, host=HOST)) as client:
        rows = client.get("/events.json").json()["items"]
        plan = next(r for r in rows if r["assertion"] == "planned")
        page = client.get(plan["href"] + ".json").json()
        assert page["contradictions"] == []
        assert "planned, proposed or invited" in text_of(client.get(plan["href"]).text)
        held = next(r for r in rows if r["assertion"] != "planned")
        assert len(client.get(held["href"] + ".json").json()["contradictions"]) == 1


def test_a_page_read_before_a_check_shows_what_the_check_stored(story_case: Case) -> None:
    """The app keeps the pages it read until the store changes: a new article and check are
    seen on the next request."""
    with TestClient(create_app(story_case, host=HOST)) as client:
        (row,) = client.get("/events.json").json()["items"]
        searched = client.get("/search.json?q=Grand+Hotel").json()["pager"]["total"]
        assert row["reports"] == 1
        add_retelling(story_case)
        (row,) = client.get("/events.json").json()["items"]
        assert (row["reports"], row["independent_sources"]) == (2, 2)
        assert client.get("/search.json?q=Grand+Hotel").json()["pager"]["total"] == searched + 1
