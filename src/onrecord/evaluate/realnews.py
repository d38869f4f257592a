"""Score the pipeline on real news: PolNeAR articles annotated by hand, and judged flags.

Every article of PolNeAR's train and dev splits is added to one throw-away case, as a user with
a few hundred articles about a campaign would add them, with the reporter's casebook beside the
gold (``quality/realnews/casebook.yaml``). Statements and contact events are scored on the
annotated articles (``gold.jsonl``: offsets into the source text, see ``GUIDE.md``);
contradictions against the gold's own contradictions, restricted to denials in annotated
articles; and every contradiction the run flags is looked up in the judged flags
(``flags.jsonl``), which give the precision a fact-checker would see.

The held-out articles (``holdout.jsonl``, annotated the same way) are scored apart and their
misses are never listed: every rule was tuned on the misses of ``gold.jsonl``, so only articles
no one tuned on say how the record carries over to new text. Blind labels on articles outside
both (``fresh/``, see :mod:`onrecord.evaluate.fresh`) are scored apart too.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from onrecord.evaluate.flags import judge_flags, read_labels
from onrecord.evaluate.fresh import score_fresh, score_fresh_stances
from onrecord.evaluate.gold import (
    check_record,
    load_record,
    temporary_case,
    with_record_dates,
)
from onrecord.evaluate.gold_scorers import (
    CheckedRecord,
    StoredRecord,
    has_date,
    match_events,
    match_statements,
    same_people,
    score_contradictions,
    score_events,
    score_statements,
    speaker_right,
)
from onrecord.evaluate.matching import accuracy
from onrecord.evaluate.polnear_corpus import origin_name, polnear_articles, split_names, write_jsonl
from onrecord.evaluate.realnews_gold import Line, Texts, read_lines, span_text, told_as_happened
from onrecord.extract.events import trigger_kind
from onrecord.extract.nlp import load_nlp
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources
from onrecord.record import Event, Stance, Statement

GOLD_FILE = "gold.jsonl"
HOLDOUT_FILE = "holdout.jsonl"
FLAGS_FILE = "flags.jsonl"
CASEBOOK_FILE = "casebook.yaml"
SECOND_READING_SPANS = "second/statement_spans.jsonl"
MISSES = 25  # the worst misses listed


def default_gold_dir() -> Path:
    """``quality/realnews`` of the checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "quality" / "realnews"


def read_realnews_gold(gold_dir: Path, name: str = GOLD_FILE) -> list[Line]:
    """The gold lines, events translated to the scorers' flags: an alleged contact is a hedged
    one; a planned, negated or hypothetical one must not be extracted as a contact."""
    return [_scorer_line(line) for line in read_lines(gold_dir / name)]


def _scorer_line(line: Line) -> Line:
    if line.get("type") != "event":
        return line
    status = line.get("status", "asserted")
    return {
        **line,
        "hedged": status == "alleged",
        "negated": status == "negated",
        "planned": status in ("planned", "hypothetical"),
    }


def evaluate_realnews(data: Path, gold_dir: Path | None = None) -> dict[str, Any]:
    """Add every train and dev article of PolNeAR (``data``) to a temporary case, check it, and
    score the record against the real-news gold and the judged flags in ``gold_dir``."""
    gold_dir = gold_dir or default_gold_dir()
    gold = read_realnews_gold(gold_dir)
    labels = read_labels(gold_dir / FLAGS_FILE)
    casebook = gold_dir / CASEBOOK_FILE
    with tempfile.TemporaryDirectory(prefix="onrecord-realnews-") as folder:
        case = temporary_case(Path(folder), casebook if casebook.is_file() else None)
        corpus = Path(folder) / "polnear.jsonl"
        write_jsonl(polnear_articles(data, split_names(data)), corpus)
        added = add_sources(case, [str(corpus)], SourceMeta())
        record = load_record(case, origin_name)
        checked = check_record(case)
        record = with_record_dates(case, record)
    texts = Texts(data)
    result = score_realnews(gold, record, checked, texts)
    flags = judge_flags(checked, record, labels, texts)
    return {
        "articles": result.pop("articles"),
        "articles_added": len(record.texts),
        "failed_inputs": [str(failure) for failure in added.failed],
        **result,
        "flags": flags,
        "flags_labeled": flags["labeled"],
        **_held_out(gold_dir, record, checked, texts),
        **score_fresh(gold_dir, record),
    }


