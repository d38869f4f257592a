"""JSONL evidence carries W3C Web Annotation selectors next to its unchanged fields."""

from __future__ import annotations

import json
from typing import Any

from tests.export.conftest import MEETING, Export


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def test_evidence_keeps_its_fields_and_gains_quote_and_position_selectors(export: Export) -> None:
    result = export("jsonl", "--with-text")
    assert result.exit_code == 0, result.output
    objects = _lines(result.stdout)
    texts = {o["id"]: o["text"] for o in objects if o["type"] == "article"}
    event = next(o for o in objects if o["id"] == "evt_meeting")
    evidence = event["evidence"][0]
    quote, position = evidence["selector"]
    text = texts[evidence["article"]]
    assert evidence["text"] == MEETING == text[evidence["start"] : evidence["end"]]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": MEETING,
        "prefix": text[max(evidence["start"] - 32, 0) : evidence["start"]],
        "suffix": text[evidence["end"] : evidence["end"] + 32],
    }
    assert quote["prefix"] + quote["exact"] + quote["suffix"] in text
    assert position == {
        "type": "TextPositionSelector",
        "start": evidence["start"],
        "end": evidence["end"],
    }


def test_every_record_type_is_exported_once_in_reading_order(export: Export) -> None:
    types: list[str] = [o["type"] for o in _lines(export("jsonl").stdout)]
    order = [
        "article", "entity", "entity_link", "role", "membership", "statement", "event",
        "contradiction", "evasion", "account_step", "decision",
    ]  # fmt: skip
    assert {"article", "entity", "role", "membership", "statement", "event"} <= set(types)
    assert types == sorted(types, key=order.index)
    assert types.count("event") == 5  # three_way, meeting, call, negated, planned


def test_each_contradiction_line_carries_its_list_and_reason(export: Export) -> None:
    found = {o["id"]: o for o in _lines(export("jsonl").stdout) if o["type"] == "contradiction"}
    assert (found["con_1"]["status"], found["con_1"]["reason"]) == ("contradiction", None)
    held = found["con_review"]
    assert (held["status"], held["reason"], held["timing"]) == (
        "review",
        "weak_evidence",
        "unordered",
    )
    assert held["reason_text"] == "the contact is only alleged or hedged"
