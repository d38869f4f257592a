"""Who the people of a contact are: a pronoun that looks ahead to its clause's subject or back
to the named people of the clause it hangs from, a second description joined to a first, and
the people who are no party at all (someone only called "the woman", officers described by how
they look, people only counted, a title cut off from its name, interviewees listed for separate
sessions). Short texts written for these tests; the real model parses them."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.ids import article_id
from onrecord.record import Article, Assertion, EntityKind, Relation
from tests.extract.test_events import contacts_of, events_of, names, only

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


def test_a_fronted_possessive_looks_ahead_to_its_clauses_subject(nlp: Any) -> None:
    # "her" is Clinton's, so the mayor's gender is not learnt from it and "he" can be him
    text = (
        "With Mayor Dunleavy by her side, Hillary Clinton toured the plant on Monday. "
        "Dunleavy, a former union leader, had close ties to Vice President Joe Biden. "
        "But on Tuesday he finally met Clinton in Boston."
    )
    # the tour together on Monday, and the meeting on Tuesday: the mayor's both times
    contacts = contacts_of(nlp, text)
    assert len(contacts) == 2
    assert all(names(c) == {"Dunleavy", "Hillary Clinton"} for c in contacts)


def test_they_in_a_hung_clause_is_the_named_subject_it_hangs_from(nlp: Any) -> None:
    text = (
        "Mexican officials worry about the tariffs. A slide that Mr. Guajardo Villarreal and "
        "his aides carry with them as they speak to American business leaders shows the cost."
    )
    assert "Mexican officials" not in names(only(contacts_of(nlp, text)))
    assert "Guajardo Villarreal" in names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ortiz is one of the aides who flew to Dayton on Monday to talk with Mayor Ben Hale.",
        "Lena Ortiz is the party's treasurer and a lawyer who met Mayor Ben Hale on Monday.",
        "Lena Ortiz runs the state office. She is one of the organizers who met Mayor Ben Hale.",
        "Lena Ortiz was among the senators who met Mayor Ben Hale on Monday.",
        "Lena Ortiz was among those who met Mayor Ben Hale on Monday.",
    ],
)
def test_a_description_said_of_a_person_by_is_stands_for_that_person(nlp: Any, text: str) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Lena Ortiz", "Ben Hale"}


def test_a_description_denied_of_a_person_does_not_stand_for_that_person(nlp: Any) -> None:
    for text in (
        "Lena Ortiz is not the aide who met Mayor Ben Hale on Monday.",
        "Lena Ortiz was not among those who met Mayor Ben Hale on Monday.",
    ):
        assert all("Lena Ortiz" not in names(e) for e in contacts_of(nlp, text))


def test_a_description_joined_to_another_as_subject_is_the_other_person(nlp: Any) -> None:
    text = (
        "Senate Majority Leader Mitch McConnell says he spoke to Republican front-runner Donald "
        "Trump. McConnell told reporters that he had a conversation with the candidate Tuesday "
        "morning. The Kentucky Republican and the New York businessman discussed the recent "
        "violence at the rallies."
    )
    discussed = [e for e in contacts_of(nlp, text) if "discussed" in text[e.evidence[0].start :]]
    assert discussed
    assert all("New York businessman" not in names(e) for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # someone only called "the woman"
        "“You know what she said?” Trump asked the crowd. He then spoke in a mock-stern voice "
        "to the woman.",
        # officers described by how they look, in an advertisement
        "The ad features images of uniformed officers greeting Trump and shaking his hand.",
        # people only counted
        "In December, the machinists union sent a dozen questions to a dozen candidates - two "
        "Democrats and 10 Republicans.",
        # an abbreviated title the sentence splitter cut off from its name
        "The candidate also discussed Pres.",
        # interviewees listed for one session each with someone unnamed
        "The committee released transcripts from interviews with Susan Ward, Ben Haddad, Leon "
        "Perl and David Kim before the vote.",
    ],
)
def test_people_the_text_does_not_identify_are_no_party(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a clause of her own says which woman
        (
            "Omar Vale sent photos to another woman, the Herald reported. The woman who received "
            "the photos has been chatting with him online since last year.",
            {"Omar Vale", "woman"},
        ),
        # an adjective that says which body
        ("Senator Vale met with Russian officials on Tuesday.", {"Vale", "Russian officials"}),
        ("Senator Schatz has spoken privately to a dozen other Democratic senators.", None),
        # companies listed for one negotiation
        (
            "The government opened negotiations with Chevron and Exxon last year.",
            {"Chevron", "Exxon"},
        ),
    ],
)
def test_identified_people_stay_parties(nlp: Any, text: str, people: set[str] | None) -> None:
    found = contacts_of(nlp, text)
    assert found
    if people is not None:
        assert any(people <= names(e) for e in found), [names(e) for e in found]


def test_an_object_pronoun_of_a_participle_is_not_the_subject_it_shares(nlp: Any) -> None:
    # "him" under "meeting" is not Cruz, who calls and meets; and Cruz, not "the two", meets
    text = (
        "Cruz's spokesman Rick Tyler said on Friday that the feud was over. The two had played "
        "nice earlier in the campaign, with Cruz repeatedly calling Trump his friend, meeting "
        "with him in July at Trump Tower and inviting him on a trip to the border."
    )
    assert names(only(contacts_of(nlp, text))) == {"Cruz", "Trump"}


def test_they_stands_for_the_members_named_where_the_group_came_in(nlp: Any) -> None:
    # and "the president's staff" is the staff of the one "the president" is, not Kern's
    text = (
        "President Obama met with Sanders on Tuesday. The president has stayed neutral in the "
        "race. Several of Clinton's top aides have served in the Obama White House — including "
        "her campaign chairman John Dale, communications director Jennifer Voss and senior "
        "policy adviser Jake Kern — and they periodically check in with the president's "
        "current staff."
    )
    checks = [e for e in contacts_of(nlp, text) if "Jake Kern" in names(e)]
    assert names(only(checks)) == {"John Dale", "Jennifer Voss", "Jake Kern", "Obama current staff"}


def test_a_person_noun_followed_at_once_by_a_name_is_that_person(nlp: Any) -> None:
    # the parser starts a clause at the name; the name is still whom he shared it with
    text = (
        "Mr. Hale acknowledged that he knew the file he shared with his lover Dana Pruitt "
        "was highly classified."
    )
    assert names(only(contacts_of(nlp, text))) == {"Hale", "Dana Pruitt"}
    # a name that does something of its own is no description's name
    assert names(only(contacts_of(nlp, "Vale met the lawyer John Kerr recommended."))) == {
        "Vale",
        "lawyer",
    }


def test_a_title_holder_named_only_later_must_agree_with_the_phrase(nlp: Any) -> None:
    text = (
        "Donald Trump visited Mexico on Wednesday, where he met the Mexican president and "
        "discussed trade, a trip that recalled President Reagan’s visit to Geneva in 1985."
    )
    assert "Reagan" not in names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Diaz met with Omar Vale, as well as with Ruth Alden.",
        "Mayor Ann Diaz has met with Omar Vale and his lawyer, as well as with Ruth Alden, "
        "who wants the case closed.",
    ],
)
def test_a_partner_added_by_as_well_as_with_is_another_meeting(nlp: Any, text: str) -> None:
    meetings = [names(m) for m in contacts_of(nlp, text)]
    assert len(meetings) == 2 and {"Ann Diaz", "Ruth Alden"} in meetings
    assert any("Omar Vale" in m and "Ruth Alden" not in m for m in meetings)
    assert names(only(contacts_of(nlp, "Mayor Ann Diaz met Omar Vale as well as Ruth Alden."))) == {
        "Ann Diaz",
        "Omar Vale",
        "Ruth Alden",
    }  # no second "with": the one meeting of the three


def test_someones_grandmothers_or_cousin_are_a_party_one_can_meet(nlp: Any) -> None:
    text = "Mayor Ann Diaz met with Omar Vale's two grandmothers on Tuesday."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale's two grandmothers"}
    cousin = "Mayor Ann Diaz spoke with Omar Vale's cousin on Tuesday."
    assert names(only(contacts_of(nlp, cousin))) == {"Ann Diaz", "Omar Vale's cousin"}
    along = "Mayor Ann Diaz flew to Oslo, accompanied by her uncle."
    assert contacts_of(nlp, along) == []


def test_a_given_name_misspelt_by_a_doubled_letter_is_the_same_person(nlp: Any) -> None:
    text = (
        "Phillip Vale and Ann Diaz held their first joint event on Monday in Dover. The "
        "abstract: Ann Diaz campaigned with Philip Vale in Dover."
    )
    event = only(contacts_of(nlp, text))  # one event: the same two people, told twice
    assert len(event.evidence) == 2 and len({p.entity for p in event.participants}) == 2
    namesakes = "Maria Lopez met Mario Lopez on Monday."
    assert names(only(contacts_of(nlp, namesakes))) == {"Maria Lopez", "Mario Lopez"}


def test_a_name_set_out_as_an_example_is_no_name_for_the_noun_before_it(nlp: Any) -> None:
    text = (
        "The rhetoric coming from the council, particularly Omar Vale, is sending a message "
        "to Ann Diaz."
    )
    assert all("Omar Vale" not in names(e) for e in events_of(nlp, text))
    renamed = "His lawyer, Omar Vale, sent a message to Ann Diaz."
    assert names(only(contacts_of(nlp, renamed))) == {"Omar Vale", "Ann Diaz"}


def test_other_family_members_are_a_loose_crowd_not_a_party(nlp: Any) -> None:
    text = "Ann Diaz and other family members had spoken to Omar Vale by phone."
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}
    senators = "Ann Diaz met with other Democratic senators."
    assert names(only(contacts_of(nlp, senators))) == {"Ann Diaz", "other Democratic senators"}


def test_who_after_people_outside_a_body_is_those_people_not_the_body(nlp: Any) -> None:
    text = (
        "Half the people outside the government who met with Ann Diaz while she was mayor "
        "gave money to her charity."
    )
    assert all("government" not in names(c) for c in events_of(nlp, text))
    member = "A co-chairman of the committee, who met with Omar Vale, declined to comment."
    assert "Omar Vale" in names(only(contacts_of(nlp, member)))


def test_a_role_phrase_no_one_named_before_it_fitted_stays_no_ones_when_said_again(
    nlp: Any,
) -> None:
    # "the Mexican president" meant no one before Reagan was named, and means no one after
    text = (
        "Donald Trump visited Mexico, where he met the Mexican president, a trip that recalled "
        "President Reagan’s visit to Geneva. Trump’s firm stance in his meeting with the "
        "Mexican president was praised."
    )
    assert all("Reagan" not in names(c) for c in contacts_of(nlp, text))
    # the one holder titled before the phrase is first said still takes it
    envoy = "Ambassador Sergey Kislyak attended. Later Jeff Sessions met the Russian ambassador."
    assert names(only(contacts_of(nlp, envoy))) == {"Jeff Sessions", "Sergey Kislyak"}


def test_the_narrators_i_is_the_writer_the_closing_tagline_names(nlp: Any) -> None:
    text = (
        "Last month I met with Bernie Sanders in his office to talk about the campaign. He was "
        "in a good mood.\nPolitics is a tough game.\nMara Quill is a Washington-based reporter "
        "for the Test Gazette.\n"
    )
    assert names(only(contacts_of(nlp, text))) == {"Mara Quill", "Bernie Sanders"}
    untagged = text.rsplit("Mara Quill", 1)[0]
    assert contacts_of(nlp, untagged) == []


def test_the_members_of_a_body_named_before_are_a_party(nlp: Any) -> None:
    text = (
        "The Friends of Liberty club is closing. An email was sent from the club’s executive "
        "director, Jeremy Vale, to the club members."
    )
    assert names(only(contacts_of(nlp, text))) == {"Jeremy Vale", "club members"}


def test_some_of_a_group_stands_for_the_group(nlp: Any) -> None:
    text = "Ann Vale met with several of Clinton’s aides on Tuesday."
    assert names(only(contacts_of(nlp, text))) == {"Ann Vale", "Clinton aides"}


def test_a_name_ending_in_an_institutions_head_is_no_person(nlp: Any) -> None:
    # the model reads "Obama White House" as a person's name; "her" could then stand for it
    text = "Staff in the Obama White House were frustrated, a former aide said."
    cast = build_cast(nlp(text), Article(article_id(text), text))
    kinds = {m.name: m.kind for m in cast.members}
    assert kinds["Obama White House"] is EntityKind.ORG


def test_they_stands_for_the_examples_named_for_part_of_the_group(nlp: Any) -> None:
    text = (
        "Federal and state officials, including some in Congress like Senators Ann Dorsey, "
        "Republican of Iowa, and Paul Kerr, Democrat of Vermont, see the renewal as a chance to "
        "fix the program. They sent a letter on Thursday to Senate leaders opposing it."
    )
    people = names(only(contacts_of(nlp, text)))
    assert {"Ann Dorsey", "Paul Kerr"} <= people
    assert "Federal and state officials" not in people


def test_they_after_a_subject_given_named_examples_is_those_people(nlp: Any) -> None:
    text = (
        "Federal and state officials have questioned the visa program. Critics of the program, "
        "like Senators Ann Dorsey, Republican of Iowa, and Paul Kerr, Democrat of Vermont, see "
        "the renewal as a chance to fix it. They sent a letter on Thursday to Senate leaders."
    )
    people = names(only(contacts_of(nlp, text)))
    assert {"Ann Dorsey", "Paul Kerr"} <= people
    assert "Federal and state officials" not in people


def test_who_sent_a_letter_is_the_name_right_before_it_not_its_partner(nlp: Any) -> None:
    text = (
        "The plan was backed by Secretary Tom Kerr and President Ann Vale, who sent Premier Li "
        "a letter with a proposal last year."
    )
    assert names(only(contacts_of(nlp, text))) == {"Ann Vale", "Li"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gary Lund met with Dallas Police Chief David Okafor on Tuesday.", "David Okafor"),
        ("Gary Lund met with Phoenix Mayor Greg Santos last month.", "Greg Santos"),
        ("Gary Lund had a meeting with Tulsa Fire Chief Brian Hollis on Monday.", "Brian Hollis"),
        ("Gary Lund met with Sen. Ted Marlow of Texas on Monday.", "Ted Marlow"),
        ("Gary Lund met Miss America Vanessa Moore in Atlantic City in 1984.", "Vanessa Moore"),
        ("Gary Lund met with former Miss Universe Carla Reyes in 1996.", "Carla Reyes"),
        (
            "Gary Lund got a message from Undersecretary for Political Affairs Wendy Marsh.",
            "Wendy Marsh",
        ),
        ("Gary Lund met with the Secretary of Defense Ash Corrigan on Monday.", "Ash Corrigan"),
    ],
)
def test_a_party_named_with_its_post_is_the_person_not_the_post(
    nlp: Any, text: str, person: str
) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Gary Lund", person}


def test_a_post_hyphenated_before_a_name_is_no_party_of_its_own(nlp: Any) -> None:
    text = "Gary Lund met on Thursday with Toledo Herald Editor-in-Chief Ben Smith in Ohio."
    assert names(only(contacts_of(nlp, text))) == {"Gary Lund", "Ben Smith"}


def test_an_epithet_before_a_name_the_article_writes_without_it_is_dropped(nlp: Any) -> None:
    text = "Lisa Grant spoke on Monday. Later Nathan Cole met Crooked Lisa Grant in Ohio."
    assert names(only(contacts_of(nlp, text))) == {"Lisa Grant", "Nathan Cole"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Lena Ortiz met with the RNC and Dorsey's campaign on Monday.",
            {"RNC", "Dorsey campaign"},
        ),
        (
            "Dana Hill held talks with the NAACP and Lund's campaign on Tuesday.",
            {"NAACP", "Lund campaign"},
        ),
        (
            "The agreement between the RNC and Lund's campaign was signed on Monday.",
            {"RNC", "Lund campaign"},
        ),
    ],
)
def test_a_name_joined_to_an_owner_is_a_party_of_its_own(
    nlp: Any, text: str, parties: set[str]
) -> None:
    assert parties <= names(only(contacts_of(nlp, text)))


def test_a_modifier_shared_by_two_nouns_keeps_one_group(nlp: Any) -> None:
    text = "Paul Dorsey met Republican House and Senate members on Monday."
    assert names(only(contacts_of(nlp, text))) == {
        "Paul Dorsey",
        "Republican House and Senate members",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Nina Cole spoke on Monday. Dana Hill emailed the then secretary of state in December.",
        'Gary Lund spoke on Monday. "It went well," the president told Dana Hill.',
        "Mayor Ben Hale said he had a conversation with the candidate on Tuesday.",
        "Dana Hill met with the senator on Tuesday.",
    ],
)
def test_a_bare_description_the_cast_did_not_resolve_is_no_party(nlp: Any, text: str) -> None:
    assert contacts_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Gary Lund flew to Paris, where he met his wife, Ana, a native of Venezuela.", "Ana"),
        ("Nina Cole had been visiting her sister in Paris.", "Nina Cole's sister"),
        (
            "Dana Hill met the Russian Middle East envoy in Jeddah on Monday.",
            "Russian Middle East envoy",
        ),
    ],
)
def test_a_description_named_owned_or_placed_says_who_the_party_is(
    nlp: Any, text: str, party: str
) -> None:
    assert party in names(only(contacts_of(nlp, text)))


def test_a_meeting_with_an_outlets_board_run_into_the_subject_is_the_subjects(nlp: Any) -> None:
    text = (
        "Gary Lund spoke on Monday. In a meeting with the editorial board of the Toledo Herald "
        "Lund said he would run."
    )
    assert names(only(contacts_of(nlp, text))) == {"Gary Lund", "Toledo Herald editorial board"}


def test_an_honorific_is_no_part_of_a_group_named_after_its_owner(nlp: Any) -> None:
    text = "Nina Cole spoke on Monday. Gary Lund emailed Mrs. Cole's aides on Tuesday."
    assert names(only(contacts_of(nlp, text))) == {"Gary Lund", "Cole aides"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Paul Hart and Rick Lund flew to Kiev on Monday. They met with Omar Vale there.",
            {"Paul Hart", "Rick Lund", "Omar Vale"},
        ),
        (
            "Gary Lund and Nina Cole arrived in Paris. They had dinner with Omar Vale.",
            {"Gary Lund", "Nina Cole", "Omar Vale"},
        ),
        # the joined subject of a clause before it in its own sentence
        (
            "After Paul Hart and Rick Lund arrived in Kiev, they met with Omar Vale.",
            {"Paul Hart", "Rick Lund", "Omar Vale"},
        ),
        (
            "Paul Hart and Rick Lund arrived in Kiev on Monday, where they met with Omar Vale.",
            {"Paul Hart", "Rick Lund", "Omar Vale"},
        ),
    ],
)
def test_they_after_a_subject_joining_named_people_is_those_people(
    nlp: Any, text: str, people: set[str]
) -> None:
    assert names(only(contacts_of(nlp, text))) == people


@pytest.mark.parametrize(
    "text",
    [
        # a body among the joined subject: "they" may be the body's people
        "Gary Lund and the Senate committee reviewed the case. They met Omar Vale for lunch.",
        # another plural stands between: "they" may be those people
        "Gary Lund and Paul Hart thanked the volunteers. They had spoken with Omar Vale for hours.",
        "Gary Lund and Paul Hart said the senators were wrong. They met with Omar Vale anyway.",
        # the pronoun is told inside a quotation, its antecedent outside
        'Gary Lund and Nina Cole arrived in Paris. "They met Omar Vale for lunch," Dana Hill said.',
    ],
)
def test_they_after_joined_subjects_not_all_named_people_is_left_unresolved(
    nlp: Any, text: str
) -> None:
    assert all("Gary Lund" not in names(e) for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Prosecutors identified the consultant as Tomas Berg. Paul Hart met with the "
            "consultant in Madrid.",
            {"Paul Hart", "Tomas Berg"},
        ),
        (
            "Republican presidential nominee Omar Vale spoke on Monday. Dana Hill met with the "
            "nominee on Tuesday.",
            {"Dana Hill", "Omar Vale"},
        ),
        (
            "Tomas Berg is Norway's ambassador to Canada. Dana Hill met the ambassador in July.",
            {"Dana Hill", "Tomas Berg"},
        ),
    ],
)
def test_a_description_the_article_ties_to_one_name_is_that_person(
    nlp: Any, text: str, people: set[str]
) -> None:
    assert names(only(contacts_of(nlp, text))) == people


def test_a_description_two_named_people_fit_is_no_party(nlp: Any) -> None:
    text = (
        "Tomas Berg, the Swedish ambassador, spoke first. Peter Lindqvist, the Norwegian "
        "ambassador, spoke next. Dana Hill met with the ambassador afterward."
    )
    assert not any("Dana Hill" in names(e) for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the woman named with them is not one of "the two men"
        (
            "Nina Cole spoke with Omar Vale and Paul Hart on Monday. The two men met again on "
            "Friday.",
            {"Omar Vale", "Paul Hart"},
        ),
        # one named in the sentence before, the other in the one before that
        (
            "Nina Cole spoke with Omar Vale on Monday. Paul Hart arrived later. The two men met "
            "on Friday.",
            {"Omar Vale", "Paul Hart"},
        ),
    ],
)
def test_the_two_men_are_the_two_men_named_just_before(
    nlp: Any, text: str, people: set[str]
) -> None:
    assert any(names(e) == people for e in contacts_of(nlp, text)), [
        names(e) for e in contacts_of(nlp, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gary Lund spoke with Omar Vale and Paul Hart on Monday. The two men met again on Friday.",
        "Gary Lund, Omar Vale and Paul Hart spoke on Monday. The two men met again on Friday.",
    ],
)
def test_the_two_men_after_three_men_named_together_is_no_pair(nlp: Any, text: str) -> None:
    assert all(len(names(e)) != 2 for e in contacts_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ray Olin met Ann Diaz and Tom Reyes, among other local officials, on Friday.",
        "Senator Ray Olin met Ann Diaz and Tom Reyes, among others.",
        "Ray Olin held talks with Ann Diaz and Tom Reyes, among other officials.",
        "Ray Olin met Ann Diaz and Tom Reyes, among other current and former Clinton aides.",
    ],
)
def test_among_other_officials_is_what_the_named_people_are_not_another_party(
    nlp: Any, text: str
) -> None:
    """ "met Diaz and Reyes, among other officials": the officials are the kind the named
    people are; a group is a party only when no one in it is named."""
    assert names(only(contacts_of(nlp, text))) == {"Ray Olin", "Ann Diaz", "Tom Reyes"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale met with several Norwegian officials in March, including Ann Diaz.",
        "Omar Vale met several Norwegian businessmen in Oslo, including Ann Diaz.",
        # "including" hung on "the campaign": the advisers met no one
        "Omar Vale met several Norwegian advisers during the campaign, including Ann Diaz.",
        # the people who met him are those the sentence lists: "those" met no one
        "Those who met Omar Vale during the campaign included Ann Diaz.",
    ],
)
def test_the_people_a_group_includes_after_the_date_or_place_are_the_other_side(
    nlp: Any, text: str
) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


def test_a_meeting_named_after_its_building_has_no_building_among_its_people(nlp: Any) -> None:
    text = "The Trump Tower meeting: Donald Trump Jr. met with Ann Diaz in June 2016."
    assert all("Tower" not in n for c in contacts_of(nlp, text) for n in names(c))


@pytest.mark.parametrize(
    ("text", "person", "when"),
    [
        (
            "Ben Hale Jr. met with a Russian lawyer named Anna Belova in June 2016.",
            "Anna Belova",
            "2016-06",
        ),
        (
            "Lena Ortiz met a professor called Tomas Greer in London in March 2016.",
            "Tomas Greer",
            "2016-03",
        ),
    ],
)
def test_a_noun_given_a_name_by_named_or_called_is_the_person_named_and_keeps_the_date_after_it(
    nlp: Any, text: str, person: str, when: str
) -> None:
    contact = only(contacts_of(nlp, text))
    assert person in names(contact) and len(names(contact)) == 2
    assert contact.when is not None and contact.when.start.isoformat().startswith(when)


def test_a_contact_told_before_a_trailing_officials_said_is_between_the_named_people(
    nlp: Any,
) -> None:
    text = (
        "Senator Ruth Calder talked twice last year with Sergey Kislyak, Russia's ambassador to "
        "the United States, Justice Department officials said."
    )
    contacts = contacts_of(nlp, text)
    assert contacts and all(names(c) == {"Ruth Calder", "Sergey Kislyak"} for c in contacts)


def test_a_speaker_is_no_party_to_the_calls_of_someone_he_describes(nlp: Any) -> None:
    text = (
        "Governor Omar Vale on Sunday said the incoming national security adviser had not "
        "discussed the tariffs in his recent calls with Anton Belov."
    )
    assert not any("Omar Vale" in names(c) for c in contacts_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an epithet: a post told with the holder's standing or age, for someone just named
        (
            "Paul Manafort joined the campaign in March. The veteran lobbyist met with"
            " Konstantin Kilimnik in New York in August.",
            {"Paul Manafort", "Konstantin Kilimnik"},
        ),
        (
            "George Papadopoulos joined the campaign in March 2016. Weeks later, the young aide"
            " met a London professor, Joseph Mifsud.",
            {"George Papadopoulos", "Joseph Mifsud"},
        ),
        # a post said without the field its title named
        (
            "Carter Page, a foreign policy adviser to the campaign, went to Moscow in July. The"
            " adviser met Arkady Dvorkovich there.",
            {"Carter Page", "Arkady Dvorkovich"},
        ),
        # a given name and a surname the small model each tagged as a place
        (
            "Donald Trump Jr. agreed to meet a Russian lawyer, Natalia Veselnitskaya. She met"
            " with him at Trump Tower on June 9, 2016.",
            {"Natalia Veselnitskaya", "Donald Trump Jr."},
        ),
        # someone's man in a capital is the envoy the article titles
        (
            "Russian ambassador Sergey Kislyak attended the speech. Weeks later Jared Kushner"
            " met Putin's man in Washington.",
            {"Jared Kushner", "Sergey Kislyak"},
        ),
    ],
)
def test_an_epithet_a_post_without_its_field_and_an_envoy_told_by_his_posting_are_the_person_named(
    nlp: Any, text: str, people: set[str]
) -> None:
    """The people of the story's contacts told by what they are, not by name: the Kilimnik
    meeting is Manafort's, the Mifsud meeting Papadopoulos's, the Trump Tower meeting
    Veselnitskaya's."""
    assert names(contacts_of(nlp, text)[-1]) == people


