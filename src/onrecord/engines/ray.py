"""Extraction over Ray Data, on a Ray cluster or a Ray instance started on this machine.

The driver (the process running onrecord) holds only the ids of the articles to extract. Ray
Data streams them through two stages: readers load each batch's articles from the case store
(on the driver's node when the store is a SQLite file, anywhere for PostgreSQL), and a pool of
actors, each holding the model, extracts them. Results come back as pickled
:class:`~onrecord.extract.Extraction` objects and the driver writes them to the store, so
workers never write and a batch's records land in one transaction. Ray Data's backpressure keeps
only a few batches in flight, so memory stays flat however many articles are pending.

Each article is extracted on its own, so the records are the same whatever the number of
workers or the order batches finish in (the caller must not rely on that order).
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np
import ray
import ray.data
from sqlalchemy.engine import make_url

from onrecord.dates import FuzzyDate
from onrecord.engines.local import worker_count
from onrecord.extract import Extraction, extract_articles
from onrecord.extract.nlp import load_nlp
from onrecord.settings import ExtractSettings
from onrecord.store import Store
from onrecord.store.engine import create

_ACTORS_PER_READER = 16


def read_articles(batch: dict[str, np.ndarray], url: str) -> dict[str, list[bytes]]:
    """A reader task: one batch of ids → the pickled articles, read straight from the store
    (the schema is already migrated by the driver, so no migration runs here)."""
    with Store(create(url)) as store:
        articles = list(store.articles(ids=[str(i) for i in batch["id"]]))
    return {"article": [pickle.dumps(a) for a in articles]}


class Extractor:
    """A Ray Data actor: loads the model once, then extracts batch after batch."""

    def __init__(self, settings: ExtractSettings, periods: Mapping[str, FuzzyDate]) -> None:
        self.settings = settings
        self.periods = periods
        load_nlp(settings.spacy_model)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[Any]]:
        articles = [pickle.loads(blob) for blob in batch["article"]]
        extractions = list(extract_articles(articles, self.settings, self.periods))
        return {
            "id": [e.article for e in extractions],
            "extraction": [pickle.dumps(e) for e in extractions],
        }


def connect(settings: ExtractSettings) -> bool:
    """Join the configured cluster (setting, else ``RAY_ADDRESS``) or start a quiet local
    instance with ``workers`` CPUs. Returns whether this call started Ray (and so must stop it);
    a Ray already initialised by the caller is used as it is."""
    if ray.is_initialized():
        return False
    address = settings.ray_address or os.environ.get("RAY_ADDRESS")
    quiet: dict[str, Any] = {"logging_level": logging.WARNING, "log_to_driver": False}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=worker_count(settings), include_dashboard=False, **quiet)
    _quiet_data()
    return True


def _quiet_data() -> None:
    """No progress bars or per-run plan logs from Ray Data: onrecord reports its own progress,
    and real failures surface as exceptions."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def cluster_workers(settings: ExtractSettings) -> int:
    """``workers: 0`` on Ray means one actor per CPU of the cluster."""
    if settings.workers > 0:
        return settings.workers
    cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call]  # Ray leaves it unannotated
    return max(int(cpus), 1)


def _reader_placement(url: str) -> dict[str, Any]:
    """A SQLite file exists only on the driver's machine: its readers run there."""
    if make_url(url).get_backend_name() != "sqlite":
        return {}
    return {"label_selector": {"ray.io/node-id": ray.get_runtime_context().get_node_id()}}


def plan(
    url: str,
    article_ids: Sequence[str],
    settings: ExtractSettings,
    periods: Mapping[str, FuzzyDate],
) -> ray.data.Dataset:
    """The lazy dataset: ids → articles → extractions. Readers reserve no CPU (they wait on the
    database) and are few: one fetches a batch in milliseconds while an actor takes seconds to
    extract it, and every reader process holds its own imports (a few hundred MB)."""
    size, workers = settings.batch_size, cluster_workers(settings)
    blocks = -(-len(article_ids) // size)  # one per batch, so every actor gets work early
    ids = ray.data.from_items([{"id": i} for i in article_ids], override_num_blocks=blocks)
    articles = ids.map_batches(
        partial(read_articles, url=url),
        batch_size=size,
        num_cpus=0,
        compute=ray.data.TaskPoolStrategy(size=max(1, workers // _ACTORS_PER_READER)),
        **_reader_placement(url),
    )
    return articles.map_batches(
        Extractor,
        fn_constructor_args=(settings, dict(periods)),
        batch_size=size,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )


def extract_on_ray(
    url: str,
    article_ids: Sequence[str],
    settings: ExtractSettings,
    periods: Mapping[str, FuzzyDate],
) -> Iterator[Extraction]:
    """Every listed article's extraction, in the order they finish."""
    if not article_ids:
        return
    started = connect(settings)
    try:
        for row in plan(url, article_ids, settings, periods).iter_rows():
            extraction: Extraction = pickle.loads(row["extraction"])
            yield extraction
    finally:
        if started:
            ray.shutdown()
