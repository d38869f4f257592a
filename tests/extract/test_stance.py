"""Stance from explicit cues; propositions about contact, including answers to questions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.dates import FuzzyDate
from onrecord.extract import extract_article
from onrecord.extract.cast import Cast, build_cast
from onrecord.extract.lexicon import DENIAL_PATTERN
from onrecord.extract.nlp import load_nlp
from onrecord.extract.stance import classify, denies, relation_of
from onrecord.extract.statements import extract_statements
from onrecord.ids import article_id
from onrecord.record import (
    Article,
    DateSource,
    Entity,
    EntityKind,
    Event,
    Proposition,
    Published,
    Quantifier,
    Relation,
    Stance,
    Statement,
)


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("No contact.", "say", Stance.DENY),
        ("Of course not.", "declare", Stance.DENY),
        ("the president knows what his involvement was, and that's zero", "tell", Stance.DENY),
        ("I have nothing to do with that country.", "say", Stance.DENY),
        ("that such meetings took place", "deny", Stance.DENY),
        ("he doesn't recall the email exchange", "say", Stance.NOT_RECALL),
        ("to comment on the meeting", "decline", Stance.DECLINE),
        ("She would not say who attended.", "say", Stance.DECLINE),
        ("the reports are disingenuous and absurd", "call", Stance.DISMISS),
        ("That story is fake news.", "say", Stance.DISMISS),
        ("he had been in touch with the envoy since the spring", "tell", Stance.AFFIRM),
        ("no one on the staff had been in contact with the contractors", "say", Stance.DENY),
        ("Nobody that I know of.", "say", Stance.DENY),
        ("he had never set up meetings with the envoys", "say", Stance.DENY),
        ("the two men did not discuss the tariffs", "say", Stance.DENY),
        ("the ministry did not know the lobbyist", "say", Stance.DENY),
        ("any suggestion he had colluded was an appalling and detestable lie", "say", Stance.DENY),
        ("whether anyone had been in contact with the envoy", "ask", Stance.OTHER),
        ("that the meeting happened", "confirm", Stance.AFFIRM),
        ("The weather was fine.", "say", Stance.OTHER),
        ("the envoy had phoned the senator several times that week", "say", Stance.AFFIRM),
        ("there had been contacts with the mayor's staff all spring", "say", Stance.AFFIRM),
        ("it was a short courtesy meeting", "describe", Stance.AFFIRM),
        ("he shook hands with the ambassador at the gala", "say", Stance.AFFIRM),
        ("whether the aides met the lobbyist", "investigate", Stance.OTHER),
        ("the council had made up the whole story", "say", Stance.DENY),
        ("It was made up.", "say", Stance.DENY),
        ("the campaign is spending to make up ground in the west", "say", Stance.OTHER),
        ("voters are making up their minds this week", "say", Stance.OTHER),
        ("most of them have their minds made up already", "say", Stance.OTHER),
        ("she had no plans to change her vote", "say", Stance.OTHER),
        ("I haven't had time to read the report", "say", Stance.OTHER),
        ("there's nothing wrong with taking the money", "say", Stance.OTHER),
        ("an argument that did not ring true", "say", Stance.OTHER),
        ("This is the night they said would never happen.", "say", Stance.OTHER),
        ("many of the workers never had a fair chance", "say", Stance.OTHER),
        ("that it wasn't all bad news for the party", "stress", Stance.OTHER),
        ("No, I want to be known for good ideas, and people.", "insist", Stance.OTHER),
        ("that idea", "reject", Stance.OTHER),
        (
            'the mayor as "a career politician" who "has never started a business."',
            "say",
            Stance.OTHER,
        ),
        ("I would make sure that it didn't happen again", "say", Stance.OTHER),
        ('that his party was "still the No. 1 force in the region."', "insist", Stance.OTHER),
        ("We must never hand an unelected board that power.", "write", Stance.OTHER),
        ("the suggestion that she had misled the board", "reject", Stance.DENY),
        ("that the memo was fabricated", "say", Stance.DENY),
        ('the accusations were "lies."', "say", Stance.DENY),
        ("those stories are outright lies", "say", Stance.DENY),
        ("the idea that the changes amounted to a shake-up", "reject", Stance.DENY),
        ("the claim that he ran the office", "contest", Stance.DENY),
        ("a claim", "reject", Stance.DENY),
        ("he never wanted to run for the seat", "say", Stance.OTHER),
        ("he had never touched Fields", "say", Stance.DENY),
        ("the panel didn't have a strategy for the vote", "say", Stance.OTHER),
        ("that the report was not based on any facts", "say", Stance.DISMISS),
        ("this bribery non-sense is a distraction", "write", Stance.DISMISS),
        ("there was nothing misleading about her answer", "say", Stance.DISMISS),
        ("that he would not reveal private conversations", "say", Stance.DECLINE),
        ("the minister's record spoke for itself", "say", Stance.DECLINE),
        ('Rubio\'s claim that Cruz backs legalization is "simply not true."', "say", Stance.DENY),
        (
            "the group was looking for publicity using categorically false claims",
            "say",
            Stance.DENY,
        ),
        ("that was not part of the deal", "insist", Stance.DENY),
        ("the Vatican has no plans to meet the senator", "say", Stance.DENY),
        ("he played no role in shaping the talking points", "say", Stance.DENY),
        ("her group never worked with the consultants", "tell", Stance.DENY),
        ("there are no recusals when you are president", "say", Stance.OTHER),
        ("There is no question that the speaker is ambitious", "say", Stance.OTHER),
        ("The most powerful lie contains truth", "say", Stance.OTHER),
        ("[Trump] doesn't speak for anyone who wants the country together", "tell", Stance.OTHER),
        ("most people didn't know who the senator was", "say", Stance.OTHER),
        ("his brand of politics", "reject", Stance.OTHER),
        (
            "No, but I'm going to make my views known, and it may shape the debate.",
            "",
            Stance.OTHER,
        ),
        ("Of course not. And to suggest it gives credence to bizarre rumors.", "", Stance.DENY),
        ("that nobody controls him", "acknowledge", Stance.AFFIRM),
        ("he has given paid speeches but declined to list the fees", "acknowledge", Stance.AFFIRM),
        ("I had breakfast with Pinchuk. He will see you at the lunch.", "write", Stance.AFFIRM),
        ("the AP report was misleading because it left out most meetings", "say", Stance.DISMISS),
        ("that suggestion", "dismiss", Stance.DISMISS),
        ("No tax cut pays for itself.", "say", Stance.OTHER),
        ("The treasurer is innocent of every count and will be cleared.", "say", Stance.DENY),
        ("We strongly disagree with these allegations, which are baseless.", "say", Stance.DENY),
        ("We disagree with the mayor on the budget.", "say", Stance.OTHER),
        (
            "The senator has a family. Should he wonder why I did not speak to him?",
            "say",
            Stance.OTHER,
        ),
        (
            "the audit was misleading because it left out donors who had nothing to do with "
            "the charity",
            "say",
            Stance.DISMISS,
        ),
        ("the delay had nothing to do with the audit", "say", Stance.DENY),
        ("no one who worked for him had contact with the envoys", "say", Stance.DENY),
        ("she brought in her husband, which she had no intention of doing", "say", Stance.OTHER),
        (
            "let me say it, if I haven't said it a thousand times, that the mayor is unfit",
            "assert",
            Stance.OTHER,
        ),
        ("that the senator had no right to criticize him", "insist", Stance.OTHER),
        ("there is no doubt that he never met the envoy", "say", Stance.DENY),
        ("that cutting aid has never produced the cooperation it promised", "argue", Stance.OTHER),
        ("that the mayor had never signed the contract", "say", Stance.DENY),
        ("the governor will make up for a weak start with visits", "predict", Stance.OTHER),
        ("no-fly zones over the border towns", "propose", Stance.OTHER),
        ("Not yet, I will.", "", Stance.DENY),
        ("Nobody has a monopoly on the truth.", "", Stance.OTHER),
        ("she had not spoken because she feared she would cry", "say", Stance.OTHER),
        ("he had not spoken directly with the envoy", "say", Stance.DENY),
        ("Not yet ready to say.", "", Stance.OTHER),
        ("That's false.", "say", Stance.DENY),
        ("the report is inaccurate, and he knows it", "say", Stance.DENY),
        ("the account of the dinner was categorically wrong", "say", Stance.DENY),
        ("the tax plan is wrong for the state", "say", Stance.OTHER),
        ("that's a false choice between growth and fairness", "say", Stance.OTHER),
        ("the meeting did not take place", "say", Stance.DENY),
        ("the story of the secret dinner is pure fiction", "say", Stance.DENY),
        ("the order was given without his knowledge", "assure", Stance.DENY),
        ("Nor did he sign the contract.", "say", Stance.DENY),
        ("as a matter of policy, the ministers do not meet with lobbyists", "note", Stance.OTHER),
        ("Ann Diaz met Omar Vale in July", "say", Stance.AFFIRM),  # a contact told as fact
        ("Vale phoned Mr. Belov on Dec. 29", "say", Stance.AFFIRM),
        ("she met voters in Iowa", "say", Stance.OTHER),  # no one named: a campaign's round
        ("There was no collusion,", "tell", Stance.DENY),  # the charge said not so
        ("Did I? No. Why would I?", "say", Stance.DENY),  # a no after the question echoed
        ("Why? Because no one asked.", "say", Stance.OTHER),
        # one's own contact asked and answered yes is admitted, the answer no denied
        ("Did I meet with people who were Russian? I'm sure I did.", "tell", Stance.AFFIRM),
        ("Did I ever meet the envoy? I did not.", "say", Stance.DENY),
        ("I did not collude with any foreign government.", "say", Stance.DENY),  # the charge
        ("I had no improper contacts.", "say", Stance.OTHER),  # the contacts are not denied
        ("I have been called a surrogate,", "say", Stance.OTHER),  # a name, not a phone call
        ("I called the ambassador in May.", "say", Stance.AFFIRM),
        (
            "he had met the envoy in his capacity as a senator, not as a surrogate",
            "say",
            Stance.AFFIRM,
        ),
        ("Did I go to Prague? Yes, I did, in 2015.", "say", Stance.OTHER),
        ("there is no evidence of collusion yet", "say", Stance.OTHER),  # a state of proof
    ],
)
def test_stance_comes_from_explicit_cues(text: str, cue: str, stance: Stance) -> None:
    assert classify(text, cue) is stance


def test_contact_words_name_the_relation() -> None:
    assert relation_of("we never met") is Relation.MEET
    assert relation_of("no phone call in years") is Relation.CALL
    assert relation_of("no communications at all") is Relation.CONTACT
    assert relation_of("the budget passed") is None
    assert relation_of("he had never touched Fields") is Relation.CONTACT
    assert relation_of("he touched on trade") is None


@pytest.mark.model
def test_of_course_not_answering_whether_anybody_in_the_campaign_had_contact_is_group_denial() -> (
    None
):
    text = (
        "The host asked Senator Ruth Kale, “Did anybody in the Delmont campaign have any "
        "contact with Norwegian officials during the campaign?” Kale replied, “Of course not.”"
    )
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, date(2019, 3, 1), None)
    answer = next(s for s in statements if s.text.startswith("Of course not"))
    assert answer.stance is Stance.DENY
    assert answer.proposition is not None
    proposition = answer.proposition
    assert proposition.quantifier is Quantifier.ANY_MEMBER
    assert proposition.polarity is False
    [subject] = proposition.subjects
    member = cast.member(subject)
    assert member is not None and member.kind is EntityKind.GROUP
    assert member.name == "Delmont campaign"
    objects = [cast.member(o) for o in proposition.objects]
    assert any(o is not None and o.name == "Norwegian officials" for o in objects)


def _statements_of(text: str) -> tuple[Cast, list[Statement]]:
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    return cast, extract_statements(doc, article, cast, date(2019, 3, 1), None)


def _names(cast: Cast, ids: tuple[str, ...]) -> list[str]:
    return [m.name for i in ids if (m := cast.member(i)) is not None]


def _named_sides(cast: Cast, statement: Statement) -> tuple[list[str], list[str]]:
    """The names of a statement's proposition's subjects and objects."""
    assert statement.proposition is not None
    proposition = statement.proposition
    return _names(cast, proposition.subjects), _names(cast, proposition.objects)


def _denial_sides(text: str) -> tuple[list[str], list[str]]:
    """The names of the subjects and of the other side of the one denial in ``text``."""
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    return _named_sides(cast, denial)


def _denied_other_side(text: str) -> tuple[Proposition, list[str]]:
    """The one denial in ``text``: its proposition, and the names of its other side."""
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    return denial.proposition, _names(cast, denial.proposition.objects)


@pytest.mark.model
def test_a_denial_of_contact_with_a_named_government_has_that_government_as_its_other_side() -> (
    None
):
    _, other = _denied_other_side(
        '"Omar Vale never met anyone from the Norwegian government," his spokeswoman, Ann '
        "Diaz, said on Monday."
    )
    assert other == ["Norwegian government"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("said", "group"),
    [
        ("he never knowingly communicated with Russian intelligence officers", "officers"),
        ("he had no contacts with Russian nationals during the campaign", "nationals"),
        ("he never exchanged messages with Russian hackers", "hackers"),
    ],
)
def test_the_story_s_groups_are_the_other_side_of_a_denial(said: str, group: str) -> None:
    # before, "Russian intelligence officers" was no group and the denial named no other side
    _, other = _denied_other_side(f"Paul Manafort said {said}.")
    assert len(other) == 1 and other[0].startswith("Russian") and other[0].endswith(group)


@pytest.mark.model
def test_the_government_alone_names_no_side() -> None:
    _, statements = _statements_of('"I never had contact with the government," Omar Vale said.')
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None and denial.proposition.objects == ()


@pytest.mark.model
def test_a_denial_over_several_sentences_is_read_at_its_broadest() -> None:
    cast, statements = _statements_of(
        "“Norway is a distraction. I have nothing to do with Norway. Haven’t made a phone call "
        "to Norway in years,” Governor Hal Brenner said at a press conference."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.relation is Relation.CONTACT
    assert denial.proposition.period is None  # "in years" scopes the call only
    assert "Norway" in _names(cast, denial.proposition.objects)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Corley has said that none of her emails were marked secret when sent.",
        "Ann Corley denied that any letters she wrote as mayor were classified.",
        "Ann Corley said there was no secret material on her email account.",
        "Ann Corley denied that the audit had anything to do with her decision to resign.",
        "The Corley campaign said the letters released on Friday had no bearing on the vote.",
        "Ann Corley said the old essays have nothing to do with who she is as a mayor.",
        "Ann Corley firmly rejected the notion that she was part of the so-called old guard.",
        "Ann Corley denied that she called for the ban.",
        "Ann Corley said the decision to close the office had nothing to do with the emails.",
        "Ann Corley denied that the budget had met its targets this year.",
        "Ann Corley denied that the plan was met with skepticism by the board.",
        "Ann Corley said she was never asked to speak at the convention.",
        "Ann Corley testified that she neither sent nor received emails marked secret, and "
        "that she turned over all her work emails to the Commerce Department.",
        '"I did not email any secret material to anyone," Ann Corley said.',
    ],
)
def test_a_denial_about_messages_as_documents_or_a_bearing_on_a_thing_denies_no_contact(
    text: str,
) -> None:
    _, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Ann Corley denied that any emails were exchanged with Omar Vale.", Relation.MESSAGE),
        ("Ann Corley said she had nothing to do with Omar Vale.", Relation.CONTACT),
        ("Ann Corley said she never sent any emails to Omar Vale.", Relation.MESSAGE),
    ],
)
def test_messages_passed_or_dealings_with_a_person_are_contact_denied(
    text: str, relation: Relation
) -> None:
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.relation is relation
    sides = denial.proposition.subjects + denial.proposition.objects
    assert "Omar Vale" in _names(cast, sides)


@pytest.mark.model
def test_a_person_named_in_a_clause_describing_the_other_side_is_not_the_counterpart() -> None:
    cast, statements = _statements_of(
        "Omar Vale said he has had no conversations with donors who have urged that Ann "
        "Corley leave the race."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert "Ann Corley" not in _names(cast, denial.proposition.objects)


@pytest.mark.model
def test_a_denied_contact_takes_its_time_from_its_own_sentence() -> None:
    _, statements = _statements_of(
        "“The ministry has not communicated with us, and we have not been briefed,” said Omar "
        "Vale, a spokesman for the governor. “None of these ideas would have stopped the recent "
        "shootings.”\n\nVale denied that the ministry had been in touch with the governor."
    )
    denials = [s for s in statements if s.proposition is not None]
    assert denials
    assert all(s.proposition is not None and s.proposition.period is None for s in denials)


@pytest.mark.model
def test_the_venue_of_a_denial_is_not_its_counterpart() -> None:
    cast, statements = _statements_of(
        "During his Senate confirmation hearing, Judge Amos Pell said that he did not have "
        "communications with the Norwegians."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.objects) == ["Norwegians"]


@pytest.mark.model
def test_the_side_a_denier_acted_for_is_not_the_counterpart_of_the_denial() -> None:
    cast, statements = _statements_of(
        "In March, Omar Vale said he had never set up meetings with Norwegians while "
        "representing the Delmont campaign."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.objects) == ["Norwegians"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # opening on the contact: the denier's own
        ("Omar Vale denied meeting Anton Belov.", Relation.MEET),
        ("Omar Vale has denied ever meeting with Anton Belov.", Relation.MEET),
        ("Omar Vale denied having any contact with Anton Belov.", Relation.CONTACT),
        ("Omar Vale has denied any dealings with Anton Belov.", Relation.CONTACT),
        ("Omar Vale has denied any improper contacts with Anton Belov.", Relation.CONTACT),
        ("Omar Vale denied any direct or substantive talks with Anton Belov.", Relation.CONTACT),
        ("Omar Vale denied that he had ever spoken with Anton Belov.", Relation.CONTACT),
        ('Omar Vale said he "never knowingly" spoke to Anton Belov.', Relation.CONTACT),
        # the other side named only as whom the words are said of or asked about
        ('"I didn\'t call him," Omar Vale said of Anton Belov.', Relation.CALL),
        ('"I have never spoken to the man," Omar Vale said of Anton Belov.', Relation.CONTACT),
        ('"We never met," Omar Vale said of Anton Belov.', Relation.MEET),
        (
            '"There was no contact," Omar Vale said when asked about Anton Belov.',
            Relation.CONTACT,
        ),
        ('Asked whether he had met Anton Belov, Omar Vale said, "No."', Relation.MEET),
        ("Asked whether he had met Anton Belov, Omar Vale said no.", Relation.MEET),
        # a claim rejected, a meal, a discussion
        ("Omar Vale rejected claims that he had met Anton Belov.", Relation.MEET),
        ("Omar Vale rejected criticism that he had met Anton Belov.", Relation.MEET),
        (
            "Omar Vale rejected criticism from his rivals that he had met Anton Belov in Oslo.",
            Relation.MEET,
        ),
        ("Omar Vale denied the report that he had dined with Anton Belov in Oslo.", Relation.MEET),
        ("Omar Vale insisted he never discussed the sanctions with Anton Belov.", Relation.CONTACT),
    ],
)
def test_a_denied_contact_names_the_denier_as_one_side_and_the_one_denied_as_the_other(
    text: str, relation: Relation
) -> None:
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.speaker_name == "Omar Vale" and denial.proposition is not None
    assert denial.proposition.relation is relation
    assert _names(cast, denial.proposition.subjects) == ["Omar Vale"]
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_a_denied_contact_of_someone_the_story_has_not_named_is_not_the_other_sides() -> None:
    cast, statements = _statements_of(
        "The embassy said the president had not spoken to Anton Belov in months."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.subjects == ()
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]


@pytest.mark.parametrize(
    "words",
    [
        # she says "I" of herself: "he" is someone else, whom the story has not named
        'Ann Diaz told reporters: "The president knows what his involvement was. And I think '
        'he had no interaction with Anton Belov."',
        # a woman speaking of "he"
        'Ann Diaz told reporters: "He had no interaction with Anton Belov."',
    ],
)
@pytest.mark.model
def test_a_he_in_a_spokeswomans_words_is_not_her_own_contact_denied(words: str) -> None:
    assert _denial_sides(words) == ([], ["Anton Belov"])


@pytest.mark.model
def test_he_has_not_contacted_me_denies_a_contact_with_the_speaker_not_with_anyone() -> None:
    assert _denial_sides(
        'Ann Diaz was asked about the envoy. "He hasn\'t contacted me," Ann Diaz said.'
    ) == ([], ["Ann Diaz"])


@pytest.mark.model
def test_a_he_in_reported_words_beside_a_quoted_i_is_still_the_speaker() -> None:
    assert _denial_sides(
        '"I regard him as a friend," Omar Vale told reporters, adding that he never met Anton '
        "Belov."
    ) == (["Omar Vale"], ["Anton Belov"])


@pytest.mark.model
def test_a_denial_after_being_called_a_surrogate_denies_the_communications() -> None:
    cast, statements = _statements_of(
        '"I have been called a surrogate at a time or two in that campaign, and I did not have '
        'communications with the Russians," Omar Vale said.'
    )
    [denial] = statements
    assert denial.stance is Stance.DENY and denial.proposition is not None
    assert denial.proposition.relation is Relation.CONTACT  # being called a name is no call
    assert _names(cast, denial.proposition.objects) == ["Russians"]


@pytest.mark.model
def test_he_in_a_spokesmans_quote_is_the_one_spoken_for_not_the_spokesman() -> None:
    cast, statements = _statements_of(
        'Omar Vale met Anton Belov in May. Jason Lind said Vale had done nothing wrong. "He '
        'never met with Russian officials during the campaign," Lind said.'
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.subjects) == ["Omar Vale"]


@pytest.mark.model
def test_a_denial_of_pre_election_contacts_holds_for_the_time_before_the_election_only() -> None:
    text = "Omar Vale said there were no pre-election contacts with Norwegian officials."
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    periods = {"election": FuzzyDate.parse("2016-11-08")}
    statements = extract_statements(doc, article, build_cast(doc, article), None, periods)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None and denial.proposition.period is not None
    assert denial.proposition.period.iso() == "..2016-11-07"


@pytest.mark.model
def test_a_no_to_did_you_meet_him_denies_the_answerers_own_meeting() -> None:
    names, statements = _statements_of_article(
        "Q&A With Omar Vale\n\nOmar Vale spoke with a reporter on Tuesday.\n\n"
        "Q: Did you meet with Anton Belov while you were in Oslo?\n\n"
        "A: No. I never met him.\n\n"
        "Q: Is the inquiry fair?\n\n"
        "A: Not at all."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert [names[s] for s in denial.proposition.subjects] == ["Omar Vale"]
    assert [names[o] for o in denial.proposition.objects] == ["Anton Belov"]


@pytest.mark.model
def test_a_contact_told_as_made_beside_a_denial_of_something_else_is_not_denied() -> None:
    _, statements = _statements_of(
        '"I talked to General Omar Vale about that conversation, and I can confirm that they '
        'did not discuss anything having to do with the sanctions," Mike Lind said.'
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is None  # not "Lind never talked to Vale": he says he did


@pytest.mark.model
def test_a_denial_joined_by_and_to_a_call_told_as_made_is_not_a_denial_of_that_call() -> None:
    # "and they did not discuss …" in the same sentence as "I talked to …", no "I can confirm"
    text = (
        '"I talked to General Omar Vale about that conversation and they did not discuss '
        'anything having to do with the sanctions," Mike Lind said.'
    )
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    if denial.proposition is not None:
        assert "Mike Lind" not in _names(cast, denial.proposition.subjects)
        assert "Omar Vale" not in _names(cast, denial.proposition.objects)


@pytest.mark.model
def test_i_in_a_quote_is_the_speaker_whose_name_follows_the_closing_mark() -> None:
    text = '"I had no contact with Russian officials," Jared Kushner said.'
    assert _denial_sides(text) == (["Jared Kushner"], ["Russian officials"])


@pytest.mark.model
def test_a_clause_going_on_about_the_meetings_just_admitted_is_read_with_them() -> None:
    # "none of the meetings" are the meetings with Russians he had just owned to
    assert _denial_sides(
        "Omar Vale said he had probably met Russians over the years, but that none of the "
        "meetings had been set up in advance."
    ) == (["Omar Vale"], ["Russians"])


@pytest.mark.model
def test_the_denying_clause_of_a_reported_pair_of_clauses_gives_the_denials_sides() -> None:
    assert _denial_sides(
        "Mike Lind said he had talked to Omar Vale about the call and that Vale and Anton "
        "Belov did not discuss sanctions."
    ) == (["Omar Vale"], ["Anton Belov"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale said he had probably met Russians over the years, but that none of the "
        "meetings had been set up in advance.",
        "Omar Vale said he has no plans to meet with Anton Belov.",
        "\"I don't know Anton Belov. I don't believe I've ever met him,\" Omar Vale said.",
    ],
)
def test_a_contact_negated_by_what_it_hangs_on_is_still_denied(text: str) -> None:
    _, statements = _statements_of(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None


@pytest.mark.model
def test_a_spokeswoman_saying_he_met_someone_speaks_of_him_not_of_herself() -> None:
    cast, statements = _statements_of(
        "Omar Vale met Anton Belov in May. Sarah Lind, a spokeswoman for Vale, said he met "
        "Anton Belov only once."
    )
    [told] = [s for s in statements if s.speaker_name == "Sarah Lind"]
    assert told.proposition is not None
    assert _names(cast, told.proposition.subjects) == ["Omar Vale"]
    assert _names(cast, told.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_two_people_said_never_to_have_met_are_each_others_other_side() -> None:
    # the other side is Belov, not "met no one"
    assert _denial_sides("Ivan Petrov said that Omar Vale and Anton Belov never met.") == (
        ["Omar Vale"],
        ["Anton Belov"],
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Omar Vale and Lena Ruud did not meet Anton Belov," Ivan Petrov said.',
        '"Neither Omar Vale nor Lena Ruud met with Anton Belov," Ivan Petrov said.',
    ],
)
def test_a_denial_for_two_joined_people_denies_each_of_them_the_contact(text: str) -> None:
    subjects, objects = _denial_sides(text)
    assert sorted(subjects) == ["Lena Ruud", "Omar Vale"] and objects == ["Anton Belov"]


@pytest.mark.model
def test_he_in_a_denial_by_a_group_is_not_the_group() -> None:
    assert _denial_sides(
        "Omar Vale spoke with Anton Belov in December. Vale's aides initially denied that he "
        "had discussed sanctions with Belov."
    ) == (["Omar Vale"], ["Anton Belov"])


@pytest.mark.model
def test_i_of_a_speaker_the_story_never_names_in_full_is_no_one_known() -> None:
    # the small model tags no bare "Sessions": "I" is not the Russians, who denied nothing
    assert _denial_sides(
        '"I did not have communications with the Russians," Sessions told the committee.'
    ) == ([], ["Russians"])


@pytest.mark.model
def test_words_naming_no_one_said_of_a_meeting_between_two_others_deny_that_meeting() -> None:
    cast, statements = _statements_of(
        '"There was no meeting," Omar Vale said of the reported encounter between Anton Belov '
        "and Ivan Petrov."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.subjects) == ["Anton Belov"]
    assert _names(cast, denial.proposition.objects) == ["Ivan Petrov"]


@pytest.mark.model
def test_nobody_that_i_know_of_denies_what_the_question_asked_of_anyone() -> None:
    cast, statements = _statements_of(
        '"Nobody that I know of," Omar Vale said when asked whether anyone on his staff had met '
        "Anton Belov."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.relation is Relation.MEET
    assert denial.proposition.quantifier is Quantifier.ANY_MEMBER
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_a_quote_opening_on_nobody_with_a_verb_of_its_own_is_no_reply_to_the_question() -> None:
    _, statements = _statements_of(
        'Asked whether he had met Anton Belov, Omar Vale said: "Nobody controls him."'
    )
    [statement] = statements
    assert statement.stance is not Stance.DENY and statement.proposition is None


@pytest.mark.model
def test_a_denied_contact_between_two_others_is_theirs_not_the_denier_s() -> None:
    cast, statements = _statements_of(
        "Omar Vale denied any communication between Anton Belov and Ivan Petrov."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.subjects) == ["Anton Belov"]
    assert _names(cast, denial.proposition.objects) == ["Ivan Petrov"]


@pytest.mark.model
def test_a_denial_said_in_a_relative_clause_denies_what_the_pronoun_stands_for() -> None:
    cast, statements = _statements_of(
        "The Post reported Vale's private dinner with Anton Belov, which Omar Vale denies."
    )
    [denial] = statements
    assert denial.stance is Stance.DENY
    assert denial.text == "Vale's private dinner with Anton Belov"
    assert denial.evidence.text == "Vale's private dinner with Anton Belov, which"
    assert denial.proposition is not None
    assert denial.proposition.relation is Relation.MEET
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]
    # a person is not what "which" stands for: the allegations are
    _, [other] = _statements_of(
        "He faced allegations that he assaulted Ivana Belova, which Omar Vale has denied."
    )
    assert other.text == "allegations that he assaulted Ivana Belova"


@pytest.mark.model
def test_a_report_dismissed_as_false_before_it_is_named_is_what_was_denied() -> None:
    cast, [denial] = _statements_of(
        "Omar Vale is an adviser. The Vale campaign rejected as false the report that Vale "
        "met Anton Belov in Vienna."
    )
    assert denial.stance is Stance.DENY
    assert "the report that Vale met Anton Belov" in denial.text
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]
    cast, [dismissal] = _statements_of(
        'Omar Vale is an adviser. The Vale campaign dismissed as "fake news" reports that Vale '
        "met Anton Belov in Vienna."
    )
    assert dismissal.stance is Stance.DISMISS
    assert dismissal.text.endswith("reports that Vale met Anton Belov in Vienna")
    assert dismissal.proposition is not None
    assert _names(cast, dismissal.proposition.objects) == ["Anton Belov"]
    _, [waved] = _statements_of(
        "Omar Vale is an adviser. The Vale campaign dismissed as false the report that Vale "
        "met Anton Belov in Vienna."
    )
    assert waved.stance is Stance.DENY  # called false: denied, not only waved away


@pytest.mark.model
def test_a_charge_rebutted_is_denied_by_the_rebutter_but_a_proposal_rebutted_is_argued() -> None:
    _, [denial] = _statements_of(
        "The university rebutted the Vale Group's accusation that its reporters were misleading "
        "and inaccurate."
    )
    assert (denial.speaker_name, denial.stance) == ("The university", Stance.DENY)
    assert denial.text.startswith("the Vale Group's accusation that")
    _, [argument] = _statements_of(
        "Ann Corley took turns rebutting Omar Vale's proposals on trade."
    )
    assert argument.stance is Stance.OTHER


@pytest.mark.model
def test_a_denied_meeting_with_someones_lawyer_is_not_a_denied_meeting_with_them() -> None:
    text = (
        "Anton Belov won the vote. The embassy denied that Omar Vale had met with Belov's "
        "lawyer. Omar Vale met with Belov's lawyer in May, documents show."
    )
    extraction = extract_article(load_nlp()(text), Article(article_id(text), text), {})
    names = {r.id: r.name for r in extraction.records if isinstance(r, Entity)}
    [denial] = [r for r in extraction.records if isinstance(r, Statement)]
    [meeting] = [r for r in extraction.records if isinstance(r, Event)]
    assert denial.proposition is not None
    assert [names.get(o) for o in denial.proposition.objects] == [None]  # not Belov himself
    lawyer = [p.entity for p in meeting.participants if p.name == "Anton Belov's lawyer"]
    assert list(denial.proposition.objects) == lawyer  # the one the meeting names


@pytest.mark.model
def test_a_call_made_to_congratulate_is_a_call() -> None:
    cast, statements = _statements_of(
        "Omar Vale said he called Anton Belov on Tuesday to congratulate him on what he called "
        '"an extraordinary campaign."'
    )
    [told] = [s for s in statements if s.proposition is not None]
    assert told.proposition is not None and told.proposition.relation is Relation.CALL
    assert _names(cast, told.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_calling_someone_a_name_denied_is_no_call_denied() -> None:
    _, statements = _statements_of('"I never called him a liar," Omar Vale said of Anton Belov.')
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is None


@pytest.mark.parametrize(
    "text",
    [
        "The governor has not called us.",
        "He hasn't contacted Vale since May.",
        "She did not reach out to him before the vote.",
        "The administration has not communicated with us, and we have not been briefed.",
    ],
)
def test_a_contact_not_made_with_someone_named_or_pointed_at_is_denied(text: str) -> None:
    assert classify(text, "say") is Stance.DENY
    assert relation_of(text) is not None


@pytest.mark.parametrize(
    "text",
    ["He did not call for a recount.", "She has not called Vale a liar.", "They call him a hero."],
)
def test_a_demand_or_a_name_given_is_no_call(text: str) -> None:
    assert relation_of(text) is not Relation.CALL


def _statements_of_article(
    text: str, day: date | None = None
) -> tuple[dict[str, str], list[Statement]]:
    """The statements of an article (published on ``day``), once its contacts are known."""
    published = Published(FuzzyDate.day(day), DateSource.CLI) if day else None
    article = Article(article_id(text), text, published=published)
    extraction = extract_article(load_nlp()(text), article, {})
    names = {r.id: r.name for r in extraction.records if isinstance(r, Entity)}
    return names, [r for r in extraction.records if isinstance(r, Statement)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Gazette reported that Omar Vale met with Anton Belov in Vienna. Vale denied the "
        "report.",
        "Omar Vale has been accused of meeting secretly with Anton Belov in Vienna. Vale has "
        "denied the allegations.",
        "The Gazette reported on Monday that Omar Vale met secretly with Anton Belov in Vienna. "
        'A spokesman for Vale, Mark Dunn, called the report "false."',
    ],
)
def test_a_denied_claim_denies_the_contact_told_just_before_it(text: str) -> None:
    names, statements = _statements_of_article(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.relation is Relation.MEET
    assert [names[s] for s in denial.proposition.subjects] == ["Omar Vale"]
    assert [names[o] for o in denial.proposition.objects] == ["Anton Belov"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale met Anton Belov in 2014. Since then he has taken millions from the bank, the "
        "Gazette reported on Monday. Vale denied the report.",
        "Omar Vale met Anton Belov in Vienna in May. Vale denied the allegations that he took "
        "money from the bank.",
        # what was said of the meeting is denied, not the meeting: "it was not" a roadshow
        "Omar Vale met Anton Belov on Dec. 13. The bank said the meeting was part of a business "
        "roadshow; Mr. Vale said it was not.",
    ],
)
def test_a_denied_claim_does_not_reach_for_a_contact_it_does_not_name(text: str) -> None:
    _, statements = _statements_of_article(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is None


@pytest.mark.model
def test_such_meetings_take_their_counterpart_from_the_sentence_they_point_to() -> None:
    cast, statements = _statements_of(
        "Last week it emerged that Treasurer Omar Vale had met with Anton Belov twice during the "
        "campaign. Vale had denied that such meetings took place during his Senate "
        "confirmation hearing."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.relation is Relation.MEET
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_a_reported_no_contact_takes_its_counterpart_from_the_sentence_before() -> None:
    cast, statements = _statements_of(
        "Treasurer Omar Vale said on Monday that nobody on his staff had been in contact with "
        "Anton Belov. Mayor Ines Roth told reporters on Tuesday that there had been no contact."
    )
    [denial] = [s for s in statements if s.speaker_name.endswith("Roth")]
    assert denial.stance is Stance.DENY and denial.proposition is not None
    assert _names(cast, denial.proposition.objects) == ["Anton Belov"]


@pytest.mark.model
def test_a_bare_denial_answers_the_reported_question_asked_again() -> None:
    cast, statements = _statements_of(
        "On Sunday the host asked Mayor Ines Roth whether anybody in the Delmont campaign had "
        "been in touch with Norwegian officials.\n\n"
        "Roth said the mayor's office would publish its calendar.\n\n"
        "Delmont himself was asked a similar question as he left a rally on Friday. "
        '"No contact," the candidate said.'
    )
    answer = next(s for s in statements if s.text.startswith("No contact"))
    assert answer.stance is Stance.DENY
    assert answer.proposition is not None
    assert answer.proposition.relation is Relation.CONTACT
    assert answer.proposition.quantifier is Quantifier.ANY_MEMBER
    assert _names(cast, answer.proposition.subjects) == ["Delmont campaign"]
    assert _names(cast, answer.proposition.objects) == ["Norwegian officials"]


@pytest.mark.model
def test_a_bare_denial_of_contacts_about_a_topic_names_no_side_a_meeting_could_contradict() -> None:
    _, statements = _statements_of(
        "In a written questionnaire, Sen. Ann Diaz asked whether Omar Vale had been in contact "
        "with anyone connected to the Norwegian government about the 2016 election. Vale "
        'answered with a single word: "No."'
    )
    answer = next(s for s in statements if s.text.strip('"') == "No.")
    assert answer.stance is Stance.DENY
    assert answer.proposition is not None and answer.proposition.objects == ()


@pytest.mark.model
def test_a_bare_reply_does_not_reach_for_a_question_paragraphs_away() -> None:
    _, statements = _statements_of(
        "The senator asked whether the aide had been in contact with the envoy.\n\n"
        "The committee adjourned at noon.\n\n"
        "The aide's lawyer spoke to reporters later.\n\n"
        '"It is false," the lawyer said of a separate report.'
    )
    reply = next(s for s in statements if s.text.startswith("It is false"))
    assert reply.proposition is None


@pytest.mark.model
def test_not_at_all_to_a_question_of_judgement_denies_no_contact() -> None:
    text = (
        "HOST: The envoy met the mayor's aides four times. Is it unusual for him to be "
        "meeting all these people?\n\n"
        "PROFESSOR LANE: Not at all. Envoys meet people who might end up in power.\n"
    )
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    [reply] = [
        s
        for s in extract_statements(doc, article, build_cast(doc, article), date(2019, 3, 1), None)
        if s.text.startswith("Not at all")
    ]
    assert reply.stance is Stance.OTHER
    assert reply.proposition is None


@pytest.mark.model
def test_the_other_side_of_a_group_denial_is_never_taken_for_its_group() -> None:
    cast, statements = _statements_of(
        "Senator Ruth Kale said that nobody in the office had been in contact with "
        "Norwegian officials."
    )
    [denial] = statements
    assert denial.stance is Stance.DENY and denial.proposition is not None
    assert "Norwegian officials" not in _names(cast, denial.proposition.subjects)


@pytest.mark.model
def test_anyone_else_in_a_campaign_is_a_group_denial_of_that_campaign() -> None:
    cast, statements = _statements_of(
        "The host asked Senator Ruth Kale whether any adviser or anyone else in the Delmont "
        "campaign had been in touch with Norwegian officials. “Of course not,” Kale said."
    )
    answer = next(s for s in statements if s.text.startswith("Of course not"))
    assert answer.proposition is not None
    assert answer.proposition.quantifier is Quantifier.ANY_MEMBER
    assert _names(cast, answer.proposition.subjects) == ["Delmont campaign"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("crowd", "other_side"),
    [
        ("donors from Norway", []),
        ("lawmakers in Norway", []),
        ("officials from Norway", ["Norway"]),
        ("people from Norway", ["Norway"]),
    ],
)
def test_a_denial_of_some_crowd_from_a_country_is_no_denial_of_meeting_the_country(
    crowd: str, other_side: list[str]
) -> None:
    """Meeting Norway's envoy does not contradict "never met with donors from Norway"."""
    cast, statements = _statements_of(f"Senator Ruth Kale said she had never met with {crowd}.")
    [denial] = statements
    assert denial.stance is Stance.DENY and denial.proposition is not None
    assert _names(cast, denial.proposition.objects) == other_side