@pytest.mark.parametrize(
    "text",
    [
        # a bare post names a new holder as often as the one named before
        "Paul Manafort joined the campaign in March. The lobbyist met Konstantin Kilimnik.",
        # "Deputy Director X" is not "the director"
        "Deputy Director Ann Lee spoke first. The director met Konstantin Kilimnik.",
        # an ally in a chamber is no envoy
        "Russian ambassador Sergey Kislyak attended. Mitch McConnell met Trump's man in the"
        " Senate.",
    ],
)
def test_a_bare_post_a_lesser_rank_and_an_ally_are_not_taken_for_the_person_named(
    nlp: Any, text: str
) -> None:
    people = {n for c in contacts_of(nlp, text) for n in names(c)}
    assert not people & {"Paul Manafort", "Ann Lee", "Sergey Kislyak"}


def test_people_listed_after_whom_she_met_are_all_at_the_meeting(nlp: Any) -> None:
    text = (
        "Nadia Orlova, a lawyer from Moscow, asked to meet Daniel Roe in June. "
        "She met with him, Omar Vale and Ruth Calder at the Harbor Hotel on June 9, 2016."
    )
    meeting = only([c for c in contacts_of(nlp, text) if "June 9" in c.evidence[0].text])
    assert names(meeting) == {"Nadia Orlova", "Daniel Roe", "Omar Vale", "Ruth Calder"}


