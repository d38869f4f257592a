"""The timeline's data: one lane per person (or organisation, or group), with their contacts,
roles, casebook memberships and statements on a time axis.

Dates keep the precision the text gave: ``start``/``end`` are the inclusive days of the
record's :class:`~onrecord.dates.FuzzyDate` (``None`` for an open end), and ``precision`` says
whether it is a day (drawn as a point) or a month, a year, a range (drawn as a span over all of
it). A contact "in April 2016" is never pinned to April 1. Items with no date at all are
counted, not drawn. A statement whose own date is unknown sits at its article's date and says
so (``dated_by_article``): it was said on that day or before.

A large case has thousands of people and tens of thousands of statements: a page shows
``limit`` lanes, the busiest first, with links to the next page (or the lanes asked for with
``?person=``), each with at most ``per_lane`` items — contradicted statements, contacts, roles
and denials first — within the period asked for. ``onrecord check`` builds the view once per
record version (:func:`build_timeline`) and keeps it in the store: each lane's counts by stance
in its body, each lane's entries in rank order as parts; a request reads the lanes it shows
(:func:`select_timeline`).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from heapq import nsmallest
from itertools import islice
from typing import Any, Literal, TypeGuard

from pydantic import BaseModel, TypeAdapter

from onrecord.dates import FuzzyDate, Precision
from onrecord.export.view import contact_events
from onrecord.record import Contradiction, Event, Membership, Role, Stance, Statement
from onrecord.store import Store
from onrecord.web.cache import Built, Parts
from onrecord.web.convert import path
from onrecord.web.errors import NotFound
from onrecord.web.models import Pager
from onrecord.web.visual_record import Names, NameTable, span_href

Category = Literal["contact", "role", "membership", "statement"]
SHOWN_STANCES = tuple(stance for stance in Stance if stance is not Stance.OTHER)
DEFAULT_LANES = 10  # lanes a page shows; the next page shows the next busiest
LABEL_CHARS = 90
PER_LANE = 50  # items drawn in one lane at most; ?from= and ?to= narrow the period
CHUNK = 100  # a lane's entries are kept in chunks of this many, read as far as a page needs
KEPT_PAGES = 64  # pages of one record version kept for the next reader asking the same


class TimelineLane(BaseModel):
    id: str
    name: str
    kind: str
    items: int


class TimelineItem(BaseModel):
    id: str
    lane: str
    category: Category
    label: str
    start: date | None  # None: open towards the past ("before the election")
    end: date | None  # inclusive; None: open towards the future ("since March")
    precision: Precision
    when: str  # the date as the record gives it: "2016-04", "..2016-11-08"
    href: str
    stance: Stance | None = None
    contradicted: bool = False
    dated_by_article: bool = False


class TimelinePage(BaseModel):
    lanes: list[TimelineLane]
    items: list[TimelineItem]
    start: date | None  # the span the items cover; open ends are drawn up to it
    end: date | None
    lanes_total: int  # lanes with dated items before the cut to ``limit`` or ``?person=``
    items_total: int  # items in the lanes shown, before each is cut to ``per_lane``
    per_lane: int
    undated: int  # records left off the axis for want of a date
    people: list[str]  # the canonical ids asked for, if any
    stances: list[Stance]  # the statement stances shown
    limit: int  # lanes shown without a focus
    period_start: date | None  # the period asked for with ?from= and ?to=
    period_end: date | None
    stance_choices: list[Stance] = list(Stance)  # every stance a client may ask for
    pager: Pager | None = None  # the pages of lanes (with ?person=, one page)


@dataclass(frozen=True)
class _Entry:
    """One dated record, before it is copied into each of its lanes."""

    key: str
    category: Category
    when: FuzzyDate
    lanes: tuple[tuple[str, str], ...]  # (lane id, label of the item in that lane)
    href: str
    stance: Stance | None = None
    contradicted: bool = False
    dated_by_article: bool = False

    def rank(self) -> tuple[object, ...]:
        """What a full lane keeps first: contradicted statements, contacts, roles and
        memberships, denials, other statements; earliest first within each."""
        if self.contradicted:
            order = 0
        elif self.stance is Stance.DENY:
            order = 3
        else:
            order = _RANK[self.category]
        return (order, self.when.sort_key(), self.key)


_RANK: dict[Category, int] = {"contact": 1, "role": 2, "membership": 2, "statement": 4}


class TimelineRecord:
    """What the timeline can draw, as the store keeps it for a record version: the names and
    each lane's count of entries by stance (the body), each lane's entries in rank order (a
    part), and every entry's dates by lane (one part, read only for a period). A request reads
    the lanes it shows, not the record."""

    def __init__(
        self,
        names: NameTable,
        lanes: dict[str, dict[str, int]],
        undated: int,
        parts: Parts,
    ) -> None:
        self.names = names
        self.undated = undated  # contacts, roles and statements with no date to place them by
        self._parts = parts
        self._counts: dict[Stance | None, Counter[str]] = defaultdict(Counter)
        for lane, by_stance in lanes.items():
            for stance, entries in by_stance.items():
                self._counts[Stance(stance) if stance else None][lane] = entries
        self._lanes = lanes
        self.pages: dict[TimelineQuery, TimelinePage] = {}  # see :func:`select_timeline`

    def knows(self, lane: str) -> bool:
        return lane in self._lanes or self.names.knows(lane)

    def counts(self, query: TimelineQuery) -> Counter[str]:
        """Entries per lane that ``query`` shows: from the per-stance counts, or with a period
        from every entry's dates."""
        if query.start is None and query.end is None:
            total: Counter[str] = Counter()
            for stance in (None, *dict.fromkeys(query.stances)):
                total.update(self._counts.get(stance, Counter()))
            return total
        wanted = {None, *(stance.value for stance in query.stances)}
        first, last = _ordinal(query.start, date.min), _ordinal(query.end, date.max)
        dates = json.loads(self._parts.get([_DATES])[_DATES])
        return Counter(
            {
                lane: shown
                for lane, rows in dates.items()
                if (shown := sum(1 for row in rows if _in_period(row, first, last, wanted)))
            }
        )

    def prefetch(self, lanes: Iterable[str]) -> None:
        """Read the first chunk of each of ``lanes`` in one go."""
        self._parts.get(_lane_key(lane, 0) for lane in lanes)

    def entries(self, lane: str) -> Iterator[_Entry]:
        """A lane's entries in rank order, read a chunk at a time: a page showing the first
        ``per_lane`` of a busy lane reads the first chunk of it, not the lane."""
        dates: dict[tuple[Any, ...], FuzzyDate] = {}
        for chunk in itertools.count():
            key = _lane_key(lane, chunk)
            body = self._parts.get([key]).get(key)
            if body is None:
                return
            yield from (_entry(row, dates) for row in json.loads(body))


