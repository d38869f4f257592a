"""Who said what: quote styles, speakers, carry-over, venue, addressee and time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.quotes import find_quotes
from onrecord.extract.statements import EXTRACTOR, extract_statements
from onrecord.ids import article_id
from onrecord.record import Article, Stance, Statement, StatementKind

ANCHOR = date(2019, 6, 14)

TEXT = (
    "Governor Ellen Marsh spoke at a press conference on Tuesday. "
    "“The budget is balanced,” Marsh said.\n\n"
    "“We cut waste.\n\n"
    "“We kept every school open.\n\n"
    "“And we did it without new taxes.”\n\n"
    '"No," she said, "the port deal is not finished."\n\n'
    "Treasurer Omar Vale told reporters: “There is nothing to announce.”\n\n"
    "Vale denied that he had met the contractors.\n\n"
    "According to Vale, the audit will be published next month."
)


@pytest.fixture(scope="module")
def statements() -> list[Statement]:
    article = Article(article_id(TEXT), TEXT)
    nlp: Any = load_nlp()
    doc = nlp(TEXT)
    return extract_statements(doc, article, build_cast(doc, article), ANCHOR, None)


def _containing(statements: list[Statement], words: str) -> Statement:
    return next(s for s in statements if words in s.text)


def test_curly_quotes_over_three_paragraphs_are_one_quote() -> None:
    text = "“One.\n\n“Two.\n\n“Three.”\n\nAfter."
    assert [q.words(text) for q in find_quotes(text)] == ["One. Two. Three."]


def test_doubled_apostrophes_and_backticks_are_quotation_marks() -> None:
    text = "''We pay the bills,'' Mr. King said, and ``no'' was his answer; the players' union."
    assert [q.words(text) for q in find_quotes(text)] == ["We pay the bills,", "no"]


def test_an_opening_mark_printed_as_the_closing_one_still_closes_the_quote() -> None:
    text = "“It's unusual,“ said Ray Noble, a lawyer. “It is rare.”"
    assert [q.words(text) for q in find_quotes(text)] == ["It's unusual,", "It is rare."]


def test_an_unbalanced_mark_ends_with_its_paragraph() -> None:
    text = "He said “never again.\n\nNext paragraph has no quote."
    assert [q.words(text) for q in find_quotes(text)] == ["never again."]


@pytest.mark.model
def test_a_quote_with_its_cue_after_it_names_the_speaker(statements: list[Statement]) -> None:
    statement = _containing(statements, "The budget is balanced")
    assert statement.speaker_name == "Ellen Marsh"
    assert statement.kind is StatementKind.DIRECT
    assert statement.cue == "say"


@pytest.mark.model
def test_a_quote_over_three_paragraphs_is_one_statement_carried_over(
    statements: list[Statement],
) -> None:
    statement = _containing(statements, "We cut waste")
    assert "without new taxes" in statement.text
    assert statement.speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_a_quote_split_by_its_attribution_is_one_statement_with_a_pronoun_speaker(
    statements: list[Statement],
) -> None:
    statement = _containing(statements, "the port deal")
    assert statement.text.startswith("No")
    assert statement.speaker_name == "Ellen Marsh"
    assert statement.speaker_evidence is not None
    assert statement.speaker_evidence.text == "she"


@pytest.mark.model
def test_a_colon_introduced_quote_has_speaker_and_addressee(statements: list[Statement]) -> None:
    statement = _containing(statements, "nothing to announce")
    assert statement.speaker_name == "Omar Vale"
    assert statement.addressee == "reporters"


@pytest.mark.model
def test_indirect_speech_and_according_to_are_statements(statements: list[Statement]) -> None:
    denial = _containing(statements, "met the contractors")
    assert (denial.kind, denial.cue, denial.speaker_name) == (
        StatementKind.INDIRECT,
        "deny",
        "Omar Vale",
    )
    according = _containing(statements, "audit will be published")
    assert according.speaker_name == "Omar Vale"


@pytest.mark.model
def test_evidence_offsets_are_exact_and_ids_stable(statements: list[Statement]) -> None:
    for statement in statements:
        assert TEXT[statement.evidence.start : statement.evidence.end] == statement.evidence.text
        assert statement.extractor == EXTRACTOR
    assert len({s.id for s in statements}) == len(statements)


@pytest.mark.model
def test_venue_comes_from_the_attribution_sentence() -> None:
    text = "“It was a mistake,” Ellen Marsh said at a news conference last week."
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    [statement] = extract_statements(doc, article, build_cast(doc, article), ANCHOR, None)
    assert statement.venue == "news conference"
    assert statement.said_on is not None and statement.said_on.resolved


def _statements_of(text: str) -> list[Statement]:
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    return extract_statements(doc, article, build_cast(doc, article), ANCHOR, None)


@pytest.mark.model
def test_a_headline_is_no_statement_but_the_body_it_sums_up_is() -> None:
    title = "Reyes says she never met Nordic envoy"
    text = (
        f"{title}\n\nBy Lena Ortiz\n\n"
        "Alma Reyes said on Tuesday that she had never met Tomas Berg, the Nordic envoy."
    )
    article = Article(article_id(text), text, title=title)
    doc = load_nlp()(text)
    [statement] = extract_statements(doc, article, build_cast(doc, article), ANCHOR, None)
    assert statement.evidence.start > len(title)
    assert statement.speaker_name.endswith("Reyes") and statement.stance is Stance.DENY


@pytest.mark.model
def test_a_quoted_phrase_inside_a_reported_clause_reports_the_whole_clause() -> None:
    text = "Ellen Marsh said the audit was “a waste of public money” for a city of this size."
    [statement] = _statements_of(text)
    assert statement.text == "the audit was “a waste of public money” for a city of this size"
    assert statement.kind is StatementKind.MIXED
    assert statement.speaker_name == "Ellen Marsh"


@pytest.mark.model
def test_a_reported_clause_that_ends_in_a_quote_keeps_its_closing_mark() -> None:
    text = "Omar Vale told reporters that the contract was “dead on arrival.”"
    [statement] = _statements_of(text)
    assert statement.text.endswith("“dead on arrival.”")


@pytest.mark.model
def test_a_quote_continued_after_its_attribution_sentence_is_one_statement() -> None:
    text = (
        "“We never met the contractors,” Ellen Marsh said at the council meeting. "
        "“Not once, not anywhere.”\n\n"
        "“The audit is wrong,” Omar Vale said. “It is wrong,” he added."
    )
    marsh, *vale = _statements_of(text)
    assert marsh.speaker_name == "Ellen Marsh"
    assert "Not once, not anywhere" in marsh.text and "never met" in marsh.text
    assert [s.text for s in vale] == ["The audit is wrong,", "It is wrong,"]


@pytest.mark.model
def test_a_cue_with_its_own_reported_clause_does_not_also_claim_the_next_quote() -> None:
    text = (
        "Omar Vale said he was not aware of any such payment, and volunteered an answer "
        'about himself: "I did not take money from the contractors."'
    )
    statements = _statements_of(text)
    unaware = _containing(statements, "not aware of any such payment")
    quote = _containing(statements, "I did not take money")
    assert unaware.cue == "say" and unaware.speaker_name == "Omar Vale"
    assert quote.speaker_name == "Omar Vale"


@pytest.mark.model
def test_an_answer_takes_the_date_of_the_question_put_to_its_speaker() -> None:
    text = (
        "At the council hearing on May 3, Councillor Ada Brisk asked Omar Vale whether he had "
        "met the contractors. Vale said he had never met them."
    )
    answer = _containing(_statements_of(text), "never met them")
    assert answer.speaker_name == "Omar Vale"
    assert answer.said_on is not None and answer.said_on.iso() == "2019-05-03"


@pytest.mark.model
def test_a_question_is_no_statement_of_the_one_asked_nor_of_the_journalist_asking() -> None:
    text = (
        "Asked on Friday whether she would back the levy, Mayor Ada Brisk said she had not "
        "decided. Omar Vale was asked by moderator Lena Ortiz whether the plan was dead. "
        "Ortiz then asked Vale why he had left the council. Councillor Tomas Berg asked "
        "whether anyone had read the contract."
    )
    said = [s.evidence.text for s in _statements_of(text)]
    assert any("had not decided" in words for words in said)
    assert any("anyone had read the contract" in words for words in said)
    assert not any("back the levy" in words or "plan was dead" in words for words in said)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Asked if it had appeared he was encouraging violence with his initial statement, Omar "
        "Vale replied, “Well, maybe so. Maybe that’s why I wouldn’t do it.”",
        "Asked whether the campaign should take responsibility for the flap, Mr. Omar Vale shot "
        'back: "That would be good."',
        # "Asked" tagged as a past tense: the question was Vale's own statement
        "Asked whether anyone on the campaign had been in contact with Norwegian officials, Omar "
        'Vale, the press secretary, said: "That would be good."',
    ],
)
def test_the_answer_to_a_question_put_to_someone_is_theirs_and_the_question_is_not(
    text: str,
) -> None:
    [answer] = _statements_of(text)
    assert answer.speaker_name == "Omar Vale"
    assert answer.evidence.text.strip('“”"').startswith(("Well, maybe so", "That would be good"))


@pytest.mark.model
def test_a_question_put_by_a_named_asker_before_the_answer_is_no_statement_of_the_answerer() -> (
    None
):
    text = (
        "Asked by Senator Lena Ortiz whether anyone in the campaign had spoken to the envoy, "
        'Omar Vale said: "I did not have communications with the envoy."'
    )
    statements = _statements_of(text)
    assert [s.speaker_name for s in statements] == ["Omar Vale"]
    assert "I did not have communications" in statements[0].evidence.text


@pytest.mark.model
def test_the_speaker_of_a_timeline_entry_is_the_name_after_its_date() -> None:
    text = "2017\n\nFeb. 16 — Marsh, at a news conference, says she has nothing to do with Vale.\n"
    [statement] = _statements_of(text)
    assert statement.speaker_name == "Marsh"


@pytest.mark.model
def test_the_speaker_of_a_timeline_entry_dated_with_its_year_is_the_name_not_the_year() -> None:
    text = (
        "A Timeline\n\nJan. 15, 2017 — Mike Pence says on CBS that the two men did not discuss "
        "the sanctions.\n"
    )
    [statement] = _statements_of(text)
    assert statement.speaker_name == "Mike Pence"


@pytest.mark.model
def test_a_denial_in_a_relative_clause_denies_the_thing_it_describes() -> None:
    text = (
        "The mayor was paid by the station, something Ines Roth denied to me as laughable "
        "in an interview on Friday.\n\nSenator Ada Pryce was accused of taking gifts from "
        "the lobby, a claim that her office strongly disputes."
    )
    roth, office = _statements_of(text)
    assert roth.speaker_name == "Ines Roth" and roth.stance is Stance.DENY
    assert "paid by the station" in roth.text
    assert office.cue == "dispute" and office.stance is Stance.DENY


@pytest.mark.model
def test_a_denial_joined_to_another_verb_of_a_relative_clause_denies_its_noun() -> None:
    text = (
        "Senator Mark Dunn of Iowa faces a close race. New records raised questions about "
        "whether the senator paid for family trips from campaign funds, a charge that Mr. Dunn "
        "has faced before and has always denied."
    )
    [denial] = [s for s in _statements_of(text) if s.stance is Stance.DENY]
    assert denial.speaker_name == "Mark Dunn" and "charge" in denial.text


@pytest.mark.model
def test_a_charge_answered_after_the_words_is_the_answerers_not_the_speakers() -> None:
    """ "complained the count was \"fixed\", a charge that Mayor Roe denied, noting …": the
    charge and its answer are the writer's report of the mayor's words — the complainer said
    neither the denial nor what the mayor noted."""
    text = (
        "Senator Hal Brenner spent the week attacking the city over its ballot count. Brenner "
        'complained that the count had been "fixed" against him, a charge that Mayor Ruth '
        "Dalton strongly denied, noting that the city had used the same machines since 2004."
    )
    statements = _statements_of(text)
    complaint = _containing(statements, "fixed")
    assert complaint.speaker_name == "Hal Brenner" and "Dalton" not in complaint.text
    denial = next(s for s in statements if s.cue == "deny")
    assert denial.speaker_name == "Ruth Dalton" and denial.stance is Stance.DENY
    assert _containing(statements, "same machines").speaker_name == "Ruth Dalton"


@pytest.mark.model
def test_a_denial_only_wished_or_withheld_is_no_statement() -> None:
    """ "want to deny him a chance" withholds a chance and "allows him to deny" makes a denial
    possible: neither reports a denial made, unlike "continued to deny"."""
    text = (
        "Protesters said they want to deny Governor Hal Brenner a chance to present the visit "
        "as an endorsement. His manner allows him to keep his options open and deny "
        "responsibility for any failure. Treasurer Omar Vale continued to deny that he had met "
        "the lobbyist. Ellen Marsh told reporters that the audit never took place."
    )
    denials = [s for s in _statements_of(text) if s.stance is Stance.DENY]
    assert [s.speaker_name for s in denials] == ["Omar Vale", "Ellen Marsh"]


@pytest.mark.model
def test_a_denial_cue_that_refuses_a_thing_or_is_left_undone_reports_no_denial() -> None:
    """ "denied bail", "was denied entry" refuse something to someone and "did nothing to
    dispel that notion" tells a denial not made: none is a statement; "denied the report" is."""
    text = (
        "The driver's cousin denied bail on Monday. Omar Vale, a singer, says he was denied "
        "entry to two county fairs. Governor Hal Brenner has done nothing to dispel that notion. "
        "Treasurer Ellen Marsh denied the report on Tuesday."
    )
    denials = [s for s in _statements_of(text) if s.stance is Stance.DENY]
    assert [(s.speaker_name, s.text) for s in denials] == [("Ellen Marsh", "the report")]


