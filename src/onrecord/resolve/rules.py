"""What the casebook tells resolution: spelling variants, groups with their members and
membership intervals, and the user's merges and splits.

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
from onrecord.resolve.names import fold


@dataclass(frozen=True)
class CaseRules:
    """Everything resolution takes from the user: casebook plus stored decisions."""

    aliases: Mapping[str, str] = field(default_factory=dict)  # folded variant -> canonical
    groups: tuple[cb.Group, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (keep, merge into it)
    cannot_link: tuple[tuple[str, str], ...] = ()  # never the same entity
    periods: Mapping[str, FuzzyDate] = field(default_factory=dict)

    def canonical(self, name: str) -> str | None:
        """The casebook's canonical name for a variant, or None when it declares none."""
        return self.aliases.get(fold(name))

    def with_decisions(self, decisions: Sequence[Mapping[str, Any]]) -> CaseRules:
        """Add the merges and splits the user made elsewhere (web app: ``decisions`` rows), in
        the order they were made: a later split undoes an earlier merge of the pair, and a
        later merge undoes an earlier split."""
        merges, splits = list(self.merges), list(self.cannot_link)
        for decision in decisions:
            if not decision.get("object") or decision.get("kind") not in ("merge", "split"):
                continue
            pair = (str(decision["object"]), str(decision["subject"]))
            merges = [m for m in merges if set(m) != set(pair)]
            splits = [s for s in splits if set(s) != set(pair)]
            (merges if decision["kind"] == "merge" else splits).append(pair)
        return replace(self, merges=tuple(merges), cannot_link=tuple(splits))


def _alias_map(book: cb.Casebook) -> dict[str, str]:
    result: dict[str, str] = {}
    for canonical, variants in book.aliases.items():
        for variant in (canonical, *variants):
            result.setdefault(fold(variant), canonical)
    for group in book.groups:
        for variant in (group.name, *group.aliases):
            result.setdefault(fold(variant), group.name)
    return result


def rules_from_text(text: str, where: str = cb.FILENAME) -> CaseRules:
    book = cb.parse(text, where)
    return CaseRules(
        aliases=_alias_map(book),
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