@pytest.mark.model
def test_a_speaker_reporting_of_himself_is_the_subject_whoever_was_named_before() -> None:
    cast, statements = _statements_of(
        "Governor Ellen Marsh fired Omar Vale on Monday. At a news conference on Tuesday, "
        "Senator Ruth Kale said she had never met anyone from the Delmont company."
    )
    denial = next(s for s in statements if "never met" in s.text)
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.subjects) == ["Ruth Kale"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "stance"),
    [
        ("Have you talked to the ambassador since the election?", Stance.DENY),
        ("Is he a real conservative?", Stance.OTHER),
        ("Does the governor?", Stance.OTHER),
    ],
)
def test_no_to_a_question_of_fact_denies_and_to_a_question_of_opinion_does_not(
    question: str, stance: Stance
) -> None:
    text = f"Q: {question}\n\nA (MAYOR OSTROW): No!\n\nQ: And the budget?\n\nA: Later.\n"
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    statements = extract_statements(doc, article, build_cast(doc, article), date(2019, 3, 1), None)
    [reply] = [s for s in statements if s.text.startswith("No")]
    assert reply.stance is stance


def _stance_of(text: str, opening: str) -> Stance:
    _, statements = _statements_of(text)
    return next(s for s in statements if opening in s.text).stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        (
            "A spokesman, Tom Reyes, said Gates was not working for the party in 2014.",
            "Gates was not working",
            Stance.DENY,
        ),
        (
            "The lobbyist, Ana Voss, said there was no attempt to avoid the disclosure rules.",
            "there was no attempt",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said that neither aide played a part in the bidding.",
            "neither aide",
            Stance.DENY,
        ),
        (
            "Senator Ray Olin said the race was not a close one.",
            "the race was not",
            Stance.OTHER,
        ),
        (
            "Mayor Dana Holt said he did not support the governor in the primary.",
            "he did not support",
            Stance.DENY,
        ),
        (
            "Was the raid botched? “There never was a stand-down order,” said Rob Kell.",
            "There never was",
            Stance.DENY,
        ),
        (
            "Was it unusual to meet him? “That never happened,” said Rob Kell.",
            "That never happened",
            Stance.DENY,
        ),
        (
            "Governor Pat Moss said the state could not afford the new bridge.",
            "the state could not",
            Stance.OTHER,
        ),
        (
            "Councilor Jo Park suggested that the clerk had not been allowed to testify.",
            "that the clerk",
            Stance.OTHER,
        ),
        (
            "The driver had no criminal record, the bus company said on Monday.",
            "The driver had no",
            Stance.DENY,
        ),
        (
            "The paper accused the agency of spying on its staff. “The agency did not track the"
            " reporters,” its spokeswoman, Ana Voss, said.",
            "The agency did not",
            Stance.DENY,
        ),
        (
            "Adoptions abroad grew fast in the 1960s. “The state did not keep count of the"
            " children,” said Ana Voss, who runs an advocacy group.",
            "The state did not",
            Stance.OTHER,
        ),
        (
            "“I never claimed to be a lawyer,” said Rob Kell.",
            "I never claimed",
            Stance.OTHER,
        ),
        (
            "The two auditors told the council they concluded there was no fraud in the accounts.",
            "there was no fraud",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said the clerk had no right to withhold the minutes.",
            "the clerk had no right",
            Stance.OTHER,
        ),
        (
            "Ms. Ines Vale said she had not spoken because she feared she would cry.",
            "she had not spoken",
            Stance.OTHER,
        ),
        (
            "Ms. Ines Vale said she had not spoken with the envoy since May.",
            "she had not spoken",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said his rival can't name a single bribe because there isn't one.",
            "his rival can't name",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said he would gladly publish the memos because there were no memos.",
            "he would gladly publish",
            Stance.DENY,
        ),
        (
            "“Neither the mayor nor his aides ever met the contractor,” said Ana Voss.",
            "Neither the mayor",
            Stance.DENY,
        ),
        (
            "Senator Ray Olin said his volunteers never doubted the count.",
            "his volunteers never",
            Stance.OTHER,
        ),
        (
            "Senator Ray Olin said the budget cuts are not confined to the school districts.",
            "the budget cuts are not",
            Stance.OTHER,
        ),
        (
            "Mayor Dana Holt said the memos were not shredded after the audit.",
            "the memos were not",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said he would gladly publish the memos because there is time.",
            "he would gladly publish",
            Stance.OTHER,
        ),
    ],
)
def test_a_fact_the_speaker_says_is_not_so_is_denied_and_an_opinion_is_not(
    text: str, opening: str, stance: Stance
) -> None:
    """Reported speech asserting that a fact does not hold is a denial of that fact; a
    judgement, an inability or a suggestion in the same negative words is not."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        ("“No one was paid,” said Ana Voss, the campaign's treasurer.", "No one was", Stance.DENY),
        ("The treasurer, Ana Voss, said nobody had been paid.", "nobody had been", Stance.DENY),
        ("“Nobody has ever worked harder,” said Ana Voss.", "Nobody has ever", Stance.OTHER),
        ("“I didn't do it,” Mayor Dana Holt said of the charge.", "I didn't do", Stance.DENY),
        ("“I never said that,” Mayor Dana Holt said.", "I never said", Stance.DENY),
        ("“I didn't see it coming,” Mayor Dana Holt said.", "I didn't see", Stance.OTHER),
        (
            "Her spokesman, Tom Reyes, said the emails contained no classified information.",
            "the emails contained",
            Stance.DENY,
        ),
        ("“There's no way that happened,” said Tom Reyes.", "There's no way", Stance.DENY),
        ("Tom Reyes said there was no way the memo had been altered.", "there was no", Stance.DENY),
        (
            "Senator Ray Olin said there was no chance he would drop out before the convention.",
            "there was no chance",
            Stance.OTHER,
        ),
        ("“There's no way he wins Ohio,” said Tom Reyes.", "There's no way", Stance.OTHER),
        ("Senator Ray Olin said he did not regret the vote.", "he did not", Stance.OTHER),
        (
            "A spokeswoman, Ann Lee, declined to comment, saying that nobody involved remains at"
            " the firm today.",
            "nobody involved",
            Stance.OTHER,
        ),
        ("“I have never been to Prague in my life,” Tom Reyes said.", "I have never", Stance.DENY),
        ("“I have never been happier,” Tom Reyes said.", "I have never", Stance.OTHER),
    ],
)
def test_nobody_nothing_no_way_and_a_pointed_it_deny_while_rhetoric_and_forecasts_do_not(
    text: str, opening: str, stance: Stance
) -> None:
    """A fact denied through its subject ("No one was paid", "nobody had been paid"), what a
    thing held ("contained no classified information"), the act pointed at ("I didn't do
    it", "I never said that") or ruled out in the past ("no way that happened") is a denial;
    "nobody has ever worked harder" is rhetoric, "no chance he would drop out" or "no way he
    wins" a forecast, "did not regret" a feeling, and a clause the parser misread ("nobody
    involved remains") is not judged. "Never been to
    Prague in my life" denies a trip; "never been happier" is a state."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "denier", "stance"),
    [
        ("Sergei Ryabkov's claim was rejected by the Trump campaign.", "Trump campaign", "deny"),
        ("The report was denied by the Kremlin on Friday.", "Kremlin", "deny"),
        ("The Trump campaign rejected Sergei Ryabkov's claim.", "Trump campaign", "deny"),
        ("The request was denied by the Kremlin on Friday.", None, None),
        ("The bill was rejected by the Senate.", None, None),
    ],
)
def test_a_claim_denied_in_the_passive_is_the_agents_denial_and_a_refused_request_is_none(
    sentence: str, denier: str | None, stance: str | None
) -> None:
    """ "The report was denied by the Kremlin" is the Kremlin's denial of the report, as
    "the Kremlin denied the report" is; a request denied or a bill rejected refuses a thing
    asked, and is no one's statement."""
    cast, statements = _statements_of("Sergei Ryabkov spoke on Thursday. " + sentence)
    told = [
        (_names(cast, (s.speaker,))[0], s.stance.value)
        for s in statements
        if s.speaker and s.evidence.start > 30
    ]
    assert told == ([(denier, stance)] if denier else [])


