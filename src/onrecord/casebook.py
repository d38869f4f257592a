"""The casebook: one YAML file per case with what is specific to the story being followed.

Extraction rules are about language; everything about *this* case — its named periods
("campaign"), its groups and who belongs to them, spelling variants and user merges, the feeds to
watch — lives here, and the user's word always wins over what the pipeline inferred.

Example::

    name: Trump campaign and Russia
    periods:
      campaign: 2015-06-16..2016-11-08
      election: 2016-11-08
    groups:
      Trump campaign:
        members: [Paul Manafort, Corey Lewandowski]
        role_patterns: ["campaign (chairman|manager)", "adviser .*Trump"]
    aliases:
      Sergey Kislyak: [Kislyak, Kisliak, Kislak, Sergei Kislyak]
    merges: []        # [[keep, merge-into-it], …]
    splits: []        # [[entity, mention text], …]
    feeds: []
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from onrecord.dates import FuzzyDate
from onrecord.errors import CasebookError

FILENAME = "casebook.yaml"


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[str, ...] = ()
    role_patterns: tuple[str, ...] = ()

    def implied_by(self, role_title: str) -> bool:
        """Does holding a role with this title make someone a member?"""
        return any(re.search(p, role_title, re.IGNORECASE) for p in self.role_patterns)


@dataclass(frozen=True)
class Casebook:
    name: str = ""
    periods: Mapping[str, FuzzyDate] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    merges: tuple[tuple[str, str], ...] = ()
    splits: tuple[tuple[str, str], ...] = ()
    feeds: tuple[str, ...] = ()

    def canonical(self, name: str) -> str:
        """The canonical name the casebook gives a spelling variant (or the name itself)."""
        folded = name.casefold()
        for canonical, variants in self.aliases.items():
            if folded == canonical.casefold() or folded in (v.casefold() for v in variants):
                return canonical
        return name


def _period(name: str, value: Any) -> FuzzyDate:
    try:
        parsed = FuzzyDate.parse(str(value))
    except ValueError as error:
        raise CasebookError(f"period {name!r}: {error}") from error
    return FuzzyDate(parsed.start, parsed.end, parsed.precision, name)


def _groups(raw: Mapping[str, Any]) -> tuple[Group, ...]:
    groups = []
    for name, spec in raw.items():
        spec = spec or {}
        for pattern in spec.get("role_patterns", ()):
            try:
                re.compile(pattern)
            except re.error as error:
                raise CasebookError(
                    f"group {name!r}: bad role pattern {pattern!r}: {error}"
                ) from error
        groups.append(
            Group(name, tuple(spec.get("members", ())), tuple(spec.get("role_patterns", ())))
        )
    return tuple(groups)


def _pairs(raw: Any, key: str) -> tuple[tuple[str, str], ...]:
    pairs = tuple(tuple(item) for item in raw or ())
    if any(len(pair) != 2 for pair in pairs):
        raise CasebookError(f"{key}: each entry is a pair [a, b]")
    return pairs


def parse(text: str, where: str = FILENAME) -> Casebook:
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        raise CasebookError(f"{where} is not valid YAML: {error}") from error
    if not isinstance(raw, Mapping):
        raise CasebookError(f"{where} must be a mapping of sections")
    return Casebook(
        name=str(raw.get("name", "")),
        periods={k.casefold(): _period(k, v) for k, v in (raw.get("periods") or {}).items()},
        groups=_groups(raw.get("groups") or {}),
        aliases={k: tuple(v or ()) for k, v in (raw.get("aliases") or {}).items()},
        merges=_pairs(raw.get("merges"), "merges"),
        splits=_pairs(raw.get("splits"), "splits"),
        feeds=tuple(raw.get("feeds") or ()),
    )


def load(path: Path) -> Casebook:
    """The casebook at ``path``; a missing file is an empty casebook."""
    if not path.is_file():
        return Casebook()
    return parse(path.read_text(encoding="utf-8"), str(path))


TEMPLATE = """\
# onrecord casebook: what is specific to this case. Your edits always win over the pipeline.
name: {name}

# Named periods that "during the campaign", "before the election" … resolve through.
# Values: 2016, 2016-04, 2016-04-27, or START..END (either side may be empty).
periods: {{}}

# Groups and who belongs to them; role_patterns (regular expressions over role titles) imply
# membership for as long as the role is held.
groups: {{}}

# Spelling variants and other names: canonical name -> [variants].
aliases: {{}}

# Your corrections: merges [[keep, merge-into-it], …] and splits [[entity, mention text], …].
merges: []
splits: []

# Feeds to watch (URLs).
feeds: []
"""
