"""Contact events: what counts as a contact, who took part, when, and what the text hedges or
denies. Short texts written for these tests; the real model parses them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from onrecord.dates import FuzzyDate
from onrecord.extract.cast import build_cast
from onrecord.extract.events import EXTRACTOR, _coordinated, extract_events, subjects
from onrecord.extract.nlp import load_nlp
from onrecord.extract.quotes import quote_regions
from onrecord.extract.statements import extract_statements
from onrecord.ids import article_id
from onrecord.record import Article, Assertion, Event, Relation

pytestmark = pytest.mark.model

ANCHOR = date(2017, 2, 20)
PERIODS = {
    "campaign": FuzzyDate.parse("2015-06-01..2016-11-08"),
    "transition": FuzzyDate.parse("2016-11-09..2017-01-20"),
}


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


def events_of(
    nlp: Any, text: str, anchor: date | None = ANCHOR, periods: Mapping[str, FuzzyDate] = PERIODS
) -> list[Event]:
    article = Article(article_id(text), text, outlet="The Test Gazette")
    doc = nlp(text)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, anchor, periods)
    return extract_events(doc, article, cast, anchor, periods, statements)


def contacts_of(nlp: Any, text: str) -> list[Event]:
    """What the record would count as contacts: told as held, firmly or hedged."""
    return [e for e in events_of(nlp, text) if e.assertion.contact]


def grades(nlp: Any, text: str) -> set[Assertion]:
    return {e.assertion for e in events_of(nlp, text)}


def names(event: Event) -> set[str]:
    return {p.name for p in event.participants}


def each_parties(events: list[Event]) -> list[list[str]]:
    """The parties of each event, in an order that does not depend on the record's."""
    return sorted(sorted(names(e)) for e in events)


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.kind, names(e)) for e in events]
    return events[0]


# -- what is a contact ----------------------------------------------------------------------------


def test_a_meeting_that_was_planned_but_did_not_take_place_is_kept_as_planned_not_as_a_contact(
    nlp: Any,
) -> None:
    text = (
        "Senator Alma Reyes planned to meet trade envoy Tomas Berg in March. "
        "A meeting between Reyes and Berg was scheduled for April but did not take place."
    )
    assert contacts_of(nlp, text) == []
    plans = events_of(nlp, text)  # one for March, one for April
    assert {e.assertion for e in plans} == {Assertion.PLANNED}
    assert all(names(plan) == {"Alma Reyes", "Tomas Berg"} for plan in plans)
    assert {plan.when.iso() for plan in plans if plan.when} == {"2017-03", "2017-04"}


def test_a_meeting_someone_will_hold_is_planned_and_dated(nlp: Any) -> None:
    text = "Senator Alma Reyes will meet trade envoy Tomas Berg in Lisbon on Thursday."
    event = only(events_of(nlp, text))
    assert event.assertion is Assertion.PLANNED and not event.assertion.contact
    assert event.when is not None and event.when.iso() == "2017-02-23"


@pytest.mark.parametrize(
    "text",
    [
        "There is a funding agreement between the RNC and Lund's campaign that still needs to be "
        "hammered out.",
        "There were talks between Alma Reyes and Tomas Berg that have yet to be scheduled.",
        "The meeting between Alma Reyes and Tomas Berg that remains to be arranged is important.",
    ],
)
def test_a_contact_its_own_clause_says_is_still_to_be_done_is_planned(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}


def test_a_plan_and_the_meeting_that_was_then_held_stay_two_reports(nlp: Any) -> None:
    text = (
        "Alma Reyes met Tomas Berg at the Harbor Hotel in January. "
        "She will meet Berg again in May, her office said."
    )
    assert grades(nlp, text) == {Assertion.REPORTED, Assertion.PLANNED}
    assert len(contacts_of(nlp, text)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Alma Reyes sought a meeting with Tomas Berg.",
        "Alma Reyes declined an invitation to meet Tomas Berg.",
        "Alma Reyes offered to call Tomas Berg after the vote.",
        "Alma Reyes proposed a meeting with Tomas Berg.",
    ],
)
def test_intentions_and_declined_invitations_are_not_contacts(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []
    assert grades(nlp, sentence) <= {Assertion.PLANNED}


@pytest.mark.parametrize(
    "sentence",
    [
        "Alma Reyes vowed to meet Tomas Berg before the vote.",
        "The worry is his pledge to stay neutral in talks between Alma Reyes and Tomas Berg.",
    ],
)
def test_a_contact_someone_committed_to_is_not_a_contact(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []


def test_a_pledge_made_in_a_call_leaves_the_call_held(nlp: Any) -> None:
    text = "Alma Reyes pledged support for the port in a call with Tomas Berg on Monday."
    assert names(only(contacts_of(nlp, text))) == {"Alma Reyes", "Tomas Berg"}


def test_having_no_plans_to_meet_is_a_negated_meeting_of_the_plan_s_holder(nlp: Any) -> None:
    text = "The ministry says Alma Reyes has no plans to meet with Tomas Berg in Lisbon."
    event = only(events_of(nlp, text))
    assert event.assertion is Assertion.NEGATED
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_a_request_to_meet_is_planned_for_whoever_made_it(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes's request to meet with Tomas Berg was turned down."))
    assert event.assertion is Assertion.PLANNED
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_a_visit_that_was_the_purpose_of_a_trip_still_under_way_is_planned(nlp: Any) -> None:
    text = "Alma Reyes was traveling to Lisbon to visit her brother, Tomas Berg, the church said."
    event = only(events_of(nlp, text))
    assert event.assertion is Assertion.PLANNED
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_a_contact_in_a_gerund_of_a_clause_in_the_present_is_still_to_come(nlp: Any) -> None:
    ahead = "In meeting Tomas Berg, Alma Reyes has a rare chance to show she can lead."
    assert only(events_of(nlp, ahead)).assertion is Assertion.PLANNED
    held = "In meeting Tomas Berg, Alma Reyes made her case for the bridge."
    assert only(events_of(nlp, held)).assertion.contact


def test_a_meeting_arranged_for_a_time_already_past_was_held_by_its_arranger(nlp: Any) -> None:
    text = (
        "The inquiry turned to the June 3, 2016 meeting that Alma Reyes arranged with Tomas "
        "Berg at the Harbor Hotel."
    )
    event = only(events_of(nlp, text))
    assert event.assertion.contact
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_a_visit_a_trip_was_made_for_was_held_however_hastily_it_was_arranged(nlp: Any) -> None:
    text = (
        "Alma Reyes arrived at the palace on Monday for a hastily arranged visit with Tomas Berg."
    )
    event = only(events_of(nlp, text))
    assert event.assertion.contact
    assert names(event) == {"Alma Reyes", "Tomas Berg"}
    ahead = "Alma Reyes is flying to Lisbon for a hastily arranged visit with Tomas Berg."
    assert only(events_of(nlp, ahead)).assertion is Assertion.PLANNED


def test_a_meeting_arranged_for_a_time_still_to_come_is_planned(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes arranged a meeting with Tomas Berg for next week."))
    assert event.assertion is Assertion.PLANNED
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes is meeting with Tomas Berg in Lisbon on Monday night.",
        "Alma Reyes's meeting with Tomas Berg on Monday night is a first test for the talks.",
        "Alma Reyes spoke to reporters on Monday, hours before her meeting with Tomas Berg.",
    ],
)
def test_a_meeting_later_on_the_day_the_article_appears_is_planned_unless_told_as_held(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}
    held = only(contacts_of(nlp, "Alma Reyes met with Tomas Berg in Lisbon on Monday night."))
    assert held.when is not None and held.when.iso() == ANCHOR.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes and Tomas Berg are meeting next week to talk about the tariffs.",
        "Alma Reyes meets Tomas Berg next month in Lisbon.",
    ],
)
def test_a_meeting_told_in_the_present_for_a_later_time_is_planned(nlp: Any, text: str) -> None:
    event = only(events_of(nlp, text))
    assert event.assertion is Assertion.PLANNED
    assert event.when is not None and event.when.start is not None
    assert event.when.start > ANCHOR


def test_having_had_a_chance_to_meet_someone_tells_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes had a chance to meet Tomas Berg in Lisbon last year.") == []


