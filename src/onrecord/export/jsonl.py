"""JSONL export: the whole record, one object a line with a ``type``; the JSON Schema
``record.schema.json`` beside this module describes every line.

Order: articles, entities, entity links, roles, memberships, statements, events,
contradictions, evasions, account steps, the user's decisions — so a reader meets every id
before the lines that refer to it. Events are both the record's contacts and each article's
own telling of them: ``level`` says which (``resolved`` after check, else ``article``), and a
telling names the ``resolved_event`` it became; reports go with the record's events only.

Every evidence object also carries a W3C Web Annotation ``selector`` list (see
:mod:`onrecord.export.evidence`). The ``*_object`` functions are the one place a record
becomes a JSON object; the other exports flatten or map these objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from onrecord.dates import FuzzyDate
from onrecord.export.evidence import Citations, Cite
from onrecord.readmodel import (
    RESOLVE_STAGE,
    first_reported,
    independent_sources,
    record_events,
    reports_by_event,
)
from onrecord.record import (
    AccountStep,
    Article,
    Contradiction,
    Entity,
    EntityLink,
    Evasion,
    Event,
    EventLink,
    Listing,
    Membership,
    Report,
    Role,
    Statement,
)
from onrecord.store import Store


def _when(value: FuzzyDate | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "start": value.start.isoformat() if value.start else None,
        "end": value.end.isoformat() if value.end else None,
        "precision": value.precision.value,
        "text": value.expression or None,
    }


def article_object(article: Article, with_text: bool) -> dict[str, Any]:
    published = article.published
    obj: dict[str, Any] = {
        "type": "article",
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "authors": list(article.authors),
        "published": {
            "value": published.value.iso() if published else None,
            "source": published.source.value if published else None,
            "confidence": published.confidence if published else None,
        },
        "chars": len(article.clean_text),
        "origin": article.origin,
        "duplicate_of": article.duplicate_of,
    }
    if with_text:
        obj["text"] = article.clean_text
    return obj


def entity_object(entity: Entity, canonical: str | None = None) -> dict[str, Any]:
    """An entity; ``canonical`` is the entity resolve merged it into, across the corpus."""
    return {
        "type": "entity",
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "aliases": list(entity.aliases),
        "curated": entity.curated,
        "canonical": canonical,
    }


def entity_link_object(link: EntityLink) -> dict[str, Any]:
    """Why ``entity`` is ``canonical``; with an ``article``, in that article only (a bare
    surname that names someone else there)."""
    return {
        "type": "entity_link",
        "id": link.id,
        "entity": link.entity,
        "article": link.article or None,
        "canonical": link.canonical,
        "rule": link.rule,
    }


def membership_object(membership: Membership, cite: Cite) -> dict[str, Any]:
    return {
        "type": "membership",
        "id": membership.id,
        "entity": membership.entity,
        "group": membership.group,
        "when": _when(membership.when),
        "source": membership.source,
        "evidence": cite(membership.evidence),
    }


def role_object(role: Role, cite: Cite) -> dict[str, Any]:
    when = role.when
    return {
        "type": "role",
        "id": role.id,
        "entity": role.entity,
        "title": role.title,
        "org": role.org,
        "start": when.start.isoformat() if when and when.start else None,
        "end": when.end.isoformat() if when and when.end else None,
        "former": role.former,
        "evidence": cite(role.evidence),
    }


def statement_object(statement: Statement, cite: Cite) -> dict[str, Any]:
    proposition = statement.proposition
    return {
        "type": "statement",
        "id": statement.id,
        "article": statement.article,
        "speaker": statement.speaker,
        "speaker_name": statement.speaker_name,
        "text": statement.text,
        "kind": statement.kind.value,
        "cue": statement.cue,
        "stance": statement.stance.value,
        "said_on": _when(statement.said_on),
        "venue": statement.venue,
        "addressee": statement.addressee,
        "proposition": None
        if proposition is None
        else {
            "relation": proposition.relation.value,
            "subjects": list(proposition.subjects),
            "objects": list(proposition.objects),
            "period": _when(proposition.period),
            "polarity": proposition.polarity,
            "quantifier": proposition.quantifier.value,
        },
        "confidence": statement.confidence,
        "extractor": statement.extractor,
        "evidence": cite(statement.evidence),
        "speaker_evidence": cite(statement.speaker_evidence),
    }


def _report_object(report: Report, cite: Cite) -> dict[str, Any]:
    return {
        "article": report.article,
        "outlet": report.outlet,
        "published": report.published.iso() if report.published else None,
        "credited_to": report.credited_to,
        "basis": report.basis,
        "original": report.original,
        "evidence": cite(report.evidence),
    }


@dataclass(frozen=True)
class EventLevel:
    """Whether an event is the record's contact or one article's telling of it."""

    level: str  # "resolved" | "article"
    resolved_event: str | None  # the resolved event an article's telling became
    in_record: bool  # one of the events the record shows (its reports are exported)


class EventLevels:
    """The level of every stored event, read once."""

    def __init__(self, store: Store) -> None:
        self.in_record = {e.id for e in record_events(store)}
        self.resolved = {e.id for e in store.stage_output(Event, RESOLVE_STAGE)}
        self.became = {link.event: link.resolved for link in store.all(EventLink)}

    def __call__(self, event: Event) -> EventLevel:
        level = "resolved" if event.id in self.resolved else "article"
        return EventLevel(level, self.became.get(event.id), event.id in self.in_record)


def event_object(
    event: Event, reports: list[Report], cite: Cite, level: EventLevel | None = None
) -> dict[str, Any]:
    """An event with its reports; ``level`` (when known) says which kind of event it is."""
    first = first_reported(reports)
    return {
        "type": "event",
        "id": event.id,
        "level": level.level if level else None,
        "resolved_event": level.resolved_event if level else None,
        "kind": event.kind.value,
        "participants": [{"entity": p.entity, "name": p.name} for p in event.participants],
        "when": _when(event.when),
        "place": event.place,
        "hedged": event.hedged,
        "negated": event.negated,
        "assertion": event.assertion.value,
        "confidence": event.confidence,
        "reports": [_report_object(r, cite) for r in reports],
        "first_reported": first.iso() if first else None,
        "independent_sources": independent_sources(reports),
        "evidence": [cite(span) for span in event.evidence],
    }


def contradiction_object(item: Contradiction, claim: str | None = None) -> dict[str, Any]:
    """A finding of check: ``status`` says which list it is on (contradiction | review); one
    for review names its ``reason`` code and says why in ``reason_text``. ``claim`` is the id
    of the first finding of its claim (the same words by the same speaker, on the same list):
    the findings sharing it are one item of the dossier, the web app and the counts."""
    return {
        "type": "contradiction",
        "id": item.id,
        "claim": claim or item.id,
        "statement": item.statement,
        "against_events": list(item.against_events),
        "against_statements": list(item.against_statements),
        "rule": item.rule,
        "timing": item.timing.value,
        "confidence": item.confidence,
        "explanation": item.explanation,
        "status": item.status.value,
        "reason": item.reason.value if item.reason else None,
        "reason_text": item.reason_text,
    }


def evasion_object(evasion: Evasion) -> dict[str, Any]:
    return {
        "type": "evasion",
        "id": evasion.id,
        "statement": evasion.statement,
        "stance": evasion.stance.value,
        "explanation": evasion.explanation,
        "events": list(evasion.events),
    }


def account_step_object(step: AccountStep) -> dict[str, Any]:
    return {
        "type": "account_step",
        "id": step.id,
        "speaker": step.speaker,
        "statement": step.statement,
        "position": step.position,
        "said": _when(step.said),
        "stance": step.stance.value,
        "change": step.change,
        "detail": step.detail,
    }


def decision_object(row: dict[str, Any]) -> dict[str, Any]:
    """A user's decision (merge, split, reject, rename, verdict): the record's corrections,
    in order."""
    made = row.get("made_at")
    when = made.isoformat() if isinstance(made, datetime) else made
    return {
        "type": "decision",
        "id": row["id"],
        "kind": row["kind"],
        "subject": row["subject"],
        "object": row.get("object"),
        "value": row.get("value"),
        "note": row.get("note"),
        "made_at": when,
    }


def record_objects(store: Store, with_text: bool) -> Iterator[dict[str, Any]]:
    """The whole record as JSON objects, in reading order."""
    cite = Citations(store)
    for article in store.articles():
        yield article_object(article, with_text)
    links = list(store.all(EntityLink))
    canonical = {link.entity: link.canonical for link in links if not link.article}
    yield from (entity_object(e, canonical.get(e.id)) for e in store.all(Entity))
    yield from (entity_link_object(link) for link in links)
    yield from (role_object(r, cite) for r in store.all(Role))
    yield from (membership_object(m, cite) for m in store.all(Membership))
    yield from (statement_object(s, cite) for s in store.all(Statement))
    reports, levels = reports_by_event(store), EventLevels(store)
    for event in store.all(Event):
        level = levels(event)
        told = reports.get(event.id, []) if level.in_record else []
        yield event_object(event, told, cite, level)
    claims = claim_ids(store)
    yield from (contradiction_object(c, claims.get(c.id)) for c in store.all(Contradiction))
    yield from (evasion_object(e) for e in store.all(Evasion))
    yield from (account_step_object(s) for s in store.all(AccountStep))
    yield from (decision_object(row) for row in store.decisions())


def claim_ids(store: Store) -> dict[str, str]:
    """Each finding's claim: the id of the first finding of its dossier entry."""
    from onrecord.report.build import contradiction_groups  # report cites export's views
    from onrecord.report.citations import CitationBook
    from onrecord.report.lookup import RecordLookup

    record = RecordLookup(store, CitationBook())
    return {
        finding.id: group.contradictions[0].id
        for listing in Listing
        for group in contradiction_groups(store, record, listing)
        for finding in group.contradictions
    }


def write_jsonl(store: Store, sink: TextIO, with_text: bool = False) -> int:
    """Stream the record to ``sink``; returns the number of lines written."""
    count = 0
    for obj in record_objects(store, with_text):
        sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count
