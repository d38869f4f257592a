"""Who is (and is not) a speaker: headlines, asides, relative pronouns, first-person quotes,
live-blog timestamps, questions and their answers, and transcripts with speaker labels."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.demo import corpus_path
from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.statements import extract_statements
from onrecord.extract.turns import find_turns
from onrecord.ids import article_id
from onrecord.record import Article, Stance, Statement

ANCHOR = date(2019, 6, 14)


def _statements(text: str) -> list[Statement]:
    article = Article(article_id(text), text)
    nlp: Any = load_nlp()
    doc = nlp(text)
    return extract_statements(doc, article, build_cast(doc, article), ANCHOR, None)


def _containing(statements: list[Statement], words: str) -> Statement:
    return next(s for s in statements if words in s.text)


@pytest.mark.model
def test_a_headline_does_not_run_into_the_dateline_or_lend_it_a_speaker() -> None:
    text = (
        "Mayor says she will correct testimony\n\n"
        "PORTVILLE (Coast Wire) — Mayor Ellen Marsh said on Tuesday that the audit was late."
    )
    statements = _statements(text)
    headline = _containing(statements, "correct testimony")
    assert "\n" not in headline.evidence.text
    assert "PORTVILLE" not in headline.evidence.text
    assert _containing(statements, "the audit was late").speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_a_relative_pronoun_source_is_the_noun_it_describes() -> None:
    text = (
        "Omar Vale attended the dinner, according to the Transport Department, which has said "
        "the conversation was brief."
    )
    statement = _containing(_statements(text), "the conversation was brief")
    assert statement.speaker_name == "Transport Department"


@pytest.mark.model
def test_the_i_of_a_quote_is_not_the_speaker_of_what_follows_it() -> None:
    text = (
        'Omar Vale went further. "I have nothing to do with the port," he said, and added '
        "that he had not made a call to the contractors in years."
    )
    statement = _containing(_statements(text), "had not made a call")
    assert statement.speaker_name == "Omar Vale"


@pytest.mark.model
def test_a_live_blog_timestamp_is_not_part_of_the_speaker() -> None:
    text = "Omar Vale, the treasurer, spoke first.\n\n4:06 p.m. — Vale said the audit was late."
    statement = _containing(_statements(text), "the audit was late")
    assert statement.speaker_name == "Omar Vale"


@pytest.mark.model
def test_according_to_a_policy_is_no_attribution() -> None:
    text = "Ellen Marsh said the city would set its budget according to the policies of the board."
    statements = _statements(text)
    assert all(s.cue != "according to" for s in statements)


@pytest.mark.model
def test_a_quoted_title_is_not_a_statement() -> None:
    text = 'Ellen Marsh appeared on "Morning Desk," where host Omar Vale asked her about it.'
    assert all("Morning Desk" not in s.text for s in _statements(text))


@pytest.mark.model
def test_a_floating_answer_belongs_to_the_person_asked_not_the_asker() -> None:
    text = (
        "Governor Ellen Marsh appeared on the show, where host Omar Vale asked her whether "
        "anyone on her staff had met the contractors. She did not hesitate.\n\n"
        '"Of course not."'
    )
    statement = _containing(_statements(text), "Of course not")
    assert statement.speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_he_said_after_a_question_is_the_one_asked_not_the_asker() -> None:
    text = (
        "Last week the Coast Gazette's Omar Vale asked Tomas Berg whether his age was fair "
        'game.\n\n"Sure it is. I have not missed a day of work in years," he said.'
    )
    statement = _containing(_statements(text), "Sure it is")
    assert statement.speaker_name == "Tomas Berg"


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "then", "speaker"),
    [
        ("The mayor told reporters", "He said he", "The mayor"),
        ("The two auditors told reporters", "They said they", "The two auditors"),
    ],
)
def test_a_pronoun_after_an_unnamed_description_speaks_for_the_description(
    first: str, then: str, speaker: str
) -> None:
    text = f"{first} the harbor wall was on schedule. {then} had not met the developer."
    assert _containing(_statements(text), "the developer").speaker_name == speaker


@pytest.mark.model
def test_a_pronoun_of_another_gender_or_after_a_body_is_not_the_description() -> None:
    text = (
        "The congresswoman told reporters the harbor wall was on schedule. He said he had not "
        "met the developer.\n\nThe company said the plan was sound. She said she had not met him."
    )
    assert not any("not met" in s.text for s in _statements(text))


@pytest.mark.model
def test_it_speaking_after_an_organisation_is_that_organisation() -> None:
    text = (
        "For decades, the Harbor Authority denied any part in the dredging scandal. Even so, it "
        "declared that it had never shared the bids with the contractors.\n\n"
        "Coastline Freight said its ships were safe. Vale Shipping said nothing. It said the "
        "inspection report was wrong."
    )
    statements = _statements(text)
    assert _containing(statements, "never shared").speaker_name == "Harbor Authority"
    assert _containing(statements, "never shared").stance is Stance.DENY
    assert not any("inspection report" in s.text for s in statements)  # Vale may be "it"


@pytest.mark.model
def test_a_saying_hung_on_a_clause_about_a_thing_is_the_one_who_made_the_clause_plain() -> None:
    text = (
        "Mayor Ann Cole made clear that her meeting with the developer was not political, "
        "saying that those who thought otherwise were mistaken."
    )
    assert _containing(_statements(text), "were mistaken").speaker_name == "Ann Cole"


@pytest.mark.model
def test_it_after_words_of_a_document_is_the_documents() -> None:
    text = (
        "The Harbor Authority said dredging would resume. The memo notes that dredging "
        "resumed, and it says the bids were sealed."
    )
    assert not any(
        s.speaker_name == "Harbor Authority" for s in _statements(text) if "sealed" in s.text
    )


TRANSCRIPT = (
    "HOST (JANE DOE): Welcome back. With me is Omar Vale, a professor. Is it unusual?\n\n"
    "VALE: Not at all. Ambassadors meet people for a living.\n\n"
    "DOE: Then why does it matter?\n\n"
    "Q: Does the treasurer agree?\n\n"
    "A: (VALE) Mostly, yes. The mayor said the audit was late. I think it will pass."
)


def test_transcript_labels_mark_who_speaks_and_who_asks() -> None:
    turns = find_turns(TRANSCRIPT)
    labels = [TRANSCRIPT[slice(*t.speaker)] for t in turns]
    assert labels == ["JANE DOE", "VALE", "DOE", "Q", "VALE"]
    assert [t.asks for t in turns] == [True, False, True, True, False]


def test_a_lone_label_is_not_a_transcript() -> None:
    assert find_turns("NOTE: This story has been updated.\n\nThe mayor spoke.") == []


RUN_ON = (
    "TAPPER: Governor, what about the pipeline?\n\n"
    "VALE: It is a bad plan.\n\n"
    "We have to protect our water, and I have said so for years.\n\n"
    "(CROSSTALK)\n\n"
    "TAPPER: Thank you.\n\n"
    "VALE: Thank you, Jake.\n\n"
    "Vale has opposed the plan since 2014, and his office says we will hear more.\n\n"
    "I asked him later whether he would run. What do you think?"
)


def test_a_label_holds_over_the_paragraphs_that_go_on_with_its_speakers_words() -> None:
    """An answer printed over several paragraphs carries its label only on the first; the
    writer's paragraph after it (naming the speaker), a stage note and a closing question are
    not the speaker's."""
    turns = find_turns(RUN_ON)
    bodies = [RUN_ON[slice(*t.body)] for t in turns]
    assert bodies[1] == (
        "It is a bad plan.\n\nWe have to protect our water, and I have said so for years."
    )
    assert bodies[3] == "Thank you, Jake."


def test_a_transcript_quoted_as_a_block_runs_on_over_its_marked_paragraphs() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Will she be there?\n\n'
        '"PENCE: She will not. Donald Trump was joking.\n\n'
        '"But the truth is that the debate is about the issues.\n\n'
        '"WALLACE: Thank you."\n\n'
        "Follow the writer on Twitter."
    )
    turns = find_turns(text)
    pence = text[slice(*turns[1].body)]
    assert pence == (
        "She will not. Donald Trump was joking.\n\n"
        '"But the truth is that the debate is about the issues.'
    )
    assert text[slice(*turns[2].body)] == "Thank you."


@pytest.mark.model
def test_a_transcript_introduced_after_a_quote_is_the_quoted_speakers() -> None:
    text = (
        'On Tuesday in Dayton, Governor Ann Diaz said, "We are going all the way."\n\n'
        "Transcript as follows:\n\n"
        '"Tonight we arrived in Dayton. When I took office, I went to the capital.\n\n'
        '"We are now up thousands of jobs."\n\n'
        "Diaz faces a runoff next month."
    )
    transcript = _containing(_statements(text), "Tonight we arrived")
    assert transcript.speaker_name == "Ann Diaz"