def _ordinal(day: date | None, open_end: date) -> int:
    return (day or open_end).toordinal()


def _in_period(row: list[Any], first: int, last: int, stances: set[str | None]) -> bool:
    """A lane's dated entry (start and end day ordinals, open ends null; its stance) that
    shows in the period ``first``..``last``, as :meth:`FuzzyDate.overlaps` has it."""
    start, end, stance = row
    low = max(start if start is not None else date.min.toordinal(), first)
    high = min(end if end is not None else date.max.toordinal(), last)
    return stance in stances and low <= high


@dataclass(frozen=True)
class TimelineQuery:
    people: Sequence[str] = ()
    stances: Sequence[Stance] = SHOWN_STANCES
    limit: int = DEFAULT_LANES  # lanes a page shows
    start: date | None = None  # only what overlaps this period
    end: date | None = None
    per_lane: int = PER_LANE
    page: int = 1  # the page of lanes, busiest first


def _contents(store: Store) -> tuple[NameTable, list[_Entry], int]:
    """Every dated contact, role, casebook membership and statement, ranked; and the count of
    those with no date."""
    names = Names(store)
    entries = [
        *_contacts(store, names),
        *_roles(store, names),
        *_memberships(store, names),
        *_statements(store, names),
    ]
    dated = sorted((entry for entry in entries if entry is not None), key=_Entry.rank)
    return names.table(), dated, len(entries) - len(dated)


