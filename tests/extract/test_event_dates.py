"""When a contact happened: which of a sentence's dates is the contact's own, and which belong
to the telling, to an earlier event or to another contact. Short texts written for these tests
(article dated Monday 2017-02-20); the real model parses them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.dates import FuzzyDate
from onrecord.extract.nlp import load_nlp
from onrecord.record import Assertion, Relation
from tests.extract.test_events import contacts_of, events_of, names, only

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


def test_a_report_clause_trailing_the_contact_does_not_date_it(nlp: Any) -> None:
    text = "Ann Diaz also met with Omar Vale that day, as the Coast Journal reported on Thursday."
    assert only(events_of(nlp, text)).when is None


def test_a_date_between_the_speech_verb_and_the_teller_is_the_tellings(nlp: Any) -> None:
    said = "Ann Diaz said on Friday she met Governor Omar Vale"
    assert only(events_of(nlp, said + ".")).when is None
    when = only(events_of(nlp, said + " last week.")).when
    assert when is not None and when.iso() == "2017-02-13..2017-02-19"


def test_a_date_of_another_noun_in_the_governing_clause_does_not_date_the_contact(
    nlp: Any,
) -> None:
    text = (
        "Omar Vale’s visit to Oslo, where he met Ann Diaz and discussed trade, reminds me of "
        "Senator Reagan’s trip to Geneva in 1985."
    )
    assert only(events_of(nlp, text)).when is None
    moved = "Those talks moved on Sunday to Oslo, where Omar Vale met Ann Diaz for two hours."
    when = only(events_of(nlp, moved)).when
    assert when is not None and when.iso() == "2017-02-19"


def test_an_earlier_event_in_a_having_clause_does_not_date_the_visit(nlp: Any) -> None:
    text = "Ann Diaz had been visiting her brother in Oslo, having moved to Spain two years ago."
    assert only(events_of(nlp, text)).when is None


def test_a_verb_shared_by_two_dated_contacts_gives_each_its_own_date(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz spoke to the Rotary Club of Dover in June and to the Harbor Chamber "
        "of Commerce in September."
    )
    told = {frozenset(names(e)): e.when.iso() for e in events_of(nlp, text) if e.when is not None}
    assert told == {
        frozenset({"Ann Diaz", "Rotary Club of Dover"}): "2016-06",
        frozenset({"Ann Diaz", "Harbor Chamber of Commerce"}): "2016-09",
    }


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
    "contact",
    [
        "She was speaking to the Dover delegation when Omar Vale walked in.",
        "She was meeting with Omar Vale at the harbor office.",
        "She was joined on stage by Omar Vale.",
        "She met Omar Vale, who endorsed her in 2014, at the harbor.",
        "She met Omar Vale, whose son was born in 2010, at the harbor.",
        "She and Omar Vale discussed the recent floods.",
        "She talked with Omar Vale about the recent floods.",
        "She met Omar Vale to discuss the 2014 floods.",
    ],
    ids=[
        "progressive, when clause",
        "progressive meeting",
        "progressive passive",
        "description of a partner",
        "description's own clause",
        "topic discussed",
        "topic talked about",
        "topic of the purpose",
    ],
)
def test_a_contact_goes_on_with_the_story_told_in_the_past_progressive_or_beside_other_dates(
    nlp: Any, contact: str
) -> None:
    """The past progressive tells the story as the simple past does; a date describing someone
    or naming what was discussed dates that thing, not the contact."""
    text = "Mayor Ann Diaz spent Thursday morning in Dover. " + contact
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_contact_still_being_arranged_in_the_story_takes_no_time_of_it(nlp: Any) -> None:
    text = "Mayor Ann Diaz spent Thursday morning in Dover. She was arranging calls with Omar Vale."
    event = only(events_of(nlp, text))
    assert event.assertion is Assertion.PLANNED and event.when is None


def test_occasions_counted_otherwise_are_not_the_counted_ones_told_before(nlp: Any) -> None:
    told = (
        "Senator Ann Diaz gave {} speeches in 2014. Her {} speeches to the Dover Rotary paid well."
    )
    # three speeches to the club are three contacts, none of them of the 51 of 2014
    assert [e.when for e in events_of(nlp, told.format("51", "three"))] == [None] * 3
    dates = [e.when.iso() if e.when else None for e in events_of(nlp, told.format("two", "two"))]
    assert dates == ["2014", "2014"]


def test_the_time_papers_were_written_is_not_when_they_were_handed_over(nlp: Any) -> None:
    written = " The emails were written in 2012."
    handed = "Ann Diaz turned over her emails to the State Department."
    assert only(events_of(nlp, handed + written)).when is None
    when = only(events_of(nlp, "Ann Diaz sent emails to Omar Vale." + written)).when
    assert when is not None and when.iso() == "2012"


def test_a_story_told_in_order_dates_a_contact_across_paragraphs(nlp: Any) -> None:
    text = (
        "As the council fought over the budget last week, Mayor Ann Diaz was away.\n\n"
        "She visited the envoy Omar Vale in Oslo, where she also met the harbor chief."
    )
    event = next(e for e in events_of(nlp, text) if "Omar Vale" in names(e))
    assert event.when is not None and event.when.iso() == "2017-02-13..2017-02-19"


def test_a_contact_told_during_a_period_the_case_does_not_name_takes_no_story_date(
    nlp: Any,
) -> None:
    text = (
        "Omar Vale and the envoy Ivan Petrov talked several times in late December.\n\n"
        "Ann Diaz had two encounters with Ivan Petrov during the campaign."
    )
    event = next(e for e in events_of(nlp, text, periods={}) if "Ann Diaz" in names(e))
    assert event.when is None  # not late December
    dated = next(e for e in events_of(nlp, text) if "Ann Diaz" in names(e))
    assert dated.when is not None and dated.when.expression == "during the campaign"


def test_quotes_between_do_not_end_a_dated_story(nlp: Any) -> None:
    text = (
        "In 1990, the analyst Omar Vale doubted the new casino in Dover. "
        '"It will not last," Vale said. "The market is not there." '
        '"Nobody wants to hear that," he said. "They never do."\n\n'
        "The developer Ann Diaz wrote to Vale, threatening a lawsuit."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "1990"


def test_a_time_word_in_a_description_does_not_move_the_story(nlp: Any) -> None:
    text = (
        "In 2012, Senator Ann Diaz toured the naval base in Dover. "
        "The base, which had grown since 2009, drew crowds after she arrived. "
        "She called the admiral Omar Vale."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2012"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz spent Thursday morning in Dover. Before that, she met Omar Vale in Oslo.",
        "Mayor Ann Diaz spent Thursday morning in Dover. A year later, she met Omar Vale in Oslo.",
        "The envoy Omar Vale, who was freed in 2010, leads the talks. Ann Diaz met Vale in Oslo.",
        "Mayor Ann Diaz spent Thursday in Dover.\n\nDover is a busy port. She met Omar Vale there.",
        "Ann Diaz said on Thursday that the talks were hard.\n\nShe met Omar Vale in Oslo.",
        "Ann Diaz said: \u201cWe will see him on Friday.\u201d\n\nShe met Omar Vale in Oslo.",
        "On March 10, Ann Diaz toured Dover. A few weeks earlier, she met Omar Vale in Oslo.",
        "On March 10, Ann Diaz toured Dover. A few days later, she met Omar Vale in Oslo.",
    ],
    ids=[
        "time moves",
        "measured shift",
        "date of a description",
        "present tense between",
        "date of a telling",
        "date in a quote",
        "vague step back",
        "vague step on",
    ],
)
def test_a_contact_takes_no_date_from_a_sentence_it_does_not_go_on_from(
    nlp: Any, text: str
) -> None:
    assert only(events_of(nlp, text)).when is None


def test_a_story_set_in_an_earlier_year_gives_its_year_to_a_bare_month(nlp: Any) -> None:
    text = (
        "The feud began in 2013, when Ann Diaz ran for mayor of Dover.\n\n"
        "In March, she met the envoy Omar Vale in Oslo."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2013-03"


@pytest.mark.parametrize(
    "story",
    [
        "By the summer of 2013, Ann Diaz was still weighing a run for mayor of Dover.",
        "Ann Diaz first ran for mayor of Dover in 2009. By 2013, she was weighing another run.",
    ],
    ids=["by a date alone", "by a later year than the one told before"],
)
def test_a_story_that_has_got_to_an_earlier_year_gives_it_to_a_bare_month(
    nlp: Any, story: str
) -> None:
    text = f"{story} In July, she met the envoy Omar Vale in Oslo."
    assert str(only(events_of(nlp, text)).when) == "2013-07"


def test_a_story_that_has_got_to_a_year_gives_an_undated_contact_no_day(nlp: Any) -> None:
    text = (
        "Ann Diaz flew to Oslo on Jan. 4, 2013. By the summer of 2013, she was still weighing a"
        " run for mayor. She met the envoy Omar Vale in Dover."
    )
    assert only(events_of(nlp, text)).when is None


def test_papers_that_show_a_past_act_set_the_story_in_its_year(nlp: Any) -> None:
    # "They show …" is the papers' present, not the reporter's: the Trump Tower meeting on
    # "June 9" is of the June 2016 the emails tell, not of the article's year
    text = (
        "Donald Trump Jr. released emails on Tuesday. They show that he agreed to meet a Russian"
        " lawyer, Natalia Veselnitskaya, in June 2016. She met with Donald Trump Jr., Jared"
        " Kushner and Paul Manafort at Trump Tower on June 9."
    )
    written = date(2017, 7, 12)  # after a June 9 of the article's own year
    assert _contact_date(nlp, text, written) == "2016-06-09"


def _contact_date(nlp: Any, text: str, written: date) -> str | None:
    """The date of the one contact in ``text``, in an article written on ``written``."""
    meeting = only([e for e in events_of(nlp, text, written) if e.assertion.contact])
    return meeting.when.iso() if meeting.when is not None else None


@pytest.mark.parametrize(
    ("between", "when"),
    [
        ("Omar Vale is Norway's envoy to the talks.", "2016-07"),  # who he is: an aside
        ("The talks are stalled now.", "2017-07"),  # the reporter's present ends the story
    ],
)
def test_saying_who_someone_is_does_not_end_a_look_back_story(
    nlp: Any, between: str, when: str
) -> None:
    text = (
        f"In June 2016, Ann Diaz flew to Oslo for the talks. {between} In July, she met Omar Vale."
    )
    assert _contact_date(nlp, text, date(2017, 9, 1)) == when


def test_a_bare_month_after_a_story_of_this_year_stays_in_the_articles_year(nlp: Any) -> None:
    text = "Last week, Ann Diaz toured the port of Dover.\n\nIn January, she met Omar Vale in Oslo."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-01"


def test_an_occasion_told_as_known_takes_the_date_the_article_gave_it(nlp: Any) -> None:
    text = (
        "Leaders of the Baltic states gathered at their July summit in Riga.\n\n"
        "At the summit, Mayor Ann Diaz met the envoy Omar Vale."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-07"


@pytest.mark.parametrize("order", ["last", "earliest", "initial"])
def test_another_occasion_of_a_series_does_not_take_the_named_ones_date(
    nlp: Any, order: str
) -> None:
    text = (
        "Leaders of the Baltic states gathered at their July summit in Riga.\n\n"
        f"At the {order} summit, Mayor Ann Diaz met the envoy Omar Vale."
    )
    assert only(events_of(nlp, text)).when is None


def test_the_time_a_relative_clause_gives_a_meeting_is_its_own(nlp: Any) -> None:
    text = (
        "Ann Diaz requested a meeting with Omar Vale, which took place in Oslo on Tuesday, "
        "the council said."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-14"


def test_a_meeting_followed_by_an_act_of_a_given_day_was_held_that_day(nlp: Any) -> None:
    text = "Ann Diaz spoke to reporters on Thursday following a meeting with Omar Vale."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_meeting_before_an_act_of_a_given_month_is_not_dated_by_it(nlp: Any) -> None:
    text = "Ann Diaz resigned from the council in March, after a meeting with Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_a_report_date_leading_the_contact_does_not_date_it(nlp: Any) -> None:
    text = "The Coast Journal reported on Thursday that Ann Diaz had met Omar Vale in Oslo."
    assert only(events_of(nlp, text)).when is None


def test_a_contact_told_before_an_act_dated_earlier_in_the_article_took_place_that_day(
    nlp: Any,
) -> None:
    text = (
        "Mayor Ann Diaz toured the Dover shipyard on Thursday with port officials.\n\n"
        "The city is courting new investors, and Diaz, who had breakfast with the shipbuilder "
        "Omar Vale before touring the shipyard, is its chief salesman."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_light_verb_contact_noun_goes_on_with_a_dated_story(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz spent Thursday morning in Dover. "
        "She later had breakfast with the envoy Omar Vale at the harbor."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Mayor Ann Diaz spent Thursday morning in Dover. She later praised the harbor chief"
            " during a lunch with the envoy Omar Vale.",
            "2017-02-16",
        ),
        (
            "In 2014, Senator Ray Olin toured the plant. He criticized the owners at a dinner"
            " with Governor Omar Vale.",
            "2014",
        ),
        (
            "Mayor Ann Diaz spent Thursday morning in Dover. She has often praised the port in"
            " meetings with Omar Vale.",
            None,
        ),
    ],
)
def test_a_contact_where_an_act_of_the_story_took_place_goes_on_with_it(
    nlp: Any, text: str, when: str | None
) -> None:
    """ "She later praised X during a lunch with Y": the lunch was when the praise was, so a
    story told in order dates it as it dates the act; a habit ("has often praised … in
    meetings") is no act of the story."""
    event = only(events_of(nlp, text))
    assert (event.when.iso() if event.when else None) == when


def test_a_contact_just_before_a_telling_takes_the_storys_time(nlp: Any) -> None:
    text = (
        "On Thursday, Mayor Ann Diaz declined to blame the shipyard for the spill.\n\n"
        '"We have had spills in the past," Diaz said after meeting with the envoy Omar Vale.'
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_contact_told_as_held_takes_no_date_after_the_article(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz said she had told her deputy Omar Vale to keep talking with the union's "
        "leaders over the coming days."
    )
    assert all(e.when is None for e in events_of(nlp, text) if e.assertion.contact)
    assert any(e.assertion.contact for e in events_of(nlp, text))


def test_a_contact_in_a_clause_describing_a_thing_takes_no_date_from_the_story(nlp: Any) -> None:
    text = (
        "The council met on Thursday to vote on the budget. Mayor Ann Diaz felt betrayed by "
        "Omar Vale on a tax plan he persuaded her to back but later dropped, aides said."
    )
    assert [e.when for e in events_of(nlp, text) if names(e) == {"Ann Diaz", "Omar Vale"}] == [None]


def test_a_contact_told_in_a_quote_takes_no_date_from_the_story_around_it(nlp: Any) -> None:
    text = (
        "Between May and July, Omar Vale arranged a dozen meetings for the Harbor Trust. "
        '"I had lunch with Vale," Mayor Ann Diaz wrote to her staff.'
    )
    lunch = [e for e in events_of(nlp, text) if names(e) == {"Ann Diaz", "Omar Vale"}]
    assert [e.when for e in lunch] == [None]


def test_a_contact_in_a_persons_indirect_account_takes_no_date_from_the_story(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz toured the flooded harbor on Thursday. "
        "Diaz said she phoned Governor Omar Vale to ask for help."
    )
    call = [e for e in events_of(nlp, text) if names(e) == {"Ann Diaz", "Omar Vale"}]
    assert len(call) == 1 and call[0].when is None


def test_a_persons_account_of_a_look_back_story_keeps_the_storys_year_not_its_day(
    nlp: Any,
) -> None:
    text = (
        "Ann Diaz met the envoy Omar Vale in Oslo on Sept. 10, 2012. "
        "Diaz said she later began calling Governor Lena Holt to ask for help."
    )
    call = [e for e in events_of(nlp, text) if names(e) == {"Ann Diaz", "Lena Holt"}]
    assert len(call) == 1 and call[0].when is not None and call[0].when.iso() == "2012"


def test_an_account_placed_there_is_at_the_occasion_just_told_and_takes_its_time(
    nlp: Any,
) -> None:
    text = (
        "The first was the March 2016 gala at the Harbor Hotel. "
        "Ann Diaz said she shook hands with several envoys there, including Omar Vale."
    )
    [handshake] = [e for e in events_of(nlp, text) if {"Ann Diaz", "Omar Vale"} <= names(e)]
    assert handshake.when is not None and handshake.when.iso() == "2016-03"


def test_an_account_placed_that_evening_is_on_the_storys_day(nlp: Any) -> None:
    told = "Mayor Ann Diaz toured the flooded harbor on Thursday. Diaz said she took one call"
    evening = only(events_of(nlp, told + " that evening from Governor Omar Vale.")).when
    assert evening is not None and evening.iso() == "2017-02-16"
    assert only(events_of(nlp, told + " from Governor Omar Vale.")).when is None
    own_day = "Mayor Ann Diaz toured the flooded harbor on Thursday. Diaz said she flew to Oslo"
    own_day += " on Saturday. She said she took one call that evening from Governor Omar Vale."
    saturday = only(events_of(nlp, own_day)).when
    assert saturday is not None and saturday.iso() == "2017-02-18"


def test_a_hosts_guest_told_in_a_dated_story_was_there_at_its_time(nlp: Any) -> None:
    story = "{}I watched Omar Vale on his cable show in Dover. "
    guest = "His guest, the singer Ann Diaz, was calm as she talked about the flood."
    dated = only(events_of(nlp, story.format("Last week, ") + guest)).when
    assert dated is not None and dated.iso() == "2017-02-13..2017-02-19"
    assert only(events_of(nlp, story.format("") + guest)).when is None


def test_a_contact_the_story_tells_itself_goes_on_with_its_day(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz toured the flooded harbor on Thursday. "
        "She phoned Governor Omar Vale to ask for help."
    )
    call = [e for e in events_of(nlp, text) if names(e) == {"Ann Diaz", "Omar Vale"}]
    assert len(call) == 1 and call[0].when is not None and call[0].when.iso() == "2017-02-16"


def test_a_campaign_of_another_year_is_dated_by_its_year_not_the_cases_campaign(nlp: Any) -> None:
    text = "Omar Vale had dinner with Ann Diaz in Dover during her first campaign in 2007."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2007"


def test_a_message_released_on_a_day_was_not_sent_that_day(nlp: Any) -> None:
    text = "The county on Tuesday released an email that Ann Diaz sent to Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_a_released_message_is_dated_by_its_sending(nlp: Any) -> None:
    text = "The county on Tuesday released an email Ann Diaz sent to Omar Vale in March."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-03"


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to Senate colleagues released Friday, Sen. Ann Diaz attacked the deal.",
        "Ann Diaz's letter to Gov. Omar Vale, released Friday, asked for a delay.",
    ],
)
def test_an_open_letter_its_sender_released_is_dated_by_its_release(nlp: Any, text: str) -> None:
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-17"