@pytest.mark.model
def test_a_disputed_claim_is_denied_even_when_a_judgement_question_precedes_it() -> None:
    text = (
        "Was the hiring unusual? The council's report said the mayor's brother got the job. "
        "Mayor Dana Holt disputed this."
    )
    _, statements = _statements_of(text)
    assert any(s.stance is Stance.DENY and s.cue == "dispute" for s in statements)


@pytest.mark.model
def test_an_admission_s_other_side_is_named_in_the_contact_s_own_clause() -> None:
    cast, statements = _statements_of(
        "Governor Hal Brenner defended his aide Owen Pryce on Monday. Ines Vale, a reporter, "
        "filed a complaint. Governor Hal Brenner conceded that Owen Pryce had touched Ines Vale "
        'but implied that it was Vale\'s fault for "grabbing" at Brenner - although the video '
        "his campaign posted didn't show a grab."
    )
    [admission] = [s for s in statements if s.stance is Stance.AFFIRM]
    assert admission.proposition is not None
    assert _names(cast, admission.proposition.objects) == ["Ines Vale"]


@pytest.mark.model
def test_a_denial_pointing_back_to_the_contact_takes_both_sides_of_the_contact_told_before() -> (
    None
):
    text = (
        "Senator Ruth Calder's campaign manager, Owen Pryce, was charged with battery on "
        "Tuesday.\n\nA video of the news conference shows Pryce grabbing the reporter Ines Vale "
        "by the arm and pulling her back.\n\nIn the past, aides have been fired for less. Calder "
        "did not dismiss him.\n\nIt was a telling example of her approach to campaigning.\n\n"
        "As the day went on, Calder offered ever firmer defenses of Pryce. All ran counter to "
        "her earlier statements that the contact never occurred.\n"
    )
    extraction = extract_article(load_nlp()(text), Article(article_id(text), text), {})
    names = {r.id: r.name for r in extraction.records if isinstance(r, Entity)}
    [denial] = [r for r in extraction.records if isinstance(r, Statement)]
    assert denial.speaker_name == "Ruth Calder" and denial.proposition is not None
    assert [names[s] for s in denial.proposition.subjects] == ["Owen Pryce"]
    assert [names[o] for o in denial.proposition.objects] == ["Ines Vale"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Omar Vale exchanged messages with a banker named Ines Dunn for months. Vale said "
            "that they had never met in person.",
            ["Ines Dunn"],
        ),
        (
            'Lee Hart called Ines Dunn on Monday. Omar Vale wrote to Hart on Tuesday. "We have '
            'never spoken," Vale said.',
            ["Lee Hart"],
        ),
        ('Omar Vale praised Ines Dunn on Monday. "We have never met," Vale said.', []),
    ],
)
def test_a_denial_of_contact_within_a_pair_takes_the_other_side_of_the_contact_told_before(
    text: str, other: list[str]
) -> None:
    # the last contact told with the speaker gives the pair; with none told, the other side
    # stays unresolved (for review), never widened to anyone
    names, statements = _statements_of_article(text)
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert [names[s] for s in denial.proposition.subjects] == ["Omar Vale"]
    assert [names[o] for o in denial.proposition.objects] == other


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Omar Vale said he never met Anton Belov before he joined the campaign.",
        "Omar Vale said he never spoke to Anton Belov while he served on the council.",
    ],
)
def test_a_clause_setting_the_time_of_a_denied_contact_names_no_other_side(text: str) -> None:
    assert _denied_other_side(text)[1] == ["Anton Belov"]


