"""Entities across articles: one canonical entity per person, organisation, place or group.

Extraction ids hash kind + name, so "Sergey Kislyak" agrees across articles but "Sergei Kislyak",
"Kisliak" and "Kislyak" do not. Merges are decided in a fixed order, strongest evidence first:
the user's merges and renames, casebook aliases, the same full name under another kind label,
then personal names (compatible first name + same or near surname). User splits forbid a merge
at every step; an entity the user rejected ("HOST", "he") is merged with nothing and linked to
itself.
A bare surname ("Trump") is resolved per article, to the most prominent person of that surname
*in that article*: a corpus-wide guess would merge Donald Trump with Donald Trump Jr.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from onrecord.ids import content_id
from onrecord.readmodel import REJECTED
from onrecord.record import Entity, EntityKind, EntityLink, Mention
from onrecord.resolve.names import PersonName, clean, fold, parse_person, same_person_possible
from onrecord.resolve.rules import CaseRules

EXTRACTOR = "resolve.entities.v2"

_KIND_ORDER = (EntityKind.PERSON, EntityKind.GROUP, EntityKind.ORG, EntityKind.PLACE)
Prominence = Mapping[tuple[str, str], tuple[int, int]]  # (article, entity) -> (mentions, -first)


def prominence(mentions: Iterable[Mention]) -> dict[tuple[str, str], tuple[int, int]]:
    """How often, and how early, each entity is mentioned in each article."""
    result: dict[tuple[str, str], tuple[int, int]] = {}
    for mention in mentions:
        if mention.entity is None:
            continue
        key = (mention.span.article, mention.entity)
        count, first = result.get(key, (0, -mention.span.start))
        result[key] = (count + 1, max(first, -mention.span.start))
    return result


class _Clusters:
    """Union-find over entity ids that refuses unions the user forbade."""

    def __init__(
        self, ids: Iterable[str], cannot: Iterable[tuple[str, str]], alone: Iterable[str] = ()
    ) -> None:
        self.parent = {i: i for i in ids}
        self.cannot = tuple(cannot)
        self.alone = frozenset(alone)  # rejected entities: never joined to anything

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def allowed(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        return not any({self.find(x), self.find(y)} == {ra, rb} for x, y in self.cannot)

    def union(self, a: str, b: str, forced: bool = False) -> None:
        if a in self.alone or b in self.alone:
            return
        if self.find(a) != self.find(b) and (forced or self.allowed(a, b)):
            ra, rb = sorted((self.find(a), self.find(b)))
            self.parent[rb] = ra


@dataclass(frozen=True)
class EntityMap:
    """Entity id → canonical entity id, corpus-wide and per article (bare surnames)."""

    corpus: Mapping[str, str]
    local: Mapping[tuple[str, str], str]
    entities: Mapping[str, Entity]  # every entity known, canonical ones included
    by_name: Mapping[str, str]  # folded name -> canonical entity
    reasons: Mapping[str, str]  # merged entity -> the rule that merged it
    present: Mapping[str, tuple[tuple[str, tuple[int, int]], ...]]  # article -> (entity, seen)

    def named(self, name: str, article: str) -> str | None:
        """The entity a bare name refers to in one article (a speaker the extractor named but
        did not link): the most prominent entity there whose name fits, else the corpus-wide
        entity of exactly that name."""
        wanted = parse_person(name)
        fitting = [
            (seen, entity)
            for entity, seen in self.present.get(article, ())
            if wanted is not None
            and (other := parse_person(self.name(entity))) is not None
            and same_person_possible(wanted, other)
        ]
        if fitting:
            return self.canonical(max(fitting)[1], article)
        return self.lookup(name)

    def lookup(self, name: str) -> str | None:
        """The canonical entity a user-written name (casebook member, role org) stands for."""
        return self.by_name.get(fold(name))

    def canonical(self, entity: str, article: str | None = None) -> str:
        if article is not None and (article, entity) in self.local:
            return self.local[(article, entity)]
        return self.corpus.get(entity, entity)

    def rejected(self, entity: str) -> bool:
        """The user said this is no entity ("HOST", "he"): nobody speaks or meets as it."""
        return self.reasons.get(entity) == REJECTED

    def name(self, entity: str, told: str | None = None) -> str:
        """The entity's canonical name; for one resolution does not hold (a group the text
        names, "three other ambassadors"), the name the record ``told`` it by, else its id."""
        known = self.entities.get(entity)
        return known.name if known else told or entity

    def kind(self, entity: str) -> EntityKind | None:
        known = self.entities.get(entity)
        return known.kind if known else None

    def links(self) -> list[EntityLink]:
        """The stored form: one row per entity that resolves elsewhere or was rejected (a link
        to itself), plus per-article rows."""
        rows = [
            EntityLink(content_id("elink", e, ""), e, "", c, self.reasons.get(e, "cluster"))
            for e, c in sorted(self.corpus.items())
            if e != c or self.reasons.get(e) == REJECTED
        ]
        rows += [
            EntityLink(content_id("elink", e, a), e, a, c, "bare_surname")
            for (a, e), c in sorted(self.local.items())
        ]
        return rows


def _name_index(entities: Iterable[Entity]) -> dict[str, list[Entity]]:
    index: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        index[fold(entity.name)].append(entity)
    return index


def _ids_for(
    name: str, entities: Mapping[str, Entity], index: Mapping[str, list[Entity]]
) -> list[str]:
    """Entities a user-written name (or id) refers to."""
    if name in entities:
        return [name]
    return sorted(e.id for e in index.get(fold(name), ()))


def _renamed(entity: Entity, name: str) -> Entity:
    """The entity a user's rename shows: curated (no pipeline run overwrites it), with the
    old name kept as an alias."""
    aliases = tuple(dict.fromkeys((*entity.aliases, entity.name)))
    return Entity(content_id("ent", entity.kind.value, name), name, entity.kind, aliases, True)


def _renamed_entities(known: Mapping[str, Entity], rules: CaseRules) -> dict[str, Entity]:
    renamed = (_renamed(known[e], name) for e, name in rules.renames if e in known)
    return {entity.id: entity for entity in renamed}


def _canonical_entity(
    canonical: str, kind: EntityKind, index: Mapping[str, list[Entity]]
) -> Entity:
    """The entity the casebook's canonical name stands for; made up when no article names it."""
    known = sorted(index.get(fold(canonical), ()), key=lambda e: (e.kind is not kind, e.id))
    if known:
        return known[0]
    return Entity(content_id("ent", kind.value, canonical), canonical, kind, curated=False)