@pytest.mark.parametrize(
    "text",
    [
        "In emails to Omar Vale released Friday, Ann Diaz discussed the budget.",
        "In a letter to Omar Vale released Friday by the committee, Ann Diaz discussed the budget.",
    ],
)
def test_emails_or_a_letter_someone_else_released_are_not_dated_by_the_release(
    nlp: Any, text: str
) -> None:
    assert all(event.when is None for event in events_of(nlp, text))


@pytest.mark.parametrize(("day", "expected"), [("Feb. 24", "2017-02-24"), ("Feb. 4", "2017-02-04")])
def test_a_planned_contacts_bare_date_is_its_occurrence_nearest_the_article(
    nlp: Any, day: str, expected: str
) -> None:
    text = f"On Jan. 30, the Diaz campaign challenged Omar Vale to debate Ann Diaz on {day}."
    debate = only(events_of(nlp, text))
    assert debate.assertion is Assertion.PLANNED
    assert debate.when is not None and debate.when.iso() == expected


def test_a_contact_that_day_takes_the_storys_day_past_the_date_of_its_report(nlp: Any) -> None:
    text = (
        "The changes were worked out on Sunday in meetings at the mayor's home in Dover. "
        "Omar Vale, the former party chairman, also met with Mayor Ann Diaz that day, as the "
        "Coast Journal reported on Tuesday."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-19"


def test_a_contact_earlier_in_the_day_keeps_the_storys_day(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz toured the flooded district on Friday. "
        "Earlier in the day, she held a meeting with Omar Vale."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-17"


def test_a_contact_told_as_earlier_without_a_day_leaves_the_storys_time(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz toured the flooded district on Friday. "
        "Earlier, she held a meeting with Omar Vale."
    )
    assert only(events_of(nlp, text)).when is None


def test_a_contact_told_in_a_dated_incidents_relative_clause_happened_then(nlp: Any) -> None:
    text = "Omar Vale was charged over the March 8 incident, in which he grabbed Ann Lee."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-03-08"


def test_someones_own_undated_meeting_is_held_on_the_day_of_their_latest_contact(nlp: Any) -> None:
    text = (
        "Lena Ortiz visited Prime Minister Paul Brody on Tuesday. She had lunch with Senate "
        "leaders before visiting the Pentagon. After her meeting with Defense Secretary Tom "
        "Keane, the department announced a new aid package."
    )
    meeting = only([e for e in events_of(nlp, text) if "Tom Keane" in names(e)])
    assert meeting.when is not None and meeting.when.iso() == "2017-02-14"


def test_someones_own_meeting_takes_no_month_from_their_latest_contact(nlp: Any) -> None:
    text = (
        "Lena Ortiz visited Prime Minister Paul Brody in January. After her meeting with "
        "Defense Secretary Tom Keane, the department announced a new aid package."
    )
    assert only([e for e in events_of(nlp, text) if "Tom Keane" in names(e)]).when is None


@pytest.mark.parametrize(
    ("moved", "day"),
    [
        ("Two days later", "2016-12-31"),
        ("The next day", "2016-12-30"),
        ("The day after", "2016-12-30"),
        ("A week later", "2017-01-05"),
    ],
)
def test_a_contact_told_a_measure_later_is_dated_that_far_from_the_story(
    nlp: Any, moved: str, day: str
) -> None:
    text = f"On Dec. 29, Ann Diaz called Omar Vale. {moved}, Vale called Diaz."
    told = sorted(e.when.iso() for e in events_of(nlp, text) if e.when is not None)
    assert told == sorted(["2016-12-29", day])


@pytest.mark.parametrize("moved", ["The day before", "The night before", "The previous day"])
def test_a_contact_told_the_day_before_the_story_is_dated_the_day_before(
    nlp: Any, moved: str
) -> None:
    text = f"Ann Diaz won the Dover primary on Dec. 29. {moved}, she met Omar Vale."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-12-28"


@pytest.mark.parametrize(
    "moved",
    ["The week before", "In the days before", "The day before the recount"],
    ids=["a week, no day", "days, no count", "another occasion's eve"],
)
def test_a_contact_moved_by_no_one_step_from_the_story_stays_undated(nlp: Any, moved: str) -> None:
    text = f"Ann Diaz won the Dover primary on Dec. 29. {moved}, she met Omar Vale."
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize(
    ("moved", "when"),
    [
        ("That month", "2016-12"),
        ("The same month", "2016-12"),
        ("Later that month", "2016-12-14..2016-12-31"),
        ("Earlier that month", "2016-12-01..2016-12-12"),
        ("Later that week", "2016-12-14..2016-12-18"),
        ("Later that year", "2016-12-14..2016-12-31"),
    ],
)
def test_a_contact_told_in_that_month_or_later_that_week_is_dated_by_that_unit(
    nlp: Any, moved: str, when: str
) -> None:
    text = f"On Dec. 13, Ann Diaz called Omar Vale. {moved}, Vale met Ruth Alden."
    meeting = only([e for e in events_of(nlp, text) if e.kind is Relation.MEET])
    assert meeting.when is not None and meeting.when.iso() == when


def test_that_month_after_a_story_told_by_the_year_says_no_month(nlp: Any) -> None:
    text = "In 2015, Ann Diaz called Omar Vale. That month, Vale met Ruth Alden."
    assert only([e for e in events_of(nlp, text) if e.kind is Relation.MEET]).when is None


def test_a_contact_a_year_later_than_a_month_is_dated_to_the_next_year(nlp: Any) -> None:
    text = "In March 2015, Ann Diaz met Omar Vale in Oslo. A year later, Diaz called Vale."
    call = only([e for e in events_of(nlp, text) if e.kind is Relation.CALL])
    assert call.when is not None and call.when.iso() == "2016"


def test_a_step_later_counts_from_the_story_past_an_aside_told_before_it(nlp: Any) -> None:
    text = (
        "On Dec. 29, Ann Diaz called Omar Vale about the harbor. "
        "Before the call, she had discussed what to say with her staff. "
        "Two days later, Vale called Diaz."
    )
    told = sorted(e.when.iso() if e.when else "" for e in events_of(nlp, text))
    assert told == ["2016-12-29", "2016-12-31"]


def test_a_contact_a_year_after_a_winter_is_dated_to_the_next_winter(nlp: Any) -> None:
    text = (
        "When Ann Diaz flew to Oslo for a lecture in the winter of 2014, she met privately "
        "with Omar Vale. A year later, Diaz called Vale."
    )
    call = only([e for e in events_of(nlp, text) if e.kind is Relation.CALL])
    assert call.when is not None
    assert (call.when.start, call.when.end) == (date(2015, 12, 1), date(2016, 2, 29))


def test_a_contact_told_at_thursdays_debate_is_dated_that_thursday(nlp: Any) -> None:
    text = "Ann Diaz clashed with Omar Vale over taxes during Thursday's debate in Dover."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_contact_at_a_debate_named_by_its_date_is_dated_by_it(nlp: Any) -> None:
    text = "Ann Diaz and Omar Vale clashed over taxes at the Feb. 9 debate in Dover."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-09"


def test_a_debate_named_by_its_place_in_the_series_takes_its_sentences_day(nlp: Any) -> None:
    text = "In the third debate Saturday, Ann Diaz apologized to Omar Vale for the remark."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-18"


def test_a_contact_told_by_a_bare_participle_goes_on_with_its_verbs_dated_story(
    nlp: Any,
) -> None:
    text = (
        "Mayor Ann Diaz took a swipe at her rival on Thursday. "
        "She blasted his tax plan, telling Senator Omar Vale that it would fail."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_contact_going_on_since_a_month_runs_to_the_articles_month(nlp: Any) -> None:
    text = "Ann Diaz has reportedly been chatting with Omar Vale online since January 2016."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-01-01..2017-02-28"


def test_a_contact_going_on_since_a_day_runs_to_the_articles_day(nlp: Any) -> None:
    text = "Ann Diaz has spoken with Omar Vale every week since March 3."
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-03-03..2017-02-20"


def test_a_past_date_on_a_present_telling_dates_what_it_tells(nlp: Any) -> None:
    text = "Last September, when the harbor flooded, Ann Diaz says she phoned Governor Omar Vale."
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-09"


def test_a_past_date_on_a_past_telling_stays_the_tellings(nlp: Any) -> None:
    text = "Last month, Ann Diaz said she phoned Governor Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_a_contact_told_in_the_passive_goes_on_with_a_dated_story(nlp: Any) -> None:
    text = (
        "Governor Omar Vale went on the radio on Thursday to defend the new port tax. "
        "He said the tax would pay for the harbor wall. "
        "The governor was pressed by the station's host, Ann Diaz, about the cost to fishermen."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_past_perfect_clause_does_not_set_the_storys_time(nlp: Any) -> None:
    text = (
        "Governor Omar Vale went on the radio on Thursday to defend the new port tax. "
        "He was asked why he had called the tax fair last month. "
        "The governor was pressed by the station's host, Ann Diaz, about the cost to fishermen."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_an_aside_in_parentheses_does_not_set_the_storys_time(nlp: Any) -> None:
    text = (
        "Governor Omar Vale went on the radio on Thursday to defend the new port tax. "
        "(He was apparently referring to his vote in 2009 on the harbor wall.) "
        "The governor was pressed by the station's host, Ann Diaz, about the cost to fishermen."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_contact_in_the_past_perfect_passive_takes_no_date_from_the_story(nlp: Any) -> None:
    text = (
        "Governor Omar Vale went on the radio on Thursday to defend the new port tax. "
        "He said the tax would pay for the harbor wall. "
        "The governor had been pressed by the host, Ann Diaz, about the cost to fishermen."
    )
    event = only(events_of(nlp, text))
    assert event.when is None


def test_a_contact_held_this_week_fell_between_monday_and_the_articles_day(nlp: Any) -> None:
    friday = date(2016, 3, 4)
    event = only(events_of(nlp, "Ann Diaz met Ben Ortiz this week.", friday))
    assert event.when is not None
    assert (event.when.start, event.when.end) == (date(2016, 2, 29), friday)


@pytest.mark.parametrize(
    "text",
    [
        # the "when" clause of the telling itself
        "Ann Diaz dismissed the charge in October, when she told Omar Vale at a debate"
        " that voters had heard enough about it.",
        # the "when" clause hanging from the telling's date
        "Ann Diaz appeared to dismiss the email issue in October, when she told Omar Vale at a"
        " debate that Americans were tired of hearing about it.",
    ],
)
def test_a_when_clause_of_a_dated_telling_happened_then(nlp: Any, text: str) -> None:
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-10"


def test_a_year_naming_what_the_contact_was_about_does_not_date_it(nlp: Any) -> None:
    text = "Ann Diaz testified before the House Oversight Committee on the 2012 attacks."
    assert only(events_of(nlp, text)).when is None
    dated = "In January 2013, Ann Diaz testified before the House Oversight Committee on the 2012 "
    assert str(only(events_of(nlp, dated + "attacks.")).when) == "2013-01"


def test_a_year_on_the_occasion_itself_dates_it(nlp: Any) -> None:
    text = "Ann Diaz appeared at a 2014 Senate hearing with Omar Vale."
    assert str(only(events_of(nlp, text)).when) == "2014"


LIVE_BLOG = (
    "The Latest: polls close across the state\n\n"
    "7:15 p.m.\n\n"
    "Governor Ann Diaz stopped at a polling place in Riverside, where she met with Mayor Omar "
    "Vale, one of her oldest allies.\n\n"
    "6:40 p.m.\n\n"
    "\u201cI met Omar Vale years ago,\u201d Diaz told reporters.\n"
)


def test_a_contact_in_a_live_blogs_hour_stamped_entry_was_on_the_articles_day(nlp: Any) -> None:
    met = [e for e in events_of(nlp, LIVE_BLOG) if e.assertion.contact]
    today = [e for e in met if e.when is not None]
    assert len(today) == 1 and today[0].when is not None
    assert today[0].when.iso() == "2017-02-20"


@pytest.mark.parametrize("stamp", ["7:15 p.m.:", "7:15 p.m. EST", "7:15 PM (ET)"])
def test_an_hour_stamp_naming_its_zone_or_ending_in_a_colon_opens_a_live_entry(
    nlp: Any, stamp: str
) -> None:
    text = f"{stamp}\n\nGovernor Ann Diaz met with Mayor Omar Vale at a polling place.\n"
    assert str(only(events_of(nlp, text)).when) == "2017-02-20"


def test_a_live_entrys_contact_credited_to_its_source_after_it_was_that_day(nlp: Any) -> None:
    told = "7:15 p.m.\n\nGovernor Ann Diaz met with Mayor Omar Vale in Riverside, {}.\n"
    assert str(only(events_of(nlp, told.format("her campaign said"))).when) == "2017-02-20"
    account = "7:15 p.m.\n\nAnn Diaz's campaign said she met with Mayor Omar Vale in Riverside.\n"
    assert only(events_of(nlp, account)).when is None


def test_a_contact_going_on_as_a_live_entry_is_posted_is_held_that_day_not_planned(
    nlp: Any,
) -> None:
    entry = "The Latest: Diaz in Riverside\n\n3:20 p.m.\n\n"
    now = f"{entry}Governor Ann Diaz is meeting with Mayor Omar Vale on Monday in Riverside."
    event = only(events_of(nlp, now))
    assert event.assertion is not Assertion.PLANNED
    assert event.when is not None and event.when.iso() == "2017-02-20"
    later = f"{entry}Governor Ann Diaz is meeting with Mayor Omar Vale later Monday."
    assert only(events_of(nlp, later)).assertion is Assertion.PLANNED


def test_an_article_without_hour_stamps_leaves_such_a_contact_undated(nlp: Any) -> None:
    text = LIVE_BLOG.replace("7:15 p.m.\n\n", "").replace("6:40 p.m.\n\n", "")
    assert all(e.when is None for e in events_of(nlp, text))


def test_an_occasion_that_is_the_scene_of_a_telling_happened_when_it_was_told(nlp: Any) -> None:
    text = (
        "Ann Diaz and Omar Vale sparred again. Vale appeared to dismiss the pension issue in"
        ' October, when he told Diaz at a debate that voters were "sick and tired of hearing'
        ' about your pension plan."'
    )
    told = only([e for e in events_of(nlp, text) if "October" in text[e.evidence[0].start :]])
    assert told.when is not None and told.when.iso() == "2016-10"


def test_a_when_clause_names_the_date_not_the_interval_it_opens(nlp: Any) -> None:
    text = (
        "The stumble recalled one from January 2013, when Ann Diaz first testified before the"
        " House Oversight Committee."
    )
    assert str(only(events_of(nlp, text)).when) == "2013-01"


def test_since_on_the_first_time_two_spoke_dates_the_one_before(nlp: Any) -> None:
    text = "Ann Diaz and Omar Vale spoke by phone, the first time the two talked since October."
    assert only(events_of(nlp, text)).when is None


def test_a_date_describing_what_was_discussed_does_not_date_the_talk(nlp: Any) -> None:
    text = "Ann Diaz and Omar Vale discussed the recent flooding that has hit the county."
    assert only(events_of(nlp, text)).when is None


def test_a_known_occasion_takes_the_date_of_the_act_it_was_the_scene_of(nlp: Any) -> None:
    text = (
        "Ann Diaz threatened to walk off the stage Thursday night in the final debate before"
        " voters go to the polls. Polls show her trailing in the north. Former mayor Ben Ortiz"
        " joined Diaz for the debate sponsored by the state party."
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-16"


def test_a_date_in_a_clause_set_after_the_contact_is_not_its(nlp: Any) -> None:
    text = (
        "Ann Diaz attacked Omar Vale on Sunday night in the final debate before voters go to"
        " the polls Tuesday."
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-19"


LOOK_BACK = (
    "In June 2001, Ann Diaz asked the Dover board to weigh a merger. "
    "In August, she flew to Boston to share her plan with the Harbor Bank board. "
    "Shortly before the announcement, she summoned her deputies to her office. "
    "This time, there was no discussion. "
    "At 2 p.m. on the last Friday in August, Diaz met Omar Vale at a law firm."
)


def test_a_look_back_story_keeps_its_year_through_a_move_back(nlp: Any) -> None:
    met = only([e for e in events_of(nlp, LOOK_BACK) if "Omar Vale" in names(e)])
    assert str(met.when) == "2001-08-31"


@pytest.mark.parametrize(
    "told",
    [
        "After Omar Vale criticized her during a debate, she shot back.",
        "After Omar Vale met her in Oslo, she dropped out.",
        "Before the vote, she met Omar Vale in Oslo.",
    ],
    ids=["after clause, occasion noun", "after clause, verb", "move back"],
)
def test_a_contact_set_back_from_a_look_back_story_keeps_its_year(nlp: Any, told: str) -> None:
    text = f"In 1992, Ann Diaz ran for mayor of Dover and angered voters with one remark. {told}"
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "1992"


@pytest.mark.parametrize(
    "told",
    [
        "Before she met Omar Vale in Oslo, she lost.",
        "After that, she met Omar Vale in Oslo.",
        "After she lost, she met Omar Vale in Oslo.",
        "Years after Omar Vale met her in Oslo, she lost.",
    ],
    ids=["before clause: later", "moved on", "after the story's act", "measured vaguely"],
)
def test_a_contact_moved_on_from_a_look_back_story_takes_no_year(nlp: Any, told: str) -> None:
    text = f"In 1992, Ann Diaz ran for mayor of Dover and angered voters with one remark. {told}"
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize("title", ["Then-Gov. Omar Vale", "Then-envoy Omar Vale"])
def test_a_then_title_does_not_move_a_contact_from_the_story(nlp: Any, title: str) -> None:
    text = f"On Tuesday, Ann Diaz flew to Oslo. {title} met her at the airport."
    assert str(only(events_of(nlp, text)).when) == "2017-02-14"


def test_then_told_as_the_next_step_still_moves_a_contact_from_the_story(nlp: Any) -> None:
    text = "On Tuesday, Ann Diaz flew to Oslo. Then she met Governor Omar Vale at the airport."
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize("source", ["his office said", "officials said", "she said"])
def test_a_contact_credited_to_its_source_after_it_goes_on_with_the_story(
    nlp: Any, source: str
) -> None:
    text = (
        f"On Tuesday, Ann Diaz flew to Oslo. She met the envoy Omar Vale at a reception, {source}."
    )
    assert str(only(events_of(nlp, text)).when) == "2017-02-14"


def test_a_contact_in_an_account_led_by_its_teller_keeps_the_tellers_time(nlp: Any) -> None:
    text = "On Tuesday, Ann Diaz flew to Oslo. She said she met the envoy Omar Vale at a reception."
    assert only(events_of(nlp, text)).when is None


def test_a_contact_set_back_from_a_story_of_this_year_takes_no_day(nlp: Any) -> None:
    text = (
        "On Tuesday, Ann Diaz toured the harbor in Dover. "
        "After Omar Vale criticized her during a debate, she shot back."
    )
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize(
    "told",
    [
        "After touring the port, she met with Omar Vale.",
        "Before heading to Oslo, she met with Omar Vale.",
        "In Oslo, after talking to dock workers, she unveiled a plan. She was joined by Omar Vale.",
    ],
    ids=["after gerund", "before gerund", "sentence on the way"],
)
def test_a_gerund_sequence_clause_keeps_the_storys_day(nlp: Any, told: str) -> None:
    text = f"On Tuesday, Ann Diaz toured the harbor in Dover. {told}"
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-14"


@pytest.mark.parametrize(
    ("story", "told", "expected"),
    [
        (
            "Last week",
            "She praised the port after meeting with Omar Vale.",
            "2017-02-13..2017-02-19",
        ),
        ("In March", "After meeting with Omar Vale, she praised the port.", "2016-03"),
    ],
)
def test_a_gerund_sequence_clause_keeps_a_storys_week_or_month(
    nlp: Any, story: str, told: str, expected: str
) -> None:
    text = f"{story}, Ann Diaz toured the harbor in Dover. {told}"
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == expected


@pytest.mark.parametrize(
    "told",
    [
        "After leaving office, she met Omar Vale in Oslo.",
        "After leaving office, she founded a charity. She met Omar Vale in Oslo.",
    ],
    ids=["the contact's own act", "an act on the way"],
)
def test_a_gerund_sequence_clause_does_not_keep_a_storys_year(nlp: Any, told: str) -> None:
    text = f"In 2009, Ann Diaz ran for mayor of Dover. {told}"
    assert only(events_of(nlp, text)).when is None


def test_a_sequence_clause_with_a_date_of_its_own_gives_the_story_no_day(nlp: Any) -> None:
    text = (
        "On Tuesday, Ann Diaz toured the harbor in Dover. "
        "After the vote in 2009, she met with Omar Vale."
    )
    when = only(events_of(nlp, text)).when
    assert when is None or when.iso() != "2017-02-14"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("At the rally", "2017-02-14"),
        ("Hours after the rally", "2017-02-14"),
        ("The day after the rally", "2017-02-15"),
        ("On the eve of the rally", "2017-02-13"),
        ("Two days before the rally", "2017-02-12"),
    ],
)
def test_a_contact_told_from_a_dated_occasion_is_dated_that_far_from_it(
    nlp: Any, told: str, day: str
) -> None:
    text = f"Ann Diaz held a rally in Dover on Tuesday. {told}, she met with Omar Vale."
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == day


@pytest.mark.parametrize(
    "told",
    [
        "Days after the rally",
        "In the wake of the rally",
        "In the run-up to the rally",
        "Ahead of the rally",
        "In the days before the rally",
    ],
)
def test_a_contact_set_apart_from_a_dated_occasion_by_no_measure_stays_undated(
    nlp: Any, told: str
) -> None:
    text = f"Ann Diaz held a rally in Dover on Tuesday. {told}, she met with Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_a_contact_named_as_the_occasion_of_an_eve_keeps_its_own_day(nlp: Any) -> None:
    text = "Ann Diaz met Omar Vale on Thursday. On the eve of the meeting, Diaz eased her tone."
    assert {e.when.iso() if e.when else None for e in events_of(nlp, text)} == {"2017-02-16"}


def test_the_eve_of_another_occasion_does_not_take_the_storys_day(nlp: Any) -> None:
    text = (
        "Ann Diaz won the Dover primary on Tuesday. "
        "On the eve of the primary, she called Omar Vale."
    )
    assert only(events_of(nlp, text)).when is None


def test_a_story_moved_on_by_an_unmeasured_stretch_leaves_its_year(nlp: Any) -> None:
    text = (
        "In 2014, Ann Diaz tried to build a trade bloc of her own. "
        "After the collapse of the talks in 2014, the plan was questioned and then abandoned. "
        "In May, Diaz and Omar Vale signed a treaty."
    )
    signed = only([e for e in events_of(nlp, text) if "Omar Vale" in names(e)])
    assert str(signed.when) == "2016-05"


def test_a_contact_in_a_clause_of_the_telling_goes_on_with_the_story(nlp: Any) -> None:
    text = (
        "Governor Omar Vale showed restraint on Saturday and played down his outburst. "
        '"I have to be careful what I say," he said. At day\'s end, however, Vale said as he'
        ' introduced Senator Ann Diaz in Hudson, "Finally, we are free to talk about ideas."'
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-18"


def test_a_new_contact_noun_in_a_live_entry_was_on_the_articles_day(nlp: Any) -> None:
    text = (
        "The Latest: votes counted in the west\n\n5:50 p.m.\n\n"
        "Omar Vale is conceding the race in a phone call with Ann Diaz.\n\n"
        "5:20 p.m.\n\nTurnout was heavy in the north.\n"
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-20"


def test_a_gapped_second_partner_with_its_own_date_leaves_the_first_its_date(nlp: Any) -> None:
    text = (
        "Governor Ann Diaz met with Omar Vale and Ben Ortiz last week, and this week with Mayor"
        " Tom Reyes, the third candidate in the race."
    )
    first = [e for e in events_of(nlp, text) if "Omar Vale" in names(e)]
    assert [e.when.iso() for e in first if e.when is not None] == ["2017-02-13..2017-02-19"]


def test_a_gapped_second_partner_with_its_own_date_is_a_contact_of_its_own(nlp: Any) -> None:
    text = (
        "Governor Ann Diaz met with Omar Vale and Ben Ortiz last week, and this week with Mayor"
        " Tom Reyes."
    )
    told = {frozenset(names(e)): e.when.iso() for e in events_of(nlp, text) if e.when}
    assert told == {
        frozenset({"Ann Diaz", "Omar Vale", "Ben Ortiz"}): "2017-02-13..2017-02-19",
        frozenset({"Ann Diaz", "Tom Reyes"}): "2017-02-20..2017-02-20",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale on Friday played down the idea that he had struck a deal with Mayor Ann Diaz.",
        "Omar Vale on Friday shrugged off the news that he had dined with Governor Ann Diaz.",
    ],
)
def test_the_date_of_an_act_on_a_claim_is_not_the_date_of_the_contact_it_holds(
    nlp: Any, text: str
) -> None:
    assert only(events_of(nlp, text)).when is None


def test_a_story_that_went_on_past_a_dated_clause_no_longer_dates_a_contact(nlp: Any) -> None:
    text = (
        "In the 1990s, Omar Vale built Lenox Care into one of the largest nursing home chains in"
        " the state. Lenox was a juggernaut, Vale said, until it went bankrupt in 1999. Vale said"
        " he began to rethink his goals. He went hiking in Peru, where he met Ann Diaz, a"
        " teacher from Lima."
    )
    assert only(events_of(nlp, text)).when is None


def test_a_telling_at_an_occasion_is_dated_by_its_own_clause_not_by_one_above(nlp: Any) -> None:
    text = (
        "Omar Vale on Tuesday dismissed a report that he told Governor Ann Diaz at a private"
        " dinner that he would quit the race."
    )
    assert only(events_of(nlp, text)).when is None


def test_an_undated_occasion_told_on_the_way_back_is_the_one_a_retelling_means(nlp: Any) -> None:
    text = (
        "Tuesday's debate will air on the Coast Network. In the last debate, on a rival network,"
        " Governor Ann Diaz dodged questions about her pension plan. In the same debate,"
        " moderator Omar Vale asked Diaz about her ties to a lender."
    )
    assert only(events_of(nlp, text)).when is None


def test_a_bare_month_on_the_act_a_contact_hangs_from_takes_the_storys_year(nlp: Any) -> None:
    shared = only([e for e in events_of(nlp, LOOK_BACK) if "Harbor Bank board" in names(e)])
    assert str(shared.when) == "2001-08"


def test_a_bare_day_on_the_act_a_contact_follows_takes_the_storys_year(nlp: Any) -> None:
    text = (
        "The feud began in 2013, when Ann Diaz ran for mayor of Dover. "
        "On March 4, Diaz toured the docks, where she met Omar Vale."
    )
    assert str(only(events_of(nlp, text)).when) == "2013-03-04"


def test_an_occasion_dated_by_a_bare_day_in_a_look_back_story_keeps_the_storys_year(
    nlp: Any,
) -> None:
    text = (
        "In 2013, Ann Diaz toured Europe as a visiting scholar. "
        "She gave a lecture in Vienna on May 3. "
        "After her lecture at the institute, she met the envoy Omar Vale."
    )
    assert str(only(events_of(nlp, text)).when) == "2013-05-03"


@pytest.mark.parametrize("retold", ["the rally", "the event"])
def test_an_occasion_someone_held_is_dated_by_the_holding(nlp: Any, retold: str) -> None:
    text = f"Ann Diaz held a rally in Tampa on Friday. After {retold}, she met the envoy Omar Vale."
    assert str(only(events_of(nlp, text)).when) == "2017-02-17"


@pytest.mark.parametrize(
    "held",
    [
        "The debate was held in Denver on Friday.",
        "The debate took place in Denver on Friday.",
        "The debate happened on Friday in Denver.",
    ],
)
def test_an_occasion_told_as_held_is_dated_by_its_holding(nlp: Any, held: str) -> None:
    text = held + " After the debate, Ann Diaz met the envoy Omar Vale."
    assert str(only(events_of(nlp, text)).when) == "2017-02-17"


def test_an_occasion_told_as_beginning_is_not_dated_by_its_first_day(nlp: Any) -> None:
    text = "The summit began in Oslo on Friday. After the summit, Ann Diaz met the envoy Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_an_occasion_someone_planned_is_not_dated_by_the_planning(nlp: Any) -> None:
    text = "Ann Diaz planned a rally on Friday. After the rally, she met the envoy Omar Vale."
    assert only(events_of(nlp, text)).when is None


def test_a_meeting_a_leading_weekday_says_will_come_is_on_the_coming_day(nlp: Any) -> None:
    text = "On Friday, Governor Ann Diaz will meet the envoy Omar Vale in Oslo."
    assert str(only(events_of(nlp, text)).when) == "2017-02-24"


def test_a_bare_month_beside_a_recent_telling_stays_before_the_article(nlp: Any) -> None:
    text = (
        "Governor Ann Diaz sat in on a meeting with Omar Vale and Ben Ortiz at the Dover Hotel"
        " in December, the mayor's office confirmed last week."
    )
    met = only([e for e in events_of(nlp, text) if "Omar Vale" in names(e)])
    assert str(met.when) == "2016-12"


def test_a_contact_hours_after_a_persons_remarks_takes_the_day_they_were_made(nlp: Any) -> None:
    text = (
        "Governor Tom Reyes said on Tuesday that the inquiry was over. Ann Diaz met Omar Vale"
        " just hours after Reyes's remarks."
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-14"


def test_a_contact_right_after_his_announcement_takes_the_day_of_the_announcer_telling(
    nlp: Any,
) -> None:
    told = (
        "On Tuesday, Governor Tom Reyes said the inquiry was over. Senator Ann Diaz told"
        " reporters that she spoke with Reyes {} his announcement."
    )
    when = only(events_of(nlp, told.format("right after"))).when
    assert when is not None and when.iso() == "2017-02-14"
    assert only(events_of(nlp, told.format("after"))).when is None  # days later, perhaps


def test_a_live_entry_dates_a_contact_whose_sentence_dates_only_a_description(nlp: Any) -> None:
    text = (
        "5:20 p.m.\n\nOmar Vale, speaking at the Mar-a-Vista resort, was introduced by Governor"
        " Ann Diaz, who endorsed him last week.\n"
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-20"


def test_a_day_someone_was_urged_to_act_on_is_not_the_storys_time(nlp: Any) -> None:
    text = (
        "Omar Vale shook hands with voters at a cafe Sunday afternoon. He urged them to vote"
        " Tuesday. He was flanked by Governor Ann Diaz."
    )
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-19"


def test_an_invitation_to_visit_at_a_date_still_sets_the_storys_time(nlp: Any) -> None:
    text = (
        "Governor Ann Diaz personally invited Omar Vale to visit her in January 2012. Vale met"
        " with her and other city leaders and came away convinced."
    )
    told = [e.when.iso() for e in events_of(nlp, text) if e.when and "Omar Vale" in names(e)]
    assert "2012-01" in told


def test_a_story_does_not_run_across_a_heading_in_capitals(nlp: Any) -> None:
    text = (
        "In a long profile of Vale in 2013, fellow doctors were eager to talk about him.\n\n"
        "EVEN HIS BOSS HAS DOUBTS — The head of the network said as much in an email. Vale is"
        " smart, Ann Diaz wrote in an email to Omar Reyes.\n"
    )
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz arrived in Dover on Thursday. The next morning, she met Governor Omar Vale.",
        "Ann Diaz arrived in Dover on Thursday. She met Governor Omar Vale the following evening.",
    ],
)
def test_the_next_morning_of_a_dated_story_is_the_day_after(nlp: Any, text: str) -> None:
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-17"


@pytest.mark.parametrize("measure", ["Hours", "Minutes", "Moments"])
def test_a_contact_hours_on_in_a_dated_story_is_that_day(nlp: Any, measure: str) -> None:
    text = f"Ann Diaz arrived in Dover on Thursday. {measure} later, she met Governor Omar Vale."
    assert str(only(events_of(nlp, text)).when) == "2017-02-16"


def test_a_contact_days_on_in_a_dated_story_is_not_that_day(nlp: Any) -> None:
    text = "Ann Diaz arrived in Dover on Thursday. Days later, she met Governor Omar Vale."
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The network aired the third debate on Thursday night, a showdown between Senator "
            "Ann Diaz and Governor Paul Hart.",
            "2017-02-16",
        ),
        ("Ann Diaz and Paul Hart debated in Denver on Sunday night.", "2017-02-19"),
        ("Governor Mark Ebert toured the devastation with Ruth Alden on Wednesday.", "2017-02-15"),
        ("Ada Brill spoke to the Harlow Action Network conference on Thursday.", "2017-02-16"),
        ("Ada Brill spoke at a forum hosted by Omar Vale on Thursday.", "2017-02-16"),
    ],
)
def test_a_contact_told_through_an_occasion_takes_the_occasions_date(
    nlp: Any, text: str, day: str
) -> None:
    """A debate is dated by its airing, an occasion by the participle that tells who hosted
    it; a tour or a speech by its own clause."""
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == day


def test_a_date_opening_its_sentence_dates_the_contact_the_parser_hung_under_its_apposition(
    nlp: Any,
) -> None:
    """ "On Dec. 29, the day the sanctions were announced, X called Y": the parser roots the
    sentence at "On" and makes the call a clause of "the day"; the call is on Dec. 29."""
    text = "On Dec. 29, the day the Obama administration announced sanctions, Vale called Diaz."
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-12-29"


def test_a_sentence_sourcing_a_past_act_in_the_present_does_not_end_the_story(nlp: Any) -> None:
    """ "He did so at X's direction, the court papers say. The next day, …": the present is
    only the source's; the story goes on from the day before."""
    text = (
        "On Dec. 22 of last year, Paul Hart asked Ambassador Ann Diaz to delay the vote. He did "
        "so at the direction of a senior aide, the court papers say. The next day, Diaz told "
        "Hart that her country would not vote against it."
    )
    days = sorted(e.when.iso() for e in events_of(nlp, text) if e.when is not None)
    assert days == ["2016-12-22", "2016-12-23"]


@pytest.mark.parametrize(
    "text",
    [
        "After a March meeting with Omar Vale, Ann Diaz changed her plans.",
        "Ann Diaz had a March meeting with Omar Vale.",
    ],
)
def test_a_month_naming_the_meeting_dates_it(nlp: Any, text: str) -> None:
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-03"


def test_a_date_of_one_included_contact_is_not_the_whole_counts(nlp: Any) -> None:
    text = "Omar Vale met Ann Diaz twice in 2016, including dining with her in May."
    whens = sorted(e.when.iso() for e in events_of(nlp, text) if e.when is not None)
    assert whens[-1] == "2016-05" and whens[:-1] and set(whens[:-1]) == {"2016"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz met with 2012 Republican nominee Ben Ortiz in Dover.",
        "Mayor Ann Diaz spoke with the recently retired general Ben Ortiz.",
        "Mayor Ann Diaz met with the newly appointed ambassador, Ben Ortiz.",
        "Mayor Ann Diaz met with the family of a recently deceased soldier.",
    ],
)
def test_a_date_describing_whom_she_met_does_not_date_the_meeting(nlp: Any, text: str) -> None:
    assert only(events_of(nlp, text)).when is None


def test_a_date_after_the_name_or_glued_before_it_is_still_the_contacts(nlp: Any) -> None:
    after = only(events_of(nlp, "Mayor Ann Diaz met with Ben Ortiz Tuesday in Dover.")).when
    glued = only(events_of(nlp, "Tuesday Ann Diaz called Ben Ortiz to concede.")).when
    assert after is not None and after.iso() == "2017-02-14"
    assert glued is not None and glued.iso() == "2017-02-14"


def test_the_year_of_a_campaign_or_a_convention_still_dates_the_contact(nlp: Any) -> None:
    told = only(events_of(nlp, "Ann Diaz met Ben Ortiz at the 2012 convention in Tampa.")).when
    assert told is not None and told.iso() == "2012"


def test_a_recently_released_message_is_not_dated_by_its_release(nlp: Any) -> None:
    for text in [
        "In a recently released email, Ann Diaz wrote to Ben Ortiz about the schedule.",
        "In a recently published letter to Ben Ortiz, Ann Diaz urged a new policy.",
    ]:
        assert only(events_of(nlp, text)).when is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz spoke with Ben Ortiz to discuss responses to the recent flooding in Dover.",
        "Ann Diaz met with Ben Ortiz to discuss the aftermath of last week's flood.",
        "Ann Diaz talked with Ben Ortiz about the fallout from the 2012 attack.",
    ],
)
def test_a_date_deep_in_what_was_discussed_is_the_topics(nlp: Any, text: str) -> None:
    assert only(events_of(nlp, text)).when is None


def test_the_contacts_own_date_stays_beside_a_dated_topic(nlp: Any) -> None:
    text = "Ann Diaz called Ben Ortiz on Tuesday to discuss the cost of the 2014 floods."
    told = only(events_of(nlp, text)).when
    assert told is not None and told.iso() == "2017-02-14"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("At the speech, she met with Governor Ben Ortiz.", "2016-05-03"),
        ("At the speeches, she met with Governor Ben Ortiz.", None),
        ("At her speeches, she meets with Governor Ben Ortiz.", None),
    ],
)
def test_an_occasion_named_in_another_number_is_not_the_one_told_before(
    nlp: Any, last: str, expected: str | None
) -> None:
    told_before = "Mayor Ann Diaz gave a speech in Troy on May 3. Her aides say crowds love her."
    text = f"{told_before} {last}"
    told = only(events_of(nlp, text)).when
    assert (told.iso() if told else None) == expected


