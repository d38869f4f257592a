"""What the casebook tells resolution: spelling variants, groups with their members and
membership intervals, and the user's merges and splits.

The casebook is the user's word, so it wins over every inference. Its groups may list members
as plain names or as ``{name, when}`` mappings, carry ``aliases`` (names the articles use for the
group) and ``includes`` (groups inside it), and its splits may be ``[a, b]`` pairs or
``{name, not_same_as}`` mappings; :func:`load_rules` reads all of these forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from onrecord import casebook as cb
from onrecord.dates import FuzzyDate
from onrecord.errors import CasebookError
from onrecord.resolve.names import fold


@dataclass(frozen=True)
class MemberRule:
    name: str
    when: FuzzyDate | None = None


@dataclass(frozen=True)
class GroupRule:
    name: str
    aliases: tuple[str, ...] = ()
    members: tuple[MemberRule, ...] = ()
    role_patterns: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()

    def implied_by(self, text: str) -> bool:
        """Does a role title (or a descriptive name) with these words imply membership?"""
        return any(re.search(p, text, re.IGNORECASE) for p in self.role_patterns)


@dataclass(frozen=True)
class CaseRules:
    """Everything resolution takes from the user: casebook plus stored decisions."""

    aliases: Mapping[str, str] = field(default_factory=dict)  # folded variant -> canonical
    groups: tuple[GroupRule, ...] = ()
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


def _when(value: Any, where: str) -> FuzzyDate | None:
    if value is None:
        return None
    try:
        return FuzzyDate.parse(str(value))
    except ValueError as error:
        raise CasebookError(f"{where}: {error}") from error


def _member(value: Any, group: str) -> MemberRule:
    if isinstance(value, Mapping):
        return MemberRule(str(value["name"]), _when(value.get("when"), f"group {group!r}"))
    return MemberRule(str(value))


def _group(name: str, spec: Mapping[str, Any]) -> GroupRule:
    return GroupRule(
        name=name,
        aliases=tuple(str(a) for a in spec.get("aliases") or ()),
        members=tuple(_member(m, name) for m in spec.get("members") or ()),
        role_patterns=tuple(str(p) for p in spec.get("role_patterns") or ()),
        includes=tuple(str(g) for g in spec.get("includes") or ()),
    )


def _pairs(raw: Any, second_key: str) -> tuple[tuple[str, str], ...]:
    """``[a, b]`` pairs or ``{name: a, <second_key>: b}`` mappings."""
    pairs = []
    for item in raw or ():
        if isinstance(item, Mapping):
            pairs.append((str(item.get("name")), str(item.get(second_key))))
        else:
            pairs.append((str(item[0]), str(item[1])))
    return tuple(pairs)


def _merges(raw: Any) -> tuple[tuple[str, str], ...]:
    """``[keep, merge-into-it]`` pairs or ``{name: merged, same_as: keep}`` mappings."""
    return tuple(
        (str(item.get("same_as")), str(item.get("name")))
        if isinstance(item, Mapping)
        else (str(item[0]), str(item[1]))
        for item in raw or ()
    )


def _alias_map(book: cb.Casebook, groups: Iterable[GroupRule]) -> dict[str, str]:
    result: dict[str, str] = {}
    for canonical, variants in book.aliases.items():
        for variant in (canonical, *variants):
            result.setdefault(fold(variant), canonical)
    for group in groups:
        for variant in (group.name, *group.aliases):
            result.setdefault(fold(variant), group.name)
    return result


def rules_from_text(text: str, where: str = cb.FILENAME) -> CaseRules:
    book = cb.parse(text, where)
    raw = yaml.safe_load(text) or {}
    groups = tuple(_group(str(n), s or {}) for n, s in (raw.get("groups") or {}).items())
    return CaseRules(
        aliases=_alias_map(book, groups),
        groups=groups,
        merges=_merges(raw.get("merges")),
        cannot_link=_pairs(raw.get("splits"), "not_same_as"),
        periods=book.periods,
    )


def load_rules(path: Path) -> CaseRules:
    """The rules in the casebook at ``path``; a missing file gives empty rules."""
    if not path.is_file():
        return CaseRules()
    return rules_from_text(path.read_text(encoding="utf-8"), str(path))