def test_the_head_of_an_unnamed_bank_is_the_one_the_retold_meeting_names(nlp: Any) -> None:
    text = (
        "PORTVILLE — Omar Vale, the governor's son-in-law, met in January with the head of a "
        "Norwegian state-owned bank, officials said Monday.\n\n"
        "The meeting with Anton Belov, the chairman of Nordfinansbank, took place at the port."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Anton Belov"}


def test_the_city_ending_a_fronted_phrase_is_not_among_those_listed_after_it(nlp: Any) -> None:
    text = (
        "At the party convention in Portville, Ann Diaz, Omar Vale and Leo J. Hart spoke "
        "with Anton Belov at an event on the sidelines."
    )
    assert names(only(contacts_of(nlp, text))) == {
        "Ann Diaz",
        "Omar Vale",
        "Leo J. Hart",
        "Anton Belov",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Anton Belov attended a speech Omar Vale gave at the Harbor Hotel in April.",
        "Omar Vale and Anton Belov were both at a reception at the Harbor Hotel in April.",
    ],
)
def test_being_at_anothers_speech_or_at_one_reception_together_is_a_meeting(
    nlp: Any, text: str
) -> None:
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Anton Belov"}


def test_names_listed_after_a_first_name_all_took_part(nlp: Any) -> None:
    text = (
        "Mr. Omar Vale Jr., Ann Diaz and Leo J. Hart met six days later at the port with a "
        "Norwegian lawyer, Anton Belov."
    )
    listed = {"Omar Vale Jr.", "Ann Diaz", "Leo J. Hart", "Anton Belov"}
    assert names(only(contacts_of(nlp, text))) == listed