@pytest.mark.parametrize(
    "first",
    [
        "Having spoken with donors on Monday, Ann Diaz flew to Troy.",
        "Ann Diaz flew to Troy, having spoken with donors on Monday.",
    ],
)
def test_a_perfect_participle_s_date_does_not_set_the_story_s_time(nlp: Any, first: str) -> None:
    text = f"{first} She met with Ben Ortiz there."
    assert only(events_of(nlp, text)).when is None


@pytest.mark.parametrize(
    "text",
    [
        "An email from Ann Diaz to Ben Ortiz was made public on Friday.",
        "The State Department on Friday made public an email from Ann Diaz to Ben Ortiz.",
        "Ann Diaz's letter to Ben Ortiz, made public Friday, urged a new policy.",
        "An email from Ann Diaz to Ben Ortiz, upgraded to classified last week, was released.",
    ],
)
def test_the_day_a_message_was_made_public_is_not_the_day_it_was_sent(nlp: Any, text: str) -> None:
    event = only(events_of(nlp, text))
    assert event.when is None
    assert names(event) == {"Ann Diaz", "Ben Ortiz"}


def test_a_message_sent_on_a_day_and_made_public_later_keeps_its_own_day(nlp: Any) -> None:
    text = "An email from Ann Diaz to Ben Ortiz, sent last week, was made public on Friday."
    told = only(events_of(nlp, text)).when
    assert told is not None and told.iso() == "2017-02-13..2017-02-19"


