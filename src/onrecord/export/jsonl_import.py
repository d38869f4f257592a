"""JSONL import: a JSONL export (written ``--with-text``) read back into a case.

The inverse of :mod:`onrecord.export.jsonl`: each line becomes the records it was written
from, stored where the stage that made them stores them — articles; each article's extraction
output (roles, statements, its own events and, before check, their reports); the resolve
stage's links, memberships, resolved events and reports; check's findings; and the user's
decisions with their ids and times. Exporting the imported case gives the same lines.

Mentions are not exported, so an imported case has none: prominence-based guesses of a later
``check`` see every entity as unmentioned.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from onrecord.dates import FuzzyDate, Precision
from onrecord.errors import UsageError
from onrecord.extract import VERSION
from onrecord.ids import content_id
from onrecord.readmodel import CHECK_STAGE, RESOLVE_STAGE
from onrecord.record import (
    AccountStep,
    Article,
    Assertion,
    Contradiction,
    DateSource,
    Entity,
    EntityKind,
    EntityLink,
    Evasion,
    Event,
    EventLink,
    Listing,
    Membership,
    Participant,
    Proposition,
    Published,
    Quantifier,
    Relation,
    Report,
    ReviewReason,
    Role,
    Span,
    Stance,
    Statement,
    StatementKind,
    Timing,
)
from onrecord.store import Store

Obj = Mapping[str, Any]


def _when(obj: Obj | None) -> FuzzyDate | None:
    """A date object (start, end, precision, text) back into a FuzzyDate."""
    if obj is None:
        return None
    start, end = obj.get("start"), obj.get("end")
    return FuzzyDate(
        datetime.fromisoformat(start).date() if start else None,
        datetime.fromisoformat(end).date() if end else None,
        Precision(obj["precision"]),
        obj.get("text") or "",
    )


def _iso(value: str | None) -> FuzzyDate | None:
    return FuzzyDate.parse(value) if value else None


def _span(obj: Obj | None) -> Span | None:
    if obj is None:
        return None
    return Span(obj["article"], obj["start"], obj["end"], obj["text"])


def _evidence(obj: Obj) -> Span:
    span = _span(obj)
    if span is None:
        raise UsageError(f"{obj.get('type', 'a line')} {obj.get('id')} has no evidence")
    return span


def article_of(obj: Obj) -> Article:
    if "text" not in obj:
        raise UsageError("the export has no article text: export it again with --with-text")
    published = obj.get("published") or {}
    value = _iso(published.get("value"))
    return Article(
        id=obj["id"],
        clean_text=obj["text"],
        url=obj.get("url"),
        outlet=obj.get("outlet"),
        title=obj.get("title"),
        authors=tuple(obj.get("authors") or ()),
        published=None
        if value is None
        else Published(value, DateSource(published["source"]), published["confidence"]),
        origin=obj.get("origin") or "",
        duplicate_of=obj.get("duplicate_of"),
    )


def entity_of(obj: Obj) -> Entity:
    kind = EntityKind(obj["kind"])
    return Entity(obj["id"], obj["name"], kind, tuple(obj["aliases"]), obj["curated"])


def entity_link_of(obj: Obj) -> EntityLink:
    return EntityLink(obj["id"], obj["entity"], obj["article"] or "", obj["canonical"], obj["rule"])


def role_of(obj: Obj) -> Role:
    start, end = obj.get("start"), obj.get("end")
    when = FuzzyDate.parse(f"{start or ''}..{end or ''}") if start or end else None
    return Role(
        obj["id"],
        obj["entity"],
        obj["title"],
        obj["org"],
        when,
        _evidence(obj["evidence"]),
        obj["former"],
    )


def membership_of(obj: Obj) -> Membership:
    return Membership(
        obj["id"],
        obj["entity"],
        obj["group"],
        _when(obj["when"]),
        obj["source"],
        _span(obj["evidence"]),
    )


def _proposition(obj: Obj | None) -> Proposition | None:
    if obj is None:
        return None
    return Proposition(
        Relation(obj["relation"]),
        tuple(obj["subjects"]),
        tuple(obj["objects"]),
        _when(obj["period"]),
        obj["polarity"],
        Quantifier(obj["quantifier"]),
    )


def statement_of(obj: Obj) -> Statement:
    return Statement(
        id=obj["id"],
        article=obj["article"],
        speaker=obj["speaker"],
        speaker_name=obj["speaker_name"],
        text=obj["text"],
        kind=StatementKind(obj["kind"]),
        cue=obj["cue"],
        stance=Stance(obj["stance"]),
        evidence=_evidence(obj["evidence"]),
        speaker_evidence=_span(obj["speaker_evidence"]),
        said_on=_when(obj["said_on"]),
        venue=obj["venue"],
        addressee=obj["addressee"],
        proposition=_proposition(obj["proposition"]),
        confidence=obj["confidence"],
        extractor=obj["extractor"],
    )


def event_of(obj: Obj) -> Event:
    return Event(
        id=obj["id"],
        kind=Relation(obj["kind"]),
        participants=tuple(Participant(p["entity"], p["name"]) for p in obj["participants"]),
        evidence=tuple(_evidence(span) for span in obj["evidence"]),
        when=_when(obj["when"]),
        place=obj["place"],
        hedged=obj["hedged"],
        negated=obj["negated"],
        confidence=obj["confidence"],
        assertion=Assertion(obj["assertion"]),
    )


def reports_of(obj: Obj) -> list[Report]:
    """An event's reports; their ids are not exported, so each is named by its event and
    place in the list (ids only tell reports apart)."""
    return [
        Report(
            id=content_id("rep", obj["id"], number),
            event=obj["id"],
            article=report["article"],
            outlet=report["outlet"],
            published=_iso(report["published"]),
            evidence=_evidence(report["evidence"]),
            credited_to=report["credited_to"],
            basis=report["basis"],
            original=report["original"],
        )
        for number, report in enumerate(obj["reports"])
    ]


def contradiction_of(obj: Obj) -> Contradiction:
    return Contradiction(
        id=obj["id"],
        statement=obj["statement"],
        rule=obj["rule"],
        timing=Timing(obj["timing"]),
        confidence=obj["confidence"],
        explanation=obj["explanation"],
        against_events=tuple(obj["against_events"]),
        against_statements=tuple(obj["against_statements"]),
        status=Listing(obj["status"]),
        reason=ReviewReason(obj["reason"]) if obj["reason"] else None,
        reason_text=obj["reason_text"],
    )


def evasion_of(obj: Obj) -> Evasion:
    return Evasion(
        obj["id"], obj["statement"], Stance(obj["stance"]), obj["explanation"], tuple(obj["events"])
    )


def account_step_of(obj: Obj) -> AccountStep:
    return AccountStep(
        obj["id"],
        obj["speaker"],
        obj["statement"],
        obj["position"],
        _when(obj["said"]),
        Stance(obj["stance"]),
        obj["change"],
        obj["detail"],
    )


def decision_of(obj: Obj) -> dict[str, Any]:
    made = obj.get("made_at")
    return {**obj, "made_at": datetime.fromisoformat(made) if made else None}


@dataclass
class _Imported:
    """The records read so far, sorted by where the store keeps them."""

    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    extracted: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    resolved: list[Any] = field(default_factory=list)
    checked: list[Any] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)

    def add(self, obj: Obj) -> None:
        kind = obj.get("type")
        if kind == "article":
            self.articles.append(article_of(obj))
        elif kind == "entity":
            self.entities.append(entity_of(obj))
        elif kind in _RESOLVED:
            self.resolved.append(_RESOLVED[kind](obj))
        elif kind in _CHECKED:
            self.checked.append(_CHECKED[kind](obj))
        elif kind == "role":
            role = role_of(obj)
            self.extracted[role.evidence.article].append(role)
        elif kind == "statement":
            statement = statement_of(obj)
            self.extracted[statement.article].append(statement)
        elif kind == "event":
            self._event(obj)
        elif kind == "decision":
            self.decisions.append(decision_of(obj))
        else:
            raise UsageError(f"not a line of a onrecord JSONL export: type {kind!r}")

    def _event(self, obj: Obj) -> None:
        """A resolved event is resolve's, with its reports; an article's own telling is that
        article's extraction output (with its reports before check), linked to the resolved
        event it became."""
        event, reports = event_of(obj), reports_of(obj)
        if obj["level"] == "resolved":
            self.resolved += [event, *reports]
            return
        article = event.evidence[0].article
        self.extracted[article] += [event, *reports]
        if obj["resolved_event"]:
            link_id = content_id("evlink", event.id, article)
            self.resolved.append(EventLink(link_id, event.id, article, obj["resolved_event"]))


_RESOLVED = {"entity_link": entity_link_of, "membership": membership_of}
_CHECKED = {
    "contradiction": contradiction_of,
    "evasion": evasion_of,
    "account_step": account_step_of,
}


def import_jsonl(store: Store, lines: Iterable[str]) -> int:
    """Read a JSONL export into ``store`` (a new case); returns the number of lines read."""
    found, count = _Imported(), 0
    for line in lines:
        if line.strip():
            found.add(json.loads(line))
            count += 1
    for article in found.articles:
        store.add_article(article)
    store.put(found.entities)
    store.replace_extractions(found.extracted.items(), VERSION)
    store.replace_stage(RESOLVE_STAGE, found.resolved)
    store.replace_stage(CHECK_STAGE, found.checked)
    store.restore_decisions(found.decisions)
    return count