@pytest.mark.model
def test_the_other_side_follows_the_contact_denied_not_an_earlier_trip() -> None:
    proposition, other = _denied_other_side(
        "Omar Vale said he never traveled to Oslo and never met any Norwegian officials there."
    )
    assert proposition.relation is Relation.MEET
    assert other == ["Norwegian officials"]


@pytest.mark.model
def test_a_denial_for_someone_s_campaign_has_the_campaign_as_its_side_not_its_possessor() -> None:
    cast, statements = _statements_of(
        "Vice President-elect Hal Brenner on Sunday rejected any suggestion that Ruth Calder's "
        "campaign had been in contact with Norwegian officials during the election."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert _names(cast, denial.proposition.subjects) == ["Ruth Calder campaign"]
    assert _names(cast, denial.proposition.objects) == ["Norwegian officials"]


@pytest.mark.model
def test_a_denial_with_its_grounds_in_a_participle_is_one_denial() -> None:
    """ "denied the report, saying …": the participle gives the grounds of the denial, so the
    record holds one statement, a denial, not a denial and a separate claim."""
    text = "The network denied the report on Monday, saying its ratings will rise this year."
    _, statements = _statements_of(text)
    [statement] = statements
    assert statement.stance is Stance.DENY
    assert "the report" in statement.text and "ratings will rise" in statement.text


@pytest.mark.model
def test_grounds_hung_on_the_denied_claim_are_still_the_denial_s_grounds() -> None:
    """ "denied the notion that a shake-up is coming, explaining that …": the parser hangs the
    participle on the claim's clause, yet it gives the denial's grounds — one denial."""
    text = (
        "Owen Pryce denied the notion that a staff shake-up is coming, explaining that he had "
        "been away all week."
    )
    _, statements = _statements_of(text)
    [statement] = statements
    assert statement.stance is Stance.DENY
    assert "shake-up" in statement.text and "away all week" in statement.text


@pytest.mark.model
def test_a_second_and_said_goes_on_with_the_first_speaker_s_denial() -> None:
    """ "Reyes said Gates was not paid and said Manafort was not involved": one speaker's one
    account, a denial — never a second statement credited to the person named inside it."""
    _, statements = _statements_of(
        "Tom Reyes said Gates was not working for the party and said Manafort was not involved."
    )
    [statement] = statements
    assert statement.speaker_name == "Tom Reyes" and statement.stance is Stance.DENY
    assert "Manafort was not involved" in statement.text


@pytest.mark.model
def test_a_quote_and_what_the_speaker_added_stay_two_statements() -> None:
    """ "“…,” he said, and added that …": two sayings of one speaker, each read for itself."""
    _, statements = _statements_of(
        'Mayor Ines Roth spoke on Friday. "I have nothing to do with the bank," she said, and '
        "added that she had not made a phone call to Norway in years."
    )
    assert [s.cue for s in statements] == ["say", "add"]
    assert all(s.speaker_name == "Ines Roth" and s.stance is Stance.DENY for s in statements)


@pytest.mark.model
def test_the_writer_s_concession_on_the_saying_is_not_part_of_what_was_said() -> None:
    """ "…, though she did not discuss their terms" remarks on the saying: it neither belongs
    to the words reported nor makes them a denial."""
    _, statements = _statements_of(
        "Campaign spokeswoman Ana Voss said all staffers sign such agreements, though she did "
        "not discuss their terms."
    )
    [statement] = statements
    assert statement.text == "all staffers sign such agreements"
    assert statement.stance is not Stance.DENY


@pytest.mark.model
def test_a_participle_giving_the_grounds_of_a_rebutted_claim_is_a_denial() -> None:
    """ "pushed back on those claims, saying …" rebuts the claims; pushing back on people is
    no denial of anything."""
    _, statements = _statements_of(
        "Senator Ada Pryce pushed back on those claims Thursday, saying that the bill had "
        "the right safeguards.\n\nMayor Ines Roth pushed back against her rivals, saying they "
        "were wrong on taxes."
    )
    pryce, roth = statements
    assert pryce.speaker_name == "Ada Pryce" and pryce.stance is Stance.DENY
    assert roth.speaker_name.endswith("Ines Roth") and roth.stance is Stance.OTHER


@pytest.mark.model
def test_a_question_split_by_its_attribution_denies_nothing() -> None:
    """ "… if it was as bad as she said, he said, why hadn't she resigned?" asks; the question
    mark lies outside the words after the aside, but they are still a question."""
    _, statements = _statements_of(
        "Omar Vale was back to implying that Ellen Marsh had lied - if the audit was as bad "
        "as she said, he said, why hadn't she resigned?\n\nThe audit, Omar Vale said, was "
        "never signed."
    )
    asked, told = statements
    assert asked.stance is Stance.OTHER
    assert told.stance is Stance.DENY


@pytest.mark.model
def test_calling_the_account_made_up_denies_the_contact_the_speaker_denied_before() -> None:
    """ "Perhaps she made the story up" names no contact: from the speaker who denied the
    contact earlier in the article it denies that contact again; from another speaker, who
    denied none, it carries no contact of someone else's."""
    text = (
        "Mayor Owen Pryce said on Monday that he never met the developer Ines Vale.\n\n"
        "Vale's account of a dinner at the harbor has been questioned for weeks.\n\n"
        "Councillor Ada Brisk said the tender documents were fabricated.\n\n"
        '"Perhaps she made the story up," Pryce told reporters on Tuesday.'
    )
    extraction = extract_article(load_nlp()(text), Article(article_id(text), text), {})
    statements = [r for r in extraction.records if isinstance(r, Statement)]
    first = next(s for s in statements if "never met" in s.text)
    again = next(s for s in statements if "made the story up" in s.text)
    brisk = next(s for s in statements if "fabricated" in s.text)
    assert again.stance is Stance.DENY and first.proposition is not None
    assert again.proposition == first.proposition
    assert brisk.stance is Stance.DENY and brisk.proposition is None


@given(st.from_regex(DENIAL_PATTERN))
def test_every_text_the_denial_pattern_matches_is_read_as_a_denial(text: str) -> None:
    """The pattern is searched only in texts holding one of the words every denial holds: no
    text it matches, whatever its case and surroundings, lacks all of them."""
    assert denies(text)


@pytest.mark.parametrize(
    "text",
    ["We never met the ambassador.", "He DIDN’T MEET anyone.", "That story is ſimply false."],
)
def test_a_denial_is_read_whatever_its_case(text: str) -> None:
    assert DENIAL_PATTERN.search(text) is not None
    assert denies(text)


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("Nobody did this to the miners. They did it to themselves.", "write", Stance.OTHER),
        ("Nobody's stopping them from leaving town.", "say", Stance.OTHER),
        ("Nobody.", "say", Stance.DENY),
        ("I've never seen anything like this since the flood of 1993.", "say", Stance.OTHER),
        ("I've never seen a mayor do that until now.", "say", Stance.OTHER),
        ("she has never seen the memo", "say", Stance.DENY),
        ("Everything he promises is never going to happen.", "say", Stance.OTHER),
        ("Silence helps the bully, never the bullied.", "say", Stance.OTHER),
        ("The old governor would have never backed such a ban.", "write", Stance.OTHER),
        ("the team never played better than in that final", "say", Stance.OTHER),
        ("the mayor has never respected the council's budget rules", "say", Stance.OTHER),
        ("I hope that the strike doesn't happen, because it hurts everyone.", "say", Stance.OTHER),
        ('it is "very sad" that the governor didn\'t attend the vigil', "say", Stance.OTHER),
        ("the law punishes anyone making false statements to an agent", "say", Stance.OTHER),
        ("these false claims about the budget must stop", "say", Stance.DENY),
        ("Whether we win or whether we do not win, the work goes on.", "say", Stance.OTHER),
        ("That hasn't happened yet, and nobody expects it.", "add", Stance.OTHER),
        ("the meeting hasn't happened", "say", Stance.DENY),
        ("I didn't know him that well, but I did know him.", "say", Stance.OTHER),
        ("I will look into it. I don't know the status.", "say", Stance.OTHER),
        ("the notion that the council could walk away from the deal", "reject", Stance.OTHER),
        ("the idea that the rival would be a drag on the ticket", "reject", Stance.OTHER),
        ("the notion that he was part of the party machine", "reject", Stance.DENY),
        ("the suggestion that she may have misled the board", "reject", Stance.DENY),
        ("that his name should not appear on the ballot", "contend", Stance.OTHER),
        ("that the levy will help not only the cities but the farms", "insist", Stance.OTHER),
        ("that none of the files was marked secret when it was sent", "assert", Stance.DENY),
        ("I have no intention of being anyone's running mate.", "say", Stance.OTHER),
        ("he has no desire to run for the seat again", "say", Stance.OTHER),
    ],
)
def test_wishes_laments_experiences_forecasts_and_proposals_deny_nothing(
    text: str, cue: str, stance: Stance
) -> None:
    """A negation denies only what the speaker tells as not so: not a rhetorical "Nobody did
    this to them", an experience ("never seen anything like it"), a forecast ("never going to
    happen"), a wish ("I hope it doesn't happen"), a lament ("sad that he didn't come"), the
    name of an offence ("false statements"), a condition ("whether we do not win"), a state
    still to change ("hasn't happened yet"), not knowing a fact ("I don't know the status"), a
    rejected proposal ("the notion that they could walk away"), what should or will be, or an
    intention ("no intention of running"). The same words telling a fact still deny."""
    assert classify(text, cue) is stance