def test_a_call_made_on_a_day_is_dated_by_it(nlp: Any) -> None:
    told = only(events_of(nlp, "The call was made on Friday by Ann Diaz to Ben Ortiz.")).when
    assert told is not None and told.iso() == "2017-02-17"


@pytest.mark.parametrize(
    "text",
    [
        "In March 2012, Ann Diaz traveled to Oslo. On Saturday, she met with Ben Ortiz there.",
        "Ann Diaz flew to Oslo in 2012 for talks. She met with Ben Ortiz on Saturday night.",
    ],
)
def test_a_bare_weekday_in_a_story_of_an_earlier_year_is_not_this_week_s(
    nlp: Any, text: str
) -> None:
    assert only(events_of(nlp, text)).when is None


def test_a_weekday_after_a_story_of_this_year_or_with_last_is_this_week_s(nlp: Any) -> None:
    for text in [
        "Ann Diaz campaigned in Dover last month. On Saturday, she met with Ben Ortiz.",
        "Ann Diaz was in Oslo in 2012. Last Saturday, she met with Ben Ortiz in Dover.",
    ]:
        told = only(events_of(nlp, text)).when
        assert told is not None and told.iso() == "2017-02-18", text


def test_a_call_on_a_day_of_a_series_of_talks_is_a_contact_of_its_own_with_its_day(
    nlp: Any,
) -> None:
    text = (
        "During his conversations with Anton Belov in late December, Omar Vale raised the "
        "tariffs. Vale phoned Belov on Dec. 29, the day the tariffs were announced."
    )
    told = sorted((e.kind, e.when.iso()) for e in events_of(nlp, text) if e.when is not None)
    assert told == [
        (Relation.CALL, "2016-12-29"),
        (Relation.CONTACT, "2016-12-22..2016-12-31"),
    ]


