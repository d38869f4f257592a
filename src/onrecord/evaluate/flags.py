"""Judged flags: a fact-checker's verdict on each contradiction a real-news run flags.

A label is keyed by what a reader judges, not by ids that change with every run: the statement's
article and its character span in the source text, and the people of what is held against it
(surname keys, sorted). A flag takes the label of the same article and people whose statement
span covers most of its own (overlap ≥ ``SAME_SPAN``), so labels survive re-runs and small
changes to where a statement's evidence starts or ends; a flag no label covers is listed, with
its explanation, for labeling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.errors import GoldError
from onrecord.evaluate.gold_scorers import CheckedRecord, StoredRecord
from onrecord.evaluate.matching import name_key, overlap
from onrecord.evaluate.realnews_gold import Line, Texts, read_lines
from onrecord.record import Contradiction

VERDICTS = ("correct", "partial", "wrong")
FAILURES = (
    "not-a-denial",
    "wrong-speaker",
    "reporters-prose",
    "question-or-fragment",
    "event-not-real",
    "wrong-participants",
    "report-date-as-event-date",
    "people-out-of-scope",
    "time-out-of-scope",
    "topic-out-of-scope",
    "duplicate",
)
SAME_SPAN = 0.5
TOP = 20  # the flags a user reads first


@dataclass(frozen=True)
class FlagKey:
    """What makes two flags the same judgement."""

    article: str
    start: int
    end: int
    against: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "statement": {"article": self.article, "start": self.start, "end": self.end},
            "against": list(self.against),
        }

    def covers(self, other: FlagKey) -> bool:
        return (self.article, self.against) == (other.article, other.against) and overlap(
            (self.start, self.end), (other.start, other.end)
        ) >= SAME_SPAN


@dataclass(frozen=True)
class Label:
    key: FlagKey
    verdict: str
    failure: str | None


def read_labels(path: Path) -> list[Label]:
    """The judged flags; a verdict or failure class outside the fixed lists is an error."""
    if not path.is_file():
        return []
    return [_label(line, number) for number, line in enumerate(read_lines(path), 1)]


def _label(line: Line, number: int) -> Label:
    verdict, failure = line.get("verdict"), line.get("failure")
    if verdict not in VERDICTS:
        raise GoldError(f"flag label {number}: verdict {verdict!r} is not one of {VERDICTS}")
    if failure is not None and failure not in FAILURES:
        raise GoldError(f"flag label {number}: failure {failure!r} is not one of {FAILURES}")
    if (verdict == "correct") != (failure is None):
        raise GoldError(f"flag label {number}: a wrong or partial flag names its failure class")
    statement = line["statement"]
    key = FlagKey(
        statement["article"], statement["start"], statement["end"], tuple(line["against"])
    )
    return Label(key, verdict, failure)


def flag_key(contradiction: Contradiction, checked: CheckedRecord, record: StoredRecord) -> FlagKey:
    """The statement's span in its source text and the people it is held against."""
    evidence = checked.statements[contradiction.statement].evidence
    article = record.article(evidence)
    offsets = record.offsets.get(article)
    start, end = (
        (offsets.to_raw(evidence.start), offsets.to_raw(evidence.end))
        if offsets
        else (evidence.start, evidence.end)
    )
    people = {
        name_key(name, record.aliases) for name in _against_names(contradiction, checked, record)
    }
    return FlagKey(article, start, end, tuple(sorted(" ".join(filter(None, k)) for k in people)))


def _against_names(
    contradiction: Contradiction, checked: CheckedRecord, record: StoredRecord
) -> Iterable[str]:
    """The participants of the events, and the people an admission names."""
    for event_id in contradiction.against_events:
        event = checked.events.get(event_id)
        if event is not None:
            yield from (p.name for p in event.participants)
    for statement_id in contradiction.against_statements:
        statement = checked.statements.get(statement_id)
        if statement is not None and statement.proposition is not None:
            proposition = statement.proposition
            for entity in (*proposition.subjects, *proposition.objects):
                yield record.entity_names.get(entity, entity)


Verdict = tuple[Contradiction, FlagKey, Label | None]


