"""Every page has a JSON twin with the same data, and every error has one shape."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.web.html import text_of
from tests.web.story import BELOV, CALDER, WIRE

Values = Callable[[Any], list[str]]


def _items(field: str) -> Values:
    def read(page: Any) -> list[str]:
        values = [item for item in page["items"]]
        for part in field.split("."):
            values = [v[part] for v in values]
        return [str(v) for v in values]

    return read


TWINS: list[tuple[str, Values]] = [
    ("/", _items("statement.words")),
    ("/people", _items("name")),
    ("/events", _items("kind")),
    ("/articles", _items("title")),
    ("/search?q=Calder", _items("article.title")),
    (f"/people/{CALDER.id}", lambda page: [s["words"] for s in page["statements"]]),
    (f"/people/{BELOV.id}", lambda page: [r["title"] for r in page["roles"]]),
    (f"/articles/{WIRE.id}", lambda page: [page["article"]["title"], page["text"]]),
]


def _twin(path: str) -> str:
    route, _, query = path.partition("?")
    return ("/index.json" if route == "/" else f"{route}.json") + (f"?{query}" if query else "")


@pytest.mark.parametrize(("path", "values"), TWINS)
def test_every_page_has_a_json_twin_with_the_same_data(
    reader: TestClient, path: str, values: Values
) -> None:
    html = reader.get(path)
    data = reader.get(_twin(path))
    assert html.status_code == data.status_code == 200
    assert html.headers["content-type"].startswith("text/html")
    assert data.headers["content-type"] == "application/json"
    shown = values(data.json())
    assert shown, path
    visible = text_of(html.text)
    for value in shown:
        assert value in visible, value
    assert f'href="{escape(_twin(path))}"' in html.text  # the page links its twin


def test_event_pages_have_twins_too(reader: TestClient) -> None:
    (event,) = reader.get("/events.json").json()["items"]
    page = reader.get(event["href"] + ".json").json()
    html = reader.get(event["href"]).text
    assert page["reports"]
    assert all(r["cite"]["text"] in text_of(html) for r in page["reports"])


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/nope.json", 404, "not_found"),
        ("/index.json?page=0", 422, "invalid_request"),
        ("/index.json?since=yesterday", 422, "invalid_request"),
        ("/people.json?kind=robot", 422, "invalid_request"),
    ],
)
def test_errors_share_one_envelope(reader: TestClient, path: str, status: int, code: str) -> None:
    response = reader.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)
    page = reader.get(path.replace("/index.json", "/").replace(".json", ""))
    assert page.status_code == status and f'data-code="{code}"' in page.text


def test_a_wrong_method_is_a_405_in_the_envelope(reader: TestClient) -> None:
    response = reader.delete("/index.json", headers={"origin": "http://testserver"})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
