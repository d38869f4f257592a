"""The timeline and graph pages over HTTP: each page carries exactly its JSON twin for its
script to draw, hostile text travels only as data, and every link leads to a page that exists."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.web.html import parse, text_of
from tests.web.story import BELOV, CALDER, IMG

PAGES = [("/timeline", "data-timeline"), ("/graph", "data-graph")]


def _carried(client: TestClient, path: str, attribute: str) -> Any:
    """The JSON object the page hands its script."""
    response = client.get(path)
    assert response.status_code == 200
    found = [attrs[attribute] for _, attrs in parse(response.text).tags if attribute in attrs]
    assert len(found) == 1 and found[0] is not None
    return json.loads(found[0])


@pytest.mark.parametrize(("path", "attribute"), PAGES)
def test_each_page_carries_its_json_twin(reader: TestClient, path: str, attribute: str) -> None:
    twin = reader.get(f"{path}.json?person={CALDER.id}")
    assert twin.status_code == 200
    assert _carried(reader, f"{path}?person={CALDER.id}", attribute) == twin.json()


def test_a_hostile_denial_reaches_the_timeline_only_as_escaped_data(reader: TestClient) -> None:
    html = reader.get(f"/timeline?person={CALDER.id}").text
    assert "<img" not in html and "<script>" not in html
    page = _carried(reader, f"/timeline?person={CALDER.id}", "data-timeline")
    labels = [item["label"] for item in page["items"] if item["category"] == "statement"]
    assert any(IMG in label for label in labels)


def test_every_timeline_item_links_to_a_page_that_exists(reader: TestClient) -> None:
    page = reader.get("/timeline.json").json()
    assert page["items"]
    for href in {item["href"].split("#")[0] for item in page["items"]}:
        assert reader.get(href).status_code == 200, href


def test_a_graph_edge_links_to_its_event_and_the_highlighted_sentence(reader: TestClient) -> None:
    page = reader.get("/graph.json").json()
    edge = next(e for e in page["edges"] if {e["source"], e["target"]} == {CALDER.id, BELOV.id})
    evidence = edge["evidence"][0]
    assert "met Ambassador Anton Belov" in evidence["sentence"]
    assert reader.get(evidence["href"]).status_code == 200
    article, anchor = evidence["source"].split("#")
    reader_page = parse(reader.get(article).text)
    assert any(attrs.get("id") == anchor for _, attrs in reader_page.tags)


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/graph.json?person=ent_nobody", 404, "not_found"),
        ("/timeline.json?person=ent_nobody", 404, "not_found"),
        ("/timeline.json?stance=lied", 422, "invalid_request"),
        ("/graph.json?limit=0", 422, "invalid_request"),
        ("/timeline.json?from=last-april", 422, "invalid_request"),
    ],
)
def test_bad_filters_answer_with_the_error_envelope(
    reader: TestClient, path: str, status: int, code: str
) -> None:
    response = reader.get(path)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_the_graph_page_lists_its_pairs_with_their_evidence_without_script(
    reader: TestClient,
) -> None:
    html = reader.get("/graph").text
    pairs = html[html.index('<details class="pairs">') :]
    assert "Ruth Calder — Anton Belov: 1 contact" in text_of(pairs)
    links = [attrs.get("href") or "" for tag, attrs in parse(pairs).tags if tag == "a"]
    assert any(href.startswith("/events/") for href in links)
    assert any("#span-" in href for href in links)


def _lanes_by_next_links(reader: TestClient, start: str) -> tuple[list[str], list[str]]:
    """Every lane id met following the page's next links from ``start``, and the pages read."""
    lanes: list[str] = []
    pages: list[str] = []
    url: str | None = start
    while url is not None:
        pages.append(url)
        page = reader.get(url).json()
        lanes += [lane["id"] for lane in page["lanes"]]
        url = page["pager"]["next_href"]
    return lanes, pages


def test_the_timeline_pages_its_lanes_and_the_next_links_reach_every_lane(
    reader: TestClient,
) -> None:
    everyone = reader.get("/timeline.json?limit=200").json()
    assert everyone["lanes_total"] > 1
    lanes, pages = _lanes_by_next_links(reader, "/timeline.json?limit=1")
    assert lanes == [lane["id"] for lane in everyone["lanes"]]
    assert len(pages) == everyone["lanes_total"] and all(".json?" in p for p in pages)
    last = reader.get(pages[-1]).json()["pager"]
    assert last["next_href"] is None and reader.get(last["prev_href"]).json()["lanes"]
    html = reader.get("/timeline?limit=1").text
    assert 'rel="next" href="/timeline?limit=1&amp;page=2"' in html
