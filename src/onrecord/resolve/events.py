"""Events across articles: one contact, all its reports.

GDELT's top complaint is one event becoming hundreds of rows. Here per-article events merge when
their kinds are compatible (CONTACT covers every kind), they share a pair of participants after
entity resolution, their places do not disagree, and their times are compatible at the precision
both give ("2016-04" and "2016-04-27" agree). Two day-precise dates a couple of days apart are
the same event reported with conflicting dates, and both dates are kept. An undated report joins
a dated event only when exactly one candidate fits and something ties it to that contact: its own
article tells the contact with a date, or both reports name the place. Two people who meet
often are met again in other articles; an undated "X met Y" there may be any of their meetings,
and taking one's date would put a date on a report that gives none.

Candidates are found through an index on participant pairs, never by comparing all events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from onrecord.dates import FuzzyDate, Precision
from onrecord.ids import content_id
from onrecord.readmodel import first_reported, independent_sources
from onrecord.record import (
    ArticleEvent,
    ArticleFacts,
    Assertion,
    Event,
    EventLink,
    Participant,
    Relation,
    Report,
    Span,
)
from onrecord.resolve.entities import EntityMap
from onrecord.resolve.model import ResolvedEvent
from onrecord.resolve.names import fold

EXTRACTOR = "resolve.events.v3"
_DAY_TOLERANCE = 2  # sources disagree by a day or two on one reception (April 26 vs 27)


@dataclass
class _Cluster:
    members: list[ArticleEvent] = field(default_factory=list)
    participants: dict[str, None] = field(default_factory=dict)  # ordered set
    kind: Relation = Relation.CONTACT
    when: FuzzyDate | None = None
    place: str | None = None
    assertion: Assertion = Assertion.REPORTED  # how its first report tells it

    def add(self, item: ArticleEvent, participants: Sequence[str]) -> None:
        event = item.event
        self.members.append(item)
        self.participants.update(dict.fromkeys(participants))
        if self.kind is Relation.CONTACT:
            self.kind = event.kind
        if _finer(event.when, self.when):
            self.when = event.when
        self.place = self.place or event.place
        self.assertion = event.assertion


def _resolved(when: FuzzyDate | None) -> FuzzyDate | None:
    return when if when is not None and when.resolved else None


def _finer(new: FuzzyDate | None, old: FuzzyDate | None) -> bool:
    if _resolved(new) is None:
        return False
    if _resolved(old) is None:
        return True
    return (new.days() or 10**6) < (old.days() or 10**6)  # type: ignore[union-attr]


def _times_fit(a: FuzzyDate | None, b: FuzzyDate | None, *, tolerant: bool = True) -> bool:
    """Compatible times; two days a day or two apart fit only when ``tolerant`` (reports from
    different sources, which disagree on a day)."""
    a, b = _resolved(a), _resolved(b)
    if a is None or b is None or a.overlaps(b):
        return True
    days = Precision.DAY
    if tolerant and a.precision is days and b.precision is days and a.start and b.start:
        return abs((a.start - b.start).days) <= _DAY_TOLERANCE
    return False


def _places_fit(a: str | None, b: str | None) -> bool:
    """Named places must agree ("Trump Tower" is not the "Oval Office"); an occasion or a
    common noun ("a reception", "the hotel") fits any place: one report says where, another
    only what kind of gathering it was."""
    if not a or not b or not _named_place(a) or not _named_place(b):
        return True
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def _named_place(place: str) -> bool:
    """ "Mayflower Hotel" names a venue; "reception in Washington" names a gathering and only
    the city it was in, which a venue there does not contradict."""
    venue = place.split(" in ", 1)[0]
    return any(word[:1].isupper() for word in venue.split())


def _fits(cluster: _Cluster, item: ArticleEvent, participants: Sequence[str]) -> bool:
    """Same telling, kind, time, place and people. Sources disagree by a day on one contact, but
    one article giving two days ("called on the 29th … two days later, called again") tells two."""
    event = item.event
    told_here = any(member.article == item.article for member in cluster.members)
    return (
        cluster.assertion.same_telling(event.assertion)
        and cluster.kind.fits(event.kind)
        and _times_fit(cluster.when, event.when, tolerant=not told_here)
        and _places_fit(cluster.place, event.place)
        and _people_fit(set(cluster.participants), set(participants))
    )


def _people_fit(held: set[str], told: set[str]) -> bool:
    """One report may name fewer of those present than another ("X met Y" of the meeting of X,
    Y and Z), but two reports each naming someone the other does not (a debate of X, Y and Z
    and a meeting of X, Y and W) share a pair, not an occasion."""
    return told <= held or held <= told


def _tied(cluster: _Cluster, item: ArticleEvent) -> bool:
    """An undated report is of this dated contact when its own article tells the contact with
    a date (the story's later "the two men discussed …" after "spoke on Tuesday"), or when both
    name where it happened. Elsewhere, the same two people may have met many times."""
    same_article = any(member.article == item.article for member in cluster.members)
    return same_article or bool(cluster.place and item.event.place)


def _keys(participants: Sequence[str]) -> list[tuple[str, ...]]:
    if len(participants) < 2:
        return [tuple(participants)]
    return [tuple(sorted(pair)) for pair in combinations(participants, 2)]


def _order(item: tuple[ArticleEvent, list[str]]) -> tuple[bool, bool, int, tuple[object, ...], str]:
    """Precise dates first, so coarse and undated reports meet the events they may join."""
    event = item[0].event
    when = _resolved(event.when)
    length = (when.days() or 10**6) if when else 10**7
    key = when.sort_key() if when else ()
    return (not event.assertion.contact, when is None, length, key, event.id)


class _Merger:
    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.index: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def add(self, item: ArticleEvent, participants: list[str]) -> None:
        keys = _keys(participants)
        candidates = sorted({c for key in keys for c in self.index.get(key, ())})
        fitting = [c for c in candidates if _fits(self.clusters[c], item, participants)]
        target = self._choose(fitting, item, participants)
        if target is None:
            target = len(self.clusters)
            self.clusters.append(_Cluster())
        self.clusters[target].add(item, participants)
        for key in _keys(list(self.clusters[target].participants)):
            if target not in self.index[key]:
                self.index[key].append(target)

    def _choose(
        self, fitting: list[int], item: ArticleEvent, participants: list[str]
    ) -> int | None:
        """The fitting event sharing most participants. An undated report joins a dated event
        only when it is the one dated candidate and is tied to it (:func:`_tied`); otherwise it
        joins the undated reports of the same contact, so it never glues two distinct meetings
        together nor takes a date its text does not give."""
        if _resolved(item.event.when) is None:
            dated = [c for c in fitting if _resolved(self.clusters[c].when) is not None]
            undated = [c for c in fitting if c not in dated]
            tied = len(dated) == 1 and not undated and _tied(self.clusters[dated[0]], item)
            fitting = dated if tied else undated
        if not fitting:
            return None
        return max(fitting, key=lambda c: (self._shared(c, participants), -c))

    def _shared(self, cluster: int, participants: list[str]) -> int:
        return len(set(participants) & set(self.clusters[cluster].participants))


def _participants(item: ArticleEvent, emap: EntityMap) -> list[str]:
    found = (emap.canonical(p.entity, item.article) for p in item.event.participants)
    return list(dict.fromkeys(found))


def _independence_key(report: Report, articles: Mapping[str, ArticleFacts]) -> str:
    """Reports crediting the same outlet, or resting on the same original article (a syndicated
    or re-scraped near-duplicate), are one source."""
    if report.original:
        return report.original
    if report.credited_to:
        return "outlet:" + fold(report.credited_to)
    root = _root(report.article, articles)
    outlet = articles[root].outlet if root in articles else None
    return "outlet:" + fold(outlet) if outlet else "article:" + root


def _root(article: str, articles: Mapping[str, ArticleFacts]) -> str:
    seen = {article}
    while article in articles and articles[article].duplicate_of not in (None, *seen):
        article = articles[article].duplicate_of or article
        seen.add(article)
    return article


def _report_date(report: Report, articles: Mapping[str, ArticleFacts]) -> FuzzyDate | None:
    if _resolved(report.published) is not None:
        return report.published
    facts = articles.get(report.article)
    return _resolved(facts.published) if facts else None


def _copy_report(report: Report, resolved: str, articles: Mapping[str, ArticleFacts]) -> Report:
    return replace(
        report,
        id=content_id("rep", resolved, report.id),
        event=resolved,
        published=_report_date(report, articles),
        original=_independence_key(report, articles),
    )


def _build(
    cluster: _Cluster,
    reports: Mapping[str, Sequence[Report]],
    articles: Mapping[str, ArticleFacts],
    emap: EntityMap,
) -> ResolvedEvent:
    events = [m.event for m in cluster.members]
    resolved_id = content_id("evt", "resolved", min(e.id for e in events))
    copies = tuple(
        sorted(
            (_copy_report(r, resolved_id, articles) for e in events for r in reports.get(e.id, ())),
            key=lambda r: r.id,
        )
    )
    dates = {w.iso(): w for e in events if (w := _resolved(e.when)) is not None}
    event = Event(
        id=resolved_id,
        kind=cluster.kind,
        participants=tuple(Participant(p, _name(p, cluster, emap)) for p in cluster.participants),
        evidence=tuple(sorted({s for e in events for s in e.evidence}, key=_span_key)),
        when=cluster.when,
        place=cluster.place,
        hedged=all(e.hedged for e in events),
        confidence=max(e.confidence for e in events),
        extractor=EXTRACTOR,
        assertion=Assertion.strongest(e.assertion for e in events),
    )
    return ResolvedEvent(
        event=event,
        members=tuple(sorted(e.id for e in events)),
        reports=copies,
        dates=tuple(sorted(dates.values(), key=FuzzyDate.sort_key)),
        first_reported=first_reported(copies),
        independent_sources=independent_sources(copies),
    )


def _name(entity: str, cluster: _Cluster, emap: EntityMap) -> str:
    """The entity's name; a participant no entity record names keeps the words it was given."""
    if entity in emap.entities:
        return emap.name(entity)
    given = (p.name for m in cluster.members for p in m.event.participants if p.entity == entity)
    return next(given, entity)


def _span_key(span: Span) -> tuple[str, int]:
    return (span.article, span.start)


def merge_events(
    items: Iterable[ArticleEvent],
    reports: Iterable[Report],
    articles: Mapping[str, ArticleFacts],
    emap: EntityMap,
) -> tuple[tuple[ResolvedEvent, ...], tuple[EventLink, ...]]:
    """Merge per-article events into resolved events; returns them with the links back."""
    merger = _Merger()
    prepared = [(item, _participants(item, emap)) for item in items]
    for item, participants in sorted(prepared, key=_order):
        merger.add(item, participants)
    by_event: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_event[report.event].append(report)
    built = sorted(
        ((_build(c, by_event, articles, emap), c) for c in merger.clusters),
        key=lambda pair: pair[0].id,
    )
    links = tuple(
        EventLink(content_id("evlink", m.event.id, m.article), m.event.id, m.article, r.id)
        for r, c in built
        for m in c.members
    )
    return tuple(r for r, _ in built), links
