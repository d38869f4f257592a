"""An embedded post is a statement of the account's owner, on the day its signature gives."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.statements import extract_statements
from onrecord.extract.tweets import find_posts
from onrecord.ids import article_id
from onrecord.record import Article, Statement, StatementKind


def _statements(text: str) -> list[Statement]:
    article = Article(article_id(text), text)
    nlp: Any = load_nlp()
    doc = nlp(text)
    return extract_statements(doc, article, build_cast(doc, article), date(2016, 8, 1), None)


def test_the_paragraph_above_a_signature_line_is_the_post() -> None:
    text = (
        "The mayor answered online.\n\nI have never met the envoy. Never.\n\n"
        "— Ann Diaz (@MayorDiaz) July 26, 2016\n\nHer aides said nothing more."
    )
    [post] = find_posts(text)
    assert text[slice(*post.words)] == "I have never met the envoy. Never."
    assert text[slice(*post.author)] == "Ann Diaz"
    assert text[slice(*post.date)] == "July 26, 2016"


def test_a_post_run_into_its_signature_on_one_line_is_found_too() -> None:
    text = "Big news. pic.twitter.com/x1— Harbor Music (@HarborMusic) September 2, 2016"
    [post] = find_posts(text)
    assert text[slice(*post.words)] == "Big news. pic.twitter.com/x1"


@pytest.mark.model
def test_a_post_an_archive_keeps_in_its_embed_element_is_the_signers_words_alone() -> None:
    text = (
        'The mayor linked to the report.\n\n<tweet id="4410" author="@HarborWire" '
        'datetime="2016-08-23">Audit finds the port deal broke city rules. — Harbor Wire '
        "(@HarborWire) August 23, 2016</tweet>.\n\nHer aides said nothing more."
    )
    [post] = find_posts(text)
    assert text[slice(*post.words)] == "Audit finds the port deal broke city rules."
    assert text[slice(*post.author)] == "Harbor Wire"
    assert text[slice(*post.date)] == "August 23, 2016"


@pytest.mark.model
def test_quote_marks_in_markup_left_in_the_text_quote_no_one() -> None:
    text = (
        'Ann Diaz spoke at the pier.\n\n<tweet id="4410" author="@HarborWire" '
        'datetime="2016-08-23">Big crowd at the pier today.</tweet>\n\n'
        'Diaz said the deal was "a good one" for the port.'
    )
    said = [s.text for s in _statements(text)]
    assert said == ['the deal was "a good one" for the port']


def test_an_embedded_post_is_its_signers_denial_dated_by_its_signature() -> None:
    statements = _statements(
        "Mayor Ann Diaz answered on Twitter.\n\nI have never met the envoy Omar Vale.\n\n"
        "— Ann Diaz (@MayorDiaz) July 26, 2016\n\nHer aides said nothing more."
    )
    [post] = [s for s in statements if s.cue == "tweet"]
    assert post.speaker_name == "Ann Diaz"
    assert post.kind is StatementKind.DIRECT
    assert post.said_on is not None and post.said_on.iso() == "2016-07-26"
    assert post.text == "I have never met the envoy Omar Vale."
