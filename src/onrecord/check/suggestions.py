"""Suggestions for the user's casebook: likely merges and groups worth declaring.

They are written to a ``suggestions:`` section at the end of the casebook, which ``check``
owns and rewrites; every other line of the file is the user's and is left byte for byte as it
was. Accepting a suggestion means moving it into ``merges`` or ``groups``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from onrecord.record import EntityKind, Statement
from onrecord.resolve import Resolution
from onrecord.resolve.names import parse_person, same_person_possible

HEADER = (
    "# Written by `onrecord check`, rewritten on each run: move an item into merges or groups\n"
    "# to accept it."
)
_SECTION = re.compile(
    r"^(# Written by `onrecord check`[^\n]*\n# to accept it\.\n)?suggestions:.*?(?=^\S|\Z)",
    re.M | re.S,
)
_MIN_GROUP_USES = 2


@dataclass(frozen=True)
class Suggestions:
    merges: tuple[tuple[str, str], ...] = ()
    groups: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.merges or self.groups)


def _names(resolution: Resolution) -> dict[str, str]:
    """Canonical person entities by id → name."""
    emap = resolution.entities
    heads = set(emap.corpus.values())
    return {i: emap.name(i) for i in sorted(heads) if emap.kind(i) is EntityKind.PERSON}


def likely_merges(resolution: Resolution) -> list[tuple[str, str]]:
    """A bare surname no article could attribute, when exactly one full name fits it."""
    people = _names(resolution)
    parsed = {i: p for i, n in people.items() if (p := parse_person(n)) is not None}
    resolved_locally = {entity for (_, entity) in resolution.entities.local}
    found = []
    for bare_id, bare in parsed.items():
        if not bare.bare or bare_id in resolved_locally:
            continue
        fits = [i for i, p in parsed.items() if not p.bare and same_person_possible(bare, p)]
        if len(fits) == 1:
            found.append((people[fits[0]], people[bare_id]))
    return sorted(found)


def new_groups(resolution: Resolution, statements: Iterable[Statement]) -> list[str]:
    """Group names used in several events or denials that the casebook does not declare."""
    emap = resolution.entities
    uses: Counter[str] = Counter()
    for event in resolution.events:
        uses.update(p.entity for p in event.event.participants)
    for statement in statements:
        if statement.proposition is not None:
            ids = statement.proposition.subjects + statement.proposition.objects
            uses.update(emap.canonical(i, statement.article) for i in ids)
    declared = set(resolution.groups.within)
    return sorted(
        emap.name(entity)
        for entity, count in uses.items()
        if count >= _MIN_GROUP_USES
        and emap.kind(entity) is EntityKind.GROUP
        and entity not in declared
    )


def suggest(resolution: Resolution, statements: Iterable[Statement]) -> Suggestions:
    return Suggestions(tuple(likely_merges(resolution)), tuple(new_groups(resolution, statements)))


def _section(suggestions: Suggestions) -> str:
    body = {
        "merges": [list(pair) for pair in suggestions.merges],
        "groups": list(suggestions.groups),
    }
    dumped = yaml.safe_dump({"suggestions": body}, sort_keys=False, allow_unicode=True, width=100)
    return f"{HEADER}\n{dumped}"


def write_suggestions(path: Path, suggestions: Suggestions) -> bool:
    """Replace (or append) the suggestions section; True when the file changed."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if not suggestions and not _SECTION.search(text):
        return False
    kept = _SECTION.sub("", text).rstrip("\n")
    updated = (
        (kept + "\n\n" if kept else "") + _section(suggestions) if suggestions else kept + "\n"
    )
    if updated == text:
        return False
    path.write_text(updated, encoding="utf-8")
    return True
