"""The small comparisons the gold scorers share: names at surname level, title and outlet words,
evidence located in an article, one-to-one matching, and the counts that become P/R/F1.

Canonical names differ from article to article ("Trump", "President Trump", "Donald J. Trump"),
so a name is compared by its surname key — the last word, with a generational suffix kept apart
so that "Trump Jr." never passes for "Trump" — after mapping casebook spelling variants
(Kisliak, Kislak) onto their canonical surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

G = TypeVar("G")
P = TypeVar("P")

NameKey = tuple[str, str]  # (surname, generational suffix)

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_STOPWORDS = {"the", "a", "an", "of", "to", "for", "and", "at", "in", "on", "s", "former"}
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


# -- counts and scores ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Detection counts: matched gold items, unmatched predictions and unmatched gold."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def share(part: int, whole: int) -> float:
    """``part`` of ``whole``, rounded as every figure is; 0.0 when there is no whole."""
    return round(part / whole, 4) if whole else 0.0


def accuracy(outcomes: Sequence[bool]) -> dict[str, Any]:
    """Share of correct answers; 0.0 (not 1.0) when there was nothing to judge."""
    correct = sum(outcomes)
    total = len(outcomes)
    return {
        "accuracy": share(correct, total),
        "correct": correct,
        "total": total,
    }


# -- names, titles, outlets -----------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lowercase words; an apostrophe splits ("Russia's" → "russia", "s")."""
    return _WORD.findall(text.lower())


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in _STOPWORDS}


def name_key(name: str, aliases: Mapping[str, NameKey] | None = None) -> NameKey:
    """(surname, suffix) of a person or organisation name; ("", "") for an empty one. A name
    the casebook lists as a variant — whole ("Russia's ambassador") or by its last word
    ("Ambassador Kisliak") — takes its canonical name's key."""
    tokens = [w for w in words(name) if w not in ("the", "s")]
    aliases = aliases or {}
    if " ".join(tokens) in aliases:
        return aliases[" ".join(tokens)]
    suffix = tokens.pop() if len(tokens) > 1 and tokens[-1] in _SUFFIXES else ""
    surname = tokens[-1] if tokens else ""
    return (surname, suffix) if suffix else aliases.get(surname, (surname, ""))


def alias_keys(aliases: Mapping[str, Iterable[str]]) -> dict[str, NameKey]:
    """Each casebook spelling variant (as normalised words) mapped to its canonical name key."""
    return {
        " ".join(w for w in words(variant) if w not in ("the", "s")): name_key(canonical)
        for canonical, variants in aliases.items()
        for variant in variants
    }


def same_name(gold: str, predicted: str, aliases: Mapping[str, NameKey] | None = None) -> bool:
    """Surname-level match; an empty gold name ("nobody is named") matches only an empty one."""
    return name_key(gold, aliases) == name_key(predicted, aliases)


def distinct_names(names: Iterable[str], aliases: Mapping[str, NameKey] | None = None) -> int:
    """How many distinct surname keys a participant list holds."""
    return len({name_key(n, aliases) for n in names} - {("", "")})


def shared_names(
    gold: Iterable[str], predicted: Iterable[str], aliases: Mapping[str, NameKey] | None = None
) -> int:
    """How many distinct surname keys two participant lists have in common."""
    gold_keys = {name_key(n, aliases) for n in gold} - {("", "")}
    return len(gold_keys & {name_key(n, aliases) for n in predicted})


def same_outlet(gold: str, predicted: str) -> bool:
    """ "the Times" matches "the New York Times": one name's words all occur in the other's."""
    a, b = content_words(gold), content_words(predicted)
    return bool(a and b) and (a <= b or b <= a)


# -- evidence -------------------------------------------------------------------------------------


def locate(text: str, needle: str, near: int = 0) -> tuple[int, int] | None:
    """The occurrence of ``needle`` in ``text`` closest to offset ``near`` (gold evidence may
    repeat, e.g. a quote in the lede and again in the body)."""
    best: int | None = None
    start = text.find(needle) if needle else -1
    while start != -1:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = text.find(needle, start + 1)
    return None if best is None else (best, best + len(needle))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the union (0.0 when the spans are disjoint)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    return shared / (max(a[1], b[1]) - min(a[0], b[0]))


# -- matching -------------------------------------------------------------------------------------


def match_one_to_one(
    gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float | None]
) -> list[tuple[G, P]]:
    """Greedy best-first matching: the highest-scoring compatible pair first, each item used
    once. ``score`` returns None for pairs that may not match."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            value = score(g, p)
            if value is not None:
                candidates.append((-value, i, j))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def match_by_article(
    gold: Sequence[G],
    predicted: Sequence[P],
    gold_article: Callable[[G], Hashable],
    predicted_article: Callable[[P], Hashable],
    score: Callable[[G, P], float | None],
) -> list[tuple[G, P]]:
    """:func:`match_one_to_one` within each article: items never match across articles."""
    by_article: dict[Hashable, list[P]] = {}
    for p in predicted:
        by_article.setdefault(predicted_article(p), []).append(p)
    grouped: dict[Hashable, list[G]] = {}
    for g in gold:
        grouped.setdefault(gold_article(g), []).append(g)
    pairs: list[tuple[G, P]] = []
    for article, items in grouped.items():
        pairs += match_one_to_one(items, by_article.get(article, []), score)
    return pairs
