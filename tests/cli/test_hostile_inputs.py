"""Hostile inputs through ``onrecord add``: none crashes the run, blocks the case or hides."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from onrecord import extract
from onrecord.case import DB_ENV
from onrecord.cli import app
from onrecord.extract.nlp import load_nlp
from onrecord.record import Article
from onrecord.settings import load_settings

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("case_database")

PARAGRAPH = (
    "WASHINGTON — Officials said on Tuesday that the aide met a foreign envoy at a reception "
    "in April, according to people familiar with the schedule.\n\n"
)


@pytest.fixture
def case_database(store_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case these tests make, and the processes they start, on SQLite and on PostgreSQL
    (when ONRECORD_TEST_PG is set): a hostile input must not break either."""
    monkeypatch.setenv(DB_ENV, store_url)
    return store_url


def _long_text(paragraphs: int) -> str:
    return "".join(
        f"Aide number {n} met envoy number {n} in room {n}, officials said on Tuesday.\n\n"
        for n in range(paragraphs)
    )


@pytest.fixture
def short_parser() -> Iterator[int]:
    """The loaded parser reading at most 3,000 characters at once, as a stand-in for spaCy's
    1,000,000 (a text that long takes minutes to parse)."""
    nlp = load_nlp(load_settings().extract.spacy_model)
    saved, nlp.max_length = nlp.max_length, 3000
    try:
        yield nlp.max_length
    finally:
        nlp.max_length = saved


def _articles(case: Path) -> list[dict[str, object]]:
    exported = runner.invoke(app, ["export", str(case), "--format", "jsonl"])
    lines = [json.loads(line) for line in exported.stdout.splitlines()]
    return [line for line in lines if line["type"] == "article"]


@pytest.mark.model
def test_a_text_longer_than_the_parser_reads_is_extracted_in_parts_and_blocks_nothing(
    tmp_path: Path, short_parser: int
) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    inputs.mkdir()
    long = _long_text(60)
    (inputs / "long.txt").write_text(long, encoding="utf-8")
    (inputs / "short.txt").write_text("Envoy confirms talks.\n\n" + PARAGRAPH, encoding="utf-8")
    assert len(long) > short_parser
    runner.invoke(app, ["init", str(case)])

    first = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])
    later = tmp_path / "later.txt"
    later.write_text("A later story.\n\n" + PARAGRAPH.replace("April", "May"), encoding="utf-8")
    second = runner.invoke(app, ["add", str(case), str(later), "--date", "2017-03-03"])

    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert "2 articles extracted" in first.output and "1 articles extracted" in second.output
    assert len(_articles(case)) == 3


@pytest.mark.model
def test_skipped_files_are_named_and_each_failure_is_printed_once_before_the_summary(
    tmp_path: Path,
) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "story.txt").write_text(PARAGRAPH, encoding="utf-8")
    (inputs / "scan.pdf").write_bytes(b"%PDF-1.4")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    runner.invoke(app, ["init", str(case)])

    result = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])

    assert result.exit_code == 1
    assert f"skipped: {inputs / 'scan.pdf'}" in result.output
    assert result.output.count(f"failed: {inputs / 'empty.txt'}") == 1
    assert result.output.index("failed:") < result.output.index("1 added")
    assert "1 failed, 1 skipped" in result.output


@pytest.fixture
def events_break_on_a_word(monkeypatch: pytest.MonkeyPatch) -> str:
    """The events extractor raising (as a bug would) on any article naming ``Quellwater``."""
    word = "Quellwater"
    real = extract.extract_events

    def extract_events(doc: Any, article: Article, *args: Any) -> Any:
        if word in article.clean_text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, article, *args)

    monkeypatch.setattr(extract, "extract_events", extract_events)
    return word


@pytest.mark.model
def test_an_article_the_extractors_break_on_is_kept_named_and_not_retried_by_the_next_add(
    tmp_path: Path, events_break_on_a_word: str
) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "breaks.txt").write_text(
        f"Envoy meets {events_break_on_a_word}.\n\n" + PARAGRAPH, encoding="utf-8"
    )
    (inputs / "fine.txt").write_text("Envoy confirms talks.\n\n" + PARAGRAPH, encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text("A later story.\n\n" + PARAGRAPH.replace("April", "May"), encoding="utf-8")
    runner.invoke(app, ["init", str(case)])

    first = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])
    second = runner.invoke(app, ["add", str(case), str(later), "--date", "2017-03-03"])

    assert first.exit_code == 1, first.output
    failed = f"failed: {inputs / 'breaks.txt'}: [OR112] extraction broke: RecursionError"
    assert first.output.count(failed) == 1
    assert first.output.index(failed) < first.output.index("2 added")
    assert "1 articles extracted" in first.output
    assert "Traceback" not in first.output + second.output
    assert second.exit_code == 0, second.output
    assert "1 articles extracted" in second.output
    assert "1 stored articles not extracted (OR112" in second.output
    assert len(_articles(case)) == 3