@pytest.mark.model
def test_a_marked_sign_off_closing_a_block_transcript_is_no_ones_statement() -> None:
    text = (
        "Senator Omar Vale spoke on the program.\n\n"
        '"HOST: Will she be there?\n\n'
        '"VALE: She will not. The debate is about the issues.\n\n'
        '"Follow the writer on Twitter @writer."'
    )
    assert not any("Follow" in s.text for s in _statements(text))


@pytest.mark.model
def test_transcript_answers_are_the_labelled_speakers_statements() -> None:
    statements = _statements(TRANSCRIPT)
    assert _containing(statements, "Not at all.").speaker_name == "Omar Vale"
    assert all("why does it matter" not in s.text for s in statements)
    answer = [s for s in statements if s.speaker_name == "Omar Vale" and "Mostly" in s.text]
    assert [s.text for s in answer] == ["Mostly, yes."]
    assert _containing(statements, "I think it will pass").speaker_name == "Omar Vale"


@pytest.mark.model
def test_a_date_in_a_neighbouring_clause_does_not_date_the_saying() -> None:
    text = (
        '"I have nothing to do with the port," Omar Vale said on Thursday, and added that he '
        "had not made a call to the contractors in years."
    )
    statement = _containing(_statements(text), "nothing to do with the port")
    assert statement.said_on is not None and statement.said_on.iso() == "2019-06-13"


@pytest.mark.model
@pytest.mark.parametrize(
    "told",
    [
        "Omar Vale has repeatedly denied that he met the contractors.",
        "Omar Vale had said that he never met the contractors.",
        "Omar Vale previously said that he never met the contractors.",
        "Omar Vale said in the past that he never met the contractors.",
        "Omar Vale has said over the years that he never met the contractors.",
    ],
)
def test_words_told_as_said_before_were_said_by_the_article_day_not_on_it(told: str) -> None:
    statement = _containing(_statements(told), "the contractors")
    assert statement.said_on is not None and statement.said_on.start is None
    assert statement.said_on.end is not None and statement.said_on.end <= ANCHOR


@pytest.mark.model
def test_he_after_a_datelined_denial_is_the_one_who_denied_not_a_name_in_his_description() -> None:
    text = (
        "NEW YORK (AP) — Paul Stone, the former chairman of Donald Kern's campaign, on Thursday "
        "denied that he had worked with the agency.\n\n"
        '"I have never knowingly spoken to its officers.\n\n'
        '"It is absurd," he said.'
    )
    statement = _containing(_statements(text), "never knowingly")
    assert statement.speaker_name == "Paul Stone"


@pytest.mark.model
def test_a_date_inside_what_was_denied_dates_the_denied_meeting_not_the_denial() -> None:
    # the parser hangs "during his July trip" on "denied"
    text = "Omar Vale denied meeting Anton Belov during his July trip to Oslo."
    statement = _containing(_statements(text), "Anton Belov")
    assert statement.said_on is None
    assert statement.proposition is not None and statement.proposition.period is not None
    assert statement.proposition.period.iso() == "2018-07"  # the last July before the article


@pytest.mark.model
def test_a_quote_with_an_and_of_its_own_is_still_dated_by_the_words_after_its_cue() -> None:
    # the quote's "and" made "at the hearing on Jan. 10" go on with the quote
    text = (
        '"I was a surrogate and I did not have communications with the envoys," Omar Vale '
        "said at the hearing on Jan. 10."
    )
    statement = _containing(_statements(text), "communications")
    assert statement.said_on is not None and statement.said_on.iso() == "2019-01-10"


@pytest.mark.model
def test_a_date_after_a_described_meeting_dates_the_meeting_not_the_describing() -> None:
    # the parser hangs "on Dec. 13, 2016" on "described": it was when he described it
    text = "Omar Vale also described a meeting with Anton Belov on Dec. 13, 2016."
    statement = _containing(_statements(text), "Anton Belov")
    assert statement.said_on is None
    assert statement.proposition is not None and statement.proposition.period is not None
    assert statement.proposition.period.iso() == "2016-12-13"


@pytest.mark.model
def test_words_told_in_the_past_tense_keep_no_date_of_their_own() -> None:
    statement = _containing(_statements("Omar Vale said he never met the contractors."), "never")
    assert statement.said_on is None


@pytest.mark.model
def test_said_at_the_time_is_the_time_of_the_telling_just_told() -> None:
    text = (
        "When the auditor said in March that the board had met the contractors during the "
        'tender, the answer was swift. "No one met them," Omar Vale said at the time.'
    )
    statement = _containing(_statements(text), "No one met them")
    assert statement.said_on is not None and statement.said_on.iso() == "2019-03"


@pytest.mark.model
def test_the_same_speaker_in_the_next_paragraph_speaks_on_the_same_occasion() -> None:
    text = (
        "Omar Vale said on Thursday that the audit was late.\n\n"
        "Vale went on to say that the board had not met."
    )
    statement = _containing(_statements(text), "the board had not met")
    assert statement.said_on is not None and statement.said_on.iso() == "2019-06-13"


@pytest.mark.model
def test_she_is_the_woman_named_before_never_the_nearer_man() -> None:
    text = (
        "Hillary Clinton spoke to voters in Iowa on Monday, a day after Bernie Sanders drew a "
        "large crowd in the same town. She said the caucuses would be close."
    )
    statement = _containing(_statements(text), "caucuses would be close")
    assert statement.speaker_name == "Hillary Clinton"


@pytest.mark.model
def test_he_who_speaks_after_a_description_spoke_is_the_one_it_describes() -> None:
    text = (
        "Governor Omar Vale is blaming Mayor Leo Varga for the delays at the port. In a "
        "statement, the Delmont Republican said Varga's plan was reckless. He says the state "
        "will audit the contracts."
    )
    statement = _containing(_statements(text), "audit the contracts")
    assert statement.speaker_name == "Omar Vale"


@pytest.mark.model
@pytest.mark.parametrize(
    ("story", "words", "speaker"),
    [
        ("30-harbor-brief-pence-learned.txt", "nothing to do with sanctions", "Mike Pence"),
        ("16-wire-page-moscow-trip.txt", "as a private citizen", "Carter Page"),
    ],
)
def test_he_who_speaks_in_a_clause_hung_from_a_sentence_is_its_subject(
    story: str, words: str, speaker: str
) -> None:
    """ "Pence had relied on Flynn's word when he said …" after his spokesman spoke; "Page
    went to Moscow …, where he criticized …" after Lewandowski spoke (the demo corpus)."""
    text = (corpus_path() / story).read_text()
    assert _containing(_statements(text), words).speaker_name == speaker


@pytest.mark.model
def test_a_parenthetical_he_said_is_not_the_subject_of_the_words_it_credits() -> None:
    text = (
        "But, as Mr. Vale said, “At a certain point, you wake up and you realize you have "
        "lost the port.” Therefore any attempt to stall a plan by Mr. Varga, he said, "
        "becomes hopeless."
    )
    statement = _containing(_statements(text), "becomes hopeless")
    assert statement.speaker_name == "Vale"


@pytest.mark.model
@pytest.mark.parametrize(
    "handing",
    ["Vale delivered a snappy retort:", "Vale had a simple answer:"],
)
def test_a_quote_a_colon_hands_over_from_words_given_is_the_givers(handing: str) -> None:
    text = (
        "Mayor Omar Vale spoke first. Dana Pruitt said Vale would scrap the port plan. "
        f'{handing} "No one is scrapping anything. We are going forward."'
    )
    statement = _containing(_statements(text), "No one is scrapping")
    assert statement.speaker_name == "Omar Vale"


@pytest.mark.model
def test_he_is_the_man_an_honorific_names_even_when_a_woman_is_nearer() -> None:
    text = (
        "Mr. Okafor met the delegation in the morning, and Ms. Lind joined them at lunch. "
        "He said afterward that the talks had gone well."
    )
    statement = _containing(_statements(text), "the talks had gone well")
    assert statement.speaker_name.endswith("Okafor")


@pytest.mark.model
@pytest.mark.parametrize("label", ["OSTROW", "MS. OSTROW", "BIDEN"])
def test_a_surname_label_in_capitals_credits_the_named_speaker(label: str) -> None:
    name = "Joe Biden" if label == "BIDEN" else "Maria Ostrow"  # the tagger reads BIDEN as plural
    text = (
        f"Senator {name} spoke with a reporter on the campaign bus on Thursday.\n\n"
        "Q: How is the race going?\n\n"
        f"{label}: We are ahead in the north. I think we will carry the state.\n\n"
        "Q: And the budget?\n\n"
        f"{label}: It will pass in June."
    )
    statements = _statements(text)
    assert {s.speaker_name for s in statements} == {name}
    assert len(statements) == 2