def test_him_after_an_unnamed_post_met_is_that_unnamed_person_not_the_last_subject(
    nlp: Any,
) -> None:
    text = "Omar Vale met the Norwegian ambassador twice. Ann Diaz met him at the port in December."
    assert all(names(e) != {"Ann Diaz", "Omar Vale"} for e in contacts_of(nlp, text))


def test_a_post_by_nationality_is_the_holder_told_of_by_the_countrys_post(nlp: Any) -> None:
    text = (
        "Dana Hill resigned on Monday after misleading the governor about her talks with "
        "Moldova's ambassador. In her letter, Hill said she had given \"incomplete information "
        "regarding my phone calls with the Moldovan Ambassador.\" Hill's calls with Ambassador "
        "Tomas Berg took place on Dec. 29."
    )
    assert [names(e) for e in contacts_of(nlp, text)] == [{"Dana Hill", "Tomas Berg"}]


def test_a_post_with_elect_after_it_is_the_post_not_a_person_named_elect(nlp: Any) -> None:
    text = (
        'In his letter, Omar Vale said he had "briefed the Vice President Elect and others with '
        'incomplete information."'
    )
    assert all("Elect" not in names(e) for e in contacts_of(nlp, text))


def test_the_two_men_are_the_pair_of_the_last_contact_not_the_last_two_named(nlp: Any) -> None:
    text = (
        "Omar Vale discussed the sanctions with Ted Rowe in December. Vice Mayor Sam Ide, "
        "relying on Mr. Vale's account, said on Sunday that the conversations had nothing to "
        "do with the sanctions. The two men spoke by phone on Dec. 29."
    )
    [call] = [e for e in contacts_of(nlp, text) if "Dec. 29" in e.evidence[0].text]
    assert names(call) == {"Omar Vale", "Ted Rowe"}