def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``, read from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _workers(pid: int) -> set[int]:
    """The extraction workers among ``pid``'s children (not its resource tracker)."""
    found = set()
    for child in _children(pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.add(child)
        except OSError:
            continue
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.model
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_extraction_workers_die_when_add_is_killed_with_sigkill(tmp_path: Path) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    inputs.mkdir()
    for number in range(40):
        (inputs / f"story-{number:03d}.txt").write_text(
            PARAGRAPH.replace("the aide", f"aide number {number}"), encoding="utf-8"
        )
    runner.invoke(app, ["init", str(case)])
    (case / "settings.yaml").write_text("extract:\n  workers: 2\n  batch_size: 2\n")
    command = [sys.executable, "-m", "onrecord", "add", str(case), str(inputs)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the run started its workers"

    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _alive(workers)
    for pid in left:  # do not leave them behind when the promise is broken
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the killed add"


POISONED = Path(__file__).with_name("poisoned_parser.py")


def _stories(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"story-{number:03d}.txt").write_text(
            PARAGRAPH.replace("the aide", f"aide number {number}"), encoding="utf-8"
        )


def _poisoned_add(case: Path, *sources: Path, workers: int) -> subprocess.CompletedProcess[str]:
    """``onrecord add`` in a process of its own, its parser (and its workers') poisoned."""
    (case / "settings.yaml").write_text(f"extract:\n  workers: {workers}\n  batch_size: 2\n")
    command = [sys.executable, str(POISONED), "add", str(case), *map(str, sources)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.model
def test_a_worker_that_dies_or_a_parser_that_breaks_on_one_article_fails_only_that_article(
    tmp_path: Path,
) -> None:
    from tests.cli.poisoned_parser import BREAK, CRASH, HOG

    case, inputs = tmp_path / "case", tmp_path / "inputs"
    _stories(inputs, 9)
    for word in (CRASH, BREAK, HOG):
        (inputs / f"{word}.txt").write_text(f"{word} meets envoy.\n\n{PARAGRAPH}", "utf-8")
    runner.invoke(app, ["init", str(case)])

    first = _poisoned_add(case, inputs, workers=2)
    second = _poisoned_add(case, inputs, workers=2)

    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    for word, cause in ((CRASH, "BrokenProcessPool"), (BREAK, "ValueError"), (HOG, "MemoryError")):
        failed = f"failed: {inputs / word}.txt: [OR112] extraction broke: {cause}"
        assert output.count(failed) == 1, output
    assert "9 articles extracted" in output and "3 failed" in output
    assert "Traceback" not in output and "OR000" not in output
    again = second.stdout + second.stderr
    assert second.returncode == 0, again
    assert "0 articles extracted" in again and "3 stored articles not extracted (OR112" in again
    assert len(_articles(case)) == 12


@pytest.mark.model
def test_a_parser_that_breaks_in_the_add_process_itself_fails_only_that_article(
    tmp_path: Path,
) -> None:
    from tests.cli.poisoned_parser import BREAK

    case, inputs = tmp_path / "case", tmp_path / "inputs"
    _stories(inputs, 3)
    (inputs / f"{BREAK}.txt").write_text(f"{BREAK} meets envoy.\n\n{PARAGRAPH}", "utf-8")
    runner.invoke(app, ["init", str(case)])

    result = _poisoned_add(case, inputs, workers=1)

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"failed: {inputs / BREAK}.txt: [OR112] extraction broke: ValueError" in output
    assert "3 articles extracted" in output and "Traceback" not in output


@pytest.mark.model
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_killed_mid_run_is_replaced_and_every_article_is_extracted(
    tmp_path: Path,
) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    _stories(inputs, 40)
    runner.invoke(app, ["init", str(case)])
    (case / "settings.yaml").write_text("extract:\n  workers: 2\n  batch_size: 2\n")
    command = [sys.executable, "-m", "onrecord", "add", str(case), str(inputs)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while not workers and time.monotonic() < deadline and process.poll() is None:
        workers = _workers(process.pid)
        time.sleep(0.1)
    assert workers, "the run started its workers"
    time.sleep(1)  # into its first batch

    os.kill(min(workers), signal.SIGKILL)
    output, _ = process.communicate(timeout=600)

    assert process.returncode == 0, output
    assert "40 articles extracted" in output and "failed" not in output.replace("0 failed", "")
    assert "Traceback" not in output and "OR000" not in output
