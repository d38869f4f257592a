"""The bundled demo, end to end: every extracted item points at the exact characters it came
from (provenance everywhere), and re-running the demo adds nothing twice."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    case = tmp_path_factory.mktemp("demo") / "case"
    assert runner.invoke(app, ["demo", "--case", str(case)]).exit_code == 0
    again = runner.invoke(app, ["demo", "--case", str(case)])
    assert again.exit_code == 0
    exported = runner.invoke(app, ["export", str(case), "--with-text"])
    assert exported.exit_code == 0
    return [json.loads(line) for line in exported.stdout.splitlines()]


def _evidence(item: dict[str, object]) -> list[dict[str, object]]:
    spans: list[dict[str, object]] = []
    for key in ("evidence", "speaker_evidence"):
        value = item.get(key)
        spans += value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    for report in item.get("reports", []) or []:  # type: ignore[union-attr]
        spans.append(report["evidence"])
    return spans


@pytest.mark.model
def test_every_evidence_span_is_the_exact_text_at_its_offsets(
    demo_export: list[dict[str, object]],
) -> None:
    texts = {o["id"]: o["text"] for o in demo_export if o["type"] == "article"}
    spans = [span for o in demo_export for span in _evidence(o)]
    assert len(spans) > 300
    for span in spans:
        text = texts[span["article"]]
        assert text[span["start"] : span["end"]] == span["text"]  # type: ignore[index,misc]


@pytest.mark.model
def test_the_demo_holds_its_33_articles_once_and_contacts_merged_across_articles(
    demo_export: list[dict[str, object]],
) -> None:
    kinds = [o["type"] for o in demo_export]
    assert kinds.count("article") == 33
    assert kinds.count("statement") > 100
    assert kinds.count("event") > 30
    events = [o for o in demo_export if o["type"] == "event"]
    assert any(len({r["article"] for r in e["reports"]}) >= 3 for e in events)  # type: ignore[index,union-attr]
    undated = [o for o in demo_export if o["type"] == "article" and o["published"]["value"] is None]  # type: ignore[index]
    assert len(undated) == 1
