"""Extraction throughput against plain parsing, on the demo corpus replicated to N articles or
on the articles of a folder (PolNeAR's ``train/text``) or of a JSONL file (``bench/corpus.py``).

Run: ``.venv/bin/python bench/bench_extract.py [N | PATH]`` (default 300). Prints JSON:
articles per second for plain ``nlp.pipe`` of the model as shipped (``spacy.load``, none of
onrecord's components) over the clean texts, for the full extraction
(:func:`onrecord.extract.extract_articles`) over the same articles, and their ratio — the cost
of the rules on top of the parse, which is what a change to the extractors can move. Both
models are loaded before either clock starts, so neither rate pays for it.

Each ratio is given twice: by wall time (what a user waits) and by this process's CPU time,
which other processes sharing the cores do not inflate — compare runs by the CPU ratio.

Then what ``add`` is judged by: the prefilter and the extraction on two worker processes
against plain ``nlp.pipe(n_process=2)`` over the same texts. Their CPU time counts this
process and its (reaped) children; peak memory is the largest resident set of either.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import cycle, islice
from pathlib import Path
from typing import Any, NamedTuple

import spacy

from onrecord.casebook import load
from onrecord.demo import corpus_path, gold_path
from onrecord.engines.local import extract_in_parallel, worker_count
from onrecord.extract import extract_articles
from onrecord.extract.nlp import load_nlp
from onrecord.extract.prefilter import Prefilter
from onrecord.ingest import Ingested, InMemoryIngestMemory, SourceMeta, ingest
from onrecord.record import Article
from onrecord.settings import ExtractSettings, load_settings


def demo_articles(n: int) -> list[Article]:
    """The demo corpus's articles, cycled to ``n`` (duplicates are parsed like any article)."""
    settings = load_settings()
    items = ingest([str(corpus_path())], SourceMeta(), settings.ingest, InMemoryIngestMemory())
    articles = [item.article for item in items if isinstance(item, Ingested)]
    return list(islice(cycle(articles), n))


def source_articles(source: Path) -> list[Article]:
    """Every article of a folder of texts or a JSONL file (``bench/corpus.py``'s output), as
    ingest makes them."""
    settings = load_settings()
    items = ingest([str(source)], SourceMeta(), settings.ingest, InMemoryIngestMemory())
    return [item.article for item in items if isinstance(item, Ingested)]


class Timing(NamedTuple):
    """Wall and CPU seconds of one timed run."""

    wall: float
    cpu: float


def timed(run: Callable[[], Any]) -> tuple[Timing, Any]:
    """Run ``run`` and time it both ways."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), result


def _children_cpu() -> float:
    """CPU seconds of every child process reaped so far (finished ones are reaped first)."""
    for child in multiprocessing.active_children():
        child.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_with_children(run: Callable[[], Any]) -> tuple[Timing, Any]:
    """:func:`timed`, with the CPU time of the worker processes ``run`` starts added."""
    before = _children_cpu()
    timing, result = timed(run)
    return Timing(timing.wall, timing.cpu + _children_cpu() - before), result


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 2) if seconds else 0.0


def parse_all(nlp: Any, articles: list[Article], settings: ExtractSettings) -> int:
    """Plain parsing: every text through the whole model, nothing read from the docs."""
    texts: Iterator[str] = (a.clean_text for a in articles)
    return sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size))


def extract_all(articles: list[Article], settings: ExtractSettings) -> int:
    periods = load(gold_path() / "casebook.yaml").periods
    return sum(len(e.records) for e in extract_articles(articles, settings, periods))


def extract_on_all_cores(articles: list[Article], settings: ExtractSettings) -> int:
    """The pipeline's default engine: worker processes, one model each (start-up included)."""
    periods = load(gold_path() / "casebook.yaml").periods
    every_core = replace(settings, workers=0)
    return sum(len(e.records) for e in extract_in_parallel(articles, every_core, periods))


def parse_two_processes(articles: list[Article], settings: ExtractSettings) -> int:
    """Plain parsing on two processes: the yardstick ``add`` is held to."""
    plain = spacy.load(settings.spacy_model)
    texts = (a.clean_text for a in articles)
    return sum(1 for _ in plain.pipe(texts, batch_size=settings.batch_size, n_process=2))


def add_two_processes(articles: list[Article], settings: ExtractSettings) -> tuple[int, int]:
    """What ``add`` runs after ingest on two workers: the prefilter, then the extraction of the
    candidates. Returns (candidates, records)."""
    casebook = load(gold_path() / "casebook.yaml")
    prefilter = Prefilter.of(casebook)
    candidates = [a for a in articles if prefilter.has_candidates(a.clean_text)]
    two = replace(settings, workers=2)
    extractions = extract_in_parallel(candidates, two, casebook.periods)
    return len(candidates), sum(len(e.records) for e in extractions)


def peak_memory_mb() -> dict[str, float]:
    """The largest resident set of this process and of any reaped child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"parent": round(own / 1024, 1), "largest_child": round(child / 1024, 1)}


def versus_two_processes(articles: list[Article], settings: ExtractSettings) -> dict[str, object]:
    """Prefilter and extraction on two workers against ``nlp.pipe(n_process=2)``."""
    n = len(articles)
    parse, _ = timed_with_children(lambda: parse_two_processes(articles, settings))
    add, (candidates, _) = timed_with_children(lambda: add_two_processes(articles, settings))
    return {
        "candidates": candidates,
        **side_by_side(n, ("pipe_2proc", parse), ("add_2proc", add), "add_to_pipe_2proc"),
        "peak_rss_mb": peak_memory_mb(),
    }


def side_by_side(
    n: int, base: tuple[str, Timing], other: tuple[str, Timing], ratio: str
) -> dict[str, object]:
    """Both runs' rates and the ratio of ``base``'s time to ``other``'s, by wall and by CPU."""
    (base_name, base_time), (other_name, other_time) = base, other
    return {
        f"{base_name}_articles_per_s": rate(n, base_time.wall),
        f"{other_name}_articles_per_s": rate(n, other_time.wall),
        f"{ratio}_ratio": round(base_time.wall / other_time.wall, 3),
        f"{base_name}_articles_per_cpu_s": rate(n, base_time.cpu),
        f"{other_name}_articles_per_cpu_s": rate(n, other_time.cpu),
        f"{ratio}_cpu_ratio": round(base_time.cpu / other_time.cpu, 3),
    }


def main(source: str) -> dict[str, object]:
    settings = load_settings().extract
    articles = (
        source_articles(Path(source)) if Path(source).exists() else demo_articles(int(source))
    )
    n = len(articles)
    plain = spacy.load(settings.spacy_model)
    load_nlp(settings.spacy_model)
    parse, _ = timed(lambda: parse_all(plain, articles, settings))
    extract, records = timed(lambda: extract_all(articles, settings))
    parallel, _ = timed(lambda: extract_on_all_cores(articles, settings))
    return {
        "articles": n,
        "chars": sum(len(a.clean_text) for a in articles),
        **side_by_side(n, ("parse", parse), ("extract", extract), "extract_to_parse"),
        "workers": worker_count(replace(settings, workers=0)),
        "extract_all_cores_articles_per_s": rate(n, parallel.wall),
        "extract_all_cores_to_parse_ratio": round(parse.wall / parallel.wall, 3),
        "records": records,
        **versus_two_processes(articles, settings),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1] if len(sys.argv) > 1 else "300"), indent=2))
