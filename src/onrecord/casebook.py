"""The casebook: one YAML file per case with what is specific to the story being followed.

Extraction rules are about language; everything about *this* case — its named periods
("campaign"), its groups and who belongs to them, spelling variants and user merges, the feeds to
watch — lives here, and the user's word always wins over what the pipeline inferred.

Example::

    name: Trump campaign and Russia
    periods:
      campaign: 2015-06-16..2016-11-08
      election: 2016-11-08
      Republican National Convention: 2016-07-18..2016-07-21   # "at the …" dates by it
    groups:
      Trump campaign:
        aliases: [the campaign]
        members: [Corey Lewandowski, {name: Paul Manafort, when: 2016-03..2016-08-19}]
        role_patterns: ["campaign (chairman|manager)", "adviser .*Trump"]
        includes: []
    aliases:
      Sergey Kislyak: [Kislyak, Kisliak, Kislak, Sergei Kislyak]
    merges: []        # [keep, merge-into-it] or {name: merged, same_as: keep}
    splits: []        # [a, b] or {name: a, not_same_as: b}: never the same entity
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
class Member:
    """A declared member of a group, over ``when`` (None: whenever the group is relevant)."""

    name: str
    when: FuzzyDate | None = None


@dataclass(frozen=True)
class Group:
    name: str
    aliases: tuple[str, ...] = ()  # what articles call the group ("the campaign")
    members: tuple[Member, ...] = ()
    role_patterns: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()  # groups inside this one (their members are members too)

    def implied_by(self, text: str) -> bool:
        """Does a role title (or a descriptive name) with these words imply membership?"""
        return any(re.search(p, text, re.IGNORECASE) for p in self.role_patterns)


@dataclass(frozen=True)
class Casebook:
    name: str = ""
    periods: Mapping[str, FuzzyDate] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    merges: tuple[tuple[str, str], ...] = ()  # (keep, merge into it)
    splits: tuple[tuple[str, str], ...] = ()  # (a, b): never the same entity
    feeds: tuple[str, ...] = ()

    def canonical(self, name: str) -> str:
        """The canonical name the casebook gives a spelling variant (or the name itself)."""
        folded = name.casefold()
        for canonical, variants in self.aliases.items():
            if folded == canonical.casefold() or folded in (v.casefold() for v in variants):
                return canonical
        return name


def _date(value: Any, where: str) -> FuzzyDate:
    try:
        return FuzzyDate.parse(str(value))
    except ValueError as error:
        raise CasebookError(f"{where}: {error}") from error


def _period(name: str, value: Any) -> FuzzyDate:
    parsed = _date(value, f"period {name!r}")
    return FuzzyDate(parsed.start, parsed.end, parsed.precision, name)


def _member(value: Any, group: str) -> Member:
    """A plain name, or ``{name, when}`` (other keys such as ``as`` are notes for people)."""
    if not isinstance(value, Mapping):
        return Member(str(value))
    if "name" not in value:
        raise CasebookError(f"group {group!r}: a member mapping needs a name")
    when = value.get("when")
    return Member(str(value["name"]), None if when is None else _date(when, f"group {group!r}"))


def _check_patterns(name: str, patterns: tuple[str, ...]) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            message = f"group {name!r}: bad role pattern {pattern!r}: {error}"
            raise CasebookError(message) from error


def _group(name: str, spec: Mapping[str, Any]) -> Group:
    patterns = tuple(str(p) for p in spec.get("role_patterns") or ())
    _check_patterns(name, patterns)
    return Group(
        name=name,
        aliases=tuple(str(a) for a in spec.get("aliases") or ()),
        members=tuple(_member(m, name) for m in spec.get("members") or ()),
        role_patterns=patterns,
        includes=tuple(str(g) for g in spec.get("includes") or ()),
    )


def _groups(raw: Mapping[str, Any]) -> tuple[Group, ...]:
    return tuple(_group(str(name), spec or {}) for name, spec in raw.items())


def _pair(item: Any, key: str, first: str, second: str) -> tuple[str, str]:
    """``[a, b]``, or a mapping with the two named keys."""
    if isinstance(item, Mapping) and first in item and second in item:
        return (str(item[first]), str(item[second]))
    if isinstance(item, list | tuple) and len(item) == 2:
        return (str(item[0]), str(item[1]))
    raise CasebookError(f"{key}: each entry is a pair [a, b] or {{{first}: …, {second}: …}}")


def _merges(raw: Any) -> tuple[tuple[str, str], ...]:
    """``[keep, merge-into-it]`` or ``{name: merged, same_as: keep}``."""
    return tuple(_pair(item, "merges", "same_as", "name") for item in raw or ())


def _splits(raw: Any) -> tuple[tuple[str, str], ...]:
    """``[a, b]`` or ``{name: a, not_same_as: b}``."""
    return tuple(_pair(item, "splits", "name", "not_same_as") for item in raw or ())


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
        merges=_merges(raw.get("merges")),
        splits=_splits(raw.get("splits")),
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

# Named periods that "during the campaign", "before the election" … resolve through, and
# occasions a contact "at the Republican National Convention" takes its days from.
# Values: 2016, 2016-04, 2016-04-27, or START..END (either side may be empty).
periods: {{}}

# Groups and who belongs to them. Members are names or {{name, when: START..END}}; aliases are
# what articles call the group; role_patterns (regular expressions over role titles) imply
# membership for as long as the role is held; includes names groups inside this one.
groups: {{}}

# Spelling variants and other names: canonical name -> [variants]. Names match ignoring case,
# accents and a leading "the", so one name ("Russians", "the Russians") belongs to one entry.
aliases: {{}}

# Your corrections: merges [keep, merge-into-it] or {{name, same_as}}; splits [a, b] or
# {{name, not_same_as}} (never the same entity).
merges: []
splits: []

# Feeds to watch (URLs).
feeds: []
"""
