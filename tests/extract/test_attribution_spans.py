"""Where an attribution's source and content begin and end, the way PolNeAR marks them."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord.extract.nlp import load_nlp
from onrecord.extract.statements import find_attributions


def _spans(text: str) -> list[tuple[str, list[str]]]:
    """Each attribution as (source text, content fragments' text)."""
    nlp: Any = load_nlp()
    return [
        (text[slice(*a.source)] if a.source else "", [text[s:e] for s, e in a.content])
        for a in find_attributions(nlp(text))
    ]


@pytest.mark.model
def test_a_source_keeps_its_appositive_and_the_comma_that_closes_it() -> None:
    text = "Ada Brisk, a former aide to the mayor, said the audit was late."
    assert _spans(text) == [("Ada Brisk, a former aide to the mayor,", ["the audit was late"])]


@pytest.mark.model
def test_a_source_keeps_a_bracket_it_opened() -> None:
    text = "Rep. Omar Vale (D-Ohio) said the bill would pass."
    assert _spans(text)[0][0] == "Rep. Omar Vale (D-Ohio)"


@pytest.mark.model
def test_according_to_content_is_the_sentence_on_either_side_of_the_phrase() -> None:
    text = (
        "Turnout fell by a third, according to the county clerk.\n\n"
        "For the council, according to two members, the vote is a warning."
    )
    assert [content for _, content in _spans(text)] == [
        ["Turnout fell by a third"],
        ["For the council", "the vote is a warning"],
    ]


@pytest.mark.model
def test_content_put_before_its_source_runs_to_the_comma_that_opens_the_source() -> None:
    text = "Ann Diaz spoke with Omar Vale once in March and again in October, aides said."
    assert _spans(text) == [
        ("aides", ["Ann Diaz spoke with Omar Vale once in March and again in October"])
    ]


@pytest.mark.model
def test_a_speaker_set_off_after_a_fronted_question_is_the_source() -> None:
    text = (
        "Asked whether anyone had been in contact with Belov, Omar Vale, the campaign's "
        'spokesman, said: "Not that I am aware of."'
    )
    assert _spans(text) == [
        ("", ["whether anyone had been in contact with Belov"]),
        ("Omar Vale, the campaign's spokesman,", ['"Not that I am aware of."']),
    ]


@pytest.mark.model
def test_content_does_not_start_with_a_linking_but() -> None:
    text = "But, according to the clerk, the count is final."
    assert _spans(text) == [("the clerk", ["the count is final"])]


@pytest.mark.model
def test_a_quote_split_by_a_whole_attribution_sentence_is_one_content() -> None:
    text = "''We will appeal,'' Ms. Brisk said. ''The ruling is wrong.''"
    assert _spans(text) == [("Ms. Brisk", ["''We will appeal,''", "''The ruling is wrong.''"])]


@pytest.mark.model
def test_two_attributions_between_quotes_keep_the_quotes_apart() -> None:
    text = "''The port is safe,'' Mr. Vale said. No inspection, he said, ''found a fault.''"
    assert _spans(text) == [
        ("Mr. Vale", ["''The port is safe,''"]),
        ("he", ["No inspection", "''found a fault.''"]),
    ]


@pytest.mark.model
def test_a_quote_that_finishes_the_sentence_before_its_attribution_says_both_parts() -> None:
    text = 'Sooner or later, the treasurer told reporters, "the savings will show."'
    assert _spans(text) == [("the treasurer", ["Sooner or later", '"the savings will show."'])]


@pytest.mark.model
def test_a_sentence_resuming_after_its_attribution_is_said_from_where_it_resumes() -> None:
    text = "The harbor, she said on Monday, is ''doing much better than it has since 2009.''"
    assert _spans(text) == [
        ("she", ["The harbor", "is ''doing much better than it has since 2009.''"])
    ]


@pytest.mark.model
def test_two_quotes_in_a_resumed_sentence_are_one_content() -> None:
    text = "Ports, he said, can ''move fast'' and ''break even'' within a year."
    assert _spans(text) == [("he", ["Ports", "can ''move fast'' and ''break even'' within a year"])]


@pytest.mark.model
def test_a_split_quote_resuming_after_the_writers_own_words_is_said_from_them() -> None:
    text = "“She was meant to lead,” he said. Instead, “she waits for polls.”"
    assert _spans(text) == [("he", ["“She was meant to lead,”", "Instead, “she waits for polls.”"])]


@pytest.mark.model
def test_a_split_quote_resuming_after_words_that_attribute_is_not_extended() -> None:
    text = "“She was meant to lead,” he said. Asked why, “she waits for polls.”"
    assert _spans(text) == [("he", ["“She was meant to lead,”", "“she waits for polls.”"])]


@pytest.mark.model
def test_a_list_the_parser_reads_as_an_appositive_is_said_whole() -> None:
    text = "She said the mayor had pressed Mr. Vale, his deputies and aides for answers."
    assert _spans(text) == [
        ("She", ["the mayor had pressed Mr. Vale, his deputies and aides for answers"])
    ]


@pytest.mark.model
def test_a_scene_setting_opening_is_not_part_of_the_quote() -> None:
    text = 'On Monday, Ms. Brisk said, "the savings will show."'
    assert _spans(text) == [("Ms. Brisk", ['"the savings will show."'])]


@pytest.mark.model
def test_a_quote_the_cue_puts_on_its_object_is_said_with_the_object() -> None:
    text = 'The mayor called the audit "a political stunt." She urged voters to "ignore it."'
    assert [content for _, content in _spans(text)] == [
        ['the audit "a political stunt."'],
        ['voters to "ignore it."'],
    ]


@pytest.mark.model
def test_an_appositive_the_writer_adds_after_the_reported_clause_is_not_said() -> None:
    text = "Vale said he will run against Ms. Roe, a former senator."
    assert _spans(text) == [("Vale", ["he will run against Ms. Roe"])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Ms. Roe said she would not vote for Omar Vale, who is 70.",
            "she would not vote for Omar Vale",
            id="a relative clause about a person",
        ),
        pytest.param(
            "Vale said he did not think the ads had hurt him, arguing that the party was to blame.",
            "he did not think the ads had hurt him",
            id="a participle",
        ),
    ],
)
def test_an_aside_the_writer_adds_after_a_comma_is_not_said(text: str, said: str) -> None:
    assert next(content for _, content in _spans(text)) == [said]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Vale said the county had “broken every promise,” arguing that the audit proved it.",
            "the county had “broken every promise,”",
            id="after a comma inside the closing mark",
        ),
        pytest.param(
            "Roe said the plant was “perfectly safe” — insisting that no inspector found a leak.",
            "the plant was “perfectly safe”",
            id="after a dash",
        ),
    ],
)
def test_a_speaking_participle_after_a_partial_quote_is_not_more_of_the_quote(
    text: str, said: str
) -> None:
    assert next(content for _, content in _spans(text)) == [said]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The senator blamed the outage on hackers.", "the outage on hackers"),
        ("The mayor pledged her vote to the governor.", "her vote to the governor"),
    ],
)
def test_what_a_speech_verb_puts_on_its_object_runs_to_the_end_of_its_phrase(
    text: str, said: str
) -> None:
    assert [content for _, content in _spans(text)] == [[said]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The senator blamed the outage on hackers on Monday.",
        "The senator blamed the outage on hackers in a statement.",
    ],
)
def test_when_and_where_a_speech_verb_was_said_is_not_what_it_said(text: str) -> None:
    assert [content for _, content in _spans(text)] == [["the outage on hackers"]]


