"""Extraction on all cores gives exactly what one process gives, in the same order."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

import pytest

from onrecord.engines.local import _Workers, extract_in_parallel, worker_count
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


@pytest.mark.model
def test_work_sent_after_a_worker_died_fails_as_a_future_and_runs_in_the_new_pool() -> None:
    articles = [_article(n) for n in range(2)]
    pool = _Workers(1, load_settings().extract, {})
    try:
        assert pool.submit(articles[:1]).result()  # the worker is up, its model loaded
        for worker in multiprocessing.active_children():
            worker.kill()
            worker.join()
        time.sleep(1)  # the pool notices the death and calls itself broken
        refused = pool.submit(articles[1:])
        with pytest.raises(BrokenProcessPool) as death:
            refused.result()
        pool.recover(death.value)
        assert [e.article for e in pool.submit(articles[1:]).result()] == [articles[1].id]
    finally:
        pool.close()
