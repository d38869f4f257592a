"""Extraction throughput against plain parsing, on the demo corpus replicated to N articles.

Run: ``.venv/bin/python bench/bench_extract.py [N]`` (default 300). Prints JSON: articles per
second for plain ``nlp.pipe`` over the clean texts, for the full extraction
(:func:`onrecord.extract.extract_articles`) over the same articles, and their ratio — the cost
of the rules on top of the parse, which is what a change to the extractors can move. The model
is loaded before either clock starts, so neither rate pays for it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from itertools import cycle, islice

from onrecord.casebook import load
from onrecord.demo import corpus_path, gold_path
from onrecord.extract import extract_articles
from onrecord.extract.nlp import load_nlp
from onrecord.ingest import Ingested, InMemoryIngestMemory, SourceMeta, ingest
from onrecord.record import Article
from onrecord.settings import ExtractSettings, load_settings


def demo_articles(n: int) -> list[Article]:
    """The demo corpus's articles, cycled to ``n`` (duplicates are parsed like any article)."""
    settings = load_settings()
    items = ingest([str(corpus_path())], SourceMeta(), settings.ingest, InMemoryIngestMemory())
    articles = [item.article for item in items if isinstance(item, Ingested)]
    return list(islice(cycle(articles), n))


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 2) if seconds else 0.0


def time_parse(texts: Iterable[str], settings: ExtractSettings) -> float:
    nlp = load_nlp(settings.spacy_model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started


def time_extract(articles: list[Article], settings: ExtractSettings) -> tuple[float, int]:
    periods = load(gold_path() / "casebook.yaml").periods
    started = time.perf_counter()
    records = sum(len(e.records) for e in extract_articles(articles, settings, periods))
    return time.perf_counter() - started, records


def main(n: int) -> dict[str, object]:
    settings = load_settings().extract
    articles = demo_articles(n)
    load_nlp(settings.spacy_model)
    parse_seconds = time_parse((a.clean_text for a in articles), settings)
    extract_seconds, records = time_extract(articles, settings)
    return {
        "articles": n,
        "chars": sum(len(a.clean_text) for a in articles),
        "parse_articles_per_s": rate(n, parse_seconds),
        "extract_articles_per_s": rate(n, extract_seconds),
        "extract_to_parse_ratio": round(parse_seconds / extract_seconds, 3),
        "records": records,
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300), indent=2))
