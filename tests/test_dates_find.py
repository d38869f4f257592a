"""find_dates picks the date expressions out of running news text, with exact offsets."""

from __future__ import annotations

import time
from datetime import date

from onrecord.dates import FuzzyDate
from onrecord.dates.resolve import find_dates, in_year, yearless

ANCHOR = date(2017, 2, 14)
PERIODS = {
    "election": FuzzyDate.parse("2016-11-08"),
    "transition": FuzzyDate.parse("2016-11-09..2017-01-19"),
}


def found(text: str, periods: dict[str, FuzzyDate] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value.iso()) for m in find_dates(text, ANCHOR, periods)]


def test_offsets_point_at_the_expression() -> None:
    text = "Trump met Kislyak on April 27, 2016, at the Mayflower Hotel."
    (mention,) = find_dates(text, ANCHOR)
    assert text[mention.start : mention.end] == mention.text == "on April 27, 2016"
    assert mention.value.iso() == "2016-04-27"


def test_a_range_is_one_mention() -> None:
    text = "Paul Manafort, who chaired Trump's campaign from April to August of 2016, denied it."
    assert found(text) == [("from April to August of 2016", "2016-04-01..2016-08-31")]


def test_before_the_dated_election_is_an_open_interval() -> None:
    text = "a series of contacts that began before the Nov. 8 election and continued"
    assert found(text) == [("before the Nov. 8 election", "..2016-11-07")]


def test_named_periods_need_the_casebook() -> None:
    text = "They spoke during the transition, officials said."
    assert found(text) == []
    assert found(text, PERIODS) == [("during the transition", "2016-11-09..2017-01-19")]


def test_an_occasion_the_casebook_dates_dates_what_happened_at_it() -> None:
    convention = FuzzyDate.parse("2016-07-25..2016-07-28")
    periods = {**PERIODS, "Democratic National Convention": convention}
    assert found("Scott met McAuliffe at the Democratic National Convention.", periods) == [
        ("at the Democratic National Convention", "2016-07-25..2016-07-28")
    ]
    assert found("They spoke at the 2012 Democratic National Convention.", periods) == [
        ("2012", "2012")
    ]


def test_what_happened_on_the_sidelines_of_a_dated_occasion_is_of_its_days() -> None:
    convention = FuzzyDate.parse("2016-07-18..2016-07-21")
    periods = {**PERIODS, "Republican convention": convention}
    text = "The other encounter came on the sidelines of the Republican convention."
    assert found(text, periods) == [
        ("on the sidelines of the Republican convention", "2016-07-18..2016-07-21")
    ]


def test_a_period_s_name_on_a_place_is_no_time() -> None:
    periods = {"campaign": FuzzyDate.parse("2015-06-16..2016-11-08")}
    assert found("They met at the campaign's offices in Trump Tower.", periods) == []
    assert found("They met at the campaign headquarters.", periods) == []
    assert found("They talked in the campaign's final weeks.", periods) == [
        ("in the campaign", "2015-06-16..2016-11-08")
    ]


def test_a_named_period_with_a_year_it_does_not_reach_is_another_one_of_that_year() -> None:
    periods = {"campaign": FuzzyDate.parse("2015-06-16..2016-11-08")}
    assert found("She met him often during his 2008 campaign.", periods) == [("2008", "2008")]
    assert found("In the 2012 campaign, the two men spoke weekly.", periods) == [("2012", "2012")]
    assert found("They spoke during the 2016 campaign.", periods) == [
        ("during the 2016 campaign", "2015-06-16..2016-11-08")
    ]


def test_a_period_name_that_modifies_the_noun_after_it_is_not_that_period() -> None:
    # the election is a day; "the election campaign" and "his election run" are the
    # campaign, "his Senate race" another one, "the transition team" no period at all
    periods = {**PERIODS, "campaign": FuzzyDate.parse("2015-06-16..2016-11-08")}
    for told in ("during the election campaign", "during his election run"):
        assert found(f"Trump met him twice {told}.", periods) == [(told, "2015-06-16..2016-11-08")]
    assert found("They met during the presidential race.", periods) == [
        ("during the presidential race", "2015-06-16..2016-11-08")
    ]
    assert found("They met during his 2008 presidential bid.", periods) == [("2008", "2008")]
    assert found("They met during his Senate race.", periods) == []
    assert found("It came up in the transition team's talks.", periods) == []
    assert found("They met twice before the election.", periods) == [
        ("before the election", "..2016-11-07")
    ]


def test_a_period_told_going_on_in_a_while_clause_dates_it_but_a_contrast_does_not() -> None:
    going_on = "They spoke while the transition was under way, officials said."
    assert found(going_on, PERIODS) == [("while the transition", "2016-11-09..2017-01-19")]
    assert found("They spoke, while transition aides denied it.", PERIODS) == []


def test_the_year_before_the_election_is_the_year_up_to_it_not_any_time_before() -> None:
    text = "had repeated contacts with Russian officials in the year before the election."
    assert found(text, PERIODS) == [("the year before the election", "2015-11-09..2016-11-07")]
    assert found("the year after the election", PERIODS) == [
        ("the year after the election", "2016-11-09..2017-02-14")  # not past the article
    ]


def test_pre_and_post_put_what_they_qualify_before_or_after_a_named_period() -> None:
    text = "Flynn has been under fire for his post-election conversations with Kislyak."
    assert found(text, PERIODS) == [("post-election", "2016-11-09..")]
    assert found("There were no pre-election contacts.", PERIODS) == [
        ("pre-election", "..2016-11-07")
    ]
    assert found("in the postelection weeks", PERIODS) == [("postelection", "2016-11-09..")]
    assert found("his pre-transition talks", PERIODS) == [("pre-transition", "..2016-11-08")]