@pytest.mark.model
def test_a_quote_denies_with_never_at_its_opening_not_in_its_later_story() -> None:
    """A quote's later "never"s tell the speaker's story; at its opening "never" with a past
    verb is a denial of what was put to them."""
    text = (
        '"We are proud of this town," Mayor Ellen Marsh said. "I grew up here. I never moved '
        'away." Later, Omar Vale, the treasurer, said: "We never approved that payment. '
        'The minutes show it."'
    )
    marsh, vale = _statements_of(text)
    assert marsh.stance is Stance.OTHER
    assert vale.stance is Stance.DENY


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "stance"),
    [
        ('"I did not email any classified material to anyone," Ruth Alden said.', Stance.DENY),
        ('"We never took a dime from them," Omar Vale said on Monday.', Stance.DENY),
        ('"I never had any contact with him," Omar Vale said.', Stance.DENY),
        ('"I didn\'t come here to lose," Ruth Alden said.', Stance.OTHER),
        ('"I never had a chance to thank him," Omar Vale said.', Stance.OTHER),
        ('"I never claimed to be a lawyer," Omar Vale said.', Stance.OTHER),
        ('"I never said any such thing," Omar Vale said.', Stance.DENY),
        ('"This is beyond silly. I didn\'t post that picture," Omar Vale said.', Stance.DENY),
        ('"I love this town. I didn\'t come here to lose," Ruth Alden said.', Stance.OTHER),
    ],
)
def test_a_quote_opening_on_the_speakers_own_deed_said_not_done_denies_it(
    quote: str, stance: Stance
) -> None:
    """The GUIDE's "says something did not happen": the speaker's own deed said not to have
    been done, with nothing left over or the thing pointed at, wherever the quote says it —
    not a purpose, a chance missed, or a word not said with no charge put."""
    (statement,) = _statements_of(quote)
    assert statement.stance is stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Ruth Alden testified that she neither sent nor received emails marked classified.",
            Stance.DENY,
        ),
        (
            '"Neither of these emails involves the senator," the campaign said in a statement.',
            Stance.DENY,
        ),
        ('"None of the candidates has released a plan," Omar Vale said.', Stance.OTHER),
    ],
)
def test_neither_nor_and_none_of_the_things_at_issue_deny(text: str, stance: Stance) -> None:
    (statement,) = _statements_of(text)
    assert statement.stance is stance