@pytest.mark.model
def test_the_name_after_a_label_is_addressed_not_the_label_itself() -> None:
    text = (  # a transcript quoted as a block, each paragraph opening with a mark
        "Secretary Omar Vale took questions at the forum on Wednesday.\n\n"
        '"RAMOS:\u00a0 Secretary Vale, on the night of the flood you signed the permit. Listen.\n\n'
        '"VALE: I feel for every family in the valley.\n\n'
        '"RAMOS: Secretary Vale, did you sign it?\n\n'
        '"VALE: I signed it the next morning."'
    )
    statements = _statements(text)
    assert {s.speaker_name for s in statements if "family" in s.text or "morning" in s.text} == {
        "Omar Vale"
    }
    assert not any(s.speaker_name == "Omar Vale" and "Secretary" in s.text for s in statements)


@pytest.mark.model
def test_a_turn_of_questions_alone_is_no_statement_whoever_asks() -> None:
    text = (
        "Senator Omar Vale took questions at the forum on Wednesday.\n\n"
        "JONES: Did you sign the permit? Yes or no?\n\n"
        "VALE: I feel for every family in the valley. Who would not?\n\n"
        "JONES: And the money?\n\n"
        "VALE: It went to the repairs."
    )
    said = [s.text for s in _statements(text)]
    assert not any("?" in words and "valley" not in words for words in said)
    assert any("valley" in words and "Who would not?" in words for words in said)


@pytest.mark.model
@pytest.mark.parametrize("question", ["What did she say?", "Who told you that?"])
def test_a_question_about_what_was_said_is_nobodys_statement(question: str) -> None:
    text = (
        "Senator Maria Ostrow met the port director on Monday.\n\n"
        f"Q: {question}\n\n"
        "OSTROW: She said the audit was late.\n\n"
        "Q: And the budget?\n\n"
        "OSTROW: It will pass in June."
    )
    statements = _statements(text)
    assert not any(s.text.strip() in {"Q", question} for s in statements)
    assert _containing(statements, "pass in June").speaker_name == "Maria Ostrow"


@pytest.mark.model
@pytest.mark.parametrize(
    "opening",
    [
        "Q&A with Senator Maria Ostrow.\n\nThe senator spoke with reporters on her campaign bus "
        "on Thursday.",
        "Senator Maria Ostrow spoke with a reporter on Thursday. A transcript follows.",
        "Senator Maria Ostrow sat down with The Ledger on Thursday. A transcript follows.",
        "Q&A With Maria Ostrow\n\nThe senator spoke about her trip.",
        "Maria Ostrow, a senator from Ohio, spoke with a reporter on Thursday about her trip.",
    ],
)
def test_an_answer_labelled_a_is_whoever_the_opening_says_gave_the_interview(opening: str) -> None:
    # the title ("Q&A with …") or the opening line ("X spoke with a reporter") names who answers
    text = (
        f"{opening}\n\n"
        "Q: Have you spoken to the ambassador since the election?\n\n"
        "A: Not once. I have no reason to.\n\n"
        "Q: Will you back the nominee?\n\n"
        "A: We will see."
    )
    answer = _containing(_statements(text), "Not once")
    assert answer.speaker_name == "Maria Ostrow"


@pytest.mark.model
def test_a_speaker_label_in_capitals_is_the_person_the_intro_names() -> None:
    text = (
        "Vice President-elect Mike Pence appeared on a Sunday show. A transcript follows.\n\n"
        "JOHN DICKERSON: Did Michael Flynn discuss sanctions?\n\n"
        "MIKE PENCE: I talked to General Flynn about that conversation.\n\n"
        "DICKERSON: Did you meet the ambassador?\n\n"
        "PENCE: I met him once, at a dinner in Washington."
    )
    statements = _statements(text)
    assert {s.speaker_name for s in statements} == {"Mike Pence"}


@pytest.mark.model
def test_answers_are_said_on_the_day_the_opening_says_the_interview_was_given() -> None:
    text = (
        "Maria Ostrow, a senator from Ohio, spoke with a reporter on Thursday about her July "
        "trip.\n\n"
        "Q: Have you spoken to the ambassador since the election?\n\n"
        "A: Not once. I have no reason to."
    )
    answer = _containing(_statements(text), "Not once")
    assert answer.said_on is not None and answer.said_on.iso() == "2019-06-13"  # not July


@pytest.mark.model
def test_a_wire_dateline_is_never_the_speaker() -> None:
    text = (
        "LONDON (Reuters) - Donald Trump said on Monday he was unlikely to get along with the PM."
    )
    statement = _containing(_statements(text), "unlikely to get along")
    assert statement.speaker_name == "Donald Trump"


@pytest.mark.model
def test_a_dateline_with_a_filing_date_is_never_the_speaker() -> None:
    text = (
        "Report: half of the mayor's meetings were with donors\n\n"
        "PORTVILLE, Aug. 24 (Coast Wire) — A spokesman for Mayor Ellen Marsh called a report "
        'suggesting donors were given greater access to City Hall "outrageous."'
    )
    statement = _containing(_statements(text), "outrageous")
    assert statement.speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_x_said_according_to_press_reports_is_xs_statement_once() -> None:
    text = (
        "Gov. John Kasich said he would have fired the manager if such an incident had "
        "happened in his campaign, according to press reports."
    )
    statements = _statements(text)
    assert [s.speaker_name for s in statements] == ["John Kasich"]


@pytest.mark.model
def test_he_after_a_quote_is_never_the_man_named_inside_it() -> None:
    text = (
        "Donald J. Trump spoke on Sunday about the Russian president. "
        '"Obama doesn\'t get along with Putin," he said on ABC. "Putin can\'t stand our '
        'president."'
    )
    statement = _containing(_statements(text), "get along with Putin")
    assert statement.speaker_name.endswith("Trump")


@pytest.mark.model
def test_a_place_before_the_dash_of_a_dateline_is_never_the_speaker() -> None:
    text = (
        "Rep. Gwen Graham slams the nominee, praises her own as 'work horse'\n\n"
        "TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday pummeled the nominee while "
        'praising her own candidate as a "work horse, not a show horse."'
    )
    statement = _containing(_statements(text), "work horse")
    assert statement.speaker_name == "Gwen Graham"


@pytest.mark.model
def test_a_named_spokesman_speaks_and_an_unnamed_one_speaks_for_his_side() -> None:
    text = (
        "Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope "
        "had no plans to meet the senator. An AIPAC spokesman declined to comment on the "
        "reaction to the speech."
    )
    statements = _statements(text)
    assert _containing(statements, "no plans to meet").speaker_name == "Federico Lombardi"
    assert _containing(statements, "the reaction to the speech").speaker_name == "AIPAC"


@pytest.mark.model
def test_an_unnamed_spokeswoman_for_a_named_body_speaks_for_it_and_for_no_one_else() -> None:
    text = (
        "The Harbor Authority opened a review of the port deal. A spokeswoman for the Harbor "
        "Authority said the review was routine. A spokesman for the campaign said it was not."
    )
    statements = _statements(text)
    assert _containing(statements, "was routine").speaker_name == "Harbor Authority"
    assert all(s.speaker is None for s in statements if "was not" in s.text)


@pytest.mark.model
def test_the_one_an_agency_cites_as_saying_is_the_speaker() -> None:
    text = (
        "The Interfax agency cited Deputy Foreign Minister Sergei Ryabkov as saying there had "
        "been contacts with the campaign."
    )
    statement = _containing(_statements(text), "there had been contacts")
    assert statement.speaker_name == "Sergei Ryabkov"


@pytest.mark.model
def test_a_definite_description_speaks_for_the_one_of_its_kind_named_before() -> None:
    text = (
        "Donald Trump praised the Russian president on Monday. The New York businessman said "
        "he would get along with him. EgyptAir confirmed the flight's route. The pilot had "
        "logged 6,300 hours, the airline said."
    )
    statements = _statements(text)
    assert _containing(statements, "get along with him").speaker_name == "Donald Trump"
    assert _containing(statements, "logged 6,300 hours").speaker_name == "EgyptAir"


@pytest.mark.model
def test_a_description_speaks_for_the_body_named_as_a_party_not_as_a_modifier() -> None:
    """ "the university" after "Columbia stands by its Exxon series" is Columbia: Exxon is
    named there only as what the series is about."""
    text = (
        "Columbia stands by its Exxon series.\n\nThe university rebutted Exxon's charge that "
        "the series was unfair to the company."
    )
    rebuttal = _containing(_statements(text), "charge that the series")
    assert rebuttal.speaker_name == "Columbia" and rebuttal.stance is Stance.DENY
    assert rebuttal.text.startswith("Exxon's charge that")


