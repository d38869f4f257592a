"""Ingest throughput: N generated news-style HTML pages and N plain-text scrapes.

Run: ``.venv/bin/python bench/bench_ingest.py [N]``. Prints JSON: articles per second for HTML
and for plain text, and the peak RSS of the whole run (flat in N: ingest streams). No
tracemalloc: it would halve the rates it is meant to accompany.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from onrecord.ingest import Ingested, InMemoryIngestMemory, SourceMeta, ingest
from onrecord.settings import load_settings

NAMES = ["Flynn", "Kislyak", "Sessions", "Pence", "Manafort", "Page", "Spicer", "Sanders"]
VERBS = ["met", "spoke with", "called", "wrote to", "dined with", "was briefed by"]
PLACES = ["in Washington", "in Cleveland", "at the Mayflower Hotel", "in Moscow", "by phone"]
BLURB = [
    "WE NEED YOUR HELP.",
    "Our reporting is free for everyone, and we rely on readers like you to fund it.",
    "Please chip in with a tax-deductible donation today.",
    "payment methods",
]
TAIL = ["Most Read", "Latest", "Sign up for our free newsletter", "Subscribe", "Donate"]


def _paragraph(rng: random.Random) -> str:
    sentences = [
        f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(NAMES)} {rng.choice(PLACES)} "
        f"on {rng.choice(['April', 'July', 'September'])} {rng.randint(1, 28)}, 2016, "
        f"{rng.choice(['officials said', 'the newspaper reported', 'according to aides'])}."
        for _ in range(rng.randint(2, 5))
    ]
    return " ".join(sentences)


def _body(rng: random.Random) -> list[str]:
    return [_paragraph(rng) for _ in range(rng.randint(6, 14))]


def _html(rng: random.Random, n: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _body(rng))
    return (
        f"<html><head><title>Story {n}</title><meta property='og:site_name' content='Ledger'>"
        f"<meta property='article:published_time' content='2017-02-{n % 28 + 1:02d}'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/s'>Subscribe</a></nav><article>"
        f"<h1>Contacts story number {n} in the series</h1>{paragraphs}</article>"
        f"<footer>{''.join(f'<p>{t}</p>' for t in TAIL)}</footer></body></html>"
    )


def _text(rng: random.Random, n: int) -> str:
    blocks = ["This story is over 5 years old.", f"Contacts story number {n} in the series"]
    blocks += _body(rng) + BLURB + [f"Update, 2/{n % 27 + 2}/17: Officials said more."] + TAIL
    return "\n\n".join(blocks)


def _generate(folder: Path, count: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    html, text = folder / "html", folder / "text"
    html.mkdir()
    text.mkdir()
    for n in range(count):
        (html / f"{n:05d}.html").write_text(_html(rng, n), encoding="utf-8")
        (text / f"{n:05d}.txt").write_text(_text(rng, n), encoding="utf-8")
    return html, text


def _rate(folder: Path) -> tuple[float, int]:
    """Articles per second over ``folder`` with a fresh memory, and the article count."""
    settings = load_settings().ingest
    memory = InMemoryIngestMemory()
    started = time.perf_counter()
    count = 0
    for item in ingest([str(folder)], SourceMeta(outlet="Ledger"), settings, memory):
        if isinstance(item, Ingested):
            memory.remember(item)
            count += 1
    return count / (time.perf_counter() - started), count


def main(count: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as tmp:
        html, text = _generate(Path(tmp), count)
        html_rate, html_count = _rate(html)
        text_rate, text_count = _rate(text)
    return {
        "pages": count,
        "html_articles": html_count,
        "html_articles_per_second": round(html_rate, 1),
        "text_articles": text_count,
        "text_articles_per_second": round(text_rate, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)))