def test_a_contact_told_as_weeks_before_the_dated_one_does_not_take_its_date(nlp: Any) -> None:
    text = (
        "Omar Vale met Anton Belov at the port in mid-January, a few weeks after Vale met "
        "Ines Roth there."
    )
    dated = {frozenset(names(e)): e.when for e in events_of(nlp, text)}
    belov = dated[frozenset({"Omar Vale", "Anton Belov"})]
    assert belov is not None and belov.iso() == "2017-01-11..2017-01-21"
    assert dated[frozenset({"Omar Vale", "Ines Roth"})] is None


def test_the_meeting_with_one_side_named_dates_that_sides_contact(nlp: Any) -> None:
    text = (
        "Omar Vale met in January with Anton Belov. The meeting with Mr. Belov took place "
        "at the port on Jan. 13."
    )
    event = only(events_of(nlp, text))
    assert names(event) == {"Omar Vale", "Anton Belov"}
    assert event.when is not None and event.when.iso() == "2017-01-13"


def test_a_bulleted_timeline_with_colons_dates_each_entry(nlp: Any) -> None:
    text = (
        "Key dates\n\n"
        "• July 18, 2016: Omar Vale meets Anton Belov briefly at an event in Portville.\n"
        "• Sept. 8, 2016: Omar Vale and Anton Belov meet in the governor's office."
    )
    assert sorted(e.when.iso() for e in events_of(nlp, text) if e.when) == [
        "2016-07-18",
        "2016-09-08",
    ]


