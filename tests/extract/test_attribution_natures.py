"""What an attribution reports — words, a belief or position, a finding, a headline — and
that only words spoken become statements."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.statements import Attribution, extract_statements, find_attributions
from onrecord.ids import article_id
from onrecord.record import Article, Stance, Statement


def _attributions(text: str) -> list[tuple[str, str, str, list[str]]]:
    """Each attribution as (nature, source text, cue text, content fragments' text)."""
    nlp: Any = load_nlp()
    return [_described(text, a) for a in find_attributions(nlp(text))]


def _described(text: str, attribution: Attribution) -> tuple[str, str, str, list[str]]:
    source = text[slice(*attribution.source)] if attribution.source else ""
    cue = text[slice(*attribution.cue)] if attribution.cue else ""
    return attribution.nature, source, cue, [text[s:e] for s, e in attribution.content]


def _statements(text: str) -> list[Statement]:
    nlp: Any = load_nlp()
    doc = nlp(text)
    article = Article(article_id(text), text)
    return extract_statements(doc, article, build_cast(doc, article), date(2016, 2, 1), None)


@pytest.mark.model
def test_a_belief_is_an_attribution_but_not_a_statement() -> None:
    text = "Governor Ellen Marsh believes the port deal will collapse."
    assert _attributions(text) == [
        ("belief", "Governor Ellen Marsh", "believes", ["the port deal will collapse"])
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_words_spoken_are_a_speech_attribution_and_a_statement() -> None:
    text = "Governor Ellen Marsh said the port deal will collapse."
    assert [a[0] for a in _attributions(text)] == ["speech"]
    assert [s.speaker_name for s in _statements(text)] == ["Ellen Marsh"]


@pytest.mark.model
def test_a_polls_finding_is_attributed_to_the_poll_as_evidence() -> None:
    text = "A Gallup poll released Monday found that most voters oppose the levy."
    assert _attributions(text) == [
        (
            "evidence",
            "A Gallup poll released Monday",
            "found",
            ["that most voters oppose the levy"],
        )
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_a_document_that_shows_something_is_evidence_not_speech() -> None:
    text = "Campaign finance records show the senator repaid the loan in March."
    [(nature, source, cue, _)] = _attributions(text)
    assert (nature, source, cue) == ("evidence", "Campaign finance records", "show")


@pytest.mark.model
def test_a_body_named_like_its_records_that_denies_is_speaking_not_evidence() -> None:
    # "the Census" is the bureau: a record finds or shows, but does not deny
    denied = "For decades, the Census denied any part in the roundup of the families."
    assert [(s.speaker_name, s.stance) for s in _statements(denied)] == [("Census", Stance.DENY)]
    found = "The 2010 Census found that the county had grown by a third."
    assert _statements(found) == []


@pytest.mark.model
def test_a_position_held_is_attributed_with_what_it_is_for() -> None:
    text = "Among Democrats, 56 percent would vote for Clinton. Mayor Ada Brisk backs the levy."
    assert _attributions(text) == [
        ("belief", "56 percent", "would vote for", ["Clinton"]),
        ("belief", "Mayor Ada Brisk", "backs", ["the levy"]),
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_what_someone_wants_or_hopes_is_held_by_them() -> None:
    text = "Rubio wants to emerge as the main alternative. Christie hopes the endorsement helps."
    assert [(a[0], a[1], a[2]) for a in _attributions(text)] == [
        ("belief", "Rubio", "wants"),
        ("belief", "Christie", "hopes"),
    ]


@pytest.mark.model
def test_a_belief_inside_what_someone_says_is_theirs_to_report_not_a_second_attribution() -> None:
    text = "Senator Omar Vale said he thinks the bill will pass."
    assert [a[0] for a in _attributions(text)] == ["speech"]


@pytest.mark.model
def test_a_negated_position_keeps_its_negation_in_the_cue() -> None:
    text = "Councillor Ada Brisk would not back the amnesty bill."
    assert _attributions(text) == [
        ("belief", "Councillor Ada Brisk", "would not back", ["the amnesty bill"])
    ]


@pytest.mark.model
def test_the_source_of_a_belief_in_a_relative_clause_is_the_pronoun_as_written() -> None:
    text = "Half of the voters who support Sanders are students."
    assert _attributions(text) == [("belief", "who", "support", ["Sanders"])]


@pytest.mark.model
def test_an_infinitive_cue_begins_with_the_verb_it_completes() -> None:
    text = "Voters whose top issue was health care tended to support Clinton."
    [(_, _, cue, _)] = _attributions(text)
    assert cue == "tended to support"


@pytest.mark.model
def test_a_headline_naming_a_speaker_before_a_colon_is_a_headline_attribution() -> None:
    text = "Graham: Trump Is Destroying the Party.\n\nSenator Lindsey Graham spoke on Friday."
    assert _attributions(text) == [
        ("headline", "Graham", ":", ["Trump Is Destroying the Party"]),
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_a_headline_label_before_a_colon_names_no_one() -> None:
    assert _attributions("The Latest: Cruz wins the Iowa caucuses.\n\nMore follows.") == []


@pytest.mark.model
def test_talk_about_a_topic_is_an_attribution_with_its_preposition_in_the_cue() -> None:
    text = "Bush referred to Rubio as a bright leader. Jeb Bush pointed out that turnout fell."
    assert [(a[2], a[3]) for a in _attributions(text)] == [
        ("referred to", ["Rubio as a bright leader"]),
        ("pointed out", ["that turnout fell"]),
    ]


@pytest.mark.model
def test_a_belief_passed_on_with_no_holder_keeps_its_subject_in_the_content() -> None:
    text = "Trump is expected to deliver a victory speech tonight."
    assert _attributions(text) == [
        ("belief", "", "is expected", ["Trump", "to deliver a victory speech tonight"])
    ]


@pytest.mark.model
def test_an_attitude_towards_something_is_held_by_the_subject() -> None:
    text = "Several member states are concerned about the border deal."
    assert _attributions(text) == [
        ("belief", "Several member states", "are concerned about", ["the border deal"])
    ]


@pytest.mark.model
def test_what_seems_so_is_the_writers_impression_with_no_holder() -> None:
    text = "The governor seemed to be losing support."
    assert _attributions(text) == [
        ("belief", "", "seemed", ["The governor", "to be losing support"])
    ]


@pytest.mark.model
def test_a_proposal_is_a_position_held_with_what_is_proposed() -> None:
    text = "Senator Ada Brisk has proposed a tax on stock trades."
    assert _attributions(text) == [
        ("belief", "Senator Ada Brisk", "has proposed", ["a tax on stock trades"])
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_speaking_about_something_is_talk_of_a_topic() -> None:
    text = "The governor spoke about the flood at the memorial service."
    [(_, source, cue, content)] = _attributions(text)
    assert (source, cue, content) == ("The governor", "spoke about", ["the flood"])
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The council decided to delay the vote until spring.",
            ("belief", "The council", "decided", ["to delay the vote until spring"]),
        ),
        (
            "Most farmers would like to see lower fuel taxes.",
            ("belief", "Most farmers", "would like", ["to see lower fuel taxes"]),
        ),
    ],
)
def test_a_decision_or_a_wish_is_held_with_what_is_decided_or_wished(
    text: str, held: tuple[str, str, str, list[str]]
) -> None:
    assert _attributions(text) == [held]
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Union leaders have made the case that the pension fund is short of cash.",
            ("Union leaders", "have made the case", ["that the pension fund is short of cash"]),
        ),
        (
            "The mayor made it clear that she would not seek a third term.",
            ("The mayor", "made it clear", ["that she would not seek a third term"]),
        ),
        (
            "The chancellor made several pointed remarks about the budget gap.",
            ("The chancellor", "made several pointed remarks about", ["the budget gap"]),
        ),
    ],
)
def test_a_saying_one_makes_is_attributed_to_its_maker_but_makes_no_statement(
    text: str, held: tuple[str, str, list[str]]
) -> None:
    assert [a[1:] for a in _attributions(text)] == [held]
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The factory made two thousand cases of soap last week.",
        "The senator made a phone call to the governor on Sunday.",
    ],
)
def test_making_goods_or_a_call_to_someone_attributes_nothing(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.model
def test_a_phrase_the_writer_puts_in_quotes_is_no_ones_attribution() -> None:
    text = (
        "Mayor Ines Roth spoke at the pier on Monday. “We will rebuild it by spring.” "
        "Dozens of “concerned” residents came to watch."
    )
    assert [content for *_, content in _attributions(text)] == [["“We will rebuild it by spring.”"]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The union has asked its members to stay home on Monday.",
            ("The union", "has asked", ["its members to stay home on Monday"]),
        ),
        (
            "The county encouraged farmers to plant cover crops this winter.",
            ("The county", "encouraged", ["farmers to plant cover crops this winter"]),
        ),
        (
            "Residents of the valley asked for a second bridge.",
            ("Residents of the valley", "asked for", ["a second bridge"]),
        ),
    ],
)
def test_what_someone_asks_of_others_is_attributed_to_the_asker_but_makes_no_statement(
    text: str, held: tuple[str, str, list[str]]
) -> None:
    assert [a[1:] for a in _attributions(text)] == [held]
    assert _statements(text) == []