@pytest.mark.model
def test_a_show_named_between_the_halves_does_not_split_the_quote() -> None:
    text = (
        '"We will not back down," Ms. Brisk said on "Good Morning America." '
        '"The vote is next week."'
    )
    assert _spans(text) == [("Ms. Brisk", ['"We will not back down,"', '"The vote is next week."'])]


@pytest.mark.model
def test_a_question_continued_after_its_attribution_is_one_quote() -> None:
    text = '"Who pays for it?" Mr. Vale said. "The taxpayers do."'
    assert _spans(text) == [("Mr. Vale", ['"Who pays for it?"', '"The taxpayers do."'])]


@pytest.mark.model
def test_what_a_verb_calls_its_object_is_said_with_the_object() -> None:
    text = "The senator calls himself a fiscal hawk. She described the levy as a stealth tax."
    assert [content for _, content in _spans(text)] == [
        ["himself a fiscal hawk"],
        ["the levy as a stealth tax"],
    ]


@pytest.mark.model
def test_speech_about_a_topic_is_an_attribution_but_no_statement() -> None:
    text = "Councillor Ada Brisk criticized the budget for its cost."
    nlp: Any = load_nlp()
    doc = nlp(text)
    [attribution] = find_attributions(doc)
    assert text[slice(*attribution.content[0])] == "the budget for its cost"
    assert attribution.topic
    assert find_attributions(doc, speech_only=True, topics=False) == []