def test_did_not_meet_gives_a_negated_meeting(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes did not meet Tomas Berg during the campaign."))
    assert event.kind is Relation.MEET
    assert event.negated
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_a_reportedly_held_meeting_is_hedged_and_less_certain(nlp: Any) -> None:
    hedged = only(events_of(nlp, "Alma Reyes reportedly met Tomas Berg in Lisbon."))
    plain = only(events_of(nlp, "Alma Reyes met Tomas Berg in Lisbon."))
    assert hedged.hedged and not plain.hedged
    assert hedged.confidence < plain.confidence


def test_both_sides_of_a_meeting_are_participants(nlp: Any) -> None:
    for text in (
        "Alma Reyes and Tomas Berg met at the Harbor Hotel.",
        "Alma Reyes met with Tomas Berg at the Harbor Hotel.",
        "A meeting between Alma Reyes and Tomas Berg took place at the Harbor Hotel.",
        "Alma Reyes's meeting with Tomas Berg was held at the Harbor Hotel.",
    ):
        event = only(events_of(nlp, text))
        assert names(event) == {"Alma Reyes", "Tomas Berg"}, text
        assert event.place == "Harbor Hotel", text


def test_a_phone_call_in_late_december_is_a_call_in_that_month(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes had a phone call with Tomas Berg in late December."))
    assert event.kind is Relation.CALL
    assert event.when is not None and event.when.start and event.when.end
    assert date(2016, 12, 1) <= event.when.start <= event.when.end <= date(2016, 12, 31)


def test_a_named_period_dates_the_contact_and_no_day_is_invented(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes spoke with Tomas Berg during the transition."))
    assert event.when is not None
    assert event.when.iso() == "2016-11-09..2017-01-20"


def test_post_election_conversations_are_dated_after_the_election_not_before_it(nlp: Any) -> None:
    text = (
        "Tomas Berg has been under fire for his post-election conversations with the envoy, "
        "Alma Reyes, during which they discussed sanctions. Critics asked whether anyone on "
        "his team spoke with her before the election."
    )
    periods = {**PERIODS, "election": FuzzyDate.parse("2016-11-08")}
    (talks,) = [e for e in events_of(nlp, text, ANCHOR, periods) if e.assertion.contact]
    assert names(talks) == {"Tomas Berg", "Alma Reyes"}
    assert talks.when is not None and talks.when.start == date(2016, 11, 9)


def test_dates_of_the_reporting_clause_are_not_the_contacts_date(nlp: Any) -> None:
    event = only(events_of(nlp, "Last month it emerged that Alma Reyes had met Tomas Berg."))
    assert event.when is None


def test_two_sentences_about_the_same_meeting_make_one_event_with_two_spans(nlp: Any) -> None:
    text = (
        "Alma Reyes met Tomas Berg at the Harbor Hotel in April. "
        "The governor's aides said nothing about it. "
        "At the hotel, Reyes greeted Berg and two other envoys."
    )
    event = only(events_of(nlp, text))
    assert len(event.evidence) == 2
    assert {"Alma Reyes", "Tomas Berg"} <= names(event)


def test_evidence_is_the_trigger_sentence_with_exact_offsets(nlp: Any) -> None:
    text = "The week was busy.\n\n  • Alma Reyes met Tomas Berg in Oslo. Then it rained."
    event = only(events_of(nlp, text))
    span = event.evidence[0]
    assert span.text == text[span.start : span.end] == "Alma Reyes met Tomas Berg in Oslo."
    assert event.extractor == EXTRACTOR


def test_two_undated_mentions_of_the_same_pair_by_different_verbs_stay_two_contacts(
    nlp: Any,
) -> None:
    text = (
        "Mayor Ann Diaz has met Governor Omar Vale at several fundraisers.\n\n"
        "The port budget passed without debate.\n\n"
        "Diaz has also talked to Vale about the harbor dredging contract."
    )
    contacts = contacts_of(nlp, text)
    assert sorted(e.kind.value for e in contacts) == ["contact", "meet"]
    assert all(names(e) == {"Ann Diaz", "Omar Vale"} for e in contacts)


def test_an_undated_retelling_by_the_same_verb_stays_one_contact(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz met Governor Omar Vale at the Harbor Hotel.\n\n"
        "The port budget passed without debate.\n\n"
        "Diaz met Vale to discuss the harbor dredging contract, aides said."
    )
    assert len(only(contacts_of(nlp, text)).evidence) == 2


def test_a_habit_of_meeting_is_not_dated_by_one_occasion_of_it(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz and Governor Omar Vale often meet for lunch.\n\n"
        "On Monday, Diaz met Vale at the Harbor Hotel to discuss the port."
    )
    contacts = contacts_of(nlp, text)
    assert len(contacts) == 2
    assert sorted(str(e.when.start) if e.when else "" for e in contacts) == ["", "2017-02-20"]


def test_a_scuffle_retold_by_another_verb_of_laying_hands_stays_one_contact(nlp: Any) -> None:
    text = (
        "In the video, Mayor Ann Diaz grabbed Lena Ruud by the arm.\n\n"
        "The port budget passed without debate.\n\n"
        "The governor conceded that Diaz had touched Ruud but blamed the crowd."
    )
    assert len(only(contacts_of(nlp, text)).evidence) == 2


def test_a_retelling_after_a_bare_follow_up_still_joins_the_contact(nlp: Any) -> None:
    text = (
        "Mayor Ann Diaz met privately with Bishop Omar Vale on Saturday.\n\n"
        "The meeting lasted about fifteen minutes.\n\n"
        "On Sunday, Vale said that his meeting with Diaz was not political."
    )
    assert len(only(contacts_of(nlp, text)).evidence) == 3


def test_a_group_whose_members_are_named_is_replaced_by_them(nlp: Any) -> None:
    text = "Judge Ann Diaz met with senior city officials, including Omar Vale and Tom Berg."
    assert names(only(events_of(nlp, text))) == {"Ann Diaz", "Omar Vale", "Tom Berg"}


def test_the_rest_of_a_body_met_is_that_body(nlp: Any) -> None:
    text = "Senator Ann Diaz spoke right after meeting with the rest of the Senate farm caucus."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Senate farm caucus"}


def test_colleagues_named_in_apposition_are_each_a_party(nlp: Any) -> None:
    text = "Ann Diaz and her colleagues Omar Vale and Tom Berg met the Dover harbor board."
    assert {"Omar Vale", "Tom Berg"} <= names(only(events_of(nlp, text)))


def test_an_envoy_sent_to_a_meeting_met_its_other_side_and_the_sender_did_not(nlp: Any) -> None:
    text = (
        "The governor's office sent its counsel, Ann Diaz, to City Hall for a tense meeting "
        "with Mayor Omar Vale."
    )
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


# -- statements are not events --------------------------------------------------------------------


def test_a_denial_inside_a_quote_is_a_statement_not_an_event(nlp: Any) -> None:
    text = "“I never met him, not once,” Alma Reyes said of Tomas Berg."
    assert events_of(nlp, text) == []


def test_a_speakers_own_account_of_a_meeting_in_a_quote_is_an_admitted_contact(nlp: Any) -> None:
    text = (
        "Senator Alma Reyes spoke to reporters on Monday. "
        "“I had dinner with Tomas Berg in Oslo,” Reyes said. “It was a pleasant evening.”"
    )
    event = only(events_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Alma Reyes", "Tomas Berg"}
    assert not event.negated and not event.hedged
    assert event.assertion is Assertion.ADMITTED


def test_a_quote_about_other_people_or_a_plan_is_no_admitted_contact(nlp: Any) -> None:
    plan = "“I will wait until I meet with Tomas Berg,” Senator Alma Reyes said."
    assert events_of(nlp, plan) == []
    about_others = "“Tomas Berg met Ruth Alden in Oslo,” Senator Alma Reyes said."
    assert only(events_of(nlp, about_others)).assertion is not Assertion.ADMITTED


@pytest.mark.parametrize(
    "text",
    [
        "“Tomas Berg spoke with Ruth Alden by phone in December,” the official said.",
        "“Tomas Berg met Ruth Alden in Oslo,” Senator Alma Reyes said.",
        "“Tomas Berg met Ruth Alden in Oslo,” Senator Alma Reyes wrote in her memoir.",
    ],
)
def test_a_contact_of_others_a_person_tells_in_a_quote_is_credited_to_them(
    nlp: Any, text: str
) -> None:
    # told in indirect speech it is a contact credited to the teller; in quote marks too
    event = only(events_of(nlp, text))
    assert names(event) == {"Tomas Berg", "Ruth Alden"}
    assert event.assertion is Assertion.ATTRIBUTED


@pytest.mark.parametrize(
    "text",
    [
        "“Tomas Berg never met Ruth Alden,” Senator Alma Reyes said.",
        "“Tomas Berg meets Ruth Alden whenever he likes,” Senator Alma Reyes said.",
    ],
)
def test_a_quoted_denial_or_habit_of_others_is_the_speakers_statement(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_trip_to_a_place_meets_no_one(nlp: Any) -> None:
    assert events_of(nlp, "Senator Alma Reyes visited a rebuilt train station in Oslo.") == []
    assert events_of(nlp, "Just two staffers made the trip.") == []


def test_the_content_of_a_denial_is_not_an_event(nlp: Any) -> None:
    assert events_of(nlp, "Alma Reyes denied that she had met Tomas Berg.") == []


def test_an_affirmation_in_indirect_speech_is_evidence_of_contact(nlp: Any) -> None:
    event = only(
        events_of(nlp, "Tomas Berg confirmed that he had been in touch with Alma Reyes since May.")
    )
    assert event.kind is Relation.CONTACT
    assert names(event) == {"Tomas Berg", "Alma Reyes"}
    assert not event.negated


def test_a_quote_credited_to_a_report_is_reported_fact(nlp: Any) -> None:
    text = (
        "A Harbor Journal report described the evening. The report went on to say, "
        "“Alma Reyes met Tomas Berg at a reception.”"
    )
    assert names(only(events_of(nlp, text))) == {"Alma Reyes", "Tomas Berg"}


@pytest.mark.parametrize(
    "text",
    [
        "A reporter asked whether Alma Reyes had met Tomas Berg.",
        "Did Alma Reyes ever speak with Tomas Berg?",
        "That would mean Alma Reyes was in contact with Tomas Berg.",
        "The mayor called the reports about Tomas Berg absurd.",
        "There were loud calls for Tomas Berg's resignation.",
    ],
)
def test_questions_suppositions_and_false_triggers_are_not_contacts(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) <= {Assertion.HYPOTHETICAL}


def test_a_meeting_asked_about_is_kept_as_hypothetical_with_its_parties(nlp: Any) -> None:
    event = only(events_of(nlp, "Did Alma Reyes ever speak with Tomas Berg?"))
    assert event.assertion is Assertion.HYPOTHETICAL
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_quote_regions_run_to_the_end_of_an_unclosed_paragraph() -> None:
    text = "He said “one\nthen “two” end"
    assert quote_regions(text) == ((8, 12), (18, 23))


# -- evaluation over small fixtures ---------------------------------------------------------------

# (text, expected contacts as (kind, participant names)); written for this evaluation.
GOLD: list[tuple[str, set[tuple[Relation, frozenset[str]]]]] = [
    (
        "Alma Reyes met Tomas Berg in Oslo in May.",
        {(Relation.MEET, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes spoke by phone with Tomas Berg on Tuesday.",
        {(Relation.CONTACT, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes called Tomas Berg twice in December.",
        {(Relation.CALL, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes emailed Tomas Berg about the deal.",
        {(Relation.MESSAGE, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes and Tomas Berg exchanged messages over the summer.",
        {(Relation.MESSAGE, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    ("Peter Lund made a trip to Oslo in July.", set()),
    (
        "Peter Lund visited Tomas Berg in Oslo last July.",
        {(Relation.VISIT, frozenset({"Peter Lund", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes had repeated contacts with Tomas Berg before the election.",
        {(Relation.CONTACT, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes was in touch with Tomas Berg during the campaign.",
        {(Relation.CONTACT, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes held talks with Tomas Berg in Geneva.",
        {(Relation.MEET, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Tomas Berg talked with Alma Reyes at a dinner in Rome.",  # both there: in person
        {(Relation.MEET, frozenset({"Tomas Berg", "Alma Reyes"}))},
    ),
    (
        "Alma Reyes warmly greeted Tomas Berg at the reception.",
        {(Relation.MEET, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes had conversations with Tomas Berg after the vote.",
        {(Relation.CONTACT, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    (
        "Alma Reyes did not meet Tomas Berg.",
        {(Relation.MEET, frozenset({"Alma Reyes", "Tomas Berg"}))},
    ),
    ("Alma Reyes planned to meet Tomas Berg.", set()),
    ("A meeting with Tomas Berg was proposed but never held.", set()),
    ("Alma Reyes declined an invitation to visit Tomas Berg.", set()),
    ("“We never met,” Alma Reyes said of Tomas Berg.", set()),
    ("Alma Reyes denied any contact with Tomas Berg.", set()),
    ("Alma Reyes met the deadline for the report.", set()),
    ("Alma Reyes called the story false.", set()),
    ("Reporters asked whether Alma Reyes had met Tomas Berg.", set()),
]


def evaluate(nlp: Any) -> tuple[float, float]:
    """Micro precision and recall of (kind, participants) over GOLD."""
    true_positive = found = expected = 0
    for text, gold in GOLD:
        told = (e for e in events_of(nlp, text) if e.assertion.contact or e.negated)
        got = {(e.kind, frozenset(names(e))) for e in told}
        true_positive += len(got & gold)
        found += len(got)
        expected += len(gold)
    return true_positive / max(found, 1), true_positive / max(expected, 1)


def test_precision_and_recall_on_the_fixtures_stay_above_their_floors(nlp: Any) -> None:
    precision, recall = evaluate(nlp)
    print(f"events.v1 on {len(GOLD)} fixtures: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.85
    assert recall >= 0.75


@pytest.mark.model
def test_shaking_hands_with_someone_is_a_meeting_and_shaking_a_market_is_not(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes shook hands with Tomas Berg at the Harbor Hotel."))
    assert event.kind is Relation.MEET
    assert names(event) == {"Alma Reyes", "Tomas Berg"}
    assert events_of(nlp, "Alma Reyes shook the bond market with Tomas Berg's plan.") == []


@pytest.mark.model
def test_the_encounter_in_the_next_sentence_gives_the_lede_contact_its_day_and_place(
    nlp: Any,
) -> None:
    text = (
        "Alma Reyes shook hands with Tomas Berg at a reception this month.\n\n"
        "The encounter took place at the Harbor Hotel on Feb. 14."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2017-02-14"
    assert event.place == "Harbor Hotel"


def test_a_headline_retelling_the_body_adds_no_event_of_its_own(nlp: Any) -> None:
    title = "Reyes met Nordic envoy at gala"
    text = f"{title}\n\nAlma Reyes met Tomas Berg, the Nordic envoy, at the gala on Friday."
    article = Article(article_id(text), text, title=title)
    doc = nlp(text)
    event = only(extract_events(doc, article, build_cast(doc, article), ANCHOR, PERIODS))
    assert "Tomas Berg" in names(event) and "Nordic envoy" not in names(event)


def test_a_headline_punctuated_otherwise_in_the_text_adds_no_event_either(nlp: Any) -> None:
    title = "Reyes met Nordic envoy at gala; talks to resume"
    text = (
        "Reyes met Nordic envoy at gala; \nTalks to resume.\n\n"
        "Alma Reyes met Tomas Berg, the Nordic envoy, at the gala on Friday."
    )
    article = Article(article_id(text), text, title=title)
    doc = nlp(text)
    event = only(extract_events(doc, article, build_cast(doc, article), ANCHOR, PERIODS))
    assert "Tomas Berg" in names(event) and "Nordic envoy" not in names(event)


def test_calls_a_person_is_asked_about_did_take_place(nlp: Any) -> None:
    event = only(events_of(nlp, "Reporters asked Alma Reyes about her calls with Tomas Berg."))
    assert event.kind is Relation.CALL
    assert names(event) == {"Alma Reyes", "Tomas Berg"}


def test_the_date_of_what_a_talk_was_about_is_not_the_talks_date(nlp: Any) -> None:
    text = "Alma Reyes spoke with Tomas Berg about the summit in March."
    assert only(events_of(nlp, text)).when is None


def test_a_month_is_when_a_trip_was_made_not_who_made_it(nlp: Any) -> None:
    text = "Officials say Page met Ivo Sandberg, an oil executive, during a July trip."
    assert [names(e) for e in events_of(nlp, text)] == [{"Page", "Ivo Sandberg"}]


def test_speaking_by_phone_is_a_call(nlp: Any) -> None:
    event = only(events_of(nlp, "Alma Reyes spoke with Tomas Berg by phone on Dec. 29."))
    assert event.kind is Relation.CALL
    assert event.when is not None and event.when.iso() == "2016-12-29"


def test_a_vague_contact_and_a_call_between_the_same_people_that_day_are_one_call(
    nlp: Any,
) -> None:
    text = (
        "Alma Reyes spoke with Tomas Berg on Dec. 29, the day the tariffs were announced. "
        "The column said Reyes had phoned Berg several times that day."
    )
    event = only(events_of(nlp, text))
    assert event.kind is Relation.CALL
    assert len(event.evidence) == 2


def test_the_verb_a_conversation_hosts_gives_its_other_side(nlp: Any) -> None:
    text = "Alma Reyes raised the tariffs in conversations with Tomas Berg in late December."
    assert names(only(events_of(nlp, text))) == {"Alma Reyes", "Tomas Berg"}


def test_timeline_entries_are_dated_by_their_lines_in_order_without_years(nlp: Any) -> None:
    text = (
        "June 16 — Alma Reyes announces her campaign.\n\n"
        "March 21 — Reyes meets Tomas Berg in Oslo.\n\n"
        "Dec. 29 — Reyes speaks with Ivo Penn by phone the same day.\n\n"
        "Jan. 10 — Reyes testifies before the committee."
    )
    found = {e.kind: e.when.iso() for e in events_of(nlp, text) if e.when}
    assert found == {Relation.MEET: "2016-03-21", Relation.CALL: "2016-12-29"}


def test_a_timeline_entry_that_reports_a_contact_dates_the_report_not_the_contact(
    nlp: Any,
) -> None:
    text = (
        "Dec. 29 — Alma Reyes speaks with Ivo Penn by phone.\n\n"
        "Feb. 9 — The Ledger reports that Reyes discussed the tariffs with Tomas Berg.\n\n"
        "Feb. 13 — Reyes resigns."
    )
    contacts = contacts_of(nlp, text)
    [call] = [e for e in contacts if "Ivo Penn" in names(e)]
    [reported] = [e for e in contacts if "Tomas Berg" in names(e)]
    assert call.when is not None and call.when.iso() == "2016-12-29"
    assert reported.when is None


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Calder directed Owen Pryce to discuss the tariffs with Anton Belov.",
        "Ruth Calder told Owen Pryce to call Anton Belov.",
        "Ruth Calder said she had not ordered Owen Pryce to meet Anton Belov.",
    ],
)
def test_a_contact_someone_was_ordered_to_make_is_not_told_as_made(nlp: Any, text: str) -> None:
    assert not any(names(e) == {"Owen Pryce", "Anton Belov"} for e in contacts_of(nlp, text))


def test_a_meeting_where_a_proposal_was_made_was_held_with_its_own_other_side(nlp: Any) -> None:
    text = (
        "Owen Pryce proposed setting up a private channel with the Harbor Trust during a "
        "meeting with Anton Belov in early December."
    )
    meeting = only(contacts_of(nlp, text))
    assert names(meeting) == {"Owen Pryce", "Anton Belov"}
    assert meeting.when is not None and meeting.when.iso().startswith("2016-12")


def test_a_meeting_written_about_setting_up_is_still_ahead(nlp: Any) -> None:
    # "setting up" was read as no word of intention: the two sides were reported to have met
    text = (
        "Owen Pryce emailed Sam Ide about setting up a meeting between the Reyes campaign and "
        "Freedonian officials."
    )
    assert [names(e) for e in contacts_of(nlp, text)] == [{"Owen Pryce", "Sam Ide"}]


def test_a_meeting_set_up_at_a_time_past_was_held_as_one_arranged_was(nlp: Any) -> None:
    text = "In April 2016, Owen Pryce set up a meeting with Anton Belov at the hotel."
    assert names(only(contacts_of(nlp, text))) == {"Owen Pryce", "Anton Belov"}
    assert not contacts_of(nlp, "Owen Pryce set up a meeting with Anton Belov for next week.")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale said he would recuse himself, hours after it emerged that he had met with Ted "
        "Rowe last year.",
        "Omar Vale will recuse himself after it was revealed that he had met with Ted Rowe.",
    ],
)
def test_a_contact_in_the_news_that_prompted_an_act_to_come_is_reported_as_held(
    nlp: Any, text: str
) -> None:
    # the "would" or "will" of the act made the meeting a supposition, or its speaker's word
    assert {e.assertion for e in events_of(nlp, text)} == {Assertion.REPORTED}


def test_saying_hello_to_someone_is_meeting_them(nlp: Any) -> None:
    text = "Omar Vale said hello to Ted Rowe after his speech. Rowe said the speech went well."
    assert [names(e) for e in contacts_of(nlp, text)] == [{"Omar Vale", "Ted Rowe"}]


def test_being_open_to_talks_is_no_talks(nlp: Any) -> None:
    text = "Omar Vale said on Tuesday that he is open to negotiating a deal with Ted Rowe."
    assert {e.assertion for e in events_of(nlp, text)} == {Assertion.PLANNED}


def test_a_hoped_for_speech_at_a_convention_is_still_ahead(nlp: Any) -> None:
    text = "Owen Pryce hoped to speak at the convention of the Harbor Trust in May."
    assert not contacts_of(nlp, text)


def test_the_call_in_which_an_order_was_given_was_held(nlp: Any) -> None:
    text = "Owen Pryce told Anton Belov in a call that the tariffs would ease."
    assert any(e.kind is Relation.CALL for e in contacts_of(nlp, text))


def test_a_relative_clause_belongs_to_the_name_before_it_not_to_its_list(nlp: Any) -> None:
    text = (
        "The memo names Tomas Berg, Ivo Penn and Alma Reyes herself, who greeted "
        "Lena Fairchild at a reception in Oslo last April."
    )
    event = only(events_of(nlp, text))
    assert "Tomas Berg" not in names(event) and "Ivo Penn" not in names(event)


def test_a_contact_in_a_where_clause_happened_when_its_dated_clause_did(nlp: Any) -> None:
    [event] = events_of(
        nlp,
        "The talks moved on Sunday to Geneva, where Foreign Minister Lena Ruud met the "
        "envoy Omar Vale for two hours.",
    )
    assert event.when is not None and event.when.iso() == "2017-02-19"


def test_a_contact_describing_someone_does_not_take_the_date_of_what_they_did(
    nlp: Any,
) -> None:
    [event] = events_of(
        nlp,
        "Mayor Ann Diaz, who has been in daily contact with Governor Ben Ortiz for months, "
        "arrived at a Tuesday breakfast with reporters.",
    )
    assert event.when is None


def test_a_name_right_after_called_is_whom_it_phoned_but_called_x_a_liar_names(
    nlp: Any,
) -> None:
    [event] = events_of(nlp, "A year later, Mayor Ann Diaz called Naghmeh Abedini.")
    assert event.kind is Relation.CALL
    assert {p.name for p in event.participants} == {"Ann Diaz", "Naghmeh Abedini"}
    assert events_of(nlp, "Mayor Ann Diaz called Governor Ben Ortiz a liar.") == []
    assert events_of(nlp, "Mayor Ann Diaz, who has been called a Republican Ortiz, won.") == []


def test_calling_on_someone_to_act_urges_them_and_phones_no_one(nlp: Any) -> None:
    text = "Sen. Ann Diaz called on Michigan Gov. Ben Ortiz to resign."
    assert events_of(nlp, text) == []
    [event] = events_of(nlp, "Ann Diaz called Ben Ortiz on Tuesday to congratulate him.")
    assert event.kind is Relation.CALL


def test_writing_to_someone_is_a_message_to_them(nlp: Any) -> None:
    [event] = events_of(
        nlp, "Lena Ruud wrote in a June 2016 email to Mayor Ann Diaz that the plan was ready."
    )
    assert event.kind is Relation.MESSAGE
    assert {p.name for p in event.participants} == {"Lena Ruud", "Ann Diaz"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz and House Speaker Ben Ortiz pledged to work together after a meeting Thursday.",
        "After a meeting on Thursday, Ann Diaz and Ben Ortiz announced a deal.",
    ],
)
def test_two_people_named_together_after_a_meeting_held_it(nlp: Any, sentence: str) -> None:
    event = only(contacts_of(nlp, sentence))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Ben Ortiz"}
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_two_people_after_the_meeting_told_before_met_no_one_new(nlp: Any) -> None:
    assert contacts_of(nlp, "Ann Diaz and Ben Ortiz spoke to reporters after the meeting.") == []


def test_a_meeting_before_what_is_scheduled_is_scheduled_too(nlp: Any) -> None:
    text = "Following a breakfast with Ben Ortiz, Ann Diaz is scheduled to appear on two shows."
    assert grades(nlp, text) == {Assertion.PLANNED}


@pytest.mark.parametrize(
    "sentence",
    [
        "After their meeting on Tuesday, Ann Diaz and Ben Ortiz issued a joint statement.",
        "Ann Diaz and Ben Ortiz issued a joint statement after their meeting on Tuesday.",
    ],
)
def test_their_meeting_before_what_two_people_did_together_is_theirs(
    nlp: Any, sentence: str
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert names(event) == {"Ann Diaz", "Ben Ortiz"}
    assert event.when is not None and event.when.iso() == "2017-02-14"


def test_a_meeting_before_a_proposal_made_took_place(nlp: Any) -> None:
    text = "After meeting with Ben Ortiz, Ann Diaz proposed new rules for the port."
    assert grades(nlp, text) == {Assertion.REPORTED}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz and Ben Ortiz campaigned together in Iowa last week.",
        "Ann Diaz praised Ben Ortiz. They appeared together on the campaign trail last week.",
    ],
)
def test_people_who_appeared_or_campaigned_together_met(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Ben Ortiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Diaz and Governor Ben Ortiz held their first joint campaign event on Monday.",
        "Senator Ann Diaz held a joint town hall with Governor Ben Ortiz in Dover.",
        "Senator Ann Diaz and Governor Ben Ortiz held a joint news conference on Friday.",
    ],
)
def test_an_occasion_two_people_hold_jointly_is_a_meeting_of_theirs(nlp: Any, text: str) -> None:
    """A joint appearance of named people is a meeting (the real-news guide), however the
    occasion is called."""
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Ben Ortiz"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Senator Ann Diaz issued a joint statement with Governor Ben Ortiz on Friday.", []),
        ("Senator Ann Diaz and her staff held a joint briefing.", []),
        (
            "Senator Ann Diaz addressed a joint session of Congress on Friday.",
            [(Relation.VISIT, {"Ann Diaz", "Congress"})],
        ),
    ],
)
def test_a_joint_paper_or_a_bodys_joint_sitting_is_no_meeting(
    nlp: Any, text: str, met: list[tuple[Relation, set[str]]]
) -> None:
    """A statement put out together is no occasion, a briefing with one's own staff no
    meeting; a joint session is the body's own sitting, addressed as a visit to it."""
    assert [(e.kind, names(e)) for e in contacts_of(nlp, text)] == met


def test_names_on_one_ballot_together_met_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Ann Diaz and Ben Ortiz appeared on the ballot together.") == []


def test_a_description_then_a_name_after_called_is_whom_it_phoned(nlp: Any) -> None:
    text = (
        "On Friday night, Maria Hale called a pro-Ortiz delegate candidate, Clara Mills, and "
        "encouraged her to take the slot."
    )
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CALL
    assert names(event) == {"Maria Hale", "Clara Mills"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ben Ortiz wrote a letter to Lena Ruud in May.", Relation.MESSAGE),
        ("Ben Ortiz penned a series of angry letters to Lena Ruud in May.", Relation.MESSAGE),
        ("Ben Ortiz signed a letter to Lena Ruud in May, urging a delay.", Relation.MESSAGE),
        ("The Ohio Farm Bureau wrote to Lena Ruud's Senate office in May.", Relation.MESSAGE),
        ("Ben Ortiz complained to Lena Ruud about the rules in May.", Relation.CONTACT),
        ("Ben Ortiz vented to his wife, Lena Ruud, that it would be ugly.", Relation.CONTACT),
        ("Ben Ortiz confided to Lena Ruud that his parents had panicked.", Relation.CONTACT),
    ],
)
def test_a_letter_or_a_complaint_to_a_person_or_their_office_reaches_the_person(
    nlp: Any, sentence: str, kind: Relation
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert event.kind is kind
    assert "Lena Ruud" in names(event) and len(names(event)) == 2


def test_a_letter_signed_but_not_sent_or_a_bill_signed_reaches_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Ben Ortiz did not sign the letter to Lena Ruud.") == []
    assert contacts_of(nlp, "Ben Ortiz refused to sign the letter to Lena Ruud.") == []
    assert contacts_of(nlp, "Ben Ortiz signed the bill on Monday.") == []


def test_a_complaint_about_something_or_to_the_press_reaches_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Ben Ortiz complained about the rules on Monday.") == []
    assert contacts_of(nlp, "Ben Ortiz complained to reporters about the rules on Monday.") == []
    assert contacts_of(nlp, "Ben Ortiz complained to an American afterward.") == []
    assert contacts_of(nlp, "Ben Ortiz vented to reporters about the rules on Monday.") == []


def test_speaking_a_language_or_to_a_newspaper_is_no_contact(nlp: Any) -> None:
    assert events_of(nlp, "Mayor Ann Diaz spoke Hebrew at the dinner.") == []
    assert events_of(nlp, "Mayor Ann Diaz spoke to the Harbor Post on Monday.") == []
    [event] = events_of(nlp, "Mayor Ann Diaz spoke to Governor Ben Ortiz on Monday.")
    assert {p.name for p in event.participants} == {"Ann Diaz", "Ben Ortiz"}


def test_a_word_to_the_article_s_own_outlet_is_no_contact(nlp: Any) -> None:
    text = "Ann Diaz wrote on Thursday in an email to the Test Gazette that the deal was off."
    assert contacts_of(nlp, text) == []


def test_calling_a_person_out_is_criticism_not_a_call(nlp: Any) -> None:
    text = "Speaker Ann Diaz has called out Governor Omar Vale, slamming his tax plan."
    assert events_of(nlp, text) == []
    called_up = "Speaker Ann Diaz called up Governor Omar Vale on Monday."
    assert only(events_of(nlp, called_up)).kind is Relation.CALL


def test_grabbing_or_touching_a_person_is_a_contact_but_grabbing_headlines_is_not(
    nlp: Any,
) -> None:
    [event] = events_of(nlp, "In the video, Mayor Ann Diaz grabbed Lena Ruud by the arm.")
    assert event.kind is Relation.CONTACT
    assert {p.name for p in event.participants} == {"Ann Diaz", "Lena Ruud"}
    assert events_of(nlp, "Mayor Ann Diaz grabbed headlines again on Monday.") == []
    assert events_of(nlp, "Mayor Ann Diaz touched on the issue of trade.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mayor Ann Diaz emerged from a two-hour meeting with Omar Vale on Tuesday.",
            Relation.MEET,
        ),
        (
            "Mayor Ann Diaz came out of meetings with Omar Vale and said he was rattled.",
            Relation.MEET,
        ),
        ("Mayor Ann Diaz walked out of a meeting with Omar Vale on Friday.", Relation.MEET),
        ("Mayor Ann Diaz returned from talks with Omar Vale in Geneva.", Relation.CONTACT),
        ("Mayor Ann Diaz stormed out of talks with Omar Vale.", Relation.CONTACT),
    ],
)
def test_who_leaves_a_contact_with_someone_took_part_in_it(
    nlp: Any, text: str, kind: Relation
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is kind
    assert names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz was accompanied by Omar Vale on the trip to Brussels.",
        "Mayor Ann Diaz accompanied Omar Vale to the summit in Brussels.",
        "Mayor Ann Diaz, accompanied by Omar Vale and two aides, toured the plant on Monday.",
    ],
)
def test_going_along_with_a_person_is_a_meeting_with_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Omar Vale escorted Mayor Ann Diaz to her car.", Relation.MEET),
        ("Ann Diaz was sworn in by Chief Justice Omar Vale on Monday.", Relation.MEET),
        ("Mayor Ann Diaz was seated next to Omar Vale at the dinner.", Relation.MEET),
        ("Mayor Ann Diaz lunched with Omar Vale at the Four Seasons.", Relation.MEET),
        ("Mayor Ann Diaz confronted Omar Vale at a town hall in Iowa.", Relation.CONTACT),
    ],
)
def test_dealing_with_a_person_face_to_face_is_a_contact_with_them(
    nlp: Any, text: str, kind: Relation
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is kind
    assert names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz was escorted out of the rally by police.",
        "Ann Diaz was sworn in on Monday.",
        "Omar Vale swore in court that he had never met her.",
        "Mayor Ann Diaz confronted Omar Vale on Twitter.",
        "Mayor Ann Diaz confronted Omar Vale in a television ad.",
        "Mayor Ann Diaz has confronted Russia over Ukraine.",
        "Mayor Ann Diaz confronted the issue head on.",
        "The United States must play a prominent role in confronting the Islamic State.",
        "Ann Diaz was escorted off the premises of the university on Monday.",
        "We settled on seating Ann Diaz next to her lawyer, Omar Vale.",
        "The executives are seated next to Mayor Ann Diaz.",
    ],
)
def test_a_guard_an_oath_a_seating_plan_or_a_confrontation_on_the_air_is_no_contact(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz, accompanied by her husband, toured the plant.",
        "Mayor Ann Diaz was accompanied by her husband, Tom, and their two sons.",
        "Mayor Ann Diaz, accompanied by Secret Service agents, walked into the hotel.",
        "Omar Vale, a former aide who accompanied Mayor Ann Diaz to Burma, praised the trip.",
        "Mayor Ann Diaz was accompanied by her adviser, Omar Vale, on the trip.",
        "Mayor Ann Diaz's remarks were accompanied by applause.",
        "The bill was accompanied by a report from the committee.",
    ],
)
def test_family_guards_or_things_along_are_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_place_gone_to_with_someone_is_no_party(nlp: Any) -> None:
    event = only(events_of(nlp, "Mayor Ann Diaz will accompany Omar Vale to Moscow next week."))
    assert names(event) == {"Ann Diaz", "Omar Vale"}
    assert not event.assertion.contact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Omar Vale gave Mayor Ann Diaz a call on Monday.", Relation.CALL),
        ("Omar Vale paid Mayor Ann Diaz a visit in the hospital.", Relation.VISIT),
    ],
)
def test_the_one_a_light_verb_gives_a_contact_to_is_its_other_side(
    nlp: Any, text: str, kind: Relation
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is kind
    assert names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale was on the phone with Mayor Ann Diaz on Friday.",
        "Omar Vale got on the phone with Mayor Ann Diaz on Friday.",
        "Omar Vale hopped on the phone with Mayor Ann Diaz after the vote.",
        "Omar Vale spent an hour on the phone with Mayor Ann Diaz.",
    ],
)
def test_being_on_the_phone_with_someone_is_a_call_with_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CALL
    assert names(event) == {"Ann Diaz", "Omar Vale"}


def test_on_the_phone_with_no_one_named_never_or_still_ahead_is_no_call(nlp: Any) -> None:
    assert contacts_of(nlp, "Omar Vale was on the phone all day.") == []
    assert contacts_of(nlp, "Omar Vale was on the phone with reporters all day.") == []
    assert contacts_of(nlp, "Omar Vale was never on the phone with Mayor Ann Diaz.") == []
    ahead = "Omar Vale will get on the phone with Mayor Ann Diaz on Friday."
    assert contacts_of(nlp, ahead) == []


def test_a_call_given_to_the_press_or_still_ahead_is_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Omar Vale gave reporters a call on Monday.") == []
    assert contacts_of(nlp, "Omar Vale will give Mayor Ann Diaz a call on Friday.") == []
    assert contacts_of(nlp, "Omar Vale never gave Mayor Ann Diaz a call.") == []


def test_leaving_ones_own_bodys_meeting_or_a_meeting_still_ahead_is_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Mayor Ann Diaz came out of a meeting of the cabinet.") == []
    assert contacts_of(nlp, "Mayor Ann Diaz emerged from the meeting in a good mood.") == []
    ahead = "Mayor Ann Diaz is expected to emerge from talks with Omar Vale on Friday."
    assert contacts_of(nlp, ahead) == []


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        (
            "After a March meeting with Omar Vale, Mayor Ann Diaz changed her mind.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz sat down to dinner with Omar Vale in May.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Lena Ruud introduced Mayor Ann Diaz to Omar Vale at the gala.",
            Relation.MEET,
            {"Lena Ruud", "Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz and Omar Vale are longtime associates, including dining together "
            "twice in 2016.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz told Omar Vale in a meeting that the deal was off.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz proposed a secret channel to Omar Vale during a meeting in May.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz made the case to Omar Vale during a dinner on Friday.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Omar Vale reached Lena Ruud, with whom he spoke for 20 minutes on Friday.",
            Relation.CONTACT,
            {"Omar Vale", "Lena Ruud"},
        ),
        (
            "Lena Ruud, with whom Omar Vale met in May, is a lawyer.",
            Relation.MEET,
            {"Omar Vale", "Lena Ruud"},
        ),
        (
            "Mayor Ann Diaz has been conversing with Omar Vale for months.",
            Relation.CONTACT,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz corresponded with Omar Vale in 2016.",
            Relation.MESSAGE,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz joined Omar Vale for lunch on Friday.",
            Relation.MEET,
            {"Ann Diaz", "Omar Vale"},
        ),
    ],
)
def test_more_ways_news_tells_a_contact(
    nlp: Any, text: str, kind: Relation, people: set[str]
) -> None:
    events = events_of(nlp, text)  # "dining together twice" tells two dinners
    assert events
    assert all(event.kind is kind for event in events)
    assert all({p.name for p in event.participants} == people for event in events)


def test_look_alikes_of_those_ways_are_no_contact_of_the_wrong_people(nlp: Any) -> None:
    assert events_of(nlp, "The figures correspond to reality, the mayor's office said.") == []
    assert events_of(nlp, "Mayor Ann Diaz sat at the desk all morning.") == []
    after = events_of(nlp, "After her meeting with Omar Vale, the council announced new rules.")
    assert all("council" not in {p.name for p in e.participants} for e in after)


def test_a_show_named_in_quotation_marks_meets_no_one(nlp: Any) -> None:
    text = "''It is nonsense,'' Mayor Ann Diaz said by telephone on ''Meet the Press.''"
    assert events_of(nlp, text) == []


def test_a_date_opening_the_sentence_dates_the_contact_when_the_telling_trails_it(
    nlp: Any,
) -> None:
    [event] = events_of(
        nlp,
        "In January, shortly before a speech at the Harbor Hotel, Mayor Ann Diaz greeted the "
        "envoy Omar Vale at a reception for invited guests, the Coast Journal reported in "
        "February.",
    )
    assert event.when is not None and event.when.iso() == "2017-01"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz met Omar Vale once in March and again in October.",
        # before, one meeting dated from March to October
        "Mayor Ann Diaz met Omar Vale in March and then in October.",
    ],
)
def test_once_in_march_and_again_in_october_is_two_meetings(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert sorted(e.when.iso() for e in events if e.when is not None) == ["2016-03", "2016-10"]
    assert len(events) == 2
    assert len({e.id for e in events}) == 2


def test_two_meetings_told_within_a_year_are_each_dated_by_their_month(nlp: Any) -> None:
    text = "Mayor Ann Diaz met Omar Vale twice in 2014, once in March and again in October."
    events = events_of(nlp, text)
    assert sorted(e.when.iso() for e in events if e.when is not None) == ["2014-03", "2014-10"]
    assert len(events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz met Omar Vale in July and September.",
        "Mayor Ann Diaz met Omar Vale twice, in July and in September.",
        "Mayor Ann Diaz met Omar Vale twice last year, in July and September.",
        "Mayor Ann Diaz's two encounters with Omar Vale, in July and September, went unreported.",
    ],
)
def test_a_contact_on_two_dates_joined_by_and_is_two_contacts_each_on_its_date(
    nlp: Any, text: str
) -> None:
    events = events_of(nlp, text)
    assert sorted(e.when.iso() for e in events if e.when is not None) == ["2016-07", "2016-09"]
    assert len(events) == 2


@pytest.mark.parametrize("then", ["later", "then", "afterwards"])
def test_a_second_partner_met_later_is_a_contact_of_its_own_with_its_date_untold(
    nlp: Any, then: str
) -> None:
    text = f"Ann Diaz met with Omar Vale in early December, and {then} with Anton Belov."
    told = sorted(
        (sorted(names(e)), e.when.iso() if e.when else None) for e in events_of(nlp, text)
    )
    assert told == [
        (["Ann Diaz", "Anton Belov"], None),
        (["Ann Diaz", "Omar Vale"], "2016-12-01..2016-12-10"),
    ]


def test_a_timeline_entry_naming_people_after_its_dash_dates_their_later_meeting(
    nlp: Any,
) -> None:
    text = (
        "April 27, 2016 — Jeff Sessions and Sergey Kislyak both attend a speech at the "
        "Mayflower Hotel.\n\nSept. 8, 2016 — Sessions meets Kislyak in his Senate office.\n"
    )
    [meeting] = [e for e in contacts_of(nlp, text) if "meets" in e.evidence[0].text]
    assert names(meeting) == {"Jeff Sessions", "Sergey Kislyak"}
    assert meeting.when is not None and meeting.when.iso() == "2016-09-08"


def test_a_timeline_entrys_day_within_the_period_its_line_tells_dates_the_contact(
    nlp: Any,
) -> None:
    text = (
        "July 18, 2016 — Jeff Sessions speaks with Sergey Kislyak on the sidelines of the "
        "Republican convention.\n\nFeb. 9, 2017 — The Post reports that Michael Flynn "
        "discussed sanctions with Kislyak in December.\n"
    )
    convention = FuzzyDate.parse("2016-07-18..2016-07-21")
    periods = {**PERIODS, "Republican convention": convention}
    events = [e for e in events_of(nlp, text, ANCHOR, periods) if e.assertion.contact]
    dates = {frozenset(names(e)): e.when.iso() if e.when else None for e in events}
    assert dates[frozenset({"Jeff Sessions", "Sergey Kislyak"})] == "2016-07-18"
    # a day outside what the words tell is the telling's, not the contact's
    assert dates[frozenset({"Michael Flynn", "Sergey Kislyak"})] == "2016-12"


def test_a_planned_meeting_later_said_to_have_taken_place_was_held(nlp: Any) -> None:
    text = (
        "Omar Vale agreed to meet with Anton Belov in June. The meeting, which took place on "
        "June 9 at the Harbor Hotel, was also attended by Ann Diaz."
    )
    [held] = contacts_of(nlp, text)
    assert names(held) == {"Omar Vale", "Anton Belov", "Ann Diaz"}
    assert held.when is not None and held.when.iso() == "2016-06-09"
    assert grades(nlp, text) == {Assertion.PLANNED, Assertion.REPORTED}  # the plan stays


def test_a_planned_meeting_later_cancelled_or_reported_on_is_still_only_planned(
    nlp: Any,
) -> None:
    for then in ("The meeting was later cancelled.", "The meeting was first reported in May."):
        assert contacts_of(nlp, f"Omar Vale agreed to meet Anton Belov in June. {then}") == []


def test_a_contact_on_one_date_or_another_is_one_contact_in_between(nlp: Any) -> None:
    [event] = events_of(nlp, "Mayor Ann Diaz met Omar Vale in July or August.")
    assert event.when is not None and event.when.iso() == "2016-07-01..2016-08-31"


def test_the_last_phrase_of_a_contact_told_before_its_source_still_dates_it(nlp: Any) -> None:
    text = "Mayor Ann Diaz spoke with Omar Vale once in March and again in October, aides said."
    events = events_of(nlp, text)
    assert sorted(e.when.iso() for e in events if e.when is not None) == ["2016-03", "2016-10"]


def test_they_met_again_is_a_new_meeting_of_the_pair_told_before(nlp: Any) -> None:
    text = (
        "Senator Ann Diaz and Governor Omar Vale first met in 2009 at a fundraiser in Dover. "
        "Vale was impressed, aides said. They met again, in July 2012, in Oslo."
    )
    told = sorted((e.when.iso(), frozenset(names(e))) for e in events_of(nlp, text) if e.when)
    pair = frozenset({"Ann Diaz", "Omar Vale"})
    assert told == [("2009", pair), ("2012-07", pair)]


def test_they_met_again_with_no_contact_before_is_no_contact(nlp: Any) -> None:
    assert events_of(nlp, "They met again in June, aides said.") == []


def test_one_sides_second_letter_goes_to_whom_its_first_went(nlp: Any) -> None:
    text = (
        "In March, Ann Diaz wrote a letter to Omar Vale. In May, Diaz sent a second letter, "
        "retracting her complaint."
    )
    told = sorted((e.when.iso(), frozenset(names(e))) for e in events_of(nlp, text) if e.when)
    pair = frozenset({"Ann Diaz", "Omar Vale"})
    assert told == [("2016-03", pair), ("2016-05", pair)]


@pytest.mark.parametrize(
    "second",
    [
        "In May, Paul Hart sent another letter.",
        "In May, Ann Diaz sent another letter to the mayor.",
        "In May, Ann Diaz held a second rally in Ohio.",
    ],
)
def test_a_repeat_by_someone_else_or_to_someone_else_resumes_nothing(nlp: Any, second: str) -> None:
    text = f"In March, Ann Diaz wrote a letter to Omar Vale. {second}"
    assert len(contacts_of(nlp, text)) == 1


def test_a_follow_up_retells_the_latest_contact_of_the_people_just_mentioned(nlp: Any) -> None:
    text = (
        "Governor Ruth Adler met with the union's leaders in Albany in May. "
        "In June, Senator Paul Brody visited Buffalo, where he learned of a new tax plan. "
        "Adler assured Brody that she had not known of it, but Keane was furious, leading to "
        "the tense meeting at the Capitol."
    )
    may = only([e for e in events_of(nlp, text) if e.kind is Relation.MEET])
    assert len(may.evidence) == 1  # the quarrel of Adler, Brody and Keane came after it


def test_a_follow_up_retells_a_contact_whose_parties_were_all_just_named(nlp: Any) -> None:
    text = (
        "Ann Diaz was asked about the calls between Omar Vale and Tom Keane. She said she had "
        "spoken with Vale about them. The timing of the calls, she said, was a coincidence."
    )
    calls = only([e for e in events_of(nlp, text) if e.kind is Relation.CALL])
    assert len(calls.evidence) == 2


def test_a_dated_follow_up_retells_the_contact_of_its_time(nlp: Any) -> None:
    text = (
        "Ann Diaz held conversations with Omar Vale in late December. Tom Keane said he had "
        "spoken with Diaz, and that the December conversations were routine."
    )
    told = {frozenset(names(e)): len(e.evidence) for e in events_of(nlp, text)}
    assert told == {
        frozenset({"Ann Diaz", "Omar Vale"}): 2,
        frozenset({"Ann Diaz", "Tom Keane"}): 1,
    }


def test_a_follow_up_naming_only_one_party_still_retells_their_contact(nlp: Any) -> None:
    text = (
        "Ann Diaz met Pope Francis at the Vatican on Saturday. "
        "Diaz's husband, Omar, was also at the meeting."
    )
    assert len(only(events_of(nlp, text)).evidence) == 2


def test_a_dinner_told_as_known_is_not_a_meeting_told_before(nlp: Any) -> None:
    text = (
        "Mayor Tom Keane met with Teamsters leaders in Albany on Monday. "
        "On Tuesday he flew to Ottawa and gave a toast at the state dinner."
    )
    assert len(only(events_of(nlp, text)).evidence) == 1


def test_a_dinner_told_as_known_retells_a_meeting_held_over_dinner(nlp: Any) -> None:
    text = (
        "In May, Donald Trump met his older brother, Freddy Trump, for dinner in Queens. "
        "Donald scolded Freddy. Ann Diaz, who was at the dinner, recalled the fight."
    )
    assert len(only(events_of(nlp, text)).evidence) == 2


def test_the_meeting_retold_with_another_date_is_not_the_meeting_before(nlp: Any) -> None:
    text = (
        "Alma Reyes met Tomas Berg in Oslo in June. Reyes was then a senator. "
        "The meeting in September lasted three hours."
    )
    event = only(events_of(nlp, text))
    assert event.when is not None and event.when.iso() == "2016-06"
    assert len(event.evidence) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes spoke to Tomas Berg in June and to Omar Vale in September.",
        "Alma Reyes met with Tomas Berg in June and with Omar Vale in September.",
        "Alma Reyes met Tomas Berg in June and Omar Vale in September.",
    ],
)
def test_a_verb_gapped_over_two_partners_and_two_dates_tells_two_contacts(
    nlp: Any, text: str
) -> None:
    events = events_of(nlp, text)
    told = {frozenset(names(e)): e.when.iso() for e in events if e.when is not None}
    assert told == {
        frozenset({"Alma Reyes", "Tomas Berg"}): "2016-06",
        frozenset({"Alma Reyes", "Omar Vale"}): "2016-09",
    }
    assert len({e.id for e in events}) == len(events) == 2


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Owen Pryce met Anton Belov in Vienna in May.", Assertion.REPORTED),
        ("Owen Pryce said he met Anton Belov in Vienna in May.", Assertion.ADMITTED),
        ("Two officials said Owen Pryce met Anton Belov in Vienna in May.", Assertion.ATTRIBUTED),
        ("Owen Pryce reportedly met Anton Belov in Vienna in May.", Assertion.ALLEGED),
        # sources the outlet does not name are sources all the same, as "officials said" is
        (
            "Owen Pryce met Anton Belov in Vienna in May, according to people familiar with "
            "the meeting.",
            Assertion.ATTRIBUTED,
        ),
        # a claim nobody vouches for: an unverified dossier's, or a lawsuit's
        (
            "Owen Pryce met Anton Belov in Vienna in May, according to a dossier compiled by a "
            "former spy.",
            Assertion.ALLEGED,
        ),
        ("Owen Pryce met Anton Belov in May, according to the lawsuit.", Assertion.ALLEGED),
        ("Owen Pryce met Anton Belov in Oslo in May, the dossier alleges.", Assertion.ALLEGED),
        # the model hangs "allege" on "met" as a clause of its own: it was told as fact
        ("Owen Pryce met Anton Belov in Oslo in May, Democrats allege.", Assertion.ALLEGED),
        # under investigation, told by a verb as by "an investigation into"
        (
            "The FBI is investigating Owen Pryce's contacts with Anton Belov.",
            Assertion.ALLEGED,
        ),
        (
            "The committee is looking into Owen Pryce's meetings with Anton Belov.",
            Assertion.ALLEGED,
        ),
        ("Owen Pryce's calls with Anton Belov are being probed.", Assertion.ALLEGED),
        # an inquiry that came after a meeting told as fact leaves it told as fact
        (
            "Prosecutors investigated after Owen Pryce met Anton Belov in Vienna in May.",
            Assertion.REPORTED,
        ),
        # the message or the dinner is where the words were said, told by the outlet
        (
            "Owen Pryce told Anton Belov in a private message that he would resign.",
            Assertion.REPORTED,
        ),
        (
            "Owen Pryce said at a dinner with Anton Belov in May that taxes would rise.",
            Assertion.REPORTED,
        ),
        (
            "Aides said Owen Pryce told Anton Belov in a private message that he would resign.",
            Assertion.ATTRIBUTED,
        ),
    ],
)
def test_each_contact_report_says_how_it_is_told(nlp: Any, text: str, grade: Assertion) -> None:
    event = only(events_of(nlp, text))
    assert event.assertion is grade
    assert event.hedged is (grade is Assertion.ALLEGED)


def test_a_contact_told_by_several_reports_keeps_the_strongest_grade(nlp: Any) -> None:
    event = only(
        events_of(
            nlp,
            "Owen Pryce reportedly met Anton Belov in Vienna in May. Pryce said he met Belov "
            "in Vienna in May.",
        )
    )
    assert event.assertion is Assertion.ADMITTED and not event.hedged


def test_calling_someone_a_quoted_name_is_no_call_but_calling_to_congratulate_is(
    nlp: Any,
) -> None:
    assert events_of(nlp, "Mayor Ann Diaz calls Omar Vale “a friend of the city.”") == []
    assert events_of(nlp, "It is a plan Mayor Ann Diaz calls ''Harbor First.''") == []
    [event] = events_of(nlp, "Mayor Ann Diaz called Omar Vale to congratulate him on Tuesday.")
    assert event.kind is Relation.CALL
    assert names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "“She’s always calling me ‘Tiny Tom.’ I admit, she’s taller,” Reed said Sunday.",
        "\"She's always calling me 'Tiny Tom.' I admit, she's taller,\" Reed said Sunday.",
        "“She keeps calling me Lyin’ Tom,” Reed said Sunday.",
    ],
)
def test_calling_a_speaker_a_name_inside_a_quote_is_no_call(nlp: Any, text: str) -> None:
    told = "Ann Diaz mocked Tom Reed again at a rally in Dover on Saturday. " + text
    assert [e for e in contacts_of(nlp, told) if e.kind is Relation.CALL] == []


def test_calling_a_person_an_insult_is_no_call_and_a_call_a_day_later_is(nlp: Any) -> None:
    text = (
        "Reed has tried to provoke his critics, calling Mayor Ann Diaz an “ignorant baboon” "
        "and posting a photo of her house."
    )
    assert [e for e in contacts_of(nlp, text) if e.kind is Relation.CALL] == []
    [event] = contacts_of(nlp, "Tom Reed called Mayor Ann Diaz a day later.")
    assert event.kind is Relation.CALL and names(event) == {"Ann Diaz", "Tom Reed"}


def test_a_quoted_word_after_a_calls_purpose_keeps_the_call(nlp: Any) -> None:
    text = "“I called Mayor Ann Diaz's office to say 'thank you' on Monday,” Omar Vale said."
    [event] = contacts_of(nlp, text)
    assert event.kind is Relation.CALL and names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dispatched Lena Ruud to meet Omar Vale in Oslo last week.",
        "The mayor sent her chief of staff, Lena Ruud, to meet with Omar Vale in Oslo last week.",
        "Mayor Ann Diaz persuaded Lena Ruud to meet Omar Vale in Oslo last week.",
    ],
)
def test_whom_a_verb_sends_or_persuades_makes_the_contact(nlp: Any, text: str) -> None:
    met = [e for e in events_of(nlp, text) if e.kind is Relation.MEET]
    assert [names(e) for e in met] == [{"Lena Ruud", "Omar Vale"}]


def test_a_meal_a_clause_is_told_over_was_shared_by_its_people(nlp: Any) -> None:
    text = "Over a long lunch in 2009, Ms. Diaz and Mr. Vale decided to open a bakery together."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Diaz", "Vale"}
    assert str(event.when) == "2009"
    persuaded = "Over dinner in May, Ann Diaz persuaded Omar Vale to run for mayor."
    assert names(only(contacts_of(nlp, persuaded))) == {"Ann Diaz", "Omar Vale"}


def test_drinks_a_clause_is_told_over_were_shared(nlp: Any) -> None:
    text = "Over drinks in May, Ann Diaz persuaded Omar Vale to run for mayor."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}
    assert contacts_of(nlp, "Ann Diaz bought Omar Vale a coffee.") == []
    assert contacts_of(nlp, "Over coffee, Ann Diaz read the morning newspapers.") == []


def test_a_meal_alone_or_as_a_topic_meets_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Over lunch in May, Ann Diaz reviewed the city budget.") == []
    assert contacts_of(nlp, "Ann Diaz disagreed with Omar Vale over lunch money.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Grant held a fund-raiser for Omar Vale at his loft in Brooklyn.",
        "Mr. Grant hosted a dinner for Omar Vale at his home in May.",
        "Mr. Grant threw a birthday party for Omar Vale at his house last week.",
    ],
)
def test_a_host_meets_the_person_an_occasion_is_held_for(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Grant", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz held a fund-raiser for Omar Vale's campaign in 2012.",
        "Ann Diaz held a rally for her supporters in Dover.",
        "Ann Diaz held a news conference for reporters on Monday.",
    ],
)
def test_an_occasion_held_for_no_named_person_meets_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_an_occasion_still_to_be_held_for_someone_is_planned(nlp: Any) -> None:
    text = "Ann Diaz will host a fund-raiser for Omar Vale next week."
    assert only(events_of(nlp, text)).assertion is Assertion.PLANNED