def _casebook_entities(
    entities: Mapping[str, Entity], rules: CaseRules, index: Mapping[str, list[Entity]]
) -> dict[str, Entity]:
    """Every entity the casebook names (groups, alias targets, members), existing or new."""
    group_names = {fold(g.name) for g in rules.groups}
    result: dict[str, Entity] = {}
    named = [(g.name, EntityKind.GROUP) for g in rules.groups]
    named += [(m.name, EntityKind.PERSON) for g in rules.groups for m in g.members]
    named += [(c, EntityKind.PERSON) for c in sorted(set(rules.aliases.values()))]
    for name, kind in named:
        if fold(name) in group_names:
            kind = EntityKind.GROUP
        entity = _canonical_entity(name, kind, index)
        result.setdefault(entity.id, entity)
    return result


@dataclass
class _Resolver:
    entities: dict[str, Entity]
    rules: CaseRules
    seen: Prominence
    index: dict[str, list[Entity]]
    clusters: _Clusters
    why: dict[str, str]

    def merge(self, keep: str, other: str, rule: str, forced: bool = False) -> None:
        before = self.clusters.find(other)
        self.clusters.union(keep, other, forced)
        if self.clusters.find(other) != before or forced:
            self.why.setdefault(other, rule)

    def user_merges(self) -> None:
        for keep, merged in self.rules.merges:
            for a in _ids_for(keep, self.entities, self.index):
                for b in _ids_for(merged, self.entities, self.index):
                    self.merge(a, b, "user_merge", forced=True)

    def user_renames(self) -> None:
        """A renamed entity joins the curated entity of its new name, which then heads it."""
        for entity, name in self.rules.renames:
            if entity in self.entities:
                self.merge(_renamed(self.entities[entity], name).id, entity, "user_rename", True)

    def user_rejections(self) -> None:
        for entity in self.clusters.alone:
            self.why[entity] = REJECTED

    def casebook_aliases(self) -> None:
        for entity in sorted(self.entities.values(), key=lambda e: e.id):
            canonical = self.rules.canonical(entity.name)
            if canonical is None:
                continue
            for target in self.index.get(fold(canonical), ()):
                self.merge(target.id, entity.id, "casebook_alias")

    def same_name_other_kind(self) -> None:
        """The small model labels one name PERSON here and ORG there; a full name is one
        entity whatever the label (bare single words are left to the surname rule)."""
        for name, group in sorted(self.index.items()):
            if len(name.split()) > 1 and len(group) > 1:
                first, *rest = sorted(group, key=lambda e: e.id)
                for other in rest:
                    self.merge(first.id, other.id, "same_name")

    def full_names(self) -> None:
        persons = self._full_person_names()
        for block in _surname_blocks(persons).values():
            self._merge_block(block, persons)

    def _full_person_names(self) -> dict[str, PersonName]:
        result: dict[str, PersonName] = {}
        for entity in self.entities.values():
            person = entity.kind is EntityKind.PERSON and entity.id not in self.clusters.alone
            parsed = parse_person(entity.name) if person else None
            if parsed is not None and not parsed.bare:
                result[entity.id] = parsed
        return result

    def _merge_block(self, block: Sequence[str], persons: Mapping[str, PersonName]) -> None:
        """Merge names of one surname family whose first names agree; an initial joins only
        when one full first name fits it (J. Smith is John or Jane, not both)."""
        ordered = sorted(block)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if same_person_possible(persons[a], persons[b]) and self._unambiguous(
                    a, b, ordered, persons
                ):
                    self.merge(a, b, "person_name")

    def _unambiguous(
        self, a: str, b: str, block: Sequence[str], persons: Mapping[str, PersonName]
    ) -> bool:
        short = min((a, b), key=lambda i: len(persons[i].first or ""))
        if len(persons[short].first or "") > 1:
            return True
        fits = {
            persons[i].first
            for i in block
            if i != short and same_person_possible(persons[short], persons[i])
        }
        return len(fits) == 1

    def bare_surnames(self) -> dict[tuple[str, str], str]:
        """Per article: a bare surname is the most prominent same-surname person there."""
        persons = self._full_person_names()
        by_article: dict[str, list[str]] = defaultdict(list)
        for article, entity in self.seen:
            by_article[article].append(entity)
        decided = self._decided()
        local: dict[tuple[str, str], str] = {}
        for article, present in sorted(by_article.items()):
            for entity in sorted(set(present) - decided):
                target = self._bare_target(article, entity, present, persons)
                if target is not None:
                    local[(article, entity)] = target
        return local

    def _bare_target(
        self, article: str, entity: str, present: Sequence[str], persons: Mapping[str, PersonName]
    ) -> str | None:
        parsed = self._bare(entity)
        if parsed is None:
            return None
        candidates = [
            p for p in present if p in persons and same_person_possible(parsed, persons[p])
        ]
        if not candidates:
            return self._only_namesake(entity, parsed, persons)
        best = max(candidates, key=lambda p: (self.seen[(article, p)], p))
        target = self.clusters.find(best)
        return target if self.clusters.allowed(entity, target) else None

    def _only_namesake(
        self, entity: str, parsed: PersonName, persons: Mapping[str, PersonName]
    ) -> str | None:
        """No namesake in the article: the corpus's one person of that name, if only one. A
        suffix is written on every mention ("Trump Jr."), so a bare surname without one only
        stands for a namesake without one."""
        fits = {
            self.clusters.find(p)
            for p, name in persons.items()
            if same_person_possible(parsed, name) and name.suffix == parsed.suffix
        }
        if len(fits) != 1:
            return None
        target = fits.pop()
        return target if self.clusters.allowed(entity, target) else None

    def _decided(self) -> set[str]:
        """Entities already merged by stronger evidence (user, casebook): not re-guessed."""
        merged = {e for e in self.entities if self.clusters.find(e) != e}
        return merged | {self.clusters.find(e) for e in merged} | self.clusters.alone

    def _bare(self, entity: str) -> PersonName | None:
        known = self.entities.get(entity)
        if known is None or known.kind not in (EntityKind.PERSON, EntityKind.ORG):
            return None
        parsed = parse_person(known.name)
        return parsed if parsed is not None and parsed.bare else None