@pytest.mark.model
def test_a_cue_in_the_sentence_before_does_not_keep_a_split_quote_apart() -> None:
    text = 'Mr. Vale said little. "The port is safe," he said. "We inspected it twice."'
    assert ("he", ['"The port is safe,"', '"We inspected it twice."']) in _spans(text)


@pytest.mark.model
def test_a_reported_clause_does_not_start_with_the_but_that_links_it() -> None:
    assert _spans("But the bill will pass, she said.") == [("she", ["the bill will pass"])]


def _cues(text: str) -> list[tuple[str, list[str]]]:
    """Each attribution as (cue text, content fragments' text)."""
    nlp: Any = load_nlp()
    return [
        (text[slice(*a.cue)] if a.cue else "", [text[s:e] for s, e in a.content])
        for a in find_attributions(nlp(text))
    ]


@pytest.mark.model
def test_a_cue_keeps_the_adverbs_of_its_verb_group_and_the_colon_before_a_quote() -> None:
    text = "The treasurer has also repeatedly said: “The pension fund is safe.”"
    assert _cues(text) == [("has also repeatedly said:", ["“The pension fund is safe.”"])]


@pytest.mark.model
def test_a_preposition_that_makes_the_verb_belongs_to_the_cue_not_the_content() -> None:
    text = "The nurses' union called for an independent inquiry into the closures."
    assert _cues(text) == [("called for", ["an independent inquiry into the closures"])]


@pytest.mark.model
def test_a_quote_that_ends_on_a_quote_of_its_own_still_goes_on_after_the_attribution() -> None:
    text = "“Voters told us, ‘fix the roads,’” Ms. Brisk said. “So we fixed the roads.”"
    assert _spans(text) == [
        ("Ms. Brisk", ["“Voters told us, ‘fix the roads,’”", "“So we fixed the roads.”"])
    ]


@pytest.mark.model
def test_a_long_description_of_the_speaker_does_not_break_a_split_quote_in_two() -> None:
    text = (
        "''The levy is a stopgap,'' said Omar Vale, an economist who ran the state's budget "
        "office for a decade under two governors and now teaches public finance and tax law "
        "at the largest public university in the capital. "
        "''It buys a year, not a solution.''"
    )
    assert [content for _, content in _spans(text)] == [
        ["''The levy is a stopgap,''", "''It buys a year, not a solution.''"]
    ]


@pytest.mark.model
def test_what_a_speaker_calls_something_ends_with_the_closing_mark_of_the_last_quote() -> None:
    text = "The mayor described the tunnel as “a relic” that “nobody has used in years.”"
    assert _spans(text)[0][1] == ["the tunnel as “a relic” that “nobody has used in years.”"]


@pytest.mark.model
def test_a_reported_clause_before_a_split_quote_keeps_the_second_half_apart() -> None:
    text = (
        'The deficit is "worse than we feared," says Omar Vale, the budget director. '
        '"We will have to cut."'
    )
    assert _spans(text) == [
        (
            "Omar Vale, the budget director",
            ['The deficit is "worse than we feared,"', '"We will have to cut."'],
        )
    ]


@pytest.mark.model
def test_a_second_verb_of_saying_joined_by_and_ends_the_first_content() -> None:
    text = "The ministry said the reactor was safe and warned residents against panic buying."
    assert _spans(text)[0][1] == ["the reactor was safe"]


@pytest.mark.model
def test_a_second_clause_with_its_own_subject_goes_on_with_what_was_said() -> None:
    text = "He said that the levee is sound, but the county has no money to inspect it."
    assert _spans(text)[0][1] == [
        "that the levee is sound, but the county has no money to inspect it"
    ]


@pytest.mark.model
def test_a_second_clause_about_someone_the_story_names_is_the_writers_narrative() -> None:
    text = (
        "Mayor Omar Vale assured him the permit was issued without his knowledge, but "
        "Governor Ruth Lamb was furious, leading to a tense meeting at the statehouse."
    )
    assert _spans(text)[0][1] == ["the permit was issued without his knowledge"]


@pytest.mark.model
def test_a_second_verb_of_saying_is_the_first_speakers_not_the_reported_subjects() -> None:
    text = (
        "Mayor Omar Vale said the new stadium would cost taxpayers nothing, and called the "
        'critics "professional pessimists."'
    )
    assert _spans(text) == [
        ("Mayor Omar Vale", ["the new stadium would cost taxpayers nothing"]),
        ("Mayor Omar Vale", ['the critics "professional pessimists."']),
    ]


