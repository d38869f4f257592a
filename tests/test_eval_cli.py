"""``onrecord eval``: each scorer is reachable from the command line, as a table or as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("command", ["polnear", "timeml", "gold"])
def test_every_eval_command_shows_help(command: str) -> None:
    result = runner.invoke(app, ["eval", command, "--help"])
    assert result.exit_code == 0
    assert "--json" in result.output


def test_timeml_prints_a_table_with_the_overall_accuracy() -> None:
    result = runner.invoke(app, ["eval", "timeml", str(FIXTURES / "timeml")])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output
    assert "accuracy" in result.output


def test_timeml_json_is_the_scorers_dict() -> None:
    result = runner.invoke(app, ["eval", "timeml", str(FIXTURES / "timeml"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"] >= 1


def test_a_missing_data_folder_is_a_usage_error() -> None:
    result = runner.invoke(app, ["eval", "timeml", str(FIXTURES / "no-such-folder")])
    assert result.exit_code == 2


@pytest.mark.model
def test_polnear_scores_span_types_with_a_document_limit() -> None:
    result = runner.invoke(app, ["eval", "polnear", str(FIXTURES / "polnear"), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "speech.content.overlap" in result.output


@pytest.mark.model
def test_gold_on_a_given_corpus_and_gold_file_gives_json_per_type() -> None:
    gold = FIXTURES / "gold"
    result = runner.invoke(
        app, ["eval", "gold", str(gold / "corpus"), "--gold", str(gold / "gold.jsonl"), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert {"statements", "events", "roles", "reports", "dates", "contradictions"} <= set(scores)
    assert scores["articles"] == 3


@pytest.mark.model
def test_gold_prints_a_row_per_record_type_given_the_gold_folder() -> None:
    gold = FIXTURES / "gold"
    result = runner.invoke(app, ["eval", "gold", str(gold / "corpus"), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "statements.detection" in result.output
    assert "events.detection" in result.output


@pytest.mark.parametrize(
    ("command", "defaults"),
    [
        ("realnews", "onrecord.evaluate.realnews.default_gold_dir"),
        ("wire", "onrecord.evaluate.wire.default_wire_dir"),
    ],
)
def test_real_text_labels_missing_from_an_installed_package_are_a_named_error(
    command: str, defaults: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an installed package has no quality/ folder: the user is told to pass --gold, and no
    # corpus is read first
    monkeypatch.setattr(defaults, lambda: tmp_path / "quality" / command)
    result = runner.invoke(app, ["eval", command, str(tmp_path)])
    assert result.exit_code != 0
    assert "pass --gold FOLDER" in result.output
    assert "Traceback" not in result.output