def test_a_reception_held_for_the_members_of_a_body_meets_them(nlp: Any) -> None:
    text = "Ann Diaz held a reception for members of the Harbor Commission in May."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and "Ann Diaz" in names(event) and len(names(event)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz paid a visit to Omar Vale in Oslo last week.",
        "Ann Diaz paid a courtesy call on Omar Vale in Oslo last week.",
        "Ann Diaz caused a stir last week with an impromptu social call on Omar Vale.",
    ],
)
def test_a_visit_or_a_call_paid_on_a_person_visits_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT and names(event) == {"Ann Diaz", "Omar Vale"}


def test_a_call_on_someone_to_act_or_a_trip_to_a_town_is_no_visit(nlp: Any) -> None:
    assert contacts_of(nlp, "Ann Diaz repeated her call on Omar Vale to resign.") == []
    assert contacts_of(nlp, "Ann Diaz traveled to Clinton, Iowa, on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In Oslo, Ann Diaz stood beside Prime Minister Omar Vale and praised the government.",
        "Ann Diaz stood next to the mayor, Omar Vale, at the ceremony on Monday.",
    ],
)
def test_standing_beside_a_person_at_a_scene_meets_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz stood beside her husband, Omar Vale, through the scandal.",
        "Ann Diaz stands beside Omar Vale in the polls.",
        "Ann Diaz stood with Omar Vale on the trade bill.",
    ],
)
def test_standing_by_someone_in_support_or_in_the_polls_meets_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_rally_attended_by_two_people_meets_them_whatever_noun_the_parser_hung_it_on(
    nlp: Any,
) -> None:
    text = (
        "Klein, a donor who skipped the summit, was an organizer of the June rally against the "
        "port deal in Dover attended by Ann Diaz and Omar Vale."
    )
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}
    critic = "Klein was a critic of the rally in Dover organized by Omar Vale."
    assert contacts_of(nlp, critic) == []


def test_a_quoted_fragment_whose_subject_is_the_speaker_is_the_speakers_own_account(
    nlp: Any,
) -> None:
    text = (
        "“I regard Omar Vale as an old friend,” Ann Diaz told a reporter, noting that she “has "
        "talked with him regularly for years.”"
    )
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Omar Vale"} and event.assertion is Assertion.ADMITTED
    # of others, the fragment is credited to her, as it is without the quote marks
    about_others = "Ann Diaz said Omar Vale “met with Russian officials in May.”"
    assert only(contacts_of(nlp, about_others)).assertion is Assertion.ATTRIBUTED


def test_a_group_s_object_pronoun_is_not_the_group_that_is_its_own_verb_s_subject(
    nlp: Any,
) -> None:
    text = "About 200 Democrats in Congress, including top senators, joined them for the protest."
    assert contacts_of(nlp, text) == []


def test_a_pronoun_after_a_joined_subject_is_neither_of_its_people(nlp: Any) -> None:
    text = "Ann Diaz and her husband, Tom, met with him in May."
    assert contacts_of(nlp, text) == []


def test_a_debate_that_turned_when_two_people_clashed_met_them(nlp: Any) -> None:
    text = (
        "The televised debate in Dover on Thursday night opened with a bang when Ann Diaz and "
        "Omar Vale were asked about their attacks."
    )
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}
    topic = "The debate over trade heated up when Ann Diaz and Omar Vale traded barbs online."
    assert contacts_of(nlp, topic) == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaker Tom Reed gave Omar Vale a heads up about his declaration.",
        "Speaker Tom Reed gave Omar Vale a heads-up about the vote.",
    ],
)
def test_a_heads_up_given_to_a_person_is_a_contact(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CONTACT and names(event) == {"Tom Reed", "Omar Vale"}


def test_giving_the_heads_of_agencies_time_is_no_heads_up(nlp: Any) -> None:
    assert contacts_of(nlp, "Tom Reed gave the heads of the agencies up to a week.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz was a guest at Omar Vale's wedding in 2005.",
        "Ann Diaz was an early attendee at fund-raisers organized by Omar Vale in 1999.",
        "Ann Diaz attended a fund-raiser organized by Omar Vale in 1999.",
    ],
)
def test_a_guest_at_a_persons_occasion_met_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Anton Belov was among the guests when Omar Vale delivered a speech at the Mayflower "
        "Hotel in April.",
        "Anton Belov sat in the front row as Omar Vale gave his first address in April.",
        "Anton Belov was in the audience while Omar Vale delivered the speech in April.",
    ],
)
def test_a_listener_present_when_a_person_gave_a_speech_met_the_speaker(
    nlp: Any, text: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Anton Belov", "Omar Vale"}
    assert event.when is not None and event.when.iso() == "2016-04"


def test_a_time_clause_of_a_speech_without_anyone_listening_is_no_meeting(nlp: Any) -> None:
    assert contacts_of(nlp, "It was in April when Omar Vale delivered the speech.") == []
    text = "Anton Belov was in Moscow when Omar Vale delivered a speech in April."
    assert contacts_of(nlp, text) == []


def test_a_reply_to_a_persons_email_is_a_message_between_them(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Omar Vale replied late on Saturday to Ann Diaz's email."))
    assert event.kind is Relation.MESSAGE and names(event) == {"Ann Diaz", "Omar Vale"}
    assert contacts_of(nlp, "Omar Vale responded to Ann Diaz's tweet on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz sent a letter thanking Omar Vale for his service.",
        "Ann Diaz sent an email congratulating Omar Vale on his victory.",
        "A letter from Ann Diaz warned Omar Vale that any further contact would go through her "
        "lawyer.",
    ],
)
def test_a_message_thanking_or_urging_a_person_went_to_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MESSAGE and names(event) == {"Ann Diaz", "Omar Vale"}


def test_a_message_urging_someone_else_went_to_its_addressee(nlp: Any) -> None:
    text = "Ann Diaz wrote a letter to Tom Reed urging Omar Vale to resign."
    messages = [e for e in contacts_of(nlp, text) if e.kind is Relation.MESSAGE]
    assert [names(e) for e in messages] == [{"Ann Diaz", "Tom Reed"}]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz shared her decision with Omar Vale in August.",
        "Ann Diaz flew to Oslo to share her decision with Omar Vale.",
    ],
)
def test_sharing_a_decision_with_a_person_is_a_contact(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CONTACT and names(event) == {"Ann Diaz", "Omar Vale"}


def test_sharing_concerns_in_the_present_is_a_likeness(nlp: Any) -> None:
    assert contacts_of(nlp, "Ann Diaz shares her concerns with Omar Vale.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz welcomed Omar Vale to the White House on Tuesday.",
        "Ann Diaz received Omar Vale at the palace on Tuesday.",
        "Ann Diaz welcomed Omar Vale to her home in Dover last week.",
        "Ann Diaz received Omar Vale at the Kremlin in April.",
    ],
)
def test_a_guest_welcomed_to_a_place_met_the_host(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz welcomed Omar Vale to the race on Tuesday.",
        "Ann Diaz received an award at the White House on Tuesday.",
        "Ann Diaz received Omar Vale's endorsement in Ohio on Tuesday.",
        "Ann Diaz received an award at the Kremlin in April.",
    ],
)
def test_welcoming_someone_to_a_race_or_receiving_a_thing_meets_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_two_people_who_acted_together_at_a_dinner_met(nlp: Any) -> None:
    text = "At a dinner in May, Ann Diaz and Omar Vale agreed to merge their campaigns."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}
    assert contacts_of(nlp, "At a dinner in May, Ann Diaz criticized Omar Vale.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz and Tom Reed, the firm's founders, flanked Omar Vale at the head of the table.",
        "Omar Vale, flanked by Ann Diaz and Tom Reed, announced his run on Monday.",
    ],
)
def test_people_flanking_a_person_met_him(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Tom Reed", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale, flanked by security guards, left the hall.",
        "The old courthouse is flanked by two oak trees.",
    ],
)
def test_flanked_by_a_crowd_or_by_trees_meets_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz communicated with Omar Vale by email in 2014.",
        "Ann Diaz communicated on a routine basis with Omar Vale in 2014.",
    ],
)
def test_communicating_with_a_person_is_a_contact(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CONTACT and names(event) == {"Ann Diaz", "Omar Vale"}


def test_communicating_a_message_to_voters_is_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "The campaign communicated its message to voters.") == []


def test_a_session_with_a_person_is_a_meeting_but_a_session_alone_is_not(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Ann Diaz held a private session with Omar Vale in May."))
    assert event.kind is Relation.MEET and names(event) == {"Ann Diaz", "Omar Vale"}
    assert contacts_of(nlp, "Ann Diaz spoke at the closing session of the Dover forum.") == []
    assert contacts_of(nlp, "Ann Diaz held a strategy session with her aides on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale told Fox that he would run.",
        "Jane Roe of the Dover Gazette asked him twice. Omar Vale told Roe that he would run.",
        "Jane Roe, a Gazette reporter, asked him twice. Omar Vale told Roe that he would run.",
    ],
)
def test_telling_a_one_word_name_or_a_journalist_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_telling_a_host_of_an_outlet_is_an_interview_however_the_name_was_split(
    nlp: Any,
) -> None:
    text = (
        "On Friday, Ann Diaz — named by Newsmax as the leading choice for Omar Vale’s running "
        "mate — told Bill O’Reilly of Fox News, that “you have to look at it seriously.”"
    )
    assert contacts_of(nlp, text) == []


def test_telling_the_writer_of_a_titled_publication_is_an_interview_but_a_countrys_leader_is_met(
    nlp: Any,
) -> None:
    told = "“We kept our word,” the senator told The Beacon’s Jane Roe. Omar Vale is the senator."
    assert contacts_of(nlp, told) == []
    leader = "Omar Vale spoke with The Netherlands’ prime minister, Mark Rutte, on Monday."
    assert names(only(contacts_of(nlp, leader))) == {"Omar Vale", "Mark Rutte"}


def test_texting_a_person_is_a_message(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Ann Diaz texted Omar Vale in May."))
    assert event.kind is Relation.MESSAGE and names(event) == {"Ann Diaz", "Omar Vale"}


def test_writing_in_a_titled_memoir_writes_to_no_one(nlp: Any) -> None:
    text = "“It was cold,” Ann Diaz wrote in her memoir, “Hard Roads.”"
    assert contacts_of(nlp, text) == []


def test_a_meeting_someone_needs_or_is_instructed_to_hold_is_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Mayor Ann Diaz does not need to meet with Omar Vale.") == []
    instructed = "Mayor Ann Diaz instructed Lena Ruud to keep negotiating with Omar Vale."
    [event] = contacts_of(nlp, instructed)  # the instruction itself, not the negotiation
    assert names(event) == {"Ann Diaz", "Lena Ruud"}


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        (
            "Mayor Ann Diaz reached out to Omar Vale on the budget in 2015.",
            Relation.CONTACT,
            {"Ann Diaz", "Omar Vale"},
        ),
        (
            "Trade envoy Omar Vale negotiated with Norway over fishing rights last year.",
            Relation.CONTACT,
            {"Omar Vale", "Norway"},
        ),
        (
            "Lena Ruud, a banker in Oslo, recalled several telephone calls with Omar Vale.",
            Relation.CALL,
            {"Lena Ruud", "Omar Vale"},
        ),
        (
            "Mayor Ann Diaz met privately with the widow of a fisherman lost at sea.",
            Relation.MEET,
            {"Ann Diaz", "widow of a fisherman"},
        ),
    ],
)
def test_reaching_out_negotiating_recalled_calls_and_a_relative_met_are_contacts(
    nlp: Any, text: str, kind: Relation, people: set[str]
) -> None:
    [event] = events_of(nlp, text)
    assert event.kind is kind
    assert names(event) == people


def test_reaching_a_deal_is_no_contact(nlp: Any) -> None:
    assert events_of(nlp, "Mayor Ann Diaz reached a deal on the budget with the council.") == []


def test_something_sent_to_a_person_is_a_message_a_person_sent_somewhere_is_not(
    nlp: Any,
) -> None:
    photos = "Omar Vale sent dozens of photos to Ann Diaz last spring, the newspaper reported."
    event = only(contacts_of(nlp, photos))
    assert event.kind is Relation.MESSAGE
    assert names(event) == {"Omar Vale", "Ann Diaz"}
    assert events_of(nlp, "Omar Vale sent an aide to Ann Diaz's office on Monday.") == []


def test_travelling_with_someone_is_meeting_them_and_the_place_is_no_party(nlp: Any) -> None:
    text = (
        '"We owe them answers," said Senator Alma Reyes, a Nevada Republican who flew to '
        "Geneva with the family of Omar Vale."
    )
    event = only(contacts_of(nlp, text))  # the appositive's "who" is the senator
    assert event.kind is Relation.MEET
    assert names(event) == {"Alma Reyes", "family of Omar Vale"}
    assert events_of(nlp, "Ann Diaz travels with the governor on most trips.") == []


def test_travelling_with_ones_own_family_meets_no_one_but_others_along_are_met(nlp: Any) -> None:
    son = "David Magel flew with his 14-year-old son in his Cessna to a rally on Monday."
    assert contacts_of(nlp, son) == []
    family = "Omar Vale flew with his wife and two sons back to Oslo in 1991."
    assert contacts_of(nlp, family) == []
    with_aide = "Mark Ebert flew to Scotland with his son Eric and Paul Moran on Friday."
    assert {"Mark Ebert", "Paul Moran"} <= names(only(contacts_of(nlp, with_aide)))


def test_an_agreement_between_people_is_a_contact_between_them_not_one_between_countries(
    nlp: Any,
) -> None:
    text = "The 2014 agreement between Governor Mark Ebert and Mayor Ann Diaz ended the strike."
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Mark Ebert", "Ann Diaz"}
    assert event.when is not None and event.when.iso() == "2014"
    countries = "The agreement between Norway and Sweden on fishing rights expired in May."
    assert events_of(nlp, countries) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ruth Alden said she began calling local aid groups that night.", "local aid groups"),
        ("Omar Vale met with two advocacy groups in Denver on Tuesday.", "two advocacy groups"),
    ],
)
def test_a_group_of_people_is_a_party(nlp: Any, text: str, side: str) -> None:
    assert side in names(only(contacts_of(nlp, text)))


def test_speaking_out_is_no_contact_unless_someone_is_spoken_to(nlp: Any) -> None:
    together = (
        "Senator Alma Reyes and Governor Mark Ebert have begun to speak out against the treaty."
    )
    assert events_of(nlp, together) == []
    to_someone = "Alma Reyes spoke out to Omar Vale on Tuesday about the plan."
    assert names(only(contacts_of(nlp, to_someone))) == {"Alma Reyes", "Omar Vale"}


def test_a_trip_is_its_travellers_not_theirs_who_snub_the_traveller_on_it(nlp: Any) -> None:
    text = (
        "Omar Vale and other union leaders snubbed Mayor Ann Diaz during her recent trips to "
        "Norway."
    )
    assert events_of(nlp, text) == []


def test_a_requested_meeting_that_took_place_is_one_contact_with_its_retelling(
    nlp: Any,
) -> None:
    text = (
        "The council issued a statement on Monday.\n\n"
        "“Ann Diaz requested a meeting with Mr. Vale, which took place at the Harbor Hotel "
        "this morning,” the statement read.\n\n"
        "The council confirmed that Ann Diaz met with Omar Vale."
    )
    event = only(events_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Omar Vale"}
    assert len(event.evidence) == 2


def test_a_title_coordinated_with_a_name_is_that_persons_not_another_party(nlp: Any) -> None:
    text = "Harbor Bank Chairman and CEO Lena Ruud has spoken to Omar Vale several times."
    assert names(only(events_of(nlp, text))) == {"Lena Ruud", "Omar Vale"}


def test_himself_in_reported_speech_is_the_one_reporting(nlp: Any) -> None:
    text = (
        "Pointing to Omar Vale's role, Peter Lund told the Coast Journal that Vale raised the "
        "plan in a call with Ann Diaz and himself."
    )
    assert names(only(events_of(nlp, text))) == {"Omar Vale", "Ann Diaz", "Peter Lund"}


# -- talking someone into something, interviews, appearances ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alden pressed Governor Mark Ebert to sign the budget on Monday.",
        "Senator Ruth Alden persuaded Governor Mark Ebert to veto the bill.",
        "Senator Ruth Alden assured Governor Mark Ebert that the vote would hold.",
        "Senator Ruth Alden instructed Mark Ebert to stop the count.",
        "Senator Ruth Alden conveyed to Mark Ebert that the vote would hold.",
    ],
)
def test_pressing_persuading_assuring_or_instructing_a_person_is_a_contact_with_them(
    nlp: Any, text: str
) -> None:
    event = only(events_of(nlp, text))
    assert event.kind is Relation.CONTACT
    assert names(event) == {"Ruth Alden", "Mark Ebert"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alden traded barbs with Governor Mark Ebert on Tuesday.",
        "Ruth Alden and Mark Ebert exchanged words backstage after the vote.",
        "Ruth Alden exchanged pleasantries with Mark Ebert before the session opened.",
        "Ruth Alden argued with Mark Ebert about the budget at a dinner in March.",
        "Ruth Alden quarreled with Mark Ebert over the seating plan.",
        "Ruth Alden traded jabs with Mark Ebert during a closed-door caucus meeting.",
    ],
)
def test_trading_words_or_arguing_with_a_person_is_a_contact_with_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CONTACT
    assert names(event) == {"Ruth Alden", "Mark Ebert"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden and Mark Ebert traded barbs on Twitter on Tuesday.",
        "Ruth Alden traded insults with Mark Ebert in dueling television interviews.",
        "Ruth Alden and Mark Ebert argued that the deal was bad.",
        "Ruth Alden traded her seat with Mark Ebert.",
        "Ruth Alden swapped places with Mark Ebert.",
        "Ruth Alden argued with the premise of the question.",
        "Ruth Alden argued with reporters about the size of the crowd.",
    ],
)
def test_words_traded_on_the_air_goods_traded_or_a_case_argued_are_no_contact(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_coordinating_with_another_party_is_a_contact_but_coordinating_a_thing_is_not(
    nlp: Any,
) -> None:
    text = "Ruth Alden coordinated with Mark Ebert's aides to push favorable stories."
    assert names(only(contacts_of(nlp, text))) == {"Ruth Alden", "Mark Ebert aides"}
    assert contacts_of(nlp, "Ruth Alden coordinated the response to the storm.") == []
    assert contacts_of(nlp, "Ruth Alden and her staff coordinated the response.") == []
    assert contacts_of(nlp, "The colors were coordinated with the campaign logo.") == []
    habit = "Ruth Alden coordinates with Mark Ebert's office on a regular basis."
    assert contacts_of(nlp, habit) == []
    planned = "Ruth Alden wants to coordinate with Mark Ebert on the response."
    assert contacts_of(nlp, planned) == []


def test_words_to_be_traded_or_never_traded_are_no_contact_held(nlp: Any) -> None:
    assert contacts_of(nlp, "Ruth Alden never argued with Mark Ebert.") == []
    planned = "Ruth Alden will trade barbs with Mark Ebert at Thursday's forum."
    assert contacts_of(nlp, planned) == []


def test_pressing_an_issue_a_country_a_people_or_a_question_meets_no_one(nlp: Any) -> None:
    assert events_of(nlp, "Senator Ruth Alden pressed the issue again on Monday.") == []
    assert events_of(nlp, "Senator Ruth Alden conveyed her thanks on Monday.") == []
    question = "Reporter Ruth Alden pressed Mark Ebert on whether the vote would hold."
    assert events_of(nlp, question) == []
    assert events_of(nlp, "Senator Ruth Alden pressed Canada to lower its tariffs.") == []
    assert events_of(nlp, "Senator Ruth Alden reassured Canadians that trade would go on.") == []


def test_a_named_person_plying_another_with_suggestions_is_a_contact_but_a_crowd_is_not(
    nlp: Any,
) -> None:
    text = "Radio host Omar Vale has peppered Senator Ruth Alden with suggestions for months."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Ruth Alden"}
    crowd = "Reporters peppered Senator Ruth Alden with questions about the budget."
    assert events_of(nlp, crowd) == []


def test_a_hosts_guest_named_beside_the_word_was_with_the_host(nlp: Any) -> None:
    text = (
        "Radio host Omar Vale returned to the air on Monday. "
        "His guest, the economist Lena Ruud, argued for a lower tax on fuel."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}
    assert events_of(nlp, "The guests arrived at the hall at noon on Monday.") == []


def test_a_paper_delivered_to_a_person_is_a_message_but_a_blow_or_a_speech_is_not(
    nlp: Any,
) -> None:
    text = "Speechwriter Tom Reyes finished a draft and delivered it to Senator Ruth Alden."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MESSAGE
    assert names(event) == {"Tom Reyes", "Ruth Alden"}
    blow = "The court ruling delivered a blow to Governor Mark Ebert on Monday."
    assert events_of(nlp, blow) == []
    remarks = "Governor Mark Ebert delivered brief remarks to Senator Ruth Alden."
    assert contacts_of(nlp, remarks) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Ruth Alden turned over 30,000 emails to the Commerce Department in December 2014.",
            {"Ruth Alden", "Commerce Department"},
        ),
        (
            "Tom Reyes submitted his proposal to the Rules Committee on Monday.",
            {"Tom Reyes", "Rules Committee"},
        ),
        ("Mark Ebert handed the polling data to Omar Vale in August.", {"Mark Ebert", "Omar Vale"}),
        (
            "Lena Ruud forwarded the memo to Senator Ruth Alden on Friday.",
            {"Lena Ruud", "Ruth Alden"},
        ),
        (
            "The emails Ruth Alden turned over to the Commerce Department were released Monday.",
            {"Ruth Alden", "Commerce Department"},
        ),
    ],
)
def test_papers_handed_over_to_a_person_or_a_body_are_a_message(
    nlp: Any, text: str, sides: set[str]
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MESSAGE
    assert names(event) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Commerce Department staff alerted Ruth Alden to the request.",
            {"Ruth Alden", "Commerce Department staff"},
        ),
        (
            "Tom Reyes informed Governor Mark Ebert of the attack on Tuesday night.",
            {"Tom Reyes", "Mark Ebert"},
        ),
        (
            "The FBI notified the Democratic National Committee of the breach in September.",
            {"FBI", "Democratic National Committee"},
        ),
    ],
)
def test_telling_a_named_person_or_body_of_something_is_a_contact(
    nlp: Any, text: str, sides: set[str]
) -> None:
    assert names(only(contacts_of(nlp, text))) == sides