@pytest.mark.model
def test_a_name_that_says_which_one_is_meant_is_part_of_what_was_said() -> None:
    text = "Vale said he would never debate his rival, Ada Brisk."
    assert _spans(text) == [("Vale", ["he would never debate his rival, Ada Brisk"])]


@pytest.mark.model
def test_a_participle_that_goes_on_with_the_clause_is_said_but_one_that_speaks_is_not() -> None:
    goes_on = "The clerk said turnout fell sharply, leaving the council without a quorum."
    speaks = "The clerk said turnout fell sharply, arguing that the rain kept voters home."
    assert _spans(goes_on)[0][1] == ["turnout fell sharply, leaving the council without a quorum"]
    assert _spans(speaks)[0][1] == ["turnout fell sharply"]


@pytest.mark.model
def test_a_relative_pronoun_fronted_from_the_reported_clause_opens_it() -> None:
    text = "The council passed a new budget, which the mayor said was balanced."
    assert _spans(text) == [("the mayor", ["which", "was balanced"])]


@pytest.mark.model
def test_a_speaking_relative_clause_has_who_as_written_and_its_noun_for_a_statement() -> None:
    text = "Farmers who said the drought had ruined their crops asked for aid."
    nlp: Any = load_nlp()
    doc = nlp(text)
    written = [text[slice(*a.source)] for a in find_attributions(doc) if a.source]
    spoken = [text[slice(*a.source)] for a in find_attributions(doc, speech_only=True) if a.source]
    assert written[0] == "who"
    assert spoken[0].startswith("Farmers")


@pytest.mark.model
def test_the_subject_of_a_passive_speech_verb_is_part_of_what_was_said() -> None:
    text = "The mayor was accused of hiding the audit from the council."
    assert _spans(text) == [("", ["The mayor", "hiding the audit from the council"])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Instead of blaming the weather, the mayor criticized the contractors.",
            "blaming",
            "the mayor",
            id="a gerund after a preposition",
        ),
        pytest.param(
            "The union released a statement calling the ruling a betrayal of workers.",
            "calling",
            "The union",
            id="a participle on what the doer put out",
        ),
    ],
)
def test_a_saying_hung_from_another_act_is_said_by_the_one_who_does_it(
    text: str, cue: str, source: str
) -> None:
    nlp: Any = load_nlp()
    sources = {
        text[slice(*a.cue)]: text[slice(*a.source)] if a.source else ""
        for a in find_attributions(nlp(text))
        if a.cue
    }
    assert sources[cue] == source


@pytest.mark.model
def test_an_outlet_that_only_carries_someones_words_is_an_attribution_but_no_speaker() -> None:
    text = "The senator said the count was rigged, according to two aides."
    nlp: Any = load_nlp()
    doc = nlp(text)
    carried = [
        (text[slice(*a.source)], [text[s:e] for s, e in a.content])
        for a in find_attributions(doc)
        if a.cue_lemma == "according to" and a.source
    ]
    spoken = [a for a in find_attributions(doc, speech_only=True) if a.cue_lemma == "according to"]
    assert carried == [("two aides", ["The senator said the count was rigged"])]
    assert spoken == []


@pytest.mark.model
def test_what_someone_is_asked_about_is_the_content_of_the_asking_but_no_statement() -> None:
    text = "Reporters asked the mayor about the audit on Monday."
    nlp: Any = load_nlp()
    doc = nlp(text)
    asked = [
        (text[slice(*a.cue)], [text[s:e] for s, e in a.content])
        for a in find_attributions(doc)
        if a.cue
    ]
    stated = find_attributions(doc, speech_only=True, topics=False)
    assert asked == [("asked", ["the audit"])]
    assert stated == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Farm groups have called on the governor to veto the water bill.",
            "have called on",
            ["the governor to veto the water bill"],
        ),
        (
            "The editorial called for the chief to step down before June.",
            "called for",
            ["the chief to step down before June"],
        ),
    ],
)
def test_calling_on_someone_to_act_holds_whom_it_calls_on_and_the_act(
    text: str, cue: str, content: list[str]
) -> None:
    found = [
        (text[slice(*a.cue)], [text[s:e] for s, e in a.content])
        for a in find_attributions(load_nlp()(text))
        if a.cue
    ]
    assert found == [(cue, content)]


