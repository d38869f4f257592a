"""When a contact happened: which of a sentence's dates is the contact's own, and which belong
to the telling, to an earlier event or to another contact. Short texts written for these tests
(article dated Monday 2017-02-20); the real model parses them."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord.extract.nlp import load_nlp
from tests.extract.test_events import events_of, only

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


def test_a_report_clause_trailing_the_contact_does_not_date_it(nlp: Any) -> None:
    text = "Ann Diaz also met with Omar Vale that day, as the Coast Journal reported on Thursday."
    assert only(events_of(nlp, text)).when is None


def test_an_earlier_event_in_a_having_clause_does_not_date_the_visit(nlp: Any) -> None:
    text = "Ann Diaz had been visiting her brother in Oslo, having moved to Spain two years ago."
    assert only(events_of(nlp, text)).when is None


def test_a_verb_shared_by_two_dated_contacts_gives_the_first_its_own_date(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz spoke to the Rotary Club of Dover in June and to the Harbor Chamber "
        "of Commerce in September."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-06"


def test_one_date_after_both_partners_dates_the_contact_with_each(nlp: Any) -> None:
    text = "Mayor Ann Diaz spoke to the Rotary Club of Dover and to the Harbor Chamber in May."
    assert [e.when.iso() for e in events_of(nlp, text) if e.when] == ["2016-05"]


def test_a_contact_going_on_with_a_dated_story_happened_that_day(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz spent Thursday morning in Dover. "
        "She later flew to Oslo, where she met the envoy Omar Vale."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz spent Thursday morning in Dover.\n\nShe met the envoy Omar Vale in Oslo.",
        "Mayor Ann Diaz spent Thursday morning in Dover. Before that, she met Omar Vale in Oslo.",
        "The envoy Omar Vale, who was freed in 2010, leads the talks. Ann Diaz met Vale in Oslo.",
    ],
    ids=["new paragraph", "time moves", "date of a description"],
)
def test_a_contact_takes_no_date_from_a_sentence_it_does_not_go_on_from(
    nlp: Any, text: str
) -> None:
    assert only(events_of(nlp, text)).when is None