def test_they_who_exchanged_messages_are_the_pair_of_the_contact_before(nlp: Any) -> None:
    text = "Omar Vale met Ted Rowe in Oslo on Dec. 29. They also exchanged text messages."
    told = [e for e in contacts_of(nlp, text) if any("exchanged" in s.text for s in e.evidence)]
    assert [names(e) for e in told] == [{"Omar Vale", "Ted Rowe"}]


def test_they_who_held_a_meeting_are_the_pair_of_the_contact_before(nlp: Any) -> None:
    # "they had held their first formal meeting" was no contact at all
    text = (
        "Omar Vale spoke with Ted Rowe at a dinner on Friday. Earlier that day, they had held "
        "their first formal meeting."
    )
    told = [e for e in contacts_of(nlp, text) if any("formal" in s.text for s in e.evidence)]
    assert [names(e) for e in told] == [{"Omar Vale", "Ted Rowe"}]


def test_the_two_men_a_spokesman_speaks_of_do_not_include_the_spokesman(nlp: Any) -> None:
    text = (
        "Omar Vale spoke with Ted Rowe by phone on Friday.\n\n"
        "Sam Ide, the ministry's spokesman, said on Monday that the two men had spoken only once."
    )
    assert all("Sam Ide" not in names(e) for e in contacts_of(nlp, text))


