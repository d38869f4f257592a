"""How far two annotators of the real-news gold agree: the ceiling a figure on the gold can be
read against. A contact the product misses may be one a second careful reader misses too.

Contacts are paired the way the product's contacts are scored against the gold (one to one
within an article; compatible kind, shared participants, overlapping spans), so the agreement
F1 is on the same scale as the product's. Stances are compared on the same statements (same
article, span and speaker), for the denials above all. Judged contacts (the fresh articles'
``contact_dates.jsonl``) are compared item by item: is it a contact, and when was it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from onrecord.dates import FuzzyDate
from onrecord.evaluate.gold_scorers import same_parties
from onrecord.evaluate.matching import match_by_article, share
from onrecord.evaluate.realnews_gold import Line, judged_a_contact, told_as_happened
from onrecord.record import Relation


def contact_agreement(first: Sequence[Line], second: Sequence[Line]) -> dict[str, Any]:
    """P/R/F1 of the second annotator's contacts against the first's, on the articles the
    second annotated (its ``article`` lines), and how often the two give a paired contact the
    same date."""
    articles = {line["article"] for line in second if line.get("type") == "article"}
    one = [line for line in _contacts(first) if line["article"] in articles]
    two = _contacts(second)
    pairs = match_by_article(one, two, _article, _article, _contact_score)
    matched = len(pairs)
    precision = matched / len(two) if two else 0.0
    recall = matched / len(one) if one else 0.0
    f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
    dated = [(a, b) for a, b in pairs if a.get("when")]
    return {
        "articles": len(articles),
        "first": len(one),
        "second": len(two),
        "matched": matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "same_date": {
            "agree": sum(1 for a, b in dated if a["when"] == b.get("when")),
            "of": len(dated),
        },
    }


def stance_agreement(first: Sequence[Line], second: Sequence[Line]) -> dict[str, Any]:
    """Share of the second annotator's statement lines given the first's stance, the denials'
    F1 between the two, and the disagreements by (first, second) stance."""
    given = {_statement_key(line): line["stance"] for line in _statements(first)}
    labelled = [(given.get(_statement_key(line)), line["stance"]) for line in _statements(second)]
    both = [(a, b) for a, b in labelled if a is not None]
    denials = sum(1 for a, b in both if a == b == "deny")
    first_denials = sum(1 for a, _ in both if a == "deny")
    second_denials = sum(1 for _, b in both if b == "deny")
    total = first_denials + second_denials
    return {
        "statements": len(both),
        "stance_agreement": round(sum(a == b for a, b in both) / len(both), 4) if both else 0.0,
        "deny": {
            "first": first_denials,
            "second": second_denials,
            "both": denials,
            "f1": round(2 * denials / total, 4) if total else 0.0,
        },
        "disagreements": {f"{a}->{b}": n for (a, b), n in Counter(both).most_common() if a != b},
    }


def judged_agreement(first: Sequence[Line], second: Sequence[Line]) -> dict[str, Any]:
    """For the same reported contacts judged twice: how often both readers decide alike
    whether it is a contact told as having happened (each sure enough to say yes or no), and,
    of those both accept, how often they give it the same interval or both leave it undated."""
    given = {_judged_key(line): line for line in first}
    pairs = [(given[key], line) for line in second if (key := _judged_key(line)) in given]
    decided = [(a, b) for a, b in pairs if "unsure" not in (a["contact"], b["contact"])]
    accepted = [(a, b) for a, b in decided if judged_a_contact(a) and judged_a_contact(b)]
    return {
        "judged": len(pairs),
        "decided_by_both": len(decided),
        "contact_agreement": share(
            sum(judged_a_contact(a) == judged_a_contact(b) for a, b in decided), len(decided)
        ),
        "accepted_by_both": len(accepted),
        "date_agreement": share(
            sum(_interval(a["when"]) == _interval(b["when"]) for a, b in accepted), len(accepted)
        ),
        "dated_by_both": sum(1 for a, b in accepted if a["when"] and b["when"]),
    }


def _judged_key(line: Line) -> tuple[str, int, int, str]:
    return (line["article"], line["start"], line["end"], line["kind"])


def _interval(when: str | None) -> tuple[object, object] | None:
    """A date as the interval it names, so "2016-07" and "2016-07-01..2016-07-31" agree."""
    if not when:
        return None
    parsed = FuzzyDate.parse(when)
    return (parsed.start, parsed.end)


def _contacts(lines: Sequence[Line]) -> list[Line]:
    return [line for line in lines if line.get("type") == "event" and told_as_happened(line)]


def _statements(lines: Sequence[Line]) -> list[Line]:
    return [line for line in lines if line.get("type", "statement") == "statement"]


def _article(line: Line) -> str:
    return str(line["article"])


def _statement_key(line: Line) -> tuple[str, int, int, str]:
    return (line["article"], line["start"], line["end"], line.get("speaker") or "")


def _contact_score(one: Line, two: Line) -> float | None:
    """As the product's contacts are scored: "contact" is compatible with every kind; two
    shared participants (one when either side names only one); overlapping spans. Exact kind
    and date break ties."""
    if not Relation(two["kind"]).fits(one["kind"]):
        return None
    if not same_parties(one["participants"], two["participants"]):
        return None
    if not (one["start"] < two["end"] and two["start"] < one["end"]):
        return None
    same_kind: bool = one["kind"] == two["kind"]
    same_date: bool = one.get("when") == two.get("when")
    return 1.0 + same_kind + same_date