def test_a_contact_around_the_time_a_dated_act_happened_takes_its_date(nlp: Any) -> None:
    text = (
        "Omar Vale's calls with the envoy, Ted Rowe, took place around the time that the "
        "ministry, on Dec. 29, announced sanctions."
    )
    assert _contact_date(nlp, text, date(2017, 2, 9)) == "2016-12-29"


def test_a_photograph_of_a_past_meeting_does_not_end_a_look_back_story(nlp: Any) -> None:
    text = (
        "Ann Diaz met Omar Vale in Rome on March 14, 2016. A photograph of the meeting shows "
        "him at the table.\n\nOver breakfast on April 26, Diaz told Vale about the files."
    )
    dates = {e.when.iso() for e in events_of(nlp, text, date(2017, 10, 30)) if e.when}
    assert dates == {"2016-03-14", "2016-04-26"}


def test_a_day_of_a_month_the_article_named_in_an_earlier_year_is_in_that_year(nlp: Any) -> None:
    text = (
        "Omar Vale told the committee on Thursday that he had spoken briefly with a deputy "
        "minister during a trip to Oslo in July 2016.\n\n"
        "Mr. Vale had said for months that he met no officials on the trip.\n\n"
        "On Thursday, he described the encounter with the deputy minister, Ann Diaz, as a "
        '"brief hello" after a speech Mr. Vale gave at the Harbor School on July 7.'
    )
    dates = {e.when.iso() for e in events_of(nlp, text, date(2017, 11, 3)) if e.when}
    assert "2016-07-07" in dates
    assert "2017-07-07" not in dates


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("WASHINGTON, Feb. 17 (Reuters) - Rosa Lind met with Omar Vale, officials said.", None),
        (
            "OSLO, Feb. 17, 2017 — Rosa Lind met with Omar Vale on Jan. 9, officials said.",
            "2017-01-09",
        ),
    ],
)
def test_a_datelines_date_is_when_the_story_was_filed_not_when_the_contact_was(
    nlp: Any, text: str, when: str | None
) -> None:
    # before, the first was dated the day of filing and the second ran from Jan. 9 to Feb. 17
    event = only(events_of(nlp, text))
    assert (event.when.iso() if event.when else None) == when


