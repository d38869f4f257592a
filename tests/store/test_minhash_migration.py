"""Migration 0006 on a database from before it: the simhash table goes, and the articles already
stored get MinHash fingerprints, so new copies of them are still linked."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from onrecord import record as r
from onrecord.ids import article_id
from onrecord.ingest.fingerprint import Thresholds, fingerprint
from onrecord.store import Store

MIGRATION = "0006_minhash_fingerprints"
STORY = " ".join(
    f"Aide {n} told the committee that meeting {n * 3} with envoy {n * 7} was arranged."
    for n in range(30)
)


def _article(body: str) -> r.Article:
    return r.Article(article_id(body), body, body, r.OffsetMap.identity(len(body)))


def _as_before_0006(url: str) -> None:
    """Undo what 0006 did, keeping the articles: the old table back, the migration unrecorded."""
    engine = create_engine(make_url(url).set(drivername=_driver(url)))
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM minhash_bands"))
        connection.execute(text("DELETE FROM minhashes"))
        connection.execute(text("CREATE TABLE fingerprints (article TEXT PRIMARY KEY)"))
        connection.execute(text(f"DELETE FROM schema_migrations WHERE name = '{MIGRATION}'"))
    engine.dispose()


def _driver(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql+psycopg"


def test_stored_articles_are_fingerprinted_and_the_old_table_dropped(store_url: str) -> None:
    original = _article(STORY)
    other = _article(" ".join(f"Lawmakers debated budget line {n} at night." for n in range(30)))
    with Store.open(store_url) as store:
        for article in (original, other):
            store.add_article(article, fingerprint=fingerprint(article.clean_text))
    _as_before_0006(store_url)
    with Store.open(store_url) as store:
        copy = fingerprint(STORY.replace("Aide 5 ", "An aide "))
        assert store.near_duplicate(copy, Thresholds(0.3, 0.6)) == original.id
        assert store.near_duplicate(fingerprint(other.clean_text), Thresholds(0.3, 0.6)) == other.id
        assert "fingerprints" not in inspect(store.engine).get_table_names()
