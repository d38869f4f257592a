"""The two drawn views of the case: ``/timeline`` (vis-timeline) and ``/graph`` (cytoscape.js).

Each page carries its data as JSON in a ``data-`` attribute (the same object as its ``.json``
twin), which its script draws: article text reaches the browser only as data and is set as
text, never as markup. Both take ``?person=<entity id>`` (repeatable) to focus on someone;
without it they show the busiest lanes or the most connected people, ``?limit=`` of them (the
timeline page by page, ``?page=``), and the timeline draws at most ``PER_LANE`` items a lane
(``?from=``/``?to=`` narrow the period), so a 10k-article case stays drawable. What both
read is built once per record version, by ``onrecord check``, and kept in the store.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from onrecord.record import Stance
from onrecord.web import convert
from onrecord.web.cache import VersionCache
from onrecord.web.graph_data import (
    DEFAULT_NODES,
    GraphPage,
    GraphRecord,
    build_graph,
    read_graph,
    select_graph,
)
from onrecord.web.pages import page, store_of
from onrecord.web.params import Page
from onrecord.web.timeline_data import (
    DEFAULT_LANES,
    SHOWN_STANCES,
    TimelinePage,
    TimelineQuery,
    TimelineRecord,
    build_timeline,
    read_timeline,
    select_timeline,
)

router = APIRouter()


class VisualCaches:
    """What the timeline and the graph read, kept on ``app.state.visual`` and in the store by
    ``check``."""

    def __init__(self) -> None:
        self.timeline: VersionCache[TimelineRecord] = VersionCache(
            "timeline.v4", lambda store: build_timeline(store), read_timeline
        )
        self.graph: VersionCache[GraphRecord] = VersionCache(
            "graph.v2", lambda store: build_graph(store), read_graph
        )


def _caches(request: Request) -> VisualCaches:
    caches: VisualCaches = request.app.state.visual
    return caches


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
    limit: Annotated[
        int, Query(ge=1, le=200, description="Lanes a page shows without ?person=.")
    ] = DEFAULT_LANES,
    start: Annotated[date | None, Query(alias="from", description="Period start.")] = None,
    end: Annotated[date | None, Query(alias="to", description="Period end.")] = None,
    page: Page = 1,
) -> TimelinePage:
    """The busiest lanes first, ``limit`` a page: the previous and next links reach every
    lane; each lane's items past the first ``per_lane`` are reached by narrowing the period."""
    record = _caches(request).timeline.get(store_of(request))
    page = 1 if person else page
    shown = select_timeline(record, TimelineQuery(person, stance, limit, start, end, page=page))
    total, per_page = (
        (len(shown.lanes), max(1, len(shown.lanes))) if person else (shown.lanes_total, limit)
    )
    pager = convert.pager(request, page, total, per_page)
    return shown.model_copy(update={"pager": pager})


@page(router, "/graph", "graph.html", summary="Who was in contact with whom, with the evidence")
def graph(
    request: Request,
    person: People = (),
    limit: Annotated[int, Query(ge=1, le=500, description="Nodes shown.")] = DEFAULT_NODES,
) -> GraphPage:
    record = _caches(request).graph.get(store_of(request))
    return select_graph(record, person, limit)
