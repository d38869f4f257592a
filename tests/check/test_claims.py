"""One item per claim: the same words quoted by several outlets are one claim citing them all,
and the summary counts claims, not the findings each quoting article makes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.check.claims import claim_words
from onrecord.cli import app

HERE = Path(__file__).parent
runner = CliRunner()


def test_a_quote_and_its_report_in_the_third_person_are_one_claim() -> None:
    quoted = claim_words("I did not have communications with the Russians.")
    reported = claim_words("that he did not have communications with the Russians")
    assert quoted == reported
    assert claim_words("I never met Anton Belov") != claim_words("I never called Anton Belov")


@pytest.mark.model
def test_check_counts_one_contradiction_for_a_denial_two_outlets_quote(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(HERE / "corpus", corpus)
    for path in (HERE / "corpus_repeated").iterdir():
        shutil.copy(path, corpus / path.name)
    case = tmp_path / "case"
    assert runner.invoke(app, ["init", str(case)]).exit_code == 0
    assert runner.invoke(app, ["add", str(case), str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["check", str(case)])
    assert result.exit_code == 0, result.output
    contradictions = result.stdout.split("For review (not contradictions):")[0]
    assert contradictions.count("I never met Anton Belov") == 1
    assert "(one claim: 2 findings)" in contradictions
    assert "1 contradictions, 1 for review (one per claim: 2 and 1 findings)" in result.output
    exported = runner.invoke(app, ["export", str(case), "--format", "jsonl", "-o", "-"])
    rows = [json.loads(line) for line in exported.stdout.splitlines() if line.strip()]
    found = [r for r in rows if r["type"] == "contradiction" and r["status"] == "contradiction"]
    assert len(found) == 2 and len({r["claim"] for r in found}) == 1  # one claim, two findings
