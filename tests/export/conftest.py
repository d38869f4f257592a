"""A small case written directly as Record objects (no model): two articles, one of them
hostile (markup and quotes in names and text), a contact, a call, a three-way meeting, a
contact the text denies happened, a denial the record contradicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from onrecord.case import open_case
from onrecord.cli import app
from onrecord.dates import FuzzyDate
from onrecord.ids import article_id
from onrecord.record import (
    Article,
    Assertion,
    Contradiction,
    DateSource,
    Entity,
    EntityKind,
    Event,
    Listing,
    Membership,
    Mention,
    MentionKind,
    Participant,
    Proposition,
    Published,
    Quantifier,
    Relation,
    Report,
    ReviewReason,
    Role,
    Stance,
    Statement,
    StatementKind,
    Timing,
)

HOSTILE = "<script>alert('x')</script> \"Tom\" & Jerry"
MEETING = "Trump met Sergeï Kisljak at the Mayflower Hotel on April 27, 2016."
DENIAL = '"No contact," Trump said on Feb. 16, 2017, at a press conference.'
CALL = f"{HOSTILE} phoned Kisljak in December 2016."
NEGATED = "Trump did not meet Kisljak in May."
PLANNED = "Trump will meet Kisljak again in June."

runner = CliRunner()


def _article(text: str, url: str, outlet: str, title: str, day: date) -> Article:
    return Article(
        id=article_id(text),
        clean_text=text,
        raw_text=text,
        url=url,
        outlet=outlet,
        title=title,
        authors=("A. Writer",),
        published=Published(FuzzyDate.day(day), DateSource.METADATA),
    )


def _span(article: Article, sentence: str) -> tuple[int, int]:
    start = article.clean_text.index(sentence)
    return start, start + len(sentence)


def _records(first: Article, second: Article) -> tuple[list[object], list[object]]:
    def span(article: Article, words: str):  # type: ignore[no-untyped-def]
        return article.span(*_span(article, words))

    trump = Entity("ent_trump", "Donald Trump", EntityKind.PERSON, ("Trump",))
    kisljak = Entity("ent_kisljak", "Sergeï Kisljak", EntityKind.PERSON, ("Kisljak",))
    hostile = Entity("ent_hostile", HOSTILE, EntityKind.PERSON)
    campaign = Entity("ent_campaign", "the Trump campaign", EntityKind.GROUP)
    wsj = Entity("ent_wsj", "The Wall Street Journal", EntityKind.ORG)
    hotel = Entity("ent_hotel", "Mayflower Hotel", EntityKind.PLACE)
    meeting = Event(
        "evt_meeting",
        Relation.MEET,
        (Participant("ent_trump", "Trump"), Participant("ent_kisljak", "Sergeï Kisljak")),
        (span(first, MEETING),),
        when=FuzzyDate.day(date(2016, 4, 27)),
        place="Mayflower Hotel",
    )
    three_way = Event(
        "evt_three",
        Relation.MEET,
        (
            Participant("ent_trump", "Trump"),
            Participant("ent_kisljak", "Kisljak"),
            Participant("ent_hostile", HOSTILE),
        ),
        (span(first, MEETING),),
        when=FuzzyDate.month(2016, 4),
        hedged=True,
    )
    call = Event(
        "evt_call",
        Relation.CALL,
        (Participant("ent_hostile", HOSTILE), Participant("ent_kisljak", "Kisljak")),
        (span(second, CALL),),
        when=FuzzyDate.month(2016, 12),
    )
    negated = Event(
        "evt_negated",
        Relation.MEET,
        (Participant("ent_trump", "Trump"), Participant("ent_kisljak", "Kisljak")),
        (span(second, NEGATED),),
        negated=True,
    )
    planned = Event(
        "evt_planned",
        Relation.MEET,
        (Participant("ent_trump", "Trump"), Participant("ent_kisljak", "Kisljak")),
        (span(second, PLANNED),),
        assertion=Assertion.PLANNED,
    )
    report = Report(
        "rep_meeting",
        "evt_meeting",
        first.id,
        "The Wall Street Journal",
        FuzzyDate.day(date(2016, 5, 13)),
        span(first, MEETING),
        credited_to="the Wall Street Journal",
    )
    call_report = Report(
        "rep_call", "evt_call", second.id, "Example Post", FuzzyDate.day(date(2017, 1, 5)),
        span(second, CALL),
    )  # fmt: skip
    denial = Statement(
        "stm_denial",
        second.id,
        "ent_trump",
        "Trump",
        "No contact.",
        StatementKind.DIRECT,
        "said",
        Stance.DENY,
        span(second, DENIAL),
        said_on=FuzzyDate.day(date(2017, 2, 16)),
        venue="press conference",
        proposition=Proposition(
            Relation.CONTACT, ("ent_trump",), ("ent_kisljak",), polarity=False,
            quantifier=Quantifier.NAMED,
        ),
    )  # fmt: skip
    role = Role(
        "role_ambassador", "ent_kisljak", "ambassador", "Russia", FuzzyDate.year(2016),
        span(first, "Sergeï Kisljak"),
    )  # fmt: skip
    named = Mention("men_trump", span(first, "Trump"), MentionKind.NAME, "ent_trump")
    first_records: list[object] = [
        trump, kisljak, hotel, wsj, named, meeting, three_way, report, role,
    ]  # fmt: skip
    second_records: list[object] = [
        hostile, campaign, call, negated, planned, call_report, denial,
    ]  # fmt: skip
    return first_records, second_records


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A case folder holding the small record (the store creates its own schema; the
    casebook is not needed to export)."""
    folder = tmp_path / "case"
    folder.mkdir()
    first = _article(
        f"Washington. {MEETING} The ambassador declined to comment.",
        "https://news.example/meeting",
        "The Wall Street Journal",
        "Trump met Kisljak",
        date(2016, 5, 13),
    )
    second = _article(
        f"{DENIAL} {CALL} {NEGATED} {PLANNED}",
        "https://post.example/denial?a=1&b=<2>",
        "Example Post",
        HOSTILE,
        date(2017, 2, 17),
    )
    first_records, second_records = _records(first, second)
    with open_case(folder).store() as store:
        store.add_article(first)
        store.add_article(second)
        store.replace_extraction(first.id, first_records)
        store.replace_extraction(second.id, second_records)
        store.put(
            [
                Membership("mem_1", "ent_trump", "ent_campaign", FuzzyDate.year(2016), "casebook"),
                Contradiction(
                    "con_1", "stm_denial", "deny_vs_event.v1", Timing.RECORD_PREDATES, 0.9,
                    "Trump denied contact; the WSJ reported the April 27 meeting in May 2016.",
                    against_events=("evt_meeting",),
                ),
                Contradiction(
                    "con_review", "stm_denial", "deny_vs_event.v2", Timing.UNORDERED, 0.5,
                    "Trump denied contact; a phone call is only alleged.",
                    against_events=("evt_call",), status=Listing.REVIEW,
                    reason=ReviewReason.WEAK_EVIDENCE,
                    reason_text="the contact is only alleged or hedged",
                ),
            ]
        )  # fmt: skip
    return folder


Export = Callable[..., Result]


@pytest.fixture
def export(case: Path) -> Export:
    """Run ``onrecord export CASE --format FORMAT [args]`` and return the CLI result."""

    def run(format: str, *args: str) -> Result:
        return runner.invoke(app, ["export", str(case), "--format", format, *args])

    return run
