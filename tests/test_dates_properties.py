"""Invariants of the resolver that must hold for every article date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.dates import FuzzyDate, Precision, find_dates, resolve
from onrecord.dates.lexicon import MONTHS, SEASONS, WEEKDAYS
from onrecord.dates.resolve import RULES, DateMention, cued_rules, in_year, yearless

anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
month_names = st.sampled_from([name for name in MONTHS if len(name) > 3 or name == "may"])
expressions = st.sampled_from(
    [
        "yesterday", "today", "last week", "this week", "last month", "last year", "last April",
        "in April", "Tuesday", "last Friday", "three days ago", "two weeks ago", "last summer",
        "earlier this month", "in recent months", "the third quarter", "since January",
        "from April to August", "between May and July", "Nov. 8", "the '90s", "in years",
    ]
)  # fmt: skip


@given(anchors)
def test_yesterday_is_the_day_before(anchor: date) -> None:
    assert resolve("yesterday", anchor) == FuzzyDate.day(anchor - timedelta(days=1), "yesterday")


@given(anchors, month_names, st.integers(min_value=1, max_value=31))
def test_a_month_and_day_is_never_after_the_day_after_the_anchor(
    anchor: date, month: str, day: int
) -> None:
    value = resolve(f"{month} {day}", anchor)
    if value is not None:  # "February 30" is not a date
        assert value.precision is Precision.DAY
        assert value.start is not None and value.start <= anchor + timedelta(days=1)
        assert value.start > anchor - timedelta(days=366 * 8)


@given(anchors, month_names)
def test_month_results_run_from_the_first_to_the_last_day(anchor: date, month: str) -> None:
    for text in (month, f"last {month}", f"in {month} 2016"):
        value = resolve(text, anchor)
        assert value is not None and value.precision is Precision.MONTH
        assert value.start is not None and value.end is not None
        assert value.start.day == 1
        assert value.end.day == calendar.monthrange(value.end.year, value.end.month)[1]


@given(anchors, st.sampled_from(list(WEEKDAYS)))
def test_a_weekday_falls_in_the_week_up_to_the_anchor(anchor: date, weekday: str) -> None:
    value = resolve(weekday, anchor)
    assert value is not None and value.start is not None
    assert value.start.strftime("%A").lower() == weekday
    assert anchor - timedelta(days=6) <= value.start <= anchor


@given(anchors, st.integers(min_value=1, max_value=12), st.sampled_from(["day", "week", "month"]))
def test_the_past_n_units_ends_in_the_anchors_unit_and_holds_it(
    anchor: date, count: int, unit: str
) -> None:
    value = resolve(f"over the past {count} {unit}s", anchor)
    assert value is not None and value.start is not None and value.end is not None
    assert value.start <= anchor - timedelta(days=count) <= anchor <= value.end
    assert value.end - anchor < timedelta(days=31)


@given(
    anchors,
    st.integers(min_value=1, max_value=11),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["day", "week", "month", "year"]),
    st.sampled_from(["or", "to"]),
)
def test_a_loose_count_of_past_units_reaches_back_as_far_as_its_larger_number(
    anchor: date, low: int, more: int, unit: str, joiner: str
) -> None:
    loose = find_dates(f"They spoke often in the last {low} {joiner} {low + more} {unit}s.", anchor)
    wide = resolve(f"the last {low + more} {unit}s", anchor)
    assert wide is not None
    assert [(d.value.start, d.value.end) for d in loose] == [(wide.start, wide.end)]


@given(anchors, expressions)
def test_every_result_contains_its_start_and_round_trips(anchor: date, text: str) -> None:
    value = resolve(text, anchor)
    assert value is not None and value.resolved and value.expression == text
    if value.start is not None:
        assert value.contains(value.start)
    reparsed = FuzzyDate.parse(value.iso())
    assert (reparsed.start, reparsed.end) == (value.start, value.end)


@given(expressions)
def test_without_an_anchor_relative_words_stay_unresolved(text: str) -> None:
    assert resolve(text, None) == FuzzyDate.unresolved(text)


@given(anchors, st.sampled_from(["last", "this"]))
def test_last_week_and_this_week_are_whole_weeks_from_monday(anchor: date, which: str) -> None:
    value = resolve(f"{which} week", anchor)
    assert value is not None and value.start is not None and value.end is not None
    monday = anchor - timedelta(days=anchor.weekday())
    expected = monday - timedelta(days=7) if which == "last" else monday
    assert (value.start, value.end) == (expected, expected + timedelta(days=6))


@given(anchors, st.sampled_from(["last", "this"]))
def test_last_month_and_this_month_are_whole_calendar_months(anchor: date, which: str) -> None:
    value = resolve(f"{which} month", anchor)
    first = anchor.replace(day=1)
    if which == "last":
        first = (first - timedelta(days=1)).replace(day=1)
    expected = FuzzyDate.month(first.year, first.month)
    assert value is not None and (value.start, value.end) == (expected.start, expected.end)


@given(anchors, month_names, st.integers(min_value=1, max_value=30))
def test_a_bare_month_in_a_story_of_an_earlier_year_falls_in_that_year(
    anchor: date, month: str, back: int
) -> None:
    mention = find_dates(f"In {month}, they met.", anchor)[0]
    story_year = anchor.year - back
    value = in_year(mention, story_year)
    assert value.start is not None and value.start.year == story_year
    assert value.precision is Precision.MONTH


@given(anchors, st.sampled_from(["March 2013", "last March", "last week", "Monday", "in 2013"]))
def test_a_date_that_gives_its_year_or_counts_from_the_article_keeps_it(
    anchor: date, text: str
) -> None:
    mention = find_dates(f"They met {text}.", anchor)[0]
    assert not yearless(mention.text)
    assert in_year(mention, anchor.year - 3) == mention.value


@given(
    anchors,
    st.sampled_from(list(WEEKDAYS)),
    st.sampled_from(["One", "one", "a", "that", "the same", "the following", "every"]),
)
def test_a_weekday_of_the_story_or_a_habit_is_no_day_of_the_articles_week(
    anchor: date, weekday: str, determiner: str
) -> None:
    text = f"She called him {determiner} {weekday.capitalize()} in late 2001."
    assert [m.value.iso() for m in find_dates(text, anchor)] == ["2001-09-01..2001-12-31"]


@given(anchors, st.sampled_from(list(WEEKDAYS)), st.sampled_from(["", "on ", "last "]))
def test_a_weekday_told_on_its_own_is_a_day_of_the_articles_week(
    anchor: date, weekday: str, preposition: str
) -> None:
    text = f"She called him {preposition}{weekday.capitalize()}."
    mention = only_mention(find_dates(text, anchor))
    assert mention.value.start is not None and mention.value.precision is Precision.DAY
    assert anchor - timedelta(days=7) <= mention.value.start <= anchor


def only_mention(mentions: list[DateMention]) -> DateMention:
    assert len(mentions) == 1
    return mentions[0]


searched_rules = [rule for rule in RULES if rule.searchable]


@given(st.data())
def test_a_date_rule_is_searched_in_every_text_it_can_match(data: st.DataObject) -> None:
    """find_dates searches a text with a rule only where one of the rule's cue words is: every
    text the rule can match holds one, in any case and with any spacing."""
    rule = data.draw(st.sampled_from(searched_rules))
    text = data.draw(st.from_regex(rule.pattern, fullmatch=True))
    assert rule in cued_rules(text)


@pytest.mark.parametrize("text", ["met on SUNDAY", "met on ſunday", "met on Sunday's eve"])
def test_cues_are_read_with_the_rules_own_case_folding(text: str) -> None:
    weekday = next(rule for rule in RULES if rule.name == "weekday")
    assert weekday.pattern.search(text) is not None
    assert weekday in cued_rules(text)


@given(
    anchors,
    st.sampled_from(list(WEEKDAYS)),
    st.sampled_from(["On {d}, Ann Diaz {v} the envoy.", "Ann Diaz on {d} {v} the envoy."]),
)
def test_a_weekday_leading_a_sentence_in_the_future_is_the_coming_one(
    anchor: date, weekday: str, sentence: str
) -> None:
    (will,) = find_dates(sentence.format(d=weekday.capitalize(), v="will meet"), anchor)
    (did,) = find_dates(sentence.format(d=weekday.capitalize(), v="met"), anchor)
    assert will.value.start is not None and did.value.start is not None
    assert anchor <= will.value.start <= anchor + timedelta(days=6)
    assert anchor - timedelta(days=6) <= did.value.start <= anchor


_NAME_TAILS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8).filter(
    lambda word: word not in MONTHS and word not in SEASONS and word not in WEEKDAYS
)


@given(anchors, st.sampled_from(["Mar", "May", "Sun", "March", "Jan"]), _NAME_TAILS)
def test_a_date_word_heading_a_hyphened_name_is_no_date(anchor: date, head: str, tail: str) -> None:
    text = f"He spoke at the {head}-{tail} resort."
    assert not [m for m in find_dates(text, anchor) if m.text.startswith(head)]


@given(anchors, st.sampled_from(["May", "March", "Jan."]), month_names)
def test_two_months_joined_by_a_hyphen_are_still_a_range(
    anchor: date, first: str, second: str
) -> None:
    assert find_dates(f"in {first}-{second.capitalize()}", anchor)


_COUNTS = ["one", "two", "three", "four", "five", "six"]


@given(anchors, st.integers(min_value=0, max_value=4), st.sampled_from(["day", "week", "month"]))
def test_a_loose_count_ago_spans_both_counts(anchor: date, low: int, unit: str) -> None:
    loose = resolve(f"{_COUNTS[low]} or {_COUNTS[low + 1]} {unit}s ago", anchor)
    near = resolve(f"{_COUNTS[low]} {unit}s ago", anchor)
    far = resolve(f"{_COUNTS[low + 1]} {unit}s ago", anchor)
    assert loose is not None and near is not None and far is not None
    assert loose.start == far.start and loose.end == near.end
    assert loose.end is not None and loose.end <= anchor


@given(
    anchors,
    st.sampled_from(["last week", "last month", "last year", "this month", "Tuesday"]),
    st.sampled_from(["before", "ahead of", "after"]),
)
def test_an_open_interval_about_an_occasion_of_a_period_leaves_room_for_any_day_of_it(
    anchor: date, period: str, preposition: str
) -> None:
    """ "ahead of last week's primary": the primary fell on some day of last week, so the
    contact may be any day before the latest one of them (not only before the week began)."""
    whole = resolve(period, anchor)
    value = resolve(f"{preposition} {period}'s", anchor)
    assert whole is not None and whole.start is not None and whole.end is not None
    assert value is not None and value.precision is Precision.OPEN
    if preposition == "after":
        assert value.start == whole.start + timedelta(days=1) and value.end is None
    else:
        assert value.start is None and value.end == whole.end - timedelta(days=1)