@pytest.mark.model
def test_a_source_aside_keeps_the_comma_that_closes_it() -> None:
    text = "Ruth Alder, 71, said the ferry was late again."
    [attribution] = find_attributions(load_nlp()(text))
    assert attribution.source is not None
    assert text[slice(*attribution.source)] == "Ruth Alder, 71,"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The ferry was late again. “Who pays for the extra hour?” she asks.", "she", "asks"),
        (
            "“Is the harbor board even listening?” Councilor Vale demanded.",
            "Councilor Vale",
            "demanded",
        ),
    ],
)
def test_a_question_is_attributed_to_the_cue_after_its_closing_mark(
    text: str, source: str, cue: str
) -> None:
    [attribution] = [a for a in find_attributions(load_nlp()(text)) if text[a.content[0][0]] == "“"]
    assert attribution.source is not None and attribution.cue is not None
    assert (text[slice(*attribution.source)], text[slice(*attribution.cue)]) == (source, cue)


@pytest.mark.model
def test_a_question_is_not_given_the_next_sentence_about_something_else() -> None:
    text = "“Who knows?” The senator then turned to taxes, arguing that they were too high."
    quote = next(a for a in find_attributions(load_nlp()(text)) if a.content[0][0] == 0)
    assert quote.cue is None


@pytest.mark.model
def test_a_paragraph_ending_in_a_cue_and_colon_hands_over_to_the_quote_below() -> None:
    text = (
        "“The levy is fair,” Mayor Ruth Alder said.\n\n"
        "The Harbor Gazette reports:\n\n"
        "“Only a handful of the old donors gave again this spring.”"
    )
    handed = [a for a in find_attributions(load_nlp()(text)) if a.content[0][0] > 50]
    assert [
        (text[slice(*a.source)], text[slice(*a.cue)]) for a in handed if a.source and a.cue
    ] == [("The Harbor Gazette", "reports:")]


@pytest.mark.model
def test_a_transcript_quoted_as_a_block_is_read_turn_by_turn() -> None:
    text = (
        "Part of the interview follows:\n\n"
        '"HOST: Will the ferry run on Sundays again?\n\n'
        '"ALDER: Not this year. The harbor board has to find the money first.\n\n'
        '"HOST: Thank you, Mayor."'
    )
    turns = [
        (text[slice(*a.source)], text[slice(*a.cue)], [text[s:e] for s, e in a.content])
        for a in find_attributions(load_nlp()(text))
        if a.source and a.cue
    ]
    assert turns == [
        ("HOST", ":", ["Will the ferry run on Sundays again?"]),
        ("ALDER", ":", ["Not this year. The harbor board has to find the money first."]),
        ("HOST", ":", ["Thank you, Mayor."]),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Omar Vale, speaking at a rally in Dayton, said the plant would stay.", "Omar Vale"),
        ("Ruth Alder, in Cleveland, said the count was over.", "Ruth Alder"),
        (
            "Other unions, including the nurses, said they would wait.",
            "Other unions, including the nurses,",
        ),
        ("A review board in 2019 found that the pier was unsafe.", "A review board"),
        ("Mayor Ruth Alder, like Vale, said the fares were too high.", "Mayor Ruth Alder"),
        (
            "Critics of the levy, like Omar Vale, said it was unfair.",
            "Critics of the levy, like Omar Vale,",
        ),
    ],
)
def test_a_source_ends_before_an_aside_telling_the_occasion_of_the_saying(
    text: str, source: str
) -> None:
    assert _spans(text)[0][0] == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("DAYTON, Ohio (AP) — Two dozen nurses said the clinic would close.", "Two dozen nurses"),
        (
            "Fares Rise.\n\nBOSTON -- Gov. Ann Vale, speaking at a harbor event on Saturday, "
            "said fares would rise.",
            "Gov. Ann Vale",
        ),
    ],
)
def test_a_source_leaves_out_the_dateline_before_it(text: str, source: str) -> None:
    assert _spans(text)[-1][0] == source


