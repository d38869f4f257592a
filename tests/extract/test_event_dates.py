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
