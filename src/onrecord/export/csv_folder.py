"""CSV export: one file per record type in a folder, for spreadsheet users.

The rows are the JSONL objects flattened (:mod:`onrecord.export.flat`): ``said_on.start``,
``proposition.relation``, ``evidence.text``… An event's reports go to ``reports.csv`` with the
event's id, since a spreadsheet cannot nest them. The columns are fixed per file, so every file
has its header even when the case holds no record of that type.

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

from onrecord.export.evidence import Citations
from onrecord.export.flat import Scalar, evidence_columns, flatten
from onrecord.export.jsonl import (
    article_object,
    claim_ids,
    contradiction_object,
    entity_object,
    event_object,
    role_object,
    statement_object,
)
from onrecord.export.view import RESOLVE_STAGE, record_events, reports_by_event
from onrecord.record import Contradiction, Entity, Role, Statement
from onrecord.record import Event as EventRecord
from onrecord.resolve.model import EventLink
from onrecord.store import Store


def _interval(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}.{field}" for field in ("start", "end", "precision", "text"))


COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id", "url", "title", "outlet", "authors", "published.value", "published.source",
        "published.confidence", "chars", "origin", "duplicate_of", "text",
    ),
    "entities": ("id", "name", "kind", "aliases", "curated"),
    "roles": (
        "id", "entity", "title", "org", "start", "end", "former", *evidence_columns("evidence"),
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
}  # fmt: skip


def _rows(store: Store, with_text: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file, row) pairs in the JSONL order, so ids appear before the rows citing them."""
    cite = Citations(store)
    yield from (("articles", flatten(article_object(a, with_text))) for a in store.articles())
    yield from (("entities", flatten(entity_object(e))) for e in store.all(Entity))
    yield from (("roles", flatten(role_object(r, cite))) for r in store.all(Role))
    yield from (("statements", flatten(statement_object(s, cite))) for s in store.all(Statement))
    reports = reports_by_event(store)
    in_record = {e.id for e in record_events(store)}
    resolved = {e.id for e in store.stage_output(EventRecord, RESOLVE_STAGE)}
    became = {link.event: link.resolved for link in store.all(EventLink)}
    for event in store.all(EventRecord):
        obj = event_object(event, reports.get(event.id, []), cite)
        for report in obj.pop("reports") if event.id in in_record else ():
            yield "reports", flatten({"event": event.id, **report})
        level = "resolved" if event.id in resolved else "article"
        yield "events", flatten({**obj, "level": level, "resolved_event": became.get(event.id)})
    claims = claim_ids(store)
    yield from (
        ("contradictions", flatten(contradiction_object(c, claims.get(c.id))))
        for c in store.all(Contradiction)
    )


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