@pytest.mark.model
def test_a_reported_omission_or_purpose_is_no_denial() -> None:
    """ "He didn't report the loans" charges an omission and "the aim was not to win" judges:
    neither says that something at issue did not happen."""
    text = (
        'Mayor Ellen Marsh went after her rival. "He didn\'t report the loans," she said. '
        "Treasurer Omar Vale said the aim of the tour was not to win votes. Hal Brenner said "
        'the governor has not replied to his requests for a debate. "The review has not even '
        'begun," Ellen Marsh said. "Their candidate had never worked in a county office '
        'before," she added.'
    )
    assert all(s.stance is not Stance.DENY for s in _statements_of(text))


@pytest.mark.model
def test_a_cut_short_reply_to_a_question_of_belief_is_no_denial() -> None:
    """ "said that he did not" means what was asked: a denial after "whether he had met the
    envoy", an opinion after "if he believed it was as bad"."""
    text = (
        "Asked by a host if he believed the scandal was as bad as the flood, Omar Vale said "
        "that he did not, but was pointing to the same attitude. Asked whether she had met the "
        "envoy, Ellen Marsh said she did not."
    )
    statements = _statements_of(text)
    vale = _containing(statements, "that he did not")
    marsh = _containing(statements, "she did not")
    assert vale.stance is Stance.OTHER
    assert marsh.stance is Stance.DENY


