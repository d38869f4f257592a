"""The JSONL export is the whole record, and every line satisfies the JSON Schema shipped with
it (checked by jsonschema, the reference validator)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from onrecord.case import open_case
from onrecord.dates import FuzzyDate
from onrecord.export.jsonl_schema import record_schema
from onrecord.record import AccountStep, EntityLink, Evasion, Stance
from tests.export.conftest import Export

SCHEMA_FILE = Path(__file__).parents[2] / "src" / "onrecord" / "export" / "record.schema.json"


def _with_check_output(case: Path) -> None:
    """What check and the user add to a record: links, an evasion, an account, a decision."""
    with open_case(case).store() as store:
        store.replace_stage(
            "resolve", [EntityLink("elink_1", "ent_hostile", "", "ent_trump", "user_merge")]
        )
        store.replace_stage(
            "check",
            [
                Evasion("eva_1", "stm_denial", Stance.DISMISS, "Trump called it fake news."),
                AccountStep(
                    "step_1", "ent_trump", "stm_denial", 0, FuzzyDate.parse("2017-02-16"),
                    Stance.DENY, "first", "",
                ),
            ],
        )  # fmt: skip
        store.decide("merge", "ent_hostile", "ent_trump", note="web")


def _lines(export: Export) -> list[dict[str, Any]]:
    result = export("jsonl", "--with-text")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_line_of_a_full_record_satisfies_the_schema(case: Path, export: Export) -> None:
    _with_check_output(case)
    lines = _lines(export)
    validator = jsonschema.Draft202012Validator(record_schema())
    for line in lines:
        errors = [e.message for e in validator.iter_errors(line)]
        assert errors == [], (line["type"], line["id"], errors)
    kinds = {line["type"] for line in lines}
    assert {"entity_link", "membership", "evasion", "account_step", "decision"} <= kinds


def test_the_user_decisions_and_entity_links_travel_with_the_record(
    case: Path, export: Export
) -> None:
    _with_check_output(case)
    lines = _lines(export)
    (decision,) = [line for line in lines if line["type"] == "decision"]
    assert (decision["kind"], decision["subject"], decision["object"]) == (
        "merge",
        "ent_hostile",
        "ent_trump",
    )
    hostile = next(line for line in lines if line["id"] == "ent_hostile")
    assert hostile["canonical"] == "ent_trump"


def test_an_unknown_field_or_stance_breaks_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(record_schema())
    evasion = {
        "type": "evasion", "id": "e", "statement": "s", "stance": "dismiss",
        "explanation": "x", "events": [],
    }  # fmt: skip
    assert validator.is_valid(evasion)
    assert not validator.is_valid({**evasion, "stance": "shrug"})
    assert not validator.is_valid({**evasion, "mood": "tense"})


def test_the_schema_file_in_the_repository_is_the_one_the_code_builds() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == record_schema()
