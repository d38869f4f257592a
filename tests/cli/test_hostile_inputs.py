"""Hostile inputs through ``onrecord add``: none crashes the run, blocks the case or hides."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.extract.nlp import load_nlp
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
