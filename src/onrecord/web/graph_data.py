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

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, islice

from pydantic import BaseModel, TypeAdapter

from onrecord.export.view import contact_events
from onrecord.readmodel import reports_by_event
from onrecord.record import Event
from onrecord.store import Store
from onrecord.web.cache import Built, Parts
from onrecord.web.convert import path
from onrecord.web.errors import NotFound
from onrecord.web.timeline_data import KEPT_PAGES, short
from onrecord.web.visual_record import Names, NameTable, span_href

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


class GraphRecord:
    """The graph as the store keeps it for a record version: the names and every node, most
    connected first (the body); each node's neighbours and each edge with its evidence (parts).
    A request reads the nodes it shows and the edges among them, not the record."""

    def __init__(self, names: NameTable, nodes: list[_NodeRow], edges: int, parts: Parts) -> None:
        self.names = names
        self.nodes = {row[0]: row for row in nodes}  # most connected first
        self.edges_total = edges
        self._parts = parts
        self.pages: dict[tuple[tuple[str, ...], int], GraphPage] = {}  # see select_graph

    def node(self, node: str) -> GraphNode:
        """A node as drawn; someone in no contact is drawn alone."""
        found = self.nodes.get(node)
        if found is not None:
            key, label, kind, contacts, neighbours = found
            return GraphNode(
                id=key,
                label=label,
                kind=kind,
                contacts=contacts,
                neighbours=neighbours,
                href=_href(key),
            )
        name, kind = self.names.name(node, node), self.names.kind(node)
        return GraphNode(id=node, label=name, kind=kind, contacts=0, neighbours=0, href=_href(node))

    def linked(self, nodes: Iterable[str]) -> dict[str, dict[str, int]]:
        """Each node's neighbours, with the position of the edge to each."""
        bodies = self._parts.get(_node_key(node) for node in nodes if node in self.nodes)
        return {key.removeprefix("node:"): json.loads(body) for key, body in bodies.items()}

    def edges(self, positions: Sequence[int]) -> list[GraphEdge]:
        bodies = self._parts.get(_edge_key(at) for at in positions)
        return [GraphEdge.model_validate_json(bodies[_edge_key(at)]) for at in positions]


_NodeRow = tuple[str, str, str, int, int]  # id, label, kind, contacts, neighbours


def _node_key(node: str) -> str:
    return f"node:{node}"


def _edge_key(position: int) -> str:
    return f"edge:{position}"


def build_graph(store: Store) -> Built:
    """Each pair in contact as an edge with its earliest evidence, and each node with its count
    of contacts and of neighbours, as the store keeps them."""
    names = Names(store)
    pairs, labels = _pairs(store, names)
    table = names.table()
    edges = [_edge(table, labels, key, pair) for key, pair in pairs.items()]
    weight: dict[str, int] = defaultdict(int)
    linked: dict[str, dict[str, int]] = defaultdict(dict)
    for position, edge in enumerate(edges):
        linked[edge.source][edge.target] = linked[edge.target][edge.source] = position
        weight[edge.source] += edge.weight
        weight[edge.target] += edge.weight
    ranked = sorted(weight, key=lambda node: (-weight[node], node))
    nodes = [
        (node, _name(table, labels, node), table.kind(node), weight[node], len(linked[node]))
        for node in ranked
    ]
    body = {"names": _NAMES.dump_python(table, mode="json"), "nodes": nodes, "edges": len(edges)}
    parts = {_node_key(node): json.dumps(others) for node, others in linked.items()}
    parts |= {_edge_key(at): edge.model_dump_json() for at, edge in enumerate(edges)}
    return Built(json.dumps(body), parts)


def read_graph(body: str, parts: Parts) -> GraphRecord:
    kept = json.loads(body)
    nodes = [tuple(row) for row in kept["nodes"]]
    return GraphRecord(_NAMES.validate_python(kept["names"]), nodes, kept["edges"], parts)


def load_graph(store: Store) -> GraphRecord:
    """The graph built now and held in memory (what a store that cannot keep it serves)."""
    built = build_graph(store)
    return read_graph(built.body, Parts.held(built.parts))


# The view's name changes with this form.
_NAMES = TypeAdapter(NameTable)


def select_graph(record: GraphRecord, people: Sequence[str], limit: int) -> GraphPage:
    """The ``limit`` most connected nodes, or the neighbourhood of ``people`` (entity ids); the
    pages asked for most recently are kept with the record, as the timeline's are."""
    query = (tuple(people), limit)
    kept = record.pages.get(query)
    if kept is None:
        kept = _select(record, people, limit)
        if len(record.pages) >= KEPT_PAGES:
            record.pages.clear()
        record.pages[query] = kept
    return kept


def _select(record: GraphRecord, people: Sequence[str], limit: int) -> GraphPage:
    focus = list(dict.fromkeys(record.names.canon(person) for person in people))
    unknown = [p for p in focus if p not in record.nodes and not record.names.knows(p)]
    if unknown:
        raise NotFound(f"no one in the record has the id {unknown[0]}")
    shown = _choose(record, focus, limit)
    return GraphPage(
        nodes=[record.node(node) for node in shown],
        edges=record.edges(_edges_among(record, shown)),
        nodes_total=len(record.nodes),
        edges_total=record.edges_total,
        people=focus,
        limit=limit,
    )


def _edges_among(record: GraphRecord, shown: dict[str, None]) -> list[int]:
    """The positions of the edges between two shown nodes, in the record's order."""
    linked = record.linked(shown)
    found = {at for others in linked.values() for other, at in others.items() if other in shown}
    return sorted(found)


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
    if not focus:
        return dict.fromkeys(islice(record.nodes, limit))
    pool = {*focus, *(n for others in record.linked(focus).values() for n in others)}
    weight = {node: record.node(node).contacts for node in pool}
    ranked = sorted(pool, key=lambda node: (node not in focus, -weight[node], node))
    return dict.fromkeys(ranked[:limit])


def _name(names: NameTable, labels: dict[str, str], node: str) -> str:
    return names.name(node, labels.get(node, node))


def _href(node: str) -> str:
    return path("people", node)


def _edge(names: NameTable, labels: dict[str, str], key: tuple[str, str], pair: _Pair) -> GraphEdge:
    events = sorted(pair.events, key=_chronological)
    return GraphEdge(
        id=f"{key[0]}~{key[1]}",
        source=key[0],
        target=key[1],
        source_name=_name(names, labels, key[0]),
        target_name=_name(names, labels, key[1]),
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