def _held_out(
    gold_dir: Path, record: StoredRecord, checked: CheckedRecord, texts: Texts
) -> dict[str, Any]:
    """``{"holdout": scores}`` of the held-out articles, without their misses (nobody tunes on
    them), or nothing when the gold folder has none."""
    if not (gold_dir / HOLDOUT_FILE).is_file():
        return {}
    scores = score_realnews(read_realnews_gold(gold_dir, HOLDOUT_FILE), record, checked, texts)
    scores.pop("misses")
    spans = gold_dir / SECOND_READING_SPANS
    if spans.is_file():  # a blind stance for the product's own statements there
        scores["statement_spans"] = score_fresh_stances(read_lines(spans), record)
    return {"holdout": scores}


def score_realnews(
    gold: list[Line], record: StoredRecord, checked: CheckedRecord, texts: Texts
) -> dict[str, Any]:
    """The scores over the annotated articles only: what the run found elsewhere has no gold."""
    annotated = {line["article"] for line in gold if "article" in line}
    mine = restricted(record, annotated)
    by_type: dict[str, list[Line]] = {}
    for line in gold:
        by_type.setdefault(line["type"], []).append(line)
    statements, events = by_type.get("statement", []), by_type.get("event", [])
    statement_pairs = match_statements(statements, mine)
    positives = [g for g in events if told_as_happened(g)]
    event_pairs = contact_pairs(positives, mine)
    return {
        "articles": len(annotated),
        "genres": dict(Counter(line["genre"] for line in by_type.get("article", []))),
        "statements": {
            **score_statements(statements, mine),
            "deny_proposition": _deny_propositions(statement_pairs),
        },
        "events": score_contacts(events, event_pairs, mine),
        "contradictions": score_contradictions(
            by_type.get("contradiction", []), [], mine, _checked_in(checked, mine, annotated)
        ),
        "miss_causes": {
            "contacts": contact_miss_causes(positives, event_pairs, mine),
            "denials": _denial_miss_causes(statements, statement_pairs, mine),
        },
        "misses": _misses(statements, statement_pairs, positives, event_pairs, mine, texts),
    }


def contact_pairs(positives: Sequence[Line], record: StoredRecord) -> list[tuple[Line, Event]]:
    """The gold contacts told as having happened, each paired with a contact of the record."""
    return match_events(positives, [e for e in record.events if e.assertion.contact], record)


def score_contacts(
    events: list[Line], pairs: Sequence[tuple[Line, Event]], record: StoredRecord
) -> dict[str, Any]:
    """Contacts found (P/R/F1, grades, dates), the people of those found, and the share dated."""
    contacts = [e for e in record.events if e.assertion.contact]
    positives = [g for g in events if told_as_happened(g)]
    return {
        **score_events(events, record),
        "participants": accuracy([same_people(g, p, record.aliases) for g, p in pairs]),
        "dated": _dated(contacts, positives, pairs),
    }


def restricted(record: StoredRecord, articles: set[str]) -> StoredRecord:
    """The record of the annotated articles: predictions elsewhere are neither right nor wrong."""
    return dataclasses.replace(
        record,
        statements=tuple(s for s in record.statements if record.article(s.evidence) in articles),
        events=tuple(e for e in record.events if record.article(e.evidence[0]) in articles),
    )


def _checked_in(checked: CheckedRecord, record: StoredRecord, articles: set[str]) -> CheckedRecord:
    """Contradictions whose statement lies in an annotated article."""

    def annotated(statement_id: str) -> bool:
        statement = checked.statements.get(statement_id)
        return statement is not None and record.article(statement.evidence) in articles

    kept = tuple(c for c in checked.contradictions if annotated(c.statement))
    held = tuple(c for c in checked.review if annotated(c.statement))
    return dataclasses.replace(checked, contradictions=kept, review=held)


def _deny_propositions(pairs: Sequence[tuple[Line, Statement]]) -> dict[str, Any]:
    """Of the found denials of a contact, how many carry a proposition of a compatible kind:
    without one, no contradiction can be checked."""
    return accuracy(
        [
            p.proposition is not None and p.proposition.relation.fits(g["contact"]["relation"])
            for g, p in pairs
            if g["stance"] == Stance.DENY and g.get("contact")
        ]
    )


def _dated(
    contacts: Sequence[Event], gold: Sequence[Line], pairs: Sequence[tuple[Line, Event]]
) -> dict[str, Any]:
    """Share of extracted contacts that carry a resolved date, beside the gold's share (what
    the text allows). Of the true contacts found, ``where_text_dates`` is the share dated among
    those the text gives a date (right or wrong: ``date`` scores that), and
    ``where_text_does_not`` how many got a date the text does not give."""
    dated = sum(1 for e in contacts if has_date(e))
    gold_dated = sum(1 for g in gold if g.get("when"))
    return {
        "share": round(dated / len(contacts), 4) if contacts else 0.0,
        "dated": dated,
        "total": len(contacts),
        "gold_share": round(gold_dated / len(gold), 4) if gold else 0.0,
        "where_text_dates": accuracy([has_date(p) for g, p in pairs if g.get("when")]),
        "where_text_does_not": sum(1 for g, p in pairs if not g.get("when") and has_date(p)),
    }