def _denials_of(text: str) -> list[Statement]:
    return [s for s in _statements_of(text)[1] if s.stance is Stance.DENY]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ruling, which denied pension status to the seasonal workers, still stands, Judge "
        "Ana Voss said.",
        "Mayor Dana Holt said the new rules gave the clinics a privilege that the schools have "
        "been denied for years.",
        "Governor Pat Moss is a pragmatist; instead of denying poor families health care, he "
        "expanded the program.",
        "Mayor Dana Holt said the rules will give the clinics a privilege that so many other "
        "parts of the program have been denied: a chance to be refined.",
        "Taking nothing for granted, the Holt campaign is already actively working to deny him "
        "even that long shot path by taking advantage of the county rules.",
    ],
)
def test_denying_someone_a_thing_withholds_it_and_reports_no_denial(text: str) -> None:
    """ "denied the status to the workers", "a privilege they have been denied", "denying
    families health care", "deny him even that path" refuse a thing to someone: nobody said
    anything was not so."""
    assert _denials_of(text) == []


@pytest.mark.model
def test_denying_a_claim_to_reporters_is_still_a_denial() -> None:
    [denial] = _denials_of("Mayor Dana Holt denied the allegations to reporters on Monday.")
    assert denial.speaker_name == "Dana Holt"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Asked on Friday whether her brother would take a post in the cabinet, Senator Ray "
            'Olin said, "No."',
            Stance.OTHER,
        ),
        ('Asked whether she had met the envoy, Senator Ray Olin said, "No."', Stance.DENY),
    ],
)
def test_no_to_what_someone_would_do_states_an_intention(text: str, stance: Stance) -> None:
    """ "No." to whether someone would take a post answers a question of intention; to whether
    she had met someone it denies the meeting."""
    _, statements = _statements_of(text)
    assert next(s for s in statements if s.text.startswith("No")).stance is stance


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"It would be a win that hasn\'t happened in this district since 1984," said Mayor Dana '
        "Holt.",
        'Mayor Dana Holt said the attacks had reinforced "stereotypes that are untrue but '
        'damaging" for the party.',
        "Mayor Dana Holt said he was not releasing his tax returns because several years of them "
        "are under audit.",
        "Imam Rafi Dar said the gunman didn't mingle after prayers but left at once.",
        "\"I'm the goalkeeper because there's no other player on the team who can dive that "
        'far," said Mayor Dana Holt.',
    ],
)
def test_descriptions_and_reasons_with_a_negation_are_no_denials(text: str) -> None:
    """A negation in a relative clause describes ("a win that hasn't happened since 1984"),
    "not … because" gives the reason for a choice, what another person did not do, told
    with no charge to answer, is a witness's description, and "because there's no one else"
    explains a fact rather than denying one (unlike "can't name a bribe because there isn't
    one")."""
    assert _denials_of(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dana Holt said he did not sign the harbor contract.",
        "Critics accused the imam of hiding the gunman's ties. Imam Rafi Dar said the gunman "
        "didn't attend the mosque after 2014.",
    ],
)
def test_one_s_own_act_or_another_s_against_a_charge_is_denied(text: str) -> None:
    """The speaker's own act said not to have happened is denied, and so is another's when
    the statement answers a charge made just before it."""
    assert len(_denials_of(text)) == 1


@pytest.mark.model
def test_saying_no_to_a_plan_refuses_it_and_denies_nothing() -> None:
    """ "Americans will say 'no' to his tax plans": a "no" said to something turns it down; it
    answers no question of fact."""
    text = (
        "On Sunday, when asked about the candidate, Governor Pat Moss said he expected that "
        "Americans will say “no” to the candidate’s tax plans. Moss said, “There is a long "
        "tradition in this country of fairness.”"
    )
    assert _denials_of(text) == []


@pytest.mark.model
def test_there_is_no_denying_concedes_and_reports_no_denial() -> None:
    """ "There's no denying he has had quite a run" is the writer granting a point: nobody
    denied anything."""
    text = (
        "Governor Pat Moss may now feel that way himself. There's no denying he has had quite "
        "a run."
    )
    assert _denials_of(text) == []


@pytest.mark.model
def test_a_retort_told_inside_anothers_statement_is_the_retorters_denial_only() -> None:
    _, statements = _statements_of(
        'Ann Diaz said the plan had worked, to which Ben Ortiz interjected: "It\'s just not true."'
    )
    stances = {s.speaker_name: s.stance for s in statements}
    assert stances == {"Ann Diaz": Stance.OTHER, "Ben Ortiz": Stance.DENY}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        # a negation inside a clause describing someone is not the sentence's own
        (
            "Gov. Tim Rudd says there are many voters who never get a hearing.",
            "there are many voters",
            Stance.OTHER,
        ),
        # another's act told in the perfect is a criticism, unless it answers a charge
        (
            "Mayor Tim Rudd said his deputy had not worked on the contract.",
            "his deputy had not",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said the governor hasn't given the flooding much thought.",
            "the governor hasn't",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd, answering the allegations, said his deputy had not worked on the"
            " contract.",
            "his deputy had not",
            Stance.DENY,
        ),
        (
            "Mayor Tim Rudd said he had not worked on the contract.",
            "he had not worked",
            Stance.DENY,
        ),
        # "before" far from the "never" is no "never … before" of experience
        (
            'Ann Cole repeated her claim that she "never sent or received classified material" on'
            " her private server and the director's testimony before Congress upon the end of"
            " the inquiry.",
            "her claim that she",
            Stance.DENY,
        ),
        # a "he" the article has named as another person than the speaker
        (
            "Sen. Ann Cole spoke about Mayor Tim Rudd on Wednesday. Cole said that he had not"
            " done his homework on the budget.",
            "that he had not",
            Stance.OTHER,
        ),
        # another's record so far, in the present perfect passive
        (
            "Mayor Tim Rudd said Ann Cole has not been tested the way governors have.",
            "Ann Cole has not",
            Stance.OTHER,
        ),
        # the same with its subject set off before the content
        (
            "Governors Ann Cole and Tim Rudd say State Sen. Ben Ortiz, hasn't been tested the"
            " way governors have, leaving him unready to lead.",
            "tested the way",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said he has never been paid by the developer.",
            "he has never been",
            Stance.DENY,
        ),
        # "there is no …" in the present judges; "there was no …" denies
        (
            "Judge Ann Cole said there's no precedent for a trial like this one.",
            "there's no precedent",
            Stance.OTHER,
        ),
        # no plans, no figures, not decided: an intention, not knowing, a plan
        (
            "Ms. Ines Vale said she had no plans to shout at anyone that night.",
            "she had no plans",
            Stance.OTHER,
        ),
        (
            "Ms. Ines Vale said she did not have figures on how many people used the app.",
            "she did not have",
            Stance.OTHER,
        ),
        (
            "The bureau has said it had no incriminating information about the couple.",
            "it had no incriminating",
            Stance.OTHER,
        ),
        (
            "The prosecutor said her office had no direct evidence that the account was hacked.",
            "her office had no",
            Stance.OTHER,
        ),
        (
            "The veterans' league wrote to the mayor's office that it did not have permission to"
            " use the logo on its fliers.",
            "that it did not have",
            Stance.OTHER,
        ),
        (
            "Sen. Ann Cole said there was no daylight between her plan and the governor's.",
            "there was no daylight",
            Stance.OTHER,
        ),
        (
            "Ms. Ines Vale said she hasn't decided what she will do next.",
            "she hasn't decided",
            Stance.OTHER,
        ),
        # a view, an outcome judged, what one had in mind
        (
            "Mayor Tim Rudd said that neither aide was impressed by the governor.",
            "neither aide",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said that for all her efforts to change course, it didn't work.",
            "for all her efforts",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said he did not work for the lobbyist.",
            "he did not work",
            Stance.DENY,
        ),
        (
            "“She didn't have a particular speech in mind,” said Ines Vale.",
            "She didn't have",
            Stance.OTHER,
        ),
        (
            "The inspector, Ann Cole, said the lapse was careless but did not warrant charges.",
            "the lapse was careless",
            Stance.OTHER,
        ),
        # what is not being done to one now is a fact
        (
            "The Cole campaign has said she's not being audited for those years.",
            "she's not being audited",
            Stance.DENY,
        ),
        # in the present, "does not exist" argues; "did not take place" denies
        (
            "“That ground does not exist in her case,” Judge Tim Rudd wrote.",
            "That ground",
            Stance.OTHER,
        ),
        (
            "“The meeting did not take place,” said Ines Vale.",
            "The meeting did not",
            Stance.DENY,
        ),
        # an intention, a degree, a topic
        (
            "The founders insisted to Tim Rudd that they were not looking to sell the firm.",
            "that they were not looking",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said he was not trying to hide anything.",
            "he was not trying",
            Stance.DENY,
        ),
        (
            "Mayor Tim Rudd said that he did not use the jet that much.",
            "that he did not",
            Stance.OTHER,
        ),
        (
            "In explaining why the bills had not passed, Ann Cole blamed the lobbyists.",
            "why the bills",
            Stance.OTHER,
        ),
        (
            "“I've never seen a mayor use a flood to raise money from donors like this until"
            " now,” wrote Ann Cole.",
            "I've never seen",
            Stance.OTHER,
        ),
        # "not just" narrows; it does not deny
        (
            "A spokesman, Tom Reyes, said the mayor wasn't targeting just the council.",
            "the mayor wasn't",
            Stance.OTHER,
        ),
        # a capitalised word after "never" is a name, not the verb denied
        (
            "Ms. Ines Vale said she never saw Halden talk to the gunman.",
            "she never saw",
            Stance.OTHER,
        ),
        # how often, not whether
        (
            "“They didn't happen every week, but we heard about them,” said Ines Vale.",
            "They didn't happen",
            Stance.OTHER,
        ),
        # inventing a thing is no fabrication; inventing a story is
        (
            "“We invented the jet engine here,” said Ines Vale. “We can build again.”",
            "We invented",
            Stance.OTHER,
        ),
        (
            "Mayor Tim Rudd said the reporter invented the story.",
            "the reporter invented",
            Stance.DENY,
        ),
        # contact said not to have been, in the negative or in a number it had not
        (
            "Sen. Ann Cole said there were not multiple calls placed by her aides to the mayor.",
            "there were not multiple calls",
            Stance.DENY,
        ),
        (
            "Sen. Ann Cole said there hadn't been any meetings with the developer.",
            "there hadn't been",
            Stance.DENY,
        ),
        # a "none of" subject negates as "neither" does
        (
            "Sen. Ann Cole has said that none of her memos were marked secret when sent.",
            "none of her memos",
            Stance.DENY,
        ),
        (
            "Sen. Ann Cole said none of the candidates had released a budget plan.",
            "none of the candidates",
            Stance.OTHER,
        ),
        # one's words said to be twisted, a claim called false, "nothing of the kind"
        (
            "Sen. Ann Cole said her remarks were mischaracterized by the paper.",
            "her remarks were",
            Stance.DENY,
        ),
        ("Sen. Ann Cole called the allegations false.", "the allegations", Stance.DENY),
        ('Sen. Ann Cole called that story on Friday a "brazen lie."', "that story", Stance.DENY),
        ("Sen. Ann Cole called Mayor Tim Rudd a liar.", "Mayor Tim Rudd", Stance.OTHER),
        # a verdict of falsity a fact-checker gives denies the claim as calling it false does
        (
            "The Ledger's fact-checkers deemed those statements false because no such video "
            "exists.",
            "those statements",
            Stance.DENY,
        ),
        ("The Ledger's fact-checkers rated the claim as false.", "the claim", Stance.DENY),
        ("Sen. Ann Cole branded the story a lie.", "the story", Stance.DENY),
        # criticism turned down is a claim denied only with the "that" clause stating it
        (
            "Mayor Tim Rudd rejected criticism from Sen. Ann Cole that closing the unit made "
            "the city less safe.",
            "criticism from",
            Stance.DENY,
        ),
        ("Mayor Tim Rudd rejected criticism of his budget plan.", "criticism of", Stance.OTHER),
        (
            "Sen. Ann Cole's office said the memo says nothing of the kind.",
            "the memo says",
            Stance.DENY,
        ),
    ],
)
def test_a_denial_rejects_a_fact_and_a_judgement_plan_or_criticism_in_the_negative_is_not_one(
    text: str, opening: str, stance: Stance
) -> None:
    """The GUIDE's denial says a fact about the speaker's side or an event is not so; the same
    negative words judging how things stand, stating a plan or not knowing, or criticising
    what someone else did not do are `other`."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
def test_a_verdict_other_than_falsity_is_no_statement() -> None:
    """ "Deemed", "rated" and "found" only judge unless the verdict is that a claim is false."""
    _, statements = _statements_of(
        "The court deemed the evidence admissible. Analysts rated the bond highly. The panel "
        "found the report thorough."
    )
    assert statements == []


@pytest.mark.model
def test_a_rebutted_accusation_is_denied_as_the_accusation_not_read_as_its_words() -> None:
    """The parser hangs the "that" clause on "rebutted", not on "accusation": what is said
    is still Exxon's accusation, which the speaker denies — not "misleading", said of the
    articles, which would make it a dismissal in the speaker's own words."""
    _, statements = _statements_of(
        "Ann Diaz rebutted Exxon's accusation that articles about the company, produced by "
        "reporters at the paper, were misleading and inaccurate."
    )
    [rebuttal] = [s for s in statements if s.speaker_name == "Ann Diaz"]
    assert rebuttal.text.startswith("Exxon's accusation that articles")
    assert rebuttal.stance is Stance.DENY