def test_contacts_told_as_many_do_not_take_the_storys_day(nlp: Any) -> None:
    # the emails took the breakfast's day from the paragraph before
    text = (
        "On April 26, 2016, at a breakfast at a London hotel, Anton Belov told Owen Pryce about "
        "the emails.\n\nMr. Pryce also emailed Sam Ide, a campaign supervisor, several times "
        "about it."
    )
    emails = [e for e in events_of(nlp, text) if "Sam Ide" in names(e)]
    assert [e.when for e in emails] == [None]


def test_a_contact_before_the_president_took_office_ends_before_the_inauguration(
    nlp: Any,
) -> None:
    # the clause was "before" another act, whose date was not the contact's: no date at all
    text = (
        "Omar Vale resigned on Monday after it was revealed that he had discussed sanctions with "
        "the envoy, Ted Rowe, before President Diaz took office."
    )
    periods = {"inauguration": FuzzyDate.parse("2017-01-20")}
    when = only(events_of(nlp, text, periods=periods)).when
    assert when is not None and when.iso() == "..2017-01-19"


def test_a_meeting_told_by_the_clause_that_held_it_takes_that_clauses_date(nlp: Any) -> None:
    # "in 2016" hangs on "had", a clause describing the meeting: it was left undated
    text = "The meeting that Owen Pryce had with Anton Belov in 2016 drew scrutiny."
    when = only(events_of(nlp, text)).when
    assert when is not None and when.iso() == "2016"


def test_breakfast_a_month_after_a_first_meeting_is_a_second_meeting_a_month_on(
    nlp: Any,
) -> None:
    # the breakfast was read as the March meeting told again
    text = (
        "Owen Pryce first met Anton Belov in March 2016 in Rome. A month later, over breakfast "
        "at a London hotel, Mr. Belov told him about the emails."
    )
    dates = sorted(e.when.iso() for e in events_of(nlp, text) if e.when is not None)
    assert dates == ["2016-03", "2016-04"]


def test_the_meetings_retold_in_the_plural_do_not_widen_a_dated_one_to_the_year(
    nlp: Any,
) -> None:
    # "the meetings" made the July meeting a series spanning all of 2016
    text = (
        "Senator Rosa Lind met twice last year with Ted Rowe, the ambassador. The first meeting "
        "took place in July, at the convention. Ms. Lind did not disclose the meetings at her "
        "confirmation hearing."
    )
    dates = {e.when.iso() for e in events_of(nlp, text) if e.when is not None}
    assert "2016-07" in dates


def test_a_contact_after_a_talk_given_on_a_dated_trip_is_of_that_trip(nlp: Any) -> None:
    # the address took no date from the trip made for it, and "the speech" was another talk
    text = (
        "Owen Pryce traveled to Oslo in July 2016 to deliver a commencement address. While "
        "there, he said, he briefly greeted Anton Belov, a deputy minister, after the speech."
    )
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-07"


