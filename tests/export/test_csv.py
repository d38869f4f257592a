"""CSV: one file per record type in a folder, nested fields flattened to plain columns."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

from onrecord.case import open_case
from onrecord.export.csv_folder import COLUMNS, FILES
from onrecord.export.flat import flatten
from onrecord.record import Event, EventLink, Report
from tests.export.conftest import HOSTILE, MEETING, Export


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_each_type_gets_its_own_file_with_flat_columns(export: Export, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = export("csv", "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.csv" for n in COLUMNS)
    statement = _read(folder / "statements.csv")[0]
    assert statement["said_on.start"] == "2017-02-16"
    assert statement["said_on.precision"] == "day"
    assert statement["proposition.relation"] == "contact"
    assert statement["proposition.objects"] == "ent_kisljak"
    assert statement["evidence.text"].startswith('"No contact,"')
    assert statement["evidence.suffix"].startswith(" " + HOSTILE[:20])


def test_an_event_row_names_its_participants_and_its_reports_get_their_own_rows(
    export: Export, tmp_path: Path
) -> None:
    export("csv", "-o", str(tmp_path))
    events = {row["id"]: row for row in _read(tmp_path / "events.csv")}
    meeting = events["evt_meeting"]
    assert meeting["participants.name"] == "Trump | Sergeï Kisljak"
    assert meeting["when.start"] == meeting["when.end"] == "2016-04-27"
    assert meeting["first_reported"] == "2016-05-13"
    assert meeting["evidence.text"] == MEETING
    reports = _read(tmp_path / "reports.csv")
    assert {r["event"] for r in reports} == {"evt_meeting", "evt_call"}
    assert events["evt_negated"]["negated"] == "true"  # CSV is lossless: negated rows stay
    assert events["evt_planned"]["assertion"] == "planned"  # and so do plans, with their grade


def test_hostile_text_round_trips_through_the_csv_module(export: Export, tmp_path: Path) -> None:
    export("csv", "-o", str(tmp_path), "--with-text")
    articles = _read(tmp_path / "articles.csv")
    assert HOSTILE in {a["title"] for a in articles}
    assert all(a["text"] for a in articles)
    assert {e["name"] for e in _read(tmp_path / "entities.csv")} >= {HOSTILE, "Sergeï Kisljak"}


def test_csv_to_standard_output_is_a_usage_error_that_says_what_to_do(export: Export) -> None:
    result = export("csv")
    assert result.exit_code == 2
    assert "-o FOLDER" in result.output


def test_every_jsonl_field_has_a_csv_column(export: Export) -> None:
    """A field added to the JSONL objects must get a column, or CSV would drop it silently."""
    for line in export("jsonl", "--with-text").stdout.splitlines():
        obj = json.loads(line)
        for report in obj.pop("reports", []):
            assert set(flatten({"event": obj["id"], **report})) <= set(COLUMNS["reports"])
        columns = set(flatten(obj)) - {"type"}
        assert columns <= set(COLUMNS[FILES[obj["type"]]]), obj["type"]


def test_the_contradictions_file_says_which_list_each_finding_is_on(
    export: Export, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    assert export("csv", "-o", str(folder)).exit_code == 0
    rows = {row["id"]: row for row in _read(folder / "contradictions.csv")}
    assert (rows["con_1"]["status"], rows["con_1"]["reason"]) == ("contradiction", "")
    held = rows["con_review"]
    assert (held["status"], held["reason"]) == ("review", "weak_evidence")
    assert held["reason_text"] == "the contact is only alleged or hedged"


def test_after_check_each_event_row_says_its_level_and_each_report_is_counted_once(
    case: Path, export: Export, tmp_path: Path
) -> None:
    with open_case(case).store() as store:
        (meeting,) = (e for e in store.all(Event) if e.id == "evt_meeting")
        (report,) = (r for r in store.all(Report) if r.event == "evt_meeting")
        resolved = dataclasses.replace(meeting, id="evt_resolved")
        copy = dataclasses.replace(report, id="rep_resolved", event="evt_resolved")
        link = EventLink("elink_1", "evt_meeting", meeting.evidence[0].article, "evt_resolved")
        store.replace_stage("resolve", [resolved, copy, link])
    export("csv", "-o", str(tmp_path))
    events = {row["id"]: row for row in _read(tmp_path / "events.csv")}
    assert (events["evt_resolved"]["level"], events["evt_resolved"]["resolved_event"]) == (
        "resolved",
        "",
    )
    assert (events["evt_meeting"]["level"], events["evt_meeting"]["resolved_event"]) == (
        "article",
        "evt_resolved",
    )
    reports = _read(tmp_path / "reports.csv")
    assert [r["event"] for r in reports] == ["evt_resolved"]
    assert events["evt_resolved"]["hedged"] == "false"