def test_the_two_men_told_of_after_a_digression_are_the_pair_the_story_is_about(nlp: Any) -> None:
    text = (
        "Omar Vale spoke with the envoy, Ted Rowe, on Dec. 29. Vale called Rowe again that "
        "night, officials said.\n\n"
        "Sam Ide said he had spoken with Vale about the calls.\n\n"
        'Vale denied it. "It was nothing," he said. A day later, he said he could not be '
        "certain.\n\n"
        "The two men first met in 2013, in Oslo."
    )
    met = [e for e in contacts_of(nlp, text) if "2013" in e.evidence[0].text]
    assert [names(e) for e in met] == [{"Omar Vale", "Ted Rowe"}]


def test_a_meeting_named_in_a_quoted_fragment_of_ones_own_account_is_admitted(nlp: Any) -> None:
    text = (
        'In a statement on Saturday, Ann Diaz said she had held "a short introductory meeting" '
        "with the envoy, Omar Vale, on June 9."
    )
    met = only(contacts_of(nlp, text))
    assert names(met) == {"Ann Diaz", "Omar Vale"}
    assert met.assertion is Assertion.ADMITTED


@pytest.mark.parametrize(
    "also",
    [
        "The meeting was also attended by Ted Rowe and Sam Ide.",
        "Ted Rowe and Sam Ide also attended the meeting.",
        "Ms. Diaz said the meeting, which also included Ted Rowe and Sam Ide, was short.",
        "The meeting included Ted Rowe and Sam Ide.",
    ],
)
def test_people_who_also_attended_the_meeting_join_its_parties(nlp: Any, also: str) -> None:
    text = f"Ann Diaz met the envoy Omar Vale at the Harbor Hotel on June 9. {also}"
    met = only(contacts_of(nlp, text))
    assert names(met) == {"Ann Diaz", "Omar Vale", "Ted Rowe", "Sam Ide"}