@pytest.mark.model
def test_a_request_told_inside_someone_elses_words_is_not_marked_apart() -> None:
    text = "The mayor said the union had asked its members to stay home."
    assert [cue for _, _, cue, _ in _attributions(text)] == ["said"]


@pytest.mark.model
def test_a_saying_denied_is_attributed_as_written_but_makes_no_statement() -> None:
    text = "Port officials did not say whether the bridge would reopen."
    assert [a[1:] for a in _attributions(text)] == [
        ("Port officials", "did not say", ["whether the bridge would reopen"])
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_a_sentence_opening_in_a_poll_is_what_the_poll_shows() -> None:
    text = "In the latest county survey, the mayor trails her rival by six points."
    assert _attributions(text) == [
        ("evidence", "the latest county survey", "In", ["the mayor trails her rival by six points"])
    ]
    assert _attributions("In the county, the mayor trails her rival by six points.") == []
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The idea is that commuters will leave their cars at home.",
            ("belief", "", "The idea is", ["that commuters will leave their cars at home"]),
        ),
        (
            "Her goal is to finish the tunnel before the election.",
            ("belief", "Her", "goal is", ["to finish the tunnel before the election"]),
        ),
    ],
)
def test_an_idea_a_copula_equates_with_a_clause_is_held(
    text: str, held: tuple[str, str, str, list[str]]
) -> None:
    assert _attributions(text) == [held]
    assert _attributions("The problem is that the tunnel floods.") == []
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The port authority is eager to sign the lease.",
            ("belief", "The port authority", "is eager", ["to sign the lease"]),
        ),
        (
            "Local bankers are upbeat about the harvest.",
            ("belief", "Local bankers", "are upbeat about", ["the harvest"]),
        ),
    ],
)
def test_a_readiness_or_a_mood_towards_something_is_held_by_the_subject(
    text: str, held: tuple[str, str, str, list[str]]
) -> None:
    assert _attributions(text) == [held]
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Most commuters have no idea who runs the transit board.",
            ("Most commuters", "have no idea", ["who runs the transit board"]),
        ),
        (
            "Several trustees have had misgivings about the merger.",
            ("Several trustees", "have had misgivings about", ["the merger"]),
        ),
    ],
)
def test_a_thought_someone_has_is_held_with_what_it_is_about(
    text: str, held: tuple[str, str, list[str]]
) -> None:
    assert [a[1:] for a in _attributions(text)] == [held]
    assert _statements(text) == []


