"""The contradictions dashboard and a contradiction's page: the dossier's entries, filters,
links to the cited sentence, and verdicts that survive re-runs of check."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from onrecord.pipeline import run_check
from onrecord.web.app import create_app
from tests.web.conftest import HOST, ORIGIN
from tests.web.html import text_of
from tests.web.story import HOSTILE, HOSTILE_DENIAL, build_case, cited


def _only_entry(client: TestClient, query: str = "") -> dict[str, object]:
    listing = client.get(f"/index.json{query}").json()
    assert listing["pager"]["total"] == 1, listing
    entry: dict[str, object] = listing["items"][0]
    return entry


def test_the_dashboard_shows_the_denial_the_record_already_contradicted(
    reader: TestClient,
) -> None:
    entry = _only_entry(reader)
    statement = entry["statement"]
    assert isinstance(statement, dict)
    assert statement["speaker"]["name"] == "Ruth Calder"
    assert statement["stance"] == "deny"
    assert statement["said"]["text"] == "2017-02-16"
    assert entry["timing"] == "record_predates"
    start, end = cited(HOSTILE, HOSTILE_DENIAL)
    assert statement["cites"][0]["href"] == f"/articles/{HOSTILE.id}#span-{start}-{end}"
    assert entry["verdict"] is None


def test_filters_narrow_the_list(reader: TestClient) -> None:
    calder = _only_entry(reader)["statement"]["speaker"]["id"]  # type: ignore[index]
    assert reader.get(f"/index.json?person={calder}").json()["pager"]["total"] == 1
    assert reader.get("/index.json?person=ent_nobody").json()["pager"]["total"] == 0
    assert reader.get("/index.json?outlet=Capitol%20Ledger").json()["pager"]["total"] == 0
    assert reader.get("/index.json?since=2017-02-01&until=2017-02-28").json()["pager"]["total"]
    assert reader.get("/index.json?since=2017-03-01").json()["pager"]["total"] == 0
    assert reader.get("/index.json?stance=affirm").json()["pager"]["total"] == 0
    assert reader.get("/index.json?timing=later").json()["pager"]["total"] == 0
    assert reader.get("/index.json?verdict=open").json()["pager"]["total"] == 1
    assert reader.get("/index.json?verdict=confirmed").json()["pager"]["total"] == 0


def test_a_contradiction_page_shows_the_contact_with_its_report_and_sentence(
    reader: TestClient,
) -> None:
    href = _only_entry(reader)["href"]
    page = reader.get(f"{href}.json").json()
    (contact,) = page["events"]
    assert contact["kind"] == "meet"
    assert contact["place"] == "Grand Hotel"
    assert contact["first_reported"]["text"] == "2016-05-13"
    (report,) = contact["reports"]
    assert report["outlet"] == "Northfield Wire"
    assert report["cite"]["text"].startswith("Senator Ruth Calder met Ambassador Anton Belov")
    assert reader.get(contact["href"] + ".json").json()["id"] == contact["id"]
    html = reader.get(href).text
    assert report["cite"]["href"] in html
    assert 'method="post"' in html and page["verdict_action"] in html


def _mark(client: TestClient, href: str, value: str, note: str = "") -> None:
    action = client.get(f"{href}.json").json()["verdict_action"]
    response = client.post(
        action, data={"value": value, "note": note}, headers=ORIGIN, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == href


def test_a_verdict_made_in_the_app_survives_a_re_run_of_check(
    tmp_path: Path, store_url: str
) -> None:
    case = build_case(tmp_path / "case", store_url)
    with TestClient(create_app(case, host=HOST)) as client:
        href = str(_only_entry(client)["href"])
        _mark(client, href, "confirmed", "two sources")
        run_check(case)
        run_check(case)
        entry = _only_entry(client, "?verdict=confirmed")
        assert entry["verdict"]["value"] == "confirmed"  # type: ignore[index]
        page = client.get(f"{href}.json").json()
        assert [v["note"] for v in page["history"]] == ["two sources"]
        _mark(client, href, "open")
        assert client.get("/index.json?verdict=open").json()["pager"]["total"] == 1


def test_a_rejected_verdict_is_shown_and_filterable(client: TestClient) -> None:
    href = str(_only_entry(client)["href"])
    _mark(client, href, "rejected")
    assert _only_entry(client, "?verdict=rejected")["verdict"]["value"] == "rejected"  # type: ignore[index]
    assert 'class="badge rejected"' in client.get("/").text


def test_a_verdict_form_from_another_site_is_refused(client: TestClient) -> None:
    action = client.get(str(_only_entry(client)["href"]) + ".json").json()["verdict_action"]
    cross_site = {"sec-fetch-site": "cross-site", "origin": "http://testserver"}
    for headers in ({"origin": "https://evil.example"}, {}, cross_site):
        response = client.post(action, data={"value": "rejected"}, headers=headers)
        assert response.status_code == 403
    assert client.get("/index.json?verdict=open").json()["pager"]["total"] == 1


def test_a_bad_verdict_value_is_a_validation_error_in_the_envelope(client: TestClient) -> None:
    action = client.get(str(_only_entry(client)["href"]) + ".json").json()["verdict_action"]
    response = client.post(
        action, data={"value": "maybe"}, headers={**ORIGIN, "accept": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_an_unknown_contradiction_is_a_404(reader: TestClient) -> None:
    response = reader.get("/contradictions/con_nope.json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_the_review_list_is_apart_from_the_contradictions_each_with_its_reason(
    reader: TestClient,
) -> None:
    dashboard = reader.get("/index.json").json()
    assert dashboard["review_total"] == 1
    assert all(item["status"] == "contradiction" for item in dashboard["items"])
    review = reader.get("/review.json").json()
    assert review["contradictions_total"] == dashboard["pager"]["total"]
    assert review["reasons"] == {"unresolved_counterpart": 1}
    (item,) = review["items"]
    assert item["status"] == "review"
    assert item["statement"]["words"] == "There was no contact at all"
    assert [r["code"] for r in item["reasons"]] == ["unresolved_counterpart"]
    assert "names no counterpart" in item["reasons"][0]["text"]
    assert reader.get("/review.json?reason=weak_evidence").json()["items"] == []
    calder = item["statement"]["speaker"]["id"]
    assert reader.get(f"/review.json?person={calder}").json()["pager"]["total"] == 1
    assert reader.get("/review.json?person=ent_nobody").json()["pager"]["total"] == 0
    page = reader.get(f"{item['href']}.json").json()
    assert page["status"] == "review" and page["reasons"] == item["reasons"]


def test_the_review_pages_name_the_reason_in_html(reader: TestClient) -> None:
    listing = text_of(reader.get("/review").text)
    assert "For review" in listing and "unresolved_counterpart" in listing
    assert "There was no contact at all" in listing
    assert "1 more finding could not be proven" in text_of(reader.get("/").text)
    href = reader.get("/review.json").json()["items"][0]["href"]
    detail = text_of(reader.get(href).text)
    assert "Not a contradiction because" in detail and "names no counterpart" in detail


def test_a_filter_form_sent_with_its_empty_fields_filters_nothing(reader: TestClient) -> None:
    everything = reader.get("/index.json").json()["pager"]["total"]
    blank = reader.get("/index.json?person=&outlet=&since=&until=&stance=&timing=&verdict=")
    assert blank.status_code == 200 and blank.json()["pager"]["total"] == everything
    for listing in ("/events.json", "/articles.json"):
        assert (
            reader.get(f"{listing}?since=&until=").json()["pager"]["total"]
            == (reader.get(listing).json()["pager"]["total"])
        )
