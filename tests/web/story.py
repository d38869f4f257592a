"""A small case for the web tests, written as Record objects with real offsets and then
resolved and checked by the real pipeline (``run_check``), no model needed.

Senator Ruth Calder met Ambassador Anton Belov (Northfield Wire, May 2016). She later denied
contact twice: with "Antonn Beloff" (a spelling the resolver does not merge on its own, so
only a user's merge makes that denial a contradiction), and — in a hostile article whose text,
title, outlet, URL and names carry markup and a ``javascript:`` URL — with Belov himself. At the
hearing she also said there was no contact at all, naming nobody: that finding is for review.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from onrecord.case import Case, init_case
from onrecord.dates import FuzzyDate
from onrecord.ids import content_id
from onrecord.pipeline import run_check
from onrecord.record import (
    Article,
    Assertion,
    Entity,
    EntityKind,
    Event,
    Participant,
    Proposition,
    Relation,
    Report,
    Role,
    Stance,
    Statement,
    StatementKind,
)
from tests.check.builders import published_article

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
EVIL_URL = "javascript:alert(1)"

MEETING = (
    "Senator Ruth Calder met Ambassador Anton Belov at the Grand Hotel on April 27, 2016, "
    "officials said."
)
DENIAL = '"I had no contact with Antonn Beloff," Calder said at her confirmation hearing.'
NO_COUNTERPART = '"There was no contact at all," she added.'
HOSTILE_DENIAL = f'"No contact with Belov {IMG}," Calder said on Feb. 16.'


def _entity(name: str, kind: EntityKind = EntityKind.PERSON) -> Entity:
    return Entity(content_id("ent", kind.value, name), name, kind)


CALDER = _entity("Ruth Calder")
BELOV = _entity("Anton Belov")
BELOFF = _entity("Antonn Beloff")
AIDE = _entity(f"Ivan {IMG} Petrov")


def _article(text: str, outlet: str, title: str, day: date, url: str) -> Article:
    return published_article(text, url=url, outlet=outlet, title=title, on=day)


WIRE = _article(
    f"WASHINGTON — {MEETING} The embassy declined to comment.",
    "Northfield Wire",
    "Calder met Belov",
    date(2016, 5, 13),
    "https://wire.example/calder?a=1&b=2",
)
LEDGER = _article(
    f"Calder faced senators on Tuesday. {DENIAL} {NO_COUNTERPART} She did not elaborate.",
    "Capitol Ledger",
    "Calder denies contact",
    date(2017, 1, 11),
    "https://ledger.example/calder",
)
HOSTILE = _article(
    f"{SCRIPT} Calder spoke again. {HOSTILE_DENIAL} Her aide, {AIDE.name}, is a lawyer. "
    "Read the memo: [memo](javascript:alert(1)).",
    f"Evil {IMG} Post",
    f"Breaking {SCRIPT}",
    date(2017, 2, 17),
    EVIL_URL,
)


def cited(article: Article, sentence: str) -> tuple[int, int]:
    start = article.clean_text.index(sentence)
    return start, start + len(sentence)


def _denial(
    article: Article, sentence: str, words: str, against: Entity | None, day: date
) -> Statement:
    return Statement(
        content_id("stmt", article.id, sentence),
        article.id,
        CALDER.id,
        "Calder",
        words,
        StatementKind.DIRECT,
        "said",
        Stance.DENY,
        article.span(*cited(article, sentence)),
        said_on=FuzzyDate.day(day),
        venue="confirmation hearing",
        proposition=Proposition(
            Relation.CONTACT, (CALDER.id,), (against.id,) if against else (), polarity=False
        ),
    )


def _wire_records() -> list[object]:
    meeting = Event(
        content_id("evt", WIRE.id, "meeting"),
        Relation.MEET,
        (Participant(CALDER.id, "Ruth Calder"), Participant(BELOV.id, "Anton Belov")),
        (WIRE.span(*cited(WIRE, MEETING)),),
        when=FuzzyDate.day(date(2016, 4, 27)),
        place="Grand Hotel",
    )
    report = Report(
        content_id("rep", meeting.id),
        meeting.id,
        WIRE.id,
        "Northfield Wire",
        FuzzyDate.day(date(2016, 5, 13)),
        WIRE.span(*cited(WIRE, MEETING)),
    )
    role = Role(
        content_id("role", WIRE.id, "ambassador"),
        BELOV.id,
        "ambassador",
        "Russia",
        FuzzyDate.year(2016),
        WIRE.span(*cited(WIRE, "Ambassador Anton Belov")),
    )
    return [CALDER, BELOV, meeting, report, role]


def _hostile_records() -> list[object]:
    words = f"No contact with Belov {IMG}"
    lawyer = Role(
        content_id("role", HOSTILE.id, "lawyer"),
        AIDE.id,
        f"lawyer {SCRIPT}",
        None,
        None,
        HOSTILE.span(*cited(HOSTILE, "is a lawyer")),
    )
    return [
        CALDER,
        BELOV,
        AIDE,
        lawyer,
        _denial(HOSTILE, HOSTILE_DENIAL, words, BELOV, date(2017, 2, 16)),
    ]


def records() -> dict[Article, list[object]]:
    words = "I had no contact with Antonn Beloff"
    return {
        WIRE: _wire_records(),
        LEDGER: [
            CALDER,
            BELOFF,
            _denial(LEDGER, DENIAL, words, BELOFF, date(2017, 1, 10)),
            _denial(LEDGER, NO_COUNTERPART, "There was no contact at all", None, date(2017, 1, 10)),
        ],
        HOSTILE: _hostile_records(),
    }


def build_case(folder: Path, db_url: str | None = None) -> Case:
    """The story stored as extraction output, then resolved and checked."""
    case = init_case(folder, db_url)
    case.casebook_path.write_text("name: web test\n", encoding="utf-8")
    with case.store() as store:
        for article, extracted in records().items():
            store.add_article(article)
            store.replace_extraction(article.id, extracted)
    run_check(case)
    return case


RETELLING = "Calder and Belov met at the Grand Hotel on April 26, 2016, the Harbor Post reported."
HARBOR = _article(
    f"Another account. {RETELLING}",
    "Harbor Post",
    "A second account of the meeting",
    date(2016, 6, 2),
    "https://harbor.example/calder",
)
PLAN = "Calder will meet Belov again at the Grand Hotel in July, her office said."
DIARY = _article(
    f"The senator's diary. {PLAN}",
    "Harbor Post",
    "The senator's plans",
    date(2016, 6, 20),
    "https://harbor.example/diary",
)


def add_retelling(case: Case) -> None:
    """A second outlet reports the meeting a day earlier: one contact, two sources, two dates."""
    _add_account(case, HARBOR, RETELLING, FuzzyDate.day(date(2016, 4, 26)), Assertion.REPORTED)


def add_plan(case: Case) -> None:
    """A meeting still to come, told the month before: in the record, and no contact."""
    _add_account(case, DIARY, PLAN, FuzzyDate.month(2016, 7), Assertion.PLANNED)


def _add_account(
    case: Case, article: Article, sentence: str, when: FuzzyDate, grade: Assertion
) -> None:
    """One more article telling of a Calder–Belov meeting at the Grand Hotel, and a new check."""
    event = Event(
        content_id("evt", article.id, "meeting"),
        Relation.MEET,
        (Participant(CALDER.id, "Calder"), Participant(BELOV.id, "Belov")),
        (article.span(*cited(article, sentence)),),
        when=when,
        place="Grand Hotel",
        assertion=grade,
    )
    report = Report(
        content_id("rep", event.id),
        event.id,
        article.id,
        article.outlet,
        article.published.value if article.published else None,
        article.span(*cited(article, sentence)),
    )
    with case.store() as store:
        store.add_article(article)
        store.replace_extraction(article.id, [CALDER, BELOV, event, report])
    run_check(case)
