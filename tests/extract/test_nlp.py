"""The pipeline's own sentence rules, on top of the model's parse."""

from __future__ import annotations

import pytest

from onrecord.extract.nlp import load_nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


@pytest.mark.model
def test_a_line_break_starts_a_sentence() -> None:
    text = "Senate hearing ends without a vote\nThe committee adjourned at noon on Friday."
    assert _sentences(text)[0] == "Senate hearing ends without a vote"


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