def test_pre_and_post_before_anything_but_a_named_period_are_no_date() -> None:
    assert found("a post-convention bounce and postwar Iraq", PERIODS) == []
    assert found("The president and the prefect spoke.", PERIODS) == []
    assert found("his post-election conversations") == []  # no casebook, no election date


def test_a_future_sentence_leans_forward() -> None:
    assert found("The committee will hear him on March 9.") == [("on March 9", "2017-03-09")]
    assert found("The committee heard him on Feb. 9.") == [("on Feb. 9", "2017-02-09")]


def test_a_time_looked_ahead_to_is_in_the_future_even_in_a_past_sentence() -> None:
    assert found("Looking ahead to the fall, the chairman was joined by his deputy.") == [
        ("the fall", "2017-09-01..2017-11-30")
    ]
    assert found("She looked forward to May 3, when the club met.") == [("May 3", "2017-05-03")]


def test_a_weekday_after_a_name_ending_in_one_is_a_day_of_the_articles_week() -> None:
    assert found("He told reporters aboard Air Force One on Friday.") == [
        ("on Friday", "2017-02-10")
    ]
    assert found("One Friday in May, he called her.") == [("in May", "2016-05")]


def test_the_next_of_a_series_told_in_the_past_does_not_lean_forward() -> None:
    assert found("His next speech, on May 28, was given to the club.") == [
        ("on May 28", "2016-05-28")
    ]


def test_a_deadline_is_in_the_future_and_since_before_is_not_the_election() -> None:
    assert found("Donate by June 30.") == [("by June 30", "..2017-06-30")]
    assert found("in touch since before the election", PERIODS) == [
        ("before the election", "..2016-11-07")
    ]


def test_modal_may_and_the_verb_fall_are_not_dates() -> None:
    assert found("Officials may fall short of the goal.") == []
    assert found("He resigned in May.") == [("in May", "2016-05")]


def test_a_capitalised_month_after_an_article_or_possessive_dates_what_it_names() -> None:
    assert found("After a March meeting with Hart, she left.") == [("March", "2016-03")]
    assert found("Their May talks were brief.") == [("May", "2016-05")]
    assert found("It was a march on the capital.") == []
    assert found("It was a fall from grace.") == []


def test_a_date_word_closing_a_hyphened_epithet_is_no_date() -> None:
    assert found("He called her a Johnny-come-lately to the cause.") == []
    assert found("He met her lately.") != []
    assert [text for text, _ in found("They met in mid-March.")] == ["in mid-March"]


def test_several_dates_in_one_paragraph_come_in_text_order() -> None:
    text = "Spicer spoke on Tuesday. Last week, and again yesterday, the Post reported it."
    assert found(text) == [
        ("on Tuesday", "2017-02-14"),
        ("Last week", "2017-02-06..2017-02-12"),
        ("yesterday", "2017-02-13"),
    ]


def test_without_an_article_date_relative_mentions_are_found_but_unresolved() -> None:
    (mention,) = find_dates("He met him last April.", None)
    assert mention.text == "last April" and not mention.value.resolved


def test_a_long_text_is_read_as_its_sentences_in_time_proportional_to_its_length() -> None:
    sentence = "They met in May and spoke again prior to the election, from June 3 to June 5. "
    alone = [(m.start, m.text, m.value) for m in find_dates(sentence, ANCHOR, PERIODS)]
    start = time.perf_counter()
    mentions = find_dates(sentence * 1000, ANCHOR, PERIODS)
    elapsed = time.perf_counter() - start
    assert len(alone) == 3
    assert [(m.start, m.text, m.value) for m in mentions] == [
        (offset + n * len(sentence), text, value)
        for n in range(1000)
        for offset, text, value in alone
    ]
    assert elapsed < 20  # each date once read the whole text before it: minutes here


def test_a_weekday_of_a_month_is_one_day_of_that_month() -> None:
    text = "At 2 p.m. on the last Friday in August, the board convened at the law firm."
    assert found(text) == [("on the last Friday in August", "2016-08-26")]
    assert found("They met on the first Tuesday of November 2015.") == [
        ("on the first Tuesday of November 2015", "2015-11-03")
    ]


def test_last_friday_alone_is_still_the_week_before() -> None:
    assert found("He met her last Friday in Ohio.") == [("last Friday", "2017-02-10")]


def test_a_weekday_of_a_month_in_a_story_of_an_earlier_year_falls_in_that_year() -> None:
    (mention,) = find_dates("On the last Friday in August, the board convened.", ANCHOR)
    assert yearless(mention.text) and in_year(mention, 2001).iso() == "2001-08-31"
    (given,) = find_dates("On the first Tuesday of November 2016, they met.", ANCHOR)
    assert not yearless(given.text)


def test_a_span_a_denied_perfect_looks_back_over_runs_up_to_the_article_date() -> None:
    assert found("I have not spoken to him in almost a year.") == [
        ("in almost a year", "2016-02-15..2017-02-14")
    ]
    assert found("He hasn't called us for two weeks.") == [
        ("for two weeks", "2017-01-31..2017-02-14")
    ]


def test_a_span_without_a_denied_perfect_is_a_time_to_come_or_a_length() -> None:
    assert found("The vote is in two weeks.") == []
    assert found("He served for a year in Iraq.") == []
    assert found("He has not seen a month of Sundays like it.") == []