@pytest.mark.model
def test_a_claim_passed_on_as_hearsay_has_no_holder_and_makes_no_statement() -> None:
    text = "The aide reportedly sent the files to a rival campaign."
    assert _attributions(text) == [
        ("belief", "", "reportedly", ["The aide", "sent the files to a rival campaign"])
    ]
    assert _statements(text) == []


@pytest.mark.model
def test_a_quote_signed_with_a_dash_and_a_name_is_the_signers_words() -> None:
    text = (
        "“The bridge was shut for a year and nobody listened.” ― Maria Ortiz\n"
        "“We need the ferry back before winter.” ― Tomás P. Reyes."
    )
    assert [a[:3] for a in _attributions(text)] == [
        ("speech", "Maria Ortiz", "―"),
        ("speech", "Tomás P. Reyes", "―"),
    ]
    assert [s.speaker_name for s in _statements(text)] == ["Maria Ortiz", "Tomás P. Reyes"]
    unsigned = "“The bridge was shut for a year.” ― and the council did nothing."
    assert [a[1:3] for a in _attributions(unsigned)] == [("", "")]


@pytest.mark.model
def test_a_passive_cue_with_its_agent_speaks_of_its_subject_and_makes_no_statement() -> None:
    text = "The closure of the bridge was first reported by the Harbor Gazette."
    assert _attributions(text) == [
        ("speech", "the Harbor Gazette", "was first reported", ["The closure of the bridge"])
    ]
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The county board hinted that the levy would return in the fall.",
            "hinted",
            "that the levy would return in the fall",
        ),
        (
            "A federal judge ruled that the ferry contract was void.",
            "ruled",
            "that the ferry contract was void",
        ),
        (
            "Mayor Ada Brisk realized the bridge vote was lost.",
            "realized",
            "the bridge vote was lost",
        ),
    ],
)
def test_a_view_implied_ruled_or_realized_is_an_attribution_but_not_a_statement(
    text: str, cue: str, content: str
) -> None:
    [(nature, _, found_cue, fragments)] = _attributions(text)
    assert (nature, found_cue, fragments) == ("belief", cue, [content])
    assert _statements(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The governor added five points in the latest count.",
        "Senator Hal Greer maintained a narrow lead through the night.",
        "Investigators found the missing ledgers in a warehouse.",
        "The mayor found himself at the centre of the dispute.",
    ],
)
def test_a_saying_verb_with_only_an_object_and_no_clause_says_nothing(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.model
def test_a_saying_verb_with_a_clause_still_reports_it() -> None:
    text = "Senator Hal Greer maintained that the audit was flawed."
    assert _attributions(text) == [
        ("speech", "Senator Hal Greer", "maintained", ["that the audit was flawed"])
    ]