def judge_flags(
    checked: CheckedRecord, record: StoredRecord, labels: Sequence[Label], texts: Texts
) -> dict[str, Any]:
    """Precision over the labeled flags of the *contradictions* list (all of them, and the
    first ``TOP`` by confidence), the failure classes of the wrong ones, and a worksheet of the
    flags no label covers; the list for review apart, by reason, with whatever labels cover it
    (flags judged before the two lists existed) — it needs no new labels."""
    verdicts = _verdicts(checked.contradictions, checked, record, labels)
    found = [label for _, _, label in verdicts if label is not None]
    top = [label for _, _, label in verdicts[:TOP] if label is not None]
    return {
        **_summary(verdicts),
        "labels": len(labels),
        "top": {"flags": min(TOP, len(verdicts)), **_precision(top)},
        "failures": _failures(found),
        "unlabeled_flags": [
            _worksheet(c, key, checked, texts) for c, key, label in verdicts if label is None
        ],
        "review": _review(checked, record, labels),
        "reliability": reliability(
            [*verdicts, *_verdicts(checked.review, checked, record, labels)]
        ),
    }


#: Confidence bins of the reliability table: [low, high), the last one closed.
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0))


def reliability(verdicts: Sequence[Verdict]) -> list[dict[str, Any]]:
    """Confidence against judgement, over the labeled findings of both lists: a finding at 0.9
    should be right about nine times in ten. Each bin gives its findings, how many are
    labeled, and the share of those judged correct (and correct or partial)."""
    return [
        _bin(low, high, [v for v in verdicts if _in_bin(v[0].confidence, low, high)])
        for low, high in BINS
    ]


def _in_bin(value: float, low: float, high: float) -> bool:
    return low <= value < high or (high == BINS[-1][1] and value == high)


def _bin(low: float, high: float, verdicts: Sequence[Verdict]) -> dict[str, Any]:
    found = [label for _, _, label in verdicts if label is not None]
    right = _precision(found)
    return {
        "confidence": f"{low:.1f}-{high:.1f}",
        "findings": len(verdicts),
        "labeled": len(found),
        "correct_share": right["precision"] if found else None,
        "correct_or_partial_share": right["precision_with_partial"] if found else None,
    }


def _verdicts(
    findings: Sequence[Contradiction],
    checked: CheckedRecord,
    record: StoredRecord,
    labels: Sequence[Label],
) -> list[Verdict]:
    """Each finding, highest confidence first, with its key and the label covering it."""
    ranked = sorted(findings, key=lambda c: (-c.confidence, c.id))
    keyed = [(c, flag_key(c, checked, record)) for c in ranked]
    return [(c, key, _label_of(key, labels)) for c, key in keyed]


def _summary(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    found = [label for _, _, label in verdicts if label is not None]
    return {
        "total": len(verdicts),
        "labeled": len(found),
        "unlabeled": len(verdicts) - len(found),
        "labeled_share": round(len(found) / len(verdicts), 4) if verdicts else 1.0,
        **_precision(found),
    }


def _failures(labels: Sequence[Label]) -> dict[str, int]:
    return dict(Counter(label.failure for label in labels if label.failure).most_common())


def _review(
    checked: CheckedRecord, record: StoredRecord, labels: Sequence[Label]
) -> dict[str, Any]:
    """The list for review: its size, its reasons and its judged precision where keys match."""
    verdicts = _verdicts(checked.review, checked, record, labels)
    reasons = Counter(c.reason.value for c in checked.review if c.reason is not None)
    return {
        **_summary(verdicts),
        "reasons": dict(reasons.most_common()),
        "failures": _failures([label for _, _, label in verdicts if label is not None]),
    }


def _label_of(key: FlagKey, labels: Sequence[Label]) -> Label | None:
    return next((label for label in labels if label.key.covers(key)), None)


def _precision(labels: Sequence[Label]) -> dict[str, Any]:
    """Strict precision (correct only) and lenient (partial counts as right)."""
    counts = Counter(label.verdict for label in labels)
    total = len(labels)
    return {
        "precision": round(counts["correct"] / total, 4) if total else 0.0,
        "precision_with_partial": (
            round((counts["correct"] + counts["partial"]) / total, 4) if total else 0.0
        ),
        **{verdict: counts[verdict] for verdict in VERDICTS},
    }


def _worksheet(
    contradiction: Contradiction, key: FlagKey, checked: CheckedRecord, texts: Texts
) -> dict[str, Any]:
    """What a labeler needs: the key to copy, the words, and the tool's own explanation."""
    statement = checked.statements[contradiction.statement]
    return {
        **key.as_json(),
        "confidence": contradiction.confidence,
        "timing": contradiction.timing.value,
        "speaker": statement.speaker_name,
        "source_text": _source_text(key, texts),
        "explanation": contradiction.explanation,
    }


def _source_text(key: FlagKey, texts: Texts) -> str:
    try:
        return texts[key.article][key.start : key.end]
    except GoldError:
        return ""
