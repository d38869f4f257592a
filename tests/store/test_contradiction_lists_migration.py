"""Migration 0008 on a database from before the two lists: findings stored by rules v1 read back
as contradictions with no reason, and a finding for review keeps its list and reason."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from onrecord.record import Contradiction, Listing, ReviewReason, Timing
from onrecord.store import Store

MIGRATION = "0008_contradiction_lists"
OLD = Contradiction("con_old", "stm_1", "deny_vs_event.v1", Timing.LATER, 0.7, "Old finding.")


def _driver(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql+psycopg"


def _as_before_0008(url: str) -> None:
    """The contradictions table as it was: no list columns, the migration unrecorded."""
    engine = create_engine(make_url(url).set(drivername=_driver(url)))
    with engine.begin() as connection:
        for column in ("status", "reason", "reason_text"):
            connection.execute(text(f"ALTER TABLE contradictions DROP COLUMN {column}"))
        connection.execute(text(f"DELETE FROM schema_migrations WHERE name = '{MIGRATION}'"))
    engine.dispose()


def test_findings_stored_before_the_two_lists_read_back_as_contradictions(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.put([OLD])
    _as_before_0008(store_url)
    with Store.open(store_url) as store:
        [found] = store.all(Contradiction)
    assert found == OLD
    assert found.status is Listing.CONTRADICTION and found.reason is None


def test_a_finding_for_review_keeps_its_list_and_reason(store_url: str) -> None:
    held = Contradiction(
        "con_review",
        "stm_2",
        "deny_vs_event.v2",
        Timing.UNORDERED,
        0.5,
        "Held for review.",
        status=Listing.REVIEW,
        reason=ReviewReason.UNRESOLVED_COUNTERPART,
        reason_text="the denial names no counterpart",
    )
    with Store.open(store_url) as store:
        store.put([held])
    with Store.open(store_url) as store:
        assert list(store.all(Contradiction)) == [held]