@pytest.mark.model
def test_a_no_followed_by_the_speaker_s_own_point_is_a_counter_claim() -> None:
    """ "No, I meant …" corrects the asker with a point of one's own; "No, I didn't." still
    denies."""
    asked = "The host said the mayor had surely meant it as a figure of speech. "
    assert (
        _stance_of(asked + "“No, I meant he runs the cartel,” Tim Rudd replied.", "No, I meant")
        is Stance.OTHER
    )
    assert (
        _stance_of("Did you meet him? “No, I didn't,” Tim Rudd replied.", "No, I didn't")
        is Stance.DENY
    )


@pytest.mark.model
def test_a_no_to_whether_a_choice_is_open_states_an_intention() -> None:
    """Asked whether a choice is out of the question, "Absolutely not" keeps it open; asked
    whether something happened, it denies."""
    choice = "Ann Cole was asked if it's out of the question to pick a female running mate. "
    met = "Ann Cole was asked if she had met the envoy. "
    reply = '"Absolutely not," Cole responded.'
    assert _stance_of(choice + reply, "Absolutely not") is Stance.OTHER
    assert _stance_of(met + reply, "Absolutely not") is Stance.DENY


@pytest.mark.model
def test_pushing_back_on_a_charge_is_a_denial_of_it_with_its_grounds() -> None:
    """ "pushed back on those charges" is a statement denying them, its "saying …" its
    grounds; pushing back at a person or a plan denies no claim."""
    _, statements = _statements_of("Mayor Tim Rudd has firmly pushed back on those charges.")
    assert [(s.stance, s.cue) for s in statements] == [(Stance.DENY, "push back")]
    _, statements = _statements_of(
        "Mayor Tim Rudd pushed back against accusations of favoritism, saying he had hired"
        " from every district."
    )
    assert [s.stance for s in statements] == [Stance.DENY]
    assert "every district" in statements[0].text
    for text in (
        "Mayor Tim Rudd hit back at the governor on Friday.",
        "Mayor Tim Rudd pushed back on the plan to close the library.",
    ):
        assert not _statements_of(text)[1]


@pytest.mark.model
def test_denying_a_person_something_refuses_it_and_reports_no_words() -> None:
    """ "he denied Merrick Garland a hearing" withholds a thing from a person; nobody's words
    are reported as denied."""
    _, statements = _statements_of(
        "Mayor Tim Rudd said the chairman had denied Ann Cole, the nominee, a hearing."
    )
    assert all(s.cue != "deny" for s in statements)
    assert all(s.stance is not Stance.DENY for s in statements)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        (
            'The network said that the senator\'s account was "false."',
            "that the senator",
            Stance.DENY,
        ),
        (
            "A spokeswoman for the Senate Finance Committee emailed reporters the text of the"
            " bill, arguing, “As you can see, the bill they cite says nothing of the kind.”",
            "As you can see",
            Stance.DENY,
        ),
        (
            'Mayor Dana Holt complained that the story about her trip was "made up."',
            "that the story",
            Stance.DENY,
        ),
        ("Mayor Dana Holt said the report was wrong.", "the report was", Stance.DENY),
        ("Mayor Dana Holt said the decision was wrong.", "the decision was", Stance.OTHER),
        (
            "Senator Ray Olin argued that the new rules had never helped small farmers.",
            "that the new rules",
            Stance.OTHER,
        ),
        (
            "Senator Ray Olin argued that the mayor's false claims had hurt the city.",
            "that the mayor's",
            Stance.OTHER,
        ),
    ],
)
def test_words_calling_a_claim_false_deny_it_in_marks_and_under_an_argument(
    text: str, opening: str, stance: Stance
) -> None:
    """A claim called "false" (marks and all), "wrong" or "nothing of the kind" is denied, even
    by someone arguing or complaining; an argument's mere negation, a false claim named as a
    cause, and a decision called wrong deny nothing."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        (
            "The mayor says that contrary to the claims of some council members, he's not"
            " plotting to close every library.",
            "that contrary to",
            Stance.DENY,
        ),
        (
            "Mayor Dana Holt said that contrary to what her rival claimed, the city did not lose"
            " money on the stadium.",
            "that contrary to",
            Stance.DENY,
        ),
        (
            "Senator Ray Olin said that, contrary to reports, he will not resign before the vote.",
            "that, contrary to",
            Stance.OTHER,
        ),
        (
            "Senator Ray Olin said that, contrary to claims that he never paid his taxes, he paid"
            " every bill on time.",
            "that, contrary to",
            Stance.OTHER,
        ),
    ],
)
def test_a_negation_set_against_a_named_charge_denies_the_charge(
    text: str, opening: str, stance: Stance
) -> None:
    """ "contrary to the claims …, he's not plotting to …" answers a charge it names: a denial,
    though a plan's absence alone would not be one. A forecast stays a forecast, and a "never"
    inside the charge is not the speaker's."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
def test_a_subject_with_no_before_it_negates_its_clause() -> None:
    """ "no payment was sent" says, as "none of the payments were sent" does, that a thing
    was not done."""
    text = "Senator Ray Olin said no payment was sent to the firm."
    assert _stance_of(text, "no payment was sent") is Stance.DENY


@pytest.mark.model
def test_a_thing_said_not_to_have_originated_with_someone_is_denied() -> None:
    """ "none of the letters originated with the governor" denies where they came from — an
    event that did not come about, whoever's the letters were."""
    text = (
        "Senator Ann Rowe of Ohio, a senior Democrat, said none of the letters in question"
        " originated with the governor."
    )
    assert _stance_of(text, "none of the letters") is Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        (
            '"I never said that. I never said that," Mayor Dana Holt said.',
            "I never said",
            Stance.DENY,
        ),
        ('"I didn\'t say it," Senator Ray Olin said of the remark.', "I didn't say", Stance.DENY),
        (
            '"I never said that we would win the county," Senator Ray Olin said.',
            "I never said",
            Stance.OTHER,
        ),
    ],
)
def test_disowning_words_attributed_to_one_is_a_denial(
    text: str, opening: str, stance: Stance
) -> None:
    """ "I never said that." denies having said what one is quoted as saying; "I never said
    that we would win" tells what one did or did not promise."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance", "about"),
    [
        (
            'Asked about the profile, Martin Hale said: "I never said I had never met a'
            ' diplomat. I said I do not keep a list of them."',
            "I never said",
            Stance.OTHER,
            None,
        ),
        (
            "Senator Ray Olin said he did not say that he had never spoken to the envoy, only"
            " that he did not know him well.",
            "he did not say",
            Stance.OTHER,
            None,
        ),
        (
            '"I never said it, and I never met him," Martin Hale said of the envoy.',
            "I never said it",
            Stance.DENY,
            Relation.MEET,
        ),
    ],
)
def test_words_one_denies_having_said_are_a_clarification_not_a_denial(
    text: str, opening: str, stance: Stance, about: Relation | None
) -> None:
    """ "I never said I had never met a diplomat" clarifies what the speaker said; it denies
    no meeting and carries no contact at all. A meeting denied beside the disowned words
    ("I never said it, and I never met him") is still denied."""
    _, statements = _statements_of(text)
    statement = next(s for s in statements if opening in s.text)
    assert statement.stance is stance
    relation = statement.proposition.relation if statement.proposition else None
    assert relation is about


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening", "stance"),
    [
        (
            "A council member accused Mayor Dana Holt of steering contracts to friends."
            ' "I did not award a single contract to a friend," Holt said.',
            "I did not award",
            Stance.DENY,
        ),
        (
            'The storm reached the town on Monday. "I didn\'t see it coming," Mayor Dana Holt'
            " said.",
            "I didn't see",
            Stance.OTHER,
        ),
        (
            'The storm reached the town on Monday. "I didn\'t close the shelters," Mayor Dana'
            " Holt said.",
            "I didn't close",
            Stance.OTHER,
        ),
        (
            'Critics called the host a partisan. "I never claimed to be a reporter," Rob Kell'
            " said.",
            "I never claimed",
            Stance.OTHER,
        ),
    ],
)
def test_a_quote_answering_a_charge_denies_what_the_speaker_says_they_did_not_do(
    text: str, opening: str, stance: Stance
) -> None:
    """Opening a quote that answers a charge, the speaker's own act said not done denies the
    charge; without a charge, the same words tell the speaker's story."""
    assert _stance_of(text, opening) is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Sara Vick, 31, said she hadn't given up hope that Marsh could win, because she"
            " could never back Hale.",
            "she hadn't given up hope",
        ),
        (
            "In May the county told the group that no files matching the request were located.",
            "no files matching",
        ),
        (
            "The sheriff said his deputies looked for a link between the two men and did not"
            " find one.",
            "his deputies looked",
        ),
        (
            "Judge Amy Rowe said the problem was not requiring an ID; the problem was which IDs"
            " counted.",
            "the problem was not",
        ),
        (
            "Governor Tom Reyes said that letting the workers stay was not out of step with"
            " voters.",
            "that letting the workers",
        ),
        (
            "Ron Pell said that while he pays for his own care, many of his neighbors had no"
            " insurance at all.",
            "that while he pays",
        ),
        (
            "Although she called the flood a tragedy, Mayor Ann Corley maintained that it does"
            " not change her earlier remarks.",
            "that it does not change",
        ),
        (
            "His former wife, Lena Hale, contended that since she is not running for office, she"
            " should not have to give up her privacy.",
            "that since she is not",
        ),
        (
            "“I have never voted in a caucus, but I'm going to vote in this caucus for Marsh,”"
            " said Ted Lowe, 29, of Dover.",
            "I have never voted",
        ),
        (
            "Former mayor Alan Pike was even more certain. “Absolutely not,” he said of the"
            " chance that the delegates would switch sides.",
            "Absolutely not",
        ),
    ],
)
def test_a_negation_that_rejects_no_claim_is_no_denial(text: str, opening: str) -> None:
    """A kept hope, a search that turned up nothing, a judgement of what matters or of an
    act, how a crowd fares, a thing's bearing, the premise of a view, a first time, and a
    "no" to a possibility reject no claim that something happened."""
    assert _stance_of(text, opening) is not Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Pike said he had never given up his seat on the board.", "he had never given up"),
        ("Pike said the issue was not raised at the meeting.", "the issue was not raised"),
        ("Pike said hiring his nephew did not break any rules.", "hiring his nephew"),
        ("Pike insisted that he does not own the building.", "that he does not own"),
        ("“I never met him, but I know his brother well,” Pike said.", "I never met him"),
        (
            "“I have never worked for Hale, but I am going to back him now,” Pike said.",
            "I have never worked",
        ),
        ("Asked whether he had met the envoy, Pike said: “Absolutely not.”", "Absolutely not"),
    ],
)
def test_the_same_negations_still_deny_what_happened(text: str, opening: str) -> None:
    """The guards above are narrow: a seat given up, an issue raised, a rule broken, a thing
    owned, a meeting, and a bare "no" to a question of fact are still denied."""
    assert _stance_of(text, opening) is Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("asked", "stance"),
    [
        ("As Marks spoke, the crowd chanted, “Jail her!” He tried to quiet them.", None),
        ("A reporter asked Marks whether he had met the envoy.", Stance.DENY),
    ],
)
def test_a_no_gestured_at_a_crowd_denies_nothing_but_one_answering_a_question_of_fact_does(
    asked: str, stance: Stance | None
) -> None:
    text = (
        "“We will win this state,” Governor Ray Marks said. “The other side is finished.”\n\n"
        f"{asked} He gestured “no” with his hands and walked off the stage."
    )
    _, statements = _statements_of(text)
    [gesture] = [s for s in statements if s.text.strip(' “”"') == "no"]
    assert gesture.stance is stance if stance is not None else gesture.stance is not Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "stance"),
    [
        ("Ana Lee said she blamed the mayor for the flood.", Stance.DENY),
        ("The council asked for the files in May.", Stance.OTHER),
    ],
)
def test_a_search_that_found_nothing_denies_only_a_charge_it_answers(
    before: str, stance: Stance
) -> None:
    text = (
        f"{before} “None of the three inquiries found anything against the mayor,” his"
        " spokesman, Tom Reyes, said."
    )
    assert _stance_of(text, "None of the three") is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Mostly false.", Stance.DENY),
        ("“Untrue,”", Stance.DENY),
        ("False.", Stance.DENY),
        ("False rumors spread fast in an election year.", Stance.OTHER),
        ("a false choice between jobs and the environment", Stance.OTHER),
    ],
)
def test_a_verdict_of_falsity_standing_alone_denies(text: str, stance: Stance) -> None:
    """A fact-checker's rating or a one-word reply calling a claim false denies it; the word
    "false" inside a longer point describes something else."""
    assert classify(text, "conclude") is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("“That’s not what happened,” Governor Ray Marks told reporters.", "That’s not what"),
        ("Governor Ray Marks said that was “simply not the case.”", "simply not the case"),
        ("“None of that is accurate,” Governor Ray Marks said.", "None of that"),
        ("“I wasn’t involved in any of that,” Governor Ray Marks said.", "I wasn’t involved"),
        ("“At no point did I discuss the contract with him,” Governor Ray Marks said.", "At no"),
        ("Asked whether he had met the envoy, Governor Ray Marks said: “Never.”", "Never"),
    ],
)
def test_an_account_said_not_to_be_so_is_denied_without_a_denial_verb(
    text: str, opening: str
) -> None:
    """ "not what happened", "not the case", "none of that is accurate", "wasn't involved in
    any of that", "at no point did I …", a bare "Never." to a question of fact: each says
    what was told is not so, with no "deny" in sight."""
    assert _stance_of(text, opening) is Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("“That is not the case for most workers here,” Governor Ray Marks said.", "That is"),
        ("“My father was not involved in politics,” Governor Ray Marks said.", "My father"),
        ("“At no point in history have we seen this,” Governor Ray Marks said.", "At no"),
        ("“There is no point in calling him,” Governor Ray Marks said.", "There is no"),
        ("Asked whether he would ever back the plan, Governor Ray Marks said: “Never.”", "Never"),
    ],
)
def test_the_same_words_describing_how_things_are_or_will_be_deny_nothing(
    text: str, opening: str
) -> None:
    """How things stand for a group, a life told, a view of history, an opinion idiom and a
    "Never." to what one will do are not accounts said to be untrue."""
    assert _stance_of(text, opening) is not Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Mark Dunn, a spokesman for Governor Ray Marks, said he did not sign the lease.", "deny"),
        ("Marks spokesman Mark Dunn said the governor did not sign the lease.", "deny"),
        ("Governor Ray Marks's spokesman, Mark Dunn, said he did not sign the lease.", "deny"),
        ("Mark Dunn, a spokesman for Governor Ray Marks, said the mayor did not sign it.", "other"),
    ],
)
def test_a_spokesperson_denies_what_they_say_their_principal_did_not_do(
    text: str, stance: str
) -> None:
    """A spokesperson telling that the one they speak for did not do something speaks for
    their own side, as that person's own "I did not sign it" would; of a third party the
    same words are a description, denied only as the answer to a charge."""
    context = "Governor Ray Marks faces questions about the lease. "
    assert _stance_of(context + text, "sign").value == stance


