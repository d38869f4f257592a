"""The wire yardstick: blind labels over TempEval-3's news texts (offsets into each document's
TEXT, labels only), and ``onrecord eval wire`` end to end on a document written for these tests
in the shape of 1999 wire copy (``fixtures/wire``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.errors import GoldError
from onrecord.evaluate.realnews_gold import find_quote, read_lines
from onrecord.evaluate.wire import default_wire_dir, evaluate_wire, wire_articles, wire_text

DATA = Path(__file__).parent / "fixtures" / "wire" / "data"
STORY = "APW19990614.0101"
runner = CliRunner()


def _span(quote: str) -> dict[str, Any]:
    start, end = find_quote(wire_text(DATA, STORY), quote)
    return {"article": STORY, "start": start, "end": end}


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    """A reader's labels of the fixture story: its meeting, its denial, a stance and a judged
    contact, each as offsets."""
    meeting = "Trade Minister Paolo Ferri met with Egyptian envoy Karim Adel on Saturday"
    denial = "``The minister did not meet any Libyan officials,'' Borg said."
    lines = {
        "gold.jsonl": [
            {"type": "article", "article": STORY, "genre": "wire"},
            {"type": "event", **_span(meeting), "kind": "meet", "when": "1999-06-12",
             "participants": ["Paolo Ferri", "Karim Adel"], "status": "asserted"},
            {"type": "statement", **_span(denial), "speaker": "Luca Borg", "stance": "deny"},
        ],
        "stances.jsonl": [{**_span(denial), "stance": "deny", "sure": True}],
        "contact_dates.jsonl": [
            {**_span(meeting), "kind": "meet", "reported_as": ["Paolo Ferri", "Karim Adel"],
             "contact": "yes", "status": "asserted", "participants": ["Paolo Ferri", "Karim Adel"],
             "when": "1999-06-12", "sure": True}
        ],
    }  # fmt: skip
    for name, rows in lines.items():
        (tmp_path / name).write_text("".join(json.dumps(row) + "\n" for row in rows))
    return tmp_path


def test_a_wire_document_is_read_as_its_text_without_the_timeml_tags() -> None:
    text = wire_text(DATA, STORY)
    assert "<" not in text and "Ferri met with Egyptian envoy Karim Adel on Saturday" in text
    [article] = list(wire_articles(DATA))
    assert article["id"] == STORY and article["published"] == "1999-06-14"
    assert article["text"] == text


def test_a_document_not_in_the_folder_is_named() -> None:
    with pytest.raises(GoldError, match="NOPE"):
        wire_text(DATA, "NOPE")


@pytest.mark.model
def test_eval_wire_scores_contacts_denials_stances_and_dates_on_the_labels(labels: Path) -> None:
    result = evaluate_wire(DATA, labels)
    assert result["articles_added"] == 1 and result["failed_inputs"] == []
    assert result["events"]["detection"]["tp"] == 1
    assert result["events"]["date"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert result["denials"]["deny"]["recall"] == 1.0
    assert result["stances"]["deny"]["tp"] == 1
    assert result["contact_dates"]["contacts"] == 1.0
    assert result["contact_dates"]["date"]["accuracy"] == 1.0


@pytest.mark.model
def test_eval_wire_prints_its_figures_as_json(labels: Path) -> None:
    outcome = runner.invoke(app, ["eval", "wire", str(DATA), "--gold", str(labels), "--json"])
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.output)["articles"] == 1


def _articles(name: str) -> set[str]:
    lines = read_lines(default_wire_dir() / name)
    return {line["article"] for line in lines if line["type"] == "article"}


def test_the_committed_wire_labels_are_offsets_and_labels_only() -> None:
    folder = default_wire_dir()
    assert len(_articles("gold.jsonl")) >= 24 and len(_articles("holdout.jsonl")) >= 24
    assert not _articles("gold.jsonl") & _articles("holdout.jsonl")
    assert not _articles("fresh.jsonl") & (_articles("gold.jsonl") | _articles("holdout.jsonl"))
    for name, labelled in (
        ("gold.jsonl", 80),
        ("holdout.jsonl", 80),
        ("fresh.jsonl", 50),
        ("stances.jsonl", 130),
        ("contact_dates.jsonl", 50),
    ):
        lines = read_lines(folder / name)
        assert len(lines) >= labelled
        spans = [line for line in lines if line.get("type") != "article"]
        assert all("text" not in line for line in lines)
        assert all(0 <= line["start"] < line["end"] for line in spans)


@pytest.mark.model
@pytest.mark.parametrize("reading", ["holdout", "fresh"])
def test_held_out_and_fresh_wire_articles_are_scored_apart(labels: Path, reading: str) -> None:
    (labels / "gold.jsonl").rename(labels / f"{reading}.jsonl")
    result = evaluate_wire(DATA, labels)
    assert "events" not in result  # nothing tuned on: that reading is all there is
    assert result[reading]["events"]["detection"]["tp"] == 1
    assert result[reading]["denials"]["deny"]["recall"] == 1.0