def contact_miss_causes(
    gold: Sequence[Line], pairs: Sequence[tuple[Line, Event]], record: StoredRecord
) -> dict[str, int]:
    """Why gold contacts were missed, as counts only (so the held-out articles can say it too
    without listing a miss): a contact there with other people or another kind; one there
    graded as no contact (planned, negated …); or nothing extracted at the contact's sentence,
    split by whether its words hold a contact word at all ("was recommended to Trump by X"
    holds none) or hold one the extractor did not read into a contact (its parties not found,
    say) — new trigger words help the first, better reading of parties the second."""
    found = {id(g) for g, _ in pairs}
    causes = Counter(
        {
            "no_contact_word": 0,
            "contact_word_unread": 0,
            "other_people_or_kind": 0,
            "graded_no_contact": 0,
        }
    )
    for line in gold:
        if id(line) in found:
            continue
        there = [
            e
            for e in record.events
            if record.article(e.evidence[0]) == line["article"]
            and (record.evidence_overlap(line, e.evidence) or 0.0) > 0.0
        ]
        if any(e.assertion.contact for e in there):
            causes["other_people_or_kind"] += 1
        elif there:
            causes["graded_no_contact"] += 1
        elif _has_contact_word(_evidence_text(line, record)):
            causes["contact_word_unread"] += 1
        else:
            causes["no_contact_word"] += 1
    return dict(causes)


def _evidence_text(line: Line, record: StoredRecord) -> str:
    """The gold line's evidence as the stored text has it (empty when cleaning dropped it)."""
    span = record.gold_span(line, "evidence", 0)
    return record.texts.get(line["article"], "")[span[0] : span[1]] if span else ""


def _has_contact_word(text: str) -> bool:
    """Whether a word of ``text``, parsed on its own, is one the extractor reads as naming a
    contact ("met", "the call", "visited")."""
    return any(trigger_kind(token) is not None for token in load_nlp()(text))


def _denial_miss_causes(
    gold: Sequence[Line], pairs: Sequence[tuple[Line, Statement]], record: StoredRecord
) -> dict[str, int]:
    """What became of the gold denials not found as a denial of the right speaker, as counts:
    the statement not found, found with another speaker, or found with another stance (by
    stance: ``as_other`` is a denial read as a mere opinion)."""
    found = {id(g): p for g, p in pairs}
    causes: Counter[str] = Counter({"not_found": 0, "wrong_speaker": 0})
    for line in gold:
        if line.get("stance") != Stance.DENY:
            continue
        predicted = found.get(id(line))
        if predicted is None:
            causes["not_found"] += 1
        elif not speaker_right(line, predicted, record):
            causes["wrong_speaker"] += 1
        elif predicted.stance is not Stance.DENY:
            causes[f"as_{predicted.stance.value}"] += 1
    return dict(causes)


_SEVERITY = {"deny": 0, "not_recall": 1, "decline": 1, "dismiss": 1, "affirm": 2, "other": 4}


def _misses(
    statements: Sequence[Line],
    statement_pairs: Sequence[tuple[Line, Statement]],
    events: Sequence[Line],
    event_pairs: Sequence[tuple[Line, Event]],
    record: StoredRecord,
    texts: Texts,
) -> list[dict[str, Any]]:
    """What the product most needs and did not give, worst first: missed or mis-credited
    denials and evasions, missed contacts, then missed admissions and the rest."""
    found_statements = {id(g) for g, _ in statement_pairs}
    found_events = {id(g) for g, _ in event_pairs}
    misses = [
        (_SEVERITY[g["stance"]], _miss(g, "statement missed", texts))
        for g in statements
        if id(g) not in found_statements
    ]
    misses += [
        (_SEVERITY[g["stance"]], _miss(g, f"speaker given as {p.speaker_name!r}", texts))
        for g, p in statement_pairs
        if g["stance"] != "other" and not speaker_right(g, p, record)
    ]
    misses += [(2, _miss(g, "contact missed", texts)) for g in events if id(g) not in found_events]
    misses.sort(key=lambda pair: (pair[0], pair[1]["article"], pair[1]["start"]))
    return [miss for _, miss in misses[:MISSES]]


def _miss(line: Line, what: str, texts: Texts) -> dict[str, Any]:
    label = line.get("stance") or line.get("kind")
    who = line.get("speaker") or " – ".join(line.get("participants", []))
    return {
        "what": what,
        "article": line["article"],
        "start": line["start"],
        "end": line["end"],
        "gold": f"{line['type']} {label}: {who}",
        "text": span_text(line, texts),
    }