@pytest.mark.parametrize(
    "text",
    [
        "The agency alerted the public to the risk on Monday.",
        "Officials notified reporters on Tuesday that the vote was delayed.",
        "The campaign informed CNN that Mark Ebert would not appear.",
        "Well-informed voters chose Senator Omar Vale.",
    ],
)
def test_telling_the_public_or_the_press_of_something_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_an_appearance_made_at_someones_rally_and_a_tour_taken_together_are_meetings(
    nlp: Any,
) -> None:
    rally = "Lena Ruud made a surprise appearance at Omar Vale's rally in Dayton on Wednesday."
    assert names(only(contacts_of(nlp, rally))) == {"Lena Ruud", "Omar Vale"}
    tour = "Two days after the storm, Mark Ebert toured the devastation with Ruth Alden."
    assert names(only(contacts_of(nlp, tour))) == {"Mark Ebert", "Ruth Alden"}
    place = "Governor Mark Ebert toured Ohio with Senator Ruth Alden last week."
    assert names(only(contacts_of(nlp, place))) == {"Mark Ebert", "Ruth Alden"}
    # the parser hangs "with" on what was toured; the companion is still the verb's
    damage = "Governor Mark Ebert toured the flooded neighborhoods with Ruth Alden on Tuesday."
    assert names(only(contacts_of(nlp, damage))) == {"Mark Ebert", "Ruth Alden"}
    assert contacts_of(nlp, "Mark Ebert toured the plant with its new robots on Monday.") == []
    beside = "Governor Mark Ebert toured the site alongside Senator Ruth Alden on Monday."
    assert names(only(contacts_of(nlp, beside))) == {"Mark Ebert", "Ruth Alden"}
    together = "Mark Ebert and Ruth Alden toured the plant together on Monday."
    assert names(only(contacts_of(nlp, together))) == {"Mark Ebert", "Ruth Alden"}


def test_people_along_for_a_contact_took_part_in_it(nlp: Any) -> None:
    met = "Eric Vale met Nadia Orlova at Vale Tower along with Ruth Alden and Mark Ebert."
    assert names(only(contacts_of(nlp, met))) == {
        "Eric Vale",
        "Nadia Orlova",
        "Ruth Alden",
        "Mark Ebert",
    }
    escorted = "Accompanied by Ruth Alden, Omar Vale met Nadia Orlova in Riyadh in May."
    assert names(only(contacts_of(nlp, escorted))) == {"Omar Vale", "Nadia Orlova", "Ruth Alden"}
    trip = "Lena Ruud traveled to Pittsburgh along with Omar Vale on Saturday."
    assert names(only(contacts_of(nlp, trip))) == {"Lena Ruud", "Omar Vale"}
    assert contacts_of(nlp, "Lena Ruud traveled to Pittsburgh along with her notes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The insurgency handed the Michigan primary to Senator Omar Vale.",
        "The company provided money to the Alden Foundation in 2012.",
        "Mark Ebert turned over the keys to his son Eric.",
        "Mark Ebert provided details to reporters on Tuesday.",
        "The aide turned over the list to The New York Times.",
        "Mark Ebert turned over 50 this year.",
    ],
)
def test_no_message_from_a_win_money_keys_or_papers_given_to_the_press(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_call_told_in_a_persons_quote_with_no_one_named_as_called_reached_the_speaker(
    nlp: Any,
) -> None:
    text = 'Ann Diaz said, "Omar Vale called and said he was done."'
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.CALL
    assert names(event) == {"Omar Vale", "Ann Diaz"}
    assert events_of(nlp, 'Ann Diaz said, "Omar Vale called for a ceasefire."') == []
    assert events_of(nlp, 'Ann Diaz said, "I called and said he was done."') == []
    assert events_of(nlp, "Omar Vale called and said he was done, Ann Diaz said.") == []


def test_urging_one_person_to_act_is_a_contact_but_urging_a_body_or_a_crowd_is_not(
    nlp: Any,
) -> None:
    text = "Senator Ruth Alden urged Governor Mark Ebert to veto the bill."
    assert names(only(contacts_of(nlp, text))) == {"Ruth Alden", "Mark Ebert"}
    assert events_of(nlp, "Senator Ruth Alden urged Congress to pass the bill.") == []
    assert events_of(nlp, "Senator Ruth Alden urged voters to turn out on Tuesday.") == []


def test_asking_one_person_to_act_is_a_contact_but_asking_a_body_a_crowd_or_a_question_is_not(
    nlp: Any,
) -> None:
    text = "On Dec. 22, Paul Hart asked Ambassador Ann Diaz to delay the vote."
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Paul Hart", "Ann Diaz"} and str(event.when) == "2016-12-22"
    assert events_of(nlp, "Senator Ruth Alden asked Congress to pass the bill.") == []
    assert events_of(nlp, "Senator Ruth Alden asked her supporters to vote early.") == []
    assert events_of(nlp, "Reporters asked Senator Ruth Alden whether she had met him.") == []
    assert events_of(nlp, "At a press conference, Ruth Alden asked Omar Vale to apologize.") == []
    host = "Senator Ruth Alden was asked by radio host Omar Vale whether she would run."
    assert events_of(nlp, host) == []
    petition = "The Harbor Alliance launched a petition asking Senator Ruth Alden to resign."
    assert events_of(nlp, petition) == []
    campaign = "The Harbor Alliance launched a petition drive on Monday asking Ruth Alden to quit."
    assert events_of(nlp, campaign) == []


def test_two_people_who_jointly_urge_someone_the_text_leaves_unnamed_did_not_meet_each_other(
    nlp: Any,
) -> None:
    text = "Paul Hart and Ann Diaz sent the referral to the prosecutor, urging him to act."
    assert contacts_of(nlp, text) == []
    named = "Paul Hart and Ann Diaz sent a letter to Director Omar Vale, urging him to act."
    assert names(only(contacts_of(nlp, named))) == {"Paul Hart", "Ann Diaz", "Omar Vale"}


def test_a_contact_another_act_was_about_is_not_at_that_acts_time(nlp: Any) -> None:
    text = "Paul Hart pleaded guilty on Friday to lying about his conversations with Ann Diaz."
    assert only(events_of(nlp, text)).when is None
    text = "Paul Hart was questioned on Tuesday about his meeting with Ann Diaz in May."
    assert str(only(events_of(nlp, text)).when) == "2016-05"


def test_a_guest_pressed_by_a_host_named_was_in_contact_with_the_host(nlp: Any) -> None:
    text = "Governor Mark Ebert was pressed by the radio host Omar Vale about the budget."
    assert names(only(contacts_of(nlp, text))) == {"Mark Ebert", "Omar Vale"}
    assert events_of(nlp, "Governor Mark Ebert was pressed by reporters about the budget.") == []


def test_hugging_a_person_is_a_meeting(nlp: Any) -> None:
    event = only(events_of(nlp, "Union leader Lena Ruud hugged Omar Vale on stage on Friday."))
    assert event.kind is Relation.MEET
    assert names(event) == {"Lena Ruud", "Omar Vale"}


def test_interviewing_a_person_is_a_contact_but_speaking_in_an_interview_is_not(
    nlp: Any,
) -> None:
    interviewed = only(events_of(nlp, "Detective Paul Hart interviewed Omar Vale on Tuesday."))
    assert names(interviewed) == {"Paul Hart", "Omar Vale"}
    told = "Mayor Ann Diaz complained in an interview with the radio host Omar Vale."
    assert contacts_of(nlp, told) == []


def test_one_named_person_interviewing_someone_is_a_journalists_interview_not_a_contact(
    nlp: Any,
) -> None:
    journalist = "Ann Diaz interviewed Senator Omar Vale on Tuesday about the budget."
    assert contacts_of(nlp, journalist) == []
    committee = only(events_of(nlp, "The Senate committee interviewed Omar Vale on Tuesday."))
    assert "Omar Vale" in names(committee)
    witness = "Hart also interviewed Gazette reporter Omar Vale, who saw the scuffle."
    assert names(only(events_of(nlp, witness))) == {"Hart", "Omar Vale"}


def test_telling_someone_during_an_interview_is_the_interview_not_a_contact(nlp: Any) -> None:
    told = "Senator Omar Vale told Ann Diaz during an interview on Sunday that he would not run."
    assert contacts_of(nlp, told) == []
    plain = "Senator Omar Vale told Governor Ann Diaz on Sunday that he would not run."
    assert names(only(contacts_of(nlp, plain))) == {"Omar Vale", "Ann Diaz"}


def test_pressing_someone_in_the_same_breath_as_a_statement_is_pressure_in_public(
    nlp: Any,
) -> None:
    said = (
        "Senator Ruth Alden said on Sunday that talks had stalled, but she pressed Governor"
        " Mark Ebert to sign the budget."
    )
    assert contacts_of(nlp, said) == []
    told = (
        "Senator Ruth Alden told Governor Mark Ebert on Sunday that talks had stalled and"
        " pressed him to sign the budget."
    )
    assert {"Ruth Alden", "Mark Ebert"} <= names(contacts_of(nlp, told)[0])


def test_assuring_the_residents_of_a_place_is_a_speech_not_a_contact(nlp: Any) -> None:
    text = "Mayor Ann Diaz assured her city's residents on Tuesday that the plant would stay."
    assert contacts_of(nlp, text) == []


def test_taking_ones_message_somewhere_is_campaigning_not_a_letter(nlp: Any) -> None:
    taken = "Omar Vale drove to Cleveland to take his message to the Harbor Party convention."
    assert contacts_of(nlp, taken) == []
    sent = "Omar Vale sent a message to Governor Ann Diaz on Sunday."
    assert only(contacts_of(nlp, sent)).kind is Relation.MESSAGE


def test_joining_someone_in_doing_something_is_a_shared_stance_not_a_meeting(nlp: Any) -> None:
    stance = "Governor Omar Vale joined Ann Diaz on Monday in calling for a special prosecutor."
    assert contacts_of(nlp, stance) == []
    met = "Governor Omar Vale joined Ann Diaz at a rally in Dayton on Monday."
    assert only(contacts_of(nlp, met)).kind is Relation.MEET


def test_persuading_people_of_a_belief_is_no_contact_but_persuading_to_act_is(nlp: Any) -> None:
    belief = "Senator Omar Vale has persuaded wealthy donors and his colleagues that he can win."
    assert contacts_of(nlp, belief) == []
    listed = (
        "Senator Marco Vale has persuaded wealthy donors, Republican Party elders and his "
        "colleagues in Congress that he represents their best chance to overtake Ann Diaz."
    )
    assert contacts_of(nlp, listed) == []
    act = "Senator Omar Vale persuaded Governor Ann Diaz to veto the bill."
    assert names(only(contacts_of(nlp, act))) == {"Omar Vale", "Ann Diaz"}


def test_a_writer_interviewing_people_in_the_first_person_is_reporting(nlp: Any) -> None:
    text = "Last year I interviewed Senator Omar Vale and Governor Ann Diaz about the strike."
    assert contacts_of(nlp, text) == []


def test_speaking_to_the_people_of_a_state_is_a_speech_not_a_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Senator Ann Diaz spoke to Ohioans in Dayton on Tuesday.") == []
    met = "Senator Ann Diaz spoke to Governor Omar Vale in Dayton on Tuesday."
    assert names(only(contacts_of(nlp, met))) == {"Ann Diaz", "Omar Vale"}


def test_a_work_written_by_someone_is_authorship_not_a_message(nlp: Any) -> None:
    song = "The song “Harbor Lights” was written by Omar Vale after the 1999 flood in Dayton."
    assert contacts_of(nlp, song) == []
    letter = "A letter was written to Governor Ann Diaz by Omar Vale in March."
    assert only(contacts_of(nlp, letter)).kind is Relation.MESSAGE


def test_an_interview_with_an_outlet_or_with_no_one_named_meets_no_one(nlp: Any) -> None:
    outlet = "Mayor Ann Diaz complained in an interview with The Harbor Times on Tuesday."
    assert events_of(nlp, outlet) == []
    assert events_of(nlp, "Mayor Ann Diaz complained in an interview on Tuesday.") == []


def test_an_appearance_before_an_organisation_is_a_contact_but_one_at_a_place_is_not(
    nlp: Any,
) -> None:
    before = "Governor Mark Ebert was booed during an appearance before the Farmers Union."
    event = only(events_of(nlp, before))
    assert names(event) == {"Mark Ebert", "Farmers Union"}
    at_a_place = "Governor Mark Ebert was booed during an appearance at the state fairgrounds."
    assert events_of(nlp, at_a_place) == []


def test_a_conversation_someone_had_with_a_person_is_theirs(nlp: Any) -> None:
    text = "Ann Diaz recalled a June conversation she had with Omar Vale at the convention center."
    event = only(events_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Omar Vale"}


def test_the_partner_after_a_dated_clause_is_the_clauses_not_the_recounters(nlp: Any) -> None:
    text = "Paul Hart spoke first. Omar Vale described the meeting he had last week with Ann Diaz."
    assert names(only(events_of(nlp, text))) == {"Omar Vale", "Ann Diaz"}
    recalled = "Paul Hart recalled the meeting Omar Vale had with Ann Diaz."
    assert names(only(events_of(nlp, recalled))) == {"Omar Vale", "Ann Diaz"}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Diaz began talks with Omar Vale in March.",
        "Ann Diaz broke off negotiations with Omar Vale on Friday.",
        "Ann Diaz entered into negotiations with Omar Vale in May.",
        "The talks Ann Diaz opened with Omar Vale in March collapsed.",
    ],
)
def test_who_begins_or_ends_talks_with_a_person_held_them(nlp: Any, text: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Diaz flew to Ottawa on Thursday for talks with Omar Vale.",
        "Ann Diaz arrived in Geneva on Sunday for talks with Omar Vale.",
        "Ann Diaz drove to Albany for a lunch with Governor Omar Vale.",
        "Ann Diaz traveled to Geneva for a meeting with Omar Vale on Friday.",
    ],
)
def test_who_goes_somewhere_for_talks_with_a_person_holds_them(nlp: Any, text: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


def test_opening_a_meeting_with_a_prayer_is_no_contact(nlp: Any) -> None:
    assert events_of(nlp, "Chairman Omar Vale opened the meeting with a prayer.") == []


def test_who_secures_a_meeting_with_a_person_meets_them_but_who_obtains_a_letter_does_not(
    nlp: Any,
) -> None:
    secured = "Ann Diaz secured a meeting with Senator Ruth Alden in May."
    assert names(only(contacts_of(nlp, secured))) == {"Ann Diaz", "Ruth Alden"}
    obtained = "The Gazette obtained a letter Ann Diaz sent to Omar Vale."
    assert names(only(contacts_of(nlp, obtained))) == {"Ann Diaz", "Omar Vale"}


def test_consulting_with_a_person_or_convening_people_is_a_contact(nlp: Any) -> None:
    consulted = "Lobbyist Omar Vale consulted with Senator Ruth Alden on the tariff bill."
    assert names(only(contacts_of(nlp, consulted))) == {"Omar Vale", "Ruth Alden"}
    convened = "Governor Mark Ebert convened Ann Diaz and Paul Hart at his office on Monday."
    assert {"Mark Ebert", "Ann Diaz"} <= names(only(contacts_of(nlp, convened)))
    assert contacts_of(nlp, "Governor Mark Ebert convened a panel on water rights.") == []


def test_sharing_something_with_a_person_is_a_contact_but_sharing_a_likeness_is_not(
    nlp: Any,
) -> None:
    shared = "Ann Diaz shared the draft bill with Omar Vale on Tuesday."
    assert names(only(contacts_of(nlp, shared))) == {"Ann Diaz", "Omar Vale"}
    fronted = (
        "After the firm's lawyers shared with Senator Ruth Alden the audit, she called for "
        "hearings."
    )
    assert "Ruth Alden" in names(only(contacts_of(nlp, fronted)))
    assert contacts_of(nlp, "Ann Diaz shares many views with Omar Vale on trade.") == []
    assert contacts_of(nlp, "The two countries share a long border with Iran.") == []


def test_a_quote_before_its_writer_leaves_the_email_the_writers_and_sent(nlp: Any) -> None:
    """The parser makes the writer the subject of the participle in her description and hangs
    "wrote" on the quote: the email is still hers, and the quote's "will" does not make it
    planned."""
    text = "Omar Vale is a senator. ''He will call you on Monday,'' Ann Diaz, a Cuban-American"
    text += " then working for the Treasury Department, wrote in a June 2014 email to Omar Vale."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MESSAGE
    assert names(event) == {"Ann Diaz", "Omar Vale"}


def test_being_joined_by_a_person_is_a_meeting_but_joining_a_body_or_a_cause_is_not(
    nlp: Any,
) -> None:
    joined = "Mayor Ann Diaz was joined by Senator Paul Hart at the flood memorial on Friday."
    assert names(only(contacts_of(nlp, joined))) == {"Ann Diaz", "Paul Hart"}
    assert contacts_of(nlp, "Mayor Ann Diaz joined the Senate Budget Committee in 2014.") == []
    critic = "Ann Diaz praised the plan. Her husband, Tom Diaz, has joined her as a vocal critic."
    assert contacts_of(nlp, critic) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This year, Ann Diaz was joined by Paul Hart in the winners' circle.",
        "Ann Diaz joined Paul Hart in the ranks of billionaires.",
        "Ann Diaz joined Paul Hart in the race for the Senate last spring.",
    ],
)
def test_joining_someone_in_a_rank_or_a_race_is_taking_a_place_beside_them_not_a_meeting(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []
    met = "Ann Diaz joined Paul Hart in Iowa on Monday."
    assert names(only(contacts_of(nlp, met))) == {"Ann Diaz", "Paul Hart"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz lashed out at the nominee on Facebook, telling Paul Hart that words matter.",
        "On Twitter, Ann Diaz told Paul Hart to resign.",
        "In a Facebook post, Ann Diaz told Paul Hart that he should resign.",
    ],
)
def test_words_addressed_to_someone_on_a_public_platform_are_said_to_everyone(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


def test_a_private_message_on_a_platform_is_a_word_to_the_person(nlp: Any) -> None:
    text = "Ann Diaz told Paul Hart in a private message on Twitter that he should resign."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Paul Hart"}


def test_two_people_speaking_to_someone_with_one_voice_agree_and_talk_to_no_one(
    nlp: Any,
) -> None:
    text = "Ann Diaz and Paul Hart are speaking to Lena Ruud with one voice."
    assert contacts_of(nlp, text) == []
    assert names(only(contacts_of(nlp, "Ann Diaz spoke to Lena Ruud on Monday."))) == {
        "Ann Diaz",
        "Lena Ruud",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking on radio show Ann Diaz's Hour last week, Paul Hart said his band had new songs.",
        "Paul Hart spoke the language of partnership with Ann Diaz.",
    ],
)
def test_what_someone_speaks_is_never_the_one_they_speak_to(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []


def test_a_speech_to_an_organisation_is_a_contact_with_it(nlp: Any) -> None:
    gave = "Governor Mark Ebert gave a speech to the Farmers Union on May 11."
    assert names(only(contacts_of(nlp, gave))) == {"Mark Ebert", "Farmers Union"}
    delivered = "Mark Ebert toured the state. His next speech was delivered to the Farmers Union."
    assert names(only(contacts_of(nlp, delivered))) == {"Mark Ebert", "Farmers Union"}


def test_speeches_shared_out_one_by_one_are_one_contact_with_each_audience(nlp: Any) -> None:
    text = (
        "Mark Ebert delivered a pair of paid speeches in October — one to Exxon Mobil and "
        "another to the American Bankers Association, a lobby group — his filing shows."
    )
    told = contacts_of(nlp, text)
    assert each_parties(told) == [
        ["American Bankers Association", "Mark Ebert"],
        ["Exxon Mobil", "Mark Ebert"],
    ]
    meetings = "Ann Diaz held two meetings in May, one with Omar Vale and another with Ruth Alden."
    assert each_parties(contacts_of(nlp, meetings)) == [
        ["Ann Diaz", "Omar Vale"],
        ["Ann Diaz", "Ruth Alden"],
    ]


def test_an_audience_whose_name_opens_with_a_verb_is_still_the_audience(nlp: Any) -> None:
    text = "Ebert's commitments included a June 2 speech to Save the Children, a charity."
    assert names(only(contacts_of(nlp, text))) == {"Ebert", "Save the Children"}
    wanted = "Ann Diaz wanted to Help Our Veterans on Friday."
    assert contacts_of(nlp, wanted) == []


def test_the_city_an_organisation_is_based_in_is_neither_the_party_nor_its_name(
    nlp: Any,
) -> None:
    misread = (
        "Carter's next speech, on June 3, was delivered to the Abilene, Texas-based Hearts for "
        "Seniors at the same rate."
    )
    assert names(only(contacts_of(nlp, misread))) == {"Carter", "Hearts for Seniors"}
    spoke = "Carter spoke on June 3 to the Waco, Texas-based Books for Kids."
    assert names(only(contacts_of(nlp, spoke))) == {"Carter", "Books for Kids"}


def test_a_second_partner_gapped_after_a_non_party_is_still_a_contact(nlp: Any) -> None:
    text = "Ann Diaz spoke to reporters on May 1 and to Omar Vale on May 3."
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Omar Vale"}
    assert event.when is not None and event.when.iso() == "2016-05-03"


def test_a_short_restrictive_clause_naming_whom_a_group_backs_is_part_of_its_name(
    nlp: Any,
) -> None:
    text = "Omar Vale spoke after a meeting with Senate members who have backed Delmont."
    assert names(only(contacts_of(nlp, text))) == {
        "Omar Vale",
        "Senate members who have backed Delmont",
    }
    aside = "Omar Vale met with House aides, who had been stung by the leak."
    assert names(only(contacts_of(nlp, aside))) == {"Omar Vale", "House aides"}


def test_one_person_brought_in_by_an_indefinite_article_is_no_party(nlp: Any) -> None:
    grabbed = "The campaign said Ann Diaz was pushed by another man in the crowd."
    assert contacts_of(nlp, grabbed) == []
    met = "Omar Vale has been meeting with a man whose memoir attacks the senator."
    assert contacts_of(nlp, met) == []
    named = "Omar Vale has been meeting with a lawyer, Ruth Alden."
    assert names(only(contacts_of(nlp, named))) == {"Omar Vale", "Ruth Alden"}


def test_a_visit_to_a_candidate_s_headquarters_is_a_visit_to_their_campaign(nlp: Any) -> None:
    text = (
        "Ann Hart leads the polls, and the Hart campaign says it is winning. Tom Reyes said he "
        "visited Hart's Denver headquarters for a sit-down with an aide overseeing Ohio."
    )
    assert names(only(contacts_of(nlp, text))) == {"Tom Reyes", "Hart campaign"}
    no_campaign = "Ann Hart leads the polls. Tom Reyes said he visited Hart's Denver headquarters."
    assert contacts_of(nlp, no_campaign) == []


def test_the_people_a_group_is_said_to_include_took_part(nlp: Any) -> None:
    text = (
        "Judge Ann Diaz met with top Senate Democrats, including Paul Hart and Ruth Alden, "
        "on Thursday."
    )
    assert {"Ann Diaz", "Paul Hart", "Ruth Alden"} <= names(only(contacts_of(nlp, text)))


def test_a_trip_made_to_meet_someone_is_a_meeting_of_the_traveller(nlp: Any) -> None:
    went = "Governor Mark Ebert flew to Denver on Monday to meet with Omar Vale."
    assert names(only(contacts_of(nlp, went))) == {"Mark Ebert", "Omar Vale"}
    under_way = "Lena Ruud was traveling to Cairo to visit Omar Vale when the plane went down."
    assert contacts_of(nlp, under_way) == []


def test_the_partner_of_a_relative_clause_with_a_stranded_with_is_the_noun_it_describes(
    nlp: Any,
) -> None:
    text = "Omar Vale praised the Navy officers Ruth Alden has spoken with since May."
    assert names(only(contacts_of(nlp, text))) == {"Ruth Alden", "Navy officers"}
    # the parser hangs the quote on the bare "with"; the noun is the partner all the same
    quoted = 'Ruth Alden said the Russian diplomats she has spoken with "see no sign of a thaw."'
    assert names(only(contacts_of(nlp, quoted))) == {"Ruth Alden", "Russian diplomats"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ruth Alden said she took a single call that night from Pentagon headquarters.",
            "Pentagon headquarters",
        ),
        (
            "Omar Vale had several conversations with the Treasury Department press office.",
            "Treasury Department press office",
        ),
    ],
)
def test_an_office_named_after_an_organisation_is_a_party(nlp: Any, text: str, side: str) -> None:
    assert side in names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "In a March meeting with the editorial board of the Dayton Herald, Ann Diaz said the "
        "plant may close.",
        "Ann Diaz met with the Dayton Herald's editorial board on Monday.",
    ],
)
def test_a_meeting_with_a_newspapers_editorial_board_meets_the_board(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Dayton Herald editorial board"}


def test_a_surname_that_is_also_a_plural_noun_is_no_loose_crowd(nlp: Any) -> None:
    text = (
        "July 18 — Jeff Sessions and Omar Vale talk at an event.\n\n"
        "Sept. 8 — Sessions meets Vale in his Senate office."
    )
    meetings = [e for e in contacts_of(nlp, text) if e.kind is Relation.MEET]
    assert [names(e) for e in meetings] == [{"Jeff Sessions", "Omar Vale"}]


def test_a_decision_to_meet_someone_is_told_like_deciding_to(nlp: Any) -> None:
    text = "Ann Diaz defended her decision to meet with Ben Ortiz in May."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Ben Ortiz"}


def test_a_loose_crowd_is_no_party_to_a_contact(nlp: Any) -> None:
    joined = "Ann Diaz was joined by Senator Ben Ortiz, police officers and residents on Friday."
    assert names(only(contacts_of(nlp, joined))) == {"Ann Diaz", "Ben Ortiz"}
    assert contacts_of(nlp, "Ann Diaz went to Dayton on Friday to meet the victims.") == []
    assert contacts_of(nlp, "Ann Diaz met with police leaders in Dayton on Friday.") == []


def test_a_group_is_named_with_the_body_it_belongs_to(nlp: Any) -> None:
    text = "Governor Lena Ruud met with members of the Harbor Commission on Tuesday."
    assert names(only(contacts_of(nlp, text))) == {"Lena Ruud", "members of the Harbor Commission"}


def test_a_contact_coordinated_with_a_denial_is_not_under_it(nlp: Any) -> None:
    text = (
        "Paul Hart has denied that he was fired, and he and Ann Diaz still speak frequently, "
        "his aides said."
    )
    assert names(only(contacts_of(nlp, text))) == {"Paul Hart", "Ann Diaz"}


def test_the_two_men_are_the_last_two_people_named(nlp: Any) -> None:
    text = (
        "Omar Vale advised Paul Hart for a decade. Lena Ruud, a banker, funded Hart's party, "
        "and she introduced the two men."
    )
    assert names(only(contacts_of(nlp, text))) == {"Lena Ruud", "Paul Hart", "Omar Vale"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The longtime associates dined together in May.",
        "The old rivals met in Denver in May.",
        "The two allies spoke by phone in May.",
    ],
)
def test_the_pair_told_by_what_they_are_to_each_other_are_the_two_just_named(
    nlp: Any, sentence: str
) -> None:
    text = "Omar Vale and Paul Hart have known each other for years. " + sentence
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Paul Hart"}


def test_the_allies_after_three_people_named_are_no_pair_anyone_can_name(nlp: Any) -> None:
    text = "Omar Vale, Paul Hart and Ann Diaz signed the letter. The allies met in May."
    assert contacts_of(nlp, text) == []


def test_a_pair_who_have_spoken_with_no_one_else_named_spoke_with_each_other(nlp: Any) -> None:
    text = (
        "The talks were run by Omar Vale and Lena Ruud, a pair of diplomats who have spoken "
        "weekly since the summit."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}


def test_they_spoke_with_no_one_else_named_is_the_pair_just_named(nlp: Any) -> None:
    text = (
        "Omar Vale and Lena Ruud met in Geneva in March 2016. In May 2016 they spoke on the "
        "phone about the river treaty."
    )
    call = only([e for e in contacts_of(nlp, text) if e.kind is Relation.CALL])
    assert names(call) == {"Omar Vale", "Lena Ruud"}


def test_they_after_one_person_acts_on_another_is_that_pair(nlp: Any) -> None:
    text = (
        "The Harbor Party backed the port plan. Governor Omar Vale endorsed Lena Ruud on "
        "Tuesday, and they appeared together at a rally in Dover."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}


def test_their_meeting_after_one_person_acts_on_another_is_that_pairs(nlp: Any) -> None:
    text = "Governor Omar Vale praised Lena Ruud. Their meeting last week lasted an hour."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}
    three = "Governor Omar Vale praised Lena Ruud and Ben Ortiz. Their meeting lasted an hour."
    assert contacts_of(nlp, three) == []


def test_a_contact_noun_restating_the_talk_is_not_its_other_side(nlp: Any) -> None:
    text = (
        "Omar Vale and Lena Ruud spoke by phone on Friday, their first conversation since the "
        "election."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}


def test_they_after_a_group_reports_is_the_group_not_the_pair_before(nlp: Any) -> None:
    text = (
        "Governor Omar Vale praised Lena Ruud on Monday. Members of the Harbor Commission said "
        "they met on Friday."
    )
    assert contacts_of(nlp, text) == []


def test_the_two_as_a_subject_is_the_pair_just_named(nlp: Any) -> None:
    text = "Omar Vale praised Lena Ruud on Monday. The two met in Dover in July 2015."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}


