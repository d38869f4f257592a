"""MinHash fingerprints: edited and trimmed copies match, other stories do not, and the same text
gives the same signature in every process."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.ingest import InMemoryIngestMemory
from onrecord.ingest.fingerprint import (
    BANDS,
    SLOTS,
    Thresholds,
    fingerprint,
)
from onrecord.settings import IngestSettings

from .conftest import FIXTURES, run_ingest

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
        "sys.stdout.write(repr(fingerprint(sys.stdin.read()).bands()))"
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
    assert signatures == {repr(fingerprint(TEXT).bands())}


def test_case_punctuation_and_spacing_do_not_change_the_fingerprint() -> None:
    noisy = TEXT.upper().replace(",", " ,").replace(" ", "  ")
    assert fingerprint(noisy) == fingerprint(TEXT)


def test_a_signature_is_a_fixed_size_whatever_the_length_of_the_text() -> None:
    for text in (TEXT, TEXT[:200]):
        summary = fingerprint(text)
        assert len(summary.signature) == SLOTS and len(summary.bands()) == BANDS


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
        assert len(summary.signature) == SLOTS and summary.shingles
        assert summary.matches(fingerprint(text), DEFAULTS)


@settings(max_examples=40, deadline=None)
@given(
    shared=st.lists(WORDS, min_size=60, max_size=200),
    left=st.lists(WORDS, min_size=0, max_size=120),
    right=st.lists(WORDS, min_size=0, max_size=120),
)
def test_signatures_agree_in_about_the_share_of_slots_the_jaccard_says(
    shared: list[str], left: list[str], right: list[str]
) -> None:
    """What LSH relies on: slot agreement estimates the Jaccard similarity."""
    a, b = fingerprint(" ".join([*shared, *left])), fingerprint(" ".join([*shared, *right]))
    agreeing = sum(x == y for x, y in zip(a.signature, b.signature, strict=True)) / SLOTS
    assert abs(agreeing - a.jaccard(b)) < 0.2


def test_different_stories_in_templated_wording_are_not_linked(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    """Stories built from a few dozen words (like the ingest benchmark's) share a tenth of their
    runs: many are LSH candidates of one another, none is another's copy."""
    rng = random.Random(5)
    names = ["Flynn", "Kislyak", "Sessions", "Pence", "Manafort", "Page", "Spicer", "Sanders"]
    verbs = ["met", "spoke with", "called", "wrote to", "dined with", "was briefed by"]
    places = ["in Washington", "in Cleveland", "at the Mayflower Hotel", "in Moscow", "by phone"]
    stories = [
        " ".join(
            f"{rng.choice(names)} {rng.choice(verbs)} {rng.choice(names)} {rng.choice(places)} "
            f"on {rng.choice(['April', 'July'])} {rng.randint(1, 28)}, officials said."
            for _ in range(rng.randint(12, 40))
        )
        for _ in range(150)
    ]
    path = tmp_path / "templated.jsonl"
    path.write_text("".join(json.dumps({"text": story}) + "\n" for story in stories))
    run = run_ingest([path], settings, memory)
    assert len(run.articles) == 150
    assert all(item.article.duplicate_of is None for item in run.articles)