@pytest.mark.parametrize(
    "text",
    [
        "he never paid the contractors",
        "she never gave him the documents",
        "he never wrote the memo",
        "the firm never sold the data",
        "the polling place never shut its doors",
    ],
)
def test_never_with_an_irregular_past_denies_the_act(text: str) -> None:
    """ "never paid", "never gave", "never wrote", "never sold", "never shut" deny an act as
    "never signed" does, though their past does not end in "-ed"."""
    assert classify(text, "say") is Stance.DENY


@pytest.mark.parametrize(
    "text",
    [
        "You never paid a dime in taxes!",
        "you can never prove a negative, that you never wrote what is in that file",
    ],
)
def test_what_you_never_did_is_a_charge_or_a_hypothesis_not_a_denial(text: str) -> None:
    """A "never" said of the one spoken to, or of anyone ("you never paid", "you can never
    prove you never wrote it"), charges or supposes; the speaker denies nothing."""
    assert classify(text, "say") is not Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # an accusation, then the accused's negation of what it charged
        (
            "Critics charged that the bishop's meeting with the governor was political. The"
            " bishop said the meeting was not political.",
            "the meeting was not political",
        ),
        # a report, then a spokesperson's "was not" in a quote
        (
            "The Gazette reported that Mayor Tim Rudd had written the letter before the vote. "
            '"The letter was not written before the vote," his spokeswoman, Ann Cole, said.',
            "The letter was not written",
        ),
        # a label put on the speaker, then the speaker's own "I'm not"
        (
            "Governor Pat Moss has branded the senator as reckless and divisive. \"I'm not"
            ' reckless," Senator Ben Ortiz said on Monday.',
            "I'm not reckless",
        ),
        # a question of fact, then the answer
        (
            "Asked whether the campaign had paid the consultant, Ann Cole said the campaign had"
            " not paid him.",
            "the campaign had not paid",
        ),
        # a reply to what was said before it, with no charge word
        (
            "Governor Pat Moss said the senator wants to tear up the treaty. In response, Senator"
            ' Ben Ortiz said, "Nobody is tearing up the treaty."',
            "Nobody is tearing up",
        ),
    ],
)
def test_a_negation_restating_a_charge_told_before_it_denies_the_charge(
    text: str, opening: str
) -> None:
    """A denial need not use a denial verb: a negation whose predicate restates what a charge,
    a report, a label or a question of fact told just before it rebuts that charge."""
    assert _stance_of(text, opening) is Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # the same shape with nothing charged before it: an opinion
        ("Governor Pat Moss said the tax plan is not fair to workers.", "the tax plan is not"),
        ('"The economy is not growing," Governor Pat Moss said.', "The economy is not"),
        # a charge before it, but a forecast after it
        (
            "Critics charged that the tax plan would raise the deficit. Governor Pat Moss said"
            " the plan will not raise the deficit.",
            "the plan will not",
        ),
        # a charge before it, but a view held of it
        (
            'Critics charged that the tax plan is unfair. "I think the plan is not unfair,"'
            " Governor Pat Moss said.",
            "I think the plan",
        ),
        # a question asking for a judgement is answered by an opinion
        (
            '"Is it unusual for the plan to be so unfair?" a reporter asked. "The plan is not'
            ' unfair," Governor Pat Moss said.',
            "The plan is not",
        ),
        # a feeling is no fact rebutted
        (
            "Asked whether he was worried about the polls, Governor Pat Moss said he was not"
            " worried.",
            "he was not worried",
        ),
        # a negation about something else than what was charged
        (
            "Critics say the senator is too old for the job. Senator Ben Ortiz said the race is"
            " not about age.",
            "the race is not",
        ),
    ],
)
def test_a_negation_with_no_charge_it_restates_stays_an_opinion(text: str, opening: str) -> None:
    """A negative opinion, forecast or feeling is no denial unless it restates a charge told
    before it; what will not be and what the speaker thinks stay what they are."""
    assert _stance_of(text, opening) is Stance.OTHER


@pytest.mark.model
def test_a_rebuttal_of_what_a_meeting_was_does_not_deny_the_meeting() -> None:
    """ "The meeting was not political" denies the charge, not that the meeting took place: the
    denial carries no contact, so it can never contradict a meeting on the record."""
    _, statements = _statements_of(
        "Critics charged that the bishop's meeting with Governor Pat Moss was political. Bishop"
        " Ann Rowe said the meeting was not political."
    )
    denial = next(s for s in statements if "not political" in s.text)
    assert denial.stance is Stance.DENY and denial.proposition is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Ray Olin has said he would be honored to meet with the bishop, but no meeting"
        " has been arranged.",
        "A spokesman for the governor, Tom Reyes, said no meeting had been scheduled with the"
        " envoy.",
        "Tom Reyes said the senator had not planned a trip to Moscow.",
    ],
)
def test_a_meeting_not_yet_arranged_is_a_plan_not_a_denial(text: str) -> None:
    """ "No meeting has been scheduled" tells the state of a plan (the GUIDE's plan or its
    absence): the meeting may still take place, so the record must not hold a denial of it
    that a later meeting would seem to contradict."""
    assert _denials_of(text) == []


@pytest.mark.model
def test_meetings_denied_and_none_scheduled_is_still_a_denial() -> None:
    """The past denied stays denied when a plan's absence follows it."""
    text = "Tom Reyes said the senator had no meetings with the envoy, and none are scheduled."
    assert len(_denials_of(text)) == 1


@pytest.mark.parametrize(
    ("reply", "stance"),
    [
        ("Not that I know of.", Stance.DENY),
        ("Not that I'm aware of.", Stance.DENY),
        ("Not to my knowledge.", Stance.DENY),
        ("Not that I recall.", Stance.NOT_RECALL),
        ("Not to my recollection.", Stance.NOT_RECALL),
        ("I don't have any recollection of meeting him at the hotel.", Stance.NOT_RECALL),
        ("I do not have any memory of it.", Stance.NOT_RECALL),
        ("Not that I know what he meant by it, but the talks went well.", Stance.OTHER),
    ],
)
def test_a_reply_hedged_by_what_the_speaker_knows_denies_and_one_by_memory_recalls_nothing(
    reply: str, stance: Stance
) -> None:
    assert classify(reply, "") is stance


@pytest.mark.model
def test_not_that_i_know_of_to_whether_anyone_on_the_campaign_had_contact_is_a_group_denial() -> (
    None
):
    text = (
        "Asked last week whether anyone on the Delmont campaign had contact with Norwegian "
        'officials, Governor Ruth Kale said, "Not that I know of."'
    )
    cast, statements = _statements_of(text)
    answer = next(s for s in statements if "know of" in s.text)
    assert answer.stance is Stance.DENY
    assert answer.proposition is not None
    assert _names(cast, answer.proposition.subjects) == ["Delmont campaign"]
    assert answer.said_on is not None and answer.said_on.iso() == "2019-02-18..2019-02-24"


@pytest.mark.model
def test_a_held_conversation_of_an_unnamed_post_has_no_subject_and_the_capacity_is_no_side() -> (
    None
):
    text = (
        'Dana Kirk said: "Last year, the senator had over 25 conversations with foreign '
        'ambassadors as a senior member of the Harbor Committee."'
    )
    cast, statements = _statements_of(text)
    [told] = [s for s in statements if "conversations" in s.text]
    assert told.proposition is not None
    assert told.proposition.subjects == ()
    assert "Harbor Committee" not in _names(cast, told.proposition.objects)


def test_a_title_s_stop_inside_a_denial_ends_no_sentence() -> None:
    assert classify("No one in Mr. Delmont's campaign had contact with Anton Belov.", "say") is (
        Stance.DENY
    )


@pytest.mark.model
def test_an_unnamed_post_that_did_not_attend_is_not_the_lawyer_who_says_so() -> None:
    _, statements = _statements_of(
        "His lawyer, Dana Kirk, said, \"The governor didn't know about the meeting and did not "
        'attend it."'
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    assert denial.proposition.subjects == ()


@pytest.mark.model
def test_saying_one_met_no_officials_of_a_country_denies_meeting_them() -> None:
    proposition, other = _denied_other_side(
        "Omar Vale said on Monday that he met no Norwegian officials on the trip."
    )
    assert proposition.relation is Relation.MEET
    assert other == ["Norwegian officials"]


@pytest.mark.model
def test_saying_one_spoke_with_nobody_from_a_government_denies_contact_with_it() -> None:
    _, other = _denied_other_side(
        "Omar Vale said on Monday that he spoke with nobody from the Norwegian government."
    )
    assert other == ["Norwegian government"]


@pytest.mark.model
def test_a_denial_ending_in_a_quoted_phrase_is_read_from_its_verb_not_its_closing_mark() -> None:
    """It denies, and what it denies is the matter sent: no contact it could be held against."""
    text = (
        'Ellen Marsh initially said in the spring, when the story broke, "I did not send any '
        'confidential file to anyone." Later in the summer, she revised her statement '
        "explaining that she had not sent or received emails that were "
        '"marked confidential at the time."\n\n'
        "The inspector is also exploring potential violations regarding "
        '"gross negligence" in the handling of the files.'
    )
    [denial] = [s for s in _denials_of(text) if "marked confidential" in s.text]
    assert denial.proposition is None


@pytest.mark.model
def test_a_report_of_someone_elses_contact_is_theirs_though_a_name_has_the_initial_i() -> None:
    # "Sergey I. Kislyak" read as the speaker's own "I": the contact was Pence's
    cast, statements = _statements_of(
        "Mike Pence said on Sunday that Michael T. Flynn had spoken with the Russian "
        "ambassador, Sergey I. Kislyak, in late December."
    )
    [report] = statements
    assert _named_sides(cast, report) == (["Michael T. Flynn"], ["Sergey I. Kislyak"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a one-word reply in marks was read as a title ("Nightline"), so nothing was said
        '"No," Omar Vale said when asked if he had met Ted Rowe during the campaign.',
        # the question after the reply, in its own sentence, is the one it answers
        '"I did not," Omar Vale said when asked whether he had met Ted Rowe.',
        # the question's verb left out of the reply
        'Omar Vale was asked whether he had met Ted Rowe. "I did not," he said.',
        'Omar Vale was asked whether he had met Ted Rowe. "Nope," he said.',
    ],
)
def test_a_short_reply_to_whether_a_contact_happened_denies_that_contact(text: str) -> None:
    cast, statements = _statements_of(text)
    [reply] = [s for s in statements if s.cue != "ask"]
    assert reply.stance is Stance.DENY and reply.speaker_name == "Omar Vale"
    assert reply.proposition is not None and reply.proposition.polarity is False
    assert _named_sides(cast, reply) == (["Omar Vale"], ["Ted Rowe"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Not at all," Omar Vale said when asked whether the meetings were unusual.',
        'Omar Vale was asked whether the meetings were unusual. "Not at all," he said.',
    ],
)
def test_not_at_all_to_whether_meetings_were_unusual_judges_and_denies_nothing(text: str) -> None:
    _, statements = _statements_of(text)
    assert [s.stance for s in statements if s.cue != "ask"] == [Stance.OTHER]


@pytest.mark.model
def test_a_one_word_title_in_marks_is_still_no_one_s_words() -> None:
    _, statements = _statements_of('Omar Vale appeared on "Nightline," then left for Oslo.')
    assert statements == []


def _sides_of_the_denial(text: str) -> list[str]:
    """The names on both sides of the one denial in ``text``, read as the whole article is."""
    extraction = extract_article(load_nlp()(text), Article(article_id(text), text), {})
    names = {r.id: r.name for r in extraction.records if isinstance(r, Entity)}
    [denial] = [
        r for r in extraction.records if isinstance(r, Statement) and r.stance is Stance.DENY
    ]
    assert denial.proposition is not None
    return sorted(names[i] for i in (*denial.proposition.subjects, *denial.proposition.objects))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # Pence's words on Flynn's calls were read as a denial of a contact of Pence's own
        "Mayor Ines Roth said on Sunday that Omar Vale had spoken with the envoy, Anton Belov, "
        "in late December. Roth said the conversations had nothing to do with sanctions.",
        # the denial beside a contact the speaker admits was read as one of that contact
        "Omar Vale, the incoming adviser, spoke by phone with Anton Belov, the envoy, on "
        'Dec. 29.\n\nOn Sunday, Ines Roth said: "I talked to Omar Vale about that conversation. '
        'They did not discuss anything having to do with the decision to expel diplomats."',
    ],
)
def test_what_others_did_not_discuss_is_denied_of_the_pair_told_before(text: str) -> None:
    assert _sides_of_the_denial(text) == ["Anton Belov", "Omar Vale"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation", "other"),
    [
        # the model read "meeting Igor Sechin" as a name: no statement at all
        ("Carter Page denied meeting Igor Sechin.", Relation.MEET, "Igor Sechin"),
        ("Michael Flynn denied phoning Sergey Kislyak.", Relation.CALL, "Sergey Kislyak"),
        # "calling" named no kind of contact
        ("Michael Flynn denied calling Sergey Kislyak.", Relation.CALL, "Sergey Kislyak"),
    ],
)
def test_denying_a_contact_told_by_a_gerund_denies_that_contact(
    text: str, relation: Relation, other: str
) -> None:
    proposition, objects = _denied_other_side(text)
    assert (proposition.relation, objects) == (relation, [other])


@pytest.mark.model
def test_a_denied_meetings_time_after_an_aside_and_its_city_are_not_its_other_side() -> None:
    proposition, objects = _denied_other_side(
        "Carter Page denied meeting Igor Sechin, the head of Rosneft, during his July trip "
        "to Moscow."
    )
    assert objects == ["Igor Sechin"]
    assert proposition.period is not None and proposition.period.iso().endswith("-07")