@pytest.mark.model
def test_a_step_not_yet_taken_or_a_reason_denied_is_no_denial() -> None:
    """ "hadn't yet called for it" tells what is still to come and "not because X but because
    Y" corrects a reason; "did not sign the contract because she was away" denies the act."""
    text = (
        "Ellen Marsh said she hadn't yet called for the chief's resignation because the town "
        "came first. Omar Vale said the driver had not done it because he is a farmer but "
        "because he had a grudge. Hal Brenner said he did not sign the contract because he was "
        "away."
    )
    denials = [s for s in _statements_of(text) if s.stance is Stance.DENY]
    assert [s.speaker_name for s in denials] == ["Hal Brenner"]


@pytest.mark.model
def test_a_share_of_a_poll_saying_something_is_no_statement() -> None:
    """ "59 percent said it was not" is a poll's finding, not anyone's words."""
    text = (
        "Asked whether the levy was fair, 59 percent said it was not. Mayor Ellen Marsh said "
        "the levy was never approved by the council."
    )
    assert [s.speaker_name for s in _statements_of(text)] == ["Ellen Marsh"]


@pytest.mark.model
def test_a_reported_clause_goes_on_after_an_aside_between_dashes() -> None:
    text = (
        "That was notable: until Tuesday, Ellen Marsh had said her server - there were "
        "actually two, in turn - was never hacked.\n\nPrices will rise, Omar Vale said - and "
        "then he left."
    )
    marsh, vale = _statements_of(text)
    assert marsh.text == "her server - there were actually two, in turn - was never hacked"
    assert marsh.stance is Stance.DENY
    assert vale.text == "Prices will rise"


