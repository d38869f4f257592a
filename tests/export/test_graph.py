"""GEXF and GraphML: the contact graph as Gephi reads it (read back with networkx)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from onrecord.case import open_case
from onrecord.dates import FuzzyDate
from onrecord.record import EntityLink, Event, Participant, Relation
from tests.export.conftest import HOSTILE, MEETING, Export

READERS: dict[str, Callable[[Path], nx.Graph]] = {
    "gexf": nx.read_gexf,
    "graphml": nx.read_graphml,
}


@pytest.fixture(params=sorted(READERS))
def graph(request: pytest.FixtureRequest, export: Export, tmp_path: Path) -> nx.Graph:
    path = tmp_path / f"contacts.{request.param}"
    result = export(request.param, "-o", str(path))
    assert result.exit_code == 0, result.output
    return READERS[request.param](path)


def _edges(graph: nx.Graph, event: str) -> list[dict[str, object]]:
    return [data for _, _, data in graph.edges(data=True) if data["event"] == event]


def test_a_contact_becomes_an_edge_gephi_can_read_with_its_evidence_sentence(
    graph: nx.Graph,
) -> None:
    [edge] = _edges(graph, "evt_meeting")
    assert edge["kind"] == "meet"
    assert edge["when.start"] == edge["when.end"] == "2016-04-27"
    assert edge["when.precision"] == "day"
    assert edge["place"] == "Mayflower Hotel"
    assert edge["reports"] == 1
    assert edge["first_reported"] == "2016-05-13"
    assert edge["evidence.text"] == MEETING
    assert str(edge["evidence.article"]).startswith("art_")
    assert edge["hedged"] is False


def test_entities_are_labelled_nodes_even_with_markup_in_their_names(graph: nx.Graph) -> None:
    labels = {node: data["label"] for node, data in graph.nodes(data=True)}
    assert labels["ent_hostile"] == HOSTILE
    assert labels["ent_kisljak"] == "Sergeï Kisljak"
    assert graph.nodes["ent_campaign"]["kind"] == "group"
    assert "ent_hotel" not in graph  # places are edge attributes, not nodes


def test_a_three_way_meeting_links_every_pair_and_a_denied_or_planned_one_is_no_edge(
    graph: nx.Graph,
) -> None:
    assert len(_edges(graph, "evt_three")) == 3
    assert _edges(graph, "evt_negated") == [] and _edges(graph, "evt_planned") == []
    assert len(_edges(graph, "evt_call")) == 1


def test_characters_xml_cannot_carry_are_dropped_not_written() -> None:
    from onrecord.export.graph import xml_safe

    assert xml_safe("a\x0bb\x00c\ttab") == "abc\ttab"
    assert xml_safe(3) == 3


def test_after_check_the_graph_draws_resolved_events_between_canonical_entities(
    case: Path, export: Export, tmp_path: Path
) -> None:
    merged = EntityLink("elink_1", "ent_hostile", "", "ent_trump", "cluster")
    resolved = Event(
        "evt_resolved",
        Relation.MEET,
        (Participant("ent_hostile", "Trump"), Participant("ent_kisljak", "Kisljak")),
        (),
        when=FuzzyDate.month(2016, 4),
    )
    with open_case(case).store() as store:
        store.replace_stage("resolve", [merged, resolved])
    export("gexf", "-o", str(tmp_path / "g.gexf"))
    graph = nx.read_gexf(tmp_path / "g.gexf")
    assert "ent_hostile" not in graph
    assert [(a, b, d["event"]) for a, b, d in graph.edges(data=True)] == [
        ("ent_kisljak", "ent_trump", "evt_resolved")
    ]


def test_gephi_gets_a_dynamic_graph_with_each_contact_over_the_interval_the_text_allows(
    export: Export, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.gexf"
    export("gexf", "-o", str(path))
    root = ElementTree.parse(path).getroot()
    (element,) = [e for e in root.iter() if e.tag.endswith("}graph")]
    assert (element.get("mode"), element.get("timeformat")) == ("dynamic", "date")
    [call] = _edges(nx.read_gexf(path), "evt_call")
    assert (call["start"], call["end"]) == ("2016-12-01", "2016-12-31")  # "in December 2016"
    assert call["label"] == "call 2016-12"  # no invented day
    assert call["weight"] == 1