def test_who_acknowledges_a_meeting_with_someone_took_part_in_it(nlp: Any) -> None:
    text = "Ann Diaz also acknowledged a meeting on Dec. 13 with Omar Vale, the head of a bank."
    met = only(contacts_of(nlp, text))
    assert names(met) == {"Ann Diaz", "Omar Vale"}
    assert met.assertion is Assertion.ADMITTED


def test_the_name_after_a_dated_dateline_is_the_one_who_met(nlp: Any) -> None:
    # the parser makes the place the subject and the name its appositive: no contact before
    text = "OSLO, Feb. 17 — Rosa Lind met with Omar Vale last week, officials said."
    assert names(only(contacts_of(nlp, text))) == {"Rosa Lind", "Omar Vale"}


def test_a_person_named_after_the_place_of_a_meeting_was_met_too(nlp: Any) -> None:
    # the parser joins Diaz to Vienna, and she was left out of the meeting
    text = (
        "Omar Vale met with Mr. Rowe in Vienna and Ann Diaz, the head of a state-owned bank, "
        "in December."
    )
    assert names(only(contacts_of(nlp, text))) == {"Omar Vale", "Rowe", "Ann Diaz"}


def test_whoever_arranged_a_meeting_between_two_others_did_not_take_part(nlp: Any) -> None:
    text = "Ann Diaz arranged the meeting between Rosa Lind and Omar Vale."
    assert names(only(events_of(nlp, text))) == {"Rosa Lind", "Omar Vale"}
    # her own meeting she takes part in
    text = "Ann Diaz arranged a meeting with Omar Vale."
    assert names(only(events_of(nlp, text))) == {"Ann Diaz", "Omar Vale"}