@pytest.mark.model
def test_putting_down_a_rumour_denies_it_but_putting_down_a_protest_says_nothing() -> None:
    text = (
        "Governor Ellen Marsh moved quickly to shut off speculation about a cabinet shake-up "
        "on Wednesday. Police quelled the protest outside the statehouse. Treasurer Omar Vale "
        "quashed rumors he would run for mayor."
    )
    statements = _statements_of(text)
    assert [(s.speaker_name, s.stance) for s in statements] == [
        ("Ellen Marsh", Stance.DENY),
        ("Omar Vale", Stance.DENY),
    ]
    assert "cabinet shake-up" in statements[0].text and "run for mayor" in statements[1].text


@pytest.mark.model
def test_a_saying_that_was_the_means_of_a_denial_is_one_statement_with_it() -> None:
    text = (
        "Omar Vale quashed rumors he was leaving the council by tweeting that "
        '"I am staying for the full term."\n\n'
        "The ministry denied the report by saying that the envoy never met the senator."
    )
    vale, ministry = _statements_of(text)
    assert vale.stance is Stance.DENY and "full term" in vale.text
    assert ministry.stance is Stance.DENY and "never met the senator" in ministry.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "refusal"),
    [
        (
            "Dana Pruitt did not respond to requests for an interview.",
            "Dana Pruitt",
            "did not respond to requests for an interview",
        ),
        (
            "Campaign spokesman Leo Varga did not immediately return a call seeking comment.",
            "Leo Varga",
            "did not immediately return a call seeking comment",
        ),
        (
            "Judge Ann Corley never replied to emailed questions about the ruling.",
            "Ann Corley",
            "never replied to emailed questions about the ruling",
        ),
    ],
)
def test_a_request_left_unanswered_is_its_subjects_refusal_on_the_record(
    text: str, speaker: str, refusal: str
) -> None:
    [statement] = _statements_of(text)
    assert statement.speaker_name == speaker
    assert statement.stance is Stance.DECLINE
    assert statement.text == refusal


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("Mayor Omar Vale isn't saying whether he will seek a third term.", "whether he will"),
        ("Dana Pruitt is not saying yet which donors she met in Reno.", "which donors"),
        ("Judge Ann Corley wouldn't speculate about the motive for the leak.", "the motive"),
        ("Dana Pruitt declined repeated requests for an interview for this story.", "requests"),
        ("Governor Leo Varga took no questions from reporters after the speech.", "no questions"),
    ],
)
def test_holding_back_what_one_is_asked_is_a_refusal_on_the_record(text: str, refusal: str) -> None:
    [statement] = _statements_of(text)
    assert statement.stance is Stance.DECLINE
    assert refusal in statement.text


