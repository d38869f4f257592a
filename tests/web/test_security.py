"""Article text is hostile: markup, event handlers and ``javascript:`` URLs stay inert on every
page. Requests are hostile too: every parameter is bounded (a 4xx in the envelope, never a
500), only the host names the server was started for are answered, a token when set guards
every request, and every response, crashes included, carries the CSP."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from onrecord.case import Case
from onrecord.cli import app as cli
from onrecord.errors import WeakToken
from onrecord.settings import load_settings
from onrecord.web.app import create_app
from onrecord.web.params import MAX_PAGE
from onrecord.web.security import COOKIE, cookie_value
from tests.web.conftest import HOST
from tests.web.html import parse
from tests.web.story import AIDE, CALDER, HOSTILE, build_case

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


@pytest.fixture(scope="module")
def any_reader(
    module_store_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """A client on the story case stored on SQLite and on PostgreSQL (when ONRECORD_TEST_PG is
    set): a hostile parameter must be refused before either database sees it."""
    case = build_case(tmp_path_factory.mktemp("web") / "case", module_store_url)
    with TestClient(create_app(case, host=HOST)) as client:
        yield client


def _assert_inert(html: str) -> None:
    for tag, attrs in parse(html).tags:
        assert tag not in ("img", "iframe", "object"), (tag, attrs)
        if tag == "script":  # the app's own files only (the policy forbids inline script)
            assert (attrs.get("src") or "").startswith("/static/"), (tag, attrs)
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


TOKEN = "s3cret-s3cret-s3cret"


@pytest.fixture
def guarded(shared_case: Case) -> TestClient:
    return TestClient(create_app(shared_case, token=TOKEN, host=HOST))


def test_with_a_token_a_request_without_it_is_401(guarded: TestClient) -> None:
    for path in ("/index.json", "/", "/static/style.css", "/docs"):
        response = guarded.get(path)
        assert response.status_code == 401, path
    assert guarded.get("/index.json").json()["error"]["code"] == "unauthorized"
    assert guarded.get("/index.json", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get("/index.json?token=wrong").status_code == 401


def test_a_bearer_token_opens_the_api(guarded: TestClient) -> None:
    response = guarded.get("/index.json", headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200


def test_a_token_visit_sets_a_strict_http_only_cookie(guarded: TestClient) -> None:
    response = guarded.get(f"/people?q=calder&token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/people?q=calder"  # the token leaves the address bar
    cookie = response.headers["set-cookie"]
    assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert guarded.get("/people.json?q=calder").status_code == 200  # the cookie now carries it


def test_the_cookie_holds_an_expiring_hmac_never_the_token(guarded: TestClient) -> None:
    response = guarded.get(f"/?token={TOKEN}", follow_redirects=False)
    cookie = response.headers["set-cookie"]
    assert TOKEN not in cookie
    assert "Max-Age=604800" in cookie  # web.cookie_max_age_days: 7
    guarded.cookies.clear()
    guarded.cookies.set(COOKIE, TOKEN)  # the raw token is not a session
    assert guarded.get("/index.json").status_code == 401
    guarded.cookies.set(COOKIE, cookie_value(TOKEN, int(time.time()) - 1))  # expired
    assert guarded.get("/index.json").status_code == 401
    guarded.cookies.set(COOKIE, cookie_value(TOKEN, int(time.time()) + 60))
    assert guarded.get("/index.json").status_code == 200


def test_the_token_visit_redirects_only_to_a_local_path(guarded: TestClient) -> None:
    for path in ("//evil.example/x", "/\\evil.example/x", "///evil.example/x"):
        guarded.cookies.clear()
        response = guarded.get(f"http://{HOST}{path}?token={TOKEN}", follow_redirects=False)
        assert response.status_code == 303
        location = response.headers["location"]
        assert location.startswith("/") and not location.startswith(("//", "/\\")), location
        assert urlsplit(location).netloc == ""


def test_a_short_token_is_refused_by_name(shared_case: Case) -> None:
    with pytest.raises(WeakToken, match="at least 16"):
        create_app(shared_case, token="s3cret")


def test_serve_refuses_a_short_token_by_name_without_a_traceback(shared_case: Case) -> None:
    result = CliRunner().invoke(cli, ["serve", str(shared_case.folder), "--token", "s3cret"])
    assert result.exit_code == 2
    assert "[OR003]" in result.output and "Traceback" not in result.output


def test_a_host_name_the_server_was_not_started_for_is_refused(reader: TestClient) -> None:
    """DNS rebinding: the attacker's page names the attacker's host; no token is needed."""
    response = reader.get("/index.json", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "misdirected"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert reader.get("/index.json", headers={"host": "evil.example:8000"}).status_code == 400


def test_this_machine_the_bound_host_and_the_setting_s_hosts_are_answered(
    shared_case: Case,
) -> None:
    settings = load_settings({"web": {"allowed_hosts": ["Newsroom.example"]}})
    case = dataclasses.replace(shared_case, settings=settings)
    client = TestClient(create_app(case, host="10.1.2.3"))
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000", "10.1.2.3:80", "newsroom.example"):
        assert client.get("/static/style.css", headers={"host": host}).status_code == 200, host
    assert client.get("/static/style.css", headers={"host": "10.1.2.4"}).status_code == 400


def test_a_bearer_header_does_not_replace_the_origin_check_without_a_token(
    reader: TestClient,
) -> None:
    response = reader.post("/index.json", headers={"authorization": "Bearer anything"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_a_wrong_bearer_token_does_not_replace_the_origin_check(guarded: TestClient) -> None:
    guarded.cookies.set(COOKIE, cookie_value(TOKEN, int(time.time()) + 60))
    response = guarded.post("/index.json", headers={"authorization": "Bearer wrong"})
    assert response.status_code == 403


def test_an_origin_with_another_scheme_is_another_origin(reader: TestClient) -> None:
    response = reader.post("/index.json", headers={"origin": f"https://{HOST}"})
    assert response.status_code == 403
    assert reader.post("/index.json", headers={"origin": f"http://{HOST}"}).status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/search.json?q=%00",
        "/search?q=%00",
        "/people.json?q=a%00b",
        "/articles.json?outlet=%00",
        "/events.json?person=%01",
        "/index.json?stance=%00",
        "/people/%00.json",
        "/search.json?q=x&%00=1",
    ],
)
def test_a_control_character_in_any_parameter_is_a_400_in_the_envelope(
    any_reader: TestClient, path: str
) -> None:
    response = any_reader.get(path)
    assert response.status_code == 400
    assert "default-src 'self'" in response.headers["content-security-policy"]
    if ".json" in path:
        assert response.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize(
    "path",
    [
        "/search.json?q=a",
        "/articles.json",
        "/people.json",
        "/events.json",
        "/index.json",
        "/review.json",
        f"/people/{CALDER.id}.json",
    ],
)
def test_a_page_number_past_any_case_is_a_422_naming_it(any_reader: TestClient, path: str) -> None:
    joiner = "&" if "?" in path else "?"
    response = any_reader.get(f"{path}{joiner}page=99999999999999999999")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and "query.page" in error["message"]
    assert any_reader.get(f"{path}{joiner}page={MAX_PAGE}").status_code == 200  # the bound itself


def test_a_long_filter_or_query_string_is_a_4xx(any_reader: TestClient) -> None:
    assert any_reader.get("/articles.json?outlet=" + "a" * 201).status_code == 422
    assert any_reader.get("/timeline.json?" + "&".join(["person=x"] * 1000)).status_code == 400


def test_a_form_field_with_a_control_character_is_a_422(any_reader: TestClient) -> None:
    response = any_reader.post(
        f"/people/{CALDER.id}/merge",
        data={"other": "a\x00b"},
        headers={"origin": f"http://{HOST}", "accept": "application/json"},
    )
    assert response.status_code == 422
    assert "control characters" in response.json()["error"]["message"]


def test_a_crash_answers_500_in_the_envelope_with_the_security_headers(
    shared_case: Case,
) -> None:
    crashing = create_app(shared_case, host=HOST)

    def boom() -> None:
        raise RuntimeError("boom")

    crashing.add_api_route("/boom.json", boom)
    client = TestClient(crashing, raise_server_exceptions=False)
    response = client.get("/boom.json")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "boom" not in response.text
