"""The record as the dossier reads it: canonical names, statements and contacts by id.

Built once from the store's iterators. It holds the statements, the record's events and their
reports (the dossier lists all of them anyway) and entity names — never article text: cited
sentences travel in their evidence spans. Items are turned into dossier values once and
cached, so a contact cited by a contradiction and listed in the timeline has the same citation
numbers in both places.
"""

from __future__ import annotations

from onrecord.readmodel import (
    Canon,
    first_reported,
    independent_sources,
    record_events,
    report_order,
    reports_by_event,
)
from onrecord.record import (
    Entity,
    Event,
    Report,
    Statement,
)
from onrecord.report.citations import CitationBook
from onrecord.report.model import Contact, ReportLine, Said
from onrecord.store import Store


class RecordLookup:
    def __init__(self, store: Store, book: CitationBook) -> None:
        self.book = book
        self.canon = Canon(store)
        self.entities = {entity.id: entity for entity in store.all(Entity)}
        self.statements = {statement.id: statement for statement in store.all(Statement)}
        self.events = {event.id: event for event in record_events(store)}
        self.reports = reports_by_event(store)
        self._said: dict[str, Said] = {}
        self._contacts: dict[str, Contact] = {}

    # -- who --------------------------------------------------------------------------------------
    def canonical(self, entity: str, article: str | None = None) -> Entity | None:
        return self.entities.get(self.canon(entity, article))

    def name(self, entity: str, fallback: str, article: str | None = None) -> str:
        found = self.canonical(entity, article)
        return found.name if found else fallback

    def speaker_key(self, statement: Statement) -> str:
        """Whom a statement is filed under: the canonical speaker, or the bare name when
        extraction linked nobody (kept apart so an unlinked "Smith" never joins a person)."""
        if statement.speaker is None:
            return f"name:{statement.speaker_name}"
        return self.canon(statement.speaker, statement.article)

    def speaker_name(self, statement: Statement) -> str:
        fallback = statement.speaker_name or "an unnamed speaker"
        if statement.speaker is None:
            return fallback
        return self.name(statement.speaker, fallback, statement.article)

    # -- what was said ----------------------------------------------------------------------------
    def said(self, statement_id: str) -> Said | None:
        statement = self.statements.get(statement_id)
        return None if statement is None else self.said_of(statement)

    def said_of(self, statement: Statement) -> Said:
        if statement.id not in self._said:
            self._said[statement.id] = self._make_said(statement)
        return self._said[statement.id]

    def _make_said(self, statement: Statement) -> Said:
        return Said(
            speaker=self.speaker_name(statement),
            words=statement.text,
            stance=statement.stance,
            said=statement.said_on,
            venue=statement.venue,
            article=statement.article,
            cites=(self.book.cite(statement.evidence),),
        )

    # -- what happened ----------------------------------------------------------------------------
    def contact(self, event_id: str) -> Contact | None:
        if event_id not in self._contacts:
            event = self.events.get(event_id)
            if event is None:
                return None
            self._contacts[event_id] = self._make_contact(event)
        return self._contacts[event_id]

    def _make_contact(self, event: Event) -> Contact:
        reports = sorted(self.reports.get(event.id, []), key=report_order)
        first = first_reported(reports)
        return Contact(
            kind=event.kind,
            participants=tuple(
                self.name(p.entity, p.name, _article_of(event)) for p in event.participants
            ),
            when=event.when,
            place=event.place,
            hedged=event.hedged,
            first_reported=first,
            first_reporter=_reporter(next((r for r in reports if r.published == first), None)),
            independent_sources=independent_sources(reports),
            reports=tuple(self._report_line(r) for r in reports),
            cites=() if reports else self.book.cite_all(event.evidence),
        )

    def _report_line(self, report: Report) -> ReportLine:
        return ReportLine(
            report.outlet,
            report.published,
            report.credited_to,
            report.basis,
            self.book.cite(report.evidence),
        )


def _reporter(report: Report | None) -> str | None:
    if report is None:
        return None
    return report.credited_to or report.outlet


def _article_of(event: Event) -> str | None:
    """The article a per-article event came from (its names are local to it); resolved events
    already name canonical entities, and this only refines what the corpus link says."""
    return event.evidence[0].article if event.evidence else None
