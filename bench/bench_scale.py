"""Scale: ingest + extract throughput, peak memory and check time on a generated news corpus.

Run: ``python -m bench scale -- [--runs one_core,all_cores,ray] SIZE ...`` (default 1000), or
``.venv/bin/python bench/bench_scale.py ...``. For each size it writes the corpus
(``bench/corpus.py``) as JSONL, then, each in a fresh process and a fresh SQLite case:

- ``onrecord add`` on one core (``extract.workers: 1``), on every core (``workers: 0``), and
  on a local Ray instance with 2 workers (``engine: ray``): articles per second for ingest and
  extraction together, start-up (model loads, Ray's start) included;
- plain ``nlp.pipe`` of the model as shipped over the same clean texts (read back from the
  one-core case), in this process after the model is loaded: the limit the issue measures
  against, as articles per second and as the ratio of each run's rate to it;
- ``onrecord check`` on the one-core case (the first run's case; ``--keep DIR`` keeps it, checked,
  as ``DIR/case-SIZE`` for ``bench web``).

Peak memory is the largest sum of resident memory over the whole process tree (the command,
its worker processes, Ray's processes), sampled from /proc every 0.2 s. Pages shared between
processes (the model files, Ray's object store) count once per process, so the sum overstates a
little. Prints one JSON list, one object per size; each run carries the load average seen at
its start (other work on the machine slows every rate).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

from bench.corpus import write_jsonl
from onrecord.settings import load_settings
from onrecord.store import Store

RUNS = {
    "one_core": "extract:\n  workers: 1\n",
    "all_cores": "extract:\n  workers: 0\n",
    "ray_2_workers": "extract:\n  engine: ray\n  workers: 2\n",
}
# The summary line, which the console may wrap anywhere a space is.
SUMMARY = re.compile(r"(\d+)\s+added.*?(\d+)\s+articles\s+extracted\s+\((\d+)\s+records\)", re.S)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and every process below it, in MB."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo += tree.get(pid, [])
    return total / 1024


def measured(command: list[str]) -> dict[str, Any]:
    """Run ``command``; its wall seconds, peak tree memory and combined output (kept in a file:
    a pipe nobody reads while the command runs would block it once full)."""
    with tempfile.TemporaryFile("w+") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        log.seek(0)
        output = log.read()
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{output}")
    return {"seconds": seconds, "peak_mb": peak, "output": output}


def onrecord(*args: str) -> list[str]:
    return [sys.executable, "-m", "onrecord", *args]


def add_run(folder: Path, corpus: Path, settings: str, articles: int) -> dict[str, Any]:
    """A fresh case with ``settings``, and ``onrecord add`` of the whole corpus into it."""
    subprocess.run(onrecord("init", str(folder)), check=True, capture_output=True)
    (folder / "settings.yaml").write_text(settings, encoding="utf-8")
    load_average = os.getloadavg()[0]
    run = measured(onrecord("add", str(folder), str(corpus)))
    found = SUMMARY.search(run["output"])
    if found is None or int(found[2]) != articles:
        raise RuntimeError(f"unexpected summary:\n{run['output'][-2000:]}")
    return {
        "seconds": round(run["seconds"], 1),
        "articles_per_s": round(articles / run["seconds"], 2),
        "peak_rss_mb": round(run["peak_mb"], 1),
        "records": int(found[3]),
        "load_average_at_start": round(load_average, 2),
    }


def plain_parse(case: Path) -> dict[str, float]:
    """Plain ``nlp.pipe`` over the case's clean texts, model loaded before the clock starts."""
    settings = load_settings().extract
    nlp = spacy.load(settings.spacy_model)
    with Store.open(f"sqlite:///{case / 'record.db'}") as store:
        texts = [article.clean_text for article in store.articles()]
    wall, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "articles_per_s": round(count / wall, 2),
        "articles_per_cpu_s": round(count / cpu, 2),
        "chars_per_article": round(sum(map(len, texts)) / count),
    }


def run_size(articles: int, runs: list[str], workdir: Path, keep: Path | None) -> dict[str, Any]:
    corpus = write_jsonl(workdir / f"corpus-{articles}.jsonl", articles)
    result: dict[str, Any] = {"articles": articles}
    for name in runs:
        result[name] = add_run(workdir / f"{name}-{articles}", corpus, RUNS[name], articles)
    first = workdir / f"{runs[0]}-{articles}"
    parse = plain_parse(first)
    result["plain_parse"] = parse
    for name in runs:
        result[name]["ratio_to_plain_parse"] = round(
            result[name]["articles_per_s"] / parse["articles_per_s"], 3
        )
    check = measured(onrecord("check", str(first)))
    result["check"] = {
        "seconds": round(check["seconds"], 1),
        "peak_rss_mb": round(check["peak_mb"]),
    }
    if keep:
        shutil.copytree(first, keep / f"case-{articles}", dirs_exist_ok=True)
    return result


def main(argv: list[str]) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000])
    parser.add_argument("--runs", default=",".join(RUNS), help="comma-separated: " + ",".join(RUNS))
    parser.add_argument("--keep", type=Path, help="copy each size's checked case here (bench web)")
    options = parser.parse_args(argv)
    runs = options.runs.split(",")
    with tempfile.TemporaryDirectory(prefix="onrecord-scale-") as tmp:
        return [run_size(size, runs, Path(tmp), options.keep) for size in options.sizes]


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:]), indent=2))
