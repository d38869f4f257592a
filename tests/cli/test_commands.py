"""The command line keeps DESIGN.md's contract: the commands exist, bad inputs are named and
the rest is stored, exit status 0 / 1 / 2, re-running is idempotent, a kill -9 loses nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()

COMMANDS = ("init", "add", "check", "report", "export", "serve", "demo", "eval")


def _story(number: int) -> str:
    return (
        f"WASHINGTON — Officials said on Tuesday that aide number {number} met a foreign "
        f"envoy at a reception in April, according to people familiar with the schedule.\n\n"
        f"The aide declined to comment on the meeting, which took place in room {number}.\n"
    )


def _write_stories(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"story-{number:04d}.txt").write_text(_story(number), encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_of_the_interface_shows_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_init_creates_the_database_and_a_commented_casebook(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "case")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "case" / "record.db").is_file()
    assert "periods:" in (tmp_path / "case" / "casebook.yaml").read_text(encoding="utf-8")


def test_a_case_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "onrecord init" in result.output


def test_a_malformed_date_option_is_a_usage_error(tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path / "case")])
    result = runner.invoke(app, ["add", str(tmp_path / "case"), "x.txt", "--date", "April"])
    assert result.exit_code == 2


@pytest.mark.model
def test_bad_inputs_are_named_the_good_ones_stored_and_the_exit_status_is_1(
    tmp_path: Path,
) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    _write_stories(inputs, 2)
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    runner.invoke(app, ["init", str(case)])

    result = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])

    assert result.exit_code == 1
    assert "photo.txt" in result.output and "empty.txt" in result.output
    exported = runner.invoke(app, ["export", str(case), "--format", "jsonl"])
    articles = [
        json.loads(line)
        for line in exported.stdout.splitlines()
        if json.loads(line)["type"] == "article"
    ]
    assert len(articles) == 2
    assert {a["published"]["value"] for a in articles} == {"2017-03-02"}


@pytest.mark.model
def test_adding_the_same_folder_twice_stores_each_article_once(tmp_path: Path) -> None:
    case, inputs = tmp_path / "case", tmp_path / "inputs"
    _write_stories(inputs, 3)
    runner.invoke(app, ["init", str(case)])
    first = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])
    second = runner.invoke(app, ["add", str(case), str(inputs), "--date", "2017-03-02"])
    assert first.exit_code == second.exit_code == 0
    assert "3 added" in first.output
    assert "0 added, 3 already stored" in second.output


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is still being created


@pytest.mark.model
def test_a_kill_9_in_the_middle_of_add_loses_nothing_and_a_rerun_completes(
    tmp_path: Path,
) -> None:
    case, inputs, count = tmp_path / "case", tmp_path / "inputs", 400
    _write_stories(inputs, count)
    runner.invoke(app, ["init", str(case)])
    command = [
        sys.executable,
        "-m",
        "onrecord",
        "add",
        str(case),
        str(inputs),
        "--date",
        "2017-03-02",
    ]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(case / "record.db", "articles") < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with sqlite3.connect(case / "record.db") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _count(case / "record.db", "articles") >= 20
    assert _count(case / "record.db", "extractions") < count, "the kill lands mid-run"

    rerun = subprocess.run(command, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(case / "record.db", "articles") == count
    assert _count(case / "record.db", "extractions") == count
    with sqlite3.connect(case / "record.db") as connection:
        blocks = connection.execute(
            "SELECT count(*) FROM (SELECT block, article FROM article_blocks "
            "GROUP BY block, article HAVING count(*) > 1)"
        ).fetchone()[0]
    assert blocks == 0


def test_the_version_is_the_installed_package_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout.strip()) == (0, f"onrecord {version('onrecord')}")


@pytest.mark.model
def test_an_article_piped_to_add_is_stored_once(tmp_path: Path) -> None:
    case = tmp_path / "case"
    runner.invoke(app, ["init", str(case)])
    first = runner.invoke(app, ["add", str(case), "-", "--date", "2017-03-02"], input=_story(7))
    again = runner.invoke(app, ["add", str(case), "-", "--date", "2017-03-02"], input=_story(7))
    assert (first.exit_code, again.exit_code) == (0, 0), first.output
    assert "1 added" in first.output and "0 added, 1 already stored" in again.output


def test_an_empty_standard_input_is_a_named_failure(tmp_path: Path) -> None:
    case = tmp_path / "case"
    runner.invoke(app, ["init", str(case)])
    result = runner.invoke(app, ["add", str(case), "-"], input="")
    assert result.exit_code == 1
    assert "failed: <stdin>" in result.output and "Traceback" not in result.output


def test_exporting_into_a_folder_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    case = tmp_path / "case"
    runner.invoke(app, ["init", str(case)])
    target = tmp_path / "missing" / "record.jsonl"
    result = runner.invoke(app, ["export", str(case), "-o", str(target)])
    assert result.exit_code == 2
    assert f"there is no folder {target.parent}" in result.output
    assert "Traceback" not in result.output and not target.parent.exists()


def test_an_unexpected_exception_is_one_coded_line_never_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_casebook(path: Path) -> object:
        raise KeyError("periods")  # a bug no rule foresaw

    case = tmp_path / "case"
    runner.invoke(app, ["init", str(case)])
    monkeypatch.setattr("onrecord.pipeline.load_rules", broken_casebook)
    result = runner.invoke(app, ["check", str(case)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "error: [OR000] KeyError: 'periods' (at onrecord/pipeline.py:" in result.output
    assert "ONRECORD_DEBUG=1" in result.output
    monkeypatch.setenv("ONRECORD_DEBUG", "1")
    debugging = runner.invoke(app, ["check", str(case)])
    assert isinstance(debugging.exception, KeyError)
