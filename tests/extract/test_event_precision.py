"""Words of contact that tell no contact in news copy: calling someone names, money sent, a
point made in public, a wish to meet, the state after a city. And the contacts beside them that
must stay. Short texts written for these tests; the real model parses them."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord.extract.nlp import load_nlp
from onrecord.record import Assertion, Relation
from tests.extract.test_events import contacts_of, names

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        # the name given after an aside set off by commas
        "Early in his campaign, Omar Vale attacked Ann Diaz, calling her, among other things, "
        "“a failed candidate.”",
        "Early in the race, Vale attacked Diaz, calling her, among other things, “a failed "
        "governor.”",
        # a common noun right after the object, no comma between
        "Ms. Vale called her fallen son her hero before explaining why she forgave the gunman.",
        "At the vigil, Ann Vale called her late brother her hero.",
        # a participle after a noun, tagged a past tense by the model
        "A newly formed super PAC called Future 45 ran its first round of ads in Iowa.",
    ],
)
def test_calling_someone_names_is_no_phone_call(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale called Ann Diaz, by all accounts, to congratulate her.",
        "Omar Vale called Ann Diaz, the new governor, on Tuesday.",
        "Omar Vale called his sister Ann Diaz from the airport on Friday.",
        "On Friday night, Omar Vale called a delegate candidate, Ann Diaz, and encouraged her "
        "to run.",
    ],
)
def test_a_phone_call_with_an_aside_stays_a_call(nlp: Any, text: str) -> None:
    (event,) = contacts_of(nlp, text)
    assert event.kind is Relation.CALL and names(event) == {"Omar Vale", "Ann Diaz"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale sent $2,700 to the Diaz campaign in March.",
        "Omar Vale sent a check for $5,000 to Ann Diaz last week.",
        # the money is the antecedent of the clause that sends it
        "Omar Vale said the money he sends to his mother in Ohio keeps her afloat.",
    ],
)
def test_money_sent_is_a_payment_not_a_message(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale sent a letter to Ann Diaz in March.",
        "The letter Omar Vale sent to Ann Diaz in March was released on Friday.",
    ],
)
def test_a_letter_sent_stays_a_message(nlp: Any, text: str) -> None:
    (event,) = contacts_of(nlp, text)
    assert event.kind is Relation.MESSAGE


def test_a_message_told_by_its_tone_is_a_point_made_in_public(nlp: Any) -> None:
    text = 'Senate leader Omar Vale delivered a blunt message to Ann Diaz: "Stop attacking people."'
    assert contacts_of(nlp, text) == []


def test_a_direct_message_stays_a_message(nlp: Any) -> None:
    (event,) = contacts_of(nlp, "Ann Diaz sent a direct message to Omar Vale on Twitter.")
    assert event.kind is Relation.MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "The idea took shape when Omar Vale expressed an interest in debating Ann Diaz.",
        "Omar Vale is keen on meeting Ann Diaz.",
    ],
)
def test_a_wish_to_meet_is_no_meeting(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_the_state_after_a_city_is_where_not_who(nlp: Any) -> None:
    text = (
        "Speaking at a town hall event in Salem, New Hampshire, Vale went after Diaz, calling "
        "her “a total stiff.”"
    )
    assert all("New Hampshire" not in names(e) for e in contacts_of(nlp, text))


def test_countries_in_a_list_stay_parties_to_talks(nlp: Any) -> None:
    (event,) = contacts_of(nlp, "Russia, China, Iran and Syria held talks on Tuesday.")
    assert {"China", "Iran"} <= names(event)


@pytest.mark.parametrize(
    "text",
    [
        "The campaign had encouraged Omar Vale to testify before Congress.",
        "Ms. Diaz avoids discussing the election with her mother.",
    ],
)
def test_an_act_prompted_or_kept_from_is_not_told_as_done(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz was encouraged by her meeting with Omar Vale on Friday.",
        "After meeting Omar Vale on Friday, Ann Diaz avoided reporters.",
    ],
)
def test_a_contact_beside_a_word_of_prompting_stays_held(nlp: Any, text: str) -> None:
    (event,) = contacts_of(nlp, text)
    assert names(event) == {"Ann Diaz", "Omar Vale"}


def test_never_taking_part_in_a_debate_is_no_meeting(nlp: Any) -> None:
    text = "Omar Vale never participated in a debate with Ann Diaz."
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Diaz and Omar Vale almost crossed paths just before the vote got underway.",
        "Ann Diaz nearly met Omar Vale in the hall of the Senate.",
    ],
)
def test_a_near_miss_is_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_two_people_who_crossed_paths_met(nlp: Any) -> None:
    (event,) = contacts_of(nlp, "Ann Diaz and Omar Vale crossed paths in the lobby on Monday.")
    assert (event.kind, names(event)) == (Relation.MEET, {"Ann Diaz", "Omar Vale"})


def test_taking_part_in_talks_is_a_contact(nlp: Any) -> None:
    (event,) = contacts_of(nlp, "Omar Vale participated in talks with Ann Diaz on Friday.")
    assert names(event) == {"Omar Vale", "Ann Diaz"}


def test_a_bare_description_coordinated_with_a_name_is_that_person(nlp: Any) -> None:
    text = (
        "Long-shot candidate and former Maryland governor Omar Vale joined Diaz and Reed for the "
        "debate sponsored by the Harbor Gazette."
    )
    (event,) = contacts_of(nlp, text)
    assert names(event) == {"Omar Vale", "Diaz", "Reed"}


@pytest.mark.parametrize(
    "text",
    [
        # a bill is introduced, not a person
        "Ms. Vale has introduced Sen. Omar Diaz's Clean Harbors Act in the House, she said.",
        # a headline capitalises every word: no word of it is a guest for being capitalised
        "'Harbor Mothers' Sends Brutal Message To Diaz She Never Saw Coming",
        # the words of an occasion's name are not its guests
        "Vale made his remarks during the Harbor Gazette Breakfast this morning in Columbus.",
    ],
)
def test_capitalised_words_that_name_no_one_make_no_contact(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


def test_a_person_named_beside_an_occasions_name_still_met_the_other(nlp: Any) -> None:
    (event,) = contacts_of(nlp, "Omar Vale met Ann Diaz at the Harbor Gazette Breakfast on Friday.")
    assert names(event) == {"Omar Vale", "Ann Diaz"}


def test_meeting_no_officials_is_no_contact_with_officials(nlp: Any) -> None:
    assert contacts_of(nlp, "Omar Vale met no Norwegian officials on the trip.") == []


@pytest.mark.parametrize(
    "recall",
    [
        "Mr. Vale does not recall a second meeting with Rowe.",
        'Mr. Vale said he had "no recollection" of a second meeting with Rowe.',
        'Mr. Vale said: "I don\'t have any recollection of meeting him at the Harbor Hotel."',
    ],
)
def test_a_meeting_nobody_recalls_is_no_contact_nor_an_admission(nlp: Any, recall: str) -> None:
    # before, the meeting not recalled was a contact of its own, or made the first one admitted
    text = f"Ted Rowe met with Omar Vale at the hotel in early December. {recall}"
    [meeting] = contacts_of(nlp, text)
    assert meeting.assertion is Assertion.REPORTED
    assert [e.text for e in meeting.evidence] == [text.split(". ")[0] + "."]


def test_a_meeting_told_in_a_clause_describing_a_speaker_is_the_outlets_not_theirs(
    nlp: Any,
) -> None:
    # the clause is the writer's description of Vale: his words are only what he said
    text = (
        "Mr. Vale, who met Mr. Rowe in his office in September, said on Thursday that he would "
        "step aside."
    )
    [meeting] = contacts_of(nlp, text)
    assert meeting.assertion is Assertion.REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pryce has denied that he traveled to Oslo in 2016 to meet Anton Belov.",
        "Owen Pryce denied that he flew to Oslo to meet Anton Belov, as a dossier alleges.",
    ],
)
def test_the_purpose_of_a_denied_trip_is_denied_with_it(nlp: Any, text: str) -> None:
    # the meeting the trip was for was the denier's admitted contact
    assert contacts_of(nlp, text) == []


def test_the_call_of_the_roll_retells_no_contact_as_a_call(nlp: Any) -> None:
    # "the call" retold the speeches as a phone call
    text = (
        "Ann Diaz's paid speeches to the Harbor Fund gave Omar Vale an issue. On Tuesday, there "
        "was a reception in the hours before the call of the roll."
    )
    assert [e.kind for e in contacts_of(nlp, text)] == [Relation.CONTACT]
