"""What the timeline and the contact graph promise about the record they draw: dates at the
precision the text gave, each contact in its participants' lanes and on their edge, every
item linked to its evidence, and caps that keep a large case drawable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from onrecord.dates import FuzzyDate, Precision
from onrecord.ids import article_id
from onrecord.record import (
    Article,
    Contradiction,
    DateSource,
    Entity,
    EntityKind,
    Event,
    Participant,
    Published,
    Relation,
    Report,
    Role,
    Span,
    Stance,
    Statement,
    StatementKind,
    Timing,
)
from onrecord.store import Store
from onrecord.web.cache import Built, Parts
from onrecord.web.errors import NotFound
from onrecord.web.graph_data import build_graph, load_graph, read_graph, select_graph
from onrecord.web.timeline_data import (
    TimelineItem,
    TimelinePage,
    TimelineQuery,
    build_timeline,
    load_timeline,
    read_timeline,
    select_timeline,
)

TEXT = (
    "Trump met Kislyak at the Mayflower on April 27, 2016. They spoke by phone in June 2016. "
    "Flynn was in touch with Kislyak before the election. Flynn and Kislyak met again. "
    "Trump did not meet Putin. Kislyak was ambassador from 2008 to 2017. "
    '"No contact," Trump said. "I don\'t recall," Trump said. "Nice weather," Trump said.'
)
ARTICLE = Article(
    article_id(TEXT),
    TEXT,
    TEXT,
    outlet="Northfield Wire",
    published=Published(FuzzyDate.day(date(2017, 2, 20)), DateSource.METADATA),
)
TRUMP = Entity("ent_trump", "Donald Trump", EntityKind.PERSON)
KISLYAK = Entity("ent_kislyak", "Sergey Kislyak", EntityKind.PERSON)
FLYNN = Entity("ent_flynn", "Michael Flynn", EntityKind.PERSON)
PUTIN = Entity("ent_putin", "Vladimir Putin", EntityKind.PERSON)
MAYFLOWER = Entity("ent_mayflower", "Mayflower Hotel", EntityKind.PLACE)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return ARTICLE.span(start, start + len(words))


def _event(
    key: str, who: tuple[Entity, ...], words: str, when: FuzzyDate | None, negated: bool = False
) -> Event:
    people = tuple(Participant(e.id, e.name) for e in who)
    return Event(f"evt_{key}", Relation.MEET, people, (_span(words),), when, negated=negated)


def _statement(key: str, words: str, stance: Stance, said_on: FuzzyDate | None) -> Statement:
    return Statement(
        f"stm_{key}", ARTICLE.id, TRUMP.id, "Trump", words, StatementKind.DIRECT, "said",
        stance, _span(words), said_on=said_on,
    )  # fmt: skip


EVENTS = (
    _event("mayflower", (TRUMP, KISLYAK, MAYFLOWER), "Trump met Kislyak at the Mayflower",
           FuzzyDate.day(date(2016, 4, 27))),
    _event("phone", (TRUMP, KISLYAK), "They spoke by phone in June 2016",
           FuzzyDate.month(2016, 6)),
    _event("before", (FLYNN, KISLYAK), "Flynn was in touch with Kislyak before the election",
           FuzzyDate.between(None, date(2016, 11, 8), Precision.OPEN)),
    _event("again", (FLYNN, KISLYAK), "Flynn and Kislyak met again", None),
    _event("putin", (TRUMP, PUTIN), "Trump did not meet Putin", FuzzyDate.year(2016),
           negated=True),
)  # fmt: skip
DENIAL = _statement("deny", "No contact", Stance.DENY, FuzzyDate.day(date(2017, 2, 16)))
STATEMENTS = (
    DENIAL,
    _statement("recall", "I don't recall", Stance.NOT_RECALL, None),
    _statement("weather", "Nice weather", Stance.OTHER, FuzzyDate.day(date(2017, 2, 1))),
)
ROLES = (
    Role("role_amb", KISLYAK.id, "ambassador", "Russia",
         FuzzyDate.between(date(2008, 7, 1), date(2017, 7, 31), Precision.RANGE),
         _span("ambassador from 2008 to 2017")),
    Role("role_undated", TRUMP.id, "candidate", None, None, _span("Trump")),
)  # fmt: skip


CONTRADICTION = Contradiction(
    "con_1", DENIAL.id, "deny_vs_event.v1", Timing.RECORD_PREDATES, 0.9,
    "The record showed the meeting.", ("evt_mayflower",),
)  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'record.db'}") as opened:
        opened.add_article(ARTICLE)
        reports = [
            Report(f"rep_{e.id}", e.id, ARTICLE.id, "Northfield Wire", None, e.evidence[0])
            for e in EVENTS
        ]
        people = [TRUMP, KISLYAK, FLYNN, PUTIN, MAYFLOWER]
        opened.replace_extraction(ARTICLE.id, [*people, *EVENTS, *reports, *STATEMENTS, *ROLES])
        opened.put([CONTRADICTION])
        yield opened


def _timeline(store: Store, **query: Any) -> TimelinePage:
    return select_timeline(load_timeline(store), TimelineQuery(**query))


def _item(page: TimelinePage, record: str, lane: str) -> TimelineItem:
    return next(i for i in page.items if i.id.split(":")[1:] == [record, lane])


def test_a_month_is_a_span_over_the_whole_month_never_a_day(store: Store) -> None:
    phone = _item(_timeline(store), "evt_phone", TRUMP.id)
    assert (phone.start, phone.end, phone.precision, phone.when) == (
        date(2016, 6, 1), date(2016, 6, 30), Precision.MONTH, "2016-06",
    )  # fmt: skip


def test_an_open_date_keeps_its_open_end(store: Store) -> None:
    before = _item(_timeline(store), "evt_before", FLYNN.id)
    assert (before.start, before.end, before.when) == (None, date(2016, 11, 8), "..2016-11-08")


def test_a_contact_sits_in_each_participants_lane_and_opens_its_event(store: Store) -> None:
    page = _timeline(store)
    met = [i for i in page.items if i.id.startswith("contact:evt_mayflower:")]
    assert sorted(i.lane for i in met) == [KISLYAK.id, TRUMP.id]  # a place is not a lane
    assert {i.href for i in met} == {"/events/evt_mayflower"}
    assert _item(page, "evt_mayflower", TRUMP.id).label.startswith("meet · Sergey Kislyak")


def test_negated_contacts_are_left_out_and_undated_ones_counted(store: Store) -> None:
    page = _timeline(store)
    assert not [i for i in page.items if "evt_putin" in i.id or "evt_again" in i.id]
    assert page.undated == 1  # "met again": no date to draw it by
    assert PUTIN.id not in {lane.id for lane in page.lanes}


def test_a_contradicted_denial_opens_its_contradiction(store: Store) -> None:
    denial = _item(_timeline(store), DENIAL.id, TRUMP.id)
    assert (denial.stance, denial.contradicted, denial.href) == (
        Stance.DENY, True, "/contradictions/con_1",
    )  # fmt: skip


def test_a_statement_without_its_own_date_sits_at_its_articles_and_says_so(store: Store) -> None:
    recall = _item(_timeline(store), "stm_recall", TRUMP.id)
    assert (recall.start, recall.dated_by_article) == (date(2017, 2, 20), True)
    start = TEXT.index("I don't recall")
    assert recall.href == f"/articles/{ARTICLE.id}#span-{start}-{start + 14}"


def test_other_statements_show_only_when_asked_for(store: Store) -> None:
    assert not [i for i in _timeline(store).items if "stm_weather" in i.id]
    asked = _timeline(store, stances=(Stance.OTHER,))
    assert [i.id.split(":")[1] for i in asked.items if i.category == "statement"] == ["stm_weather"]


def test_roles_with_a_time_are_spans_and_the_rest_stay_off_the_axis(store: Store) -> None:
    page = _timeline(store)
    roles = [i for i in page.items if i.category == "role"]
    assert [(r.lane, r.label, r.start, r.end) for r in roles] == [
        (KISLYAK.id, "ambassador, Russia", date(2008, 7, 1), date(2017, 7, 31)),
    ]


def test_a_focus_shows_only_those_lanes_and_an_unknown_id_is_not_found(store: Store) -> None:
    page = _timeline(store, people=(FLYNN.id,))
    assert [lane.id for lane in page.lanes] == [FLYNN.id]
    assert {i.lane for i in page.items} == {FLYNN.id}
    with pytest.raises(NotFound):
        _timeline(store, people=("ent_nobody",))


def test_a_period_keeps_what_overlaps_it(store: Store) -> None:
    page = _timeline(store, start=date(2016, 6, 15), end=date(2016, 7, 15))
    kept = {i.id.split(":")[1] for i in page.items}
    assert kept == {"evt_phone", "evt_before", "role_amb"}


def test_a_full_lane_keeps_contradicted_statements_and_contacts_first(store: Store) -> None:
    page = _timeline(store, people=(TRUMP.id,), per_lane=2)
    assert [i.id.split(":")[1] for i in page.items] == ["evt_mayflower", DENIAL.id]
    assert (page.items_total, page.per_lane) == (4, 2)


def test_the_busiest_lanes_come_first_up_to_the_limit(store: Store) -> None:
    page = _timeline(store, limit=2)
    assert [lane.name for lane in page.lanes] == ["Donald Trump", "Sergey Kislyak"]
    assert page.lanes_total == 3


QUERIES = [
    TimelineQuery(),
    TimelineQuery(people=(TRUMP.id,), per_lane=2),
    TimelineQuery(start=date(2016, 6, 15), end=date(2016, 7, 15)),
    TimelineQuery(end=date(2016, 7, 1), stances=(Stance.DENY,)),
    TimelineQuery(start=date(2017, 1, 1), limit=1),
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_timeline_kept_in_the_store_answers_as_the_one_built(
    store: Store, query: TimelineQuery
) -> None:
    built = load_timeline(store)
    kept = read_timeline(*_kept(store, "timeline", build_timeline(store)))
    assert select_timeline(kept, query) == select_timeline(built, query)
    assert select_timeline(kept, query).items


def _kept(store: Store, name: str, built: Built) -> tuple[str, Parts]:
    """A view as a server reads it from the store: its body, and its parts a few at a time."""
    store.put_view_parts(name, "v1", built.parts)
    return built.body, Parts.stored(store, name, "v1")


# -- the contact graph ----------------------------------------------------------------------------
def test_an_edge_weighs_the_contacts_between_two_people_and_cites_each(store: Store) -> None:
    page = select_graph(load_graph(store), (), 80)
    edge = next(e for e in page.edges if {e.source, e.target} == {TRUMP.id, KISLYAK.id})
    assert (edge.weight, edge.reports) == (2, 2)
    assert [e.href for e in edge.evidence] == ["/events/evt_mayflower", "/events/evt_phone"]
    start = TEXT.index("Trump met Kislyak at the Mayflower")
    assert edge.evidence[0].source == f"/articles/{ARTICLE.id}#span-{start}-{start + 34}"
    assert edge.evidence[0].sentence == "Trump met Kislyak at the Mayflower"


def test_places_and_negated_contacts_make_no_nodes(store: Store) -> None:
    page = select_graph(load_graph(store), (), 80)
    assert {n.label for n in page.nodes} == {"Donald Trump", "Sergey Kislyak", "Michael Flynn"}
    assert len(page.edges) == 2


def test_the_graph_keeps_the_most_connected_or_a_persons_neighbourhood(store: Store) -> None:
    record = load_graph(store)
    assert [n.id for n in select_graph(record, (), 1).nodes] == [KISLYAK.id]
    around = select_graph(record, (FLYNN.id,), 80)
    assert [n.id for n in around.nodes] == [FLYNN.id, KISLYAK.id]
    assert [(e.source, e.target) for e in around.edges] == [(FLYNN.id, KISLYAK.id)]
    with pytest.raises(NotFound):
        select_graph(record, ("ent_nobody",), 80)


def test_the_graph_kept_in_the_store_answers_as_the_one_built(store: Store) -> None:
    built = load_graph(store)
    kept = read_graph(*_kept(store, "graph", build_graph(store)))
    for people, limit in [((), 80), ((), 1), ((FLYNN.id,), 80), ((TRUMP.id, FLYNN.id), 2)]:
        assert select_graph(kept, people, limit) == select_graph(built, people, limit)