@pytest.mark.model
def test_saying_what_one_is_not_saying_is_no_refusal() -> None:
    [statement] = _statements_of('"I am not saying the mayor lied," Dana Pruitt said.')
    assert statement.stance is not Stance.DECLINE
    [reported] = _statements_of("Dana Pruitt said she was not saying which aide had leaked.")
    assert reported.stance is not Stance.DECLINE


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mayor Omar Vale accused the board of hiding the audit.", "the board of hiding"),
        ("Dana Pruitt blamed the council for the delays at the port.", "the council for"),
        ("Governor Leo Varga pledged to visit every county before May.", "to visit every"),
    ],
)
def test_a_charge_or_a_pledge_told_by_its_object_is_a_statement(text: str, said: str) -> None:
    [statement] = _statements_of(text)
    assert said in statement.text


@pytest.mark.model
def test_criticism_of_a_thing_or_a_charge_told_in_the_passive_is_no_statement() -> None:
    assert _statements_of("Mayor Omar Vale criticized the plan on Monday.") == []
    assert _statements_of("Dana Pruitt was accused by Omar Vale of hiding the audit.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dana Pruitt became a voice for safer docks after a fire at a screening of her new "
        "film, “Harbor Lights.”",
        "Omar Vale tossed cold water on the plan, he wrote in his memoir, “Straight Answers.”",
    ],
)
def test_a_title_in_marks_after_the_work_it_names_is_no_ones_words(text: str) -> None:
    assert all(
        "Harbor Lights" not in s.text and "Straight Answers" not in s.text
        for s in _statements_of(text)
    )


@pytest.mark.model
def test_a_quote_broken_over_a_hard_line_break_leaves_no_statement_of_a_stray_mark() -> None:
    text = (
        "Pastor Ann Corley of Fort Worth said the vote was hers.\n\n"
        '"Iowa happened. The minute he could be the nominee, he was going to win it.\n'
        'Bill Clinton."\n\n'
        "Omar Vale is a consultant."
    )
    assert all(any(ch.isalpha() for ch in s.text) for s in _statements_of(text))


@pytest.mark.model
def test_an_answer_to_questions_or_a_reaction_not_yet_given_is_no_refusal() -> None:
    answered = _statements_of("Dana Pruitt responded to questions by saying the deal was legal.")
    assert [s.stance for s in answered] == [Stance.OTHER]
    assert _statements_of("Dana Pruitt has not yet responded to the mayor's remarks.") == []


@pytest.mark.model
def test_the_speakers_own_hearing_ending_a_denial_is_where_it_was_said_not_what_he_denied() -> None:
    text = (
        "Senator Ruth Sessions met the envoy twice in the spring. Ruth Sessions had denied that "
        "such meetings took place during her confirmation hearing."
    )
    [statement] = _statements_of(text)
    assert statement.text == "that such meetings took place"
    assert statement.venue is not None and "confirmation hearing" in statement.venue
    [other] = _statements_of("Ann Roe said she met the envoy during the hearing.")
    assert other.text == "she met the envoy during the hearing"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Who cares about the polls. Everything Mayor Holt says is a lie unless proven otherwise.",
        "Nothing the senator said was news to the committee, the chairman argued.",
    ],
)
def test_a_verdict_on_everything_someone_says_is_not_their_words(text: str) -> None:
    """ "Everything X says is a lie": the clause after the speech verb judges what X says; it
    reports no words of X's."""
    assert not any(s.text.startswith(("is a lie", "was news")) for s in _statements_of(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The council met on Friday. As Mayor Ann Lee said on Monday, the budget is balanced.",
            "the budget is balanced",
        ),
        (
            "The council met on Friday. The budget is balanced, as Mayor Ann Lee said on Monday.",
            "The budget is balanced",
        ),
    ],
)
def test_an_as_clause_credits_the_clause_it_hangs_on(text: str, said: str) -> None:
    [statement] = _statements_of(text)
    assert statement.speaker_name == "Ann Lee"
    assert statement.text == said


