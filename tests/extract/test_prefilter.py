"""The article prefilter: an article that can hold no statement, contact or report is stored
but never parsed, and the record is the same with the prefilter on or off."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from onrecord.case import Case, init_case, open_case
from onrecord.casebook import Casebook, load
from onrecord.demo import corpus_path, gold_path
from onrecord.extract import VERSION, extract_articles
from onrecord.extract.prefilter import Prefilter
from onrecord.ingest import Ingested, InMemoryIngestMemory, SourceMeta, ingest
from onrecord.pipeline import add_sources
from onrecord.record import Event, Report, Statement
from onrecord.settings import load_settings

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear"

WEATHER = (
    "Heavy rain fell across the valley on Tuesday, and the river rose two feet by evening.\n\n"
    "Drier weather should arrive on the coast by the weekend, with sunshine after it.\n"
)
WEATHER_WITH = {
    "a speech cue in any inflection": "The mayor denied that the levee was at risk.",
    "a contact cue": "Council members met at the flood office overnight.",
    "a quotation mark": "“Stay off the roads tonight,” a sign on the highway read.",
    "a casebook name": "Anton Belov watched the water from the bridge.",
}


def test_an_article_with_no_name_cue_or_quote_has_nothing_to_parse() -> None:
    prefilter = Prefilter.of(Casebook(aliases={"Anton Belov": ("Belov",)}))
    assert not prefilter.has_candidates(WEATHER)


@pytest.mark.parametrize("reason", sorted(WEATHER_WITH))
def test_one_name_cue_or_quote_mark_makes_an_article_a_candidate(reason: str) -> None:
    prefilter = Prefilter.of(Casebook(aliases={"Anton Belov": ("Belov",)}))
    assert prefilter.has_candidates(WEATHER + "\n" + WEATHER_WITH[reason] + "\n")


def test_a_changed_casebook_tests_passed_over_articles_again() -> None:
    before = Prefilter.of(Casebook())
    after = Prefilter.of(Casebook(aliases={"Anton Belov": ()}))
    assert before.mark != after.mark


def _case(tmp_path: Path, name: str, prefilter: bool) -> Case:
    folder = tmp_path / name
    init_case(folder)
    shutil.copyfile(gold_path() / "casebook.yaml", folder / "casebook.yaml")
    (folder / "settings.yaml").write_text(
        f"extract:\n  workers: 1\n  prefilter: {str(prefilter).lower()}\n", encoding="utf-8"
    )
    return open_case(folder)


def _claims(case: Case) -> dict[type, list[Any]]:
    with case.store() as store:
        return {cls: sorted(store.all(cls), key=lambda r: r.id) for cls in CLAIMS}


CLAIMS = (Statement, Event, Report)


@pytest.mark.model
def test_the_demo_record_is_the_same_with_the_prefilter_on_or_off(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(corpus_path(), sources)
    (sources / "zz-weather.txt").write_text(WEATHER, encoding="utf-8")
    on, off = _case(tmp_path, "on", True), _case(tmp_path, "off", False)
    added_on = add_sources(on, [str(sources)], SourceMeta())
    added_off = add_sources(off, [str(sources)], SourceMeta())
    assert _claims(on) == _claims(off)
    assert added_on.passed_over == 1 and added_off.passed_over == 0
    assert (
        added_on.candidates
        == f"{added_off.extracted - 1} of {added_off.extracted} articles had candidates"
    )
    with on.store() as store:
        assert store.pending_ids(VERSION, f"{VERSION}|{Prefilter.of(on.casebook()).mark}") == []


@pytest.mark.model
@pytest.mark.shared
def test_a_polnear_article_the_prefilter_passes_over_holds_no_claim() -> None:
    """Extraction is per article, so the record with the prefilter on equals the record with it
    off exactly when every article passed over extracts to no statement, event or report."""
    if not POLNEAR.is_dir():
        pytest.skip("../shared/data/polnear is not present")
    settings = load_settings()
    prefilter = Prefilter.of(load(gold_path() / "casebook.yaml"))
    files = [str(p) for p in sorted(POLNEAR.glob("*/text/*.txt"))]
    items = ingest(files, SourceMeta(), settings.ingest, InMemoryIngestMemory())
    articles = [i.article for i in items if isinstance(i, Ingested)]
    passed_over = [a for a in articles if not prefilter.has_candidates(a.clean_text)]
    assert len(passed_over) < len(articles)
    for extraction in extract_articles(passed_over, settings.extract, {}):
        assert not [r for r in extraction.records if isinstance(r, CLAIMS)], extraction.article
