"""Score the pipeline on wire and broadcast news no rule was written for: TempEval-3's texts.

TimeBank and AQUAINT (``../shared/data/tempeval3``) hold 256 real news texts of 1989–2000 —
AP and Xinhua wire copy, New York Times and Wall Street Journal stories, CNN, ABC and VOA
broadcast transcripts — each with its creation time. Their TimeML marks dates, not who said
what or who met whom, so ``quality/wire/`` holds blind labels of our own over the plain text
(the characters of the TEXT element; offsets and labels, never the words):

- ``gold.jsonl``: articles read in full for their contacts and their denials, in the real-news
  guide's form (``article``, ``event`` and ``statement`` lines, the statements all denials):
  contact P/R/F1, people and dates as the real-news gold scores them, and denial P/R/F1 as the
  fresh set's full readings are scored (:func:`~onrecord.evaluate.fresh.score_fresh_denials`);
- ``holdout.jsonl``: more articles read the same way, scored apart as ``holdout`` — rules are
  written against the misses of ``gold.jsonl`` only, so these say whether they carry;
- ``stances.jsonl``: a reader's stance for statements onrecord found, its denials mixed with
  negated statements it did not call denials (the fresh set's form);
- ``contact_dates.jsonl``: every contact onrecord reported, judged by a reader shown the span
  but not its date (the fresh set's form).

Another decade, other outlets and other shapes of copy (1998 wire quotes open with two
backquotes) than the 2016 campaign coverage every rule was written against: how far the record
carries. All texts go into one throw-away case without a casebook, as a new user starts.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from onrecord.errors import GoldError
from onrecord.evaluate.fresh import score_fresh_dates, score_fresh_denials, score_fresh_stances
from onrecord.evaluate.gold import check_record, load_record, temporary_case, with_record_dates
from onrecord.evaluate.gold_scorers import StoredRecord
from onrecord.evaluate.polnear_corpus import origin_name
from onrecord.evaluate.realnews import (
    contact_miss_causes,
    contact_pairs,
    read_realnews_gold,
    restricted,
    score_contacts,
)
from onrecord.evaluate.realnews_gold import read_lines, told_as_happened
from onrecord.evaluate.timeml import creation_time, timeml_files
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources

GOLD_FILE = "gold.jsonl"
HOLDOUT_FILE = "holdout.jsonl"
STANCES_FILE = "stances.jsonl"
DATES_FILE = "contact_dates.jsonl"
#: The last unseen texts, read in full after the tuned and held-out ones: scored apart, as
#: ``fresh``, so the tuned figures keep their articles.
FRESH_FILE = "fresh.jsonl"


def default_wire_dir() -> Path:
    """``quality/wire`` of the checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "quality" / "wire"


def document_text(file: Path) -> str:
    """What a reader of the document sees: its TEXT element with the TimeML tags taken out
    (the offsets of every label index into this)."""
    body = ElementTree.parse(file).getroot().find("TEXT")
    return "".join(body.itertext()) if body is not None else ""


def wire_text(data: Path, name: str) -> str:
    """The text of the document named ``name`` (its file name without ``.tml``) under ``data``."""
    for file in timeml_files(data):
        if file.stem == name:
            return document_text(file)
    raise GoldError(f"document {name!r} is not under {data}")


def wire_articles(data: Path) -> Iterator[dict[str, Any]]:
    """Each document as an ``onrecord add``-able JSONL line, dated by its creation time."""
    for file in timeml_files(data):
        day = creation_time(ElementTree.parse(file).getroot())
        yield {
            "id": file.stem,
            "text": document_text(file),
            "published": day.isoformat() if day else None,
        }


def evaluate_wire(data: Path, gold_dir: Path | None = None) -> dict[str, Any]:
    """Add every TimeBank and AQUAINT text under ``data`` to a temporary case, check it, and
    score the record against the blind labels in ``gold_dir``."""
    gold_dir = gold_dir or default_wire_dir()
    with tempfile.TemporaryDirectory(prefix="onrecord-wire-") as folder:
        case = temporary_case(Path(folder), None)
        corpus = Path(folder) / "wire.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for article in wire_articles(data):
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        added = add_sources(case, [str(corpus)], SourceMeta())
        record = load_record(case, origin_name)
        check_record(case)
        record = with_record_dates(case, record)
    return {
        "articles_added": len(record.texts),
        "failed_inputs": [str(failure) for failure in added.failed],
        **score_wire(gold_dir, record),
    }


def score_wire(gold_dir: Path, record: StoredRecord) -> dict[str, Any]:
    """The figures of each label file ``gold_dir`` holds."""
    scores: dict[str, Any] = {}
    if (gold_dir / GOLD_FILE).is_file():
        scores.update(_read_in_full(read_realnews_gold(gold_dir, GOLD_FILE), record))
    if (gold_dir / HOLDOUT_FILE).is_file():  # counts only: its misses are never read for rules
        scores["holdout"] = _read_in_full(read_realnews_gold(gold_dir, HOLDOUT_FILE), record)
    if (gold_dir / FRESH_FILE).is_file():
        scores["fresh"] = _read_in_full(read_realnews_gold(gold_dir, FRESH_FILE), record)
    if (gold_dir / STANCES_FILE).is_file():
        scores["stances"] = score_fresh_stances(read_lines(gold_dir / STANCES_FILE), record)
    if (gold_dir / DATES_FILE).is_file():
        scores["contact_dates"] = score_fresh_dates(read_lines(gold_dir / DATES_FILE), record)
    return scores


def _read_in_full(lines: list[dict[str, Any]], record: StoredRecord) -> dict[str, Any]:
    """Contacts and denials of the articles read in full: what onrecord reports elsewhere has
    no label, what it reports there is right or wrong."""
    annotated = {line["article"] for line in lines if line["type"] == "article"}
    mine = restricted(record, annotated)
    events = [line for line in lines if line["type"] == "event"]
    positives = [line for line in events if told_as_happened(line)]
    pairs = contact_pairs(positives, mine)
    return {
        "articles": len(annotated),
        "events": score_contacts(events, pairs, mine),
        "contact_misses": contact_miss_causes(positives, pairs, mine),
        "denials": score_fresh_denials(lines, mine),
    }
