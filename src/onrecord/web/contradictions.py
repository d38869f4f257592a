"""The contradictions dashboard (``/``), the findings for review (``/review``), one finding
(``/contradictions/{id}``) and its verdict form.

The list is the dossier's (:func:`onrecord.report.build.contradiction_groups`: one entry per
denial however many articles quote it, strongest first), built once per state of the record and
cached: the cache key is :func:`onrecord.store.queries.record_version`, so a re-run of ``check``
— from this app or the command line — is picked up by the next request. Verdicts are the
user's decisions, read fresh whenever the store changed (a page is kept until then, see
:func:`onrecord.web.pages.page`) and matched by contradiction id or, when new evidence gave the
contradiction a new id, by the statement it is about.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse
from pydantic import BeforeValidator

from onrecord.readmodel import ArticleSummary
from onrecord.record import Listing, Statement
from onrecord.report import model as dossier
from onrecord.report import words
from onrecord.report.build import ContradictionGroup, contradiction_groups
from onrecord.report.citations import CitationBook
from onrecord.report.lookup import RecordLookup
from onrecord.resolve.names import fold
from onrecord.store import Store, queries
from onrecord.web import convert
from onrecord.web.cache import MEMO_PARTS, Built, Parts, VersionCache
from onrecord.web.errors import NotFound
from onrecord.web.models import (
    Cite,
    Contact,
    ContradictionFilters,
    ContradictionPage,
    ContradictionRow,
    ContradictionsPage,
    PersonRef,
    ReasonOut,
    ReportOut,
    ReviewPage,
    Said,
    Verdict,
    VerdictOut,
)
from onrecord.web.pages import page, store_of
from onrecord.web.params import Day, Note, Page, Text, blank_is_none

router = APIRouter()


@dataclass(frozen=True)
class Entry:
    """One dashboard entry as its filters see it; its page is a part of the stored view."""

    key: str  # the first telling's contradiction id: the page's id
    contradictions: tuple[str, ...]  # the stored contradictions it stands for
    speaker: str | None
    outlets: frozenset[str]
    said: tuple[date, date] | None
    statement: str  # the first telling's statement: a verdict is also filed under it
    statements: frozenset[str]
    stance: str
    timing: str
    reasons: tuple[str, ...] = ()  # the review reason codes


@dataclass(frozen=True)
class Index:
    entries: tuple[Entry, ...]  # the contradictions list
    people: dict[str, PersonRef]  # the speakers, by canonical id
    outlets: list[str]
    review: tuple[Entry, ...]  # the findings for review
    parts: Parts  # each entry's page, by its key
    by_id: dict[str, Entry] = field(init=False)  # either list
    stances: list[str] = field(init=False)  # of the contradictions list
    read: dict[str, ContradictionPage] = field(init=False, default_factory=dict)  # see pages()

    def __post_init__(self) -> None:
        found = {
            cid: entry for entry in (*self.entries, *self.review) for cid in entry.contradictions
        }
        object.__setattr__(self, "by_id", found)
        object.__setattr__(self, "stances", sorted({entry.stance for entry in self.entries}))

    def pages(self, entries: Sequence[Entry]) -> list[ContradictionPage]:
        """The pages of ``entries``, read from the stored view in one go; kept once read, as
        reading one back takes a millisecond (a page's verdict is set on a copy)."""
        kept = self.read
        found = {entry.key: kept[entry.key] for entry in entries if entry.key in kept}
        missing = [entry.key for entry in entries if entry.key not in found]
        if missing:
            bodies = self.parts.get(missing)
            read = {key: ContradictionPage.model_validate_json(bodies[key]) for key in missing}
            if len(kept) + len(read) > MEMO_PARTS:
                kept.clear()
            kept.update(read)
            found.update(read)
        return [found[entry.key] for entry in entries]


# -- building -------------------------------------------------------------------------------------
@dataclass
class _Builder:
    store: Store
    record: RecordLookup
    articles: dict[str, ArticleSummary] = field(default_factory=dict)
    contacts: dict[dossier.Contact, str] = field(default_factory=dict)
    saids: dict[dossier.Said, Statement] = field(default_factory=dict)

    def prepare(self, groups: tuple[ContradictionGroup, ...]) -> None:
        """Cited articles' metadata in one batch; contact and statement ids by value."""
        for group in groups:
            for item in group.contradictions:
                for event_id in item.against_events:
                    contact = self.record.contact(event_id)
                    if contact is not None:
                        self.contacts.setdefault(contact, event_id)
                for statement_id in (item.statement, *item.against_statements):
                    statement = self.record.statements.get(statement_id)
                    if statement is not None:
                        self.saids.setdefault(self.record.said_of(statement), statement)
        cited = {self.record.book.span(n).article for g in groups for n in _numbers(g.item)}
        self.articles = queries.article_rows(self.store, cited)

    def cite(self, number: int) -> Cite:
        span = self.record.book.span(number)
        return convert.cite(span, self.articles.get(span.article))

    def speaker(self, said: dossier.Said) -> PersonRef:
        statement = self.saids.get(said)
        key = self.record.speaker_key(statement) if statement else None
        return convert.person(key, said.speaker)

    def said(self, said: dossier.Said) -> Said:
        return Said(
            speaker=self.speaker(said),
            words=said.words,
            stance=said.stance.value,
            said=convert.when(said.said),
            venue=said.venue,
            cites=[self.cite(n) for n in said.cites],
        )

    def contact(self, contact: dossier.Contact) -> Contact:
        event_id = self.contacts.get(contact)
        return Contact(
            id=event_id,
            href=convert.path("events", event_id) if event_id else None,
            kind=contact.kind.value,
            participants=list(contact.participants),
            when=convert.when(contact.when),
            place=contact.place,
            hedged=contact.hedged,
            first_reported=convert.when(contact.first_reported),
            first_reporter=contact.first_reporter,
            independent_sources=contact.independent_sources,
            reports=[self.report(r) for r in contact.reports],
            cites=[self.cite(n) for n in contact.cites],
        )

    def report(self, line: dossier.ReportLine) -> ReportOut:
        return ReportOut(
            outlet=line.outlet,
            published=convert.when(line.published),
            credited_to=line.credited_to,
            basis=line.basis,
            cite=self.cite(line.cite),
        )

    def entry(self, group: ContradictionGroup) -> tuple[Entry, ContradictionPage]:
        item = group.item
        first = group.contradictions[0]
        statement = self.said(item.statement)
        page = ContradictionPage(
            id=first.id,
            statement=statement,
            events=[self.contact(c) for c in item.events],
            statements=[self.said(s) for s in item.statements],
            timing=item.timing.value,
            timing_text=words.TIMING[item.timing],
            confidence=item.confidence,
            explanation=item.explanation,
            contradictions=[c.id for c in group.contradictions],
            verdict=None,
            history=[],
            verdict_action=convert.path("contradictions", first.id, "verdict"),
            status=first.status.value,
            reasons=[ReasonOut(code=r.code, text=r.text) for r in item.reasons],
        )
        entry = Entry(
            key=page.id,
            contradictions=tuple(page.contradictions),
            speaker=statement.speaker.id,
            outlets=frozenset(c.outlet for c in statement.cites if c.outlet),
            said=_said_range(statement),
            statement=first.statement,
            statements=frozenset(c.statement for c in group.contradictions),
            stance=statement.stance,
            timing=page.timing,
            reasons=tuple(r.code for r in page.reasons),
        )
        return entry, page


def _numbers(item: dossier.ContradictionItem) -> set[int]:
    """Every citation number an entry shows."""
    numbers = {*item.statement.cites, *(n for s in item.statements for n in s.cites)}
    for contact in item.events:
        numbers.update(contact.cites)
        numbers.update(report.cite for report in contact.reports)
    return numbers


def _said_range(said: Said) -> tuple[date, date] | None:
    """When the words were said, else when the first article quoting them was published."""
    known = said.said or next((c.published for c in said.cites if c.published), None)
    if known is None or known.start is None or known.end is None:
        return None
    return (known.start, known.end)


def build_index(store: Store) -> Built:
    """Every entry of both lists with its filter keys in the body, its page as a part."""
    record = RecordLookup(store, CitationBook())
    groups = contradiction_groups(store, record, Listing.CONTRADICTION)
    held = contradiction_groups(store, record, Listing.REVIEW)
    builder = _Builder(store, record)
    builder.prepare((*groups, *held))
    listed = [builder.entry(group) for group in groups]
    review = [builder.entry(group) for group in held]
    speakers = {page.statement.speaker.id: page.statement.speaker for _, page in listed}
    people = {key: p for key, p in speakers.items() if key is not None}
    outlets = sorted({outlet for entry, _ in listed for outlet in entry.outlets}, key=fold)
    body = {
        "entries": [_entry_row(entry) for entry, _ in listed],
        "review": [_entry_row(entry) for entry, _ in review],
        "people": {key: person.model_dump(mode="json") for key, person in people.items()},
        "outlets": outlets,
    }
    parts = {entry.key: page.model_dump_json() for entry, page in (*listed, *review)}
    return Built(json.dumps(body), parts)


# The index as the store keeps it (``by_id`` is derived): each entry a plain JSON row, read back
# with no validation (a 10k-article case has tens of thousands); the name changes with the form.
def _entry_row(entry: Entry) -> list[Any]:
    said = [day.isoformat() for day in entry.said] if entry.said else None
    return [
        entry.key,
        entry.contradictions,
        entry.speaker,
        sorted(entry.outlets),
        said,
        entry.statement,
        sorted(entry.statements),
        entry.stance,
        entry.timing,
        entry.reasons,
    ]


def _row_entry(row: list[Any]) -> Entry:
    key, contradictions, speaker, outlets, said, statement, statements, stance, timing, why = row
    return Entry(
        key=key,
        contradictions=tuple(contradictions),
        speaker=speaker,
        outlets=frozenset(outlets),
        said=(date.fromisoformat(said[0]), date.fromisoformat(said[1])) if said else None,
        statement=statement,
        statements=frozenset(statements),
        stance=stance,
        timing=timing,
        reasons=tuple(why),
    )


def _read_index(body: str, parts: Parts) -> Index:
    kept = json.loads(body)
    people = {key: PersonRef.model_validate(person) for key, person in kept["people"].items()}
    return Index(
        tuple(map(_row_entry, kept["entries"])),
        people,
        kept["outlets"],
        tuple(map(_row_entry, kept["review"])),
        parts,
    )


def index_cache() -> VersionCache[Index]:
    """The dashboard's index for the record's version, kept in the store by ``check``."""
    return VersionCache("dashboard.v3", lambda store: build_index(store), _read_index)


# -- verdicts -------------------------------------------------------------------------------------
class Verdicts:
    """The user's verdicts in the order they were made, found by the contradiction they name
    or the statement it concerns (a verdict outlives new evidence that changes the id)."""

    def __init__(self, decisions: list[dict[str, Any]]) -> None:
        self.decisions = decisions
        self.keyed: dict[tuple[str, str], list[int]] = defaultdict(list)
        for number, decision in enumerate(decisions):
            self.keyed["contradiction", decision["subject"]].append(number)
            if decision["object"]:
                self.keyed["statement", decision["object"]].append(number)

    def _numbers(self, entry: Entry) -> list[int]:
        keys = [("contradiction", c) for c in entry.contradictions]
        keys += [("statement", s) for s in entry.statements]
        return sorted({n for key in keys for n in self.keyed.get(key, ())})

    def history(self, entry: Entry) -> list[VerdictOut]:
        return [
            VerdictOut(value=d["value"], note=d["note"], made_at=_stamp(d["made_at"]))
            for d in (self.decisions[n] for n in self._numbers(entry))
        ]

    def value(self, entry: Entry) -> str:
        """The latest verdict, "open" when none stands."""
        numbers = self._numbers(entry)
        return str(self.decisions[numbers[-1]]["value"]) if numbers else "open"


def _verdicts(store: Store) -> Verdicts:
    return Verdicts(store.decisions("verdict"))


def _stamp(value: Any) -> str | None:
    return None if value is None else str(value)


def _with_verdict(entry: Entry, page: ContradictionPage, verdicts: Verdicts) -> ContradictionPage:
    history = verdicts.history(entry)
    latest = history[-1] if history else None
    verdict = latest if latest is not None and latest.value != "open" else None
    return page.model_copy(update={"verdict": verdict, "history": history})


def _rows(index: Index, entries: Sequence[Entry], verdicts: Verdicts) -> list[ContradictionRow]:
    """The list rows of ``entries``, each with its verdict."""
    pages = index.pages(entries)
    return [
        _row(_with_verdict(entry, page, verdicts), entry)
        for entry, page in zip(entries, pages, strict=True)
    ]


# -- the dashboard --------------------------------------------------------------------------------
def _matches(entry: Entry, verdicts: Verdicts, where: ContradictionFilters) -> bool:
    """Does ``entry`` pass the filters (its verdict is looked up only when one is asked for)?"""
    checks = (
        where.person is None or entry.speaker == where.person,
        where.outlet is None or where.outlet in entry.outlets,
        where.stance is None or entry.stance == where.stance,
        where.timing is None or entry.timing == where.timing,
        where.since is None or (entry.said is not None and entry.said[1] >= where.since),
        where.until is None or (entry.said is not None and entry.said[0] <= where.until),
    )
    return all(checks) and (where.verdict is None or verdicts.value(entry) == where.verdict)


def _found(
    entries: tuple[Entry, ...], verdicts: Verdicts, where: ContradictionFilters
) -> Sequence[Entry]:
    """The entries that pass the filters: all of them, unfiltered, with no pass over them."""
    if where == ContradictionFilters():
        return entries
    return [entry for entry in entries if _matches(entry, verdicts, where)]


def _row(page: ContradictionPage, entry: Entry) -> ContradictionRow:
    return ContradictionRow(
        id=page.id,
        href=convert.path("contradictions", page.id),
        statement=page.statement,
        timing=page.timing,
        timing_text=page.timing_text,
        confidence=page.confidence,
        explanation=page.explanation,
        against=len(page.events) + len(page.statements),
        outlets=sorted(entry.outlets, key=fold),
        verdict=page.verdict,
        status=page.status,
        reasons=page.reasons,
    )


def _blank(value: str | None) -> str | None:
    """An empty form field means "any"."""
    return value or None


@page(
    router,
    "/",
    "index.html",
    summary="Contradictions, strongest first, filtered and paged",
    kept=True,
)
def dashboard(
    request: Request,
    person: Text = None,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    stance: Text = None,
    timing: Text = None,
    verdict: Annotated[Verdict | None, BeforeValidator(blank_is_none), Query()] = None,
    page: Page = 1,
) -> ContradictionsPage:
    store = store_of(request)
    index: Index = request.app.state.contradictions.get(store)
    verdicts = _verdicts(store)
    where = ContradictionFilters(
        person=_blank(person),
        outlet=_blank(outlet),
        since=since,
        until=until,
        stance=_blank(stance),
        timing=_blank(timing),
        verdict=verdict,
    )
    found = _found(index.entries, verdicts, where)
    start = convert.offset(page)
    return ContradictionsPage(
        filters=where,
        person=index.people.get(where.person) if where.person else None,
        outlets=index.outlets,
        stances=index.stances,
        items=_rows(index, found[start : start + convert.PER_PAGE], verdicts),
        pager=convert.pager(request, page, len(found)),
        review_total=len(index.review),
    )


@page(
    router,
    "/review",
    "review.html",
    summary="Findings for review, each with its reason",
    kept=True,
)
def review(
    request: Request,
    reason: Text = None,
    person: Text = None,
    page: Page = 1,
) -> ReviewPage:
    """What check could not prove: plausible findings, apart from the contradictions, each with
    the condition of the contradiction rule it fails; ``reason`` keeps one reason code,
    ``person`` one speaker."""
    store = store_of(request)
    index: Index = request.app.state.contradictions.get(store)
    verdicts = _verdicts(store)
    wanted = _blank(reason)
    where = ContradictionFilters(person=_blank(person))
    found = [
        e
        for e in index.review
        if (wanted is None or _has_reason(e, wanted)) and _matches(e, verdicts, where)
    ]
    start = convert.offset(page)
    return ReviewPage(
        reason=wanted,
        person=where.person,
        reasons=dict(Counter(_reason_codes(index.review)).most_common()),
        items=_rows(index, found[start : start + convert.PER_PAGE], verdicts),
        pager=convert.pager(request, page, len(found)),
        contradictions_total=len(index.entries),
    )


def _reason_codes(entries: Iterable[Entry]) -> Iterator[str]:
    return (code for entry in entries for code in entry.reasons)


def _has_reason(entry: Entry, code: str) -> bool:
    return code in entry.reasons


def _entry(request: Request, contradiction_id: str) -> tuple[Entry, Index]:
    index: Index = request.app.state.contradictions.get(store_of(request))
    entry = index.by_id.get(contradiction_id)
    if entry is None:
        raise NotFound(f"no contradiction or finding for review {contradiction_id}")
    return entry, index


@page(router, "/contradictions/{contradiction_id}", "contradiction.html", kept=True)
def contradiction(request: Request, contradiction_id: str) -> ContradictionPage:
    """One finding — a contradiction, or one for review with its reasons: the statement, what is
    held against it, timing, sources, verdict."""
    entry, index = _entry(request, contradiction_id)
    [page] = index.pages([entry])
    return _with_verdict(entry, page, _verdicts(store_of(request)))


@router.post("/contradictions/{contradiction_id}/verdict", status_code=303)
def mark_verdict(
    request: Request,
    contradiction_id: str,
    value: Annotated[Verdict, Form()],
    note: Note = None,
) -> RedirectResponse:
    """Mark a contradiction confirmed or rejected (or open again). Stored as the user's
    decision, apart from what check infers, so re-running check never touches it."""
    entry, _ = _entry(request, contradiction_id)
    store_of(request).decide("verdict", entry.key, entry.statement, value, _blank(note))
    return RedirectResponse(convert.path("contradictions", entry.key), status_code=303)