def _surname_blocks(persons: Mapping[str, PersonName]) -> dict[str, list[str]]:
    """Entities whose surnames are within one edit of each other share a block, found by
    symmetric deletion keys (every surname with one letter removed) instead of all pairs."""
    keys: dict[str, set[str]] = defaultdict(set)
    for entity, name in persons.items():
        surname = name.surname
        for key in {surname, *(surname[:i] + surname[i + 1 :] for i in range(len(surname)))}:
            keys[key].add(entity)
    blocks = _Clusters(persons, ())
    for members in keys.values():
        first, *rest = sorted(members)
        for other in rest:
            blocks.union(first, other)
    result: dict[str, list[str]] = defaultdict(list)
    for entity in persons:
        result[blocks.find(entity)].append(entity)
    return result


def _representative(members: Sequence[Entity], rules: CaseRules, seen: Mapping[str, int]) -> Entity:
    """The entity a cluster is shown as: curated first, then the one a user merged others
    into, then the casebook's canonical name, then the most mentioned, then the fullest name."""
    kept = {keep for keep, _ in rules.merges} | {fold(keep) for keep, _ in rules.merges}
    return min(
        members,
        key=lambda e: (
            not e.curated,
            e.id not in kept and fold(e.name) not in kept,
            rules.canonical(e.name) != clean(e.name),
            -seen.get(e.id, 0),
            -len(clean(e.name)),
            e.id,
        ),
    )


