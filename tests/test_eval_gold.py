"""The gold-set scorer: how predictions are matched to gold lines and what each type counts.

Most tests build the stored record by hand (no model); the last one runs the whole pipeline on
the small corpus in ``fixtures/gold``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from onrecord.dates import FuzzyDate
from onrecord.evaluate import evaluate_gold
from onrecord.evaluate.gold import (
    check_record,
    default_casebook,
    gold_name,
    load_record,
    temporary_case,
    with_record_dates,
)
from onrecord.evaluate.gold_scorers import (
    CheckedRecord,
    StoredRecord,
    credited_reports,
    same_interval,
    score_contradictions,
    score_dates,
    score_events,
    score_reports,
    score_roles,
    score_statements,
)
from onrecord.evaluate.matching import alias_keys, match_one_to_one, same_name
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources
from onrecord.record import (
    Contradiction,
    Event,
    Participant,
    Relation,
    Report,
    Role,
    Span,
    Stance,
    Statement,
    StatementKind,
    Timing,
)

FIXTURE = Path(__file__).parent / "fixtures" / "gold"

QUOTE = '"We never met," Reyes said.'
TEXT = (
    f"{QUOTE} The senator was asked again on Friday.\n"
    "Reyes met Orlan at a dinner on March 3. A proposed lunch in April was cancelled.\n"
    f"Asked a second time, she repeated it. {QUOTE}\n"
    "Carl Brandt, a spokesman for Reyes, spoke last month, according to the Boston Globe."
)
ARTICLE = "a.txt"


def stored(**changes: Any) -> StoredRecord:
    """One article ``a.txt`` (stored as ``art_a``) dated 2019-04-05, and nothing extracted."""
    base = StoredRecord(
        texts={ARTICLE: TEXT},
        anchors={ARTICLE: date(2019, 4, 5)},
        article_names={"art_a": ARTICLE},
        entity_names={"ent_brandt": "Carl Brandt", "ent_reyes": "Alma Reyes"},
        statements=(),
        events=(),
        roles=(),
        reports=(),
        periods={},
        aliases=alias_keys({"Viktor Orlan": ["Orlan", "Victor Orlan"]}),
    )
    return replace(base, **changes)


def span(words: str, occurrence: int = 0, article: str = "art_a") -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Span(article, start, start + len(words), words)


def statement(
    evidence: Span, speaker: str = "Reyes", stance: Stance = Stance.DENY, ident: str = "s1"
) -> Statement:
    return Statement(
        id=ident,
        article=evidence.article,
        speaker=None,
        speaker_name=speaker,
        text=evidence.text,
        kind=StatementKind.DIRECT,
        cue="said",
        stance=stance,
        evidence=evidence,
    )


def gold_statement(
    evidence: str, speaker: str = "Alma Reyes", stance: str = "deny"
) -> dict[str, Any]:
    return {
        "type": "statement",
        "article": ARTICLE,
        "speaker": speaker,
        "evidence": evidence,
        "kind": "direct",
        "stance": stance,
    }


def event(
    evidence: Span, names: Sequence[str] = ("Reyes", "Orlan"), negated: bool = False, **more: Any
) -> Event:
    people = tuple(Participant(f"ent_{n.lower()}", n) for n in names)
    return Event(
        f"evt_{evidence.start}", Relation.MEET, people, (evidence,), negated=negated, **more
    )


def gold_event(evidence: str, **more: Any) -> dict[str, Any]:
    line = {
        "type": "event",
        "article": ARTICLE,
        "kind": "meet",
        "when": None,
        "participants": ["Alma Reyes", "Viktor Orlan"],
        "evidence": evidence,
    }
    return line | more


# -- naming and matching --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "name"),
    [
        ("/corpus/01-wire.txt", "01-wire.txt"),
        ("/corpus/23-wire-roundup.jsonl:2", "23-wire-roundup.jsonl#2"),
        ("/corpus/feed.jsonl.gz:7#story-9", "feed.jsonl.gz#7"),
    ],
)
def test_stored_articles_are_named_the_way_the_gold_names_them(origin: str, name: str) -> None:
    assert gold_name(origin) == name


def test_names_match_at_surname_level_but_a_junior_is_not_his_father() -> None:
    aliases = alias_keys({"Sergey Kislyak": ["Kisliak", "Russia's ambassador"]})
    assert same_name("Donald Trump", "President Trump")
    assert not same_name("Donald Trump Jr.", "Trump")
    assert same_name("Sergey Kislyak", "Ambassador Kisliak", aliases)
    assert same_name("Sergey Kislyak", "Russia's ambassador", aliases)
    assert not same_name("", "Reyes")


def test_matching_pairs_the_best_scoring_candidates_first_and_uses_each_once() -> None:
    scores = {("g1", "p1"): 0.5, ("g1", "p2"): 0.9, ("g2", "p2"): 0.8}
    pairs = match_one_to_one(["g1", "g2"], ["p1", "p2"], lambda g, p: scores.get((g, p)))
    assert pairs == [("g1", "p2")]


# -- statements -----------------------------------------------------------------------------------


def test_a_repeated_quote_is_matched_at_the_occurrence_nearest_the_prediction() -> None:
    predicted = statement(span(QUOTE, occurrence=1))
    result = score_statements([gold_statement(QUOTE)], stored(statements=(predicted,)))
    assert result["detection"]["tp"] == 1
    assert result["speaker"]["accuracy"] == 1.0


def test_a_statement_from_another_article_does_not_match() -> None:
    elsewhere = statement(span(QUOTE, article="art_b"))
    record = stored(statements=(elsewhere,), article_names={"art_a": ARTICLE, "art_b": "b.txt"})
    result = score_statements([gold_statement(QUOTE)], record)
    assert (result["detection"]["tp"], result["detection"]["fp"]) == (0, 1)


def test_a_denial_read_as_other_costs_deny_recall_but_not_detection() -> None:
    predicted = statement(span(QUOTE), stance=Stance.OTHER)
    result = score_statements([gold_statement(QUOTE)], stored(statements=(predicted,)))
    assert result["detection"]["f1"] == 1.0
    assert result["stances"]["deny"] == result["stances"]["deny"] | {"tp": 0, "fn": 1, "fp": 0}
    assert result["stances"]["other"]["fp"] == 1


def test_an_unnamed_gold_speaker_is_right_only_when_the_prediction_names_nobody() -> None:
    gold = [gold_statement(QUOTE, speaker="")]
    named = score_statements(gold, stored(statements=(statement(span(QUOTE)),)))
    unnamed = score_statements(gold, stored(statements=(statement(span(QUOTE), speaker=""),)))
    assert (named["speaker"]["correct"], unnamed["speaker"]["correct"]) == (0, 1)


# -- events ---------------------------------------------------------------------------------------


def test_a_contact_matches_on_participants_and_evidence_and_its_date_is_judged() -> None:
    dinner = span("Reyes met Orlan at a dinner on March 3")
    predicted = event(dinner, when=FuzzyDate.day(date(2019, 3, 3)))
    gold = [gold_event("met Orlan at a dinner", when="2019-03-03")]
    result = score_events(gold, stored(events=(predicted,)))
    assert result["detection"]["tp"] == 1
    assert result["date"]["accuracy"] == 1.0


def test_a_contact_with_only_one_shared_participant_does_not_match() -> None:
    predicted = event(span("Reyes met Orlan at a dinner"), names=("Reyes", "Brandt"))
    result = score_events([gold_event("met Orlan at a dinner")], stored(events=(predicted,)))
    assert result["detection"]["tp"] == 0


def test_a_family_met_together_matches_though_its_members_share_one_surname() -> None:
    family = ("Ana Reyes", "Luis Reyes", "Marta Reyes")
    predicted = event(span("Reyes met Orlan at a dinner"), names=family)
    gold = [gold_event("met Orlan at a dinner") | {"participants": list(family)}]
    assert score_events(gold, stored(events=(predicted,)))["detection"]["tp"] == 1


def test_a_planned_meeting_extracted_as_a_contact_is_a_false_positive() -> None:
    lunch = span("A proposed lunch in April was cancelled")
    gold = [gold_event("A proposed lunch in April was cancelled", planned=True)]
    result = score_events(gold, stored(events=(event(lunch),)))
    assert result["planned_or_negated_extracted"] == 1
    assert (result["detection"]["fp"], result["detection"]["fn"]) == (1, 0)


def test_a_negated_prediction_is_not_a_contact() -> None:
    predicted = event(span("Reyes met Orlan at a dinner"), negated=True)
    result = score_events([gold_event("met Orlan at a dinner")], stored(events=(predicted,)))
    assert result["detection"] | {"tp": 0, "fp": 0, "fn": 1} == result["detection"]


def test_a_day_inside_a_gold_month_is_not_the_gold_date() -> None:
    assert same_interval("2019-03", FuzzyDate.month(2019, 3))
    assert not same_interval("2019-03", FuzzyDate.day(date(2019, 3, 3)))
    assert same_interval("..2016-11-08", FuzzyDate.parse("..2016-11-08"))


def test_the_record_date_of_a_contact_may_be_finer_than_its_report_but_not_elsewhere() -> None:
    """A report saying "in March" whose contact the record dates March 3 (another report's
    day) shows a date consistent with its text; one the record puts in April does not; an
    undated report whose contact the record dates shows a date its text does not give."""
    dinner = event(span("Reyes met Orlan at a dinner"), when=FuzzyDate.month(2019, 3))
    lunch = event(span("A proposed lunch in April"), names=("Reyes", "Orlan"))
    spoke = event(span("Carl Brandt, a spokesman for Reyes, spoke"), names=("Brandt", "Orlan"))
    shown = {
        dinner.id: FuzzyDate.day(date(2019, 3, 3)),
        lunch.id: FuzzyDate.month(2019, 4),
        spoke.id: FuzzyDate.day(date(2019, 3, 9)),
    }
    gold = [
        gold_event("met Orlan at a dinner", when="2019-03"),
        gold_event("A proposed lunch in April", when="2019-03"),
        gold_event("Carl Brandt", participants=["Carl Brandt", "Viktor Orlan"]),
    ]
    record = stored(events=(dinner, lunch, spoke), record_dates=shown)
    result = score_events(gold, record)
    assert result["date"]["correct"] == 1  # the dinner's own "March"
    assert result["record_date"] == {
        "consistent": {"accuracy": 0.5, "correct": 1, "total": 2},
        "where_text_does_not": 1,
    }


# -- roles, reports, dates -----------------------------------------------------------------------


def test_a_role_needs_the_same_person_and_a_shared_title_word() -> None:
    evidence = span("Carl Brandt, a spokesman for Reyes")
    right = Role("r1", "ent_brandt", "spokesman", "Reyes", None, evidence)
    wrong_person = Role("r2", "ent_reyes", "spokesman", None, None, evidence)
    gold = [
        {
            "type": "role",
            "article": ARTICLE,
            "person": "Carl Brandt",
            "title": "spokesman",
            "evidence": "Carl Brandt, a spokesman for Reyes",
        }
    ]
    assert score_roles(gold, stored(roles=(right,)))["tp"] == 1
    assert score_roles(gold, stored(roles=(wrong_person,)))["tp"] == 0


def test_one_credit_covering_several_events_counts_once() -> None:
    evidence = span("according to the Boston Globe")
    reports = [
        Report(f"rep{i}", f"evt{i}", "art_a", "Globe", None, evidence, "the Boston Globe")
        for i in range(3)
    ]
    own = Report("rep_own", "evt0", "art_a", "Fixture Wire", None, evidence)
    assert len(credited_reports([*reports, own])) == 1
    gold = [
        {
            "type": "report",
            "article": ARTICLE,
            "credited_to": "the Globe",
            "evidence": "according to the Boston Globe",
        }
    ]
    assert score_reports(gold, stored(reports=(*reports, own)))["f1"] == 1.0


def test_dates_are_read_in_their_paragraph_against_the_article_date() -> None:
    gold = [
        {"type": "date", "article": ARTICLE, "text": "last month", "value": "2019-03"},
        {"type": "date", "article": ARTICLE, "text": "in April", "value": "2019-04"},
        {"type": "date", "article": ARTICLE, "text": "on Friday", "value": "2019-04-05"},
    ]
    assert score_dates(gold, stored())["accuracy"] == 1.0


def test_without_an_article_date_a_relative_date_is_right_only_unresolved() -> None:
    gold = [{"type": "date", "article": ARTICLE, "text": "last month", "value": None}]
    assert score_dates(gold, stored(anchors={ARTICLE: None}))["correct"] == 1
    assert score_dates(gold, stored())["correct"] == 0


# -- contradictions -------------------------------------------------------------------------------


def contradiction_lines() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    quote = {"article": ARTICLE, "evidence": QUOTE}
    brandt = {"article": ARTICLE, "evidence": "Carl Brandt, a spokesman for Reyes, spoke"}
    gold = [
        {
            "type": "contradiction",
            "statement": quote,
            "timing": "record_predates",
            "against": [
                {"type": "event", "kind": "meet", "participants": ["Alma Reyes", "Viktor Orlan"]}
            ],
        }
    ]
    non = [{"type": "non_contradiction", "statement": brandt, "why": "not_recall"}]
    return gold, non


def checked_with(*flags: tuple[Statement, Timing]) -> CheckedRecord:
    found = tuple(
        Contradiction(f"c{i}", s.id, "deny_vs_event.v1", timing, 1.0, "")
        for i, (s, timing) in enumerate(flags)
    )
    return CheckedRecord(found, {s.id: s for s, _ in flags}, {})


def test_a_contradiction_matches_by_statement_and_timing() -> None:
    gold, non = contradiction_lines()
    denial = statement(span(QUOTE))
    right = score_contradictions(
        gold, non, stored(), checked_with((denial, Timing.RECORD_PREDATES))
    )
    late = score_contradictions(gold, non, stored(), checked_with((denial, Timing.LATER)))
    assert (right["tp"], late["tp"], late["fp"]) == (1, 0, 1)


def test_the_same_words_credited_to_two_speakers_are_one_contradiction() -> None:
    gold, non = contradiction_lines()
    reyes = statement(span(QUOTE))
    aide = statement(span(QUOTE), speaker="Carl Brandt", ident="s2")
    both = checked_with((reyes, Timing.RECORD_PREDATES), (aide, Timing.RECORD_PREDATES))
    result = score_contradictions(gold, non, stored(), both)
    assert (result["tp"], result["fp"]) == (1, 0)


def test_a_flagged_non_contradiction_is_a_false_positive() -> None:
    gold, non = contradiction_lines()
    brandt = statement(span("Carl Brandt, a spokesman for Reyes, spoke"), ident="s2")
    result = score_contradictions(gold, non, stored(), checked_with((brandt, Timing.LATER)))
    assert (result["fp"], result["non_contradictions_flagged"]) == (1, 1)


# -- end to end ----------------------------------------------------------------------------------


@pytest.mark.model
def test_the_fixture_corpus_is_scored_end_to_end() -> None:
    result = evaluate_gold(FIXTURE / "corpus", FIXTURE)
    assert (result["articles"], result["failed_inputs"]) == (3, [])
    detection = result["statements"]["detection"]
    assert detection["tp"] + detection["fn"] == 8
    assert result["events"]["planned_or_negated_gold"] == 1
    # the record's dates are read after the check stage resolved every contact
    told = result["events"]["date"]["total"]
    assert result["events"]["record_date"]["consistent"]["total"] == told > 0
    # one gold date is in the JSONL line's article: all found means its name was mapped
    assert result["dates"] | {"accuracy": 1.0, "total": 6, "not_found": 0} == result["dates"]


def test_every_contact_of_the_fixture_corpus_shows_the_date_of_the_contact_it_became(
    tmp_path: Path,
) -> None:
    case = temporary_case(tmp_path, default_casebook(FIXTURE / "gold.jsonl"))
    add_sources(case, [str(FIXTURE / "corpus")], SourceMeta())
    record = load_record(case)
    check_record(case)
    shown = with_record_dates(case, record).record_dates
    assert record.events and set(shown) == {event.id for event in record.events}
