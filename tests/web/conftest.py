"""Fixtures for the web app tests: the small story case (fresh per test, or shared read-only
per session) behind starlette's TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from starlette.testclient import TestClient

from onrecord.case import Case
from onrecord.web.app import create_app
from tests.web.story import build_case

HOST = "testserver"  # the host name TestClient sends: the test app is started for it
ORIGIN = {"origin": f"http://{HOST}"}  # what a browser sends with the app's own forms


@pytest.fixture
def story_case(tmp_path: Path) -> Case:
    """A fresh case each test, for tests that change it (verdicts, merges)."""
    return build_case(tmp_path / "case")


def _client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def client(story_case: Case) -> Iterator[TestClient]:
    yield from _client(create_app(story_case, host=HOST))


@pytest.fixture(scope="session")
def shared_case(tmp_path_factory: pytest.TempPathFactory) -> Case:
    return build_case(tmp_path_factory.mktemp("web") / "case")


@pytest.fixture(scope="session")
def reader(shared_case: Case) -> Iterator[TestClient]:
    """A client on the shared case: for tests that only read."""
    yield from _client(create_app(shared_case, host=HOST))
