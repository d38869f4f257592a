"""Shared fixtures: store URLs for both databases, the spaCy model once per session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# `make test` (and so CI) replays one fixed sequence of examples: a property that held on the
# developer's machine cannot fail in CI on an example nobody saw. `make properties` explores
# afresh, many more examples each run — where a generator's blind spot is found.
settings.register_profile("replay", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ENV = "ONRECORD_TEST_PG"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _fresh_pg_database(admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"onrecord_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _store_url(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'record.db'}"
        return
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server for this run")
    yield from _fresh_pg_database(admin_url)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on SQLite and on a real PostgreSQL server (when ONRECORD_TEST_PG is set)."""
    yield from _store_url(request.param, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """As ``store_url``, one database for a whole module's tests (for tests that only read)."""
    yield from _store_url(request.param, tmp_path_factory.mktemp("database"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The reference data beside the project (CI only); tests using it skip when absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
