"""The plain-text cleaner: boilerplate out, the whole body in, offsets that point back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.ingest.blocks import block_hash, split_blocks
from onrecord.ingest.clean import Cleaned, clean_by_rules, clean_text, drop_recurring

from .conftest import FIXTURES

SCRAPE = (FIXTURES / "sessions_scrape.txt").read_text(encoding="utf-8")

BODY = [
    "Sessions spoke twice with Russia's envoy while advising the Trump campaign",
    "The attorney general's account to senators now sits uneasily with the record.",
    "Attorney General Jeff Sessions met Russian ambassador Sergey Kislyak on two occasions",
    "The first encounter took place in July on the sidelines of an event",
    "The second was a private meeting in Sessions's Senate office on September 8, 2016.",
    '"I did not have communications with the Russians," he told the Senate Judiciary Committee.',
    "A spokeswoman for Sessions said there was nothing misleading about his answer",
    "Here’s the timeline so far:",
    "• In July 2016, Sessions spoke with Kislyak after a Heritage Foundation event",
    "• On September 8, 2016, Sessions and Kislyak met in the senator's office on Capitol Hill.",
    "• On January 10, 2017, Sessions testified that he had not had contact with the Russians.",
    "Democrats called on Sessions to resign.",
    "Update, 3/2/17: Sessions announced Thursday afternoon that he would recuse himself",
]

BOILERPLATE = [
    "This article is more than 6 years old.",
    "Alex Morgan/Wire Photo Service",
    "Sign up for our free morning newsletter.",
    "HOLD ON A SECOND.",
    "Independent reporting like this costs money",
    "Our newsroom has no billionaire owner",
    "That is simply how it works.",
    "please chip in with a monthly donation today",
    "payment options",
    "Most Read",
    "Related Stories",
    "Share this story",
    "Join our mailing list",
    "straight to your inbox",
    "Subscribe",
    "Become a member",
    "tax-deductible gift",
    "Donate",
]


@pytest.fixture(scope="module")
def cleaned() -> str:
    return clean_text(SCRAPE)


@pytest.mark.parametrize("sentence", BODY)
def test_every_body_sentence_of_a_scrape_is_kept(cleaned: str, sentence: str) -> None:
    assert sentence in cleaned


@pytest.mark.parametrize("line", BOILERPLATE)
def test_every_boilerplate_line_of_a_scrape_is_removed(cleaned: str, line: str) -> None:
    assert line not in cleaned


def test_the_clean_text_starts_with_the_headline_and_ends_with_the_update_note(
    cleaned: str,
) -> None:
    assert cleaned.startswith("Sessions spoke twice")
    assert cleaned.endswith("related to the 2016 presidential campaign.")


def test_a_newsletter_blurb_repeated_twice_is_removed_and_the_update_note_stays() -> None:
    blurb = (
        "We can only keep reporting with your help, so sign up for our newsletter and "
        "tell your friends about it."
    )
    text = "\n\n".join(
        [
            "Pence said on Sunday that nobody in the campaign had contact with Russian officials.",
            blurb,
            "The Washington Post later reported that Flynn spoke with Kislyak in December.",
            blurb,
            "Update, 2/15/17: The New York Times reported repeated contacts with Russian "
            "intelligence officials.",
        ]
    )
    result = clean_text(text)
    assert "newsletter" not in result
    assert "Update, 2/15/17: The New York Times reported" in result
    assert "Flynn spoke with Kislyak in December." in result


def test_a_paragraph_repeated_inside_an_article_is_kept_once() -> None:
    paragraph = "Kislyak told the newspaper he had been in touch with Flynn since before the vote."
    text = f"{paragraph}\n\nThe ambassador declined to say what they discussed.\n\n{paragraph}"
    assert clean_text(text).count(paragraph) == 1


def test_a_body_paragraph_between_two_advertisement_lines_is_kept() -> None:
    text = (
        "Officials said the contacts began before the election.\n\nAdvertisement\n\n"
        "The conversations continued through the transition and into January.\n\n"
        "Advertisement\n\nThe ambassador confirmed the calls to reporters."
    )
    result = clean_text(text)
    assert "Advertisement" not in result
    assert "The conversations continued through the transition and into January." in result


def test_a_short_reader_address_introducing_a_list_is_kept() -> None:
    text = (
        "Trump denied any contact with Russia at a news conference.\n\n"
        "Here is what you need to know:\n\n"
        "• The Wall Street Journal reported the April reception in May."
    )
    assert "Here is what you need to know:" in clean_text(text)


def test_a_news_paragraph_quoting_we_and_mentioning_comments_is_kept() -> None:
    """Wire copy prints quotes as doubled apostrophes; what the quoted senator says is not
    the page talking, and "his comments" is news, not a comments section."""
    paragraph = (
        "Senator Lindsey Graham said on Sunday that the candidate had crossed another line. "
        "Like his comments about the judge, he said, ''we cannot defend this, and we will not "
        "try to.'' Several colleagues agreed."
    )
    text = f"Pressure rises on the nominee\n\n{paragraph}\n\nFollow us on Twitter.\n\nThe end."
    assert paragraph in clean_text(text)


def test_an_op_eds_closing_paragraph_in_the_first_person_stays_above_a_follow_line() -> None:
    closing = "I think it is a sure sign we need her to be president of the United States."
    text = (
        "Readers weigh the two candidates\n\n"
        "Voters in Ohio told the paper they were still undecided about the race.\n\n"
        f"{closing}\n\nFollow @OurOpinionDesk on Twitter for more of this discussion."
    )
    result = clean_text(text)
    assert closing in result
    assert "Follow @" not in result


def test_a_transcript_answer_addressed_to_the_interviewer_is_kept() -> None:
    answer = "A: Susan, I'm not going to answer that. Don't ask me that. You know why."
    text = (
        "The former first lady on the race\n\n"
        "Q: Will you vote for the nominee?\n\n"
        f"{answer}\n\n"
        "Q: What about the convention?"
    )
    assert answer in clean_text(text)


def test_the_us_in_capitals_is_the_country_not_the_publishers_voice() -> None:
    paragraph = (
        "Not long ago, the Syrian Democratic Forces had US blessing, and the state-sponsored "
        "militias were kept at a distance from the border towns the group had taken."
    )
    text = f"Erdogan moves into Syria\n\n{paragraph}\n\nSign up for our newsletter."
    assert paragraph in clean_text(text)


def test_a_headline_about_donations_and_a_note_about_comments_are_kept() -> None:
    headline = "Charity book debunks the candidate on foreign donations"
    update = "This article has been updated with comments from the senator's office."
    text = f"{headline}\n\nThe foundation said it had returned two gifts.\n\n{update}"
    result = clean_text(text)
    assert headline in result and update in result


def test_the_year_headings_of_a_timeline_stay_above_their_entries() -> None:
    text = (
        "Timeline: the senator's contacts with the embassy\n\n"
        "2016\n\n"
        "July 18 — The senator speaks with the ambassador after a lecture.\n\n"
        "March 2017\n\n"
        "March 2 — The senator steps aside from the inquiry.\n\n"
        "Latest"
    )
    result = clean_text(text)
    assert "2016\n\nJuly 18 — The senator speaks" in result
    assert "March 2017\n\nMarch 2 — The senator steps aside" in result
    assert "Latest" not in result


def test_a_year_heading_every_timeline_of_the_outlet_repeats_is_kept() -> None:
    text = "2016\n\nSeptember 8 — The senator meets the ambassador in his office."
    seen = {block_hash("2016"): 9}
    assert drop_recurring(clean_by_rules(text), seen, threshold=2).text == text


def test_a_hard_wrapped_paragraph_stays_one_block() -> None:
    text = "Sessions met the ambassador twice during\nthe campaign, the newspaper reported.\n"
    blocks = split_blocks(text)
    assert [block.text for block in blocks] == [text.strip()]


def test_blocks_seen_in_enough_earlier_articles_of_the_outlet_are_dropped() -> None:
    text = (
        "The senator met the ambassador in his office in September.\n\n"
        "Our reporters work for you: more on this story every day at noon.\n\n"
        "He said the meeting was part of his committee work."
    )
    rules = clean_by_rules(text)
    recurring = "Our reporters work for you: more on this story every day at noon."
    seen = {block_hash(recurring): 2}
    result = drop_recurring(rules, seen, threshold=2).text
    assert recurring not in result
    assert "He said the meeting was part of his committee work." in result


def test_a_recurring_block_that_reports_news_is_kept() -> None:
    text = "Flynn resigned in February after misleading the vice president, officials said."
    seen = {block_hash(text): 9}
    assert drop_recurring(clean_by_rules(text), seen, threshold=2).text == text


# -- properties -----------------------------------------------------------------------------------

NAMES = ["Flynn", "Kislyak", "Sessions", "Pence", "Manafort", "Page", "Lewandowski"]
WORDS = [
    "met",
    "the",
    "ambassador",
    "in",
    "July",
    "before",
    "election",
    "twice",
    "office",
    "campaign",
    "officials",
    "Moscow",
    "briefly",
    "reception",
    "hotel",
    "later",
    "again",
]
NOISE = [
    "Subscribe",
    "Donate",
    "Latest",
    "We Recommend",
    "payment methods",
    "Share this story",
    "Sign up for our free newsletter",
    "Photo: Jane Roe/Wire",
    "This story is over 5 years old.",
    "Support our journalism with a tax-deductible donation.",
    "Advertisement",
    "Most Read",
]

sentences = st.builds(
    lambda name, words, end: f"{name} said {' '.join(words)} {end}",
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(WORDS), min_size=15, max_size=30),
    st.sampled_from(["today.", "on Tuesday.", "again?", "in 2016!"]),
)
documents = st.lists(st.one_of(sentences, st.sampled_from(NOISE)), min_size=1, max_size=25).map(
    lambda blocks: blocks
)
separators = st.sampled_from(["\n\n", "\n", "\n\n\n", "\r\n\r\n"])


def _runs_match(cleaned: Cleaned) -> bool:
    text = cleaned.text
    return all(
        cleaned.raw[raw : raw + length] == text[clean : clean + length]
        for clean, raw, length in cleaned.offsets.runs
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_every_kept_run_points_at_the_same_characters_in_the_raw_text(raw: str) -> None:
    assert _runs_match(clean_by_rules(raw))


@settings(max_examples=200, deadline=None)
@given(documents, separators)
def test_every_reported_sentence_survives_among_boilerplate(
    blocks: list[str], separator: str
) -> None:
    cleaned = clean_by_rules(separator.join(blocks))
    assert _runs_match(cleaned)
    for block in blocks:
        if block in NOISE:
            assert block not in cleaned.text.splitlines()
        else:
            assert block in cleaned.text


@settings(max_examples=200, deadline=None)
@given(documents, separators)
def test_cleaning_clean_text_again_changes_nothing(blocks: list[str], separator: str) -> None:
    once = clean_text(separator.join(blocks))
    assert clean_text(once) == once
