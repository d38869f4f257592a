"""``onrecord check`` prints the two lists apart: contradictions, then the findings for review
with their reason codes, and counts each list on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

CORPUS = Path(__file__).parents[1] / "check" / "corpus"
runner = CliRunner()


@pytest.mark.model
def test_check_shows_the_contradictions_and_then_the_review_list_with_reasons(
    tmp_path: Path,
) -> None:
    case = tmp_path / "case"
    assert runner.invoke(app, ["init", str(case)]).exit_code == 0
    assert runner.invoke(app, ["add", str(case), str(CORPUS)]).exit_code == 0
    result = runner.invoke(app, ["check", str(case)])
    assert result.exit_code == 0, result.output
    contradictions, review = result.stdout.split("For review (not contradictions):")
    assert "I never met Anton Belov" in contradictions and "review:" not in contradictions
    assert "review:unresolved_counterpart" in review and "There was no contact" in review
    assert "1 contradictions, 1 for review" in result.output
    again = runner.invoke(app, ["check", str(case)])
    assert "1 contradictions, 1 for review" in again.output and "0 rows changed" in again.output
    label, confidence, explanation = contradictions.strip().split("\t")
    assert label in ("later", "record_predates") and 0 < float(confidence) <= 1
    assert "I never met Anton Belov" in explanation


@pytest.mark.model
def test_check_as_json_gives_both_lists_with_the_ids_to_follow_up(tmp_path: Path) -> None:
    case = tmp_path / "case"
    runner.invoke(app, ["init", str(case)])
    runner.invoke(app, ["add", str(case), str(CORPUS)])
    result = runner.invoke(app, ["check", str(case), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    (claim,) = document["contradictions"]
    assert "I never met Anton Belov" in claim["explanation"] and claim["reason"] is None
    assert claim["against_events"] and claim["findings"]
    (held,) = document["review"]
    assert held["reason"] == "unresolved_counterpart" and held["reason_text"]