@pytest.mark.model
def test_a_source_quoting_a_title_keeps_its_closing_mark() -> None:
    text = "Jane Doe, the host of “Morning Harbor,” said the guest was late."
    assert _spans(text)[0][0] == "Jane Doe, the host of “Morning Harbor,”"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Maria Lopez, president of the Harbor Teachers Union, which represents 9,000 "
            "teachers, said the strike would go on.",
            "Maria Lopez, president of the Harbor Teachers Union,",
        ),
        (
            "Tom Becker, a spokesman for the Port Workers Alliance, which is made up of dockers "
            "and pilots, said the strike would go on.",
            "Tom Becker, a spokesman for the Port Workers Alliance,",
        ),
        (
            "The union, which represents 9,000 teachers, said no more talks were planned.",
            "The union, which represents 9,000 teachers,",
        ),
    ],
)
def test_a_source_ends_before_a_which_clause_about_the_body_its_title_names(
    text: str, source: str
) -> None:
    assert _spans(text)[0][0] == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The mayor demeaned his staff with crude language, according to show insiders.",
            "show insiders",
            "The mayor demeaned his staff with crude language",
        ),
        (
            "According to conservative talk radio host Rush Limbaugh, the move reeks of fear.",
            "conservative talk radio host Rush Limbaugh",
            "the move reeks of fear",
        ),
    ],
)
def test_according_to_cites_the_noun_phrase_the_parser_misread(
    text: str, source: str, content: str
) -> None:
    assert _spans(text) == [(source, [content])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Greta Olund, who told reporters on Monday that the plan was dead, said the council "
            "would vote again.",
            "Greta Olund",
        ),
        (
            "Marc Teller, who argued last week that the levy was unfair, now says he will back it.",
            "Marc Teller",
        ),
    ],
)
def test_a_source_ends_before_a_who_clause_that_is_a_saying_of_its_own(
    text: str, source: str
) -> None:
    spans = _spans(text)
    assert ("who", spans[0][1]) == spans[0]  # the clause is marked apart, its "who" the source
    assert spans[1][0] == source


@pytest.mark.model
def test_a_source_keeps_a_who_clause_that_only_describes_the_speaker() -> None:
    text = "Owen Drake, who runs the port authority, said the strike would end soon."
    assert _spans(text)[0][0] == "Owen Drake, who runs the port authority,"


@pytest.mark.model
def test_a_source_stops_before_its_own_cue_when_the_parser_runs_it_through() -> None:
    text = (
        "Most residents expect Mayor Hale to win Tuesday's runoff, the second of the season, "
        "at the civic center -- 51 percent to Ruiz's 38 percent."
    )
    assert _spans(text)[0][0] == "Most residents"


@pytest.mark.model
def test_a_source_after_its_cue_keeps_the_comma_closing_its_aside() -> None:
    text = "“The plan is reckless,” said Rep. Ana Ruiz, the panel's top Democrat, on Friday."
    assert _spans(text)[0][0] == "Rep. Ana Ruiz, the panel's top Democrat,"


@pytest.mark.model
def test_a_description_before_a_name_is_part_of_the_source() -> None:
    text = "Harbor Authority spokesman the Rev. Tomas Elland told reporters the port would reopen."
    assert _spans(text)[0][0] == "Harbor Authority spokesman the Rev. Tomas Elland"


@pytest.mark.model
def test_content_the_parse_cuts_before_a_finite_verb_runs_to_the_end_of_its_sentence() -> None:
    text = "The auditor criticized the mayor's use of a private car was improper but not illegal."
    assert _spans(text) == [
        ("The auditor", ["the mayor's use of a private car was improper but not illegal"])
    ]


@pytest.mark.model
def test_a_quote_in_the_next_paragraph_goes_on_with_the_quote_and_its_cue_before_it() -> None:
    text = (
        '"We will keep the port open," Mayor Hale said on Monday.\n\n'
        '"Nobody else has a plan for the winter."'
    )
    pieces = ['"We will keep the port open,"', '"Nobody else has a plan for the winter."']
    assert _spans(text) == [("Mayor Hale", pieces)]
    nlp: Any = load_nlp()
    assert len(find_attributions(nlp(text), speech_only=True)) == 2  # statements keep them apart


@pytest.mark.model
def test_a_which_clause_the_writer_adds_after_the_reported_clause_is_not_said() -> None:
    text = "The mayor said she supports the new budget, which the council passed in May."
    assert _spans(text) == [("The mayor", ["she supports the new budget"])]


@pytest.mark.model
def test_what_a_verb_makes_of_its_object_with_as_and_an_adjective_is_said() -> None:
    text = "The mayor denounced the vote as illegal."
    assert _spans(text) == [("The mayor", ["the vote as illegal"])]


@pytest.mark.model
def test_a_finding_runs_on_through_what_it_puts_on_its_object() -> None:
    text = "A new poll shows the governor with a narrow lead over her rival."
    assert _spans(text)[0][1] == ["the governor with a narrow lead over her rival"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The moderator asked the two candidates if they would accept the result.",
            "if they would accept the result",
        ),
        (
            "Asked if he was ever bullied as a boy, the senator laughed.",
            "if he was ever bullied as a boy",
        ),
        ("She asked her aides if the vote could be delayed.", "if the vote could be delayed"),
    ],
)
def test_an_if_clause_after_a_verb_of_asking_is_the_question_put(text: str, asked: str) -> None:
    assert [asked] in [content for _, content in _spans(text)]


