"""The pipeline's own sentence rules, on top of the model's parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.extract.nlp import (
    FRONTED_CONTENTS,
    OPEN_NAMES,
    RUN_ON_SUBJECTS,
    STOLEN_OBJECTS,
    STRAY_APPOSITIVES,
    TRAILING_SAYERS,
    load_nlp,
)


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


@pytest.mark.model
def test_a_line_break_starts_a_sentence() -> None:
    text = "Senate hearing ends without a vote\nThe committee adjourned at noon on Friday."
    assert _sentences(text)[0] == "Senate hearing ends without a vote"


@pytest.mark.model
def test_a_hard_wrapped_paragraph_keeps_its_sentences_across_the_line_ends() -> None:
    text = (
        "The mayor told reporters in February that\nshe knew of no meetings with the envoy,\n"
        "Omar Vale. Later the council met the\nenvoy, Omar Vale, and the mayor's aide, Anna\n"
        "Lind, in her office.\nA Headline In Title Case Here\nThe next story begins.\n"
        "By Ruth Calder\nOmar Vale spoke."
    )
    assert [s.replace("\n", " ") for s in _sentences(text)] == [
        "The mayor told reporters in February that she knew of no meetings with the envoy, "
        "Omar Vale.",
        "Later the council met the envoy, Omar Vale, and the mayor's aide, Anna Lind, in her "
        "office.",
        "A Headline In Title Case Here",
        "The next story begins.",
        "By Ruth Calder",  # a byline's name is no name run over the break
        "Omar Vale spoke.",
    ]


@pytest.mark.model
def test_a_timeline_entry_after_its_dash_is_one_sentence() -> None:
    text = (
        "2017\n\nJan. 10 — At her confirmation hearing, Marsh says she did not meet the envoy."
        "\n\nMarch 21 — Marsh names a trade team in an interview with the Ledger.\n"
    )
    assert _sentences(text)[1:] == [
        "Jan. 10 — At her confirmation hearing, Marsh says she did not meet the envoy.",
        "March 21 — Marsh names a trade team in an interview with the Ledger.",
    ]


@pytest.mark.model
def test_a_name_after_a_timeline_entrys_dash_is_a_person_not_part_of_the_date() -> None:
    doc = load_nlp()(
        "April 27, 2016 — Jeff Sessions and Sergey Kislyak both attend a speech at the "
        "Mayflower Hotel."
    )
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents[:2] == [("April 27, 2016", "DATE"), ("Jeff Sessions", "PERSON")]


@pytest.mark.model
def test_a_state_ending_one_sentence_is_no_part_of_the_name_opening_the_next() -> None:
    doc = load_nlp()(
        "The deal was hammered out on Sunday in meetings at Mr. Vale's golf club at "
        "Bedminster, N.J. Roger Ailes, the former chairman of the network, was there."
    )
    assert ("Roger Ailes", "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.model
def test_a_typographic_apostrophe_is_read_like_a_typewriter_one() -> None:
    curly = load_nlp()("Reyes’ spokesman said the mayor didn’t meet him, and it’s over.")
    straight = load_nlp()("Reyes' spokesman said the mayor didn't meet him, and it's over.")

    def parse(doc: Doc) -> list[tuple[str, str, int]]:
        return [(t.dep_, t.tag_, t.head.i) for t in doc]

    assert parse(curly) == parse(straight)
    assert [t.lemma_ for t in curly if t.dep_ in {"neg", "conj"}] == ["not", "be"]
    assert curly.text.count("’") == 3  # the text itself is untouched


@pytest.mark.model
@pytest.mark.parametrize("title", ["Govs.", "Sens.", "Reps.", "Gens."])
def test_a_plural_titles_full_stop_before_names_ends_no_sentence(title: str) -> None:
    text = f"He spared his rivals, particularly {title} Ann Lee and Tom Reyes, who doubt him."
    assert _sentences(text) == [text]


@pytest.mark.model
def test_a_word_like_a_plural_title_still_ends_its_sentence() -> None:
    text = "The figures came from the Associated Press. With that, the count ended."
    assert len(_sentences(text)) == 2


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_nlp()(text).ents]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Ann Walsh spoke to the Economic Club of Detroit on Monday.", "Detroit"),
        ("Senator Mark Oliver addressed the Economic Club of New York on Tuesday.", "New York"),
        ("Gary Lund met the Association of Builders of Florida on Tuesday.", "Florida"),
    ],
)
def test_a_name_cut_at_of_runs_on_through_the_place_that_ends_it(text: str, name: str) -> None:
    names = [n for n, _ in _entities(text)]
    assert any(n.endswith(f" of {name}") for n in names), names
    assert not any(n.endswith(" of") for n in names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The House Permanent Select Committee on Intelligence released the memo.",
            "The House Permanent Select Committee on Intelligence",
        ),
        (
            "In October, Ada Brill testified before the House Select Committee on Benghazi.",
            "the House Select Committee on Benghazi",
        ),
    ],
)
def test_a_committee_s_name_goes_on_through_its_remit(text: str, name: str) -> None:
    assert (name, "ORG") in _entities(text)


@pytest.mark.model
def test_a_committee_briefed_on_a_place_s_policy_keeps_its_own_name() -> None:
    names = [n for n, _ in _entities("Gary Lund briefed the Ethics Committee on Iraq policy.")]
    assert not any(n.endswith("on Iraq") for n in names), names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet", "person"),
    [
        (
            "Gary Lund spoke on Monday. In a meeting with the editorial board of the Toledo "
            "Herald Lund said he would run.",
            "the Toledo Herald",
            "Lund",
        ),
        (
            "Nina Cole spoke on Monday. At a meeting with the board of the Dayton Ledger Cole "
            "said she backed the deal.",
            None,
            "Cole",
        ),
        (
            "Gary Lund spoke on Monday. In a meeting with the editorial board of the Toledo "
            "Herald Gary Lund said he would run.",
            "the Toledo Herald",
            "Gary Lund",
        ),
    ],
)
def test_a_subject_run_into_a_fronted_phrase_without_a_comma_is_the_verbs_subject(
    text: str, outlet: str | None, person: str
) -> None:
    doc = load_nlp()(text)
    said = next(t for t in doc if t.lower_ == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    assert subject.text == person.split()[-1]
    ents = [(e.text, e.label_) for e in doc.ents if e.start > said.sent.start]
    assert (person, "PERSON") in ents
    assert outlet is None or outlet in [n for n, _ in ents]


@pytest.mark.model
def test_a_name_before_a_verb_that_has_its_subject_is_left_alone() -> None:
    text = "Senator Ada Brisk has proposed a tax on stock trades. Brisk spoke on Monday."
    doc = load_nlp()(text)
    assert ("Ada Brisk", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert doc[0].dep_ != "nsubj"


@pytest.mark.model
def test_two_surnames_joined_by_and_that_the_article_names_as_people_are_two_people() -> None:
    text = (
        "David Petraeus and Leon Panetta testified in 2012. After, investigators interviewed "
        "Rice, Rhodes, Petraeus and Panetta, along with former deputy assistant secretary Jo Lamb."
    )
    ents = _entities(text)
    assert ("Petraeus", "PERSON") in ents and ("Panetta", "PERSON") in ents
    assert not any(" and " in name for name, _ in ents)


@pytest.mark.model
def test_a_firm_named_after_two_people_stays_one_name() -> None:
    text = "Ruth Hale spoke on Monday. Omar Petrie met employees of Procter and Gamble on Monday."
    assert ("Procter and Gamble", "ORG") in _entities(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gary Johnson spoke on Monday. Lund once worked for the Johnson & Johnson company.",
        "Nina Cole served in the state senate between 2002 and 2008, her office said.",
        "Lena Ortiz wrote a bill that gave President Cole expanded authority to negotiate.",
        "Barack Obama spoke on Monday. Gary Lund is demanding President Barack Obama act.",
        "The party was ''changing,'' wrote the ambassador at the time, John E. Herbst.",
    ],
)
def test_names_and_parses_the_mending_has_no_cause_to_touch_stay_as_the_model_made_them(
    text: str,
) -> None:
    nlp = load_nlp()
    mended = nlp(text)
    with nlp.select_pipes(
        disable=[OPEN_NAMES, RUN_ON_SUBJECTS, STRAY_APPOSITIVES, TRAILING_SAYERS]
    ):
        raw = nlp(text)
    assert [(e.text, e.label_) for e in mended.ents] == [(e.text, e.label_) for e in raw.ents]
    assert [t.head.i for t in mended] == [t.head.i for t in raw]


@pytest.mark.parametrize(
    ("text", "taker", "dep", "sayer"),
    [
        (
            "Senator Ruth Calder talked twice last year with Sergey Kislyak, Russia's ambassador "
            "to the United States, Justice Department officials said.",
            "with",
            "pobj",
            "officials",
        ),
        ("Asked whether she had met Sergey Kislyak, Ann Diaz said yes.", "met", "dobj", "Diaz"),
    ],
)
def test_a_name_after_a_preposition_or_a_contact_verb_is_not_the_subject_of_a_trailing_said(
    text: str, taker: str, dep: str, sayer: str
) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=[STOLEN_OBJECTS]):  # the model alone makes Kislyak the sayer
        raw = nlp(text)
    assert next(t for t in raw if t.text == "Kislyak").dep_ == "nsubj"
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    kislyak = next(t for t in doc if t.text == "Kislyak")
    assert (kislyak.dep_, kislyak.head.text) == (dep, taker)
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == [sayer]


def test_a_trailing_attribution_read_as_a_clause_on_the_name_before_it_says_the_sentence() -> None:
    text = (
        "Omar Vale met in December with Ivan Petrov, the head of a state bank, the ministry "
        "confirmed on Monday."
    )
    nlp = load_nlp()
    with nlp.select_pipes(disable=[TRAILING_SAYERS]):  # the model: "Petrov, whom … confirmed"
        raw = nlp(text)
    assert next(t for t in raw if t.text == "confirmed").dep_ == "relcl"
    doc = nlp(text)
    confirmed = next(t for t in doc if t.text == "confirmed")
    assert confirmed.dep_ == "ROOT"
    assert [c.text for c in confirmed.children if c.dep_ == "ccomp"] == ["met"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "model_subject"),
    [
        (
            "Jeff Sessions met last year with Sergey Kislyak, the Russian ambassador, Justice "
            "Department officials said.",
            ["ambassador"],
        ),
        (
            "Attorney General Jeff Sessions met twice last year with Sergey Kislyak, the Russian "
            "ambassador, Justice Department officials said.",
            [],
        ),
    ],
)
def test_the_sayer_listed_after_a_names_description_is_the_one_who_said(
    text: str, model_subject: list[str]
) -> None:
    # the model lists the officials after "the ambassador": Kislyak was credited with the words
    nlp = load_nlp()
    with nlp.select_pipes(disable=[TRAILING_SAYERS]):
        raw = nlp(text)
    said = next(t for t in raw if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == model_subject
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["officials"]
    assert next(t for t in doc if t.text == "ambassador").head.text == "Kislyak"


@pytest.mark.model
def test_a_that_clause_said_after_a_phrase_is_what_was_said_not_a_clause_on_its_noun() -> None:
    # the model hangs it on "breakfast": the Russians had the breakfast, and met both men
    text = "Joseph Mifsud told George Papadopoulos over breakfast that the Russians had dirt."
    nlp = load_nlp()
    with nlp.select_pipes(disable=[FRONTED_CONTENTS]):
        raw = nlp(text)
    assert next(t for t in raw if t.text == "had").dep_ == "relcl"
    had = next(t for t in nlp(text) if t.text == "had")
    assert (had.dep_, had.head.text) == ("ccomp", "told")


def test_a_clause_a_relative_pronoun_opens_still_describes_its_name() -> None:
    doc = load_nlp()("Omar Vale met Ivan Petrov, whom the ministry described as a banker.")
    assert next(t for t in doc if t.text == "described").dep_ == "relcl"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "listed", "model_head"),
    [
        ("She met with him, Omar Vale and Ruth Calder at the hotel on June 9.", "Vale", "met"),
        (
            "She met with him, Jared Kushner and Paul Manafort at Trump Tower on June 9, 2016.",
            "Kushner",
            "She",
        ),
    ],
)
def test_names_listed_after_a_verbs_object_go_on_from_the_object_not_the_subject(
    text: str, listed: str, model_head: str
) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=[STRAY_APPOSITIVES]):
        raw = nlp(text)
    assert next(t for t in raw if t.text == listed).head.text == model_head
    name = next(t for t in nlp(text) if t.text == listed)
    assert (name.dep_, name.head.text) == ("conj", "him")


@pytest.mark.model
def test_a_subjects_own_appositive_beside_it_stays_the_subjects() -> None:
    doc = load_nlp()("Omar Vale, the envoy, met with him at the hotel.")
    envoy = next(t for t in doc if t.text == "envoy")
    assert (envoy.dep_, envoy.head.text) == ("appos", "Vale")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Ann Diaz, appearing on CBS\'s "Face the Nation" on Sunday, said so.', "Face the Nation"),
        ('She told "Meet the Press" that the talks were over.', "Meet the Press"),
    ],
)
def test_a_title_in_quotes_is_one_name_and_leaves_the_sentence_its_verb(
    text: str, title: str
) -> None:
    doc = load_nlp()(text)
    assert title in [t.text for t in doc]
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [("said" if "said" in text else "told")]


@pytest.mark.model
def test_words_of_speech_in_quotes_are_not_a_title() -> None:
    doc = load_nlp()('She said, "We Will Win" and left. He called it "a plain lie."')
    assert "We Will Win" not in [t.text for t in doc]
    assert "a plain lie" not in [t.text for t in doc]


@pytest.mark.model
def test_a_name_set_off_after_what_was_said_of_it_describes_it_and_is_no_subject() -> None:
    # the model made "Dmitriev" the subject of "was" and "the encounter" the object of "said"
    doc = load_nlp()(
        "Mr. Prince said the encounter with the investor, Kirill Dmitriev, was a chance meeting."
    )
    was = next(t for t in doc if t.lower_ == "was")
    assert [c.text for c in was.children if c.dep_ == "nsubj"] == ["encounter"]
    name = next(t for t in doc if t.text == "Dmitriev")
    assert (name.dep_, name.head.text) == ("appos", "investor")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prince met Dmitriev in January, according to United States, European and Arab officials.",
        "United States and European officials said the meeting was brief.",
    ],
)
def test_a_country_listed_with_nationalities_is_the_officials_nationality_not_a_speaker(
    text: str,
) -> None:
    doc = load_nlp()(text)
    officials = next(t for t in doc if t.lower_ == "officials")
    states = next(t for t in doc if t.text == "States")
    assert officials.dep_ in {"pobj", "nsubj"} and states.head == officials


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ['Omar Vale said he "never knowingly" spoke to Anton Belov.', "Vale never directly met Belov."],
)
def test_a_negation_hung_on_an_adverb_of_manner_negates_its_verb(text: str) -> None:
    doc = load_nlp()(text)
    [verb] = [t for t in doc if t.lemma_ in ("speak", "meet")]
    assert any(c.dep_ == "neg" for c in verb.children)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Omar Vale not only met Anton Belov but also called him.", "meet"),
        ("She said she acted no differently from her predecessors.", "act"),
        ("He pledged his support to the party no matter how she does Tuesday.", "pledge"),
    ],
)
def test_not_only_or_a_no_of_its_own_phrase_is_no_negation_of_the_verb(
    text: str, lemma: str
) -> None:
    doc = load_nlp()(text)
    [verb] = [t for t in doc if t.lemma_ == lemma]
    assert not any(c.dep_ == "neg" for c in verb.children)