def test_a_meeting_described_with_its_date_after_it_is_dated_so(nlp: Any) -> None:
    # the parser hangs "on Dec. 13, 2016" on "described": the meeting was undated
    text = (
        "Owen Pryce also described a meeting with Anton Belov, the head of a state bank, on "
        "Dec. 13, 2016, which he said was arranged by the ambassador."
    )
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2016-12-13"


@pytest.mark.parametrize(
    ("retold", "when"),
    [
        # the calls' own time narrows a series bounded only by the inauguration
        ("The calls in late December were routine.", "2016-12-22..2016-12-31"),
        # retold with only the bound again, the series keeps it
        ("The conversations before the inauguration were routine.", "..2017-01-19"),
    ],
)
def test_a_series_told_only_before_an_occasion_takes_the_time_its_retelling_gives(
    nlp: Any, retold: str, when: str
) -> None:
    text = (
        "Omar Vale held conversations with Anton Belov, the ambassador, before President Diaz "
        f"took office. {retold}"
    )
    periods = {"inauguration": FuzzyDate.parse("2017-01-20")}
    dated = [e.when.iso() for e in events_of(nlp, text, periods=periods) if e.when is not None]
    assert dated == [when]


def test_one_of_the_meetings_dated_is_one_meeting_not_the_series(nlp: Any) -> None:
    # "One of the meetings" was left undated, or spread the series over the year
    text = (
        "Senator Rosa Lind spoke twice with Ted Rowe, the ambassador, last year. She said she "
        "had met Mr. Rowe in her capacity as a senator. One of the meetings took place in her "
        "Senate office in September."
    )
    dates = {e.when.iso() for e in events_of(nlp, text) if e.when is not None}
    assert "2016-09" in dates


@pytest.mark.parametrize(
    ("again", "second"),
    [
        ("and again the next day at a restaurant", "2017-01-12"),
        ("and again two weeks later", "2017-01-25"),
    ],
)
def test_a_meeting_told_again_a_step_after_a_date_is_a_second_meeting_then(
    nlp: Any, again: str, second: str
) -> None:
    # both meetings took the first one's date
    text = f"Omar Vale met Anton Belov over a beer at the hotel bar on Jan. 11, {again}."
    dates = sorted(e.when.iso() for e in contacts_of(nlp, text) if e.when is not None)
    assert dates == ["2017-01-11", second]


def test_a_look_back_story_keeps_its_year_past_year_less_dates_and_a_later_step(
    nlp: Any,
) -> None:
    # "On Oct. 3, … wrote again" and "did not answer …, but two days later he posted" each
    # ended the story of 2016, so "On Oct. 12" in an article of November 2017 was 2017's
    text = (
        "The exchanges began on Sept. 20, 2016, when Leakhub sent Omar Vale a direct message. "
        "On Oct. 3, Leakhub wrote again, asking him to promote a story. Mr. Vale did not answer "
        "that message, but two days later he posted a link to the material. On Oct. 12, Leakhub "
        "urged Mr. Vale to share a link to its archive."
    )
    written = date(2017, 11, 13)
    urged = [
        e for e in events_of(nlp, text, written) if any("Oct. 12" in r.text for r in e.evidence)
    ]
    assert [e.when.iso() for e in urged if e.when is not None] == ["2016-10-12"]


@pytest.mark.parametrize(
    "text",
    [
        "After a two-hour meeting with Omar Vale at his home, Ann Diaz said she saw no hope.",
        "Ann Diaz, speaking at a joint news conference with Omar Vale, said the talks went well.",
        "Addressing a meeting of the Harbor Chamber of Commerce, Ann Diaz said the port reopens.",
        "Lawyers for Ann Diaz sent a letter to Governor Omar Vale and said they would appeal.",
        "Ann Diaz, who was speaking to the Harbor Chamber of Commerce, did not name Omar Vale "
        "but told the members that the port would reopen.",
        "As the crowd cheered, Ann Diaz was joined on stage by Omar Vale and joked about the rain.",
    ],
)
def test_a_contact_told_as_the_scene_of_the_days_saying_is_on_the_articles_day(
    nlp: Any, text: str
) -> None:
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-20"


@pytest.mark.parametrize(
    "text",
    [
        # remarks quoted from a sit-down are often weeks old
        "In a meeting with the Harbor Journal's editorial board, Ann Diaz said she would run.",
        # the asking may be long before the saying
        "After the agency asked Ann Diaz to search her e-mails, Omar Vale said one was missing.",
        # a saying told in the perfect is at some time before the article
        "After a meeting with Omar Vale, Ann Diaz has said she saw no hope of a deal.",
        # the contact the article told before keeps its own date
        "Ann Diaz met Omar Vale in Oslo. Speaking after the meeting, her aide said it went well.",
        # a relative clause in the simple past may tell a contact long before the saying
        "Ann Diaz, who met Omar Vale at the port, said she saw no hope of a deal.",
    ],
)
def test_a_contact_beside_an_old_or_older_saying_is_not_given_the_articles_day(
    nlp: Any, text: str
) -> None:
    assert all(e.when is None for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Earlier in the day, Ann Diaz held a roundtable meeting with Omar Vale and farm leaders.",
        "Late in the day, lawyers for Ann Diaz emerged from their third meeting with Omar Vale.",
    ],
)
def test_a_contact_earlier_or_later_in_the_day_of_the_news_is_on_the_articles_day(
    nlp: Any, text: str
) -> None:
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-20"


def test_a_contact_later_in_the_day_a_story_dated_is_on_that_day(nlp: Any) -> None:
    # guard: the day the story set wins over the article's
    text = "On Feb. 2, Ann Diaz flew to Oslo. Later in the day, she met Omar Vale at the port."
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-02"


def test_a_contact_later_in_the_day_of_a_month_is_not_given_a_day(nlp: Any) -> None:
    # guard: the story's time is a month, so which day is not told
    text = "In March 2016, Ann Diaz flew to Oslo. Later in the day, she met Omar Vale there."
    assert all(e.when is None or e.when.iso() != "2017-02-20" for e in contacts_of(nlp, text))


def test_a_contact_told_in_the_perfect_since_a_dated_act_runs_from_it_to_the_article(
    nlp: Any,
) -> None:
    text = "Omar Vale has spoken with Ann Diaz three times since she arrived in Oslo on Feb. 6."
    when = only(contacts_of(nlp, text)).when
    assert when is not None and when.iso() == "2017-02-06..2017-02-20"


def test_a_contact_told_in_the_past_since_a_dated_act_is_not_given_that_span(nlp: Any) -> None:
    # guard: "met … since" in the simple past tells a series the text does not bound
    text = "Omar Vale met Ann Diaz three times since she arrived in Oslo on Feb. 6."
    assert all(e.when is None for e in contacts_of(nlp, text))


def test_the_other_of_two_contacts_counted_is_the_one_not_yet_told(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz spoke twice last year with the envoy, Omar Vale, officials said. One of "
        "the meetings was a private conversation between Ms. Diaz and Mr. Vale that took place "
        "in September in her office. The other encounter came in July."
    )
    contacts = contacts_of(nlp, text)
    assert sorted(str(e.when.iso()) for e in contacts if e.when) == ["2016-07", "2016-09"]
    assert all(names(e) == {"Ann Diaz", "Omar Vale"} for e in contacts)


def test_contacts_counted_without_their_medium_are_counted_again_as_meetings(nlp: Any) -> None:
    text = "Mayor Ann Diaz spoke twice last year with Omar Vale. The first encounter came in July."
    whens = sorted(str(e.when.iso()) for e in contacts_of(nlp, text) if e.when)
    assert whens == ["2016", "2016-07"]


@pytest.mark.parametrize(
    "second",
    [
        "Ms. Diaz had met Anton Belov earlier that month.",
        "The two met at the request of the envoy, Anton Belov, whom Ms. Diaz had met earlier "
        "that month.",
    ],
)
def test_a_contact_earlier_that_month_is_in_the_story_s_month(nlp: Any, second: str) -> None:
    text = f"Mayor Ann Diaz met in December with Omar Vale. {second}"
    [earlier] = [e for e in contacts_of(nlp, text) if "Anton Belov" in names(e)]
    assert earlier.when is not None and earlier.when.iso() == "2016-12"


def test_a_contact_earlier_that_month_than_a_dated_one_is_before_its_day(nlp: Any) -> None:
    text = "Mayor Ann Diaz met Omar Vale on Dec. 13. She had met Anton Belov earlier that month."
    [earlier] = [e for e in contacts_of(nlp, text) if "Anton Belov" in names(e)]
    assert earlier.when is not None and earlier.when.iso() == "2016-12-01..2016-12-12"


def test_two_meetings_counted_by_a_number_are_two_contacts_each_with_its_own_date(
    nlp: Any,
) -> None:
    text = (
        "Senator Rosa Lind had two meetings with Ted Rowe, the ambassador, in 2016. The first "
        "meeting was in July, at the convention. The second meeting took place in her office in "
        "September."
    )
    contacts = contacts_of(nlp, text)
    assert all(names(c) == {"Rosa Lind", "Ted Rowe"} for c in contacts)
    assert sorted(c.when.iso() for c in contacts if c.when is not None) == ["2016-07", "2016-09"]


def test_a_count_too_large_to_tell_apart_is_one_series(nlp: Any) -> None:
    text = "Senator Rosa Lind had 25 conversations with Ted Rowe, the ambassador, in 2016."
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "Ted Rowe"}
