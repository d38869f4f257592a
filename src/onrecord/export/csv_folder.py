"""CSV export: one file per record type in a folder, for spreadsheet users.

The rows are the JSONL objects (:func:`onrecord.export.jsonl.record_objects`) flattened
(:mod:`onrecord.export.flat`): ``said_on.start``, ``proposition.relation``, ``evidence.text``…
An event's reports go to ``reports.csv`` with the event's id, since a spreadsheet cannot nest
them. The columns are fixed per file, so every file has its header even when the case holds
no record of that type.

``events.csv`` holds both the record's contacts and each article's own telling of them:
``level`` says which (``resolved`` after check, ``article`` for a telling), and an article's
telling names the ``resolved_event`` it became. ``reports.csv`` lists the reports of the
record's events only, so each report is counted once. Booleans are ``true`` and ``false``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from onrecord.export.flat import Scalar, evidence_columns, flatten
from onrecord.export.jsonl import record_objects
from onrecord.store import Store


def _interval(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}.{field}" for field in ("start", "end", "precision", "text"))


COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id", "url", "title", "outlet", "authors", "published.value", "published.source",
        "published.confidence", "chars", "origin", "duplicate_of", "text",
    ),
    "entities": ("id", "name", "kind", "aliases", "curated", "canonical"),
    "entity_links": ("id", "entity", "article", "canonical", "rule"),
    "roles": (
        "id", "entity", "title", "org", "start", "end", "former", *evidence_columns("evidence"),
    ),
    "memberships": (
        "id", "entity", "group", *_interval("when"), "source", *evidence_columns("evidence"),
    ),
    "statements": (
        "id", "article", "speaker", "speaker_name", "text", "kind", "cue", "stance",
        *_interval("said_on"), "venue", "addressee", "proposition.relation",
        "proposition.subjects", "proposition.objects", *_interval("proposition.period"),
        "proposition.polarity", "proposition.quantifier", "confidence", "extractor",
        *evidence_columns("evidence"), *evidence_columns("speaker_evidence"),
    ),
    "events": (
        "id", "level", "resolved_event", "kind", "participants.entity", "participants.name",
        *_interval("when"), "place", "hedged", "negated", "assertion", "confidence",
        "first_reported", "independent_sources", *evidence_columns("evidence"),
    ),
    "reports": (
        "event", "article", "outlet", "published", "credited_to", "basis", "original",
        *evidence_columns("evidence"),
    ),
    "contradictions": (
        "id", "claim", "statement", "against_events", "against_statements", "rule", "timing",
        "confidence", "explanation", "status", "reason", "reason_text",
    ),
    "evasions": ("id", "statement", "stance", "explanation", "events"),
    "account_steps": (
        "id", "speaker", "statement", "position", *_interval("said"), "stance", "change",
        "detail",
    ),
    "decisions": ("id", "kind", "subject", "object", "value", "note", "made_at"),
}  # fmt: skip


FILES = {
    "article": "articles",
    "entity": "entities",
    "entity_link": "entity_links",
    "role": "roles",
    "membership": "memberships",
    "statement": "statements",
    "event": "events",
    "contradiction": "contradictions",
    "evasion": "evasions",
    "account_step": "account_steps",
    "decision": "decisions",
}


def _rows(store: Store, with_text: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file, row) pairs: the JSONL objects, flattened, with each event's reports apart."""
    for obj in record_objects(store, with_text):
        name = FILES[obj.pop("type")]
        for report in obj.pop("reports", ()):
            yield "reports", flatten({"event": obj["id"], **report})
        yield name, flatten(obj)


def _cell(value: Scalar) -> Scalar:
    """``true``/``false`` for booleans, as spreadsheets and JSON write them, not Python's."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _open(path: Path) -> TextIO:
    return path.open("w", encoding="utf-8", newline="")  # csv writes its own line endings


def write_csv(store: Store, folder: Path, with_text: bool = False) -> int:
    """Write ``<type>.csv`` files into ``folder`` (created if needed); returns the rows written.

    Fields without a column (the ``type`` tag every JSONL object has) are dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with ExitStack() as files:
        writers = {
            name: csv.DictWriter(
                files.enter_context(_open(folder / f"{name}.csv")),
                fieldnames=columns,
                extrasaction="ignore",
            )
            for name, columns in COLUMNS.items()
        }
        for writer in writers.values():
            writer.writeheader()
        for name, row in _rows(store, with_text):
            writers[name].writerow({column: _cell(value) for column, value in row.items()})
            count += 1
    return count