def build_timeline(store: Store) -> Built:
    """The timeline as the store keeps it: the names and each lane's counts by stance; each
    lane's entries (with their label there) in rank order; every entry's dates by lane."""
    names, dated, undated = _contents(store)
    rows: dict[str, list[_Row]] = defaultdict(list)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, list[tuple[int | None, int | None, str | None]]] = defaultdict(list)
    for entry in dated:
        stance = entry.stance.value if entry.stance else None
        for lane, label in entry.lanes:
            rows[lane].append(_row(entry, label))
            counts[lane][stance or ""] += 1
            dates[lane].append((*_ordinals(entry.when), stance))
    body = {"names": _NAMES.dump_python(names, mode="json"), "lanes": counts, "undated": undated}
    parts = {
        _lane_key(lane, at // CHUNK): json.dumps(lane_rows[at : at + CHUNK])
        for lane, lane_rows in rows.items()
        for at in range(0, len(lane_rows), CHUNK)
    }
    parts[_DATES] = json.dumps(dates)
    return Built(json.dumps(body), parts)


def read_timeline(body: str, parts: Parts) -> TimelineRecord:
    kept = json.loads(body)
    return TimelineRecord(
        _NAMES.validate_python(kept["names"]), kept["lanes"], kept["undated"], parts
    )


def load_timeline(store: Store) -> TimelineRecord:
    """The timeline built now and held in memory (what a store that cannot keep it serves)."""
    built = build_timeline(store)
    return read_timeline(built.body, Parts.held(built.parts))


# The record as the store keeps it: the names, and each entry as a plain JSON row, which reads
# back ten times faster than a validated dataclass; the view's name changes with the form.
_NAMES = TypeAdapter(NameTable)
_DATES = "dates"  # the part with every lane's entry dates
_Row = tuple[str, Category, str | None, str | None, str, str, str, str, str | None, bool, bool]


def _lane_key(lane: str, chunk: int) -> str:
    return f"lane:{chunk}:{lane}"


def _ordinals(when: FuzzyDate) -> tuple[int | None, int | None]:
    return (
        when.start.toordinal() if when.start else None,
        when.end.toordinal() if when.end else None,
    )


def _row(entry: _Entry, label: str) -> _Row:
    when = entry.when
    return (
        entry.key,
        entry.category,
        _iso(when.start),
        _iso(when.end),
        when.precision.value,
        when.expression,
        label,
        entry.href,
        entry.stance.value if entry.stance else None,
        entry.contradicted,
        entry.dated_by_article,
    )


def _entry(row: list[Any], dates: dict[tuple[Any, ...], FuzzyDate]) -> _Entry:
    """A lane's entry read back: its only lane is the one it was read for (see :func:`_items`)."""
    key, category, start, end, precision, expression, label, href, stance, contradicted, by = row
    when = dates.get(day := (start, end, precision, expression))
    if when is None:
        when = dates[day] = FuzzyDate(_day(start), _day(end), Precision(precision), expression)
    return _Entry(
        key,
        category,
        when,
        (("", label),),
        href,
        Stance(stance) if stance else None,
        contradicted,
        by,
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def select_timeline(record: TimelineRecord, query: TimelineQuery) -> TimelinePage:
    """The lanes asked for (or the busiest ``limit`` of page ``page``), each with at most
    ``per_lane`` items; the pages asked for most recently are kept with the record (most
    readers ask for the same few: the default view, a person)."""
    kept = record.pages.get(query)
    if kept is None:
        kept = _select(record, query)
        if len(record.pages) >= KEPT_PAGES:
            record.pages.clear()
        record.pages[query] = kept
    return kept


def _select(record: TimelineRecord, query: TimelineQuery) -> TimelinePage:
    names = record.names
    focus = list(dict.fromkeys(names.canon(person) for person in query.people))
    unknown = [person for person in focus if not record.knows(person)]
    if unknown:
        raise NotFound(f"no one in the record has the id {unknown[0]}")
    counts = record.counts(query)
    chosen = focus or _page_of_lanes(names, counts, query)
    items = _items(record, chosen, query)
    return TimelinePage(
        lanes=[_lane(names, lane, counts[lane]) for lane in chosen],
        items=items,
        start=min((d for i in items for d in (i.start, i.end) if d), default=None),
        end=max((d for i in items for d in (i.start, i.end) if d), default=None),
        lanes_total=len(counts),
        items_total=sum(counts[lane] for lane in chosen),
        per_lane=query.per_lane,
        undated=record.undated,
        people=focus,
        stances=list(query.stances),
        limit=query.limit,
        period_start=query.start,
        period_end=query.end,
    )


def _page_of_lanes(names: NameTable, counts: Counter[str], query: TimelineQuery) -> list[str]:
    """The lanes of page ``query.page``: the busiest first, ``query.limit`` a page."""
    skip = (query.page - 1) * query.limit
    ranked = nsmallest(
        skip + query.limit, counts, key=lambda lane: (-counts[lane], _lane_name(names, lane), lane)
    )
    return ranked[skip:]


def _placed(when: FuzzyDate | None) -> TypeGuard[FuzzyDate]:
    """A date the axis can show: resolved, with at least one end."""
    return when is not None and when.resolved and (when.start or when.end) is not None


def _wanted(entry: _Entry, query: TimelineQuery) -> bool:
    if entry.stance is not None and entry.stance not in query.stances:
        return False
    if query.start is None and query.end is None:
        return True
    return entry.when.overlaps(FuzzyDate.between(query.start, query.end, Precision.RANGE))


def _items(
    record: TimelineRecord, lanes: Sequence[str], query: TimelineQuery
) -> list[TimelineItem]:
    """Each lane's first ``per_lane`` entries that ``query`` shows (a lane's come by
    :meth:`_Entry.rank`), drawn in time order."""
    kept: list[tuple[_Entry, str]] = []
    record.prefetch(lanes)
    for lane in lanes:
        shown = (entry for entry in record.entries(lane) if _wanted(entry, query))
        wanted = islice(shown, query.per_lane)
        kept.extend((entry, lane) for entry in wanted)
    kept.sort(key=lambda found: (found[0].when.sort_key(), found[0].key, found[1]))
    return [_item(entry, lane) for entry, lane in kept]


def _item(entry: _Entry, lane: str) -> TimelineItem:
    return TimelineItem(
        id=f"{entry.category}:{entry.key}:{lane}",
        lane=lane,
        category=entry.category,
        label=entry.lanes[0][1],
        start=entry.when.start,
        end=entry.when.end,
        precision=entry.when.precision,
        when=entry.when.iso(),
        href=entry.href,
        stance=entry.stance,
        contradicted=entry.contradicted,
        dated_by_article=entry.dated_by_article,
    )


def _lane(names: NameTable, lane: str, items: int) -> TimelineLane:
    return TimelineLane(id=lane, name=_lane_name(names, lane), kind=names.kind(lane), items=items)


def _lane_name(names: NameTable, lane: str) -> str:
    """Lanes of unlinked speakers are keyed ``name:<as the article wrote it>``."""
    return names.name(lane, lane.removeprefix("name:"))


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """A label that fits on the axis; the full text is one click away."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- what goes on the axis ------------------------------------------------------------------------
# Each yields None for a record with no date to place it by: counted, not drawn.
def _contacts(store: Store, names: Names) -> Iterator[_Entry | None]:
    """A contact sits in each participant's lane, labelled with the others."""
    for event in contact_events(store):
        if not _placed(event.when):
            yield None
            continue
        people = names.participants(event)
        lanes = tuple((lane, _contact_label(event, people, lane)) for lane in people)
        yield _Entry(event.id, "contact", event.when, lanes, path("events", event.id))


def _contact_label(event: Event, people: dict[str, str], lane: str) -> str:
    others = ", ".join(name for other, name in people.items() if other != lane)
    place = f" at {event.place}" if event.place else ""
    return short(f"{event.kind.value}{' · ' + others if others else ''}{place}")


def _roles(store: Store, names: Names) -> Iterator[_Entry]:
    """Roles with a time: most roles are just what someone is called, and have none."""
    for role in store.all(Role):
        if not _placed(role.when):
            continue
        lane = names.canon(role.entity, role.evidence.article)
        label = short(f"{role.title}, {role.org}" if role.org else role.title)
        yield _Entry(role.id, "role", role.when, ((lane, label),), path("people", lane))


def _memberships(store: Store, names: Names) -> Iterator[_Entry]:
    """Casebook memberships only: one derived from a role is that role's span again."""
    for membership in store.all(Membership):
        if membership.source != "casebook" or not _placed(membership.when):
            continue
        lane = names.canon(membership.entity)
        label = short(f"member of {names.name(names.canon(membership.group), membership.group)}")
        yield _Entry(
            membership.id, "membership", membership.when, ((lane, label),), path("people", lane)
        )


def _statements(store: Store, names: Names) -> Iterator[_Entry | None]:
    """Statements marked by stance; a contradicted one opens its contradiction, any other the
    sentence in the article reader."""
    published = {facts.id: facts.published for facts in store.article_facts()}
    contradicted = {c.statement: c.id for c in store.all(Contradiction) if not c.for_review}
    for statement in store.all(Statement):
        when, by_article = _said(statement, published.get(statement.article))
        if not _placed(when):
            yield None
            continue
        lane = _speaker_lane(statement, names)
        label = short(f"{statement.stance.value.replace('_', ' ')}: “{statement.text}”")
        found = contradicted.get(statement.id)
        href = path("contradictions", found) if found else span_href(statement.evidence)
        yield _Entry(
            statement.id,
            "statement",
            when,
            ((lane, label),),
            href,
            stance=statement.stance,
            contradicted=found is not None,
            dated_by_article=by_article,
        )


def _said(statement: Statement, published: FuzzyDate | None) -> tuple[FuzzyDate | None, bool]:
    if _placed(statement.said_on):
        return statement.said_on, False
    return published, published is not None


def _speaker_lane(statement: Statement, names: Names) -> str:
    if statement.speaker is None:
        return f"name:{statement.speaker_name}"
    return names.canon(statement.speaker, statement.article)
