"""The data of every page, as the JSON twins return it and the templates read it.

Pydantic models, so OpenAPI documents each ``.json`` endpoint. Values are plain (ISO dates, ids,
text exactly as stored): escaping is the template's job, and JSON needs none. Links are paths
inside the app (``href``) or, for an article's own URL, an http(s) URL or nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel

Verdict = Literal["confirmed", "rejected", "open"]


class When(BaseModel):
    """A date at the precision the text gave; ``text`` is how the pages print it."""

    start: date | None
    end: date | None
    precision: str
    text: str


class Cite(BaseModel):
    """A cited sentence and the link that opens the article reader on it."""

    article: str
    start: int
    end: int
    text: str
    href: str
    title: str | None = None
    outlet: str | None = None
    published: When | None = None


class PersonRef(BaseModel):
    id: str | None
    name: str
    href: str | None


class NameSuggestions(BaseModel):
    """Canonical people whose name holds what was typed, for a typeahead."""

    q: str
    items: list[PersonRef]


class Said(BaseModel):
    """A statement (the same words quoted by several articles cite them all)."""

    speaker: PersonRef
    words: str
    stance: str
    said: When | None
    venue: str | None
    cites: list[Cite]


class ReportOut(BaseModel):
    outlet: str | None
    published: When | None
    credited_to: str | None
    basis: str | None
    cite: Cite


class Contact(BaseModel):
    id: str | None
    href: str | None
    kind: str
    participants: list[str]
    when: When | None
    place: str | None
    hedged: bool
    first_reported: When | None
    first_reporter: str | None
    independent_sources: int
    reports: list[ReportOut]
    cites: list[Cite]


class Pager(BaseModel):
    page: int
    per_page: int
    total: int
    pages: int
    prev_href: str | None
    next_href: str | None


class VerdictOut(BaseModel):
    value: Verdict
    note: str | None
    made_at: str | None


class ReasonOut(BaseModel):
    """Why a finding is for review: its reason code and the sentence that explains it."""

    code: str
    text: str


class ContradictionRow(BaseModel):
    id: str
    href: str
    statement: Said
    timing: str
    timing_text: str
    confidence: float
    explanation: str
    against: int
    outlets: list[str]
    verdict: VerdictOut | None
    status: str = "contradiction"  # or "review"
    reasons: list[ReasonOut] = []


class ContradictionFilters(BaseModel):
    person: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    stance: str | None = None
    timing: str | None = None
    verdict: Verdict | None = None


class ContradictionsPage(BaseModel):
    """One page of the dashboard. The person filter is a typeahead over ``/people/names.json``
    (a case has thousands of speakers): ``person`` names the one filtered on."""

    filters: ContradictionFilters
    person: PersonRef | None
    outlets: list[str]
    stances: list[str]
    items: list[ContradictionRow]
    pager: Pager
    review_total: int = 0  # findings for review, listed apart at ``/review``


class ReviewPage(BaseModel):
    """The findings for review: plausible, not proven, each with the reason it is not a
    contradiction; ``reasons`` counts them by reason code."""

    reason: str | None
    person: str | None
    reasons: dict[str, int]
    items: list[ContradictionRow]
    pager: Pager
    contradictions_total: int


class ContradictionPage(BaseModel):
    id: str
    statement: Said
    events: list[Contact]
    statements: list[Said]
    timing: str
    timing_text: str
    confidence: float
    explanation: str
    contradictions: list[str]  # the stored contradictions this entry stands for
    verdict: VerdictOut | None
    history: list[VerdictOut]
    verdict_action: str
    status: str = "contradiction"  # or "review": then ``reasons`` says why
    reasons: list[ReasonOut] = []


class ArticleOut(BaseModel):
    id: str
    href: str
    title: str | None
    outlet: str | None
    url: str | None  # only when it is an http(s) URL
    published: When | None
    dated_by: str | None = None  # metadata | sidecar | cli | text: where the date came from
    date_confidence: float | None = None


class ArticleFilters(BaseModel):
    outlet: str | None = None
    since: date | None = None
    until: date | None = None


class ArticlesPage(BaseModel):
    filters: ArticleFilters
    outlets: list[str]
    items: list[ArticleOut]
    pager: Pager


class Mark(BaseModel):
    """An evidence span in the reader: ``anchor`` is the element id a citation links to."""

    kind: str
    start: int
    end: int
    label: str
    anchor: str
    href: str | None


class ArticlePage(BaseModel):
    article: ArticleOut
    text: str
    marks: list[Mark]


class SnippetPart(BaseModel):
    text: str
    hit: bool


class SearchHit(BaseModel):
    article: ArticleOut
    snippet: list[SnippetPart]


class SearchPage(BaseModel):
    q: str
    filters: ArticleFilters
    outlets: list[str]
    items: list[SearchHit]
    pager: Pager


class PersonRow(BaseModel):
    id: str
    href: str
    name: str
    kind: str
    aliases: list[str]
    statements: int
    roles: int


class PeoplePage(BaseModel):
    q: str | None
    kind: str
    items: list[PersonRow]
    pager: Pager


class RoleOut(BaseModel):
    title: str
    org: str | None
    when: When | None
    former: bool
    cite: Cite


class StatementOut(BaseModel):
    id: str
    words: str
    stance: str
    kind: str
    said: When | None
    venue: str | None
    cite: Cite
    contradictions: list[str]  # hrefs
    review: list[str] = []  # hrefs of the findings for review about it


class MemberOut(BaseModel):
    id: str
    name: str
    kind: str
    rule: str


class EventRow(BaseModel):
    id: str
    href: str
    kind: str
    participants: list[PersonRef]
    when: When | None
    place: str | None
    hedged: bool
    negated: bool
    assertion: str
    reports: int
    independent_sources: int
    first_reported: When | None


class PersonPage(BaseModel):
    id: str
    name: str
    kind: str
    aliases: list[str]
    members: list[MemberOut]
    roles: list[RoleOut]
    statements: list[StatementOut]
    statements_pager: Pager
    contacts: list[EventRow]
    contacts_total: int
    merge_action: str
    split_action: str
    reject_action: str
    rename_action: str


class JobOut(BaseModel):
    """A merge's or split's re-check: queued, running, done or failed (with the reason)."""

    id: str
    href: str
    kind: str  # merge | split
    subject: str  # the decision in words
    person: str  # the person's page, where the result shows
    state: Literal["queued", "running", "done", "failed"]
    message: str
    queued_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None


class EventFilters(BaseModel):
    person: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None


class EventsPage(BaseModel):
    filters: EventFilters
    kinds: list[str]
    items: list[EventRow]
    pager: Pager


class SourceDate(BaseModel):
    """One source's own date for the contact, cited: disagreeing dates stay visible."""

    when: When | None
    cite: Cite | None


class EventPage(BaseModel):
    id: str
    kind: str
    participants: list[PersonRef]
    when: When | None
    place: str | None
    hedged: bool
    negated: bool
    assertion: str
    first_reported: When | None
    first_reporter: str | None
    independent_sources: int
    reports: list[ReportOut]
    dates: list[SourceDate]
    dates_conflict: bool
    contradictions: list[str]  # hrefs
    evidence: list[Cite]
    review: list[str] = []  # hrefs of the findings for review that cite this contact