@pytest.mark.model
def test_a_body_described_by_its_people_or_place_is_not_the_body_named_last() -> None:
    """ "the Norwegian government" is not the last organisation named, which is no government
    of Norway: the words say whose government speaks (and name no one else)."""
    text = (
        "“The treaty protects our sailors,” the State Department said on Monday. The talks "
        "have also drawn in officials of the Norwegian government, which has strongly denied "
        "any role in the leak. The ministry in Oslo rejected the report as well."
    )
    statements = _statements(text)
    leak = _containing(statements, "any role in the leak")
    assert leak.stance is Stance.DENY and leak.speaker_name != "State Department"
    assert "Norwegian government" in leak.speaker_name
    assert _containing(statements, "the report").speaker_name != "State Department"


SPEAKER_PROMISES = [
    pytest.param(
        "Senator Ruth Kale distanced herself from the plan by saying it had never been costed.",
        "never been costed",
        "Ruth Kale",
        id="a gerund after 'by' speaks for the subject",
    ),
    pytest.param(
        "Mayor Ann Diaz rebuked Governor Ben Ortiz for suggesting that the port would close.",
        "the port would close",
        "Ben Ortiz",
        id="'rebuked X for suggesting' is X's",
    ),
    pytest.param(
        "Lena Moss, a nurse, was flying home to see her daughter Clara, the hospital said. "
        "Rolf Brandt, a pastor at her church, told the paper that she was a regular there. "
        "He said her family asked for privacy.",
        "asked for privacy",
        "Rolf Brandt",
        id="a guess that she is the reported speaker makes no speaker a woman",
    ),
    pytest.param(
        "The Associated Press reported the figures on Monday. AP said the count was final.",
        "the count was final",
        "Associated Press",
        id="an agency named by its initials is the agency",
    ),
    pytest.param(
        "Senator Paul Reed told reporters, as his aide Tom Hart looked on, that the audit was "
        "over. “We are done with it,” he said.",
        "done with it",
        "Paul Reed",
        id="he said after a speech act is that speaker, not the nearer name",
    ),
    pytest.param(
        "Mayor Ann Diaz said in a statement on Monday that the bridge would reopen in May. "
        "The statement added that the repairs had cost $2 million.",
        "the repairs had cost",
        "Ann Diaz",
        id="a statement speaks for whoever issued it",
    ),
    pytest.param(
        "Treasurer Omar Vale was asked about the deficit. "
        "“That, unfortunately,” he said, “is part of the job.”",
        "part of the job",
        "Omar Vale",
        id="a word quoted before 'he said' is never the speaker",
    ),
    pytest.param(
        "In a previously unpublished interview with the Harbor Post - conducted last Wednesday "
        "at the mayor's estate in Palm Beach - Kowalski continued to assert that he never made "
        "contact with Vale.",
        "never made contact",
        "Kowalski",
        id="a name the parser hung on the aside before it still speaks",
    ),
    pytest.param(
        '"I never met the envoy <img src=x onerror="alert(1)">," Ivan Orlov told reporters '
        "on March 6.",
        "never met the envoy",
        "Ivan Orlov",
        id="a stray mark running over the attribution leaves its subject the speaker",
    ),
    pytest.param(
        "''Several of us were arguing we had to wait,'' recalled Mr. Rhodes. ''He said, 'I just "
        "need to go.'.''",
        "we had to wait",
        "Rhodes",
        id="the name after a verb right after a quote speaks, though parsed as its object",
    ),
    pytest.param(
        "Ruth Kale, the 2012 nominee, tweeted in response: ''Important distinction: the envoy "
        "lies; our mayors do not.''",
        "Important distinction",
        "Ruth Kale",
        id="a name the parser made the cue's head, not its subject, speaks",
    ),
    pytest.param(
        "''I had breakfast with the envoy. He will see you at the lunch,'' Lena Ruud, a "
        "diplomat then working for the State Department, wrote in a June 2012 email.",
        "breakfast with the envoy",
        "Lena Ruud",
        id="the person named between a quote and its cue, with a description between, wrote it",
    ),
    pytest.param(
        'Governor Ben Ortiz was asked the same question as he left. "No contact," the '
        "president-elect said.",
        "No contact",
        "Ben Ortiz",
        id="'the president-elect' is the one of that kind named just before",
    ),
    pytest.param(
        "President Obama's policy on Iran worried many in the room. Donald Trump spoke to the "
        "Republican Jewish Coalition in December. Critics compared Trump to a salesman. As the "
        "audience sat in silence, Trump suggested that he might not win their support. He also "
        "said he was the best negotiator in the race.",
        "best negotiator",
        "Donald Trump",
        id="a full name read as a person's keeps its bare surname a person for 'he'",
    ),
    pytest.param(
        "Q&A with Senator Maria Ostrow.\n\n"
        "Q: Is the port deal fair?\n\n"
        "A: No. I have said for six years on the stump that the port must stay public.",
        "the port must stay public",
        "Maria Ostrow",
        id="the I of an answer is the one who answers",
    ),
    pytest.param(
        "Brian Vale, a spokesman for the campaign, said the Clintons and the fund had always "
        "been careful about donors.\n\n''The rules that governed the fund went far beyond the "
        "law,'' he said in a statement, ''and yet the fund submitted to even stricter "
        "standards.''",
        "went far beyond the law",
        "Brian Vale",
        id="he said after a quote is the speaker before it, however many sentences it quotes",
    ),
    pytest.param(
        "Omar Vale turned the story back on the Herald, pointing out that the paper's Tom Reyes "
        "had reported in June that the Vale campaign was coming apart. He hoped, he said, that "
        "the paper would shy away from such reporting now.",
        "shy away",
        "Omar Vale",
        id="he is the one who spoke, not one whose report that speaker cited",
    ),
    pytest.param(
        "Omar Vale met the bishop on Saturday. Some of his advisers, including his wife, Jane, "
        "also were at the meeting. He said that there was no talk of the election.",
        "no talk of the election",
        "Omar Vale",
        id="a woman named by her given name alone is never he",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKER_PROMISES)
def test_who_speaks(text: str, words: str, speaker: str) -> None:
    assert _containing(_statements(text), words).speaker_name == speaker


@pytest.mark.model
def test_a_statement_named_by_a_noun_is_its_owners_and_an_unowned_claim_is_nobodys() -> None:
    statements = _statements(
        "Mayor Ann Diaz's denial that she met Omar Vale did not hold up. "
        "The claim that the council met in secret spread online."
    )
    denial = _containing(statements, "she met Omar Vale")
    assert denial.speaker_name == "Ann Diaz"
    assert denial.stance is Stance.DENY
    assert not [s for s in statements if "met in secret" in s.text]


@pytest.mark.model
def test_speakers_joined_by_and_each_make_the_statement() -> None:
    """ "Both Ms. Kent and Mr. Shaw say …": each of them said it, so each is on the record."""
    text = (
        "Laura Kent and Ed Shaw present the evening news on the network. "
        "Both Ms. Kent and Mr. Shaw say the owners have never told them what to broadcast."
    )
    speakers = {s.speaker_name for s in _statements(text) if "never told" in s.text}
    assert speakers == {"Laura Kent", "Ed Shaw"}


@pytest.mark.model
def test_unnamed_people_joined_to_a_speaker_are_not_credited() -> None:
    text = "Senator Ray Olin and administration officials said the trade was worthwhile."
    assert [s.speaker_name for s in _statements(text)] == ["Ray Olin"]


@pytest.mark.model
def test_they_after_two_named_people_is_each_of_them() -> None:
    """ "… what Dana Holt and Rob Kell said. They had asserted that …": "they" stands for the
    pair named just before, and each of them made the claim."""
    text = (
        "The footage contradicted what Dana Holt and Rob Kell said about the scuffle. "
        "They had asserted that Kell never touched the photographer."
    )
    speakers = {s.speaker_name for s in _statements(text) if "never touched" in s.text}
    assert speakers == {"Dana Holt", "Rob Kell"}


@pytest.mark.model
def test_a_crowd_left_unnamed_is_no_speaker_but_a_named_one_or_a_surname_is() -> None:
    """ "Friends say", "legal experts say": the record cannot credit their words to anyone, so
    they are not statements; a surname the parser may take for a plural noun still speaks."""
    text = (
        "Friends say Omar Vale has not lived in the capital for years. "
        "Legal experts said the contract was never signed. "
        "Vale's aides said the house was sold in May. "
        "Senator Ann Sessions chairs the panel. "
        "Sessions said the panel had not met the contractors."
    )
    statements = _statements(text)
    assert not any("lived in the capital" in s.text for s in statements)
    assert not any("never signed" in s.text for s in statements)
    assert any("the house was sold" in s.text for s in statements)
    assert _containing(statements, "had not met").speaker_name.endswith("Sessions")


@pytest.mark.model
def test_a_crowd_described_by_its_institution_is_no_speaker_but_the_institution_is() -> None:
    """ "Senate aides said", "Pentagon officials insist": the institution only describes the
    people, whom the article leaves unnamed, though "the Senate said" and "Vale's aides" speak."""
    text = (
        "Senate aides later said the vote was not delayed. "
        "Pentagon officials insist that they never paid the contractor. "
        "The Senate said the hearing was postponed. "
        "Vale's aides said the house was sold in May."
    )
    said = [s.text for s in _statements(text)]
    assert not any("not delayed" in t or "never paid" in t for t in said)
    assert any("hearing was postponed" in t for t in said)
    assert any("the house was sold" in t for t in said)


@pytest.mark.model
def test_one_official_of_a_named_body_is_a_source_the_record_keeps() -> None:
    """ "a White House official called the reports absurd": one person speaking for a body the
    article names — a dismissal a fact-checker files under the body; "Senate aides" are not."""
    text = (
        "A White House official called the reports of a meeting absurd. "
        "Senate aides later said the vote was not delayed."
    )
    said = [s.text for s in _statements(text)]
    assert any("absurd" in t for t in said)
    assert not any("not delayed" in t for t in said)


@pytest.mark.model
def test_a_title_with_a_name_in_apposition_is_said_by_the_named_person() -> None:
    text = "The Harbor Group's CEO, Dana Whitcombe, said the two firms had acted within the law."
    statement = _containing(_statements(text), "acted within the law")
    assert statement.speaker_name == "Dana Whitcombe"


@pytest.mark.model
def test_a_pronoun_about_a_woman_does_not_make_the_man_who_speaks_a_woman() -> None:
    text = (
        "Idris Oyelaran, a pastor at the church in Lyon, told reporters that the passenger "
        "was a regular at the Sunday service. He said her family asked for privacy. "
        '"She was a generous and cheerful woman," he added.'
    )
    statement = _containing(_statements(text), "generous and cheerful")
    assert statement.speaker_name == "Idris Oyelaran"


@pytest.mark.model
def test_a_platform_that_carries_her_words_is_not_the_woman_who_wrote_them() -> None:
    text = (
        "Carla Mendes, a reporter, said she had been pushed aside. On Twitter, she answered "
        'the campaign on Tuesday by saying, "Please stop lying about it."'
    )
    statement = _containing(_statements(text), "stop lying")
    assert statement.speaker_name == "Carla Mendes"


@pytest.mark.model
def test_a_statement_whose_author_is_not_named_speaks_for_who_spoke_just_before() -> None:
    text = (
        "Acme Freight confirmed on Friday that Paul Durand was a passenger on the plane. He had "
        'worked for the company for eight years and was "a greatly respected colleague," the '
        "statement added."
    )
    statement = _containing(_statements(text), "eight years")
    assert statement.speaker_name == "Acme Freight"


@pytest.mark.model
def test_a_newspaper_named_beside_its_kind_is_the_speaker_not_the_last_organisation() -> None:
    text = (
        "NATO ministers met in Warsaw on Monday. The Israeli newspaper Haaretz noted that the "
        "minister does not meet with radical politicians."
    )
    statement = _containing(_statements(text), "radical politicians")
    assert statement.speaker_name == "Haaretz"


@pytest.mark.model
def test_an_agency_that_carries_a_participle_saying_is_not_its_speaker() -> None:
    text = (
        "Mayor Ellen Marsh stood by the decision on Friday, saying that the plant would close "
        "in June, according to Reuters."
    )
    statements = _statements(text)
    assert [s.speaker_name for s in statements] == ["Ellen Marsh"]


@pytest.mark.model
def test_a_quoted_phrase_with_no_speech_verb_is_the_words_of_the_sentence_subject() -> None:
    text = (
        'Governor Alan Pike said on Monday that "the budget is balanced." Senator Ruth Ingram '
        "openly admires the prime minister as a “strong leader,” comparing him favorably to "
        "his predecessor."
    )
    statement = _containing(_statements(text), "strong leader")
    assert statement.speaker_name == "Ruth Ingram"


@pytest.mark.model
def test_a_quoted_phrase_used_by_several_subjects_is_not_credited_to_one_of_them() -> None:
    text = "Ruth Ingram and Tom Reyes have both used the term “kitchen sink” this week."
    phrases = [s for s in _statements(text) if "kitchen sink" in s.text]
    assert all(s.speaker_name not in {"Ruth Ingram", "Tom Reyes"} for s in phrases)


@pytest.mark.model
def test_a_share_of_poll_respondents_saying_something_is_a_finding_not_a_statement() -> None:
    text = (
        "Sixty-one percent of likely voters say the governor should resign. A majority of "
        "Republicans say the budget is too large. The mayor leads by nine points, according "
        "to a Harbor Weekly poll released on Monday."
    )
    assert _statements(text) == []


@pytest.mark.model
def test_a_report_by_a_named_newsroom_is_still_its_statement() -> None:
    text = "The mayor met the developers twice in May, according to a Channel Nine report."
    assert len(_statements(text)) == 1


@pytest.mark.model
def test_a_crowd_counted_out_by_a_quantifier_is_nobody_to_credit() -> None:
    text = (
        "Some economists said the plan could not be paid for. Several Democrats argued that "
        "the tax cut would fail. Governor Alan Pike said the plan was sound."
    )
    assert [s.speaker_name for s in _statements(text)] == ["Alan Pike"]


@pytest.mark.model
def test_a_name_inside_the_words_said_is_not_the_speaker() -> None:
    text = (
        "Governor Ruth Alvarez spoke on Monday. The woman was fined after a string of angry "
        "posts, including one saying that Alvarez should be jailed."
    )
    assert all(s.speaker_name != "Ruth Alvarez" for s in _statements(text))


@pytest.mark.model
def test_what_the_data_show_is_nobodys_statement() -> None:
    text = "According to the data, fewer than one in ten of the new arrivals are farmers."
    assert _statements(text) == []


@pytest.mark.model
def test_a_counted_crowd_that_names_a_member_stays_on_the_record() -> None:
    text = "Several Republicans, including Rep. Tom Reyes of Ohio, said the mayor should resign."
    assert len(_statements(text)) == 1


@pytest.mark.model
def test_a_hyphenated_name_is_credited_as_the_article_spells_it() -> None:
    text = (
        "Foreign Minister Lee Jae-sung said the launch was a provocation. "
        "Analyst Maria Ortiz-Blanco said the sanctions had failed."
    )
    statements = _statements(text)
    assert _containing(statements, "a provocation").speaker_name == "Lee Jae-sung"
    assert _containing(statements, "had failed").speaker_name == "Maria Ortiz-Blanco"


@pytest.mark.model
def test_a_state_and_party_epithet_stands_for_the_politician_just_named() -> None:
    text = (
        "Senator Walter Brandt voted against the bill on Thursday. In a statement, the Ohio "
        "Republican said the measure would raise taxes. Governor Ana Lucero signed it anyway. "
        "The Nevada Democrat says the law will create jobs."
    )
    statements = _statements(text)
    assert _containing(statements, "raise taxes").speaker_name == "Walter Brandt"
    assert _containing(statements, "create jobs").speaker_name == "Ana Lucero"


@pytest.mark.model
def test_a_hyphenated_epithet_stands_for_the_person_it_describes() -> None:
    text = (
        "Governor Dale Huxley won the caucuses on Saturday. The front-runner complained that "
        "the debate schedule had been rigged against him."
    )
    assert _containing(_statements(text), "rigged").speaker_name == "Dale Huxley"


@pytest.mark.model
def test_whoever_a_cause_led_to_speak_is_the_speaker_not_the_cause() -> None:
    text = (
        "Mayor Ruth Ingram won by twenty points. The landslide led her to declare that the "
        "city had chosen reform. The scandal prompted Councilman Tom Reyes to say that he "
        "would resign."
    )
    statements = _statements(text)
    assert _containing(statements, "chosen reform").speaker_name == "Ruth Ingram"
    assert _containing(statements, "would resign").speaker_name == "Tom Reyes"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Councilwoman Dana Pike faces a recall. Pike wouldn't comment on it.", "Dana Pike"),
        ("Contractor Omar Vale did not respond to attempts to reach him.", "Omar Vale"),
        (
            "Tom Reyes would not respond to the new claims or a list of questions sent to his "
            "office.",
            "Tom Reyes",
        ),
        ("Mayor Ruth Ingram would not say whether she would run again.", "Ruth Ingram"),
        ("Councilwoman Ann Ford wouldn't specify the cost of the plan.", "Ann Ford"),
    ],
)
def test_a_comment_withheld_or_a_request_left_unanswered_is_a_decline(
    text: str, speaker: str
) -> None:
    [statement] = _statements(text)
    assert statement.speaker_name == speaker
    assert statement.stance is Stance.DECLINE


