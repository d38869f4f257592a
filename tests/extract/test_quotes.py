"""Where a quotation ends, when the copy's marks do not pair up as a style guide would have it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.quotes import find_quotes
from onrecord.extract.statements import extract_statements
from onrecord.ids import article_id
from onrecord.record import Article


def _words(text: str) -> list[str]:
    return [quote.words(text) for quote in find_quotes(text)]


def test_a_single_closing_mark_after_a_comma_closes_a_double_quote() -> None:
    text = (
        "“We will finish the bridge by June,’ the mayor told reporters on Tuesday. "
        "The council meets on Friday to vote on the money.\n\n"
        "The contractor declined to comment."
    )
    assert _words(text) == ["We will finish the bridge by June,"]


def test_a_single_closing_mark_after_a_full_stop_closes_a_double_quote() -> None:
    text = "Hale wrote: “The vote is on.’ He later deleted the post, and “Trust me” stayed up."
    assert _words(text) == ["The vote is on.", "Trust me"]


def test_a_quote_within_a_quote_keeps_its_own_single_closing_mark() -> None:
    text = "“She told me, ‘Leave it to us.’ So we did,” the owner said. Nobody called back."
    assert _words(text) == ["She told me, ‘Leave it to us.’ So we did,"]


def test_an_apostrophe_closes_nothing() -> None:
    text = "“The drivers’ union and the Joneses’ lawyer agree,” Ms. Ortiz said."
    assert _words(text) == ["The drivers’ union and the Joneses’ lawyer agree,"]


def test_a_phrase_in_double_marks_inside_a_quote_does_not_end_it() -> None:
    text = (
        "“They call the plan “a bailout” and it is nothing of the kind,” the governor said. "
        "Aides handed out copies."
    )
    assert _words(text) == ["They call the plan “a bailout” and it is nothing of the kind,"]


def test_after_a_full_stop_an_opening_mark_starts_no_quote_within_the_open_one() -> None:
    """A paragraph whose first quote lost its closing mark: the scan does not guess where it
    ended, but nor does it read the next quote as nested in it and run on to the paragraph's
    end."""
    text = "“We are done here. “Next week we start again,” he said. Then he left."
    assert _words(text) == ["We are done here. “Next week we start again,"]


@pytest.mark.model
def test_the_sentences_after_a_quote_closed_with_a_single_mark_are_read_as_narration() -> None:
    text = (
        "“We will finish the bridge by June,’ Mayor Ellen Ross said on Tuesday. "
        "Council member Tom Hale said the budget would not allow it."
    )
    nlp: Any = load_nlp()
    doc = nlp(text)
    article = Article(article_id(text), text)
    statements = extract_statements(doc, article, build_cast(doc, article), date(2019, 6, 14), None)
    speakers = {s.speaker_name for s in statements}
    assert {"Ellen Ross", "Tom Hale"} <= speakers


def test_a_quote_hard_wrapped_over_lines_is_one_quote_in_a_text_of_blank_line_paragraphs() -> None:
    text = (
        "By Lena Ortiz\n\n"
        '"There was no communication between the campaign and any\n'
        'foreign official," the spokesman said.\n\n'
        "The record says otherwise."
    )
    assert _words(text) == [
        "There was no communication between the campaign and any\nforeign official,"
    ]


def test_an_unclosed_quote_still_ends_with_its_line_where_lines_are_the_paragraphs() -> None:
    text = '"We will not go quietly\nThe council voted on Friday.'
    assert _words(text) == ["We will not go quietly"]
