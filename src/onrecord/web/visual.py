"""The two drawn views of the case: ``/timeline`` (vis-timeline) and ``/graph`` (cytoscape.js).

Each page is a shell: its script fetches the JSON twin (same query string) and draws it, so
article text only ever reaches the browser as JSON data, set as text, never as markup. Both
take ``?person=<entity id>`` (repeatable) to focus on someone; without it they show the busiest
lanes or the most connected people, ``?limit=`` of them, so a 10k-article case stays drawable.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from onrecord.record import Stance
from onrecord.web.graph_data import DEFAULT_NODES, GraphPage, build_graph
from onrecord.web.pages import page, store_of
from onrecord.web.timeline_data import DEFAULT_LANES, SHOWN_STANCES, TimelinePage, build_timeline

router = APIRouter()

People = Annotated[
    tuple[str, ...], Query(alias="person", description="Focus on these entities (canonical ids).")
]


@page(router, "/timeline", "timeline.html", summary="Contacts, roles and statements in time")
def timeline(
    request: Request,
    person: People = (),
    stance: Annotated[
        tuple[Stance, ...], Query(description="Statement stances to show.")
    ] = SHOWN_STANCES,
    limit: Annotated[int, Query(ge=1, le=200, description="Lanes shown without ?person=.")] = (
        DEFAULT_LANES
    ),
) -> TimelinePage:
    return build_timeline(store_of(request), person, stance, limit)


@page(router, "/graph", "graph.html", summary="Who was in contact with whom, with the evidence")
def graph(
    request: Request,
    person: People = (),
    limit: Annotated[int, Query(ge=1, le=500, description="Nodes shown.")] = DEFAULT_NODES,
) -> GraphPage:
    return build_graph(store_of(request), person, limit)
