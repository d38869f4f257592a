"""Score the whole pipeline against onrecord's own gold set (format: ``onrecord/demo/README.md``).

The corpus is added to a throw-away SQLite case exactly as ``onrecord add`` would add it, so the
figures measure what a user's case would hold — ingest and cleaning included — and not a
shortcut around them. Gold lines name their article by corpus file name (``file.jsonl#N`` for
the N-th line of a JSONL file); stored articles are mapped back to those names from their
``origin``.

Extraction output is read *before* the check stage runs, because resolving across articles may
merge per-article events; contradictions are read after it, and so is the date the record shows
for each article's contact (that of the contact it was resolved into, which other reports may
have dated): the date a reader of the record sees, scored beside the one its own text gives.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from onrecord.case import Case, init_case
from onrecord.casebook import FILENAME
from onrecord.evaluate.gold_scorers import (
    CheckedRecord,
    StoredRecord,
    score_contradictions,
    score_dates,
    score_events,
    score_reports,
    score_roles,
    score_statements,
)
from onrecord.evaluate.matching import alias_keys
from onrecord.ingest import SourceMeta
from onrecord.pipeline import AddResult, add_sources, run_check
from onrecord.readmodel import RESOLVE_STAGE
from onrecord.record import Entity, Event, EventLink, Report, Role, Statement
from onrecord.store.engine import sqlite_url

GOLD_FILE = "gold.jsonl"
Line = dict[str, Any]

_JSONL_LINE = re.compile(r"^(.*\.jsonl(?:\.gz)?):(\d+)(?:#.*)?$")


def evaluate_gold(corpus: Path, gold: Path, casebook: Path | None = None) -> dict[str, Any]:
    """Add ``corpus`` to a temporary case (with ``casebook``, by default the ``casebook.yaml``
    beside the gold file), run the check stage, and score the stored record
    per type against ``gold`` (a gold JSONL file or a folder holding ``gold.jsonl``)."""
    gold_file = gold / GOLD_FILE if gold.is_dir() else gold
    lines = read_gold(gold_file)
    with tempfile.TemporaryDirectory(prefix="onrecord-eval-") as folder:
        case = temporary_case(Path(folder), casebook or default_casebook(gold_file))
        added = add_sources(case, [str(corpus)], SourceMeta())
        record = load_record(case)
        checked = check_record(case)
        record = with_record_dates(case, record)
    return score_record(lines, record, checked, added)


def read_gold(path: Path) -> list[Line]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def default_casebook(gold_file: Path) -> Path | None:
    candidate = gold_file.parent / FILENAME
    return candidate if candidate.is_file() else None


def temporary_case(folder: Path, casebook: Path | None) -> Case:
    """A SQLite case even when ONRECORD_DB points elsewhere: evaluation must not touch it."""
    case = init_case(folder / "case", db=sqlite_url(folder / "record.db"))
    if casebook is not None:
        shutil.copyfile(casebook, case.casebook_path)
    return case


def gold_name(origin: str) -> str:
    """The gold's name for an article read from ``origin``: the file name, or ``file.jsonl#N``
    for line N of a JSONL file (ingest writes ``path:N``, or ``path:N#id`` when it has an id)."""
    line = _JSONL_LINE.match(origin)
    return f"{Path(line[1]).name}#{line[2]}" if line else Path(origin).name


def load_record(case: Case, name_of: Callable[[str], str] = gold_name) -> StoredRecord:
    """The stored record keyed by the gold's article names (``name_of`` an article's origin)."""
    casebook = case.casebook()
    with case.store() as store:
        articles = list(store.articles())
        return StoredRecord(
            texts={name_of(a.origin): a.clean_text for a in articles},
            anchors={name_of(a.origin): a.anchor_day for a in articles},
            offsets={name_of(a.origin): a.offsets for a in articles},
            article_names={a.id: name_of(a.origin) for a in articles},
            entity_names={e.id: e.name for e in store.all(Entity)},
            statements=tuple(store.all(Statement)),
            events=tuple(store.all(Event)),
            roles=tuple(store.all(Role)),
            reports=tuple(store.all(Report)),
            periods=casebook.periods,
            aliases=alias_keys(casebook.aliases),
        )


def check_record(case: Case) -> CheckedRecord:
    """Run the check stage, then read the statements and events (per-article and resolved)
    its contradictions cite."""
    found = run_check(case)
    with case.store() as store:
        return CheckedRecord(
            contradictions=found.contradictions,
            review=found.review,
            statements={s.id: s for s in store.all(Statement)},
            events={e.id: e for e in store.all(Event)},
        )


def with_record_dates(case: Case, record: StoredRecord) -> StoredRecord:
    """The record with the date each article's contact shows once the check stage resolved it
    into one contact with all its reports: an undated report that joined a dated contact is
    dated there, and a wrong join shows as a wrong date."""
    with case.store() as store:
        became = {link.event: link.resolved for link in store.all(EventLink)}
        dates = {event.id: event.when for event in store.stage_output(Event, RESOLVE_STAGE)}
    shown = {event: dates[resolved] for event, resolved in became.items() if resolved in dates}
    return replace(record, record_dates=shown)


def score_record(
    lines: list[Line], record: StoredRecord, checked: CheckedRecord, added: AddResult
) -> dict[str, Any]:
    by_type: dict[str, list[Line]] = {}
    for line in lines:
        by_type.setdefault(line["type"], []).append(line)
    return {
        "articles": len(record.texts),
        "failed_inputs": [str(failure) for failure in added.failed],
        "statements": score_statements(by_type.get("statement", []), record),
        "events": score_events(by_type.get("event", []), record),
        "roles": score_roles(by_type.get("role", []), record),
        "reports": score_reports(by_type.get("report", []), record),
        "dates": score_dates(by_type.get("date", []), record),
        "contradictions": score_contradictions(
            by_type.get("contradiction", []), by_type.get("non_contradiction", []), record, checked
        ),
    }