def test_two_people_who_negotiated_together_were_in_contact(nlp: Any) -> None:
    text = (
        "Omar Vale was a banker then. In 2009, he and the developer Lena Ruud negotiated a "
        "deal to buy the pier."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Lena Ruud"}
    assert contacts_of(nlp, "In 2009, Omar Vale negotiated a deal to buy the pier.") == []


def test_a_partner_behind_a_preposition_coordinated_onto_another_takes_part(nlp: Any) -> None:
    text = (
        "In 2012, the lobbyist Omar Vale arranged meetings with Treasury officials on behalf "
        "of or with Lena Ruud."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Treasury officials", "Lena Ruud"}


def test_a_name_in_a_relative_clause_is_no_co_party_of_the_name_it_describes(nlp: Any) -> None:
    """The small model may hang the last name of "Vale, who is married to aide Lena Ruud,
    wrote to Paul Hart" on "Vale" as a conjunct, with no "and": the parse written out here."""
    rows = [
        ("Vale", "PROPN", "NNP", "nsubj", 12, "B-PERSON", "Vale"),
        (",", "PUNCT", ",", "punct", 0, "O", ","),
        ("who", "PRON", "WP", "nsubj", 3, "O", "who"),
        ("is", "AUX", "VBZ", "relcl", 0, "O", "be"),
        ("married", "ADJ", "JJ", "acomp", 3, "O", "married"),
        ("to", "PART", "TO", "aux", 6, "O", "to"),
        ("top", "VERB", "VB", "amod", 7, "O", "top"),
        ("aide", "NOUN", "NN", "compound", 9, "O", "aide"),
        ("Lena", "PROPN", "NNP", "compound", 9, "B-PERSON", "Lena"),
        ("Ruud", "PROPN", "NNP", "conj", 0, "I-PERSON", "Ruud"),
        (",", "PUNCT", ",", "punct", 0, "O", ","),
        ("allegedly", "ADV", "RB", "advmod", 12, "O", "allegedly"),
        ("wrote", "VERB", "VBD", "ROOT", 12, "O", "write"),
        ("to", "ADP", "IN", "prep", 12, "O", "to"),
        ("Paul", "PROPN", "NNP", "compound", 15, "B-PERSON", "Paul"),
        ("Hart", "PROPN", "NNP", "pobj", 13, "I-PERSON", "Hart"),
        (".", "PUNCT", ".", "punct", 12, "O", "."),
    ]
    words, pos, tags, deps, heads, ents, lemmas = (list(c) for c in zip(*rows, strict=True))
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[words[i + 1] not in (",", ".") for i in range(len(words) - 1)] + [False],
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        ents=ents,
        lemmas=lemmas,
    )
    article = Article(article_id(doc.text), doc.text, outlet="The Test Gazette")
    found = extract_events(doc, article, build_cast(doc, article), ANCHOR, PERIODS)
    assert [names(e) for e in found] == [{"Vale", "Paul Hart"}]


def test_contacts_counted_by_a_series_are_carried_by_the_series_verb(nlp: Any) -> None:
    text = "Governor Ann Diaz held a series of small roundtables with Dayton teachers in May."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Dayton teachers"}


def test_signing_a_treaty_is_a_contact_between_its_signers_but_signing_alone_is_not(
    nlp: Any,
) -> None:
    text = "In May, Presidents Lena Ruud and Omar Vale signed a treaty on river rights."
    assert names(only(contacts_of(nlp, text))) == {"Lena Ruud", "Omar Vale"}
    assert contacts_of(nlp, "President Lena Ruud signed the budget deal on Friday.") == []


def test_a_call_or_a_letter_from_a_person_is_a_contact_with_the_sender(nlp: Any) -> None:
    text = "Paul Hart said he took only one call that evening from Ann Diaz."
    assert names(only(contacts_of(nlp, text))) == {"Paul Hart", "Ann Diaz"}


def test_a_transcript_label_is_never_a_party(nlp: Any) -> None:
    text = (
        "Q: Have you talked to her lately?\n\nA: Not lately.\n\n"
        "Q: And Senator Hart?\n\nA: I spoke with Paul Hart by phone on Monday."
    )
    assert not any("Q" in names(e) for e in events_of(nlp, text))


BROADCAST = (
    "Governor Ann Diaz appeared on the program on Sunday.\n\n"
    "HOST: I sat down with Paul Hart last month. Governor, what do you make of his plan?\n\n"
    "DIAZ: When I took office, I went to the capital, and I met with Omar Vale at his office.\n\n"
    "We had lost thousands of jobs. I spoke to Lena Ruud about the budget in March.\n\n"
    "Diaz has opposed the plan since 2014. She met with Sam Okafor in May.\n\n"
    "HOST: Thank you, Governor."
)


def test_in_a_transcript_i_is_the_turns_speaker_until_the_next_label(nlp: Any) -> None:
    """A turn's "I" is its labelled speaker, in the labelled paragraph and the label-less ones
    that go on with it; the host's "I" is the host; the writer's paragraph between turns (it
    names the speaker) tells its contact as the outlet's own, and the interview's date dates
    none of the answer's contacts."""
    found = {frozenset(names(e)): e for e in contacts_of(nlp, BROADCAST)}
    vale = found[frozenset({"Ann Diaz", "Omar Vale"})]
    assert vale.assertion is Assertion.ADMITTED and vale.when is None
    assert found[frozenset({"Ann Diaz", "Lena Ruud"})].assertion is Assertion.ADMITTED
    assert found[frozenset({"Ann Diaz", "Sam Okafor"})].assertion is Assertion.REPORTED
    assert frozenset({"Ann Diaz", "Paul Hart"}) not in found


HEARING = (
    "Former envoy Ann Diaz testified before the committee on Tuesday.\n\n"
    "MR. OKAFOR: Did you ever meet with Omar Vale?\n\n"
    "MS. DIAZ: {answer}\n\n"
    "MR. OKAFOR: Thank you."
)


@pytest.mark.parametrize(("answer", "told"), [("I did, once.", True), ("No.", False)])
def test_in_a_hearing_the_member_asks_and_the_witness_answers(
    nlp: Any, answer: str, told: bool
) -> None:
    """A hearing's labels are names, not "Q:" and "A:": the "you" a member asks about is the
    witness who answers next, and only the witness's yes tells the contact."""
    found = [e for e in contacts_of(nlp, HEARING.format(answer=answer)) if "Ann Diaz" in names(e)]
    assert [names(e) for e in found] == ([{"Ann Diaz", "Omar Vale"}] if told else [])


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Diaz spoke on the program.\n\nHOST: And Ruritania?\n\n"
        "DIAZ: As a country, we have talked to Ruritania for years.\n\nHOST: Thank you.",
        '"As a country, we have talked to Ruritania for years," Governor Ann Diaz said.',
        '"We as a nation have negotiated with Ruritania for a decade," Governor Ann Diaz said.',
    ],
)
def test_a_we_that_speaks_for_the_country_is_not_the_speakers_own_contact(
    nlp: Any, text: str
) -> None:
    assert not any("Ann Diaz" in names(e) for e in contacts_of(nlp, text))


def test_i_in_a_transcript_introduced_after_a_quote_is_the_quoted_speaker(nlp: Any) -> None:
    text = (
        'On Tuesday in Dayton, Governor Ann Diaz said, "We are going all the way."\n\n'
        "Transcript as follows:\n\n"
        '"Tonight we arrived in Dayton. When I took office, I went to the capital, and I met '
        'with Omar Vale at his office.\n\n"We are now up thousands of jobs."'
    )
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Omar Vale"}
    assert event.assertion is Assertion.ADMITTED


def _interview(answer: str, question: str = "Have you talked to Omar Vale since the vote?") -> str:
    return (
        f"Q&A with Senator Ann Diaz.\n\nQ: {question}\n\nA: {answer}\n\n"
        "Q: And the budget?\n\nA: We will see."
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Yes.",
        "Yes, we spoke on the phone.",
        "I have, once.",
        "It's been about a month.",
        "It has been a week.",
    ],
)
def test_a_question_to_you_answered_yes_is_the_answerers_own_contact(nlp: Any, answer: str) -> None:
    event = only(contacts_of(nlp, _interview(answer)))
    assert names(event) == {"Ann Diaz", "Omar Vale"}
    assert event.assertion is Assertion.ADMITTED


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("No.", None),
        ("Of course not.", None),
        ("Yes, but never about the vote.", None),
        ("I don't recall.", None),
        ("We have work to do on the budget.", None),
        ("Yes, of course.", "Would you meet with Omar Vale?"),
        ("Yes.", "Did Lena Ruud talk to Omar Vale?"),
        ("Yes, it is doing well.", "Have you talked to Omar Vale? And the economy?"),
    ],
)
def test_a_question_alone_or_answered_otherwise_tells_no_contact_of_the_one_asked(
    nlp: Any, answer: str, question: str | None
) -> None:
    text = _interview(answer) if question is None else _interview(answer, question)
    assert not any("Ann Diaz" in names(e) and e.assertion.contact for e in events_of(nlp, text))


# -- told, on the air, at a debate ----------------------------------------------------------------


def test_telling_a_person_named_in_full_is_a_contact_with_them(nlp: Any) -> None:
    text = "Paul Hart told Senator Ann Diaz that the bill would pass."
    assert names(only(contacts_of(nlp, text))) == {"Paul Hart", "Ann Diaz"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz took the call on Dec. 29. Two days later, Hart told Diaz that the bill was dead.",
        "Paul Hart and Ann Diaz sat in the same committee. Hart told Diaz that the bill was dead.",
    ],
)
def test_telling_a_person_by_the_surname_the_story_named_in_full_is_a_contact(
    nlp: Any, text: str
) -> None:
    assert "Ann Diaz" in names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Hart told reporters that the bill would pass.",
        "Paul Hart told the Harbor Gazette that the bill would pass.",
        "Paul Hart told Ann Diaz of the Harbor Gazette that the bill would pass.",
    ],
)
def test_telling_reporters_an_outlet_or_a_journalist_for_it_is_no_contact(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


def test_a_guest_interviewed_on_a_hosts_show_did_not_meet_the_host(nlp: Any) -> None:
    text = "Paul Hart, who sat for an interview last week on Ann Diaz's show, praised the bill."
    assert contacts_of(nlp, text) == []


def test_calling_into_a_hosts_program_is_an_appearance_on_the_air_not_a_call(nlp: Any) -> None:
    assert contacts_of(nlp, "On Monday, Paul Hart called into Ann Diaz's program.") == []
    assert only(contacts_of(nlp, "On Monday, Paul Hart called Ann Diaz.")).kind is Relation.CALL


def test_a_question_about_why_a_call_was_made_takes_the_call_as_made(nlp: Any) -> None:
    asked_why = only(events_of(nlp, "Why had Paul Hart called Ann Diaz the night before?"))
    asked_whether = only(events_of(nlp, "Had Paul Hart called Ann Diaz the night before?"))
    assert asked_why.assertion.contact
    assert asked_whether.assertion is Assertion.HYPOTHETICAL


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz swung hard at Paul Hart in the opening round of the debate.",
        "Ann Diaz came under fire from Paul Hart during the first debate.",
        "Ann Diaz debated Paul Hart in Denver.",
    ],
)
def test_the_people_a_debate_puts_face_to_face_met(nlp: Any, sentence: str) -> None:
    event = only(contacts_of(nlp, sentence))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Paul Hart"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The debate between Ann Diaz and Paul Hart on Tuesday was heated.",
        "Ann Diaz's debate with Paul Hart in October was heated.",
        "The debates between Ann Diaz and Paul Hart in 2000 were heated.",
        "Ann Diaz's summit with Paul Hart in Geneva ended without a deal.",
        "Ann Diaz and Paul Hart held a summit in Geneva on Monday.",
    ],
)
def test_a_debate_or_summit_that_names_two_people_as_its_sides_is_their_meeting(
    nlp: Any, sentence: str
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Paul Hart"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The network aired the third debate on Monday night, a showdown between Senator Ann "
        "Diaz and Governor Paul Hart.",
        "Voters watched the debate, a clash between Ann Diaz and Paul Hart, on Monday.",
        "Ann Diaz and Paul Hart debated in Denver on Sunday night.",
        "Ann Diaz and Paul Hart debated for 90 minutes at Wexley University on Monday.",
    ],
)
def test_a_debate_restated_as_a_showdown_of_two_or_held_by_two_is_their_meeting(
    nlp: Any, sentence: str
) -> None:
    """The guide's debate of named people, whether a restating noun names its sides or the
    two people are the joined subject of "debated"."""
    event = only(contacts_of(nlp, sentence))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ann Diaz", "Paul Hart"})


@pytest.mark.parametrize(
    "sentence",
    [
        "On the debate stage Thursday, Ann Diaz accused Paul Hart of lying.",
        "Thursday's debate featured Ann Diaz and Paul Hart.",
        "Ann Diaz and Paul Hart shared the debate stage in Denver on Thursday.",
        "Ann Diaz shared a platform with Paul Hart on Thursday.",
    ],
)
def test_a_debates_stage_is_its_scene_and_people_on_one_stage_were_there(
    nlp: Any, sentence: str
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ann Diaz", "Paul Hart"})


@pytest.mark.parametrize(
    "sentence",
    [
        "The debate featured questions about taxes.",
        "The debate stage was built in Denver on Thursday.",
        "Democrats and Republicans shared the stage on Thursday.",
        "Ann Diaz and Paul Hart share a view on taxes.",
        "On the debate stage Thursday, Ann Diaz praised Paul Hart's approach to schools.",
    ],
)
def test_a_debate_featuring_no_one_or_a_stage_alone_meets_no_one(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The other candidates at the debate -- Ann Diaz, Paul Hart and Omar Vale -- hoped to "
        "revive their campaigns.",
        "The candidates at the debate, Ann Diaz, Paul Hart and Omar Vale, hoped to revive "
        "their campaigns.",
        "The candidates at the prime-time debate -- Ann Diaz, Paul Hart and Omar Vale -- hoped "
        "to revive their campaigns.",
    ],
)
def test_people_named_as_the_candidates_at_a_debate_met_there(nlp: Any, sentence: str) -> None:
    """A list of people at a debate: the debate took place, whatever they hope next."""
    event = only(contacts_of(nlp, sentence))
    assert names(event) == {"Ann Diaz", "Paul Hart", "Omar Vale"}
    assert event.assertion is Assertion.REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Senate Republicans and Democrats debated the bill for hours.",
        "Ann Diaz and Paul Hart have long debated whether the tax works.",
        "The candidates at the debate hoped to revive their campaigns.",
        "The candidates at the immigration debate -- Ann Diaz and Paul Hart -- gave speeches.",
        "Ann Diaz attacked Paul Hart on Friday.",
    ],
)
def test_bodies_debating_a_bill_unnamed_debaters_or_an_attack_alone_meet_no_one(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At the NATO summit in Brussels, Ann Diaz praised Paul Hart.",
        "Ann Diaz called for a summit on climate with Paul Hart's support.",
        "Ann Diaz attended the summit in Geneva.",
        "Paul Hart left the hall hours before the start of the debate between Ann Diaz and Omar "
        "Vale.",
        "We have just lived through the Diaz-Hart Debate Debate.",
    ],
)
def test_a_summit_with_no_two_people_as_its_sides_is_no_meeting_of_theirs(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz had a sit-down with Paul Hart on Tuesday.",
        "Ann Diaz's sit-down with Paul Hart lasted an hour.",
    ],
)
def test_a_sit_down_with_someone_is_a_meeting_though_the_hyphen_splits_it(
    nlp: Any, sentence: str
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ann Diaz", "Paul Hart"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz seemed to dismiss the issue in October, when she told Paul Hart at a debate "
        "that voters were tired of it.",
        "Ann Diaz also attacked Paul Hart, with whom she clashed at Saturday's debate over taxes.",
    ],
)
def test_a_debate_told_by_what_one_debater_did_to_the_other_is_one_meeting_of_both(
    nlp: Any, sentence: str
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ann Diaz", "Paul Hart"}


def test_people_a_crowd_of_debaters_attacked_at_a_debate_were_not_met_there(nlp: Any) -> None:
    text = (
        "The leading candidates for governor on Thursday lashed out at Mayor Ann Diaz and her "
        "likely successor, Paul Hart, in a debate that could end some of their campaigns."
    )
    assert contacts_of(nlp, text) == []


def test_a_contact_in_a_clause_that_only_times_a_denial_is_not_denied(nlp: Any) -> None:
    text = "Paul Hart denied any wrongdoing after he met Ann Diaz on Monday."
    assert names(only(contacts_of(nlp, text))) == {"Paul Hart", "Ann Diaz"}


def test_a_debate_is_the_scene_of_the_clause_an_open_complement_hangs_from(nlp: Any) -> None:
    text = (
        "Ann Diaz came under fire from Paul Hart over what he saw as unfair questions during "
        "the first debate."
    )
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Paul Hart"}


def test_a_debate_is_a_contact_of_its_own_beside_an_earlier_private_meeting(nlp: Any) -> None:
    text = (
        "Ann Diaz met with Paul Hart at his office on Tuesday. Ann Diaz later came under fire "
        "from Paul Hart during the first debate."
    )
    events = contacts_of(nlp, text)
    assert len(events) == 2
    assert all(names(e) == {"Ann Diaz", "Paul Hart"} for e in events)


def test_a_third_debater_joining_the_two_at_the_debate_is_one_debate_of_all_three(
    nlp: Any,
) -> None:
    text = (
        "DOVER - Ann Diaz pressed Paul Hart on taxes and schools at a debate on Sunday as she "
        "sought to regain her footing. Long-shot candidate Omar Vale joined Diaz and Hart for "
        "the debate sponsored by the Dover Herald."
    )
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ann Diaz", "Paul Hart", "Omar Vale"}
    assert len(event.evidence) == 2


def test_a_debate_told_without_its_people_is_not_a_retelling_of_a_meeting(nlp: Any) -> None:
    text = (
        "Ann Diaz met with Paul Hart at his office on Tuesday. "
        "The crowd cheered loudly at the debate."
    )
    event = only(contacts_of(nlp, text))
    assert [span.text for span in event.evidence] == [text.split(" The crowd")[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz will face Paul Hart at the next debate.",
        "Debates between Ann Diaz and Paul Hart have rarely touched on schools.",
        "Ann Diaz debated the bill with her staff.",
    ],
)
def test_a_debate_to_come_debates_in_general_or_a_debated_bill_meet_no_one(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


def test_someone_criticized_in_a_clause_set_beside_a_debate_was_not_met_there(
    nlp: Any,
) -> None:
    text = (
        "Even as Ann Diaz was criticizing Paul Hart, she came under fire from rivals over her "
        "answer during the debate."
    )
    assert contacts_of(nlp, text) == []
    timed = "Ann Diaz appeared rattled at the last debate when Paul Hart accused her of lying."
    assert names(only(contacts_of(nlp, timed))) == {"Ann Diaz", "Paul Hart"}


def test_someone_only_spoken_of_at_a_debate_was_not_there(nlp: Any) -> None:
    text = "During the Denver debate, Ann Diaz praised Paul Hart's approach to schools."
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz attacked Paul Hart on fealty to Omar Vale at the debate on Sunday.",
        "Ann Diaz prosecuted Sen. Paul Hart on issues from taxes to health care and fealty to "
        "Omar Vale at a debate Sunday.",
        "At the debate on Sunday, Ann Diaz clashed with Paul Hart over his ties to Omar Vale.",
        "At the debate on Sunday, Ann Diaz accused Paul Hart of being a puppet of Omar Vale.",
    ],
)
def test_someone_named_in_what_two_debaters_argued_over_was_not_at_the_debate(
    nlp: Any, sentence: str
) -> None:
    # the parser hangs "to Omar Vale" on the verb; it is the fealty's, not a listener
    assert names(only(contacts_of(nlp, sentence))) == {"Ann Diaz", "Paul Hart"}


def test_a_listener_after_a_place_or_the_phone_still_heard_the_speaker(nlp: Any) -> None:
    for sentence in (
        "Ann Diaz spoke on Capitol Hill to Paul Hart on Monday.",
        "Ann Diaz spoke on the phone to Paul Hart on Monday.",
    ):
        assert names(only(contacts_of(nlp, sentence))) == {"Ann Diaz", "Paul Hart"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Lena Ruud had been chatting with Ann Diaz online since January.", Relation.CONTACT),
        ("Paul Hart made the case to 20 union leaders that he had not sold them out.", None),
        ("As Paul Hart put it in a statement to my colleague Ann Diaz in July.", Relation.MESSAGE),
        ("The author Paul Hart was seen with Ann Diaz in Denver.", Relation.MEET),
    ],
)
def test_chatting_pleading_a_case_a_statement_to_someone_and_being_seen_together_are_contacts(
    nlp: Any, sentence: str, kind: Relation | None
) -> None:
    event = only(contacts_of(nlp, sentence))
    assert kind is None or event.kind is kind
    assert len(event.participants) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Hart made the case for a new bridge.",
        "In a statement to the Harbor Gazette, Paul Hart denied it.",
        "Paul Hart saw the results with dismay.",
    ],
)
def test_a_case_for_something_a_statement_to_an_outlet_and_seeing_things_are_no_contacts(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


def test_meeting_someone_twice_is_two_meetings(nlp: Any) -> None:
    twice = contacts_of(nlp, "Ann Diaz said she had met with Paul Hart twice.")
    once = contacts_of(nlp, "Ann Diaz said she had met with Paul Hart once.")
    assert [names(e) for e in twice] == [{"Ann Diaz", "Paul Hart"}] * 2
    assert len({e.id for e in twice}) == 2
    assert len(once) == 1


def test_addressing_people_is_a_contact_with_them_even_when_the_parse_strands_the_speaker(
    nlp: Any,
) -> None:
    text = (
        "Addressing about 100 committee members at the spring meeting, many of them wary of "
        "the candidate, the campaign chief, Paul Hart, bluntly said the tone would change."
    )
    event = only(contacts_of(nlp, text))
    assert "Paul Hart" in names(event)
    assert len(event.participants) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Hart, who had addressed the Democratic National Convention on Thursday, spoke up.",
        "Paul Hart addressed the issue of school funding on Monday.",
    ],
)
def test_addressing_an_occasion_or_a_topic_is_no_contact(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []


def test_contacts_said_to_be_with_someone_were_held_with_them(nlp: Any) -> None:
    counted = (
        "Of the 154 meetings Ruth Alden had with private individuals, 85 were with Harbor Fund "
        "donors."
    )
    assert names(only(contacts_of(nlp, counted))) == {"Ruth Alden", "Harbor Fund donors"}
    owned = "Half of Mayor Ann Diaz's meetings as mayor were with Harbor Fund donors."
    assert names(only(contacts_of(nlp, owned))) == {"Ann Diaz", "Harbor Fund donors"}
    first = "Governor Mark Ebert's first call as governor was with Omar Vale."
    assert names(only(contacts_of(nlp, first))) == {"Mark Ebert", "Omar Vale"}


def test_contacts_said_not_to_be_with_someone_were_not_held_with_them(nlp: Any) -> None:
    none = "None of the calls Governor Mark Ebert made that week were with Omar Vale."
    assert contacts_of(nlp, none) == []
    not_with = "Governor Mark Ebert's first call as governor was not with Omar Vale."
    assert contacts_of(nlp, not_with) == []


def test_talks_held_by_someone_with_a_countrys_leadership_are_with_that_leadership(
    nlp: Any,
) -> None:
    text = "The talks held by envoy Omar Vale with the Danish leadership in Aarhus were brief."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Danish leadership"}


def test_hoping_to_meet_someone_is_a_plan_not_a_contact(nlp: Any) -> None:
    text = "Governor Mark Ebert hopes to meet Omar Vale in Oslo next month."
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}


def test_a_meeting_said_not_to_be_something_still_took_place(nlp: Any) -> None:
    text = "Ann Diaz said her meeting with Omar Vale on Friday was not political."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}
    never = "The meeting between Ann Diaz and Omar Vale never happened."
    assert contacts_of(nlp, never) == []
    assert grades(nlp, never) == {Assertion.NEGATED}


@pytest.mark.parametrize(
    "text",
    [
        "The calls Mark Ebert made to Omar Vale were never disclosed.",
        "The talks between Ann Diaz and Omar Vale did not produce a deal.",
        "The meeting between Ann Diaz and Omar Vale was not reported at the time.",
    ],
)
def test_a_contact_whose_sequel_is_negated_still_took_place(nlp: Any, text: str) -> None:
    assert "Omar Vale" in names(only(contacts_of(nlp, text)))
    materialized = "The meeting between Ann Diaz and Omar Vale never materialized."
    assert grades(nlp, materialized) == {Assertion.NEGATED}


def test_the_owner_of_a_past_schedule_took_part_in_the_contacts_it_held(nlp: Any) -> None:
    held = (
        "Ann Diaz toured the state. "
        "Her remaining engagements included a speech to the Farmers Union."
    )
    assert names(only(contacts_of(nlp, held))) == {"Ann Diaz", "Farmers Union"}
    lunch = "Governor Mark Ebert's schedule included a lunch with Omar Vale on Friday."
    assert names(only(contacts_of(nlp, lunch))) == {"Mark Ebert", "Omar Vale"}
    to_come = "Governor Mark Ebert's schedule for Friday includes a meeting with Omar Vale."
    assert contacts_of(nlp, to_come) == []
    demanded = "Governor Mark Ebert's demands included talks with Omar Vale."
    assert contacts_of(nlp, demanded) == []


def test_a_verb_the_parser_ran_on_into_the_sentence_before_keeps_the_name_before_it(
    nlp: Any,
) -> None:
    """The small model reads "… in Dover, Del. Ann Diaz, the former head of Harbor Trust, also
    met Omar Vale" as one sentence, "met" conjoined to "settled" with no "and": the parse
    written out here is that misreading."""
    rows = [
        ("The", "DET", "DT", "det", 1, "O"),
        ("terms", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "AUX", "VBD", "auxpass", 3, "O"),
        ("settled", "VERB", "VBN", "ROOT", 3, "O"),
        ("in", "ADP", "IN", "prep", 3, "O"),
        ("Dover", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (",", "PUNCT", ",", "punct", 5, "O"),
        ("Del.", "PROPN", "NNP", "compound", 9, "B-PERSON"),
        ("Ann", "PROPN", "NNP", "compound", 9, "I-PERSON"),
        ("Diaz", "PROPN", "NNP", "appos", 5, "I-PERSON"),
        (",", "PUNCT", ",", "punct", 9, "O"),
        ("the", "DET", "DT", "det", 13, "O"),
        ("former", "ADJ", "JJ", "amod", 13, "O"),
        ("head", "NOUN", "NN", "appos", 9, "O"),
        ("of", "ADP", "IN", "prep", 13, "O"),
        ("Harbor", "PROPN", "NNP", "compound", 16, "B-ORG"),
        ("Trust", "PROPN", "NNP", "pobj", 14, "I-ORG"),
        (",", "PUNCT", ",", "punct", 5, "O"),
        ("also", "ADV", "RB", "advmod", 19, "O"),
        ("met", "VERB", "VBD", "conj", 3, "O"),
        ("Omar", "PROPN", "NNP", "compound", 21, "B-PERSON"),
        ("Vale", "PROPN", "NNP", "dobj", 19, "I-PERSON"),
        (".", "PUNCT", ".", "punct", 3, "O"),
    ]
    words, pos, tags, deps, heads, ents = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents)
    assert [t.text for t in subjects(doc[19])] == ["Diaz"]
    joined = nlp("Ann Diaz flew to Boise, met Omar Vale and left.")
    assert [t.text for t in subjects(joined[6])] == ["Diaz"]


def test_a_guest_at_someones_wedding_or_celebration_met_its_owner(nlp: Any) -> None:
    wedding = only(
        contacts_of(nlp, "Senator Ada Brill attended Mayor Otto Kern's wedding in 2009.")
    )
    assert wedding.kind is Relation.MEET
    assert names(wedding) == {"Ada Brill", "Otto Kern"}
    assert wedding.when is not None and wedding.when.iso() == "2009"
    party = only(
        contacts_of(
            nlp,
            "The banker Ivo Stast flew to Lisbon in 2013 to attend Mr. Kern's lavish 60th "
            "birthday celebration.",
        )
    )
    assert names(party) == {"Ivo Stast", "Kern"}
    # nobody attended, or nobody's: no contact
    assert contacts_of(nlp, "Mayor Otto Kern's wedding was held in June 2009.") == []
    assert (
        contacts_of(nlp, "Senator Ada Brill attended the celebration of the port's centenary.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill attended Mayor Otto Kern's rally in Dayton in 2009.",
        "Senator Ada Brill was in the ballroom for Mayor Otto Kern's announcement in 2009.",
        "Senator Ada Brill was at Mayor Otto Kern's inaugural gala in 2009.",
        "Senator Ada Brill attended a fundraiser organized by Mayor Otto Kern in 2009.",
        "In 2009 Senator Ada Brill attended Mayor Otto Kern's speech on trade.",
        "Senator Ada Brill spoke at Mayor Otto Kern's rally in Dayton in 2009.",
        "Senator Ada Brill showed up at Mayor Otto Kern's fundraiser in 2009.",
    ],
)
def test_a_guest_at_someones_rally_speech_or_fundraiser_met_its_owner(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ada Brill", "Otto Kern"})
    assert event.when is not None and event.when.iso() == "2009"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill wrote Mayor Otto Kern's speech on trade.",
        "Senator Ada Brill praised Mayor Otto Kern's rally in Dayton.",
        "Senator Ada Brill attended a fundraiser for Mayor Otto Kern.",
        "Mayor Otto Kern's rally was held in Dayton.",
        "Senator Ada Brill spoke about Mayor Otto Kern's rally in Dayton.",
        "Senator Ada Brill will speak at Mayor Otto Kern's rally next week.",
    ],
)
def test_someones_occasion_nobody_is_told_to_have_attended_is_no_contact(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump and House Speaker Ben Ortiz huddled for an hour on Monday.",
        "Donald Trump and House Speaker Ben Ortiz vowed to cooperate after a meeting Monday.",
    ],
)
def test_two_people_named_with_a_title_between_them_are_each_others_other_side(
    nlp: Any, text: str
) -> None:
    # the parser hangs "Donald Trump and" on the second name's title: still a pair
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Donald Trump", "Ben Ortiz"})


