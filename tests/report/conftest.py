"""A small record written directly as Record objects (no model): a meeting the record
reported, a denial it contradicts, an evasion that sidesteps the meeting, a speaker's shifting
account, and one hostile article whose text, title, outlet and URL carry markup and a
``javascript:`` URL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from onrecord.dates import FuzzyDate
from onrecord.record import (
    AccountStep,
    Article,
    Contradiction,
    Entity,
    EntityKind,
    Evasion,
    Event,
    Listing,
    Participant,
    Proposition,
    Relation,
    Report,
    ReviewReason,
    Role,
    Stance,
    Statement,
    StatementKind,
    Timing,
)
from onrecord.store import Store
from tests.check.builders import published_article

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
EVIL_URL = "javascript:alert(1)"
MEETING = "Trump met Kislyak at the Mayflower Hotel on April 27, 2016."
DENIAL = f'"No contact," Trump said at a press conference. {IMG}'
DISMISSAL = f"Manafort called the report {SCRIPT} absurd: [click](javascript:alert(1))."


def _article(text: str, url: str, outlet: str, title: str, day: date) -> Article:
    return published_article(text, url=url, outlet=outlet, title=title, on=day)


FIRST = _article(
    f"Washington. {MEETING} The ambassador declined to comment.",
    "https://news.example/meeting?a=1&b=2",
    "The Wall Street Journal",
    "Trump met Kislyak",
    date(2016, 5, 13),
)
HOSTILE = _article(
    f"{SCRIPT} {DENIAL} {DISMISSAL}",
    EVIL_URL,
    f"Evil {IMG} Post",
    f"Breaking {SCRIPT}",
    date(2017, 2, 17),
)


def cited(article: Article, sentence: str) -> tuple[int, int]:
    start = article.clean_text.index(sentence)
    return start, start + len(sentence)


def _first_records() -> list[object]:
    meeting = Event(
        "evt_meeting",
        Relation.MEET,
        (Participant("ent_trump", "Trump"), Participant("ent_kislyak", "Kislyak")),
        (FIRST.span(*cited(FIRST, MEETING)),),
        when=FuzzyDate.day(date(2016, 4, 27)),
        place="Mayflower Hotel",
    )
    report = Report(
        "rep_meeting",
        "evt_meeting",
        FIRST.id,
        "The Wall Street Journal",
        FuzzyDate.day(date(2016, 5, 13)),
        FIRST.span(*cited(FIRST, MEETING)),
    )
    role = Role(
        "role_ambassador",
        "ent_kislyak",
        "ambassador",
        "Russia",
        FuzzyDate.year(2016),
        FIRST.span(*cited(FIRST, "Kislyak")),
    )
    return [
        Entity("ent_trump", "Donald Trump", EntityKind.PERSON, ("Trump",)),
        Entity("ent_kislyak", "Sergey Kislyak", EntityKind.PERSON),
        meeting,
        report,
        role,
    ]


def _hostile_records() -> list[object]:
    denial = Statement(
        "stm_denial",
        HOSTILE.id,
        "ent_trump",
        "Trump",
        f"No contact. {IMG}",
        StatementKind.DIRECT,
        "said",
        Stance.DENY,
        HOSTILE.span(*cited(HOSTILE, DENIAL)),
        said_on=FuzzyDate.day(date(2017, 2, 16)),
        venue="press conference",
        proposition=Proposition(Relation.CONTACT, ("ent_trump",), ("ent_kislyak",), None, False),
    )
    dismissal = Statement(
        "stm_dismissal",
        HOSTILE.id,
        "ent_manafort",
        f"Manafort {SCRIPT}",
        f"{SCRIPT} absurd",
        StatementKind.INDIRECT,
        "called",
        Stance.DISMISS,
        HOSTILE.span(*cited(HOSTILE, DISMISSAL)),
        said_on=FuzzyDate.day(date(2017, 2, 15)),
    )
    manafort = Entity("ent_manafort", f"Paul {SCRIPT} Manafort", EntityKind.PERSON)
    return [manafort, denial, dismissal]


def _check_records() -> list[object]:
    return [
        Contradiction(
            "con_1",
            "stm_denial",
            "deny_vs_event.v1",
            Timing.RECORD_PREDATES,
            0.9,
            f"Trump denied contact; the WSJ reported the meeting in May 2016. {SCRIPT}",
            against_events=("evt_meeting",),
        ),
        Contradiction(
            "con_review",
            "stm_denial",
            "deny_vs_event.v2",
            Timing.UNORDERED,
            0.5,
            "Trump denied contact; a later report is only alleged.",
            against_events=("evt_meeting",),
            status=Listing.REVIEW,
            reason=ReviewReason.WEAK_EVIDENCE,
            reason_text="the contact is only alleged or hedged",
        ),
        Evasion("eva_1", "stm_dismissal", Stance.DISMISS, "dismissed", ("evt_meeting",)),
        AccountStep(
            "step_1", "ent_trump", "stm_denial", 0, FuzzyDate.day(date(2017, 2, 16)),
            Stance.DENY, "first", "",
        ),
    ]  # fmt: skip


def fill(store: Store) -> None:
    """Write the small record into ``store``."""
    for article, records in ((FIRST, _first_records()), (HOSTILE, _hostile_records())):
        store.add_article(article)
        store.replace_extraction(article.id, records)
    store.put(_check_records())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'record.db'}") as opened:
        fill(opened)
        yield opened
