"""The real-news yardstick: gold kept as offsets into articles that stay outside the repository,
judged flags that survive re-runs, and ``onrecord eval realnews`` end to end on a small set of
articles written for these tests (``fixtures/realnews``, laid out like PolNeAR)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.errors import GoldError
from onrecord.evaluate.flags import FlagKey, Label, read_labels
from onrecord.evaluate.polnear_corpus import polnear_articles, split_names
from onrecord.evaluate.realnews import FLAGS_FILE, GOLD_FILE, HOLDOUT_FILE, default_gold_dir
from onrecord.evaluate.realnews_gold import Texts, anchor_draft, read_lines
from onrecord.record import OffsetMap

FIXTURE = Path(__file__).parent / "fixtures" / "realnews"
DATA = FIXTURE / "data"
DENIAL = "wash-post_2016-09-01_adviser-denies-meeting"
runner = CliRunner()


# -- the gold holds offsets, never words ----------------------------------------------------------


def test_a_quoted_span_becomes_offsets_and_the_words_are_dropped() -> None:
    draft = [{"type": "statement", "article": DENIAL, "text": "declined to comment"}]
    (line,) = anchor_draft(draft, Texts(DATA))
    text = (DATA / "train" / "text" / f"{DENIAL}.txt").read_text(encoding="utf-8")
    assert "text" not in line
    assert text[line["start"] : line["end"]] == "declined to comment"


def test_a_contradictions_statement_and_events_are_anchored_too() -> None:
    draft = [
        {
            "type": "contradiction",
            "statement": {"article": DENIAL, "text": "he had never met Oleg Vasin"},
            "against": [{"article": DENIAL, "text": "Rita Moss"}],
        }
    ]
    (line,) = anchor_draft(draft, Texts(DATA))
    assert {"start", "end"} <= set(line["statement"]) and "text" not in line["statement"]
    assert "text" not in line["against"][0]


def test_words_that_occur_twice_need_their_occurrence() -> None:
    with pytest.raises(GoldError, match=r"draft line 1 .*occurs 2 times"):
        list(
            anchor_draft([{"type": "event", "article": DENIAL, "text": "have never"}], Texts(DATA))
        )
    first, second = (
        anchor_draft([{"article": DENIAL, "text": "have never", "occurrence": n}], Texts(DATA))
        for n in (1, 2)
    )
    assert next(first)["start"] < next(second)["start"]


def test_a_quote_not_in_the_article_is_refused_by_line() -> None:
    draft = [{"type": "article", "article": DENIAL}, {"article": DENIAL, "text": "met Putin"}]
    with pytest.raises(GoldError, match=r"draft line 2 .*not in the article"):
        list(anchor_draft(draft, Texts(DATA)))


def test_an_article_in_neither_split_is_named() -> None:
    with pytest.raises(GoldError, match="no-such-article"):
        list(anchor_draft([{"article": "no-such-article", "text": "x"}], Texts(DATA)))


def test_articles_come_with_their_outlet_and_date_from_the_metadata() -> None:
    names = split_names(DATA)
    assert len(names) == 4
    article = next(a for a in polnear_articles(DATA, names) if a.name == DENIAL)
    assert (article.outlet, article.published) == ("The Washington Post", "2016-09-01")


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 6)), min_size=1, max_size=6))
def test_a_raw_span_maps_to_the_clean_text_cleaning_kept_of_it(cuts: list[tuple[int, int]]) -> None:
    """Cleaning keeps runs of raw text; the words of a kept raw span are found at its clean span."""
    raw = "".join(chr(ord("a") + i % 26) for i in range(120))
    runs, clean, position = [], "", 0
    for gap, length in cuts:
        position += gap
        runs.append((len(clean), position, length))
        clean += raw[position : position + length]
        position += length
    offsets = OffsetMap(tuple(runs))
    for _, raw_start, length in runs:
        span = offsets.to_clean(raw_start, raw_start + length)
        assert span is not None and clean[span[0] : span[1]] == raw[raw_start : raw_start + length]
    assert offsets.to_clean(position + 1, position + 5) is None


# -- judged flags ---------------------------------------------------------------------------------


def key(start: int, end: int, against: tuple[str, ...] = ("hale", "vasin")) -> FlagKey:
    return FlagKey(DENIAL, start, end, against)


def test_a_label_covers_the_same_statement_and_people_even_when_its_span_moved() -> None:
    label = key(100, 172)
    assert label.covers(key(102, 172))
    assert not label.covers(key(102, 172, ("hale", "moss")))
    assert not label.covers(key(175, 295))


def test_labels_take_verdicts_and_failure_classes_from_fixed_lists(tmp_path: Path) -> None:
    def labels(**line: object) -> list[Label]:
        path = tmp_path / "flags.jsonl"
        base = {"statement": {"article": DENIAL, "start": 0, "end": 9}, "against": ["hale"]}
        path.write_text(json.dumps({**base, **line}) + "\n", encoding="utf-8")
        return read_labels(path)

    assert labels(verdict="wrong", failure="wrong-speaker")[0].failure == "wrong-speaker"
    with pytest.raises(GoldError, match="verdict"):
        labels(verdict="maybe", failure=None)
    with pytest.raises(GoldError, match="failure"):
        labels(verdict="wrong", failure="bad luck")
    with pytest.raises(GoldError, match="names its failure class"):
        labels(verdict="wrong", failure=None)


# -- the committed set ----------------------------------------------------------------------------


@pytest.mark.parametrize("gold_file", [GOLD_FILE, HOLDOUT_FILE])
def test_the_committed_real_news_gold_holds_offsets_and_labels_only(gold_file: str) -> None:
    gold = read_lines(default_gold_dir() / gold_file)
    articles = {line["article"] for line in gold if line["type"] == "article"}
    assert len(articles) >= 40
    spans = [line for line in gold if line["type"] in ("statement", "event")]
    assert all("text" not in line and 0 <= line["start"] < line["end"] for line in spans)
    assert {line["article"] for line in spans} <= articles
    assert len(read_labels(default_gold_dir() / FLAGS_FILE)) > 0


def test_the_committed_fresh_labels_are_offsets_on_articles_no_gold_covers() -> None:
    fresh = default_gold_dir() / "fresh"
    gold = read_lines(default_gold_dir() / GOLD_FILE) + read_lines(
        default_gold_dir() / HOLDOUT_FILE
    )
    annotated = {line["article"] for line in gold if line["type"] == "article"}
    for name, labelled in (
        ("stances.jsonl", 700),
        ("contacts.jsonl", 300),
        ("contact_dates.jsonl", 140),
        ("denials.jsonl", 40),
    ):
        lines = read_lines(fresh / name)
        assert len(lines) >= labelled
        spans = [line for line in lines if line.get("type") != "article"]
        assert all("text" not in line for line in lines)
        assert all(0 <= line["start"] < line["end"] for line in spans)
        assert not {line["article"] for line in lines} & annotated


def test_no_article_is_both_tuned_on_and_held_out() -> None:
    def articles(gold_file: str) -> set[str]:
        lines = read_lines(default_gold_dir() / gold_file)
        return {line["article"] for line in lines if line["type"] == "article"}

    assert not articles(GOLD_FILE) & articles(HOLDOUT_FILE)


# -- onrecord eval realnews -----------------------------------------------------------------------


@pytest.mark.model
def test_eval_realnews_scores_the_annotated_articles_and_the_judged_flags() -> None:
    result = runner.invoke(
        app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold"), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert {"articles", "statements", "events", "contradictions", "flags_labeled"} <= set(scores)
    assert scores["articles"] == 3
    assert scores["contradictions"]["tp"] >= 1
    flags = scores["flags"]
    assert flags["labeled"] + flags["unlabeled"] == flags["total"] >= 1
    assert flags["correct"] == flags["labeled"] == scores["flags_labeled"]
    assert all(flag["source_text"] for flag in flags["unlabeled_flags"])
    assert flags["review"]["total"] == sum(flags["review"]["reasons"].values()) >= 1
    dated = scores["events"]["dated"]  # both contacts the text dates carry a date, no other does
    assert dated["where_text_dates"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    assert dated["where_text_does_not"] == 0


@pytest.mark.model
def test_held_out_articles_are_scored_apart_and_their_misses_are_never_listed() -> None:
    result = runner.invoke(
        app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold"), "--json"]
    )
    scores = json.loads(result.output)
    held_out = scores["holdout"]
    assert scores["articles"] == 3 and held_out["articles"] == 1
    assert held_out["events"]["detection"]["tp"] == 1
    assert held_out["statements"]["detection"]["tp"] == 1
    assert "misses" not in held_out
    # a second reader's stance for the product's own statement there ("nothing else" denied)
    spans = held_out["statement_spans"]
    assert spans["found"] == 1 and spans["deny"]["fn"] == 1 and spans["deny_sure"]["fn"] == 0
    assert all(
        miss["article"] != "usa-today_2016-10-08_mayor-hosted-delegation"
        for miss in scores["misses"]
    )


@pytest.mark.model
def test_why_contacts_and_denials_were_missed_is_counted_without_listing_a_miss(
    tmp_path: Path,
) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(FIXTURE / "gold", gold)
    lines = [_relabelled(line) for line in read_lines(gold / GOLD_FILE)]
    lines.append(  # Rita Moss declined to comment: no contact with Vasin is told there
        {"type": "event", "article": ADVISER_DENIES, "kind": "meet", "status": "asserted",
         "participants": ["Rita Moss", "Oleg Vasin"], "when": None, "place": None,
         "start": 297, "end": 367}
    )  # fmt: skip
    lines.append(  # "had not met anyone": a contact word, read as Hale's denial, not a contact
        {"type": "event", "article": ADVISER_DENIES, "kind": "meet", "status": "asserted",
         "participants": ["Martin Hale", "Oleg Vasin"], "when": None, "place": None,
         "start": 371, "end": 443}
    )  # fmt: skip
    (gold / GOLD_FILE).write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = runner.invoke(app, ["eval", "realnews", str(DATA), "--gold", str(gold), "--json"])
    scores = json.loads(result.output)
    assert scores["miss_causes"] == {
        "contacts": {
            "no_contact_word": 1,
            "contact_word_unread": 1,
            "other_people_or_kind": 1,
            "graded_no_contact": 0,
        },
        "denials": {"not_found": 0, "wrong_speaker": 0, "as_decline": 1, "as_other": 1},
    }
    assert "miss_causes" in scores["holdout"] and "misses" not in scores["holdout"]


@pytest.mark.model
def test_blind_labels_on_fresh_articles_score_the_denials_and_the_contacts_missed() -> None:
    result = runner.invoke(
        app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold"), "--json"]
    )
    fresh = json.loads(result.output)["fresh"]
    stances = fresh["stances"]  # Hale's quote denies; "did not respond" is no denial
    assert stances["found"] == stances["statements"] == 3
    assert (stances["deny"]["tp"], stances["deny"]["fp"], stances["deny"]["fn"]) == (1, 0, 1)
    assert stances["deny_sure"]["f1"] == 1.0  # the disputed label was not sure
    assert stances["stance"] == round(2 / 3, 4)
    contacts = fresh["contacts"]  # the July call is read, Lind's trip is not a meeting
    assert (contacts["contacts"], contacts["found"]) == (2, 1)
    assert contacts["reported_where_none"] == 0


@pytest.mark.model
def test_articles_read_in_full_for_denials_count_every_denial_reported_there() -> None:
    """Hale's three denials are found; Pryce's "no plans to meet" is a plan stated, which the
    reader left out and the product calls a denial: a false one, counted only because the
    article was read in full."""
    result = runner.invoke(
        app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold"), "--json"]
    )
    denials = json.loads(result.output)["fresh"]["denials"]
    assert denials["articles"] == 2
    assert (denials["deny"]["tp"], denials["deny"]["fp"], denials["deny"]["fn"]) == (3, 1, 0)
    assert (denials["deny_sure"]["tp"], denials["deny_sure"]["fp"]) == (2, 1)  # one unsure
    assert denials["speaker"]["correct"] == 3


@pytest.mark.model
def test_contacts_reported_on_fresh_articles_are_judged_and_their_dates_checked() -> None:
    """A reader accepts the June meeting and the July call, with the dates the text gives
    them, and rejects Hale's lecturing at the university as a contact: no one occasion."""
    result = runner.invoke(
        app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold"), "--json"]
    )
    dates = json.loads(result.output)["fresh"]["contact_dates"]
    assert (dates["judged"], dates["reported"]) == (3, 3)
    assert dates["contacts"] == dates["same_people"] == round(2 / 3, 4)
    assert dates["date"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    assert dates["where_text_dates"]["correct"] == 2 and dates["where_text_does_not"] == 0


ADVISER_DENIES = "wash-post_2016-09-01_adviser-denies-meeting"


def _relabelled(line: dict[str, Any]) -> dict[str, Any]:
    """The fixture's gold with three labels the run cannot meet: a decline and a plan read as
    denials, and the July call given to someone else."""
    if line.get("type") == "statement" and line.get("speaker") in ("Rita Moss", "Ada Pryce"):
        return {**line, "stance": "deny"} if line["stance"] != "deny" else line
    if line.get("type") == "event" and line.get("kind") == "call":
        return {**line, "participants": ["Martin Hale", "Petra Lind"]}
    return line


def test_eval_realnews_with_a_gold_folder_lacking_its_files_names_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "realnews", str(DATA), "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.jsonl" in result.output and "Traceback" not in result.output


@pytest.mark.model
def test_eval_realnews_as_a_table_names_the_worst_misses_and_the_judged_flags() -> None:
    result = runner.invoke(app, ["eval", "realnews", str(DATA), "--gold", str(FIXTURE / "gold")])
    assert result.exit_code == 0, result.output
    assert "Worst misses" in result.output and "@336-396" in result.output
    assert "held out, contacts: no contact word 0, contact word unread 0" in result.output
    # Hale's "never met the man, and … never spoken to him" denies any contact: two findings
    assert "Judged flags: 3 of 3 labeled" in result.output
    assert "For review (not contradictions): 1 findings" in result.output
    assert "- unresolved_counterpart: 1" in result.output
