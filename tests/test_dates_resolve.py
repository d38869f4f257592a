"""The resolver reads news dates the way a careful reader would, against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.dates import FuzzyDate, Precision, resolve
from onrecord.dates.resolve import bare_weekday, find_dates, in_year, reached_by, yearless
from onrecord.dates.tense import Leaning

MARCH_2017 = date(2017, 3, 2)  # a Thursday
TUESDAY_FEB_14 = date(2017, 2, 14)
PERIODS = {
    "campaign": FuzzyDate.parse("2015-06-16..2016-11-08"),
    "transition": FuzzyDate.parse("2016-11-09..2017-01-19"),
    "election": FuzzyDate.parse("2016-11-08"),
    "inauguration": FuzzyDate.parse("2017-01-20"),
}


def label(text: str, anchor: date | None = MARCH_2017, **kwargs: Leaning) -> str:
    value = resolve(text, anchor, PERIODS, **kwargs)
    assert value is not None, text
    return value.iso()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-04-27", "2016-04-27"),
        ("April 27, 2016", "2016-04-27"),
        ("27 April 2016", "2016-04-27"),
        ("the 27th of April, 2016", "2016-04-27"),
        ("Nov. 8, 2016", "2016-11-08"),
        ("Sept. 30, 1989", "1989-09-30"),
        ("2/15/17", "2017-02-15"),
        ("April 2016", "2016-04"),
        ("April of 2016", "2016-04"),
        ("in 2016", "2016"),
        ("nineteen ninety-six", "1996"),
    ],
)
def test_absolute_dates_in_news_styles(text: str, expected: str) -> None:
    assert label(text) == expected


def test_absolute_dates_need_no_anchor() -> None:
    assert label("April 27, 2016", anchor=None) == "2016-04-27"


def test_a_bare_month_is_a_month_never_a_day() -> None:
    value = resolve("April 2016", MARCH_2017)
    assert value is not None and value.precision is Precision.MONTH
    assert (value.start, value.end) == (date(2016, 4, 1), date(2016, 4, 30))


def test_a_partial_date_in_march_2017_is_the_latest_one_before_it() -> None:
    assert label("April 27") == "2016-04-27"
    assert label("Feb. 14") == "2017-02-14"
    assert label("March 2") == "2017-03-02"


def test_a_wire_dateline_a_day_ahead_of_the_article_date_stays_in_its_year() -> None:
    # MARCH_2017 is the article's date: "WASHINGTON, March 3 (UPI) —" was filed that night
    assert label("March 3") == "2017-03-03"
    assert label("March 4") == "2016-03-04"  # two days ahead is last year's, as before


def test_a_partial_date_in_a_future_leaning_sentence_is_the_next_one() -> None:
    assert label("April 27", leaning=Leaning.FUTURE) == "2017-04-27"


def test_last_april_in_a_march_2017_article_is_april_2016() -> None:
    value = resolve("last April", MARCH_2017)
    assert value is not None and value.precision is Precision.MONTH
    assert value.iso() == "2016-04"


def test_last_february_in_a_march_article_is_the_year_before_not_last_month() -> None:
    assert label("last February") == "2016-02"
    assert label("last month") == "2017-02"


def test_in_april_is_the_latest_april_on_or_before_the_anchor() -> None:
    assert label("in April") == "2016-04"
    assert label("in March") == "2017-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2017-03-02"),
        ("yesterday", "2017-03-01"),
        ("late yesterday", "2017-03-01"),
        ("tomorrow", "2017-03-03"),
        ("three days ago", "2017-02-27"),
        ("this year", "2017"),
        ("last year", "2016"),
        ("a year ago", "2016"),
        ("five years ago", "2012"),
        ("this month", "2017-03"),
        ("two months ago", "2017-01"),
        ("next year", "2018"),
    ],
)
def test_relative_dates_count_from_the_article_date(text: str, expected: str) -> None:
    assert label(text) == expected


def test_last_week_is_the_whole_previous_monday_to_sunday_week() -> None:
    value = resolve("last week", MARCH_2017)
    assert value is not None and value.precision is Precision.WEEK
    assert (value.start, value.end) == (date(2017, 2, 20), date(2017, 2, 26))


def test_two_weeks_ago_is_a_week() -> None:
    assert label("two weeks ago") == "2017-02-13..2017-02-19"


def test_a_weekday_is_the_latest_such_day_and_last_weekday_is_strictly_before() -> None:
    assert label("Tuesday") == "2017-02-28"
    assert label("on Monday") == "2017-02-27"
    assert label("last Thursday") == "2017-02-23"
    assert label("Friday", leaning=Leaning.FUTURE) == "2017-03-03"


def test_on_tuesday_in_a_story_dated_tuesday_is_that_day() -> None:
    """The Mother Jones seed (2017-02-14, a Tuesday): "Spicer's daily briefing on Tuesday"."""
    assert label("on Tuesday", anchor=TUESDAY_FEB_14) == "2017-02-14"


def test_a_weekday_with_a_date_takes_the_year_that_fits_the_weekday() -> None:
    assert label("Monday, Oct. 26", anchor=date(1998, 10, 25)) == "1998-10-26"


def test_earlier_this_month_is_the_month_at_the_precision_the_text_gives() -> None:
    assert label("earlier this month", anchor=date(2017, 3, 15)) == "2017-03"
    assert label("later this year", anchor=date(2017, 3, 15)) == "2017"


def test_the_past_n_months_runs_in_whole_months_from_the_counted_one_to_the_anchors() -> None:
    assert label("over the past three months") == "2016-12-01..2017-03-31"
    assert label("in the last two weeks") == "2017-02-13..2017-03-05"
    assert label("the past 10 days") == "2017-02-20..2017-03-02"


def test_in_recent_months_is_a_range_of_about_six_months_ending_on_the_anchor() -> None:
    value = resolve("in recent months", MARCH_2017)
    assert value is not None and value.precision is Precision.RANGE
    assert value.end == MARCH_2017 and value.start == date(2016, 8, 31)


def test_in_years_reaches_several_years_back() -> None:
    value = resolve("in years", MARCH_2017)
    assert value is not None and value.precision is Precision.RANGE
    assert (value.start, value.end) == (date(2012, 3, 2), MARCH_2017)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last summer", "2016-06-01..2016-08-31"),
        ("the fall of 2016", "2016-09-01..2016-11-30"),
        ("the third quarter", "2016-07-01..2016-09-30"),
        ("third-quarter", "2016-07-01..2016-09-30"),
        ("the first quarter of 2017", "2017-01-01..2017-03-31"),
        ("the 1990s", "1990-01-01..1999-12-31"),
        ("late November", "2016-11-21..2016-11-30"),
        ("Thanksgiving Day", "2016-11-24"),
        ("Election Day", "2016-11-08"),
    ],
)
def test_seasons_quarters_decades_and_holidays(text: str, expected: str) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from April to August of 2016", "2016-04-01..2016-08-31"),
        ("between May and July", "2016-05-01..2016-07-31"),
        ("April 2016 through January 2017", "2016-04-01..2017-01-31"),
        ("from November to February", "2016-11-01..2017-02-28"),
        ("April 26-28, 2016", "2016-04-26..2016-04-28"),
    ],
)
def test_ranges_read_the_left_end_against_the_right(text: str, expected: str) -> None:
    value = resolve(text, MARCH_2017)
    assert value is not None and value.precision is Precision.RANGE
    assert value.iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("before the Nov. 8 election", "..2016-11-07"),
        ("since January", "2017-01-01.."),
        ("after the election", "2016-11-09.."),
        ("before the election", "..2016-11-07"),
        ("after the inauguration", "2017-01-21.."),
        ("until August 2016", "..2016-08-31"),
        ("ahead of last week's", "..2017-02-25"),
        ("after last month's", "2017-02-02.."),
    ],
)
def test_open_intervals(text: str, expected: str) -> None:
    value = resolve(text, MARCH_2017, PERIODS)
    assert value is not None and value.precision is Precision.OPEN
    assert value.iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the day after the election", "2016-11-09"),
        ("two days after the election", "2016-11-10"),
        ("a week after the election", "2016-11-15..2016-11-21"),
        ("the week before the election", "2016-11-01..2016-11-07"),
        ("days before the inauguration", "2017-01-06..2017-01-19"),
        ("in the weeks after the election", "2016-11-09..2017-01-07"),
        ("three weeks after March 3, 2016", "2016-03-24..2016-03-30"),
        # told as past, no later than the article's date
        ("in the months after the election", "2016-12-06..2017-03-02"),
        ("on the eve of the inauguration", "2017-01-19"),
        ("the night before the election", "2016-11-07"),
    ],
)
def test_how_far_before_or_after_bounds_the_interval(text: str, expected: str) -> None:
    # before, each was open on one side ("after the election": any day since Nov. 9)
    assert label(text) == expected


def test_named_periods_come_from_the_casebook() -> None:
    assert label("during the campaign") == "2015-06-16..2016-11-08"
    assert label("during the presidential transition") == "2016-11-09..2017-01-19"
    assert resolve("during the campaign", MARCH_2017) is None  # no casebook, no period
    assert resolve("during his 2008 campaign", MARCH_2017, PERIODS) is None  # another campaign
    assert label("during the 2016 campaign") == "2015-06-16..2016-11-08"


def test_relative_dates_without_an_article_date_stay_unresolved() -> None:
    value = resolve("last April", None)
    assert value == FuzzyDate.unresolved("last April")
    assert not value.resolved


def test_the_expression_is_kept() -> None:
    value = resolve("  last April,", MARCH_2017)
    assert value is not None and value.expression == "  last April,"


@pytest.mark.parametrize("text", ["hello", "the following year", "fiscal 1989", "", "May be"])
def test_words_that_are_not_dates_give_none(text: str) -> None:
    assert resolve(text, MARCH_2017) is None


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2016, 1, 20), "2014-12-01..2015-02-28"),
        (date(2016, 3, 10), "2015-12-01..2016-02-29"),
        (date(2016, 7, 4), "2015-12-01..2016-02-29"),
    ],
)
def test_last_winter_in_january_is_the_winter_before_the_one_under_way(
    today: date, expected: str
) -> None:
    value = resolve("last winter", today)
    assert value is not None and value.iso() == expected


def test_a_bare_weekday_names_no_week_of_its_own() -> None:
    assert bare_weekday("on Saturday") and bare_weekday("Saturday night")
    assert not bare_weekday("last Saturday")
    assert not bare_weekday("Saturday, March 3")
    assert not bare_weekday("in March")


def test_a_date_reached_by_is_told_with_by() -> None:
    assert reached_by("By the summer of 2001") and reached_by("by 2010")
    assert not reached_by("until 2014") and not reached_by("before the 2012 election")
    assert not reached_by("in the summer of 2001")


@pytest.mark.parametrize(
    ("text", "told_without_year"),
    [
        ("between April and November", True),
        ("from March to May", True),
        ("May 26-28", True),
        ("from April to August of 2016", False),
        ("May 26-28, 2016", False),
        ("between 2015 and 2016", False),
    ],
)
def test_a_range_between_two_yearless_ends_is_yearless(text: str, told_without_year: bool) -> None:
    """A look-back story's "between April and November" is in the story's year, as "in April"
    is: both ends must leave the year untold."""
    assert yearless(text) is told_without_year
    if told_without_year:
        found = find_dates(text, date(2019, 3, 1))[0]
        assert in_year(found, 2017).iso().startswith("2017-")


_CASE_PERIODS = {
    "campaign": FuzzyDate.parse("2015-06-16..2016-11-08"),
    "inauguration": FuzzyDate.parse("2017-01-20"),
}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("before President Trump took office", "..2017-01-19"),
        ("after taking office", "2017-01-21.."),
        ("before Mr. Trump was sworn in", "..2017-01-19"),
        ("during the campaign", "2015-06-16..2016-11-08"),
    ],
)
def test_taking_office_is_the_cases_inauguration(text: str, iso: str) -> None:
    [found] = find_dates(f"He met the envoy {text}.", date(2017, 2, 14), _CASE_PERIODS)
    assert found.value.iso() == iso


def test_joining_a_campaign_is_no_time_of_the_campaigns_own() -> None:
    # "before joining the campaign" was before the campaign began, in June 2015
    assert (
        find_dates("He met the professor before joining the campaign.", None, _CASE_PERIODS) == []
    )


def test_two_periods_of_the_case_joined_span_both() -> None:
    periods = {
        "campaign": FuzzyDate.parse("2015-06-16..2016-11-08"),
        "transition": FuzzyDate.parse("2016-11-09..2017-01-20"),
    }
    [found] = find_dates("four contacts during the campaign and the transition", None, periods)
    assert found.value.iso() == "2015-06-16..2017-01-20"
    [alone] = find_dates("during the campaign and the meeting", None, periods)
    assert alone.value.iso() == "2015-06-16..2016-11-08"