def _totals(seen: Prominence) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for (_, entity), (count, _) in seen.items():
        totals[entity] += count
    return totals


def resolve_entities(entities: Iterable[Entity], seen: Prominence, rules: CaseRules) -> EntityMap:
    """Decide which entities are one, corpus-wide and per article (see the module docstring)."""
    known = {e.id: e for e in entities}
    index = _name_index(known.values())
    known.update(
        {k: v for k, v in _casebook_entities(known, rules, index).items() if k not in known}
    )
    known.update(_renamed_entities(known, rules))
    index = _name_index(known.values())
    cannot = [
        (a, b)
        for x, y in rules.cannot_link
        for a in _ids_for(x, known, index)
        for b in _ids_for(y, known, index)
    ]
    rejected = [e for name in rules.rejected for e in _ids_for(name, known, index)]
    clusters = _Clusters(sorted(known), cannot, rejected)
    resolver = _Resolver(known, rules, seen, index, clusters, {})
    resolver.user_rejections()
    resolver.user_merges()
    resolver.user_renames()
    resolver.casebook_aliases()
    resolver.same_name_other_kind()
    resolver.full_names()
    local = resolver.bare_surnames()
    return _entity_map(known, resolver, local, rules, seen)


def _entity_map(
    known: Mapping[str, Entity],
    resolver: _Resolver,
    local: Mapping[tuple[str, str], str],
    rules: CaseRules,
    seen: Prominence,
) -> EntityMap:
    clusters: dict[str, list[Entity]] = defaultdict(list)
    for entity in known.values():
        clusters[resolver.clusters.find(entity.id)].append(entity)
    totals = _totals(seen)
    corpus: dict[str, str] = {}
    for members in clusters.values():
        head = _representative(members, rules, totals).id
        corpus.update({m.id: head for m in members})
    local_heads = {key: corpus[target] for key, target in local.items()}
    by_name: dict[str, str] = {}
    named = (e for e in known.values() if e.id not in resolver.clusters.alone)
    for entity in sorted(named, key=lambda e: (_KIND_ORDER.index(e.kind), e.id)):
        by_name.setdefault(fold(entity.name), corpus[entity.id])
    by_person = {
        e.id
        for e in known.values()
        if e.kind is EntityKind.PERSON and e.id not in resolver.clusters.alone
    }
    present: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for (article, entity_id), count in sorted(seen.items()):
        if entity_id in by_person:
            present[article].append((entity_id, count))
    return EntityMap(
        corpus,
        local_heads,
        dict(known),
        by_name,
        dict(resolver.why),
        {article: tuple(found) for article, found in present.items()},
    )