@pytest.mark.model
def test_two_named_people_denied_to_have_discussed_a_thing_are_each_others_other_side() -> None:
    # "did not discuss sanctions" with no "with" named no contact at all
    cast, statements = _statements_of(
        "Mike Pence said on Sunday that Omar Vale and Ted Rowe, the envoy, did not discuss "
        "sanctions."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    sides = [*denial.proposition.subjects, *denial.proposition.objects]
    assert sorted(_names(cast, sides)) == ["Omar Vale", "Ted Rowe"]


@pytest.mark.model
def test_a_meeting_told_beside_a_negated_judgement_of_it_is_admitted() -> None:
    # the "not substantive" elsewhere in the words made the whole an opinion
    _, statements = _statements_of(
        "Omar Vale said in an interview that he had met Ted Rowe briefly at the convention but "
        "that the conversation was not substantive."
    )
    assert [s.stance for s in statements] == [Stance.AFFIRM]


@pytest.mark.model
def test_a_denial_told_in_a_look_back_story_is_of_the_storys_year() -> None:
    # the months took the article's year: calls in 2018, after the story's meetings of 2017
    _, statements = _statements_of_article(
        "Omar Vale told investigators that he had first met Ted Rowe, the envoy, in "
        "April 2017 at a hotel reception. He did not recall any phone calls with Mr. Rowe "
        "between April and November, he said.",
        date(2019, 3, 1),
    )
    [recall] = [s for s in statements if s.stance is Stance.NOT_RECALL]
    assert recall.proposition is not None and recall.proposition.period is not None
    assert recall.proposition.period.iso() == "2017-04-01..2017-11-30"


@pytest.mark.model
def test_the_period_a_contact_was_in_is_no_side_of_it() -> None:
    # "the transition" was the other side beside the Russians
    cast, statements = _statements_of(
        "Omar Vale told investigators that he had four meetings with Freedonian officials during "
        "the campaign and the transition."
    )
    [admission] = statements
    assert _named_sides(cast, admission) == (["Omar Vale"], ["Freedonian officials"])


@pytest.mark.model
def test_who_the_one_met_is_close_to_and_the_occasion_that_dates_it_are_no_sides() -> None:
    cast, statements = _statements_of(
        "Omar Vale met a Freedonian banker close to President Anton Belov in the Seychelles in "
        "January, nine days before Ted Rowe's inauguration, according to Lena Park, a "
        "spokeswoman for the bank."
    )
    [told] = statements
    assert told.proposition is not None
    named = _names(cast, (*told.proposition.subjects, *told.proposition.objects))
    assert "Anton Belov" not in named and "Ted Rowe" not in named


@pytest.mark.model
def test_where_a_trip_went_is_no_one_met_on_it() -> None:
    cast, statements = _statements_of(
        "Omar Vale acknowledged on Thursday that he had met a senior Freedonian official during "
        "a trip to Moscow in July."
    )
    [admission] = statements
    assert admission.stance is Stance.AFFIRM
    # one of the nation's officials, left unnamed, is one of its officials: never Moscow
    assert _named_sides(cast, admission) == (["Omar Vale"], ["Freedonian officials"])


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        "he had spoken briefly with Ted Rowe, the envoy",
        "he had exchanged private messages on Twitter with Ted Rowe",
    ],
)
def test_a_contact_told_as_had_by_its_teller_is_admitted(words: str) -> None:
    _, statements = _statements_of(f"Omar Vale told the committee on Thursday that {words}.")
    assert [s.stance for s in statements] == [Stance.AFFIRM]


@pytest.mark.model
def test_an_encounter_told_with_the_one_named_after_it_is_the_tellers_with_them() -> None:
    # what was said began at "was" (the name read as its subject), or the one named only
    # after "the encounter with" was its subject, with no other side
    names, statements = _statements_of_article(
        "Omar Vale met a Freedonian banker in the Seychelles in January, officials said. Mr. "
        "Vale said the encounter with the banker, Anton Belov, was a chance meeting.",
        date(2018, 3, 1),
    )
    [told] = [s for s in statements if s.speaker_name == "Omar Vale"]
    assert told.text == "the encounter with the banker, Anton Belov, was a chance meeting"
    assert told.proposition is not None
    assert [names[i] for i in told.proposition.subjects] == ["Omar Vale"]
    assert [names[i] for i in told.proposition.objects] == ["Anton Belov"]


@pytest.mark.model
def test_there_was_no_meeting_denies_the_contact_just_told() -> None:
    # the denial's only side was the press secretary himself
    names, statements = _statements_of_article(
        "President Omar Vale had a second conversation with President Anton Belov at a dinner "
        "for world leaders, the palace confirmed on Tuesday. Ted Rowe, the press secretary, said "
        "there was no secret meeting.",
        date(2018, 7, 11),
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    sides = [*denial.proposition.subjects, *denial.proposition.objects]
    assert sorted(names[i] for i in sides) == ["Anton Belov", "Omar Vale"]


@pytest.mark.model
def test_whom_a_meeting_had_nothing_to_do_with_is_no_side_of_it() -> None:
    # "President Rowe" was the one denied to have met, with no one
    names, statements = _statements_of_article(
        "Omar Vale met Anton Belov, a Freedonian banker, in the Seychelles in January. A "
        'spokesman for Mr. Vale said on Monday that the meeting "had nothing to do with '
        'President Ted Rowe."',
        date(2018, 3, 1),
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None
    sides = [*denial.proposition.subjects, *denial.proposition.objects]
    assert "Ted Rowe" not in {names.get(i) for i in sides}


@pytest.mark.model
def test_no_record_of_a_meeting_told_as_held_denies_no_meeting() -> None:
    # it was a denial of meeting the Vatican, and with no place, of meeting anyone at all
    _, statements = _statements_of(
        "There was no photograph of the brief meeting at the papal residence, in keeping with "
        "Vatican protocol, Omar Vale said."
    )
    assert [s.proposition for s in statements] == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"I never met with Freedonian officials to discuss the Reyes campaign," Omar Vale said.',
        '"I never had meetings with Freedonian officials about the Reyes campaign," Omar Vale '
        "said.",
    ],
)
def test_what_a_denied_contact_was_about_is_no_side_of_it(text: str) -> None:
    # the campaign was a second other side, beside the officials
    _, objects = _denied_other_side(text)
    assert objects == ["Freedonian officials"]


@pytest.mark.model
def test_the_news_that_prompted_the_words_is_no_part_of_what_was_said() -> None:
    _, statements = _statements_of(
        "Omar Vale said he would recuse himself, hours after it emerged that he had met twice "
        "with Ted Rowe last year."
    )
    assert [s.text for s in statements] == ["he would recuse himself"]


@pytest.mark.model
def test_what_was_discussed_is_no_side_of_the_discussion() -> None:
    # "the Reyes campaign" was a side of the denied talk, beside Ted Rowe
    _, objects = _denied_other_side(
        "Omar Vale said he had not discussed the Reyes campaign with Ted Rowe."
    )
    assert objects == ["Ted Rowe"]


@pytest.mark.model
def test_a_body_that_tells_what_it_received_is_its_receiver() -> None:
    # the email had a sender and no receiver: "it" was no one
    cast, statements = _statements_of(
        "The Freedonian Foreign Ministry acknowledged on Tuesday that it had received an email "
        "from Omar Vale."
    )
    [admission] = statements
    assert sorted(
        _names(cast, (*admission.proposition.subjects, *admission.proposition.objects))
    ) == [
        "Freedonian Foreign Ministry",
        "Omar Vale",
    ]


@pytest.mark.model
@pytest.mark.parametrize("cue", ["acknowledged", "admitted", "confirmed"])
def test_an_admission_of_a_meeting_told_by_its_gerund_is_an_admission_of_it(cue: str) -> None:
    # nothing was said: only "denied meeting …" read its gerund as what was said
    cast, statements = _statements_of(f"Omar Vale {cue} meeting the envoy, Ted Rowe, twice.")
    [admission] = statements
    assert admission.stance is Stance.AFFIRM
    assert _named_sides(cast, admission) == (["Omar Vale"], ["Ted Rowe"])


@pytest.mark.model
def test_the_month_after_an_admitted_meeting_is_the_meetings_not_the_admissions() -> None:
    # "in September" dated the admission (said in September), and the Senate was a side
    cast, statements = _statements_of(
        "Omar Vale acknowledged meeting Ambassador Ted Rowe in his Senate office in September "
        "but said he could not recall what was discussed."
    )
    [admission] = [s for s in statements if s.stance is Stance.AFFIRM]
    assert admission.said_on is None
    assert _named_sides(cast, admission) == (["Omar Vale"], ["Ted Rowe"])
    assert admission.proposition is not None and admission.proposition.period is not None
    assert admission.proposition.period.iso() == "2018-09"


@pytest.mark.model
def test_an_admission_that_describes_the_meeting_told_owns_that_meeting() -> None:
    # "it was a short introductory meeting" was a meeting of Vale's with no one
    names, statements = _statements_of_article(
        "Omar Vale met Anton Belov, a Freedonian lawyer, at the Harbor Hotel on June 9. In a "
        "statement on Saturday, Mr. Vale said it was a short introductory meeting."
    )
    [admission] = [s for s in statements if s.text.startswith("it was")]
    assert admission.stance is Stance.AFFIRM and admission.proposition is not None
    assert [names[i] for i in admission.proposition.subjects] == ["Omar Vale"]
    assert [names[i] for i in admission.proposition.objects] == ["Anton Belov"]


@pytest.mark.model
def test_they_in_a_reply_are_the_two_the_question_asked_about() -> None:
    # "They" was the Norwegians of the question before, then the speaker herself
    text = (
        "JANE ROE: Did any adviser have any contact with the Norwegians who were trying to "
        "meddle in the election?\n\nDIAZ: Of course not.\n\nROE: Did Omar Vale discuss "
        "sanctions with the ambassador, Ted Rowe, in their conversations in December?\n\n"
        "DIAZ: I talked to Omar about that conversation. They did not discuss anything having "
        "to do with the sanctions."
    )
    cast, statements = _statements_of(text)
    [denial] = [s for s in statements if "They did not" in s.text]
    assert _named_sides(cast, denial) == (["Omar Vale"], ["Ted Rowe"])


@pytest.mark.parametrize(
    "said",
    [
        "Mr. Gordon said on Thursday that he had not read the email closely at the time.",
        "Mr. Gordon said he never opened her letter.",
        "Mr. Gordon said he did not answer that message.",
    ],
)
def test_not_reading_a_message_one_had_denies_no_message(said: str) -> None:
    # "had not read the email" was a denial of any message from Gordon
    _, statements = _statements_of(f"Carter Page wrote to J.D. Gordon in July. {said}")
    gordon = [s for s in statements if s.speaker_name == "J.D. Gordon"]
    assert gordon and all(s.proposition is None for s in gordon)


def test_a_date_of_another_clause_joined_by_and_does_not_date_the_denied_contact() -> None:
    # "abandoned in January 2016" dated the denial: never discussing it was read as January's
    _, statements = _statements_of(
        "In a letter in August 2017, Michael Rowe said that the project was abandoned in "
        "January 2016, before the primaries, and that he had never discussed it with Russian "
        "government officials."
    )
    [denial] = [s for s in statements if s.proposition is not None]
    assert denial.stance is Stance.DENY
    assert denial.proposition.period is None


def test_a_contact_denied_during_the_visit_is_dated_by_the_trip_told_before() -> None:
    # "during the visit" gave the denial no time: it read as one particular contact
    _, statements = _statements_of(
        "Owen Pryce made a trip to Oslo in July 2016 to give a lecture. In an interview in "
        "September 2016, Mr. Pryce said that he did not meet any Freedonian officials during "
        "the visit."
    )
    [denial] = [s for s in statements if s.stance is Stance.DENY]
    assert denial.proposition is not None and denial.proposition.period is not None
    assert denial.proposition.period.iso() == "2016-07"


def test_the_reporters_comment_after_an_admission_is_not_part_of_it() -> None:
    # ", contradicting his earlier statements that he had met no officials on the trip" was
    # read as admitted, and the earlier statements were dated the day of the admission
    text = (
        "Owen Pryce acknowledged on Thursday that he had spoken briefly with a deputy minister "
        "during a trip to Oslo in July 2016, contradicting his earlier statements that he had "
        "met no Freedonian officials on the trip."
    )
    _, statements = _statements_of(text)
    admission = next(s for s in statements if s.stance is Stance.AFFIRM)
    assert admission.text.endswith("in July 2016")
    earlier = next(s for s in statements if s.stance is Stance.DENY)
    assert earlier.said_on is not None and earlier.said_on.start is None  # some time before
    # "on the trip" is the trip told earlier in the same sentence
    assert earlier.proposition is not None and earlier.proposition.period is not None
    assert earlier.proposition.period.iso() == "2016-07"


@pytest.mark.parametrize(
    "refusal",
    [
        "A spokesman, Mark Dunn, would neither confirm nor deny that the two men had met.",
        "A spokesman, Mark Dunn, would not confirm or deny that Mr. Hale had met the envoy.",
        "A spokesman, Mark Dunn, declined to confirm or deny reports that Mr. Hale had met the "
        "envoy in Vienna.",
    ],
)
def test_declining_to_confirm_or_deny_a_meeting_denies_nothing(refusal: str) -> None:
    # the "deny" of "confirm or deny" was read as a denial of the meeting of its own
    _, statements = _statements_of(f"Tom Hale flew to Vienna in May. {refusal}")
    dunn = [s for s in statements if s.speaker_name == "Mark Dunn"]
    assert [s.stance for s in dunn] == [Stance.DECLINE]
    assert "deny" in dunn[0].text and "met" in dunn[0].text


@pytest.mark.parametrize(
    "said",
    [
        'Chairman Ray Holt said, "Cereal sales in the U.S. have not met our expectations."',
        "Ray Holt said the company had not reached its target for the year.",
        "Ray Holt said he had no qualms about carrying out the resolution.",
        "Ray Holt said the state court had no jurisdiction in the case.",
        "Ray Holt, a police spokesman, said it did not appear that anyone else was injured.",
        "Ray Holt said agents are following 400 tips but have not pinned down his whereabouts.",
    ],
)
def test_a_shortfall_a_view_or_an_open_search_put_in_the_negative_is_no_denial(
    said: str,
) -> None:
    # wire copy the rules had never seen: each was read as a denial
    _, statements = _statements_of(said)
    holt = [s for s in statements if s.speaker_name == "Ray Holt"]
    assert holt and all(s.stance is not Stance.DENY for s in holt)


@pytest.mark.parametrize(
    "said",
    [
        "Ray Holt said he had not met the envoy.",
        "Ray Holt said he never met the envoy's deputy.",
        "Ray Holt said he had no contact with the envoy.",
    ],
)
def test_a_meeting_said_not_to_have_happened_is_still_denied(said: str) -> None:
    _, statements = _statements_of(f"The envoy, Ivo Marek, arrived in May. {said}")
    holt = [s for s in statements if s.speaker_name == "Ray Holt"]
    assert [s.stance for s in holt] == [Stance.DENY]


def test_a_denied_contact_is_its_verbs_named_subjects_not_a_group_named_before_it() -> None:
    # "the campaign", named first in the words, was taken for the one who never met the envoy
    text = (
        "Ruth Kale said that after launching the campaign, Omar Vale never met Anton Belov, "
        "the Freedonian envoy."
    )
    assert _denial_sides(text) == (["Omar Vale"], ["Anton Belov"])
