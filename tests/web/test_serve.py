"""``onrecord serve`` runs a real server: on 127.0.0.1 by default, printing its URL."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from starlette.testclient import TestClient
from typer.testing import CliRunner

from onrecord.case import Case
from onrecord.cli import app as cli
from onrecord.pipeline import run_check
from onrecord.store import Store
from onrecord.web import app as web_app
from onrecord.web import contradictions, visual
from onrecord.web.app import create_app
from onrecord.web.cache import Built, warm_views
from tests.web.html import parse
from tests.web.story import BELOFF, BELOV, build_case

BIN = Path(sys.executable).parent / "onrecord"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _serving(case: Case, *options: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """Start ``onrecord serve``; yield the first line it prints once the server answers."""
    port = _free_port()
    command = [str(BIN), "serve", str(case.folder), "--port", str(port), *options]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        _wait(f"http://127.0.0.1:{port}/static/style.css")
        yield line
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait(url: str) -> None:
    for _ in range(100):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"no server at {url}")


def test_serve_binds_localhost_and_prints_the_url(shared_case: Case) -> None:
    with _serving(shared_case) as line:
        url = line.split(" at ")[-1]
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}index.json", timeout=10)
        assert response.status_code == 200
        assert response.json()["pager"]["total"] == 1


def test_serve_with_a_token_from_the_environment_refuses_requests_without_it(
    shared_case: Case,
) -> None:
    with _serving(shared_case, env={"ONRECORD_TOKEN": "a-long-enough-t0ken"}) as line:
        url = line.split(" at ")[-1]
        assert httpx.get(f"{url}index.json", timeout=10).status_code == 401
        authorised = httpx.get(
            f"{url}index.json", headers={"authorization": "Bearer a-long-enough-t0ken"}, timeout=10
        )
        assert authorised.status_code == 200


def test_the_dashboard_timeline_and_graph_are_built_before_the_first_visit(
    shared_case: Case,
) -> None:
    app = create_app(shared_case)
    caches = (app.state.contradictions, app.state.visual.timeline, app.state.visual.graph)
    store = app.state.store
    assert not any(cache.ready(store) for cache in caches)
    warm_views(app).join(timeout=120)
    assert all(cache.ready(store) for cache in caches)
    store.close()


def _until_finished(job_url: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while (state := httpx.get(job_url, timeout=10).json())["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, state
        time.sleep(0.1)
    return dict(state)


def test_a_merge_on_the_real_server_answers_with_its_job_page_and_the_job_finishes(
    story_case: Case,
) -> None:
    with _serving(story_case) as line:
        url = line.split(" at ")[-1]
        response = httpx.post(
            f"{url}people/{BELOV.id}/merge",
            data={"other": BELOFF.id},
            headers={"origin": url.rstrip("/")},
            timeout=10,
        )
        assert response.status_code == 303
        job = response.headers["location"]
        page = httpx.get(f"{url.rstrip('/')}{job}", timeout=10)
        assert page.status_code == 200 and 'class="job" data-state="' in page.text
        finished = _until_finished(f"{url.rstrip('/')}{job}.json")
        assert finished["state"] == "done", finished
        assert httpx.get(f"{url}index.json", timeout=10).json()["pager"]["total"] == 2


@contextmanager
def _served(app: FastAPI) -> Iterator[str]:
    """The app on a real uvicorn server on 127.0.0.1, in a thread of this process; its URL."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{base}/static/style.css")
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The web app's re-check waits for the returned event before it runs (the real check):
    long enough to see a job queued and running, as a big case's check would be."""
    release = threading.Event()

    def held(case: Case, *args: Any, **kwargs: Any) -> Any:
        assert release.wait(60), "the test never released the re-check"
        return run_check(case, *args, **kwargs)

    monkeypatch.setattr(web_app, "run_check", held)
    yield release
    release.set()


def _merge(base: str, keep: str, other: str) -> str:
    """Merge over HTTP as the person page's form does; the job page it answers with."""
    response = httpx.post(
        f"{base}/people/{keep}/merge", data={"other": other}, headers={"origin": base}, timeout=10
    )
    assert response.status_code == 303, response.text
    return f"{base}{response.headers['location']}"


def _state(job_page: str) -> str:
    """The state the job page shows (its ``p.job``'s ``data-state``)."""
    tags = parse(httpx.get(job_page, timeout=10).text).tags
    return next(str(attrs["data-state"]) for tag, attrs in tags if attrs.get("class") == "job")


