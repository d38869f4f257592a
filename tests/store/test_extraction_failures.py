"""An article the extractors broke on: marked failed for that version (not pending again), its
reason kept, cleared by a later successful extraction; migration 0010 adds the mark to a
database from before it without touching what was extracted."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from onrecord import record as r
from onrecord.ids import article_id
from onrecord.store import Store

MIGRATION = "0010_extraction_failures"
TEXT = "Pryce met Belov in May, officials said."
REASON = "[OR112] extraction broke: RecursionError: too deep"


def _driver(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql+psycopg"


def test_a_failed_extraction_is_not_pending_for_its_version_and_a_later_success_clears_it(
    store_url: str,
) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extractions([(article.id, ())], "v1", {article.id: REASON})
        assert store.pending_ids("v1") == []
        assert store.extraction_failures("v1") == [(article.id, REASON)]
        assert store.pending_ids("v2") == [article.id]  # a newer extractor tries again
        store.replace_extractions([(article.id, ())], "v2")
        assert store.extraction_failures("v2") == [] and store.extraction_failures("v1") == []


def test_migration_0010_adds_the_failure_mark_and_keeps_extracted_articles_done(
    store_url: str,
) -> None:
    article = r.Article(article_id(TEXT), TEXT)
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extractions([(article.id, ())], "v1")
    engine = create_engine(make_url(store_url).set(drivername=_driver(store_url)))
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE extractions DROP COLUMN failure"))
        connection.execute(text(f"DELETE FROM schema_migrations WHERE name = '{MIGRATION}'"))
    engine.dispose()
    with Store.open(store_url) as store:
        assert store.pending_ids("v1") == []
        assert store.extraction_failures("v1") == []
