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
from onrecord.cli import app
from onrecord.extract.nlp import load_nlp
from onrecord.record import Article
from onrecord.settings import load_settings

runner = CliRunner()

PARAGRAPH = (
    "WASHINGTON — Officials said on Tuesday that the aide met a foreign envoy at a reception "
    "in April, according to people familiar with the schedule.\n\n"
)


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
