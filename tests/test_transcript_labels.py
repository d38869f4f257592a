"""Ingest and extraction read one transcript label: a turn kept whole is credited to its label."""

from __future__ import annotations

from onrecord.extract.turns import find_turns
from onrecord.ingest.blocks import split_blocks

RADIO_INTERVIEW = (
    "An interview with Senator Ann Reyes about the hearings\n"
    "HOST (JANE DOE): Did anyone on your staff meet\n"
    "Ambassador Ivanov during the spring?\n"
    "REYES: No. Nobody on my staff met him, and I have said so\n"
    "to the committee.\n"
    "DOE: Not even at the embassy reception?\n"
    "A: (REYES) Not even there.\n"
)


def test_every_turn_ingest_keeps_whole_is_a_turn_extraction_credits() -> None:
    clean = "\n".join(" ".join(block.text.split()) for block in split_blocks(RADIO_INTERVIEW))
    turns = find_turns(clean)
    speakers = [clean[slice(*turn.speaker)] for turn in turns]
    bodies = [clean[slice(*turn.body)] for turn in turns]
    assert speakers == ["JANE DOE", "REYES", "DOE", "REYES"]
    assert bodies[0] == "Did anyone on your staff meet Ambassador Ivanov during the spring?"
    assert bodies[1] == ("No. Nobody on my staff met him, and I have said so to the committee.")
    assert [turn.asks for turn in turns] == [True, False, True, False]


def test_a_titled_label_is_one_turn_in_both_stages() -> None:
    raw = "MR. COMEY: I did not brief him\non that.\nSEN. WARNER: Thank you.\n"
    blocks = [" ".join(block.text.split()) for block in split_blocks(raw)]
    assert blocks == ["MR. COMEY: I did not brief him on that.", "SEN. WARNER: Thank you."]
    turns = find_turns("\n".join(blocks))
    assert ["\n".join(blocks)[slice(*turn.speaker)] for turn in turns] == [
        "MR. COMEY",
        "SEN. WARNER",
    ]
