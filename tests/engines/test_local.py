"""Extraction on all cores gives exactly what one process gives, in the same order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from onrecord.engines.local import extract_in_parallel, worker_count
from onrecord.ids import article_id
from onrecord.record import Article, OffsetMap
from onrecord.settings import load_settings


def _article(number: int) -> Article:
    text = (
        f"Aide {number} met the ambassador in April, officials said on Tuesday.\n\n"
        f'"I never discussed sanctions," aide {number} told reporters.'
    )
    return Article(article_id(text), text, text, OffsetMap.identity(len(text)))


@pytest.mark.model
def test_two_workers_give_the_same_records_in_the_same_order_as_one_process() -> None:
    articles = [_article(n) for n in range(20)]
    settings = load_settings().extract
    serial = list(extract_in_parallel(articles, replace(settings, workers=1), {}))
    parallel = list(extract_in_parallel(articles, replace(settings, workers=2, batch_size=4), {}))
    assert [e.article for e in parallel] == [a.id for a in articles]
    assert parallel == serial


def test_zero_workers_means_every_available_core() -> None:
    settings = load_settings().extract
    assert worker_count(replace(settings, workers=0)) >= 1
    assert worker_count(replace(settings, workers=3)) == 3