def test_a_merge_over_http_shows_its_job_queued_running_then_done_and_the_record_changes(
    tmp_path: Path, store_url: str, held_check: threading.Event
) -> None:
    with _served(create_app(build_case(tmp_path / "case", store_url))) as base:
        first = _merge(base, BELOV.id, BELOFF.id)
        second = _merge(base, BELOFF.id, BELOV.id)  # the same pair, while the first runs
        deadline = time.monotonic() + 30
        while _state(first) != "running":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        running, queued = httpx.get(first, timeout=10).text, httpx.get(second, timeout=10).text
        assert "check is running again" in running and 'http-equiv="refresh"' in running
        assert "queued behind another one" in queued and 'http-equiv="refresh"' in queued
        people = httpx.get(f"{base}/people", timeout=10).text
        assert people.count("is being checked: pages may not show it yet") == 2
        assert httpx.get(f"{base}/index.json", timeout=10).json()["pager"]["total"] == 1

        held_check.set()
        finished = _until_finished(f"{second}.json")

        assert finished["state"] == "done" and _state(first) == "done"
        done = httpx.get(first, timeout=10).text
        assert "Done: the record shows the merge" in done and 'http-equiv="refresh"' not in done
        assert "is being checked" not in httpx.get(f"{base}/people", timeout=10).text
        assert httpx.get(f"{base}/index.json", timeout=10).json()["pager"]["total"] == 2


def _never_built(store: Store) -> Built:
    raise AssertionError("the dashboard was built at request time")


def test_onrecord_check_keeps_the_dashboard_so_the_first_visit_reads_it_built(
    story_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CliRunner().invoke(cli, ["check", str(story_case.folder)]).exit_code == 0
    with story_case.store() as store:
        built = contradictions.build_index(store)
    monkeypatch.setattr(contradictions, "build_index", _never_built)
    app = create_app(story_case)
    try:
        kept = app.state.contradictions.get(app.state.store)
        pages = kept.pages([*kept.entries, *kept.review])
    finally:
        app.state.store.close()
    assert pages and [page.model_dump_json() for page in pages] == list(built.parts.values())


def _built_at_request_time(store: Store) -> object:
    raise AssertionError("the view was built at request time")


@pytest.mark.parametrize("view", ["timeline", "graph"])
def test_onrecord_check_keeps_the_timeline_and_the_graph_so_the_first_visit_reads_them_built(
    story_case: Case, monkeypatch: pytest.MonkeyPatch, view: str
) -> None:
    assert CliRunner().invoke(cli, ["check", str(story_case.folder)]).exit_code == 0
    built = TestClient(create_app(story_case, host="testserver")).get(f"/{view}.json").json()
    monkeypatch.setattr(visual, f"build_{view}", _built_at_request_time)
    app = create_app(story_case, host="testserver")
    try:
        kept = TestClient(app).get(f"/{view}.json").json()
        focused = TestClient(app).get(f"/{view}.json", params={"person": BELOV.id})
    finally:
        app.state.store.close()
    assert kept == built and (kept["items"] if view == "timeline" else kept["edges"])
    assert focused.status_code == 200 and BELOV.id in focused.json()["people"]


def test_a_server_on_a_read_only_database_serves_the_views_it_cannot_keep(
    story_case: Case, caplog: pytest.LogCaptureFixture
) -> None:
    database = story_case.folder / story_case.settings.store.sqlite_name
    read_only = replace(story_case, db_url=f"sqlite:///file:{database}?mode=ro&uri=true")
    app = create_app(read_only, host="testserver")
    client = TestClient(app)
    try:
        pages = [client.get(page) for page in ("/index.json", "/timeline.json", "/graph.json")]
        again = client.get("/timeline.json")
    finally:
        app.state.store.close()
    assert all(page.status_code == 200 for page in (*pages, again))
    assert pages[0].json()["pager"]["total"] > 0 and pages[1].json()["items"]
    unkept = [r.getMessage() for r in caplog.records if "could not keep" in r.getMessage()]
    assert len(unkept) == 3 and any("timeline" in message for message in unkept)


SHOWN = ["/", "/review", "/timeline", "/graph", "/timeline?limit=1&page=2"]
SHOWN += [f"/timeline?person={BELOV.id}", f"/graph?person={BELOV.id}"]
SHOWN += ["/timeline?from=2016-01-01&to=2016-12-31", "/graph?limit=2"]


def _pages(app: FastAPI) -> list[str]:
    client = TestClient(app)
    try:
        shown = [*SHOWN, client.get("/index.json").json()["items"][0]["href"]]
        return [client.get(path).text for path in shown]
    finally:
        app.state.store.close()


def test_pages_read_from_the_views_kept_in_the_store_are_the_pages_built_in_the_server(
    story_case: Case,
) -> None:
    database = story_case.folder / story_case.settings.store.sqlite_name
    read_only = replace(story_case, db_url=f"sqlite:///file:{database}?mode=ro&uri=true")
    built = _pages(create_app(read_only, host="testserver"))
    assert CliRunner().invoke(cli, ["check", str(story_case.folder)]).exit_code == 0
    kept = _pages(create_app(story_case, host="testserver"))
    assert kept == built and all("<h1>" in page for page in kept)


def test_the_views_warmed_for_a_record_version_are_kept_out_of_the_collectors_scans(
    story_case: Case,
) -> None:
    """A full collection scanning a big record's views stalls whichever request sets it off;
    once warmed they are frozen, and built again they are thawed first (the old ones may go)."""
    app = create_app(story_case, host="testserver")
    try:
        gc.unfreeze()
        warm_views(app).join()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        run_check(story_case)  # a new record version: its views are built anew
        warm_views(app).join()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        app.state.store.close()