@pytest.mark.parametrize(
    ("answer", "contact"),
    [
        ('Vale said, "Yes, a few times."', True),
        ("Vale said yes.", True),
        ('Vale said, "No."', False),
    ],
)
def test_a_contact_asked_about_is_told_by_the_one_asked_when_he_says_yes(
    nlp: Any, answer: str, contact: bool
) -> None:
    text = f"Omar Vale spoke on Wednesday. Asked whether he had met Ivan Petrov, {answer}"
    assert bool(contacts_of(nlp, text)) is contact


def test_a_yes_to_whether_he_would_or_will_meet_someone_tells_no_meeting(nlp: Any) -> None:
    for asked in ("would meet", "will meet"):
        text = f'Omar Vale spoke. Asked whether he {asked} Ivan Petrov, Vale said, "Yes."'
        assert contacts_of(nlp, text) == []


def test_a_name_a_hard_wrapped_line_breaks_is_one_person_at_the_meeting(nlp: Any) -> None:
    text = "Yet Senator Ruth Calder met the ambassador, Sergey\nKislyak, twice in 2016."
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ruth Calder", "Sergey Kislyak"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Omar Vale and Ivan Petrov spoke with each other on Dec. 29.", Relation.CONTACT),
        ("Omar Vale and Ivan Petrov had been corresponding with each other.", Relation.MESSAGE),
        ("Omar Vale and Ivan Petrov talked to one another for an hour.", Relation.CONTACT),
    ],
)
def test_two_people_who_spoke_with_each_other_are_each_others_other_side(
    nlp: Any, text: str, kind: Relation
) -> None:
    # "each other" is no third party: the subjects are both sides
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (kind, {"Omar Vale", "Ivan Petrov"})


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill struck a deal with Mayor Otto Kern on the budget in 2009.",
        "In 2009 Senator Ada Brill worked out an accord with Senator Otto Kern on a farm bill.",
        "The compromise between Senator Ada Brill and Mayor Otto Kern was sealed in 2009.",
    ],
)
def test_a_bargain_struck_with_a_person_was_negotiated_with_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.CONTACT, {"Ada Brill", "Otto Kern"})


@pytest.mark.parametrize(
    "text",
    [
        "The Brill Company reached a deal with Facebook in May.",
        "Senator Ada Brill opposed the nuclear deal with Iran.",
        "Senator Ada Brill was in agreement with Mayor Otto Kern on schools.",
    ],
)
def test_a_companys_or_countrys_deal_or_a_shared_view_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ruud recalled the meeting between President Ben Ortiz and Omar Vale in Geneva.",
        "Lena Ruud recalled President Ben Ortiz's meeting with Omar Vale in Geneva.",
    ],
)
def test_one_who_recalls_a_meeting_named_as_others_was_not_at_it(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Ben Ortiz", "Omar Vale"}


def test_a_name_hung_as_a_compound_on_the_next_ones_title_is_still_a_side(nlp: Any) -> None:
    # the parse the small model gives "the meeting between Ortiz and Danish envoy Omar Vale"
    # inside a long sentence: "Ortiz" a compound of "Vale", carrying the "and"
    rows = [
        ("the", "DET", "DT", "det", 1, "O"),
        ("meeting", "NOUN", "NN", "ROOT", 1, "O"),
        ("between", "ADP", "IN", "prep", 1, "O"),
        ("Ortiz", "PROPN", "NNP", "compound", 8, "B-PERSON"),
        ("and", "CCONJ", "CC", "cc", 3, "O"),
        ("Danish", "ADJ", "JJ", "amod", 6, "B-NORP"),
        ("envoy", "NOUN", "NN", "conj", 3, "O"),
        ("Omar", "PROPN", "NNP", "compound", 8, "B-PERSON"),
        ("Vale", "PROPN", "NNP", "pobj", 2, "I-PERSON"),
    ]
    words, pos, tags, deps, heads, ents = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents)
    assert {t.text for t in _coordinated(doc[8])} == {"Vale", "Ortiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill and Mayor Otto Kern attended the rally in Dayton in 2009.",
        "The fundraiser was attended by Senator Ada Brill and Mayor Otto Kern in 2009.",
    ],
)
def test_two_people_attending_one_small_occasion_met_there(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ada Brill", "Otto Kern"})


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill and Mayor Otto Kern attended rallies in Ohio.",
        "Senator Ada Brill and Mayor Otto Kern attended the convention in Dayton.",
    ],
)
def test_attending_occasions_apart_or_a_crowd_of_thousands_is_no_meeting(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_whoever_attended_a_meal_with_someone_took_part_in_it(nlp: Any) -> None:
    lunch = only(contacts_of(nlp, "Senator Ada Brill attended a lunch with Mayor Otto Kern."))
    assert lunch.kind is Relation.MEET
    assert names(lunch) == {"Ada Brill", "Otto Kern"}


def test_acting_at_an_organisation_s_own_occasion_is_a_visit_to_the_organisation(
    nlp: Any,
) -> None:
    text = (
        "At the yearly convention of the National Dairy Council in Ohio on Tuesday, Ann Diaz "
        "used her speech to praise the farmers."
    )
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT
    assert names(event) == {"Ann Diaz", "National Dairy Council"}
    assert event.when is not None and event.when.iso() == "2017-02-14"


def test_speaking_to_an_organisation_s_occasion_is_speaking_to_the_organisation(
    nlp: Any,
) -> None:
    text = "Omar Vale addressed the annual meeting of the Ohio Farm Bureau on Friday."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Ohio Farm Bureau"}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brill told the Democratic National Convention that she was proud.",
        "Ada Brill told a news conference at the Wexley Institute that she was proud.",
        "Ada Brill told a crowd in Dayton that she was proud.",
    ],
)
def test_telling_a_partys_own_convention_the_press_or_a_crowd_visits_no_body(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ann Diaz met with dozens of senators on Tuesday.", "senators"),
        ("Ann Diaz met with a group of Republican governors in Ohio.", "Republican governors"),
        ("Ann Diaz met with a delegation of Chinese officials on Tuesday.", "Chinese officials"),
    ],
)
def test_a_count_of_people_met_is_the_people_counted(nlp: Any, text: str, party: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", party}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz met with a group of donors on Tuesday.",
        "Ann Diaz was greeted by thousands of Germans at the airport.",
    ],
)
def test_a_count_of_a_loose_crowd_is_no_party(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_an_occasion_of_unnamed_people_or_a_time_before_one_visits_no_body(nlp: Any) -> None:
    people = "At a gathering of dairy farmers on Monday, Ann Diaz praised the new rules."
    assert contacts_of(nlp, people) == []
    earlier = "Before the annual meeting of the Ohio Farm Bureau, Omar Vale toured a farm."
    assert contacts_of(nlp, earlier) == []


def test_a_clause_of_its_own_after_the_person_called_gives_them_no_name(nlp: Any) -> None:
    text = (
        "Ben Ortiz flew to Lima on Monday. “We had called him just before he boarded and "
        "everything was fine, he was happy to be going home,” his sister Lena Ortiz said."
    )
    call = only(contacts_of(nlp, text))
    assert call.kind is Relation.CALL
    assert names(call) == {"Ben Ortiz", "Lena Ortiz"}


def test_acting_at_a_meeting_of_ones_own_body_visits_no_one(nlp: Any) -> None:
    text = (
        "At a May meeting of the Ohio Farm Bureau, of which she is a member, Ann Diaz argued "
        "for lower fees."
    )
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Senator Ada Brill spoke at Wexley University on Tuesday.", "Wexley University"),
        ("Otto Kern spoke Tuesday at a convocation at Wexley University.", "Wexley University"),
        ("Mayor Ann Diaz appeared at a Harlow Foundation event on Tuesday.", "Harlow Foundation"),
    ],
)
def test_speaking_at_an_organisation_or_its_occasion_is_a_dated_visit_to_it(
    nlp: Any, text: str, host: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT
    assert host in names(event)
    assert event.when is not None and event.when.iso() == "2017-02-14"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Mayor Ann Diaz attended the Harlow Rotary Club gala on Tuesday.", "Harlow Rotary Club"),
        ("Otto Kern attended the annual meeting of the Ohio Farm Bureau on Tuesday.", "Bureau"),
    ],
)
def test_attending_an_organisation_s_occasion_is_a_dated_visit_to_it(
    nlp: Any, text: str, host: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT
    assert any(host in name for name in names(event))
    assert event.when is not None and event.when.iso() == "2017-02-14"


@pytest.mark.parametrize(
    "text",
    [
        "Otto Kern attended Wexley University in the 1980s.",  # studied there: no occasion
        "Otto Kern attended a hearing of the Senate Armed Services Committee on Tuesday.",
        "Otto Kern attended the Democratic National Convention in July.",  # an occasion by name
        # a person's events, which the tagger may take for an organisation's
        "Donald Trump spoke in Dayton. Ben Ortiz had attended four previous Trump events.",
    ],
)
def test_attending_a_school_a_hearing_or_a_named_occasion_visits_no_one(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_two_speakers_at_an_organisation_s_occasion_each_visit_it(nlp: Any) -> None:
    text = "Ada Brill and Otto Kern spoke at the Harlow Rotary Club convention on Tuesday."
    visits = contacts_of(nlp, text)
    assert each_parties(visits) == [
        ["Ada Brill", "Harlow Rotary Club"],
        ["Harlow Rotary Club", "Otto Kern"],
    ]
    assert all(e.kind is Relation.VISIT for e in visits)
    assert contacts_of(nlp, "Ada Brill and Otto Kern spoke at the convention on Tuesday.") == []


def test_a_pair_named_before_that_speaks_at_an_occasion_each_visit_its_host(nlp: Any) -> None:
    text = (
        "Ada Brill and Otto Kern were in Harlow on Saturday. Speaking at the Harlow Rotary "
        "Club's convention, the two candidates dialed down the rhetoric."
    )
    visits = contacts_of(nlp, text)
    assert each_parties(visits) == [
        ["Ada Brill", "Harlow Rotary Club"],
        ["Harlow Rotary Club", "Otto Kern"],
    ]
    reporters = (
        "Ada Brill and Otto Kern were in Kiev on Saturday. The two men spoke to reporters at "
        "the airport."
    )
    assert contacts_of(nlp, reporters) == []  # one side together; the other no one


def test_testimony_before_a_committee_is_a_meeting_with_the_committee(nlp: Any) -> None:
    text = "Ada Brill testified before the Senate Armed Services Committee on Tuesday."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ada Brill", "Senate Armed Services Committee"}


def test_testimony_before_a_committee_named_with_its_remit_is_a_meeting_with_it(
    nlp: Any,
) -> None:
    text = "Ada Brill testified before the Senate Select Committee on Intelligence on June 13."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Ada Brill", "Senate Select Committee on Intelligence"}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brill testified before the House intelligence committee on March 20.",
        "Ada Brill's testimony before the Senate Armed Services Committee was combative.",
        "Ada Brill gave testimony before the House Benghazi committee in October.",
    ],
)
def test_testimony_before_a_committee_written_in_lower_case_or_as_a_noun_is_a_meeting(
    nlp: Any, text: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert "Ada Brill" in names(event)
    assert any(name.lower().endswith("committee") for name in names(event))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brill spoke at the Harlow Arena on Monday.",  # a building hosts no one
        "Ada Brill spoke at the Democratic National Convention on Monday.",  # an occasion by name
        "Otto Kern spoke at Kern Tower on Monday.",  # his own
        "Otto Kern, appearing after Ada Brill at the CNN forum, praised the troops.",  # on the air
    ],
)
def test_speaking_at_a_venue_a_named_occasion_ones_own_or_the_air_visits_no_one(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ('"We will hold on," Mayor Ann Diaz said at a Harlow Rotary Club luncheon.', "Harlow"),
        ("Otto Kern said at a luncheon of the Dayton Rotary Club that taxes were high.", "Dayton"),
        ("Ada Brill argued at a forum hosted by the Wexley Institute that it fails.", "Wexley"),
        ("Later, in front of the Harlow Rotary Club, Otto Kern said the mayor erred.", "Harlow"),
        ("Senator Ada Brill spoke to the Ohio Teachers Union convention in Dayton.", "Ohio"),
        ("Senator Ada Brill addressed the Ohio Teachers Union convention in Dayton.", "Ohio"),
        ("Ada Brill told the Ohio Teachers Union convention that schools need help.", "Ohio"),
        ("Ada Brill assured a Harlow Rotary Club luncheon that taxes would fall.", "Harlow"),
    ],
)
def test_saying_something_at_or_to_an_organisations_occasion_is_a_visit_to_it(
    nlp: Any, text: str, host: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT
    assert any(name.startswith(host) and "convention" not in name for name in names(event))


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        (
            "Senator Ada Brill told Wexley College graduates on Sunday that work remained.",
            "Wexley College",
            Relation.VISIT,
        ),
        (
            "Omar Vale addressed the graduating class of Harlow University in May.",
            "Harlow University",
            Relation.VISIT,
        ),
        (
            "Ada Brill told Harlow University's class of 2014 that jobs would come.",
            "Harlow University",
            Relation.VISIT,
        ),
        (
            "Mayor Ann Diaz spoke to members of the Dayton Rotary Club on Friday.",
            "Dayton Rotary Club",
            Relation.VISIT,
        ),
        (
            "Otto Kern told the crowd at Wexley University that he would fight.",
            "Wexley University",
            Relation.VISIT,
        ),
        (
            "Otto Kern gave two paid speeches to employees of Brandt Partners in 2013.",
            "Brandt Partners",
            Relation.CONTACT,
        ),
        (
            "Otto Kern gave a speech to Brandt Partners employees in 2013.",
            "Brandt Partners",
            Relation.CONTACT,
        ),
        (
            "Otto Kern defended speeches he made to a group of Brandt Partners employees in 2013.",
            "Brandt Partners",
            Relation.CONTACT,
        ),
        (
            "Mayor Ann Diaz spoke to a crowd of Brandt Partners workers on Friday.",
            "Brandt Partners",
            Relation.VISIT,
        ),
    ],
)
def test_a_talk_to_an_organisations_own_people_is_a_visit_to_the_organisation(
    nlp: Any, text: str, body: str, kind: Relation
) -> None:
    events = contacts_of(nlp, text)  # "two paid speeches": two talks
    assert len(events) == (2 if "two" in text else 1)
    assert all(e.kind is kind and body in names(e) and len(names(e)) == 2 for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Otto Kern, the chief executive of Brandt Partners, told Brandt Partners employees on "
        "Friday that bonuses would fall.",
        "Otto Kern told Brandt Partners employees in a memo on Friday that bonuses would fall.",
        "Ada Brill told the crowd in Dayton that she would fight.",
        "Ada Brill told Fox News viewers on Sunday that she would win.",
        "Ada Brill told her campaign staff on Monday that the race was close.",
        "Ada Brill said at Harlow University that the deal was weak.",
    ],
)
def test_no_visit_from_words_to_ones_own_people_a_memo_a_crowd_or_a_place(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Otto Kern said at a news conference at the Wexley Institute that taxes were too high.",
        "Otto Kern said at Wexley University that taxes were too high.",  # where, not to whom
        "Ada Brill said at the Harlow Golf Club that she would run.",  # the club's grounds
    ],
)
def test_saying_something_at_a_press_event_or_a_place_visits_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_person_named_as_the_host_of_an_occasion_is_the_one_visited(nlp: Any) -> None:
    """The guide names an organisation only when no person is named: the host who leads the
    occasion is the other side; a person's own rally stays a meeting of host and guest."""
    led = "Ada Brill spoke to the Harlow Action Network conference led by the Rev. Omar Vale."
    assert names(only(contacts_of(nlp, led))) == {"Ada Brill", "Omar Vale"}
    rally = only(contacts_of(nlp, "Ada Brill attended a rally led by Omar Vale on Monday."))
    assert (rally.kind, names(rally)) == (Relation.MEET, {"Ada Brill", "Omar Vale"})


def test_a_body_named_network_that_is_no_outlet_holds_occasions_visited(nlp: Any) -> None:
    """ "Network" ends the names of advocacy bodies as often as of broadcasters: only beside
    another outlet word is the name an outlet's (whose appearances are on the air)."""
    spoke = "Senator Ada Brill spoke to the Harlow Action Network conference on Thursday."
    event = only(contacts_of(nlp, spoke))
    assert (event.kind, names(event)) == (Relation.VISIT, {"Ada Brill", "Harlow Action Network"})
    aired = "Senator Ada Brill spoke to the Harlow Broadcasting Network on Thursday."
    assert contacts_of(nlp, aired) == []


def test_a_speech_at_or_to_an_organisations_occasion_is_a_contact_with_it(nlp: Any) -> None:
    given = "Senator Ada Brill gave a speech at the Harlow Foundation on Monday."
    assert names(only(contacts_of(nlp, given))) == {"Ada Brill", "Harlow Foundation"}
    told = "Senator Ada Brill told the crowd at the Harlow Foundation gala that she would fight."
    assert names(only(contacts_of(nlp, told))) == {"Ada Brill", "Harlow Foundation"}
    caption = "Brill Speech at Harlow Foundation in Dayton (3/1/16) Watch on YouTube."
    assert contacts_of(nlp, caption) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Ada Brill delivered the commencement address at Wexley University in May.", "Wexley"),
        ("Ada Brill gave the keynote at the Harlow Foundation's annual conference.", "Harlow"),
        ("Ada Brill gave a lecture on trade at the Harlow Foundation on Monday.", "Harlow"),
        ("Ada Brill gave a speech to the Dayton Rotary Club on Monday.", "Dayton Rotary Club"),
    ],
)
def test_an_address_keynote_or_lecture_given_to_an_organisation_is_a_contact_with_it(
    nlp: Any, text: str, host: str
) -> None:
    assert any(host in name for name in names(only(contacts_of(nlp, text))))


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brill gave her inaugural address on Monday.",  # no audience
        "Ada Brill delivered an address to the nation on Monday.",  # the public
        "Ada Brill mailed the form to her home address on Monday.",
        "Ada Brill gave a lecture at the Harlow Arena on Monday.",  # a building hosts no one
    ],
)
def test_an_address_to_no_one_named_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_words_for_the_press_or_a_named_person_at_an_occasion_visit_no_host(nlp: Any) -> None:
    press = "Ada Brill told reporters at a Harlow Foundation event that she would fight."
    assert contacts_of(nlp, press) == []
    person = "Ada Brill told Otto Kern at the Harlow Foundation gala that she would fight."
    assert names(only(contacts_of(nlp, person))) == {"Ada Brill", "Otto Kern"}


def test_the_words_of_an_occasions_own_name_name_no_host(nlp: Any) -> None:
    text = "This week Ada Brill addressed the Ohio Women's Agenda Symposium."
    assert all("Ohio Women" not in names(e) for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "At a luncheon of the Dayton Rotary Club on Monday, Ada Brill unveiled her tax plan.",
        "Ada Brill unveiled her tax plan at a luncheon of the Dayton Rotary Club on Monday.",
        "During a forum hosted by the Harlow Foundation, Ada Brill praised the new trade pact.",
        "Ada Brill attacked Otto Kern at a rally sponsored by the Dayton Rotary Club.",
    ],
)
def test_acting_at_an_occasion_an_organisation_holds_is_a_visit_to_it(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.VISIT
    assert "Ada Brill" in names(event) and "Otto Kern" not in names(event)


@pytest.mark.parametrize(
    "text",
    [
        "Otto Kern mocked Ada Brill, who had given her own victory speech just before him.",
        "Ada Brill gave her victory speech shortly before Otto Kern on Tuesday.",
    ],
)
def test_a_speech_given_before_another_speaker_is_a_time_not_an_audience(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []
    heard = "Ada Brill gave a speech before the Senate Armed Services Committee on Tuesday."
    assert names(only(contacts_of(nlp, heard))) == {"Ada Brill", "Senate Armed Services Committee"}


def test_acting_at_an_occasion_a_person_hosts_is_meeting_the_host(nlp: Any) -> None:
    text = "At a fundraiser hosted by Otto Kern, Ada Brill promised to cut taxes."
    assert names(only(contacts_of(nlp, text))) == {"Ada Brill", "Otto Kern"}


@pytest.mark.parametrize(
    "text",
    [
        "After a dinner with Otto Kern, Ada Brill flew to Ohio.",
        "Ada Brill flew to Ohio after a dinner with Otto Kern.",
        "Following a lunch with Otto Kern, Ada Brill praised the speaker.",
    ],
)
def test_who_acts_after_a_meal_with_someone_shared_it_and_where_they_went_is_no_party(
    nlp: Any, text: str
) -> None:
    # the small model makes the name after the fronted phrase an apposition of the partner's
    assert names(only(contacts_of(nlp, text))) == {"Ada Brill", "Otto Kern"}


# -- what the guide does not count as a contact ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We are done with it," Senator Dana Whitlow told radio host Mark Ellery on Monday.',
        "Governor Lena Park said in an interview with the conservative host Tom Brandt that she "
        "would back the bill.",
        "Mayor Ross Delaney recently sat for an interview with Carla Menendez on the evening news.",
        "In a conversation with Channel News's Irene Holt, Mayor Ross Delaney talked about his "
        "childhood.",
    ],
)
def test_talking_to_the_press_is_an_interview_not_a_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_journalist_questioned_by_a_detective_is_still_met(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Detective Sam Ortiz interviewed reporter Ann Lowe on Friday."))
    assert names(event) == {"Sam Ortiz", "Ann Lowe"}


def test_calling_someone_out_phones_no_one(nlp: Any) -> None:
    text = "Senator Amy Castro used her speech on Tuesday to call out Governor Paul Rinaldi."
    assert contacts_of(nlp, text) == []


def test_a_meeting_with_ones_own_staff_is_no_contact(nlp: Any) -> None:
    text = "Governor Paul Rinaldi met with his staff on Tuesday to prepare the budget."
    assert contacts_of(nlp, text) == []


def test_a_goal_met_is_no_meeting(nlp: Any) -> None:
    text = "Only two rules allow entry, a threshold met only by Ann Lowe and Bob Crane."
    assert contacts_of(nlp, text) == []


def test_the_place_a_senator_is_from_is_not_who_spoke(nlp: Any) -> None:
    text = (
        "It was Senator Bob Crane of Vermont, who has spoken privately to Governor Paul Rinaldi "
        "about the bill, that broke the news."
    )
    assert names(only(contacts_of(nlp, text))) == {"Bob Crane", "Paul Rinaldi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ann Diaz called a snap election on Monday.",
        "The Harbor Initiative was called by Paul Hart's party to force a vote on the port.",
        "The hearing was called by Senator Paul Hart in May.",
    ],
)
def test_calling_a_vote_or_a_hearing_phones_no_one(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []
    phoned = "Ann Diaz was called by Paul Hart on Monday."
    assert names(only(contacts_of(nlp, phoned))) == {"Ann Diaz", "Paul Hart"}


def test_a_visit_to_a_memorial_has_no_host(nlp: Any) -> None:
    text = "Governor Paul Rinaldi visited the State Veterans Memorial on Tuesday to lay a wreath."
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "During his visit to Harbor Tower, Paul Rinaldi said he saw people of many races there.",
        "Paul Rinaldi paid a visit to the Grand Hotel on Monday.",
        "Paul Rinaldi toured the Wexley Stadium on Monday.",
    ],
)
def test_a_building_visited_is_a_place_not_a_party(nlp: Any, sentence: str) -> None:
    assert contacts_of(nlp, sentence) == []
    met = "Paul Rinaldi visited Ann Diaz at Harbor Tower on Monday."
    assert names(only(contacts_of(nlp, met))) == {"Paul Rinaldi", "Ann Diaz"}


@pytest.mark.parametrize(
    "text",
    [
        "In the latest batch of Paul Rinaldi emails released by the State Archive, the governor "
        "sounded tired.",
        "Not that anyone is arguing, since other Rinaldi emails combed through by the Harbor "
        "Ledger suggest that he put business first.",
    ],
)
def test_who_released_or_combed_through_emails_did_not_write_or_receive_them(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_who_after_a_persons_home_state_or_body_is_the_person(nlp: Any) -> None:
    text = (
        '"It matters," said Representative Jan Ortiz, a co-chairman of the Farm Caucus, who '
        "sent a letter to Governor Paul Rinaldi last week."
    )
    assert names(only(contacts_of(nlp, text))) == {"Jan Ortiz", "Paul Rinaldi"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Reyes and Governor Ann Lowe both spoke to the crowd of farmers on Friday.",
        "Ann Lowe and her husband, Tom, were greeted by an organizer at the field office.",
        "Mayor Tom Reyes and Governor Ann Lowe visited Ohio on Friday.",
    ],
)
def test_two_people_on_one_side_with_no_one_on_the_other_met_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The governor dispatched Tom Holt and Mary Arden to meet with farmers in Iowa.",
        "The senator sent Tom Holt and Mary Arden to talk with voters in Ohio.",
    ],
)
def test_envoys_sent_together_to_meet_no_one_named_met_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_people_persuaded_to_meet_each_other_still_met(nlp: Any) -> None:
    text = "The coach persuaded Tom Holt and Mary Arden to meet on Friday."
    assert names(only(contacts_of(nlp, text))) == {"Tom Holt", "Mary Arden"}


def test_two_people_who_met_each_other_still_met(nlp: Any) -> None:
    text = "Mayor Tom Reyes and Governor Ann Lowe met on Friday."
    assert names(only(contacts_of(nlp, text))) == {"Tom Reyes", "Ann Lowe"}


def test_two_people_who_spoke_by_phone_spoke_to_each_other(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Rosa Lind and Omar Vale spoke by phone in July, aides said."))
    assert names(event) == {"Rosa Lind", "Omar Vale"}


# -- new text: the contacts of randomly drawn articles -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rosa Lind called Governor Omar Vale an ''Uncle Tom.''",
        "The pastor has also called the Texas senator “the next Lincoln” – the Great Emancipator.",
        "At a rally on Monday, Omar Vale called Rosa Lind, his Democratic rival, a “co-founder.”",
    ],
)
def test_a_quoted_epithet_after_the_one_called_names_them_it_does_not_phone_them(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In a July interview with MSNBC, Senator Rosa Lind spoke warmly of the internment plan.",
        "''The anger is real,'' Rosa Lind told Dana Cole of CNN after the debate.",
        "''We will win,'' added her campaign manager Omar Vale, speaking to CNN after the rally.",
    ],
)
def test_a_network_named_bare_is_an_outlet_and_talking_to_it_is_an_interview(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rosa Lind is slated to address the Farm Bureau on Friday.",
        "Senator Rosa Lind is set to meet Governor Omar Vale on Friday.",
        "Three meetings were on tap for Rosa Lind: one with Omar Vale and one with Ann Cole.",
        "Talks between Rosa Lind and Omar Vale are on the agenda for Friday.",
    ],
)
def test_a_contact_lined_up_for_later_is_planned_not_held(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []
    assert Assertion.PLANNED in grades(nlp, text)


def test_a_meeting_that_set_something_off_was_held(nlp: Any) -> None:
    text = "The meeting between Rosa Lind and Omar Vale on Friday set off a row."
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "Omar Vale"}


def test_a_description_then_the_name_after_called_is_the_one_phoned(nlp: Any) -> None:
    text = (
        "On Friday night, Rosa Lind called a county delegate candidate, Ann Cole, and "
        "encouraged her to take the slot."
    )
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.CALL, {"Rosa Lind", "Ann Cole"})


@pytest.mark.parametrize(
    "text",
    [
        "For an hour on Friday, Senator Rosa Lind sat face to face with Governor Omar Vale.",
        "Rosa Lind met face-to-face with Omar Vale in his office on Friday.",
    ],
)
def test_sitting_face_to_face_with_someone_is_meeting_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Rosa Lind", "Omar Vale"})


def test_two_named_subjects_of_what_followed_a_meeting_are_the_ones_who_met(nlp: Any) -> None:
    text = (
        "CHICAGO (AP) — Senator Rosa Lind and House Speaker Omar Vale pledged to work together "
        "despite their differences after a meeting Thursday aimed at unifying the party."
    )
    event = only(contacts_of(nlp, text))
    assert names(event) == {"Rosa Lind", "Omar Vale"}
    assert event.when is not None and event.when.iso() == "2017-02-16"


def test_a_pledge_to_act_after_talks_still_ahead_leaves_the_talks_planned(nlp: Any) -> None:
    text = "Senator Rosa Lind vowed to resign after talks with Omar Vale next week."
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}