@pytest.mark.model
def test_a_comment_not_yet_given_or_a_point_left_out_is_no_decline() -> None:
    text = (
        "Councilwoman Dana Pike has not commented publicly on the audit. Mayor Ruth Ingram "
        "did not say how she would pay for the new bridge."
    )
    assert all(s.stance is not Stance.DECLINE for s in _statements(text))


@pytest.mark.model
def test_words_of_someone_the_story_never_names_are_nobodys_statement() -> None:
    text = (
        "Mayor Ruth Ingram unveiled the budget on Monday. A campaign aide said the numbers "
        "were padded. “It will never pass,” one man said. Experts say the plan is sound. "
        "The city's treasurer said the books were balanced."
    )
    assert [s.speaker_name for s in _statements(text)] == ["The city's treasurer"]


@pytest.mark.model
def test_a_name_the_cast_did_not_link_still_speaks() -> None:
    text = "“The trip was a waste of our time,” O’Brien said of the tour."
    [statement] = _statements(text)
    assert statement.speaker_name == "O’Brien"


@pytest.mark.model
def test_a_surname_the_model_tags_as_a_product_is_still_the_person_named_before() -> None:
    text = (
        "Councilwoman Ann Camry opposed the harbor deal on Monday. The plan is a “trap,” "
        "Camry said."
    )
    assert _containing(_statements(text), "trap").speaker_name == "Ann Camry"


