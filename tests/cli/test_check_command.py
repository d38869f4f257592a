"""``onrecord check`` prints the two lists apart: contradictions, then the findings for review
with their reason codes, and counts each list on its own."""

from __future__ import annotations

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
