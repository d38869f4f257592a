"""Report credits: every contact is reported by someone, on some date, on some basis.
Short texts written for these tests; the real model parses them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.dates import FuzzyDate
from onrecord.dates.fuzzy import Precision
from onrecord.extract.cast import build_cast
from onrecord.extract.events import extract_events
from onrecord.extract.nlp import load_nlp
from onrecord.extract.reports import extract_reports
from onrecord.ids import article_id
from onrecord.record import Article, DateSource, Published, Report

pytestmark = pytest.mark.model

OWN_OUTLET = "The Test Gazette"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


def reports_of(nlp: Any, text: str, published: date) -> list[Report]:
    article = Article(
        article_id(text),
        text,
        outlet=OWN_OUTLET,
        published=Published(FuzzyDate.day(published), DateSource.CLI),
    )
    doc = nlp(text)
    events = extract_events(doc, article, build_cast(doc, article), published, {})
    assert events, "the text should hold a contact"
    return extract_reports(doc, article, events, published)


def only(reports: list[Report]) -> Report:
    assert len(reports) == 1, [(r.outlet, r.credited_to) for r in reports]
    return reports[0]


def test_a_report_published_may_13_last_year_is_dated_that_day(nlp: Any) -> None:
    text = (
        "A Harbor Journal report published May 13 last year described the evening.\n\n"
        "The report went on to say, “Alma Reyes met Tomas Berg at a reception.”"
    )
    report = only(reports_of(nlp, text, date(2017, 3, 2)))
    assert report.outlet == "Harbor Journal"
    assert report.published is not None
    assert report.published.iso() == "2016-05-13"


def test_a_contact_reported_without_credit_is_the_articles_own_on_its_date(nlp: Any) -> None:
    report = only(reports_of(nlp, "Alma Reyes met Tomas Berg in Oslo.", date(2017, 3, 2)))
    assert report.outlet == OWN_OUTLET
    assert report.credited_to is None
    assert report.published == FuzzyDate.day(date(2017, 3, 2))


def test_according_to_an_outlet_credits_it(nlp: Any) -> None:
    text = "Alma Reyes met Tomas Berg in Oslo, according to the Daily Ledger."
    report = only(reports_of(nlp, text, date(2017, 3, 2)))
    assert report.outlet == "Daily Ledger"
    assert report.credited_to == "the Daily Ledger"


def test_a_report_published_by_an_outlet_credits_that_outlet_on_its_day(nlp: Any) -> None:
    text = (
        "Alma Reyes met Tomas Berg in Oslo, according to a report published Friday by the "
        "Daily Ledger."
    )
    report = only(reports_of(nlp, text, date(2017, 3, 6)))
    assert report.outlet == "Daily Ledger"
    assert report.published is not None
    assert (report.published.start, report.published.end) == (date(2017, 3, 3), date(2017, 3, 3))


def test_an_outlet_that_reported_on_a_weekday_is_dated_and_its_basis_kept(nlp: Any) -> None:
    text = (
        "Citing two former officials, the Evening Post reported Tuesday that Alma Reyes "
        "had repeated contacts with Tomas Berg."
    )
    report = only(reports_of(nlp, text, date(2017, 2, 16)))
    assert report.outlet == "Evening Post"
    assert report.published is not None
    assert report.published.iso() == "2017-02-14"
    assert report.basis == "Citing two former officials"


def test_a_credit_earlier_in_the_paragraph_covers_the_sentences_after_it(nlp: Any) -> None:
    text = (
        "The Evening Post reported last month that Alma Reyes travelled abroad. "
        "Reyes met Tomas Berg in Oslo during the trip."
    )
    report = only(reports_of(nlp, text, date(2017, 3, 2)))
    assert report.outlet == "Evening Post"
    assert report.published is not None and report.published.iso() == "2017-02"


def test_an_undated_credit_is_known_only_to_precede_the_article(nlp: Any) -> None:
    text = "Alma Reyes met Tomas Berg in Oslo, the Evening Post reported."
    report = only(reports_of(nlp, text, date(2017, 3, 2)))
    assert report.published is not None
    assert report.published.precision is Precision.OPEN
    assert report.published.end == date(2017, 3, 2)


def test_report_evidence_and_ids_are_stable(nlp: Any) -> None:
    text = "Alma Reyes met Tomas Berg in Oslo, according to the Daily Ledger."
    first = only(reports_of(nlp, text, date(2017, 3, 2)))
    again = only(reports_of(nlp, text, date(2017, 3, 2)))
    assert first.id == again.id
    assert first.evidence.text == text
    assert first.original is None