@pytest.mark.model
def test_an_as_clause_that_tells_when_credits_nothing() -> None:
    text = "The council met on Friday. Ann Lee was in tears as she called for a recount."
    assert not any("in tears" in s.text for s in _statements_of(text))


@pytest.mark.model
def test_quoted_words_someone_continued_with_are_theirs_but_a_trend_continuing_is_no_saying() -> (
    None
):
    said = _statements_of(
        "Alma Reyes praised the plan. “I have met Tomas Berg on more than one occasion,” she "
        "continued."
    )
    assert [s.speaker_name for s in said] == ["Alma Reyes"]
    assert _statements_of("Prices continued to rise in May.") == []


@pytest.mark.model
def test_a_year_naming_which_thing_is_spoken_of_does_not_date_the_saying() -> None:
    text = (
        "Ellen Marsh, the former governor, stressed her support of the 2011 raid that killed "
        'the smuggler during a "Harbor Forum" sponsored by the Coast Herald and said she has '
        'the essential quality for the job: "Steadiness -- an absolute rock steadiness, and '
        'mixed with strength."'
    )
    statements = _statements_of(text)
    assert statements and all(s.said_on is None or s.said_on.iso() != "2011" for s in statements)
    speech = 'In her 2011 inaugural address, Governor Ellen Marsh said, "The port comes first."'
    [statement] = _statements_of(speech)
    assert statement.said_on is not None and statement.said_on.iso() == "2011"


@pytest.mark.model
def test_a_participle_cue_is_said_at_the_time_of_the_act_it_goes_with() -> None:
    text = (
        "On Monday, Ellen Marsh said she had never met the envoy. On Wednesday, she responded to "
        "the report, saying that she had spoken to him once."
    )
    answer = _containing(_statements_of(text), "spoken to him once")
    assert answer.said_on is not None and answer.said_on.iso() == "2019-06-12"


def _said_on(text: str, words: str, written: date) -> str | None:
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    said = _containing(extract_statements(doc, article, build_cast(doc, article), written), words)
    return said.said_on.iso() if said.said_on is not None else None


def test_a_saying_in_a_timeline_entry_is_dated_by_the_timelines_year() -> None:
    # "April 26 — … tells him" in a timeline of 2016 published in 2017 was said in 2017
    text = (
        "March 6, 2016 — Omar Vale joins the campaign as an adviser.\n\n"
        "March 24 — Mr. Vale meets Anton Belov in London.\n\n"
        "April 26 — Over breakfast at a London hotel, Mr. Belov tells him that the ministry "
        'has "dirt" on the rival campaign.\n\n'
        "Jan. 27, 2017 — Interviewed by agents, Mr. Vale says that he never met Mr. Belov.\n"
    )
    assert _said_on(text, "dirt", date(2017, 10, 31)) == "2016-04-26"


@pytest.mark.parametrize(
    ("text", "words", "said"),
    [
        (
            "Ruth Calder and Omar Vale clashed in a debate in Albany on Thursday night. After "
            "the debate, Vale's adviser Lena Marsh told reporters that he had won it.",
            "won it",
            "2019-06-13",
        ),
        # "the event" retells the gathering told last
        (
            "At a press conference on June 11, Ruth Calder ignored a question about the envoy. "
            'Once the event was over, she said, "No contact."',
            "No contact",
            "2019-06-11",
        ),
    ],
)
@pytest.mark.model
def test_words_said_at_an_occasion_the_story_dated_before_take_its_date(
    text: str, words: str, said: str
) -> None:
    assert _said_on(text, words, date(2019, 6, 14)) == said


@pytest.mark.model
def test_words_said_at_an_occasion_the_story_never_dated_keep_no_date() -> None:
    text = (
        "Ruth Calder and Omar Vale clashed in a debate. After the debate, Vale's adviser Lena "
        "Marsh told reporters that he had won it."
    )
    assert _said_on(text, "won it", date(2019, 6, 14)) is None


def test_phoning_someone_the_model_tags_as_a_building_says_nothing() -> None:
    # "Flynn called Kislyak on Dec. 29" was a statement of Flynn's whose words were "Kislyak"
    text = "In fact, prosecutors said, Flynn called Kislyak on Dec. 29 and made that request."
    assert not any(s.text == "Kislyak" for s in _statements_of(text))
