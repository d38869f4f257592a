"""The web API under load: p50/p99 latency of the main pages, on 127.0.0.1, bounded in time and
requests.

Run: ``python -m bench web -- [CASE] [--clients 4] [--seconds 10] [--requests 200]``, or
``.venv/bin/python -m bench.bench_web ...``. With a CASE (e.g. one ``bench scale -- --keep DIR``
kept), that case is served; without one, a case is built from ``--articles`` generated articles
(add + check), or with ``--synthetic`` from as many articles stored with their extraction
written from the generator (``bench/synthetic.py``: no NLP, so 10k articles take minutes).
``onrecord serve`` runs in its own process; for each page and its JSON twin (the list pages,
one item of each kind, the first person's contacts, the first outlet's articles, search and its
second page, the review list, the people named like "an" and the typeahead, the timeline and its
second page, the graph), one first request is timed alone (caches cold), then ``clients``
threads request it until ``requests`` answers or ``seconds`` pass. Prints JSON: per page,
first-load seconds, its size in bytes, and p50/p99/max milliseconds over every request (the
first included).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from bench.corpus import write_jsonl

LISTS = ["/", "/articles", "/events", "/people"]
ITEM_KINDS = {"/index.json": "contradiction", "/articles.json": "article"}
ITEM_KINDS |= {"/events.json": "event", "/people.json": "person"}
EXTRA = ["/search?q=met", "/search?q=met&page=2", "/review", "/people?q=an"]
EXTRA += ["/timeline", "/timeline?page=2", "/graph", "/people/names.json?q=an"]


def twins(pages: list[str]) -> list[str]:
    """Each page, then its JSON twin (``/`` has ``/index.json``); a JSON-only path (the
    typeahead's) alone."""
    out = []
    for page in pages:
        path, _, query = page.partition("?")
        if path.endswith(".json"):
            out.append(page)
            continue
        twin = "/index.json" if path == "/" else f"{path}.json"
        out += [page, f"{twin}?{query}" if query else twin]
    return out


def _onrecord(*args: str) -> list[str]:
    return [sys.executable, "-m", "onrecord", *args]


def build_case(folder: Path, articles: int, synthetic: bool = False) -> Path:
    """A case from ``articles`` generated articles, extracted (or written, ``synthetic``) and
    checked."""
    if synthetic:
        subprocess.run(
            [sys.executable, "-m", "bench.synthetic", str(folder), str(articles)],
            check=True,
            capture_output=True,
        )
        return folder
    corpus = write_jsonl(folder.parent / "corpus.jsonl", articles)
    for args in (("init", str(folder)), ("add", str(folder), str(corpus)), ("check", str(folder))):
        subprocess.run(_onrecord(*args), check=True, capture_output=True)
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _serve(case: Path, port: int) -> subprocess.Popen[bytes]:
    command = _onrecord("serve", str(case), "--port", str(port))
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"onrecord serve {case} exited with status {server.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/articles.json", timeout=5).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise RuntimeError("onrecord serve did not answer within 120 s")


def item_pages(client: httpx.Client) -> list[str]:
    """The first item of each list, as a page (its href)."""
    pages = []
    for listing in ITEM_KINDS:
        items = client.get(listing).json().get("items") or []
        if items:
            pages.append(str(items[0]["href"]).split("#")[0])
    return pages


def filtered_pages(client: httpx.Client) -> list[str]:
    """The lists as a reader narrows them: the first person's contacts, the first outlet's
    articles."""
    pages = []
    people = client.get("/people.json").json().get("items") or []
    if people:
        pages.append(f"/events?person={people[0]['id']}")
    outlets = client.get("/articles.json").json().get("outlets") or []
    if outlets:
        pages.append(f"/articles?{urlencode({'outlet': outlets[0]})}")
    return pages


def _timed(client: httpx.Client, path: str) -> float:
    return _fetch(client, path)[0]


def _fetch(client: httpx.Client, path: str) -> tuple[float, int]:
    """Seconds to the whole answer, and its size in bytes."""
    started = time.perf_counter()
    response = client.get(path)
    response.raise_for_status()
    return time.perf_counter() - started, len(response.content)


def _client_loop(base: str, path: str, until: float, budget: list[int]) -> list[float]:
    """One client: request ``path`` until the deadline or the shared budget runs out."""
    latencies = []
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.monotonic() < until and budget:
            budget.pop()
            latencies.append(_timed(client, path))
    return latencies


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def load(base: str, path: str, options: argparse.Namespace) -> dict[str, Any]:
    with httpx.Client(base_url=base, timeout=120) as client:
        first, size = _fetch(client, path)
    budget = list(range(options.requests))  # list.pop is atomic: the clients share it
    until = time.monotonic() + options.seconds
    with ThreadPoolExecutor(options.clients) as pool:
        runs = [
            pool.submit(_client_loop, base, path, until, budget) for _ in range(options.clients)
        ]
        latencies = [ms * 1000 for ms in (first, *(ms for run in runs for ms in run.result()))]
    return {
        "first_s": round(first, 3),
        "bytes": size,
        "requests": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p99_ms": round(_percentile(latencies, 0.99), 1),
        "max_ms": round(max(latencies), 1),
    }


def run(case: Path, options: argparse.Namespace) -> dict[str, Any]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _serve(case, port)
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            articles = client.get("/articles.json").json()["pager"]["total"]
            pages = twins([*LISTS, *item_pages(client), *filtered_pages(client), *EXTRA])
        return {
            "articles": articles,
            "clients": options.clients,
            "load_average": os.getloadavg()[0],
            "pages": {path: load(base, path, options) for path in pages},
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("case", nargs="?", type=Path)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--articles", type=int, default=300, help="size of a built case")
    parser.add_argument("--synthetic", action="store_true", help="build it without the NLP")
    options = parser.parse_args(argv)
    if options.case:
        return run(options.case, options)
    with tempfile.TemporaryDirectory(prefix="onrecord-web-") as tmp:
        case = build_case(Path(tmp) / "case", options.articles, options.synthetic)
        return run(case, options)


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:]), indent=2))
