"""The Ray engine, on a real local Ray instance: the same records as one local process, loaded
by the pipeline into the store, chosen by setting or by ``add --engine ray``."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import ray
from typer.testing import CliRunner

from onrecord.case import init_case, open_case
from onrecord.cli import app
from onrecord.engines.local import extract_in_parallel
from onrecord.engines.ray import extract_on_ray
from onrecord.errors import UsageError
from onrecord.extract import VERSION, Extraction
from onrecord.ids import article_id
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources
from onrecord.record import Article, Event, Mention, OffsetMap, Statement
from onrecord.settings import load_settings
from onrecord.store import Store

_AIDES = (
    "Ann Diaz",
    "Ben Ortiz",
    "Lena Ruud",
    "Omar Vale",
    "Paul Hart",
    "Ruth Alden",
    "Tom Keane",
    "Maria Hale",
    "Carl Ebert",
    "Nina Brandt",
)


def _story(number: int) -> str:
    aide = _AIDES[number % len(_AIDES)]
    return (
        f"{aide} met the ambassador in April, officials said on Tuesday.\n\n"
        f'"I never discussed sanctions," {aide} told reporters.\n'
    )


def _article(number: int) -> Article:
    text = _story(number)
    return Article(article_id(text), text, text, OffsetMap.identity(len(text)))


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """One local Ray instance for the module (starting one takes seconds)."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING)
    yield
    ray.shutdown()


def _by_article(extractions: Iterator[Extraction]) -> list[Extraction]:
    return sorted(extractions, key=lambda e: e.article)


@pytest.mark.model
def test_two_ray_workers_give_the_records_one_local_process_gives(
    local_ray: None, store_url: str
) -> None:
    articles = [_article(n) for n in range(12)]
    with Store.open(store_url) as store:
        for article in articles:
            store.add_article(article)
    settings = replace(load_settings().extract, workers=2, batch_size=4)

    on_ray = _by_article(extract_on_ray(store_url, [a.id for a in articles], settings, {}))

    serial = _by_article(extract_in_parallel(articles, replace(settings, workers=1), {}))
    assert [e.article for e in on_ray] == sorted(a.id for a in articles)
    assert on_ray == serial
    assert ray.is_initialized()  # a Ray the caller started is left running


def _stored(folder: Path) -> dict[str, list[object]]:
    with open_case(folder).store() as store:
        return {cls.__name__: list(store.all(cls)) for cls in (Mention, Statement, Event)}


@pytest.mark.model
def test_add_with_engine_ray_stores_what_the_local_engine_stores(
    local_ray: None, tmp_path: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for number in range(10):
        (inputs / f"story-{number}.txt").write_text(_story(number), encoding="utf-8")
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    add_sources(init_case(local), [str(inputs)], SourceMeta())
    init_case(on_ray)
    (on_ray / "settings.yaml").write_text("extract:\n  batch_size: 4\n", encoding="utf-8")

    args = ["add", str(on_ray), str(inputs), "--engine", "ray"]
    result = CliRunner().invoke(app, args)

    assert result.exit_code == 0, result.output
    assert "10 articles extracted" in result.output
    with open_case(on_ray).store() as store:
        assert store.pending_ids(VERSION) == []
    assert _stored(on_ray) == _stored(local)
    assert _stored(local)["Statement"]


def test_an_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    case = init_case(tmp_path / "case")
    (case.folder / "settings.yaml").write_text("extract:\n  engine: spark\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(_story(1), encoding="utf-8")
    with pytest.raises(UsageError, match="spark"):
        add_sources(open_case(case.folder), [str(tmp_path / "story.txt")], SourceMeta())