@pytest.mark.model
def test_the_family_or_lawyer_of_someone_speaks_not_that_someone() -> None:
    text = (
        "Omar Vale was arrested on Tuesday. Vale's family said they had more questions than "
        "answers. Vale's lawyer said the charges were baseless."
    )
    statements = _statements(text)
    assert all(s.speaker_name != "Omar Vale" for s in statements)
    assert _containing(statements, "more questions").speaker_name == "Vale's family"


@pytest.mark.model
def test_a_plural_description_is_not_the_organisation_named_last() -> None:
    text = (
        "Eleven civic organizations wrote to Mayor Ruth Ingram on Monday. The Harbor Party "
        "backed the plan. The groups say the plan must be withdrawn."
    )
    withdrawn = _containing(_statements(text), "withdrawn")
    assert withdrawn.speaker_name != "Harbor Party"


@pytest.mark.model
def test_a_whole_party_or_people_is_a_crowd_but_a_body_of_it_speaks() -> None:
    text = (
        "Republicans are angry about the budget. They say the plan will fail. The Germans say "
        "they will expand the army. House Democrats said in a statement that the bill was "
        "dead. They added that the vote had been rigged."
    )
    assert [s.text for s in _statements(text)] == [
        "that the bill was dead",
        "that the vote had been rigged",
    ]


@pytest.mark.model
def test_a_cue_that_opens_its_sentence_is_said_by_the_name_after_it() -> None:
    text = (
        "Tax lawyers doubt the plan, among them Jim Ellis. Said Ellis: “Nobody here is "
        "interested in reform.” Added Mayor Ruth Ingram: “It will never pass.”"
    )
    statements = _statements(text)
    assert _containing(statements, "interested in reform").speaker_name == "Jim Ellis"
    assert _containing(statements, "never pass").speaker_name == "Ruth Ingram"


@pytest.mark.model
def test_a_report_or_speech_speaks_for_its_maker() -> None:
    text = (
        "NBC covered the trial. The mayor met the developers twice in May, according to an NBC "
        "report at the time. Governor Ann Ford gave a speech on Monday. The speech said the "
        "state was broke."
    )
    statements = _statements(text)
    assert _containing(statements, "developers").speaker_name == "NBC"
    assert _containing(statements, "broke").speaker_name == "Ann Ford"


@pytest.mark.model
def test_whom_a_spokesman_told_is_not_the_speaker() -> None:
    text = (
        "And it wasn’t a one-off or an accident — Brian Hale, a spokesman for Ford, told "
        "NEWSDAY that the House speaker gave Ingram a heads up about his declaration."
    )
    assert _containing(_statements(text), "heads up").speaker_name == "Brian Hale"


@pytest.mark.model
def test_a_phrase_in_quotes_only_carried_over_from_the_last_speaker_is_no_statement() -> None:
    text = (
        "“We will fix the roads,” Mayor Ruth Ingram said on Monday. Her budget is, by most "
        "accounts, a “fiscal cliff” for the city."
    )
    assert [s.speaker_name for s in _statements(text)] == ["Ruth Ingram"]


@pytest.mark.model
def test_a_runner_of_one_party_is_not_the_one_titled_runner_of_the_other() -> None:
    text = (
        "Democratic front-runner Ann Ford spoke in Ohio. Sen. Tom Vale also campaigned there, "
        "and Dale Huxley won the caucuses. The GOP front-runner complained that the contest "
        "had been rigged. The Democratic front-runner said the rules were fair."
    )
    statements = _statements(text)
    assert _containing(statements, "rigged").speaker_name != "Ann Ford"
    assert _containing(statements, "were fair").speaker_name == "Ann Ford"


@pytest.mark.model
def test_an_unnamed_source_close_to_someone_is_not_that_person() -> None:
    text = (
        "Omar Vale left the council in May. A person close to Omar Vale said he had done "
        "nothing wrong. A source familiar with Vale's thinking said he would not run again. "
        '"I would want answers," said a donor who supports Ellen Marsh. '
        "One former Vale employee said the council knew of the deal."
    )
    assert not any(s.speaker_name in {"Omar Vale", "Ellen Marsh"} for s in _statements(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Dana Pell asked the nominee whether he had read the audit.",
        "At the hearing, Senator Dana Pell asked the nominee how he would pay for the bridge.",
        "Dana Pell moved around the table, asking the directors whether the deal should close.",
        "Dana Pell, a reporter for the Ledger, asked Governor Ruth Allen if she would run again.",
    ],
)
def test_a_question_told_in_the_writers_words_is_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.model
def test_a_quoted_question_and_one_questioned_aloud_stay_statements() -> None:
    statements = _statements(
        '"Who pays for this?" Mayor Tom Reyes asked. "The taxpayers do."\n\n'
        "Later Reyes questioned why the agency had waited a year to act."
    )
    assert _containing(statements, "Who pays").speaker_name == "Tom Reyes"
    assert _containing(statements, "the agency had waited").speaker_name == "Tom Reyes"


@pytest.mark.model
@pytest.mark.parametrize("asker", ["Anchor Lena Ortiz", "Senator Lena Ortiz"])
def test_a_question_put_to_someone_is_not_their_admission_when_their_answer_follows(
    asker: str,
) -> None:
    """The answer's cue ("Pell declared, ...") introduces the answer, not the question."""
    statements = _statements(
        "Governor Dana Pell said her aides had no dealings with the lobbyists. "
        f"{asker} asked her, “Did anybody on your staff have any contact with the lobbyists?” "
        "Pell declared, “Of course not.”"
    )
    question = [s for s in statements if "Did anybody" in s.text]
    assert all(s.speaker_name == "Lena Ortiz" and s.stance is Stance.OTHER for s in question)
    answer = _containing(statements, "Of course not")
    assert (answer.speaker_name, answer.stance) == ("Dana Pell", Stance.DENY)


@pytest.mark.model
@pytest.mark.parametrize(
    "lead",
    ["Her statement:", "Her full statement, in full:", "Her statement read,", "Her letter said:"],
)
def test_a_document_named_before_the_colon_speaks_for_its_author(lead: str) -> None:
    text = f"Senator Ann Diaz responded on Friday. {lead} “I have never met the envoy.”"
    statement = _containing(_statements(text), "never met the envoy")
    assert (statement.speaker_name, statement.stance) == ("Ann Diaz", Stance.DENY)


@pytest.mark.model
def test_a_letter_from_an_organisation_speaks_for_it() -> None:
    text = (
        "The veterans' group Honor Line has twice complained to the campaign. A March 3 letter "
        'from Honor Line obtained by reporters warns that "further use will be met in court."'
    )
    assert _containing(_statements(text), "met in court").speaker_name == "Honor Line"


@pytest.mark.model
def test_an_email_sent_from_a_named_director_speaks_for_the_director() -> None:
    text = (
        "Organizers said the club would close. According to The Herald, an email was sent from "
        'the club\'s director, Martin Vell, to members. The email said, "We will wind down."'
    )
    assert _containing(_statements(text), "wind down").speaker_name == "Martin Vell"


@pytest.mark.model
def test_the_report_far_on_in_a_story_is_the_one_it_introduced_with_its_author() -> None:
    text = (
        "The Republican National Committee published a report in 2013 on the party's future. "
        "Many members ignored it. Some members read it twice. The party has changed since. "
        "Few of its candidates followed the plan. Voters noticed.\n\n"
        '"The party must grow or it will shrink," the report stated.'
    )
    statement = _containing(_statements(text), "must grow")
    assert statement.speaker_name == "Republican National Committee"


