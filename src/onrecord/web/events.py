"""Contacts: the list (``/events``) and one contact (``/events/{id}``) with every report — the
outlet, its date, whom it credits and the sentence — who reported it first, how many
independent sources stand behind it, and each source's own date when they disagree."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from onrecord.readmodel import ArticleSummary, first_reported, independent_sources
from onrecord.record import (
    Event,
    Listing,
    Relation,
    Report,
)
from onrecord.store import Store, queries
from onrecord.store.queries import EventFilter
from onrecord.store.queries import EventRow as EventFound
from onrecord.web import convert
from onrecord.web.errors import Moved, NotFound
from onrecord.web.models import (
    EventFilters,
    EventPage,
    EventRow,
    EventsPage,
    PersonRef,
    ReportOut,
    SourceDate,
)
from onrecord.web.pages import page, store_of
from onrecord.web.params import Day, Page, Text

router = APIRouter()


def participants(event: Event) -> list[PersonRef]:
    return [convert.person(p.entity, p.name) for p in event.participants]


def event_row(found: EventFound) -> EventRow:
    event = found.event
    return EventRow(
        id=event.id,
        href=convert.path("events", event.id),
        kind=event.kind.value,
        participants=participants(event),
        when=convert.when(event.when),
        place=event.place,
        hedged=event.hedged,
        negated=event.negated,
        assertion=event.assertion.value,
        reports=found.reports,
        independent_sources=found.independent_sources,
        first_reported=convert.when(found.first_reported),
    )


@page(router, "/events", "events.html", summary="Contacts by date, filtered and paged", kept=True)
def events(
    request: Request,
    person: Text = None,
    kind: Annotated[Relation | None, Query()] = None,
    since: Day = None,
    until: Day = None,
    page: Page = 1,
) -> EventsPage:
    store = store_of(request)
    filters = EventFilters(
        person=person or None, kind=kind.value if kind else None, since=since, until=until
    )
    where = EventFilter(filters.person, filters.kind, filters.since, filters.until)
    window = queries.events(store, where, convert.offset(page), convert.PER_PAGE)
    return EventsPage(
        filters=filters,
        kinds=[r.value for r in Relation],
        items=[event_row(row) for row in window.rows],
        pager=convert.pager(request, page, window.total),
    )


@page(
    router, "/events/{event_id}", "event.html", summary="A contact with all its reports", kept=True
)
def event(request: Request, event_id: str) -> EventPage:
    store = store_of(request)
    found = queries.event(store, event_id)
    resolved = queries.resolved_event_of(store, event_id)
    if resolved is not None and resolved != event_id:  # one article's telling: show the contact
        raise Moved(convert.path("events", resolved))
    if found is None:
        raise NotFound(f"no contact {event_id}")
    return _event_page(store, found)


def _event_page(store: Store, event: Event) -> EventPage:
    reports = queries.reports_of(store, event.id)
    members = queries.member_events(store, event.id) or [event]
    cited = {r.article for r in reports} | {s.article for e in members for s in e.evidence}
    articles = queries.article_rows(store, cited)
    first = first_reported(reports)
    dates = [_source_date(e, articles) for e in members]
    return EventPage(
        id=event.id,
        kind=event.kind.value,
        participants=participants(event),
        when=convert.when(event.when),
        place=event.place,
        hedged=event.hedged,
        negated=event.negated,
        assertion=event.assertion.value,
        first_reported=convert.when(first),
        first_reporter=next(
            (r.credited_to or r.outlet for r in reports if first and r.published == first), None
        ),
        independent_sources=independent_sources(reports),
        reports=[_report(r, articles) for r in reports],
        dates=dates,
        dates_conflict=_conflict(members),
        contradictions=_findings(store, event.id, Listing.CONTRADICTION),
        review=_findings(store, event.id, Listing.REVIEW),
        evidence=[convert.cite(s, articles.get(s.article)) for s in event.evidence],
    )


def _findings(store: Store, event_id: str, listing: Listing) -> list[str]:
    """Links to the findings on one list that hold this contact against a statement."""
    found = queries.contradictions_against_event(store, event_id, listing)
    return [convert.path("contradictions", c) for c in found]


def _report(report: Report, articles: dict[str, ArticleSummary]) -> ReportOut:
    return ReportOut(
        outlet=report.outlet,
        published=convert.when(report.published),
        credited_to=report.credited_to,
        basis=report.basis,
        cite=convert.cite(report.evidence, articles.get(report.article)),
    )


def _source_date(event: Event, articles: dict[str, ArticleSummary]) -> SourceDate:
    span = event.evidence[0] if event.evidence else None
    return SourceDate(
        when=convert.when(event.when),
        cite=convert.cite(span, articles.get(span.article)) if span else None,
    )


def _conflict(members: list[Event]) -> bool:
    """Two sources give dates that cannot both be right (April 26 vs April 27)."""
    dated = [e.when for e in members if e.when is not None and e.when.start is not None]
    return any(not a.overlaps(b) for a in dated for b in dated)