@pytest.mark.parametrize(
    "text",
    [
        "In conversations with donors, Senator Rosa Lind expressed alarm at the plan.",
        "Some advisers are urging Governor Omar Vale to make the payment on Tuesday.",
        "Rosa Lind added that some Democrats have called her to complain.",
    ],
)
def test_a_loose_crowd_is_no_party(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Governor Omar Vale met with the legislators in Albany on Monday.", "legislators"),
        ("Omar Vale met with finance ministers in Lima in May.", "finance ministers"),
        ("Governor Omar Vale phoned several governors on Monday.", "several governors"),
        ("Lawmakers met with Omar Vale in Lima in May.", "Lawmakers"),
    ],
)
def test_holders_of_a_public_office_are_a_party_however_loosely_counted(
    nlp: Any, text: str, party: str
) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", party}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale met with supporters in Lima in May.",
        "Omar Vale met with donors in Lima in May.",
        "Omar Vale met with union leaders in Lima in May.",
        "Governor Omar Vale met with two senators on Friday.",
    ],
)
def test_people_no_office_or_name_identifies_stay_a_loose_crowd(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Governor Omar Vale met with the rating agencies in New York.", "rating agencies"),
        ("Omar Vale negotiated with the teachers unions in May.", "teachers unions"),
        ("Omar Vale met with civil rights organizations in May.", "civil rights organizations"),
    ],
)
def test_organisations_a_common_noun_names_are_a_party(nlp: Any, text: str, party: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", party}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale visited local schools in May.",
        "Omar Vale met with several companies in May.",
        "Omar Vale met with groups in May.",
    ],
)
def test_premises_and_bare_organisations_are_no_party(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He called Omar Vale and Ann Diaz on Monday.",
        "Some Democrats wrote to Omar Vale and Ann Diaz on Monday.",
        "Omar Vale and Ann Diaz were called on Monday.",
    ],
)
def test_people_reached_by_someone_unknown_did_not_reach_one_another(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale was called by Ann Diaz on Monday.",
        "The aide met with Omar Vale and Ann Diaz on Monday.",
        "Omar Vale, who called Ann Diaz on Monday, resigned.",
    ],
)
def test_a_known_caller_or_a_shared_meeting_keeps_the_contact(nlp: Any, text: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Ann Diaz"}


def test_a_loose_crowd_listed_with_office_holders_stays_no_party(nlp: Any) -> None:
    text = "Senator Rosa Lind had lunch with donors and lawmakers on Friday."
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "lawmakers"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Ann Cole had breakfast with Rosa Lind and congressional leaders.",
            "congressional leaders",
        ),
        ("Omar Vale met with Democratic lawmakers and aides on Saturday.", "aides"),
    ],
)
def test_people_a_modifier_says_which_are_a_party(nlp: Any, text: str, party: str) -> None:
    assert party in names(only(contacts_of(nlp, text)))


def test_a_date_ending_a_relative_clause_is_no_part_of_a_groups_name(nlp: Any) -> None:
    text = (
        "Muslim groups criticised Senator Rosa Lind. The groups who wrote to her on Thursday "
        "say they are concerned."
    )
    assert all("Thursday" not in name for e in events_of(nlp, text) for name in names(e))


def test_a_caller_who_answers_in_a_quote_was_still_phoned(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Rosa Lind called Omar Vale, who said “no.”"))
    assert (event.kind, names(event)) == (Relation.CALL, {"Rosa Lind", "Omar Vale"})


@pytest.mark.parametrize(
    "text",
    [
        "At a heated press conference on Friday, the mayor Ann Cole urged Senator Omar Vale to "
        "apologize.",
        "In a speech on Monday, Rosa Lind urged Governor Omar Vale to resign.",
        "Rosa Lind publicly pressed Omar Vale to resign.",
    ],
)
def test_pressing_someone_in_public_is_pressure_through_the_press(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Lind urged Omar Vale to resign in a private call on Monday.",
        "Rosa Lind urged Omar Vale to resign in a letter.",
    ],
)
def test_pressing_someone_in_a_call_or_a_letter_is_a_contact(nlp: Any, text: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "Omar Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "One local woman, Ann Cole, pulled Senator Omar Vale aside after the event on Tuesday.",
        "Ann Cole pulled aside Omar Vale on Tuesday.",
    ],
)
def test_pulling_someone_aside_is_a_word_face_to_face(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ann Cole", "Omar Vale"})


def test_pulling_aside_a_thing_meets_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Ann Cole pulled aside the curtain on Tuesday.") == []


def test_a_noun_called_something_is_named_not_phoned(nlp: Any) -> None:
    text = (
        "The advocacy group Homes First is sponsoring a competition called the Open Door Prize, "
        "which Rosa Lind will judge."
    )
    assert contacts_of(nlp, text) == []


def test_a_conversation_with_a_networks_host_is_an_interview(nlp: Any) -> None:
    text = (
        "In a conversation with HuffPost Live’s Dana Cole about his new film, the actor Omar "
        "Vale discussed history."
    )
    assert contacts_of(nlp, text) == []


def test_who_after_a_named_persons_description_and_place_is_that_person(nlp: Any) -> None:
    text = (
        '"It is a cynical town," said Paul Hart, a real estate developer in Ohio, who '
        "introduced Omar Vale to Rosa Lind on Monday."
    )
    event = only(contacts_of(nlp, text))
    assert "Ohio" not in names(event)
    assert {"Paul Hart", "Omar Vale"} <= names(event)


def test_a_city_that_hosted_an_occasion_is_where_it_was_not_a_party(nlp: Any) -> None:
    text = "Delegates praised Cleveland, which hosted the Republican National Convention in July."
    assert contacts_of(nlp, text) == []


def test_she_in_a_clause_on_a_womans_visit_is_that_woman(nlp: Any) -> None:
    text = (
        "In Ann Cole’s speech to the club, she cited Rosa Lind’s September 2011 visit to the "
        "United Nations in which she and Lady Vale of the European Union used phones to discuss a "
        "deal."
    )
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "Lady Vale"}


def test_writing_a_law_writes_to_no_one(nlp: Any) -> None:
    text = "Rosa Lind says she helped write the Clean Water Act (CWA) in 2009."
    assert contacts_of(nlp, text) == []


def test_a_meeting_in_a_clause_of_time_in_the_present_is_still_to_come(nlp: Any) -> None:
    text = (
        "All signs point to Rosa Lind endorsing the plan on Thursday after she meets with "
        "Omar Vale in the governor's office."
    )
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}


@pytest.mark.parametrize(
    "text",
    [
        "He added that Rosa Lind is likely to put doubts about her health to rest when she "
        "appears alongside Omar Vale at the debates.",
        "Rosa Lind is expected to ease the doubts when she appears alongside Omar Vale at the "
        "debates.",
    ],
)
def test_a_debate_in_a_when_clause_in_the_present_is_still_to_come(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []
    assert grades(nlp, text) == {Assertion.PLANNED}


def test_a_host_titled_right_before_the_name_is_the_press(nlp: Any) -> None:
    text = "Senator Rosa Lind told co-host Dana Cole that she does not know the answer."
    assert contacts_of(nlp, text) == []


def test_a_gerund_under_an_infinitive_is_done_by_the_one_persuaded(nlp: Any) -> None:
    texts = [
        "Joe Brown, a pastor in Ames, was persuaded to back Ted Cruz after meeting Rafael Cruz,"
        " the senator's father.",
        "Joe Brown, who was persuaded to back Ted Cruz after meeting Rafael Cruz, now leads the"
        " effort.",
    ]
    for text in texts:
        assert names(only(contacts_of(nlp, text))) == {"Joe Brown", "Rafael Cruz"}


def test_the_purpose_of_a_trip_taken_is_a_contact_the_traveller_made(nlp: Any) -> None:
    text = (
        "Senator Dan Ortiz took a brief detour from the campaign trail on Wednesday to meet one"
        " on one at the White House with President Lena Hart."
    )
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Dan Ortiz", "Lena Hart"})


def test_campaigning_or_appearing_beside_a_named_person_is_a_meeting(nlp: Any) -> None:
    texts = [
        "Sen. Mara Quill campaigned with Governor Tom Reyes in Dayton on Monday.",
        "Former Vice President Al Brandt campaigned alongside Tom Reyes in Toledo last week.",
        "Mayor Ruth Okafor appeared with Tom Reyes at a rally in Akron on Tuesday.",
    ]
    for text in texts:
        assert only(contacts_of(nlp, text)).kind is Relation.MEET


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Mara Quill played golf with Governor Tom Reyes on Sunday.",
        "Sen. Mara Quill golfed with Governor Tom Reyes on Sunday.",
        "Sen. Mara Quill went hunting with Governor Tom Reyes last fall.",
        "Sen. Mara Quill vacationed with Governor Tom Reyes on Martha's Vineyard in 2012.",
    ],
)
def test_a_pastime_shared_with_a_named_person_is_a_meeting(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Mara Quill", "Tom Reyes"}


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Mara Quill played golf with donors on Sunday.",
        "Sen. Mara Quill played well with voters in Iowa.",
        "The ad played with Governor Tom Reyes's words.",
        "Sen. Mara Quill went fishing with her grandchildren.",
        "Sen. Mara Quill will play golf with Governor Tom Reyes on Sunday.",
    ],
)
def test_a_pastime_with_a_crowd_kin_or_words_or_still_ahead_is_no_meeting(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_running_into_a_named_person_is_a_meeting_but_into_trouble_is_not(nlp: Any) -> None:
    text = "Sen. Mara Quill ran into Governor Tom Reyes at the airport on Monday."
    assert names(only(contacts_of(nlp, text))) == {"Mara Quill", "Tom Reyes"}
    assert contacts_of(nlp, "Sen. Mara Quill ran into opposition from Tom Reyes.") == []
    assert contacts_of(nlp, "Sen. Mara Quill ran into reporters outside the hotel.") == []
    maybe = "Sen. Mara Quill could run into Governor Tom Reyes at the convention."
    assert contacts_of(nlp, maybe) == []


def test_campaigning_with_no_one_named_or_on_a_show_is_no_meeting(nlp: Any) -> None:
    texts = [
        "Governor Tom Reyes campaigned with a message of fiscal restraint across Ohio.",
        "Sen. Mara Quill rallied with supporters in Dayton on Sunday.",
        "Tom Reyes appeared with Sean Hannity on his Fox News program on Monday.",
        "Tom Reyes appeared with Sean Hannity on Fox News on Monday.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_looking_forward_to_campaigning_with_someone_is_a_plan(nlp: Any) -> None:
    text = "Sen. Mara Quill said she looks forward to campaigning with Tom Reyes in Ohio."
    assert grades(nlp, text) == {Assertion.PLANNED}


def test_idioms_of_contact_with_a_named_person(nlp: Any) -> None:
    cases = {
        "Aide Paul Drummond periodically checks in with Denis Ward on policy plans.": (
            Relation.CONTACT
        ),
        "Golfer Jack Nolan said he touched base with Ray Ali quite a few times after that.": (
            Relation.CONTACT
        ),
        "After the ceremony, professor Berhane Tesfa crossed paths with Senator Joe Lund.": (
            Relation.MEET
        ),
    }
    for text, kind in cases.items():
        assert only(events_of(nlp, text)).kind is kind


def test_the_same_words_without_a_partner_are_no_idiom_of_contact(nlp: Any) -> None:
    texts = [
        "Senator Joe Lund checked in at the hotel on Tuesday.",
        "Reince Wade crossed the border into Mexico with his aides.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_a_surname_the_tagger_misses_is_a_person_the_cast_knows(nlp: Any) -> None:
    texts = [
        "Gov. Chris Christie of New Jersey toured three diners on Sunday. Christie was joined"
        " Monday at a town hall meeting in Hudson by Buddy Valastro, a television baker.",
        "Gov. Dale Farris of Ohio spoke in Tulsa on Friday. Marta Stovall joined Farris at"
        " gatherings in bars and restaurants around the city.",
    ]
    for text in texts:
        assert only(contacts_of(nlp, text)).kind is Relation.MEET


def test_who_acts_at_a_meal_with_someone_met_them(nlp: Any) -> None:
    text = "At a dinner with Sheldon Marsh last week, Senator Rick Vale laid out his plan."
    assert names(only(contacts_of(nlp, text))) == {"Sheldon Marsh", "Rick Vale"}


def test_what_is_said_at_a_session_with_reporters_meets_no_one(nlp: Any) -> None:
    text = "Senator Rick Vale said at an impromptu question-and-answer session with reporters."
    assert contacts_of(nlp, text) == []


def test_a_surname_the_tagger_takes_for_a_place_is_a_person_the_cast_knows(nlp: Any) -> None:
    text = (
        "Senator Dale Farris spoke in Reno on Monday. Jane Harman, now director of a think tank,"
        " urged Farris last year not to close the prison."
    )
    assert names(only(contacts_of(nlp, text))) == {"Jane Harman", "Dale Farris"}


def test_a_memo_to_a_named_official_is_a_message(nlp: Any) -> None:
    text = "Patrick Kerr, the undersecretary, wrote in a memo to Inspector General Steve Linden."
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Patrick Kerr", "Steve Linden"})


def test_a_memo_or_note_to_staff_or_clients_is_no_message(nlp: Any) -> None:
    texts = [
        "In a memo to staff, campaign manager Robby Moss said the race was tightening.",
        "Analysts at Goldman Sachs wrote in a note to clients that the deal was likely.",
        "Senator Dana Pierce took note of the governor's remarks.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_a_perfect_participle_is_done_by_the_clause_subject_before_its_time(nlp: Any) -> None:
    texts = [
        "Having met with Senator Rick Vale on Monday, Governor Tom Reyes said he would not"
        " endorse him.",
        "Joe Biden will appear at events in Dayton next Thursday, having previously campaigned"
        " with Tom Reyes last week in Toledo.",
    ]
    for text in texts:
        event = only(events_of(nlp, text))
        assert event.kind is Relation.MEET and event.assertion.contact


def test_a_relative_pronoun_object_is_the_person_the_clause_describes(nlp: Any) -> None:
    text = "Senator Rick Vale, whom Governor Tom Reyes met in May, endorsed him on Friday."
    assert names(only(contacts_of(nlp, text))) == {"Rick Vale", "Tom Reyes"}


def test_a_letter_sent_to_or_received_from_a_person_is_a_message(nlp: Any) -> None:
    texts = [
        "Governor Tom Reyes sent Senator Rick Vale a letter on Thursday.",
        "Senator Rick Vale received a letter from Governor Tom Reyes on Thursday.",
    ]
    for text in texts:
        event = only(contacts_of(nlp, text))
        assert (event.kind, names(event)) == (Relation.MESSAGE, {"Rick Vale", "Tom Reyes"})


def test_briefing_or_lobbying_a_person_is_a_contact(nlp: Any) -> None:
    texts = [
        "FBI Director James Cole briefed Senator Rick Vale on the inquiry on Thursday.",
        "Sheldon Marsh lobbied Senator Rick Vale on the bill on Thursday.",
    ]
    for text in texts:
        assert only(contacts_of(nlp, text)).kind is Relation.CONTACT


def test_a_body_lobbied_or_reporters_briefed_is_no_contact(nlp: Any) -> None:
    texts = [
        "The group lobbied Congress for more funding.",
        "The spokesman briefed reporters on the plan.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_going_to_or_staying_at_a_named_persons_home_visits_them(nlp: Any) -> None:
    texts = [
        "Senator Rick Vale visited Tom Reyes's home in Palm Beach on Sunday.",
        "Senator Rick Vale went to Tom Reyes's house on Sunday.",
        "Senator Rick Vale stayed at the beach house of investor Tom Reyes in 2008.",
    ]
    for text in texts:
        event = only(contacts_of(nlp, text))
        assert (event.kind, names(event)) == (Relation.VISIT, {"Rick Vale", "Tom Reyes"})


def test_going_home_or_to_a_chamber_visits_no_one(nlp: Any) -> None:
    texts = [
        "Governor Tom Reyes returned to his home in Palm Beach.",
        "Speaker Paul Rand returned to the House on Monday.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_sitting_beside_or_spending_time_with_a_named_person_is_a_meeting(nlp: Any) -> None:
    texts = [
        "Senator Rick Vale sat with Governor Tom Reyes at the dinner on Thursday.",
        "Senator Rick Vale sat next to Governor Tom Reyes at the dinner on Thursday.",
        "Senator Rick Vale spent the afternoon with Governor Tom Reyes on Thursday.",
    ]
    for text in texts:
        assert names(only(contacts_of(nlp, text))) == {"Rick Vale", "Tom Reyes"}


def test_what_sits_well_with_someone_or_money_spent_with_a_firm_meets_no_one(nlp: Any) -> None:
    texts = [
        "The plan did not sit well with Governor Tom Reyes.",
        "The campaign spent millions with the firm of Tom Reyes.",
        "The decision sits with Governor Tom Reyes.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_the_place_a_letter_came_from_is_no_sender(nlp: Any) -> None:
    text = (
        "The letter, postmarked from Massachusetts, was sent to Eric Tamm's apartment in New"
        " York City."
    )
    assert contacts_of(nlp, text) == []


def test_an_appearance_on_a_hosts_program_is_on_the_air_not_a_contact(nlp: Any) -> None:
    texts = [
        "Hours after Hillary Clinton's appearance on Steve Harvey's program, protests broke out.",
        "Governor Tom Reyes made an appearance on Steve Harvey's show on Monday.",
    ]
    for text in texts:
        assert contacts_of(nlp, text) == []


def test_a_whole_class_of_people_urging_someone_presses_in_public(nlp: Any) -> None:
    text = "Fellow Republicans are urging Tom Reyes to make the second debate a game-changer."
    assert contacts_of(nlp, text) == []


def test_appearing_or_testifying_at_a_bodys_hearing_is_a_meeting_with_it(nlp: Any) -> None:
    texts = [
        "Dr. Mehmet Ozan appeared at a 2014 Senate hearing for his role in promoting diet pills.",
        "James Comer testified at a House Judiciary Committee hearing on Thursday.",
    ]
    for text in texts:
        assert only(contacts_of(nlp, text)).kind is Relation.MEET


def test_a_person_and_a_body_convening_together_met(nlp: Any) -> None:
    text = "Carla Fenn and the Hexacorp board convened at the office of the law firm on Friday."
    assert only(contacts_of(nlp, text)).kind is Relation.MEET
    assert contacts_of(nlp, "The committee convened at noon.") == []


def test_a_relative_pronoun_the_cast_reads_keeps_its_reading(nlp: Any) -> None:
    text = (
        "Jared Kuhn agreed to see Sergei Gorin, the chairman of the state bank Vneshbank, whom"
        " he met on Dec. 13."
    )
    assert all("Vneshbank" not in names(e) for e in contacts_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“I don’t know David Marsh. I don’t believe I’ve ever met him,” Omar Vale said on Sunday.",
        "Omar Vale said he does not think he spoke with Dana Pruitt in March.",
    ],
)
def test_a_contact_under_a_belief_denied_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.model
def test_not_remembering_why_a_meeting_was_held_takes_it_as_held(nlp: Any) -> None:
    text = "Omar Vale does not remember why he met Dana Pruitt in March."
    assert [e.assertion.contact for e in events_of(nlp, text)] == [True]


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Ann Diaz shakes hands with Paul Hart after the debate in Denver on Saturday.",
        "Ann Diaz shakes hands with Paul Hart after the debate in Denver, Saturday, Feb. 6. "
        "(AP Photo/Jo Reyes)",
        "Jo Reyes via Getty ImagesAnn Diaz shakes hands with Paul Hart after the debate.",
    ],
)
def test_a_handshake_told_only_in_a_photo_caption_is_kept_graded_and_is_no_contact(
    nlp: Any, caption: str
) -> None:
    text = f"Ann Diaz won the debate, polls showed.\n\n{caption}\n\nThe next debate is in May."
    event = only(events_of(nlp, text))
    assert "Paul Hart" in names(event)
    assert event.assertion is Assertion.CAPTION and not event.assertion.contact


def test_the_same_handshake_told_in_the_story_is_a_contact(nlp: Any) -> None:
    text = "Ann Diaz shook hands with Paul Hart after the debate in Denver on Saturday."
    assert only(events_of(nlp, text)).assertion is Assertion.REPORTED


def test_a_family_named_in_the_plural_is_each_member_the_article_names(nlp: Any) -> None:
    text = (
        "Rosa Lind lost the primary in 2008. Her husband, Carl Lind, stayed at her side. After "
        "the loss, the Linds decamped to the beach house of investor Omar Vale."
    )
    [event] = contacts_of(nlp, text)
    assert names(event) == {"Rosa Lind", "Carl Lind", "Omar Vale"}


def test_a_plural_surname_with_one_member_named_stays_unresolved(nlp: Any) -> None:
    text = "Rosa Lind lost the primary. Later the Linds met Omar Vale in Salem."
    assert all("Rosa Lind" not in names(e) or len(names(e)) > 1 for e in events_of(nlp, text))
    assert not any(names(e) == {"Rosa Lind", "Omar Vale"} for e in contacts_of(nlp, text))


@pytest.mark.parametrize("occasion", ["the convention", "a rally in Salem", "the memorial"])
def test_two_who_spoke_at_an_occasion_addressed_its_audience_not_each_other(
    nlp: Any, occasion: str
) -> None:
    assert contacts_of(nlp, f"Rosa Lind and Omar Vale spoke at {occasion} on Monday.") == []


def test_two_who_each_spoke_with_someone_at_an_event_each_met_that_someone(nlp: Any) -> None:
    text = "Rosa Lind and Omar Vale each spoke with Ambassador Ivan Petrov at an event."
    pairs = [["Ivan Petrov", "Omar Vale"], ["Ivan Petrov", "Rosa Lind"]]
    assert each_parties(contacts_of(nlp, text)) == pairs


def test_two_who_spoke_at_length_spoke_to_each_other(nlp: Any) -> None:
    [event] = contacts_of(nlp, "Rosa Lind and Omar Vale spoke at length on Monday.")
    assert names(event) == {"Rosa Lind", "Omar Vale"}


def test_senator_after_senator_joining_someone_names_no_one_who_met_them(nlp: Any) -> None:
    text = (
        "Rosa Lind questioned the bank's chief on Tuesday. Senator after senator from both "
        "parties joined Lind in the pile-on."
    )
    assert contacts_of(nlp, text) == []


def test_a_family_named_in_the_plural_is_one_side_and_alone_meets_no_one(nlp: Any) -> None:
    text = (
        "Rosa Lind and her husband, Carl Lind, thanked the diners. The Linds have visited the "
        "restaurant before."
    )
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz declared in a heated argument with Ben Ortiz that any deal would need secrecy.",
        "Ann Diaz had a testy exchange with Ben Ortiz on Tuesday.",
        "In one exchange between Ann Diaz and her chief of staff, Ben Ortiz, she asked for it.",
    ],
)
def test_an_argument_or_exchange_with_a_person_is_a_contact_with_them(
    nlp: Any, sentence: str
) -> None:
    assert names(only(contacts_of(nlp, sentence))) == {"Ann Diaz", "Ben Ortiz"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Diaz got the land in exchange for Ben Ortiz's support.",
        "Ann Diaz had a spat with the Harbor Ledger over its coverage.",
        "The old spat between Ann Diaz and Ben Ortiz over trucks flared up again in the papers.",
    ],
)
def test_a_trade_a_row_with_a_paper_or_a_feud_between_two_is_no_contact(
    nlp: Any, sentence: str
) -> None:
    assert contacts_of(nlp, sentence) == []


def test_a_letter_that_asks_for_something_was_sent(nlp: Any) -> None:
    text = "In a March letter to Governor Tom Reyes, Mayor Ann Diaz asked the state to pay."
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Ann Diaz", "Tom Reyes"})


def test_a_letter_asking_for_a_meeting_is_sent_and_the_meeting_is_not_held(nlp: Any) -> None:
    text = "Mayor Ann Diaz sent a letter to Governor Tom Reyes asking for a meeting."
    assert only(contacts_of(nlp, text)).kind is Relation.MESSAGE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mayor Ann Diaz's letter to Governor Tom Reyes asked for a meeting.", Relation.MESSAGE),
        ("Mayor Ann Diaz's talks with Governor Tom Reyes sought a truce.", Relation.CONTACT),
    ],
)
def test_a_contact_that_asked_or_sought_something_was_held(
    nlp: Any, text: str, kind: Relation
) -> None:
    event = only(contacts_of(nlp, text))
    assert event.kind is kind
    assert names(event) == {"Ann Diaz", "Tom Reyes"}


def test_a_contact_that_will_ask_or_is_sought_is_not_held(nlp: Any) -> None:
    ahead = "Mayor Ann Diaz's letter to Governor Tom Reyes will ask for a meeting."
    assert contacts_of(nlp, ahead) == []
    assert contacts_of(nlp, "A meeting with Governor Tom Reyes was sought by Ann Diaz.") == []


def test_meeting_the_president_one_seeks_to_succeed_is_meeting_the_sitting_president(
    nlp: Any,
) -> None:
    text = (
        "President Ann Holt spoke in Ohio on Monday. Republican presidential candidate Tom Reyes "
        "met on Wednesday at the White House with the woman he is seeking to succeed."
    )
    assert names(only(contacts_of(nlp, text))) == {"Ann Holt", "Tom Reyes"}


# -- grammatical classes told in other shapes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alden spent Thursday meeting with Mayor Omar Vale.",
        "Ruth Alden spent the morning taping interviews and meeting with Omar Vale.",
        "Ruth Alden spent Thursday on a tour of Dayton, shaking hands and meeting with Omar Vale.",
        "Ruth Alden spent much of the day meeting with Omar Vale.",
        "Ruth Alden spent the evening dining with Omar Vale.",
        "Ruth Alden spent Tuesday morning huddling with Omar Vale.",
    ],
)
def test_what_someone_spent_a_time_doing_with_a_person_is_a_contact(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ruth Alden", "Omar Vale"})


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden spent Thursday meeting voters in Dayton.",
        "Ruth Alden spent Thursday meeting with supporters and filming ads.",
        "Ruth Alden spent $2 million meeting the payroll.",
        "Ruth Alden spent the evening shopping with Omar Vale.",
        "Ruth Alden spent Wednesday preparing for a meeting.",
    ],
)
def test_time_spent_with_no_one_named_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_time_to_be_spent_with_a_person_is_planned(nlp: Any) -> None:
    text = "Ruth Alden will spend Friday meeting with Omar Vale."
    assert grades(nlp, text) == {Assertion.PLANNED}


def test_a_first_name_that_is_also_a_modal_does_not_make_a_told_contact_planned(
    nlp: Any,
) -> None:
    text = "Will Ortega described the encounter he had last week with Ruth Alden."
    event = only(contacts_of(nlp, text))
    assert "Ruth Alden" in names(event)
    assert grades(nlp, "Will Ortega meet Ruth Alden?") != {Assertion.REPORTED}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Senator Ruth Alden addressed the NAACP convention in July.", "NAACP"),
        ("Ruth Alden spoke at the NAACP convention in July.", "NAACP"),
        ("Ruth Alden spoke at the annual convention of the NAACP in July.", "NAACP"),
        ("Ruth Alden addressed the CPAC conference on Friday.", "CPAC"),
        ("Ruth Alden gave a speech to the AFL-CIO convention in July.", "AFL-CIO"),
    ],
)
def test_an_acronym_holding_an_occasion_is_the_organisation_spoken_to(
    nlp: Any, text: str, body: str
) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Ruth Alden", body}


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden criticized the NAACP convention in July.",
        "Ruth Alden spoke at the MSNBC forum in July.",  # on the air
    ],
)
def test_an_acronyms_occasion_not_spoken_at_or_on_the_air_is_no_contact(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Alden grilled Omar Vale, the bank's chief, at a Senate hearing on Tuesday.",
        "Sen. Ruth Alden grilled Omar Vale on Tuesday for his role in the fraud.",
        "Ruth Alden questioned Omar Vale for hours at the Banking Committee hearing.",
        "At the hearing, Ruth Alden pressed Omar Vale on the fake accounts.",
        "Ruth Alden pressed Omar Vale on the fees at the hearing.",
    ],
)
def test_a_person_questioned_face_to_face_at_a_hearing_was_met(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Ruth Alden", "Omar Vale"})


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden questioned whether Omar Vale was fit to serve.",
        "Ruth Alden questioned Omar Vale's judgment at the hearing.",
        "Ruth Alden pressed the issue at the hearing.",
        "Reporters grilled Omar Vale on the deal.",
        "Moderator Ruth Alden grilled Omar Vale on his taxes.",
        "Ruth Alden questioned Omar Vale about his taxes in an interview on Sunday.",
        "Ruth Alden pressed Omar Vale on Twitter to drop the fees.",
        "Ruth Alden pushed Omar Vale to the left.",
    ],
)
def test_questions_put_in_public_or_to_no_one_met_no_one(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Hal Mercer replied to Walter Lind in a letter on Friday.",
        "Hal Mercer responded to Walter Lind by email on Friday.",
        "Hal Mercer answered Walter Lind in an email on Friday.",
        "Hal Mercer wrote back to Walter Lind on Friday.",
    ],
)
def test_a_reply_sent_as_a_message_reaches_the_one_answered(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Hal Mercer", "Walter Lind"})


@pytest.mark.parametrize(
    "text",
    [
        "Hal Mercer replied that the fees were fair.",
        "Hal Mercer replied to the question on Friday.",
        "Hal Mercer responded to Walter Lind in a statement on Friday.",
        "Hal Mercer responded to Walter Lind in a tweet on Friday.",
        "Hal Mercer replied in a letter later that day.",
    ],
)
def test_a_reply_said_to_everyone_or_to_no_one_named_is_no_message(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Radio host Sean Ruiz hosted a town hall meeting with Senator Ruth Alden last week.",
        "Anchor Sean Ruiz moderated a town hall with Senator Ruth Alden on Monday.",
    ],
)
def test_a_town_hall_a_named_host_holds_with_a_guest_is_a_meeting(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Sean Ruiz", "Ruth Alden"})


@pytest.mark.parametrize(
    "text",
    [
        "Sean Ruiz hosted a fundraiser in Dayton on Monday.",
        "Ruth Alden held a town hall meeting with voters in Dayton.",
        "Sean Ruiz moderated the debate with skill.",
    ],
)
def test_a_hosted_occasion_with_no_named_guest_is_no_meeting(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_writing_a_piece_for_the_press_writes_to_no_one(nlp: Any) -> None:
    text = (
        "Columnist Will Ortega reignited his feud with Ruth Alden this week after writing a "
        "scathing op-ed that targeted the senator."
    )
    assert [e for e in events_of(nlp, text) if e.kind is Relation.MESSAGE] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden gave a speech at the Harlow Foundation's annual gala in May.",
        "Ruth Alden gave a speech to the NAACP convention in July.",
    ],
)
def test_a_speech_at_an_organisations_occasion_is_a_visit_to_it(nlp: Any, text: str) -> None:
    assert only(contacts_of(nlp, text)).kind is Relation.VISIT


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden begged Omar Vale to stay in the race.",
        "Governor Ruth Alden implored Omar Vale to sign the bill.",
        "Ruth Alden convinced Omar Vale to run for governor.",
        "Ruth Alden pleaded with Omar Vale to stay in the race.",
    ],
)
def test_begging_or_convincing_a_person_to_act_is_a_contact(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.CONTACT, {"Ruth Alden", "Omar Vale"})


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Alden begged voters to turn out.",
        "Ruth Alden pleaded guilty to fraud.",
        "Ruth Alden pleaded with Omar Vale in a speech to stay in the race.",
        "Ruth Alden convinced Omar Vale that the plan would work.",
        "Ruth Alden publicly begged Omar Vale to stay in the race.",
        "Ruth Alden begged Omar Vale on Twitter to stay in the race.",
        "Two speechwriters implored Omar Vale in a widely read column to bring it back.",
    ],
)
def test_begging_the_public_or_in_public_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_name_written_in_camel_case_is_still_written_to(nlp: Any) -> None:
    text = "Ruth Alden, the campaign's state director, reached out to kVotes last week."
    assert names(only(contacts_of(nlp, text))) == {"Ruth Alden", "kVotes"}