@pytest.mark.model
def test_a_name_set_off_after_a_descriptions_clause_is_the_one_described() -> None:
    text = (
        "Ted Cruz won the county. One farmer who backs Mr. Cruz, Ellen Marsh of Dover, said "
        "the senator had earned it."
    )
    assert _containing(_statements(text), "had earned it").speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_she_is_the_sentences_subject_not_a_name_in_a_clause_a_preposition_opens() -> None:
    text = (
        "Judge Maria Ortega still has the final word on whether Ellen Marsh faces trial, and "
        "though she has said she will follow the prosecutors, critics are uneasy."
    )
    statement = _containing(_statements(text), "follow the prosecutors")
    assert statement.speaker_name == "Maria Ortega"


@pytest.mark.model
def test_he_after_a_when_clause_is_still_the_subject_it_tells_of() -> None:
    text = (
        "Tom Reyes has courted farmers for a year, arguing that he can win the county. When he "
        "took the stage after Mr. Vale's introduction, he said the race was close."
    )
    assert _containing(_statements(text), "race was close").speaker_name == "Tom Reyes"


@pytest.mark.model
def test_he_after_a_sentence_naming_rivals_after_a_plural_title_is_its_subject() -> None:
    text = (
        "Speaking on Monday, Senator Tom Reyes refrained from attacking his rivals, "
        "particularly Govs. Jeb Moss and Carl Dunn, who say he is untested. He dismissed the "
        'criticism, saying it was "our best night."'
    )
    assert _containing(_statements(text), "best night").speaker_name == "Tom Reyes"


@pytest.mark.model
def test_one_source_the_story_keeps_unnamed_is_no_speaker() -> None:
    text = (
        'Mayor Ann Lee left the hall early. "Nobody cares," the insider said. An unnamed '
        "city official said the vote would fail. The source recalled that the council was "
        "angry. A City Hall official called the reports absurd."
    )
    said = [s.text for s in _statements(text)]
    assert not any("Nobody cares" in t or "would fail" in t or "was angry" in t for t in said)
    assert any("absurd" in t for t in said)


@pytest.mark.model
def test_a_korean_name_is_called_by_its_first_word() -> None:
    text = (
        "Secretary-General Ban Ki-moon opened the water summit in Lima on Tuesday. "
        '"Every delegation brought a plan," Ban recalled.'
    )
    assert _containing(_statements(text), "brought a plan").speaker_name == "Ban Ki-moon"


@pytest.mark.model
def test_she_who_credits_a_quote_is_not_the_woman_the_quote_names() -> None:
    text = (
        "Hillary Clinton spoke in Iowa on Friday. Her position was backed Friday by Sen. Ann "
        "Pell of Ohio, who said none of the emails began with Clinton. "
        '"It never made sense to me that Secretary Clinton is blamed," she said in a statement.'
    )
    assert _containing(_statements(text), "never made sense").speaker_name == "Ann Pell"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Ellen Marsh visited Dover on Saturday, holding a rally downtown. The "
            "self-described democratic socialist said she would win the state.",
            "win the state",
            "Ellen Marsh",
        ),
        (
            "Tom Reyes, who wrote the mayor's speech, said he may yet vote for her. The veteran "
            "speechwriter said the deal-breaker was the proposed ban.",
            "deal-breaker",
            "Tom Reyes",
        ),
    ],
)
def test_an_epithet_that_only_a_person_is_carries_on_the_person_before(
    text: str, words: str, speaker: str
) -> None:
    assert _containing(_statements(text), words).speaker_name == speaker


@pytest.mark.model
def test_who_after_a_place_in_an_apposition_is_the_person_described() -> None:
    text = (
        '"The zoning vote worries the whole block," said Nora Quist, a dentist from Dover, '
        "Delaware, who said she had written to the council twice."
    )
    assert _containing(_statements(text), "written to the council").speaker_name == "Nora Quist"


@pytest.mark.model
def test_a_crowd_named_by_whom_it_opposes_is_no_speaker_but_ones_own_people_are() -> None:
    """ "her critics say", "Vale's opponents argue": the possessive names the one they stand
    against, not who they are, so their words are nobody's on the record; "Vale's aides" are
    his side and speak."""
    text = (
        "Omar Vale's critics said he did not pay the contractors. "
        "His opponents said the permit was never filed. "
        "Vale's aides said the house was sold in May."
    )
    said = [s.text for s in _statements(text)]
    assert not any("did not pay" in t or "never filed" in t for t in said)
    assert any("the house was sold" in t for t in said)


def test_a_post_told_as_the_speaker_is_not_someone_named_paragraphs_before() -> None:
    text = (
        "President Ruth Calder spoke about the harbor on Monday.\n\n"
        "The council then met for hours on the budget.\n\n"
        "The budget passed by two votes, with one abstention.\n\n"
        "Later the senator told reporters that she had no talks with the bank."
    )
    [denial] = [s for s in _statements(text) if "no talks" in s.text]
    assert denial.speaker_name != "Ruth Calder"


@pytest.mark.model
def test_an_answer_is_said_on_the_day_it_was_asked_for_not_on_a_day_it_was_asked_about() -> None:
    asked = _statements("Asked on Tuesday whether he had met Anton Belov, Omar Vale said no.")
    said_on = _containing(asked, "no").said_on
    assert said_on is not None and said_on.iso() == "2019-06-11"
    about = _statements("Asked about the 2015 dinner, Omar Vale said he did not recall it.")
    assert _containing(about, "did not recall").said_on is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Omar Vale runs the port. Mr. Vale's lawyer, Dana Kirk, said her client had not "
            "met Anton Belov.",
            "Dana Kirk",
        ),
        (
            "Omar Vale runs the port. Dana Kirk, a lawyer for Omar Vale, said her client had "
            "not met Anton Belov.",
            "Dana Kirk",
        ),
        (
            "Leo Hart, Governor Omar Vale's spokesman, said his boss had never met Anton Belov.",
            "Leo Hart",
        ),
    ],
)
def test_her_client_or_his_boss_is_the_one_the_speaker_acts_for_never_the_speaker(
    text: str, speaker: str
) -> None:
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, ANCHOR, None)
    denial = _containing(statements, "met Anton Belov")
    assert denial.speaker_name == speaker
    assert denial.proposition is not None
    subjects = [cast.member(s) for s in denial.proposition.subjects]
    assert [m.name for m in subjects if m is not None] == ["Omar Vale"]


@pytest.mark.model
def test_the_bank_said_is_the_bank_named_before_not_the_last_organisation_named() -> None:
    text = (
        "Omar Vale met Anton Belov, the chairman of Nordfinansbank, in May, a meeting the "
        "Harbor Authority had not disclosed. The bank said in a statement that its officers "
        "meet many clients."
    )
    statement = _containing(_statements(text), "its officers")
    assert statement.speaker_name == "Nordfinansbank"


@pytest.mark.model
def test_an_answer_to_a_question_put_at_a_dated_hearing_was_said_that_day() -> None:
    text = (
        "At his June 4 confirmation hearing, Omar Vale was asked by Senator Ruth Kale what he "
        "would do if he learned that anyone in the cabinet had met Anton Belov.\n\n"
        '"I am not aware of any of those meetings," Mr. Vale responded. He added: "I did not '
        'have communications with Belov."'
    )
    statements = _statements(text)
    for words in ("not aware", "did not have communications"):
        said_on = _containing(statements, words).said_on
        assert said_on is not None and said_on.iso() == "2019-06-04"


@pytest.mark.model
def test_a_hearing_transcript_s_capital_labels_are_people_and_answers_were_said_that_day() -> None:
    text = (
        "Excerpt: Vale questioned on Belov contacts\n\n"
        "The following is an excerpt of the Harbor Committee hearing on June 4, 2019.\n\n"
        "SEN. RUTH KALE: Did anyone in the cabinet communicate with Anton Belov?\n\n"
        "VALE: Senator Kale, I'm not aware of any of those activities. I did not have "
        "communications with Belov.\n\n"
        "SEN. LEO HART: Have you met him since?\n\n"
        "VALE: No."
    )
    statements = _statements(text)
    denial = _containing(statements, "did not have communications")
    assert denial.speaker_name == "Vale"
    assert denial.said_on is not None and denial.said_on.iso() == "2019-06-04"
    assert _containing(statements, "No.").speaker_name == "Vale"
    assert {s.speaker_name for s in statements} <= {"Vale", "Ruth Kale", "Leo Hart"}


