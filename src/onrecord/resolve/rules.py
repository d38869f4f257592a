"""What the casebook tells resolution: spelling variants, groups with their members and
membership intervals, and the user's merges, splits, rejections and renames.

The casebook is the user's word, so it wins over every inference; :mod:`onrecord.casebook`
parses it (members with intervals, group aliases and inclusions, merges and splits), and this
module adds the user's stored decisions and the lookups resolution needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from onrecord import casebook as cb
from onrecord.dates import FuzzyDate
from onrecord.errors import CasebookError
from onrecord.resolve.names import fold


@dataclass(frozen=True)
class CaseRules:
    """Everything resolution takes from the user: casebook plus stored decisions."""

    aliases: Mapping[str, str] = field(default_factory=dict)  # folded variant -> canonical
    groups: tuple[cb.Group, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (keep, merge into it)
    cannot_link: tuple[tuple[str, str], ...] = ()  # never the same entity
    periods: Mapping[str, FuzzyDate] = field(default_factory=dict)
    rejected: tuple[str, ...] = ()  # entities the user says are none ("HOST", "he")
    renames: tuple[tuple[str, str], ...] = ()  # (entity, the name the user gives it)

    def canonical(self, name: str) -> str | None:
        """The casebook's canonical name for a variant, or None when it declares none; a
        group named with a word of rank or of government the alias does not carry is the same
        group ("Russian government officials", "senior Russian officials": "Russian
        officials")."""
        return self.aliases.get(fold(name)) or self.aliases.get(fold(_less_rank_words(name)))

    def with_decisions(self, decisions: Sequence[Mapping[str, Any]]) -> CaseRules:
        """Add the corrections the user made elsewhere (``decisions`` rows: merges, splits,
        rejections, renames), in the order they were made: a later split undoes an earlier
        merge of the pair, a later merge undoes an earlier split, and a later merge or rename
        of a rejected entity takes the rejection back."""
        rules = self
        for decision in decisions:
            rules = rules._with(decision)
        return rules

    def _with(self, decision: Mapping[str, Any]) -> CaseRules:
        kind, subject, value = (
            decision.get("kind"),
            str(decision.get("subject")),
            decision.get("value"),
        )
        if kind == "reject":
            renames = tuple(r for r in self.renames if r[0] != subject)
            return replace(self, rejected=(*self.rejected, subject), renames=renames)
        if kind == "rename" and value:
            renames = tuple(r for r in self.renames if r[0] != subject)
            return replace(self, renames=(*renames, (subject, str(value))))._kept(subject)
        if kind in ("merge", "split") and decision.get("object"):
            return self._with_pair(kind, (str(decision["object"]), subject))
        return self

    def _with_pair(self, kind: str, pair: tuple[str, str]) -> CaseRules:
        merges = [m for m in self.merges if set(m) != set(pair)]
        splits = [s for s in self.cannot_link if set(s) != set(pair)]
        (merges if kind == "merge" else splits).append(pair)
        changed = replace(self, merges=tuple(merges), cannot_link=tuple(splits))
        return changed._kept(*pair) if kind == "merge" else changed

    def _kept(self, *entities: str) -> CaseRules:
        """These entities are entities after all: no longer rejected."""
        return replace(self, rejected=tuple(e for e in self.rejected if e not in entities))


def _alias_map(book: cb.Casebook, where: str) -> dict[str, str]:
    """Folded variant -> canonical name. A variant two entries claim ("the Russians" for one
    group, "Russians" for another: one name once a leading "the" is dropped) would send every
    mention to whichever came first, so it is refused, naming both."""
    named = [(canonical, (canonical, *variants)) for canonical, variants in book.aliases.items()]
    named += [(group.name, (group.name, *group.aliases)) for group in book.groups]
    result: dict[str, str] = {}
    written: dict[str, str] = {}
    for canonical, variants in named:
        for variant in variants:
            key = fold(variant)
            claimed = result.setdefault(key, canonical)
            if claimed != canonical:
                raise CasebookError(
                    f"{where}: {variant!r} ({canonical}) and {written[key]!r} ({claimed}) are "
                    "the same name once case, accents and a leading 'the' are ignored; "
                    "keep it under one of them"
                )
            written.setdefault(key, variant)
    return result


def rules_from_text(text: str, where: str = cb.FILENAME) -> CaseRules:
    book = cb.parse(text, where)
    return CaseRules(
        aliases=_alias_map(book, where),
        groups=book.groups,
        merges=book.merges,
        cannot_link=book.splits,
        periods=book.periods,
    )


def load_rules(path: Path) -> CaseRules:
    """The rules in the casebook at ``path``; a missing file gives empty rules."""
    if not path.is_file():
        return CaseRules()
    return rules_from_text(path.read_text(encoding="utf-8"), str(path))


def _less_rank_words(name: str) -> str:
    return " ".join(w for w in name.split() if w.lower() not in _RANK_WORDS)


_RANK_WORDS = frozenset({"government", "senior", "top", "high-ranking", "high-level"})
