"""Article text is hostile: markup, event handlers and ``javascript:`` URLs stay inert on every
page. Every response carries the CSP; a token, when set, guards every request."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from onrecord.case import Case
from onrecord.web.app import create_app
from onrecord.web.security import COOKIE
from tests.web.html import parse
from tests.web.story import AIDE, CALDER, HOSTILE

PAGES = (
    "/",
    "/people",
    "/people?kind=all",
    f"/people/{CALDER.id}",
    f"/people/{AIDE.id}",
    "/events",
    "/articles",
    f"/articles/{HOSTILE.id}",
    "/search?q=alert",
    "/search?q=contact",
)


def _assert_inert(html: str) -> None:
    for tag, attrs in parse(html).tags:
        assert tag not in ("script", "img", "iframe", "object"), (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            value = attrs.get(name)
            if value is not None and (tag, value) != ("link", "data:,"):  # the empty icon
                assert value.startswith(("/", "#", "http://", "https://")), (tag, attrs)


@pytest.mark.parametrize("path", PAGES)
def test_a_hostile_article_renders_inert(reader: TestClient, path: str) -> None:
    response = reader.get(path)
    assert response.status_code == 200
    _assert_inert(response.text)
    assert "alert(1)" in response.text or path in ("/events",)  # shown, as text


def test_the_contradiction_with_hostile_words_renders_inert(reader: TestClient) -> None:
    href = reader.get("/index.json").json()["items"][0]["href"]
    html = reader.get(href).text
    _assert_inert(html)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_search_finds_the_hostile_article_and_shows_it_as_text(reader: TestClient) -> None:
    found = reader.get("/search.json?q=alert").json()
    assert [hit["article"]["id"] for hit in found["items"]] == [HOSTILE.id]
    assert found["items"][0]["article"]["url"] is None  # javascript: is never a link
    html = reader.get("/search?q=alert").text
    assert "&lt;script&gt;" in html


def test_every_response_carries_the_security_headers(reader: TestClient) -> None:
    for path in ("/", "/index.json", "/nope", "/static/style.css", "/people/x.json"):
        headers = reader.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"].split("script-src")[1]
        assert headers["x-content-type-options"] == "nosniff"


def test_the_docs_page_loads_swagger_from_static_and_nothing_else(reader: TestClient) -> None:
    html = reader.get("/docs").text
    sources = [
        attrs.get("src") or attrs.get("href")
        for tag, attrs in parse(html).tags
        if tag in ("script", "link")
    ]
    assert "/static/vendor/swagger-ui-bundle.js" in sources
    assert "/static/vendor/swagger-ui.css" in sources
    assert all(s and s.startswith("/static/") for s in sources), sources
    assert all(attrs.get("src") is not None for tag, attrs in parse(html).tags if tag == "script")
    assert reader.get("/static/vendor/swagger-ui-bundle.js").status_code == 200
    assert reader.get("/redoc").status_code == 404
    paths = reader.get("/openapi.json").json()["paths"]
    assert {"/index.json", "/people/{entity_id}.json", "/search.json"} <= set(paths)


@pytest.fixture
def guarded(shared_case: Case) -> TestClient:
    return TestClient(create_app(shared_case, token="s3cret"))


def test_with_a_token_a_request_without_it_is_401(guarded: TestClient) -> None:
    for path in ("/index.json", "/", "/static/style.css", "/docs"):
        response = guarded.get(path)
        assert response.status_code == 401, path
    assert guarded.get("/index.json").json()["error"]["code"] == "unauthorized"
    assert guarded.get("/index.json", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get("/index.json?token=wrong").status_code == 401


def test_a_bearer_token_opens_the_api(guarded: TestClient) -> None:
    response = guarded.get("/index.json", headers={"authorization": "Bearer s3cret"})
    assert response.status_code == 200


def test_a_token_visit_sets_a_strict_http_only_cookie(guarded: TestClient) -> None:
    response = guarded.get("/people?q=calder&token=s3cret", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/people?q=calder"  # the token leaves the address bar
    cookie = response.headers["set-cookie"]
    assert f"{COOKIE}=s3cret" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert guarded.get("/people.json?q=calder").status_code == 200  # the cookie now carries it
