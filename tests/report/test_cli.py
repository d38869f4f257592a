"""``onrecord report`` on a case made with ``onrecord init``."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from onrecord.case import open_case
from onrecord.cli import app
from tests.report.conftest import fill

runner = CliRunner()


def _case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    assert runner.invoke(app, ["init", str(folder)]).exit_code == 0
    with open_case(folder).store() as store:
        fill(store)
    return folder


def test_report_writes_html_to_a_file(tmp_path: Path) -> None:
    case, target = _case(tmp_path), tmp_path / "dossier.html"
    result = runner.invoke(app, ["report", str(case), "--format", "html", "-o", str(target)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "Contradictions (1)" in html


def test_report_writes_markdown_to_stdout(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(_case(tmp_path)), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Dossier: case\n")
    assert "## Contradictions (1)" in result.stdout


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(_case(tmp_path)), "--format", "pdf"])
    assert result.exit_code == 2
