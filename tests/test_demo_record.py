"""The bundled demo, end to end: every extracted item points at the exact characters it came
from (provenance everywhere), and re-running the demo adds nothing twice."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import pytest
from typer.testing import CliRunner

from onrecord.case import open_case
from onrecord.check import check
from onrecord.cli import app
from onrecord.pipeline import resolve_input
from onrecord.record import Statement
from onrecord.resolve import ResolveInput, load_rules, resolve

runner = CliRunner()
T = TypeVar("T")


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    case = tmp_path_factory.mktemp("demo") / "case"
    assert runner.invoke(app, ["demo", "--case", str(case)]).exit_code == 0
    again = runner.invoke(app, ["demo", "--case", str(case)])
    assert again.exit_code == 0
    return case


def _export_text(case: Path) -> str:
    exported = runner.invoke(app, ["export", str(case), "--with-text"])
    assert exported.exit_code == 0
    return exported.stdout


@pytest.fixture(scope="module")
def demo_export(demo_case: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in _export_text(demo_case).splitlines()]


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


@pytest.mark.model
def test_the_reception_handshake_is_one_contact_with_the_report_of_every_article_that_tells_it(
    demo_export: list[dict[str, object]],
) -> None:
    handshakes = [
        o
        for o in demo_export
        if o["type"] == "event"
        and o["level"] == "resolved"
        and o["assertion"] in ("reported", "attributed", "admitted")
        and {"Donald Trump", "Sergey Kislyak"} <= {p["name"] for p in o["participants"]}  # type: ignore[index,union-attr]
        and str((o["when"] or {}).get("start", "")).startswith("2016-04")  # type: ignore[union-attr]
    ]
    assert len(handshakes) == 1
    [event] = handshakes
    assert event["when"]["start"] == event["when"]["end"] == "2016-04-27"  # type: ignore[index]
    assert len({r["article"] for r in event["reports"]}) >= 6  # type: ignore[index,union-attr]


def test_an_imported_export_exports_as_the_same_record_with_the_users_decisions(
    demo_case: Path, tmp_path: Path
) -> None:
    with open_case(demo_case).store() as store:
        entity = next(e for e in _entities(demo_case) if e["canonical"])
        store.decide("split", str(entity["id"]), str(entity["canonical"]), note="test")
        store.decide("verdict", "con_x", "stm_x", "confirmed", "checked by hand")
    before = _export_text(demo_case)
    source = tmp_path / "record.jsonl"
    source.write_text(before, encoding="utf-8")
    imported = runner.invoke(app, ["import", str(tmp_path / "copy"), str(source)])
    assert imported.exit_code == 0, imported.output
    after = _export_text(tmp_path / "copy")
    assert after.splitlines() == before.splitlines()
    kinds = [json.loads(line)["type"] for line in after.splitlines()]
    assert {"decision", "contradiction", "entity_link", "membership"} <= set(kinds)


def _entities(case: Path) -> list[dict[str, object]]:
    """The entities of a case's export (a merged one names its canonical entity)."""
    lines = (json.loads(line) for line in _export_text(case).splitlines())
    return [line for line in lines if line["type"] == "entity"]


def test_importing_into_a_case_that_holds_articles_is_refused(
    demo_case: Path, tmp_path: Path
) -> None:
    source = tmp_path / "record.jsonl"
    source.write_text(_export_text(demo_case), encoding="utf-8")
    again = runner.invoke(app, ["import", str(demo_case), str(source)])
    assert again.exit_code != 0
    assert "new case" in again.output


def _reordered(inputs: ResolveInput, seed: int) -> ResolveInput:
    """The same extraction output, every sequence and mapping in another order."""
    rng = random.Random(seed)

    def shuffled(items: Sequence[T]) -> list[T]:
        return rng.sample(list(items), len(items))

    return ResolveInput(
        entities=shuffled(inputs.entities),
        prominence=dict(shuffled(list(inputs.prominence.items()))),
        roles=shuffled(inputs.roles),
        events=shuffled(inputs.events),
        reports=shuffled(inputs.reports),
        articles=dict(shuffled(list(inputs.articles.items()))),
    )


@pytest.mark.model
def test_the_resolved_and_checked_record_does_not_depend_on_the_order_of_the_stored_rows(
    demo_case: Path,
) -> None:
    case = open_case(demo_case)
    with case.store() as store:
        rules = load_rules(case.casebook_path).with_decisions(store.decisions())
        inputs, _ = resolve_input(store)
        statements = tuple(store.all(Statement))
    resolution = resolve(inputs, rules)
    findings = check(statements, resolution, inputs.articles).records()
    for seed in range(3):
        reordered = _reordered(inputs, seed)
        again = resolve(reordered, rules)
        assert again.records() == resolution.records()
        shuffled = random.Random(seed).sample(statements, len(statements))
        assert check(shuffled, again, reordered.articles).records() == findings
