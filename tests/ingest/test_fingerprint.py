"""MinHash fingerprints: edited and trimmed copies match, other stories do not, and the same text
gives the same signature in every process."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.ingest.fingerprint import (
    BANDS,
    SLOTS,
    Fingerprint,
    Thresholds,
    _shingles,
    fingerprint,
)

from .conftest import FIXTURES

DEFAULTS = Thresholds(jaccard=0.3, containment=0.6)
TEXT = (FIXTURES / "sessions_scrape.txt").read_text(encoding="utf-8")
VOCABULARY = "the senator met ambassador in april at a hotel reception said officials denied"
WORDS = st.sampled_from(VOCABULARY.split(" "))


def _paragraphs(count: int, start: int = 0) -> list[str]:
    """Distinct paragraphs of one long story, each with its own numbers and names."""
    return [
        f"Paragraph {n}: aide number {n * 7} told the committee on day {n} that meeting {n * 3} "
        f"with envoy {n * 11} in room {n * 13} was arranged by office {n * 17} in week {n * 19}."
        for n in range(start, start + count)
    ]


def test_the_same_text_gives_the_same_signature_in_every_process() -> None:
    script = (
        "import sys; from onrecord.ingest.fingerprint import fingerprint; "
        "sys.stdout.write(fingerprint(sys.stdin.read()).packed().hex())"
    )
    signatures = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=TEXT,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert signatures == {fingerprint(TEXT).packed().hex()}


def test_case_punctuation_and_spacing_do_not_change_the_fingerprint() -> None:
    noisy = TEXT.upper().replace(",", " ,").replace(" ", "  ")
    assert fingerprint(noisy) == fingerprint(TEXT)


def test_a_stored_signature_unpacks_to_the_same_fingerprint() -> None:
    summary = fingerprint(TEXT)
    assert len(summary.packed()) == 4 * SLOTS
    assert Fingerprint.unpack(summary.packed(), summary.shingles) == summary
    assert len(summary.bands()) == BANDS


def test_a_lightly_edited_copy_matches_and_shares_a_band() -> None:
    original = fingerprint(TEXT)
    copy = fingerprint(TEXT.replace("on Wednesday night", "late on Wednesday"))
    assert original.matches(copy, DEFAULTS) and copy.matches(original, DEFAULTS)
    assert set(original.bands()) & set(copy.bands())


def test_a_copy_trimmed_to_half_is_contained_in_its_original() -> None:
    original = fingerprint("\n\n".join(_paragraphs(12)))
    trimmed = fingerprint("\n\n".join(_paragraphs(6)))
    assert original.containment(trimmed) > 0.9
    assert 0.35 < original.jaccard(trimmed) < 0.7
    assert original.matches(trimmed, DEFAULTS)


def test_a_brief_that_is_a_small_part_of_a_long_story_is_not_its_copy() -> None:
    """Contained, but the brief is a sixth of the story: below the Jaccard floor."""
    story = fingerprint("\n\n".join(_paragraphs(12)))
    brief = fingerprint("\n\n".join(_paragraphs(2)))
    assert story.containment(brief) > 0.8
    assert not story.matches(brief, DEFAULTS)


def test_another_story_on_the_same_subject_does_not_match() -> None:
    first = fingerprint("\n\n".join(_paragraphs(8)))
    second = fingerprint("\n\n".join(_paragraphs(8, start=40)))
    assert first.jaccard(second) < 0.15
    assert not first.matches(second, DEFAULTS)


def test_texts_shorter_than_a_shingle_or_than_the_signature_still_fill_every_slot() -> None:
    for text in ("Denied.", "Sessions denied it", "Sessions denied any contact with the Russians."):
        summary = fingerprint(text)
        assert len(summary.signature) == SLOTS and summary.shingles >= 1
        assert summary.matches(fingerprint(text), DEFAULTS)


@settings(max_examples=40, deadline=None)
@given(
    shared=st.lists(WORDS, min_size=60, max_size=200),
    left=st.lists(WORDS, min_size=0, max_size=120),
    right=st.lists(WORDS, min_size=0, max_size=120),
)
def test_the_estimated_jaccard_is_close_to_the_exact_one(
    shared: list[str], left: list[str], right: list[str]
) -> None:
    """Uses the module's own shingling, so only the estimate is under test."""
    a, b = " ".join([*shared, "|", *left]), " ".join([*shared, "|", *right])
    exact = len(_shingles(a) & _shingles(b)) / len(_shingles(a) | _shingles(b))
    assert abs(fingerprint(a).jaccard(fingerprint(b)) - exact) < 0.2
