"""Resolve: across articles, one entity per person or group, memberships with their intervals,
and one event per contact with all its reports.

:func:`resolve` is the stage's entry point. It takes the stored extraction output (never the
article text) and the case rules, and returns records to store beside the extraction output,
so re-resolving after a casebook edit never re-parses an article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from onrecord.record import (
    ArticleEvent,
    ArticleFacts,
    Entity,
    EntityLink,
    EventLink,
    Membership,
    Report,
    Role,
)
from onrecord.resolve.entities import EntityMap, Prominence, resolve_entities
from onrecord.resolve.events import merge_events
from onrecord.resolve.groups import GroupIndex, build_groups
from onrecord.resolve.model import ResolvedEvent
from onrecord.resolve.rules import CaseRules, load_rules, rules_from_text

__all__ = [
    "ArticleEvent",
    "ArticleFacts",
    "CaseRules",
    "EntityLink",
    "EventLink",
    "Resolution",
    "ResolveInput",
    "ResolvedEvent",
    "load_rules",
    "resolve",
    "rules_from_text",
]


@dataclass(frozen=True)
class ResolveInput:
    """The extraction output resolution reads."""

    entities: Sequence[Entity]
    prominence: Prominence
    roles: Sequence[Role]
    events: Sequence[ArticleEvent]
    reports: Sequence[Report]
    articles: Mapping[str, ArticleFacts]


@dataclass(frozen=True)
class Resolution:
    entities: EntityMap
    groups: GroupIndex
    memberships: tuple[Membership, ...]
    events: tuple[ResolvedEvent, ...]
    event_links: tuple[EventLink, ...]
    entity_links: tuple[EntityLink, ...]
    new_entities: tuple[Entity, ...]  # casebook names no article mentions yet

    def records(self) -> list[Any]:
        """Everything this stage stores (resolved events as Events with their report copies)."""
        found: list[Any] = [*self.new_entities, *self.entity_links, *self.memberships]
        found += [r.event for r in self.events]
        found += [report for r in self.events for report in r.reports]
        found += self.event_links
        return found


def resolve(inputs: ResolveInput, rules: CaseRules) -> Resolution:
    emap = resolve_entities(inputs.entities, inputs.prominence, rules)
    groups, memberships = build_groups(inputs.roles, emap, rules)
    events, links = merge_events(inputs.events, inputs.reports, inputs.articles, emap)
    extracted = {e.id for e in inputs.entities}
    new = tuple(sorted((e for i, e in emap.entities.items() if i not in extracted), key=_id))
    return Resolution(emap, groups, memberships, events, links, tuple(emap.links()), new)


def _id(entity: Entity) -> str:
    return entity.id