@pytest.mark.model
def test_the_tag_name_of_markup_left_in_the_text_is_no_verb_of_saying() -> None:
    text = (
        "City officials responded within the hour.\n\n"
        '<tweet pic="" author="CityHall" timestamp="1449075600" tweet_id="6721">'
        "Our thoughts are with the families.</tweet>."
    )
    assert _spans(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor defended his call to raise the minimum wage.",
            "his call to raise the minimum wage",
        ),
        (
            "Critics questioned the board's fitness to run the port.",
            "the board's fitness to run the port",
        ),
        ("The report describes the agency as badly run.", "the agency as badly run"),
        (
            "The union has threatened to strike unless the company raises wages.",
            "to strike unless the company raises wages",
        ),
    ],
)
def test_a_clause_the_parser_hangs_on_the_cue_still_finishes_its_object(
    text: str, content: str
) -> None:
    assert _spans(text)[0][1] == [content]


@pytest.mark.model
def test_an_as_clause_with_its_own_subject_after_the_object_tells_when() -> None:
    text = "The mayor criticized the governor for the cuts as he opened the meeting."
    assert _spans(text)[0][1] == ["the governor for the cuts"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He talked about the floods in Lyon, France.", "the floods in Lyon, France"),
        (
            "The party's leaders recommended a visit to Fresno, California, before the vote.",
            "a visit to Fresno, California",
        ),
    ],
)
def test_the_state_or_country_after_a_town_is_part_of_what_was_said(
    text: str, content: str
) -> None:
    assert _spans(text)[0][1] == [content]


def _cues_and_contents(text: str) -> list[tuple[str, list[str]]]:
    nlp: Any = load_nlp()
    return [
        (text[slice(*a.cue)] if a.cue else "", [text[s:e] for s, e in a.content])
        for a in find_attributions(nlp(text))
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor expressed concern that the budget would not balance.",
            "expressed concern",
            "that the budget would not balance",
        ),
        (
            "The union has shown no interest in a new contract.",
            "has shown no interest in",
            "a new contract",
        ),
        ("The governor said nothing about the strike.", "said nothing about", "the strike"),
    ],
)
def test_a_stance_shown_or_voiced_is_part_of_the_cue(text: str, cue: str, content: str) -> None:
    assert _cues_and_contents(text) == [(cue, [content])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor announced her support for the levy.", "her support for the levy"),
        (
            "The governor rejected the notion that the state was broke.",
            "the notion that the state was broke",
        ),
        (
            "Analysts expressed strong doubts about the forecast.",
            "strong doubts about the forecast",
        ),
    ],
)
def test_an_owned_or_described_stance_stays_what_was_spoken_of(text: str, content: str) -> None:
    assert _spans(text)[0][1] == [content]


@pytest.mark.model
def test_content_that_opens_inside_a_quote_opens_with_its_mark() -> None:
    text = "The charity admitted “one or two instances” where gifts may have “slipped away.”"
    contents = [content for _, content in _spans(text)]
    assert ["“one or two instances” where gifts may have “slipped away.”"] in contents
    assert ["one or two instances” where gifts may have “slipped away.”"] not in contents


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "I have called on congressional leaders to add penalties for violations of the law.",
            "have called on",
            "congressional leaders to add penalties for violations of the law",
        ),
        (
            "She spoke at length, also calling on attendees to oppose bigotry.",
            "also calling on",
            "attendees to oppose bigotry",
        ),
    ],
)
def test_whom_a_call_is_made_on_is_part_of_what_is_called_for(
    text: str, cue: str, content: str
) -> None:
    assert (cue, [content]) in _cues_and_contents(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("But, as the Post reported, the deal fell through.", "the deal fell through"),
        (
            "And as the senator pointed out, the ruling has a lasting impact.",
            "the ruling has a lasting impact",
        ),
    ],
)
def test_an_as_clause_after_a_link_word_is_fronted_and_not_said(text: str, content: str) -> None:
    assert _spans(text)[0][1] == [content]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The campaign hoped to win delegates in states that award them proportionally: Ohio,"
            " Iowa and Maine.",
            "to win delegates in states that award them proportionally: Ohio, Iowa and Maine",
        ),
        (
            "The senator endorsed one of their methods for stopping the bill: freeing all"
            " delegates to vote their conscience.",
            "one of their methods for stopping the bill: freeing all delegates to vote their"
            " conscience",
        ),
    ],
)
def test_content_runs_on_through_the_phrase_a_colon_announces(text: str, content: str) -> None:
    assert _spans(text)[0][1] == [content]