# -- contacts told through their occasion or their message (#15) --------------------------------


def test_a_bare_the_convention_lends_the_holder_named_before_to_who_spoke_there(nlp: Any) -> None:
    text = (
        "The Harbor Teachers Union's annual convention opened in Dayton on Sunday. "
        "Governor Tom Pratt spoke at the convention on Monday."
    )
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.VISIT, {"Tom Pratt", "Harbor Teachers Union"})


def test_a_bare_the_convention_after_a_partys_own_convention_visits_no_one(nlp: Any) -> None:
    text = (
        "Tom Pratt addressed the Republican National Convention on Monday. "
        "Alma Reyes spoke at the convention on Tuesday."
    )
    assert contacts_of(nlp, text) == []


def test_a_letter_to_one_party_from_another_is_a_message_between_them(nlp: Any) -> None:
    text = "A letter to Senator Alma Reyes from the Harbor Fund urged a delay."
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Alma Reyes", "Harbor Fund"})


@pytest.mark.parametrize(
    "text",
    [
        "The letter Alma Reyes sent Tom Pratt on Monday was short.",
        "Tom Pratt read aloud the note Alma Reyes sent him in May.",
    ],
)
def test_the_letter_one_sent_someone_is_a_message_to_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Alma Reyes", "Tom Pratt"})


def test_the_money_one_sent_a_fund_is_no_message(nlp: Any) -> None:
    assert contacts_of(nlp, "The money Alma Reyes sent the Harbor Fund was returned.") == []


@pytest.mark.parametrize(
    "text",
    [
        "During their phone call Tuesday, Barack Obama and Francois Hollande reaffirmed their "
        "commitment to the alliance.",
        # "their" is the pair's, not the government's named the sentence before
        "The Odegaard government says the talks are going well. During their phone call "
        "Tuesday, Lars Odegaard and Omar Vale reaffirmed their commitment to the pact.",
        "At a meeting on Tuesday, Alma Reyes and Tom Pratt agreed to a truce.",
    ],
)
def test_a_call_or_meeting_where_a_named_pair_acted_together_was_between_them(
    nlp: Any, text: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert len(names(event)) == 2 and event.when is not None


@pytest.mark.parametrize(
    "text",
    [
        "In a conference call on Tuesday, Alma Reyes and Tom Pratt said the campaign was strong.",
        "In a letter on Tuesday, Alma Reyes and Tom Pratt praised the governor's budget.",
    ],
)
def test_co_signers_and_a_pair_speaking_to_the_press_are_one_side(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes had coffee with Tom Pratt on Monday.",
        "Alma Reyes had drinks with Tom Pratt on Monday.",
        "Alma Reyes joined the meeting with Tom Pratt on Monday.",
    ],
)
def test_coffee_drinks_or_a_meeting_joined_with_someone_is_a_meeting(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Alma Reyes", "Tom Pratt"})


def test_a_call_joined_is_a_call_between_them(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Alma Reyes joined a conference call with Tom Pratt on Monday."))
    assert (event.kind, names(event)) == (Relation.CALL, {"Alma Reyes", "Tom Pratt"})


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes joined calls for Tom Pratt's resignation.",
        "Alma Reyes drank coffee with milk.",
        "Alma Reyes joined the debate over immigration.",
    ],
)
def test_a_call_for_action_coffee_alone_or_a_debate_joined_is_no_contact(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes fired off a letter to Tom Pratt on Monday.",
        "Alma Reyes dashed off an email to Tom Pratt on Monday.",
        "Alma Reyes mailed a letter to Tom Pratt on Monday.",
        "Alma Reyes faxed a memo to Tom Pratt on Monday.",
    ],
)
def test_a_letter_mailed_faxed_or_fired_off_to_someone_is_a_message(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Alma Reyes", "Tom Pratt"})


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes fired Tom Pratt on Monday.",
        "Alma Reyes fired off a round of tweets.",
        "Alma Reyes mailed a check to the Harbor Fund.",
        "The campaign mailed flyers to voters in Ohio.",
        "Alma Reyes dashed off to the airport.",
        # questions fired off to someone are spoken, not sent
        "At the rally, Alma Reyes started firing off questions to Tom Pratt about the budget.",
    ],
)
def test_firing_someone_money_mailed_or_flyers_to_voters_is_no_message(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes got together with Tom Pratt on Monday.",
        "Alma Reyes hung out with Tom Pratt on Monday.",
    ],
)
def test_getting_together_or_hanging_out_with_someone_is_a_meeting(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Alma Reyes", "Tom Pratt"})


def test_getting_together_a_team_meets_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes got together a team of lawyers.") == []


def test_dining_at_someones_home_is_a_visit_to_them(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Alma Reyes dined at Tom Pratt's home on Monday."))
    assert (event.kind, names(event)) == (Relation.VISIT, {"Alma Reyes", "Tom Pratt"})


def test_dining_at_a_restaurant_visits_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes dined at the Capital Grille on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes headlined the Harbor Fund gala on Monday.",
        "Alma Reyes keynoted the Harbor Fund convention on Monday.",
    ],
)
def test_headlining_an_organisations_occasion_is_a_visit_to_it(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.VISIT, {"Alma Reyes", "Harbor Fund"})


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes headlined the Republican National Convention on Monday.",
        "Alma Reyes headlined a Reyes campaign dinner on Monday.",
        "The Gazette headlined its story on Monday.",
    ],
)
def test_headlining_a_partys_convention_or_ones_own_dinner_visits_no_one(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A Harbor Fund lobbyist emailed Alma Reyes on Monday.", "Harbor Fund"),
        ("A White House official met with Tom Pratt on Monday.", "White House"),
    ],
)
def test_an_unnamed_member_of_a_named_organisation_stands_for_it(
    nlp: Any, text: str, body: str
) -> None:
    assert body in names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "A Fox News reporter called Alma Reyes on Monday.",
        "A campaign aide met with Tom Pratt on Monday.",
        # one spoken to is as often a source interviewed
        "Alma Reyes spoke to an FBI official on camera about the case.",
        "She said an FBI official she spoke to on camera confirmed the hack.",
    ],
)
def test_an_unnamed_reporter_aide_of_no_named_body_or_official_spoken_to_is_no_party(
    nlp: Any, text: str
) -> None:
    assert contacts_of(nlp, text) == []


def test_a_person_kissed_was_met(nlp: Any) -> None:
    event = only(contacts_of(nlp, "Alma Reyes kissed Tom Pratt on the cheek."))
    assert (event.kind, names(event)) == (Relation.MEET, {"Alma Reyes", "Tom Pratt"})


def test_a_ring_kissed_is_no_meeting(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes kissed the ring.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes had an audience with Pope Francis on Monday.",
        "Alma Reyes's handshake with Pope Francis made headlines.",
        "Alma Reyes had a tete-a-tete with Pope Francis on Monday.",
    ],
)
def test_an_audience_a_handshake_or_a_tete_a_tete_with_someone_is_a_meeting(
    nlp: Any, text: str
) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MEET, {"Alma Reyes", "Pope Francis"})


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes spoke to a large audience in Ohio.",
        "Alma Reyes won over the audience with a joke.",
        "Alma Reyes gave a firm handshake to everyone in the room.",
    ],
)
def test_an_audience_listening_or_a_handshake_for_all_is_no_meeting(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_meeting_behind_closed_doors_with_someone_is_with_them(nlp: Any) -> None:
    text = "Alma Reyes met behind closed doors with Tom Pratt on Monday."
    event = only(contacts_of(nlp, text))
    assert (names(event), event.place) == ({"Alma Reyes", "Tom Pratt"}, None)


def test_hiding_behind_a_door_with_ones_dog_meets_no_one(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes hid behind the door with her dog.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Alma Reyes passed a message to Tom Pratt on Monday.",
        "Alma Reyes relayed a message to Tom Pratt through an aide.",
    ],
)
def test_a_message_passed_or_relayed_to_someone_reaches_them(nlp: Any, text: str) -> None:
    event = only(contacts_of(nlp, text))
    assert (event.kind, names(event)) == (Relation.MESSAGE, {"Alma Reyes", "Tom Pratt"})


def test_a_message_passed_to_reporters_is_no_contact(nlp: Any) -> None:
    assert contacts_of(nlp, "Alma Reyes passed the message to reporters.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale and Ann Diaz signed the letter.",
        "Omar Vale, Paul Hart and Ann Diaz wrote a letter.",
    ],
)
def test_a_letter_its_writers_send_together_is_no_contact_between_them(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_writers_of_a_letter_to_someone_each_wrote_to_that_person(nlp: Any) -> None:
    text = "Omar Vale and Ann Diaz signed a letter to Anton Belov."
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Ann Diaz", "Anton Belov"}


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Sater invited Mr. Rowe to the forum in June, where he was to meet Anton Belov.",
        "Omar Vale was supposed to meet Anton Belov at the forum in June.",
    ],
)
def test_a_meeting_someone_was_to_have_is_planned_not_held(nlp: Any, text: str) -> None:
    # "was to meet" and "was supposed to meet" were told as meetings held
    assert contacts_of(nlp, text) == []
    assert Assertion.PLANNED in grades(nlp, text)


def test_an_email_from_one_person_to_another_is_a_message_between_them(nlp: Any) -> None:
    # the parser hangs "to Donald Trump Jr." on "from": the email had no addressee and was lost
    text = "An email from Rob Goldstone to Donald Trump Jr. offered help to the campaign."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MESSAGE
    assert names(event) == {"Rob Goldstone", "Donald Trump Jr."}


@pytest.mark.parametrize(
    "text",
    [
        "Before the trip, Omar Vale had told Anton Belov's Emirati contacts that he could help.",
        "Omar Vale reached the minister through his Russian contacts.",
    ],
)
def test_contacts_meaning_people_one_knows_are_no_contact(nlp: Any, text: str) -> None:
    # "Belov's Emirati contacts" made a contact between Belov and "Emirati"
    assert contacts_of(nlp, text) == []


def test_the_group_after_a_campaign_is_named_is_the_organisation_named_before(nlp: Any) -> None:
    # "the 2016 election campaign" counted as a crowd "the group" might be, so the messages
    # "the group" sent were with "group", not with the organisation
    text = (
        "Omar Vale corresponded privately with WikiLeaks during the final stretch of the 2016 "
        "election campaign. The exchanges began on Sept. 20, 2016, when the group sent Mr. Vale "
        "a direct message about a website."
    )
    sides = {frozenset(names(e)) for e in contacts_of(nlp, text)}
    assert sides == {frozenset({"Omar Vale", "WikiLeaks"})}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Owen Pryce met a Freedonian official in Oslo in July.", "Freedonian officials"),
        (
            "Owen Pryce spoke briefly with a Freedonian deputy minister in July.",
            "Freedonian officials",
        ),
    ],
)
def test_one_unnamed_official_of_a_nation_is_one_of_its_officials(
    nlp: Any, text: str, other: str
) -> None:
    # the contact had no other side and was lost: a denial of "any Freedonian officials" could
    # never meet it
    assert names(only(contacts_of(nlp, text))) == {"Owen Pryce", other}


def test_an_unnamed_lawyer_of_a_nation_is_no_official(nlp: Any) -> None:
    # guard: "a Freedonian lawyer" is not one of the nation's officials
    assert contacts_of(nlp, "Owen Pryce met a Freedonian lawyer in Oslo in July.") == []


def test_a_possessive_after_a_wire_dateline_is_the_datelined_subjects(nlp: Any) -> None:
    # the parser hangs the name on "WASHINGTON (Reuters)": "his conversations" went to the
    # president named in the subject's description
    text = (
        "WASHINGTON (Reuters) - Michael Flynn, President Donald Trump's former national "
        "security adviser, pleaded guilty on Friday to lying to the FBI about his conversations "
        "with Russia's ambassador during the transition."
    )
    [event] = contacts_of(nlp, text)
    assert "Michael Flynn" in names(event) and "Donald Trump" not in names(event)


def test_a_call_returned_two_days_later_is_a_second_call_then(nlp: Any) -> None:
    # "called him back" read "back" as a name given: the returned call was no call
    text = (
        "Omar Vale called Anton Belov, the ambassador, on Dec. 29, 2016, and made the request. "
        "The ambassador called him back two days later to say that his government would wait."
    )
    calls = sorted(e.when.iso() for e in contacts_of(nlp, text) if e.when is not None)
    assert calls == ["2016-12-29", "2016-12-31"]


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pryce spoke briefly with Anton Belov at the convention in July.",
        "Owen Pryce spoke briefly with Anton Belov during a trip to Oslo in July.",
        "Owen Pryce exchanged greetings with Anton Belov after a speech at the hotel in July.",
        "Owen Pryce exchanged pleasantries with Anton Belov at the reception in July.",
        "Owen Pryce held talks with Anton Belov in Geneva in July.",
    ],
)
def test_talk_told_where_both_were_is_a_meeting(nlp: Any, text: str) -> None:
    # told without a medium, it was a contact, never held against a denied meeting
    assert only(contacts_of(nlp, text)).kind is Relation.MEET


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pryce spoke with Anton Belov in July.",
        "Owen Pryce spoke with Anton Belov in Oslo.",
        "Owen Pryce and Anton Belov exchanged New Year greetings on Sunday.",
        "Owen Pryce held talks with Anton Belov in July.",
    ],
)
def test_talk_told_without_where_it_was_keeps_its_medium_open(nlp: Any, text: str) -> None:
    # guard: "spoke with" alone may be by phone, and a city the parser hangs on the partner
    # may say where the partner was
    assert only(contacts_of(nlp, text)).kind is Relation.CONTACT


def test_a_partys_crowd_of_officials_is_no_nations_official(nlp: Any) -> None:
    # guard: "a dozen other Democratic senators" are neither one official nor a nation's
    text = "Owen Pryce, who has spoken privately to a dozen other Democratic senators, agreed."
    assert all("Democratic officials" not in names(e) for e in events_of(nlp, text))


def test_a_meeting_wrapped_up_with_someone_was_held_with_them(nlp: Any) -> None:
    # wire copy: "wrapped up a three hour meeting with X" told no contact
    text = "Lena Varga wrapped up a three-hour meeting with Anton Belov in Oslo on Sunday."
    event = only(contacts_of(nlp, text))
    assert event.kind is Relation.MEET
    assert names(event) == {"Lena Varga", "Anton Belov"}


def test_the_company_is_the_business_just_named_by_its_corporate_name(nlp: Any) -> None:
    # "Westinghouse Electric Corp. … The company is negotiating with the Soviets" named no one
    text = (
        "Harlan Electric Corp. expects its foreign sales to grow. The company is negotiating "
        "with Anton Belov to build a plant in Oslo."
    )
    assert names(only(contacts_of(nlp, text))) == {"Harlan Electric Corp.", "Anton Belov"}


@pytest.mark.parametrize(
    "text",
    [
        "Meantime, the possibility of a meeting between Lena Varga and Anton Belov reemerged.",
        "The prospect of talks between Lena Varga and Anton Belov faded on Friday.",
        "Lena Varga said in a letter that she wants Anton Belov to meet with her son in Oslo.",
    ],
)
def test_a_meeting_only_possible_or_wished_for_is_no_contact(nlp: Any, text: str) -> None:
    # wire copy: each was a contact held, dated by the day the talk of it was reported
    assert not contacts_of(nlp, text)
    assert any(e.assertion is Assertion.PLANNED for e in events_of(nlp, text))


def test_telling_a_person_styled_by_office_is_a_contact_with_them(nlp: Any) -> None:
    # wire copy names a president once, by his office and surname: no contact was read
    text = "In early 1997, President Anton Belov told President Varga he could live with it."
    assert names(only(contacts_of(nlp, text))) == {"Anton Belov", "Varga"}


@pytest.mark.parametrize(
    "text",
    [
        "Anton Belov told Fox host Hannity that the talks were over.",
        "Anton Belov told reporters that the talks were over.",
    ],
)
def test_telling_a_host_or_reporters_is_still_no_contact(nlp: Any, text: str) -> None:
    # guard: an interview is the statement's record, not a contact
    assert not contacts_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Lawyers for Mr. Hale met with Robert Mueller on Monday.", "Lawyers for Mr. Hale"),
        ("Aides to Mr. Hale met with Robert Mueller on Monday.", "Aides to Mr. Hale"),
    ],
)
def test_people_acting_for_someone_are_a_party_but_not_he(nlp: Any, text: str, side: str) -> None:
    # "Lawyers for …" was a loose crowd (no contact at all), or, opening the sentence in
    # capitals, read as Mr. Hale's own title: his lawyers' meeting was his
    assert names(only(contacts_of(nlp, f"Tom Hale ran the firm. {text}"))) == {
        side,
        "Robert Mueller",
    }


def test_a_crowd_for_someone_is_still_no_party(nlp: Any) -> None:
    # guard: people who only side with someone are not identified by it
    assert not contacts_of(nlp, "Protesters for Mr. Hale met with Robert Mueller on Monday.")


def test_a_meeting_told_as_held_again_is_another_meeting_of_the_same_people(nlp: Any) -> None:
    # the undated repeat joined the meeting told before, taking its day
    text = "Ann Diaz met with Omar Vale on Tuesday. Later, Diaz met with Vale again."
    meetings = [e for e in events_of(nlp, text) if e.assertion.contact]
    assert sorted(e.when.iso() if e.when else "" for e in meetings) == ["", "2017-02-14"]
    assert all(names(e) == {"Ann Diaz", "Omar Vale"} for e in meetings)


@pytest.mark.parametrize(
    "second",
    [
        "The second meeting was a brief encounter in Vale's office in September.",
        "The other was a brief encounter in Vale's office in September.",
    ],
)
def test_the_counted_meetings_told_one_by_one_are_those_meetings(nlp: Any, second: str) -> None:
    # "the first meeting" joined the last of the two counted, and "the second" made a third
    text = (
        "Ann Diaz met Omar Vale twice in 2016. The first meeting was in July at the party "
        f"convention. {second}"
    )
    meetings = [e for e in events_of(nlp, text) if e.assertion.contact]
    assert sorted(e.when.iso() for e in meetings if e.when) == ["2016-07", "2016-09"]
    assert len(meetings) == 2


def test_telling_him_at_a_hotel_is_a_meeting_with_the_man_named_before(nlp: Any) -> None:
    # a listener had to be named: "told him" was no contact at all
    text = (
        "Anton Belov met Owen Pryce in London in March 2016. In April, Mr. Belov told him at a "
        "London hotel that the documents existed."
    )
    april = [e for e in contacts_of(nlp, text) if e.when and e.when.iso() == "2016-04"]
    assert [(e.kind, names(e)) for e in april] == [(Relation.MEET, {"Anton Belov", "Owen Pryce"})]


def test_telling_reporters_at_a_hotel_is_still_no_contact(nlp: Any) -> None:
    # guard: a listener who is no one named is no other side
    text = "Anton Belov told reporters at a London hotel that the documents existed."
    assert contacts_of(nlp, text) == []


def test_a_time_that_says_which_thing_is_meant_is_not_the_storys_time(nlp: Any) -> None:
    # "the upheavals of the 1960s" set the story's time, and dated the meeting after it
    text = (
        "Angered by the cultural upheavals of the 1960s, Ruth Kale led campaigns against the "
        "treaty. She met Ann Diaz at a conference in Indiana."
    )
    [meeting] = contacts_of(nlp, text)
    assert meeting.when is None


def test_a_published_letter_from_one_to_another_is_their_message(nlp: Any) -> None:
    # the parser hangs "from X to Y" on "published": the letter had no sender or addressee
    text = "The paper published a letter from Ann Diaz to Omar Vale on Thursday."
    [letter] = contacts_of(nlp, text)
    assert letter.kind is Relation.MESSAGE and names(letter) == {"Ann Diaz", "Omar Vale"}


def test_a_letter_obtained_from_someone_is_no_message_of_theirs(nlp: Any) -> None:
    # guard: "from" alone after the noun may be where the letter was obtained
    assert contacts_of(nlp, "The FBI obtained a letter from Ann Diaz on Thursday.") == []


def test_a_meeting_at_a_convention_the_casebook_dates_takes_its_days(nlp: Any) -> None:
    text = (
        "A few weeks earlier, Rep. Bobby Scott was speaking to the Virginia delegation at the "
        "Democratic National Convention when Gov. Terry McAuliffe walked in the room."
    )
    convention = FuzzyDate.parse("2016-07-25..2016-07-28")
    periods = {**PERIODS, "Democratic National Convention": convention}
    (meeting,) = events_of(nlp, text, date(2016, 9, 8), periods)
    assert "Bobby Scott" in names(meeting)
    assert meeting.when is not None and meeting.when.iso() == "2016-07-25..2016-07-28"


def test_a_meeting_where_nothing_was_proposed_was_still_held(nlp: Any) -> None:
    text = "Omar Vale did not propose anything to Mayor Ann Diaz during the meeting."
    (meeting,) = events_of(nlp, text)
    assert names(meeting) == {"Omar Vale", "Ann Diaz"}
    assert meeting.assertion.contact


def test_something_put_to_a_crowd_at_a_meeting_is_no_meeting_with_it(nlp: Any) -> None:
    text = "Mayor Ann Diaz explained the policy to reporters during a meeting at City Hall."
    assert not any("reporters" in names(e) for e in events_of(nlp, text))


def test_never_knowingly_speaking_to_someone_is_no_admitted_contact(nlp: Any) -> None:
    text = 'Omar Vale said he "never knowingly" spoke to Anton Belov.'
    assert not [e for e in events_of(nlp, text) if e.assertion.contact]


def test_whom_one_met_someone_alongside_took_part_too(nlp: Any) -> None:
    text = "Mayor Ann Diaz met Omar Vale at City Hall alongside Lena Ruud on Friday."
    (meeting,) = events_of(nlp, text)
    assert names(meeting) == {"Ann Diaz", "Omar Vale", "Lena Ruud"}


def test_whoever_the_meeting_set_beside_a_contact_says_attended_took_part(nlp: Any) -> None:
    text = "Omar Vale met with Mayor Ann Diaz at City Hall, a meeting Lena Ruud attended."
    (meeting,) = events_of(nlp, text)
    assert names(meeting) == {"Omar Vale", "Ann Diaz", "Lena Ruud"}


def test_the_two_men_are_the_pair_of_the_contact_just_told_among_more_names(nlp: Any) -> None:
    text = (
        "Omar Vale spoke with the envoy, Anton Belov, by telephone on Friday, the day the "
        "Obama administration announced sanctions. The two men also exchanged text messages."
    )
    assert each_parties(contacts_of(nlp, text)) == [["Anton Belov", "Omar Vale"]] * 2


def test_a_telling_that_did_not_happen_admits_nothing(nlp: Any) -> None:
    said = events_of(nlp, "Mayor Ann Diaz did not say that she met Omar Vale.")
    assert not [e for e in said if e.assertion.contact]
    (kept,) = events_of(nlp, "Mayor Ann Diaz never acknowledged her meeting with Omar Vale.")
    assert kept.assertion is Assertion.REPORTED  # the outlet tells it; she did not


@pytest.mark.parametrize(
    "text",
    [
        "Both Ann Diaz and Omar Vale met Anton Belov, the envoy, during the campaign.",
        "Ann Diaz and Omar Vale each met Anton Belov, the envoy, during the campaign.",
        "Ann Diaz and Omar Vale met separately with Anton Belov, the envoy, last year.",
    ],
)
def test_people_joined_one_by_one_each_met_the_other_side_not_one_another(
    nlp: Any, text: str
) -> None:
    pairs = [["Ann Diaz", "Anton Belov"], ["Anton Belov", "Omar Vale"]]
    assert each_parties(contacts_of(nlp, text)) == pairs


def test_calls_with_both_of_two_people_are_a_call_with_each(nlp: Any) -> None:
    text = "Mayor Ann Diaz spoke by phone with both Omar Vale and Lena Ruud on Monday."
    pairs = [["Ann Diaz", "Lena Ruud"], ["Ann Diaz", "Omar Vale"]]
    assert each_parties(contacts_of(nlp, text)) == pairs


def test_a_meeting_with_both_of_two_people_is_one_meeting(nlp: Any) -> None:
    text = "Mayor Ann Diaz held a meeting with both Omar Vale and Lena Ruud on Monday."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale", "Lena Ruud"}


def test_two_who_both_met_with_no_one_else_met_each_other(nlp: Any) -> None:
    text = "Ann Diaz and Omar Vale both met in Geneva on Monday."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


def test_neither_of_two_named_people_met_the_envoy(nlp: Any) -> None:
    text = "Neither Ann Diaz nor Omar Vale met Anton Belov, the envoy, during the campaign."
    told = events_of(nlp, text)
    assert not [e for e in told if e.assertion.contact]
    assert {e.assertion for e in told} == {Assertion.NEGATED}
    assert each_parties(told) == [["Ann Diaz", "Anton Belov"], ["Anton Belov", "Omar Vale"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz and Omar Vale failed to disclose their meetings with Anton Belov, the envoy.",
        "Neither Ann Diaz nor Omar Vale disclosed their meetings with Anton Belov, the envoy.",
    ],
)
def test_meetings_two_people_did_not_disclose_are_the_outlets_report_of_each(
    nlp: Any, text: str
) -> None:
    told = contacts_of(nlp, text)
    assert each_parties(told) == [["Ann Diaz", "Anton Belov"], ["Anton Belov", "Omar Vale"]]
    assert {e.assertion for e in told} == {Assertion.REPORTED}  # not their admission


def test_which_after_its_preposition_stands_for_the_body_written_to(nlp: Any) -> None:
    text = "The Harbor Commission, with which Omar Vale corresponded in May, did not reply."
    assert names(only(contacts_of(nlp, text))) == {"Harbor Commission", "Omar Vale"}


def test_meetings_had_with_two_named_people_are_a_meeting_with_each(nlp: Any) -> None:
    text = "Ann Diaz did not list her meetings with Omar Vale and Lena Ruud on the form."
    pairs = [["Ann Diaz", "Lena Ruud"], ["Ann Diaz", "Omar Vale"]]
    assert each_parties(contacts_of(nlp, text)) == pairs


def test_meetings_with_two_companies_may_be_one_table(nlp: Any) -> None:
    text = "Mayor Ann Diaz held meetings with Chevron and Exxon in May."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Chevron", "Exxon"}


def test_a_partner_the_parser_hung_on_the_saying_verb_is_still_the_one_met(nlp: Any) -> None:
    # the small model makes "Kislyak" a subject of "said", leaving "with" without its object
    text = (
        "Attorney General Jeff Sessions met twice last year with Sergey Kislyak, Russia's "
        "ambassador to the United States, the Justice Department said Wednesday."
    )
    met = contacts_of(nlp, text)
    assert each_parties(met) == [["Jeff Sessions", "Sergey Kislyak"]] * 2
    assert {e.assertion for e in met} == {Assertion.REPORTED}  # the department's, not his
