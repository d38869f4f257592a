"""FollowTheMoney export: an entity stream (JSON lines) for Aleph, nomenklatura, OpenSanctions.

Mapping (every entity but the articles carries ``proof`` → the Article entities it came from;
all carry the ``sourceUrl`` and ``publisher`` of those articles where known):

- articles → Article (title, publisher = outlet, publishedAt, sourceUrl, author; bodyText with
  ``--with-text``);
- people → Person, when the record treats them as people (named in full); another entity of
  kind person — "HOST", "Twitter", a lone "Explainer" the small model took for a name — →
  LegalEntity, which asserts no kind; organisations and groups → Organization (a group says
  so in its description); places → Address;
- roles → Position (title at org) + Occupancy (holder, post, dates); memberships in groups →
  Membership;
- contacts that happened → Call for calls (caller/receiver in the order the text named them;
  the direction is not known) and Event for the rest (involved, location, date or
  startDate/endDate). Messages are Events too: FtM's Message requires a body we do not have.
- statements → Event. This is **lossy**: FtM has no schema for a quote or a claim (its
  "Statement" is a provenance row), so stance, cue and proposition survive only as words in the
  summary; the JSONL export keeps them. Each such Event says so in its ``notes``.

Every reference points to an entity already in the stream and of the schema its property
requires: a membership in a place, an occupancy held by an organisation or a contact party
that is not exported is left out rather than written dangling (the JSONL export keeps them).
Names longer than FtM allows are shortened with an ellipsis.

Dates keep their precision as ISO prefixes ("2016-04"); ranges and open ends use
startDate/endDate. Values go through the model's cleaning (``proxy.add``), so what is written is
what an FtM consumer would accept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema
from followthemoney.types import registry

from onrecord.dates import FuzzyDate
from onrecord.export.view import contact_events, prefix_date
from onrecord.ids import content_id
from onrecord.readmodel import (
    ArticleSummary,
    Canon,
    canonical_entities,
    record_people,
    reports_by_event,
    summary_of,
)
from onrecord.record import Entity, EntityKind, Event, Membership, Relation, Role, Statement
from onrecord.store import Store

STATEMENT_NOTE = (
    "Exported from onrecord as an Event: FollowTheMoney has no schema for a statement, so "
    "stance, cue and proposition are only described here. The JSONL export is lossless."
)
GROUP_NOTE = "A group named in the articles, not necessarily a formal organisation."
_SCHEMA_OF_KIND = {
    EntityKind.PERSON: "Person",
    EntityKind.ORG: "Organization",
    EntityKind.GROUP: "Organization",
    EntityKind.PLACE: "Address",
}


def ftm_id(record_id: str) -> str:
    """FtM ids allow letters, digits, dots and hyphens only; record ids are ``prefix_hash``."""
    return record_id.replace("_", "-")


class _Builder:
    """Makes proxies with provenance: it remembers each article's url and outlet, and the
    schema of every entity made, so references go only to entities in the stream."""

    def __init__(self) -> None:
        self.sources: dict[str, ArticleSummary] = {}
        self.made: dict[str, Schema] = {}

    def make(self, schema: str, entity_id: str, articles: Iterable[str]) -> EntityProxy:
        proxy = model.make_entity(schema)
        proxy.id = ftm_id(entity_id)
        for article in dict.fromkeys(articles):
            proxy.add("proof", ftm_id(article))
            self.add_source(proxy, article)
        self.made[proxy.id] = proxy.schema
        return proxy

    def ref(self, record_id: str, schema: str, prop: str) -> str | None:
        """The FtM id of ``record_id`` when it is in the stream as what ``schema.prop``
        accepts (a Membership's organization must be an Organization); else None."""
        made = self.made.get(ftm_id(record_id))
        owner = model.get(schema)
        wanted = owner.get(prop) if owner is not None else None
        fits = made is not None and wanted is not None and made.is_a(wanted.range)
        return ftm_id(record_id) if fits else None

    def refs(self, record_ids: Iterable[str], schema: str, prop: str) -> list[str]:
        found = (self.ref(i, schema, prop) for i in dict.fromkeys(record_ids))
        return [i for i in found if i is not None]

    def add_source(self, proxy: EntityProxy, article: str) -> None:
        source = self.sources.get(article)
        if source is not None:
            proxy.add("sourceUrl", source.url)
            proxy.add("publisher", source.outlet)


def _name(text: str) -> str:
    """A name FtM accepts: at most its maximum length, shortened with an ellipsis."""
    limit = registry.name.max_length
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _add_dates(proxy: EntityProxy, when: FuzzyDate | None) -> None:
    """``date`` at the text's precision, or ``startDate``/``endDate`` for spans and open ends."""
    if when is None or not when.resolved:
        return
    single = prefix_date(when)
    if single is not None:
        proxy.add("date", single)
        return
    proxy.add("startDate", when.start.isoformat() if when.start else None)
    proxy.add("endDate", when.end.isoformat() if when.end else None)


def _articles(store: Store, builder: _Builder, with_text: bool) -> Iterator[EntityProxy]:
    for article in store.articles():
        source = summary_of(article)
        builder.sources[article.id] = source
        proxy = builder.make("Article", article.id, [])  # an article is its own proof
        builder.add_source(proxy, article.id)
        proxy.add("title", article.title)
        proxy.add("author", list(article.authors))
        proxy.add("publishedAt", prefix_date(source.published))
        if with_text:
            proxy.add("bodyText", article.clean_text)
        yield proxy


def _entities(store: Store, builder: _Builder, canon: Canon) -> Iterator[EntityProxy]:
    mentioned: dict[str, list[str]] = {}
    for article, entity_id in store.mention_counts():
        mentioned.setdefault(canon(entity_id, article), []).append(article)
    people = record_people(store, canon)
    for entity in canonical_entities(store, canon):
        schema = _schema_of(entity, people)
        yield _entity(builder, entity, schema, sorted(mentioned.get(entity.id, [])))


def _schema_of(entity: Entity, people: set[str]) -> str:
    """A Person only for whom the record treats as a person; another entity of kind person
    ("HOST", "Twitter") is a LegalEntity, FtM's party of no certain kind."""
    if entity.kind is EntityKind.PERSON and entity.id not in people:
        return "LegalEntity"
    return _SCHEMA_OF_KIND[entity.kind]


def _entity(builder: _Builder, entity: Entity, schema: str, articles: list[str]) -> EntityProxy:
    proxy = builder.make(schema, entity.id, articles)
    proxy.add("name", entity.name)
    proxy.add("alias", [a for a in entity.aliases if a != entity.name])
    if entity.kind is EntityKind.PLACE:
        proxy.add("full", entity.name)
    if entity.kind is EntityKind.GROUP:
        proxy.add("description", GROUP_NOTE)
    return proxy


def _roles(store: Store, builder: _Builder, canon: Canon) -> Iterator[EntityProxy]:
    positions: set[str] = set()
    for role in store.all(Role):
        article = role.evidence.article
        holder = builder.ref(canon(role.entity, article), "Occupancy", "holder")
        if holder is None:
            continue  # FtM's posts are held by people only
        post = content_id("post", role.title, role.org or "")
        if post not in positions:
            positions.add(post)
            yield _position(builder, post, role, article)
        occupancy = builder.make("Occupancy", role.id, [article])
        occupancy.add("holder", holder)
        occupancy.add("post", ftm_id(post))
        occupancy.add("description", role.evidence.text)
        _add_dates(occupancy, role.when)
        yield occupancy


def _position(builder: _Builder, post: str, role: Role, article: str) -> EntityProxy:
    proxy = builder.make("Position", post, [article])
    proxy.add("name", _name(f"{role.title}, {role.org}" if role.org else role.title))
    return proxy


def _memberships(store: Store, builder: _Builder, canon: Canon) -> Iterator[EntityProxy]:
    for membership in store.all(Membership):
        member = builder.ref(canon(membership.entity), "Membership", "member")
        group = builder.ref(canon(membership.group), "Membership", "organization")
        if member is None or group is None:
            continue  # a "membership" in a place (a country) is no FtM Membership
        articles = [membership.evidence.article] if membership.evidence else []
        proxy = builder.make("Membership", membership.id, articles)
        proxy.add("member", member)
        proxy.add("organization", group)
        proxy.add("description", f"source: {membership.source}")
        _add_dates(proxy, membership.when)
        yield proxy


def _events(store: Store, builder: _Builder, canon: Canon) -> Iterator[EntityProxy]:
    reports = reports_by_event(store)
    for event in contact_events(store):
        cited = [r.article for r in reports.get(event.id, [])]
        yield _event(builder, canon, event, [*cited, *(s.article for s in event.evidence)])


def _event(builder: _Builder, canon: Canon, event: Event, articles: list[str]) -> EntityProxy:
    parties = list(canon.participants(event))
    names = " and ".join(p.name for p in event.participants)
    if event.kind is Relation.CALL:
        ids = builder.refs(parties, "Call", "caller")
        proxy = builder.make("Call", event.id, articles)
        proxy.add("caller", ids[:1])
        proxy.add("receiver", ids[1:])
    else:
        proxy = builder.make("Event", event.id, articles)
        proxy.add("name", _name(f"{event.kind.value}: {names}"))
        proxy.add("involved", builder.refs(parties, "Event", "involved"))
        proxy.add("location", event.place)
    proxy.add("description", " … ".join(span.text for span in event.evidence))
    proxy.add("summary", _event_summary(event, names))
    _add_dates(proxy, event.when)
    return proxy


def _event_summary(event: Event, names: str) -> str:
    hedge = " (reportedly: the reports hedge it)" if event.hedged else ""
    return f"{event.kind.value} between {names}{hedge}"


def _statements(store: Store, builder: _Builder, canon: Canon) -> Iterator[EntityProxy]:
    for statement in store.all(Statement):
        proxy = builder.make("Event", statement.id, [statement.article])
        proxy.add("name", _name(f"{statement.speaker_name}: “{statement.text}”"))
        if statement.speaker:
            speaker = canon(statement.speaker, statement.article)
            proxy.add("involved", builder.refs([speaker], "Event", "involved"))
        proxy.add("description", statement.text)
        proxy.add("summary", _statement_summary(statement))
        proxy.add("location", statement.venue)
        proxy.add("keywords", ["statement", statement.stance.value])
        proxy.add("notes", STATEMENT_NOTE)
        _add_dates(proxy, statement.said_on)
        yield proxy


def _statement_summary(statement: Statement) -> str:
    summary = f"{statement.kind.value} statement, stance {statement.stance.value}"
    if statement.cue:
        summary += f", cue “{statement.cue}”"
    proposition = statement.proposition
    if proposition is not None:
        polarity = "" if proposition.polarity else "no "
        summary += f"; about {polarity}{proposition.relation.value} contact"
    return summary


def ftm_entities(store: Store, with_text: bool = False) -> Iterator[EntityProxy]:
    """Articles first, so every ``proof`` refers back to an entity already in the stream."""
    builder, canon = _Builder(), Canon(store)
    yield from _articles(store, builder, with_text)
    yield from _entities(store, builder, canon)
    yield from _roles(store, builder, canon)
    yield from _memberships(store, builder, canon)
    yield from _events(store, builder, canon)
    yield from _statements(store, builder, canon)


def write_ftm(store: Store, sink: TextIO, with_text: bool = False) -> int:
    """Stream FtM entities as JSON lines; returns the number of entities."""
    count = 0
    for proxy in ftm_entities(store, with_text):
        sink.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
