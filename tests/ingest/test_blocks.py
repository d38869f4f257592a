"""Blocks: a text comes out as its paragraphs and turns, however its lines were broken."""

from __future__ import annotations

from onrecord.ingest.blocks import split_blocks
from onrecord.ingest.clean import clean_text


def texts(raw: str) -> list[str]:
    return [" ".join(block.text.split()) for block in split_blocks(raw)]


def test_a_text_with_one_sentence_a_line_comes_out_as_its_paragraphs() -> None:
    raw = (
        "Adviser says he never met the envoy\n\n"
        "The campaign adviser spoke to reporters on Tuesday.\n"
        "He said he had never met the ambassador.\n"
        "He said the stories were invented.\n\n"
        "The ambassador's office declined to comment.\n"
        "A spokesman said the embassy does not discuss meetings.\n\n"
        "Records show the two men attended the same dinner in April.\n"
        "Both were seated at the head table."
    )
    assert texts(raw) == [
        "Adviser says he never met the envoy",
        "The campaign adviser spoke to reporters on Tuesday. He said he had never met the "
        "ambassador. He said the stories were invented.",
        "The ambassador's office declined to comment. A spokesman said the embassy does not "
        "discuss meetings.",
        "Records show the two men attended the same dinner in April. Both were seated at the "
        "head table.",
    ]


def test_a_hard_wrapped_text_keeps_paragraphs_across_initials_and_capitalised_names() -> None:
    raw = (
        "WASHINGTON - The campaign's national security director, J.D.\n"
        "Gordon, said on Monday that he had met the ambassador at a forum in\n"
        "Cleveland during the convention, and that Sen.\n"
        "Jeff Sessions had also attended the reception that followed it there.\n"
        "\n"
        "Gordon said the conversation lasted a few minutes and touched on the\n"
        "party platform, which the campaign had asked delegates to soften.\n"
    )
    blocks = texts(raw)
    assert len(blocks) == 2
    assert blocks[0].startswith("WASHINGTON") and "J.D. Gordon, said" in blocks[0]
    assert "Sen. Jeff Sessions had also attended" in blocks[0]


def test_a_tv_transcript_keeps_each_turn_whole_and_its_short_answers() -> None:
    raw = (
        "FACE THE NATION transcript, January 15, 2017\n"
        "DICKERSON: Did any adviser or anybody in the campaign have any contact with the\n"
        "Russians who were trying to meddle in the election?\n"
        "PENCE: Of course not.\n"
        "And I think to suggest that is to give credence to some of these bizarre rumors.\n"
        "DICKERSON: Nobody—\n"
        "PENCE: No one I can think of.\n"
    )
    blocks = texts(raw)
    assert blocks[1] == (
        "DICKERSON: Did any adviser or anybody in the campaign have any contact with the "
        "Russians who were trying to meddle in the election?"
    )
    assert blocks[2] == (
        "PENCE: Of course not. And I think to suggest that is to give credence to some of these "
        "bizarre rumors."
    )
    cleaned = clean_text(raw)
    assert "DICKERSON: Nobody—" in cleaned
    assert "PENCE: No one I can think of." in cleaned


def test_a_quote_broken_over_lines_stays_one_block_until_it_closes() -> None:
    raw = (
        "“I have never met the man.\n"
        "I have never spoken to him,” the adviser said.\n"
        "The embassy did not respond."
    )
    assert texts(raw) == [
        "“I have never met the man. I have never spoken to him,” the adviser said.",
        "The embassy did not respond.",
    ]


def test_bullets_and_dated_entries_start_their_own_blocks() -> None:
    raw = (
        "The timeline of the contacts so far, as the campaign tells it\n"
        "• April 27: a reception at the Mayflower Hotel\n"
        "• July 18: a forum at the convention\n"
        "Sept. 8 — a meeting in the senator's office"
    )
    assert len(texts(raw)) == 4


def test_leaked_page_styling_is_not_article_text() -> None:
    raw = (
        "CNN chief defends coverage of the candidate\n\n"
        ".bio-text {\n   text-align:left;\n   width:100%;\n   font-size:15px;\n}\n\n"
        "The network's president said the coverage reflected the candidate's draw."
    )
    assert "text-align" not in clean_text(raw)
