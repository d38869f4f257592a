"""The user's corrections of who is who, made on the command line: a rejected entity names
nobody in the exports, a renamed one is exported under its new name, and both are in the JSONL
record as decisions that every later check keeps."""

from __future__ import annotations

import json
from pathlib import Path

from followthemoney import model
from typer.testing import CliRunner

from onrecord.case import open_case
from onrecord.cli import app
from onrecord.pipeline import run_check
from tests.export.conftest import HOSTILE, Export

runner = CliRunner()


def _ftm_people(export: Export) -> set[str]:
    result = export("ftm")
    assert result.exit_code == 0, result.output
    proxies = [model.get_proxy(json.loads(line)) for line in result.stdout.splitlines()]
    return {p.first("name") or "" for p in proxies if p.schema.name == "Person"}


def _jsonl(export: Export) -> list[dict[str, object]]:
    result = export("jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_rejected_entity_is_no_person_node_or_ftm_entity_after_any_re_run(
    case: Path, export: Export
) -> None:
    assert HOSTILE in _ftm_people(export)
    result = runner.invoke(app, ["reject", str(case), "ent_hostile", "--note", "not a person"])
    assert result.exit_code == 0, result.output
    run_check(open_case(case))  # a later check keeps the decision
    assert HOSTILE not in _ftm_people(export)
    assert "Donald Trump" in _ftm_people(export)
    graph = export("gexf").stdout
    assert "ent_hostile" not in graph and "ent_trump" in graph
    lines = _jsonl(export)
    assert {"type": "decision", "kind": "reject", "subject": "ent_hostile"}.items() <= next(
        line for line in lines if line["type"] == "decision"
    ).items()
    [link] = [line for line in lines if line["type"] == "entity_link"]
    assert (link["entity"], link["canonical"], link["rule"]) == (
        "ent_hostile",
        "ent_hostile",
        "user_reject",
    )


def test_a_renamed_entity_is_exported_under_its_new_name_by_name_or_id(
    case: Path, export: Export
) -> None:
    result = runner.invoke(app, ["rename", str(case), "sergeï kisljak", "Sergey Kislyak"])
    assert result.exit_code == 0, result.output
    people = _ftm_people(export)
    assert "Sergey Kislyak" in people and "Sergeï Kisljak" not in people
    renamed = [e for e in _jsonl(export) if e["type"] == "entity" and e["name"] == "Sergey Kislyak"]
    assert renamed and renamed[0]["curated"] and "Sergeï Kisljak" in renamed[0]["aliases"]  # type: ignore[operator]


def test_rejecting_nobody_is_a_usage_error_that_names_what_was_given(case: Path) -> None:
    result = runner.invoke(app, ["reject", str(case), "Nobody Known"])
    assert result.exit_code == 2
    assert "Nobody Known" in result.output
