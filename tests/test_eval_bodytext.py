"""Body-text fidelity: real article text in written page shells, scored by shingle overlap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.evaluate.bodytext import overlap_counts, page_text
from onrecord.evaluate.pages import LAYOUTS, pages, story_of

DATA = Path(__file__).parent / "fixtures" / "realnews" / "data"
STORY = story_of(
    "a",
    "Adviser met envoy\nMartin Hale met Oleg Vasin in Vienna in June, records show.\n"
    "Hale did not respond to requests for comment on Wednesday.",
    "The Paper",
    "2016-10-05",
)
runner = CliRunner()


def test_a_dropped_paragraph_costs_recall_and_kept_clutter_costs_precision() -> None:
    first = STORY.paragraphs[0]
    dropped = overlap_counts(first, STORY.body)
    assert dropped.fp == 0 and dropped.fn > 0
    cluttered = overlap_counts(f"Home Politics World Opinion\n{STORY.body}", STORY.body)
    assert cluttered.fn == 0 and cluttered.fp > 0
    assert overlap_counts(STORY.body, STORY.body).fp == 0


def test_every_layout_holds_every_paragraph_and_clutter_around_it() -> None:
    made = pages([STORY] * len(LAYOUTS))
    assert {page.layout for page in made} == set(LAYOUTS)
    for page in made:
        text = page_text(page.html)
        assert all(paragraph in text for paragraph in STORY.paragraphs)
        assert overlap_counts(text, STORY.body).fp > 0


def test_the_same_stories_always_make_the_same_pages() -> None:
    assert [p.html for p in pages([STORY, STORY])] == [p.html for p in pages([STORY, STORY])]


def test_eval_bodytext_compares_trafilatura_and_onrecord_on_the_same_pages() -> None:
    result = runner.invoke(app, ["eval", "bodytext", str(DATA), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["pages"] == 4  # one page per fixture article
    for system in ("trafilatura", "trafilatura_precision", "onrecord_html", "whole_page_text"):
        assert 0.0 < scores[system]["f1"] <= 1.0


@pytest.mark.parametrize("pages_option", ["0", "-1"])
def test_eval_bodytext_refuses_a_page_count_below_one(pages_option: str) -> None:
    result = runner.invoke(app, ["eval", "bodytext", str(DATA), "--pages", pages_option])
    assert result.exit_code == 2
