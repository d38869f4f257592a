"""The timeline's data: one lane per person (or organisation, or group), with their contacts,
roles, casebook memberships and statements on a time axis.

Dates keep the precision the text gave: ``start``/``end`` are the inclusive days of the
record's :class:`~onrecord.dates.FuzzyDate` (``None`` for an open end), and ``precision`` says
whether it is a day (drawn as a point) or a month, a year, a range (drawn as a span over all of
it). A contact "in April 2016" is never pinned to April 1. Items with no date at all are
counted, not drawn. A statement whose own date is unknown sits at its article's date and says
so (``dated_by_article``): it was said on that day or before.

A large case has thousands of people: the page shows the ``limit`` busiest lanes, or the ones
asked for with ``?person=``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel

from onrecord.dates import FuzzyDate, Precision
from onrecord.export.view import contact_events
from onrecord.record import Contradiction, Event, Membership, Role, Stance, Statement
from onrecord.store import Store
from onrecord.web.visual_record import (
    Names,
    contradiction_href,
    event_href,
    person_href,
    span_href,
)

Category = Literal["contact", "role", "membership", "statement"]
SHOWN_STANCES = tuple(stance for stance in Stance if stance is not Stance.OTHER)
DEFAULT_LANES = 25
LABEL_CHARS = 90


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
    undated: int  # records left off the axis for want of a date
    people: list[str]  # the canonical ids asked for, if any
    stances: list[Stance]  # the statement stances shown
    limit: int  # lanes shown without a focus
    stance_choices: list[Stance] = list(Stance)  # every stance a client may ask for


@dataclass(frozen=True)
class _Entry:
    """One record placed in time, before it is copied into each of its lanes."""

    key: str
    category: Category
    when: FuzzyDate | None
    lanes: tuple[tuple[str, str], ...]  # (lane id, label of the item in that lane)
    href: str
    stance: Stance | None = None
    contradicted: bool = False
    dated_by_article: bool = False


def build_timeline(
    store: Store,
    people: Sequence[str] = (),
    stances: Sequence[Stance] = SHOWN_STANCES,
    limit: int = DEFAULT_LANES,
) -> TimelinePage:
    """The timeline of the case, focused on ``people`` (entity ids) when given."""
    names = Names(store)
    focus = list(dict.fromkeys(names.canon(person) for person in people))
    entries = [
        *_contacts(store, names),
        *_roles(store, names),
        *_memberships(store, names),
        *_statements(store, names, set(stances)),
    ]
    dated = [entry for entry in entries if _placed(entry.when)]
    counts = Counter(lane for entry in dated for lane, _ in entry.lanes)
    chosen = focus or sorted(counts, key=lambda lane: (-counts[lane], _lane_name(names, lane)))
    chosen = chosen if focus else chosen[:limit]
    items = list(_items(dated, set(chosen)))
    return TimelinePage(
        lanes=[_lane(names, lane, counts[lane]) for lane in chosen],
        items=items,
        start=min((d for i in items for d in (i.start, i.end) if d), default=None),
        end=max((d for i in items for d in (i.start, i.end) if d), default=None),
        lanes_total=len(counts),
        undated=len(entries) - len(dated),
        people=focus,
        stances=list(stances),
        limit=limit,
    )


def _placed(when: FuzzyDate | None) -> bool:
    """A date the axis can show: resolved, with at least one end."""
    return when is not None and when.resolved and (when.start or when.end) is not None


def _items(entries: Iterable[_Entry], lanes: set[str]) -> Iterator[TimelineItem]:
    for entry in entries:
        assert entry.when is not None  # only placed entries get here
        for lane, label in entry.lanes:
            if lane in lanes:
                yield TimelineItem(
                    id=f"{entry.category}:{entry.key}:{lane}",
                    lane=lane,
                    category=entry.category,
                    label=label,
                    start=entry.when.start,
                    end=entry.when.end,
                    precision=entry.when.precision,
                    when=entry.when.iso(),
                    href=entry.href,
                    stance=entry.stance,
                    contradicted=entry.contradicted,
                    dated_by_article=entry.dated_by_article,
                )


def _lane(names: Names, lane: str, items: int) -> TimelineLane:
    return TimelineLane(id=lane, name=_lane_name(names, lane), kind=names.kind(lane), items=items)


def _lane_name(names: Names, lane: str) -> str:
    """Lanes of unlinked speakers are keyed ``name:<as the article wrote it>``."""
    return names.name(lane, lane.removeprefix("name:"))


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """A label that fits on the axis; the full text is one click away."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- what goes on the axis ------------------------------------------------------------------------
def _contacts(store: Store, names: Names) -> Iterator[_Entry]:
    """A contact sits in each participant's lane, labelled with the others."""
    for event in contact_events(store):
        people = names.participants(event)
        lanes = tuple((lane, _contact_label(event, people, lane)) for lane in people)
        yield _Entry(event.id, "contact", event.when, lanes, event_href(event.id))


def _contact_label(event: Event, people: dict[str, str], lane: str) -> str:
    others = ", ".join(name for other, name in people.items() if other != lane)
    place = f" at {event.place}" if event.place else ""
    return short(f"{event.kind.value}{' · ' + others if others else ''}{place}")


def _roles(store: Store, names: Names) -> Iterator[_Entry]:
    for role in store.all(Role):
        if role.when is None:
            continue
        lane = names.canon(role.entity, role.evidence.article)
        label = short(f"{role.title}, {role.org}" if role.org else role.title)
        yield _Entry(role.id, "role", role.when, ((lane, label),), person_href(lane))


def _memberships(store: Store, names: Names) -> Iterator[_Entry]:
    """Casebook memberships only: one derived from a role is that role's span again."""
    for membership in store.all(Membership):
        if membership.source != "casebook" or membership.when is None:
            continue
        lane = names.canon(membership.entity)
        label = short(f"member of {names.name(names.canon(membership.group), membership.group)}")
        yield _Entry(
            membership.id, "membership", membership.when, ((lane, label),), person_href(lane)
        )


def _statements(store: Store, names: Names, stances: set[Stance]) -> Iterator[_Entry]:
    """Statements marked by stance; a contradicted one opens its contradiction, any other the
    sentence in the article reader."""
    published = {facts.id: facts.published for facts in store.article_facts()}
    contradicted = {c.statement: c.id for c in store.all(Contradiction)}
    for statement in store.all(Statement):
        if statement.stance not in stances:
            continue
        when, by_article = _said(statement, published.get(statement.article))
        lane = _speaker_lane(statement, names)
        label = short(f"{statement.stance.value.replace('_', ' ')}: “{statement.text}”")
        found = contradicted.get(statement.id)
        href = contradiction_href(found) if found else span_href(statement.evidence)
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
    if statement.said_on is not None and _placed(statement.said_on):
        return statement.said_on, False
    return published, published is not None


def _speaker_lane(statement: Statement, names: Names) -> str:
    if statement.speaker is None:
        return f"name:{statement.speaker_name}"
    return names.canon(statement.speaker, statement.article)
