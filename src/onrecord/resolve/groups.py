"""Groups and who belonged to them when.

Membership comes from the casebook (members, with their intervals), from roles whose title
matches a group's ``role_patterns`` (the membership lasts as long as the role), from roles held
at an organisation or country ("ambassador" at "Russia" belongs to Russia), and from descriptive
names the articles use for unnamed people ("a campaign adviser"). A group denial is only
contradicted by a member's contact *during* the membership, so every membership keeps its
interval, and an unknown interval is reported as such rather than assumed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from onrecord.casebook import Group
from onrecord.dates import FuzzyDate
from onrecord.ids import content_id
from onrecord.record import EntityKind, Membership, Role
from onrecord.resolve.entities import EntityMap
from onrecord.resolve.rules import CaseRules

_ORG_KINDS = frozenset({EntityKind.ORG, EntityKind.PLACE, EntityKind.GROUP})


@dataclass(frozen=True)
class Cover:
    """How an entity falls under a group: ``how`` is "same", "subgroup" or "member";
    ``certain`` is False when the membership interval is unknown."""

    how: str
    certain: bool
    membership: Membership | None = None


@dataclass(frozen=True)
class GroupIndex:
    memberships: Mapping[str, tuple[Membership, ...]]  # entity -> its memberships
    within: Mapping[str, frozenset[str]]  # group -> itself and every group it includes

    def covers(self, group: str, entity: str, at: FuzzyDate | None) -> Cover | None:
        """Is ``entity`` the group, a group inside it, or a member of it at time ``at``?"""
        inside = self.within.get(group, frozenset({group}))
        if entity == group:
            return Cover("same", True)
        if entity in inside:
            return Cover("subgroup", True)
        found = [m for m in self.memberships.get(entity, ()) if m.group in inside]
        dated = [m for m in found if m.when is not None and at is not None and m.when.overlaps(at)]
        if dated:
            return Cover("member", True, dated[0])
        undated = [m for m in found if m.when is None]
        return Cover("member", False, undated[0]) if undated else None

    def ever_inside(self, group: str, entity: str) -> bool:
        """Is ``entity`` the group, inside it, or its member at any time?"""
        inside = self.within.get(group, frozenset({group}))
        return entity in inside or any(m.group in inside for m in self.memberships.get(entity, ()))


def _membership(entity: str, group: str, when: FuzzyDate | None, source: str) -> Membership:
    key = when.iso() if when else ""
    return Membership(content_id("mem", entity, group, key, source), entity, group, when, source)


def _group_ids(rules: CaseRules, emap: EntityMap) -> dict[str, str]:
    return {g.name: emap.lookup(g.name) or g.name for g in rules.groups}


def _casebook_members(
    rules: CaseRules, emap: EntityMap, ids: Mapping[str, str]
) -> list[Membership]:
    result = []
    for group in rules.groups:
        for member in group.members:
            entity = emap.lookup(member.name)
            if entity is not None:
                result.append(_membership(entity, ids[group.name], member.when, "casebook"))
    return result


def _role_members(
    roles: Iterable[Role], groups: Sequence[Group], emap: EntityMap, ids: Mapping[str, str]
) -> list[Membership]:
    result = []
    for role in roles:
        entity = emap.canonical(role.entity, role.evidence.article)
        text = f"{role.title} {role.org or ''}".strip()
        for group in groups:
            if group.implied_by(role.title) or group.implied_by(text):
                result.append(_membership(entity, ids[group.name], role.when, f"role:{role.id}"))
        org = emap.lookup(role.org) if role.org else None
        if org is not None and org != entity and emap.kind(org) in _ORG_KINDS:
            result.append(_membership(entity, org, role.when, f"role:{role.id}"))
    return result


def _descriptive(name: str) -> bool:
    """ "a campaign adviser", "Russia's ambassador": a description, not a proper name."""
    return any(word[:1].islower() for word in name.split())


def _name_members(
    emap: EntityMap, groups: Sequence[Group], ids: Mapping[str, str]
) -> list[Membership]:
    result = []
    for entity in sorted(emap.entities.values(), key=lambda e: e.id):
        canonical = emap.canonical(entity.id)
        if not _descriptive(entity.name) or canonical in ids.values():
            continue
        for group in groups:
            if group.implied_by(entity.name):
                result.append(_membership(canonical, ids[group.name], None, "name"))
    return result


def _closure(rules: CaseRules, ids: Mapping[str, str]) -> dict[str, frozenset[str]]:
    includes = {ids[g.name]: [ids[i] for i in g.includes if i in ids] for g in rules.groups}

    def reach(group: str, seen: frozenset[str]) -> frozenset[str]:
        found = {group}
        for inner in includes.get(group, ()):
            if inner not in seen:
                found |= reach(inner, seen | {inner})
        return frozenset(found)

    return {group: reach(group, frozenset({group})) for group in includes}


def build_groups(
    roles: Iterable[Role], emap: EntityMap, rules: CaseRules
) -> tuple[GroupIndex, tuple[Membership, ...]]:
    """Every membership the casebook and the roles imply, and the index the rules query."""
    ids = _group_ids(rules, emap)
    found = _casebook_members(rules, emap, ids)
    found += _role_members(roles, rules.groups, emap, ids)
    found += _name_members(emap, rules.groups, ids)
    unique = {m.id: m for m in found}
    by_entity: dict[str, list[Membership]] = defaultdict(list)
    for membership in sorted(unique.values(), key=lambda m: m.id):
        by_entity[membership.entity].append(membership)
    orgs = {m.group for m in unique.values()}
    within = _closure(rules, ids)
    within.update({org: frozenset({org}) for org in orgs if org not in within})
    index = GroupIndex({k: tuple(v) for k, v in by_entity.items()}, within)
    return index, tuple(sorted(unique.values(), key=lambda m: m.id))