@pytest.mark.model
def test_a_clause_of_its_own_after_a_colon_is_the_writers_next_point() -> None:
    text = "Early polls show voters rejecting the plan: a survey this month found support at 30%."
    assert _spans(text)[0][1] == ["voters rejecting the plan"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the act's time, hung by the parser on the denial, belongs to the act denied
        (
            "Owen Pryce denied meeting Anton Belov during his July trip.",
            "meeting Anton Belov during his July trip",
        ),
        # the venue of the denial itself stays out
        (
            "Owen Pryce denied meeting Anton Belov during an interview with the Ledger.",
            "meeting Anton Belov",
        ),
    ],
)
def test_a_denied_act_keeps_its_own_time_but_not_the_time_of_the_denial(
    text: str, content: str
) -> None:
    assert ("Owen Pryce", [content]) in _spans(text)


def _cue_texts(text: str) -> list[str]:
    nlp: Any = load_nlp()
    return [text[slice(*a.cue)] for a in find_attributions(nlp(text)) if a.cue]


@pytest.mark.model
def test_a_day_after_a_trailing_cue_is_no_part_of_the_cue() -> None:
    text = "Omar Vale met Ivan Petrov in December, the ministry confirmed on Monday."
    assert _cue_texts(text) == ["confirmed"]
    assert _spans(text) == [("the ministry", ["Omar Vale met Ivan Petrov in December"])]


@pytest.mark.model
def test_a_question_put_to_the_one_who_answers_is_the_askers_or_no_ones() -> None:
    text = (
        "Asked by Senator Lena Ortiz whether he had met the envoy, Omar Vale said he had not. "
        "Asked about the audit, Ruth Calder said it was late."
    )
    assert _spans(text) == [
        ("Senator Lena Ortiz", ["whether he had met the envoy"]),
        ("Omar Vale", ["he had not"]),
        ("", ["the audit"]),
        ("Ruth Calder", ["it was late"]),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nora Pike said at the time that she had never sent classified material.",
            "that she had never sent classified material",
        ),
        (
            "Omar Vale told the Ledger at the time that he had never met the envoy.",
            "that he had never met the envoy",
        ),
        (
            "Ada Brisk said for the first time that she had talked to him.",
            "that she had talked to him",
        ),
        (
            "The spokesman said at the briefing that Vale had called the envoy.",
            "that Vale had called the envoy",
        ),
    ],
)
def test_a_that_clause_after_the_occasion_of_the_saying_is_what_was_said(
    text: str, content: str
) -> None:
    assert [c for _, c in _spans(text)] == [[content]]


@pytest.mark.model
def test_a_relative_clause_on_the_occasion_is_no_content() -> None:
    assert _spans("Omar Vale spoke at the meeting that he attended.") == []


@pytest.mark.model
def test_a_relative_clause_on_what_the_thing_is_described_as_is_not_the_content() -> None:
    text = "Omar Vale described the plan as a buzz that voters would reject if they understood it."
    assert ["the plan as a buzz that voters would reject if they understood it"] in [
        content for _, content in _spans(text)
    ]
    assert ["that voters would reject if they understood it"] not in [c for _, c in _spans(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Omar Vale vowed to fight what he called homegrown terrorism.",
            ["what", "homegrown terrorism"],
        ),
        (
            "The county's estimate, which Ms. Brisk called ''a disgrace,'' was revised.",
            ["which", "''a disgrace,''"],
        ),
        (
            "Omar Vale fought what he described as an overwhelmingly liberal media.",
            ["what", "as an overwhelmingly liberal media"],
        ),
    ],
)
def test_what_someone_called_a_thing_is_the_pronoun_and_the_name_given(
    text: str, content: list[str]
) -> None:
    assert content in [c for _, c in _spans(text)]


@pytest.mark.model
def test_what_someone_criticized_by_the_name_they_gave_it_is_the_criticism_s_words() -> None:
    text = "Nora Pike criticized what she called the angry rhetoric of her rival."
    assert ["what she called the angry rhetoric of her rival"] in [c for _, c in _spans(text)]
    assert ["what", "the angry rhetoric of her rival"] not in [c for _, c in _spans(text)]
