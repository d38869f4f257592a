"""The JSON Schema of the JSONL export: one line, one object, told apart by its ``type``.

The schema is built here from the Record's own enumerations (stances, relations, assertion
grades…), so it cannot drift from the code; ``record.schema.json`` beside this module is its
written copy for readers and other tools, regenerated with
``python -m onrecord.export.jsonl_schema > src/onrecord/export/record.schema.json`` (a test
checks the two agree).
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

from onrecord.dates import Precision
from onrecord.record import (
    Assertion,
    DateSource,
    EntityKind,
    Listing,
    Quantifier,
    Relation,
    ReviewReason,
    Stance,
    StatementKind,
    Timing,
)

Schema = dict[str, Any]


def _values(kind: type[Enum]) -> Schema:
    return {"enum": [member.value for member in kind]}


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _string() -> Schema:
    return {"type": "string"}


def _maybe_string() -> Schema:
    return {"type": ["string", "null"]}


def _strings() -> Schema:
    return {"type": "array", "items": _string()}


_OPTIONAL = {"article": ("text",)}  # the article's text only with --with-text


def _line(kind: str, properties: Schema) -> Schema:
    """One line's object: its ``type`` tag, its ``id`` and exactly these fields."""
    key = {"type": "integer"} if kind == "decision" else _string()  # decisions are numbered
    fields = {"type": {"const": kind}, "id": key, **properties}
    optional = _OPTIONAL.get(kind, ())
    return {
        "type": "object",
        "properties": fields,
        "required": [name for name in fields if name not in optional],
        "additionalProperties": False,
    }


_DEFS: Schema = {
    "when": {
        "description": "A date at the precision the text gave: the interval it allows.",
        "type": "object",
        "properties": {
            "start": _nullable({"type": "string", "format": "date"}),
            "end": _nullable({"type": "string", "format": "date"}),
            "precision": _values(Precision),
            "text": _maybe_string(),
        },
        "required": ["start", "end", "precision", "text"],
        "additionalProperties": False,
    },
    "evidence": {
        "description": "The characters of an article a record was read from, with W3C Web "
        "Annotation selectors.",
        "type": "object",
        "properties": {
            "article": _string(),
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "text": _string(),
            "selector": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["article", "start", "end", "text", "selector"],
        "additionalProperties": False,
    },
    "report": {
        "type": "object",
        "properties": {
            "article": _string(),
            "outlet": _maybe_string(),
            "published": _maybe_string(),
            "credited_to": _maybe_string(),
            "basis": _maybe_string(),
            "original": _maybe_string(),
            "evidence": {"$ref": "#/$defs/evidence"},
        },
        "required": ["article", "outlet", "published", "evidence"],
        "additionalProperties": False,
    },
}
_WHEN = _nullable({"$ref": "#/$defs/when"})
_EVIDENCE = {"$ref": "#/$defs/evidence"}
_MAYBE_EVIDENCE = _nullable(_EVIDENCE)
_SCORE = {"type": "number", "minimum": 0, "maximum": 1}

_LINES: dict[str, Schema] = {
    "article": {
        "url": _maybe_string(),
        "title": _maybe_string(),
        "outlet": _maybe_string(),
        "authors": _strings(),
        "published": {
            "type": "object",
            "properties": {
                "value": _maybe_string(),
                "source": _nullable(_values(DateSource)),
                "confidence": {"type": ["number", "null"]},
            },
        },
        "chars": {"type": "integer", "minimum": 0},
        "origin": _maybe_string(),
        "duplicate_of": _maybe_string(),
        "text": _string(),
    },
    "entity": {
        "name": _string(),
        "kind": _values(EntityKind),
        "aliases": _strings(),
        "curated": {"type": "boolean"},
        "canonical": _maybe_string(),
    },
    "entity_link": {
        "entity": _string(),
        "article": _maybe_string(),
        "canonical": _string(),
        "rule": _string(),
    },
    "role": {
        "entity": _string(),
        "title": _string(),
        "org": _maybe_string(),
        "start": _maybe_string(),
        "end": _maybe_string(),
        "former": {"type": "boolean"},
        "evidence": _EVIDENCE,
    },
    "membership": {
        "entity": _string(),
        "group": _string(),
        "when": _WHEN,
        "source": _string(),
        "evidence": _MAYBE_EVIDENCE,
    },
    "statement": {
        "article": _string(),
        "speaker": _maybe_string(),
        "speaker_name": _string(),
        "text": _string(),
        "kind": _values(StatementKind),
        "cue": _string(),
        "stance": _values(Stance),
        "said_on": _WHEN,
        "venue": _maybe_string(),
        "addressee": _maybe_string(),
        "proposition": _nullable(
            {
                "type": "object",
                "properties": {
                    "relation": _values(Relation),
                    "subjects": _strings(),
                    "objects": _strings(),
                    "period": _WHEN,
                    "polarity": {"type": "boolean"},
                    "quantifier": _values(Quantifier),
                },
                "additionalProperties": False,
            }
        ),
        "confidence": _SCORE,
        "extractor": _string(),
        "evidence": _EVIDENCE,
        "speaker_evidence": _MAYBE_EVIDENCE,
    },
    "event": {
        "level": _nullable({"enum": ["resolved", "article"]}),
        "resolved_event": _maybe_string(),
        "kind": _values(Relation),
        "participants": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"entity": _string(), "name": _string()},
                "required": ["entity", "name"],
                "additionalProperties": False,
            },
        },
        "when": _WHEN,
        "place": _maybe_string(),
        "hedged": {"type": "boolean"},
        "negated": {"type": "boolean"},
        "assertion": _values(Assertion),
        "confidence": _SCORE,
        "reports": {"type": "array", "items": {"$ref": "#/$defs/report"}},
        "first_reported": _maybe_string(),
        "independent_sources": {"type": "integer", "minimum": 0},
        "evidence": {"type": "array", "items": _EVIDENCE},
    },
    "contradiction": {
        "claim": _string(),
        "statement": _string(),
        "against_events": _strings(),
        "against_statements": _strings(),
        "rule": _string(),
        "timing": _values(Timing),
        "confidence": _SCORE,
        "explanation": _string(),
        "status": _values(Listing),
        "reason": _nullable(_values(ReviewReason)),
        "reason_text": _string(),
    },
    "evasion": {
        "statement": _string(),
        "stance": _values(Stance),
        "explanation": _string(),
        "events": _strings(),
    },
    "account_step": {
        "speaker": _string(),
        "statement": _string(),
        "position": {"type": "integer", "minimum": 0},
        "said": _WHEN,
        "stance": _values(Stance),
        "change": _string(),
        "detail": _string(),
    },
    "decision": {
        "kind": _string(),
        "subject": _string(),
        "object": _maybe_string(),
        "value": _maybe_string(),
        "note": _maybe_string(),
        "made_at": _maybe_string(),
    },
}


def record_schema() -> Schema:
    """The schema every line of ``onrecord export --format jsonl`` satisfies."""
    lines = {kind: _line(kind, fields) for kind, fields in _LINES.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "onrecord JSONL export: one line",
        "description": "Each line of the export is one of these objects, told apart by its "
        "'type'; lines come in the order of the types listed here.",
        "oneOf": [{"$ref": f"#/$defs/{kind}"} for kind in lines],
        "$defs": {**_DEFS, **lines},
    }


if __name__ == "__main__":
    print(json.dumps(record_schema(), indent=2, ensure_ascii=False))
