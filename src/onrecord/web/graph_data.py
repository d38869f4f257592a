"""The contact graph's data: people, organisations and groups as nodes, and one edge per pair
that the record shows in contact, weighted by the number of contacts between them.

Built from the same views as the GEXF export (:mod:`onrecord.export.view`,
:mod:`onrecord.readmodel`): canonical entities, contacts told as such (planned, supposed and
negated ones are left out). Every edge carries its
evidence — each contact's page and the sentence that reports it — so a click on an edge leads to
the source.

A large case has thousands of people: the page shows the ``limit`` most connected ones, or
someone's neighbourhood with ``?person=``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from pydantic import BaseModel

from onrecord.export.view import contact_events
from onrecord.readmodel import reports_by_event
from onrecord.record import Event
from onrecord.store import Store
from onrecord.web.convert import path
from onrecord.web.errors import NotFound
from onrecord.web.timeline_data import short
from onrecord.web.visual_record import Names, span_href

DEFAULT_NODES = 80
EVIDENCE_PER_EDGE = 25


class GraphNode(BaseModel):
    id: str
    label: str
    kind: str
    contacts: int  # contacts this node takes part in (with anyone in the case)
    neighbours: int
    href: str


class EdgeEvidence(BaseModel):
    event: str
    label: str  # kind, date and place of the contact
    href: str  # the contact's page: every report of it
    source: str | None  # the sentence in the article reader
    sentence: str


class GraphEdge(BaseModel):
    id: str
    source: str
    target: str
    source_name: str
    target_name: str
    weight: int  # contacts between the two
    reports: int  # reports of those contacts
    evidence: list[EdgeEvidence]  # the earliest EVIDENCE_PER_EDGE contacts


class GraphPage(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    nodes_total: int  # nodes with at least one contact, before the cut
    edges_total: int
    people: list[str]  # the canonical ids the graph is focused on, if any
    limit: int  # nodes shown at most


@dataclass
class _Pair:
    events: list[Event] = field(default_factory=list)
    reports: int = 0


@dataclass(frozen=True)
class GraphRecord:
    """Every pair in contact, read once per record version: requests only pick from it."""

    names: Names
    pairs: dict[tuple[str, str], _Pair]
    labels: dict[str, str]  # participants' names, for those with no entity row
    weight: dict[str, int]  # contacts per node
    linked: dict[str, set[str]]  # neighbours per node


def load_graph(store: Store) -> GraphRecord:
    names = Names(store)
    pairs, labels = _pairs(store, names)
    weight: dict[str, int] = defaultdict(int)
    linked: dict[str, set[str]] = defaultdict(set)
    for (left, right), pair in pairs.items():
        for node, other in ((left, right), (right, left)):
            weight[node] += len(pair.events)
            linked[node].add(other)
    return GraphRecord(names, dict(pairs), labels, dict(weight), dict(linked))


def select_graph(record: GraphRecord, people: Sequence[str], limit: int) -> GraphPage:
    """The ``limit`` most connected nodes, or the neighbourhood of ``people`` (entity ids)."""
    focus = list(dict.fromkeys(record.names.canon(person) for person in people))
    unknown = [p for p in focus if p not in record.weight and not record.names.knows(p)]
    if unknown:
        raise NotFound(f"no one in the record has the id {unknown[0]}")
    shown = _choose(record, focus, limit)
    return GraphPage(
        nodes=[_node(record, node) for node in shown],
        edges=[
            _edge(record, key, pair)
            for key, pair in record.pairs.items()
            if set(key) <= shown.keys()
        ],
        nodes_total=len(record.weight),
        edges_total=len(record.pairs),
        people=focus,
        limit=limit,
    )


def _pairs(store: Store, names: Names) -> tuple[dict[tuple[str, str], _Pair], dict[str, str]]:
    """Each contact counted once for each pair of its (canonical) participants; and the
    participants' names (a participant may have no entity row: "the Russian ambassador")."""
    reports = reports_by_event(store)
    pairs: dict[tuple[str, str], _Pair] = defaultdict(_Pair)
    labels: dict[str, str] = {}
    for event in contact_events(store):
        people = names.participants(event)
        labels.update(people)
        for key in combinations(sorted(people), 2):
            pairs[key].events.append(event)
            pairs[key].reports += len(reports.get(event.id, ()))
    return pairs, labels


def _choose(record: GraphRecord, focus: list[str], limit: int) -> dict[str, None]:
    """The focus and its neighbours, or everyone — the ``limit`` busiest, in a stable order."""
    weight = record.weight
    pool: Iterable[str] = weight
    if focus:
        pool = {*focus, *(n for person in focus for n in record.linked.get(person, ()))}
    ranked = sorted(pool, key=lambda node: (node not in focus, -weight.get(node, 0), node))
    return dict.fromkeys(ranked[:limit])


def _name(record: GraphRecord, node: str) -> str:
    return record.names.name(node, record.labels.get(node, node))


def _node(record: GraphRecord, node: str) -> GraphNode:
    return GraphNode(
        id=node,
        label=_name(record, node),
        kind=record.names.kind(node),
        contacts=record.weight.get(node, 0),
        neighbours=len(record.linked.get(node, ())),
        href=path("people", node),
    )


def _edge(record: GraphRecord, key: tuple[str, str], pair: _Pair) -> GraphEdge:
    events = sorted(pair.events, key=_chronological)
    return GraphEdge(
        id=f"{key[0]}~{key[1]}",
        source=key[0],
        target=key[1],
        source_name=_name(record, key[0]),
        target_name=_name(record, key[1]),
        weight=len(events),
        reports=pair.reports,
        evidence=[_evidence(event) for event in events[:EVIDENCE_PER_EDGE]],
    )


def _chronological(event: Event) -> tuple[object, ...]:
    """Dated contacts first, by date; then by id so the order is the same every time."""
    when = event.when.sort_key() if event.when is not None and event.when.resolved else None
    return (when is None, when or (), event.id)


def _evidence(event: Event) -> EdgeEvidence:
    span = event.evidence[0] if event.evidence else None
    when = event.when.iso() if event.when is not None else ""
    place = f" at {event.place}" if event.place else ""
    return EdgeEvidence(
        event=event.id,
        label=short(f"{event.kind.value} {when or 'undated'}{place}"),
        href=path("events", event.id),
        source=span_href(span) if span else None,
        sentence=short(span.text, 240) if span else "",
    )
