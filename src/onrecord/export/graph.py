"""GEXF and GraphML export: the contact graph for Gephi (or any networkx/igraph user).

Nodes are the case's people, organisations and groups (places are an edge's ``place``, not
nodes). Each contact that happened is one edge per pair of its participants, carrying the
event's flattened fields (kind, ``when.start``/``when.end``/``when.precision``, place, hedged,
reports, first_reported, ``evidence.text`` and ``evidence.article``…) so a Gephi user can filter
by date and trace any edge to the sentence it came from. A dated contact's edge also has GEXF
``start`` and ``end`` (the whole interval the text allows: all of April for "in April"), so
Gephi's timeline plays the contacts in time; its label shows the date at the text's precision
("meet 2016-04"), never an invented day. Each edge weighs 1: Gephi, merging the parallel edges
of a pair, weighs the pair by its number of contacts. Statements are not edges: a denial is
about a contact between others (Pence denying the campaign's contacts with Russians), and
drawing it as an edge would show a denial as if it were a contact.

The graph is built in memory (networkx's writers need the whole graph); text is made XML-safe
here and escaped by networkx.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import combinations
from typing import Any, TextIO

import networkx as nx

from onrecord.export.evidence import Citations
from onrecord.export.flat import Scalar, flatten
from onrecord.export.jsonl import event_object
from onrecord.export.view import contact_events
from onrecord.readmodel import Canon, canonical_entities, reports_by_event
from onrecord.record import EntityKind, Event
from onrecord.store import Store

# Characters XML 1.0 cannot carry even escaped: article text from the web may hold them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EDGE_FIELDS_DROPPED = ("type", "participants", "negated")


def xml_safe(value: Scalar) -> Scalar:
    """Strings without the characters XML cannot represent; other values as they are."""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _clean(attributes: dict[str, Scalar]) -> dict[str, Scalar]:
    return {key: xml_safe(value) for key, value in attributes.items()}


def contact_graph(store: Store) -> nx.MultiGraph:
    """Entities as nodes, one edge per pair of participants of each contact."""
    canon = Canon(store)
    graph = nx.MultiGraph(name="onrecord contacts")
    for entity in canonical_entities(store, canon):
        if entity.kind is not EntityKind.PLACE:
            graph.add_node(entity.id, **_clean({"label": entity.name, "kind": entity.kind.value}))
    cite = Citations(store)
    reports = reports_by_event(store)
    for event in contact_events(store):
        attributes = _edge_attributes(event_object(event, reports.get(event.id, []), cite))
        attributes.update(_timeline(event))
        for left, right in _pairs(event, canon):
            for node, name in (left, right):
                if node not in graph:  # a participant with no entity row of its own
                    graph.add_node(node, **_clean({"label": name, "kind": "unknown"}))
            graph.add_edge(left[0], right[0], key=f"{event.id}:{left[0]}:{right[0]}", **attributes)
    return graph


def _pairs(event: Event, canon: Canon) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Each pair of distinct (canonical) participants: a three-way meeting is three edges."""
    yield from combinations(sorted(canon.participants(event).items()), 2)


def _edge_attributes(obj: dict[str, Any]) -> dict[str, Scalar]:
    """The event's flattened fields, with the number of reports instead of their details."""
    reports = obj.pop("reports")
    for field in _EDGE_FIELDS_DROPPED:
        obj.pop(field, None)
    row = flatten(obj)
    row["event"] = row.pop("id")
    row["reports"] = len(reports)
    row["weight"] = 1
    return _clean(row)


def _timeline(event: Event) -> dict[str, Scalar]:
    """The edge's label with the date at its precision, and its interval for a timeline."""
    when = event.when if event.when is not None and event.when.resolved else None
    label = f"{event.kind.value} {when.iso()}" if when else event.kind.value
    spell: dict[str, Scalar] = {"label": label}
    if when is not None and when.start is not None:
        spell["start"] = when.start.isoformat()
    if when is not None and when.end is not None:
        spell["end"] = when.end.isoformat()
    return spell


def _write(lines: Callable[[nx.MultiGraph], Iterator[str]]) -> Callable[[Store, TextIO, bool], int]:
    def write(store: Store, sink: TextIO, with_text: bool = False) -> int:
        """Stream the contact graph's XML to ``sink``; returns nodes + edges written."""
        graph = contact_graph(store)
        for line in lines(graph):
            sink.write(line + "\n")
        return int(graph.number_of_nodes() + graph.number_of_edges())

    return write


write_gexf = _write(nx.generate_gexf)
write_graphml = _write(nx.generate_graphml)
