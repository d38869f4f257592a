"""On the demo corpus, the syndicated copy (02, a second outlet's trimmed and reworded take on the
wire story 01) is linked to the wire story, and none of the many other articles about the same
events is linked to anything: in memory and through a real store."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from onrecord.demo import corpus_path
from onrecord.errors import InputError
from onrecord.ingest import InMemoryIngestMemory, SourceMeta, ingest
from onrecord.record import Article
from onrecord.settings import IngestSettings
from onrecord.store import Store

from .conftest import run_ingest

WIRE = "01-wire-mayflower-reception.txt"
SYNDICATED = "02-harbor-mayflower-reception.txt"


def _links(articles: Iterable[Article]) -> set[tuple[str, str]]:
    """(copy, original) pairs, named by source file."""
    articles = list(articles)
    names = {a.id: Path(a.origin).name for a in articles}
    return {(names[a.id], names[a.duplicate_of]) for a in articles if a.duplicate_of}


def _store_all(sources: list[str], settings: IngestSettings, store: Store) -> list[Article]:
    """What ``onrecord add`` does, minus extraction: each article stored before the next."""
    stored = []
    for item in ingest(sources, SourceMeta(), settings, store):
        assert not isinstance(item, InputError), item
        store.add_article(item.article, item.blocks, item.fingerprint)
        stored.append(item.article)
    return stored


def test_only_the_syndicated_copy_is_linked_in_memory(
    settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    run = run_ingest([corpus_path()], settings, memory)
    assert not run.errors and len(run.articles) == 33
    assert _links(a.article for a in run.articles) == {(SYNDICATED, WIRE)}


def test_only_the_syndicated_copy_is_linked_in_the_store(
    store_url: str, settings: IngestSettings
) -> None:
    with Store.open(store_url) as store:
        stored = _store_all([str(corpus_path())], settings, store)
        assert len(stored) == 33
        assert _links(store.articles()) == {(SYNDICATED, WIRE)}


def test_whichever_copy_is_stored_first_is_the_original(
    store_url: str, settings: IngestSettings
) -> None:
    sources = [str(corpus_path() / SYNDICATED), str(corpus_path() / WIRE)]
    with Store.open(store_url) as store:
        _store_all(sources, settings, store)
        assert _links(store.articles()) == {(WIRE, SYNDICATED)}