def test_the_conversation_at_a_meeting_just_told_retells_that_meeting(nlp: Any) -> None:
    # "the conversation" joined the older contact of its kind, Diaz's call in September
    text = (
        "Ann Diaz spoke twice last year with Ted Rowe, once in July and again in September, "
        "officials said. Omar Vale said in an interview that he had met Mr. Rowe briefly at a "
        "reception but that the conversation was not substantive."
    )
    contacts = contacts_of(nlp, text)
    theirs = [c for c in contacts if "Ann Diaz" in names(c)]
    assert len(theirs) == 2 and all(len(c.evidence) == 1 for c in theirs)
    [vale] = [c for c in contacts if "Omar Vale" in names(c)]
    assert names(vale) == {"Omar Vale", "Ted Rowe"}


def test_acknowledging_meeting_someone_is_admitting_the_meeting(nlp: Any) -> None:
    # the model read "meeting Sergey Kislyak" as a name, and no one had met anyone
    event = only(contacts_of(nlp, "Jeff Sessions acknowledged meeting Sergey Kislyak."))
    assert names(event) == {"Jeff Sessions", "Sergey Kislyak"}
    assert event.assertion is Assertion.ADMITTED


def test_a_message_that_came_from_someone_was_sent_by_them(nlp: Any) -> None:
    # the email had a recipient and no sender: no contact
    text = (
        "The June 3, 2016, email sent to Donald Trump Jr. came from Rob Goldstone, a music "
        "publicist."
    )
    sent = only(contacts_of(nlp, text))
    assert sent.kind is Relation.MESSAGE
    assert names(sent) == {"Donald Trump Jr.", "Rob Goldstone"}
    assert sent.when is not None and sent.when.iso() == "2016-06-03"


@pytest.mark.parametrize(
    ("after", "dates"),
    [
        ("Ms. Diaz replied within minutes.", ["2016-06-03", "2016-06-03"]),
        ("Four days later, Mr. Vale wrote again.", ["2016-06-03", "2016-06-07"]),
    ],
)
def test_a_reply_or_a_letter_again_with_no_one_named_is_to_the_last_correspondent(
    nlp: Any, after: str, dates: list[str]
) -> None:
    # the reply and the second letter had no other side: no message
    text = f"Omar Vale emailed Ann Diaz on June 3, 2016. {after}"
    messages = contacts_of(nlp, text)
    assert all(names(m) == {"Omar Vale", "Ann Diaz"} for m in messages)
    assert sorted(m.when.iso() for m in messages if m.when is not None) == dates


@pytest.mark.parametrize("before", ["criticized", "met"])
def test_a_response_in_public_with_no_letter_before_is_no_message(nlp: Any, before: str) -> None:
    # a reply answers a message; a meeting before it is not one
    text = f"Ann Diaz {before} Omar Vale on Monday. Mr. Vale responded on Twitter."
    assert [e for e in contacts_of(nlp, text) if e.kind is Relation.MESSAGE] == []


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "Omar Vale sent telegrams to the presidents of Kenya and Tanzania on Friday.",
            {"president of Kenya", "president of Tanzania"},
        ),
        (
            "Ann Diaz met the foreign ministers of France, Italy and Spain in Rome on Monday.",
            {
                "foreign minister of France",
                "foreign minister of Italy",
                "foreign minister of Spain",
            },
        ),
    ],
)
def test_a_post_held_in_several_places_named_together_is_one_holder_in_each(
    nlp: Any, text: str, holders: set[str]
) -> None:
    assert holders <= names(only(contacts_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "In emails to Omar Vale, Ann Diaz discussed Libya.",
        "Ann Diaz discussed Libya with Omar Vale on Tuesday.",
    ],
)
def test_what_was_discussed_is_the_topic_never_a_party(nlp: Any, text: str) -> None:
    assert all("Libya" not in names(event) for event in contacts_of(nlp, text))
    assert any(names(event) == {"Ann Diaz", "Omar Vale"} for event in contacts_of(nlp, text))


def test_a_gerund_after_a_fronted_after_is_the_contact_of_the_described_subject(nlp: Any) -> None:
    text = (
        "NAIROBI (Wire) -- Director of the U.S. Federal Bureau of Investigation (FBI) Walter "
        "Brennan said on Friday that the probe was moving fast.\n\n"
        "After touring the port on Thursday and meeting with Kenyan police leaders Friday "
        "morning, the FBI chief said he was satisfied."
    )
    assert names(only(contacts_of(nlp, text))) == {"Walter Brennan", "Kenyan police leaders"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Harbor Freight Corp. has been locked in litigation with Coastline Shipping Inc. "
            "over a contract. Both sides are in talks to settle the dispute.",
            {"Harbor Freight Corp.", "Coastline Shipping Inc."},
        ),
        (
            "Harbor Freight Corp. sued Coastline Shipping Inc. in March. The two companies are "
            "now in talks to settle the suit.",
            {"Harbor Freight Corp.", "Coastline Shipping Inc."},
        ),
    ],
)
def test_both_sides_of_a_dispute_just_named_are_the_two_bodies(
    nlp: Any, text: str, pair: set[str]
) -> None:
    assert names(only(contacts_of(nlp, text))) == pair