@pytest.mark.model
def test_a_network_transcript_s_first_labels_carry_a_post_and_its_answers_deny_the_question() -> (
    None
):
    text = (
        "Kale on the Sunday show\n\n"
        "The following is a transcript of the interview, which aired Sunday, June 9, 2019.\n\n"
        "LEO HART, NEWS ANCHOR: Did anyone involved in the Delmont campaign have any contact "
        "with Norwegian officials?\n\n"
        "RUTH KALE, COUNSELOR TO THE GOVERNOR: Absolutely not. Those conversations never "
        "happened.\n\n"
        "HART: And did Omar Vale call the envoy?\n\n"
        "KALE: I'm not going to get into that."
    )
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, ANCHOR, None)
    denial = _containing(statements, "Absolutely not")
    assert denial.speaker_name == "Ruth Kale"
    assert denial.stance is Stance.DENY
    assert denial.said_on is not None and denial.said_on.iso() == "2019-06-09"
    assert denial.proposition is not None
    subjects = [cast.member(s) for s in denial.proposition.subjects]
    assert [m.name for m in subjects if m is not None] == ["Delmont campaign"]
    assert _containing(statements, "get into that").stance is Stance.DECLINE


@pytest.mark.model
def test_a_hard_wrapped_quote_is_one_quote_and_its_cue_on_the_next_line_names_the_speaker() -> None:
    text = (
        "Opinion: The denials keep shifting\n\n"
        "By Lena Ortiz\n\n"
        "For months, the governor's allies insisted there was nothing to\n"
        'see. "There was no communication between the campaign and any\n'
        'foreign official during the campaign," his press secretary, Omar Vale,\n'
        "told reporters on Jan. 23.\n\n"
        "That claim does not hold."
    )
    statements = _statements(text)
    denial = _containing(statements, "no communication")
    assert denial.speaker_name == "Omar Vale"
    assert "foreign official during the campaign" in denial.text
    assert all(s.speaker_name != "Lena Ortiz" for s in statements)


@pytest.mark.model
def test_the_officials_who_said_it_are_the_crowd_cited_before_not_the_last_one_named() -> None:
    text = (
        "Current and former officials said Omar Vale discussed the tariffs with the envoy.\n\n"
        "The ministry expelled 35 foreign officials that week. Vale called the envoy twice "
        "that day, the officials said."
    )
    assert not any("twice" in s.text for s in _statements(text))


@pytest.mark.model
def test_he_who_speaks_through_a_spokesman_is_the_one_named_before() -> None:
    text = (
        'Omar Vale denied it on Monday. "It was about the fishing quota," he said.\n\n'
        "A day later, through a spokesman, he said he could not be certain."
    )
    assert _containing(_statements(text), "could not be certain").speaker_name == "Omar Vale"


@pytest.mark.model
def test_a_shows_title_in_quotes_keeps_the_sentence_its_speaker_and_its_date() -> None:
    text = (
        'Mayor Ellen Marsh, appearing on CBS\'s "Face the Nation" on June 2, said she had '
        "spoken with the auditor."
    )
    statement = _containing(_statements(text), "spoken with the auditor")
    assert statement.speaker_name == "Ellen Marsh"
    assert statement.said_on is not None and statement.said_on.iso() == "2019-06-02"


@pytest.mark.model
def test_calling_someone_by_phone_says_nothing_but_calling_them_names_does() -> None:
    text = (
        "Omar Vale called the envoy twice on Friday. On Saturday, he named his running mate, "
        'calling Governor Ann Diaz "my partner in this fight."'
    )
    said = [s.text for s in _statements(text)]
    assert not any("twice" in t for t in said)
    assert any("Ann Diaz" in t or "my partner" in t for t in said)


@pytest.mark.model
def test_calling_someone_a_second_name_without_quotes_is_words() -> None:
    said = [s.text for s in _statements("Mayor Ann Diaz called her late son her hero.")]
    assert any("her hero" in t for t in said)


@pytest.mark.model
def test_a_second_meeting_told_after_and_again_does_not_date_the_saying() -> None:
    text = (
        "Ann Diaz said she had met Omar Vale, the envoy, briefly at a reception in April 2016, and "
        "again at the Harbor Hotel on Dec. 1."
    )
    statement = _containing(_statements(text), "had met Omar Vale")
    assert statement.speaker_name == "Ann Diaz"
    assert statement.said_on is None or statement.said_on.iso() != "2018-12-01"


@pytest.mark.model
def test_a_quote_after_fired_back_and_a_colon_is_the_one_who_fired_back() -> None:
    # with no cue the quote went to the one named first in the sentence
    text = (
        "When Omar Vale suggested that Freedonia would sue the state, Ann Diaz fired back "
        'forcefully: "If they sue us in a court in Dover, they\'re going to lose," referring to '
        "the city's judges."
    )
    quoted = [s for s in _statements(text) if s.text.startswith("If they sue")]
    assert [(s.speaker_name, s.cue) for s in quoted] == [("Ann Diaz", "retort")]


@pytest.mark.model
def test_a_reply_after_a_pause_is_the_one_asked_not_the_one_asked_about() -> None:
    # the model made the question's object, Kislyak, the one who paused, so "he" was Kislyak
    text = (
        "Asked whether he had ever met Sergey Kislyak, the Russian ambassador, Jeff Sessions "
        'paused. "No," he said.'
    )
    [reply] = [s for s in _statements(text) if s.text.startswith("No")]
    assert reply.speaker_name == "Jeff Sessions"


def test_a_name_the_parser_joins_to_the_dateline_speaks_alone() -> None:
    # "NEW YORK — Michael Rowe" was parsed as two subjects: the dateline spoke too
    statements = _statements(
        "NEW YORK — Michael D. Rowe, the mayor's former lawyer, pleaded guilty on Thursday to "
        "lying to Congress, admitting that he continued to pursue the project into 2016."
    )
    assert [s.speaker_name for s in statements] == ["Michael D. Rowe"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # credited to the Russian officials Rowe was said to have talked to
        (
            "Michael Rowe said he had never discussed the tower with Russian government "
            "officials. Prosecutors said that account was false. Mr. Rowe spoke about the project "
            "with the mayor three times, they said.",
            "three times",
        ),
        # credited to Apple and to Google, the pair named before the companies spoke
        (
            "The issue is the encryption deployed by Apple and Google. Companies say that "
            "weakening it would make users more vulnerable. What's more, they note, there are "
            "plenty of other options.",
            "other options",
        ),
    ],
)
def test_they_after_unnamed_sources_spoke_is_no_one_named_before(text: str, words: str) -> None:
    # the speaking "they" is whoever spoke just before it, here a crowd left unnamed
    assert not any(words in s.text for s in _statements(text))


HARD_WRAPPED = (
    "According to court documents, Omar Vale falsely told FBI agents on Jan. 24\n"
    "that he had not asked Ambassador Anton Belov to refrain from\n"
    "escalating the situation in response to sanctions that the Diaz\n"
    "administration imposed on Dec. 29, 2016.\n"
    "\n"
    "Vale also spoke with Belov on Dec. 22 about a resolution, the documents said.\n"
    "\n"
    '"I recognize that the actions I acknowledged in court today were\n'
    'wrong, and I am working to set things right,"\n'
    "Vale said in a statement.\n"
)


def test_hard_wrapped_copy_is_read_as_the_same_copy_unwrapped() -> None:
    # the line breaks left in mid-sentence were parsed as words: the denial's words were the
    # sanctions' relative clause, and the quote closed on a comma before "Vale said" was the
    # documents'
    said = {(s.speaker_name, s.stance, s.text[:20]) for s in _statements(HARD_WRAPPED)}
    assert ("Omar Vale", Stance.DENY, "that he had not aske") in said
    assert ("Omar Vale", Stance.OTHER, "I recognize that the") in said


@pytest.mark.parametrize("credit", ["(AP) _", "(Reuters) -"])
def test_the_ministry_is_no_news_agency_in_the_dateline_nor_a_word_of_a_title(
    credit: str,
) -> None:
    # "the ministry said" was credited to the agency filing the story, or to "Trade", the
    # first word of the minister's title, which the model tags an organisation
    text = (
        f"VALLETTA, Malta {credit} Trade Minister Paolo Ferri met with Egyptian envoy Karim "
        "Adel on Saturday, the ministry said."
    )
    [said] = [s for s in _statements(text) if "Ferri met with" in s.text]
    assert said.speaker_name not in {"AP", "Reuters", "Trade", "VALLETTA"}


def test_a_saying_told_after_a_when_clause_is_that_clauses_subjects() -> None:
    # the parser joined "and said" to the main verb, whose subject is a thing: the standoff
    # was credited with the governor's words
    text = (
        "The standoff over the port took a bitter turn Thursday when Governor Omar Vale "
        "called Mayor Ann Diaz a liar and said the strike could last for months."
    )
    said = _containing(_statements(text), "the strike could last")
    assert said.speaker_name == "Omar Vale"


def test_a_saying_after_a_when_clause_stays_the_main_subjects_when_that_is_someone() -> None:
    text = (
        "Mayor Ann Diaz left the hall Thursday when the crowd booed and said the strike "
        "could last for months."
    )
    said = _containing(_statements(text), "the strike could last")
    assert said.speaker_name == "Ann Diaz"
