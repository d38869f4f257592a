"""Whole-article behaviour through ``ingest``: ids, dates, outlets, duplicates, recurring blurbs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from onrecord.dates import FuzzyDate
from onrecord.ids import article_id
from onrecord.ingest import InMemoryIngestMemory, SourceMeta
from onrecord.ingest.published import from_text
from onrecord.record import DateSource
from onrecord.settings import IngestSettings

from .conftest import FIXTURES, run_ingest

BLURB = "Our reporters answer to you alone: more on this story every weekday at noon."


LEADS = (
    "Flynn spoke with Kislyak five times in December about sanctions, aides conceded.",
    "Sessions met the Russian envoy twice during the campaign, his spokeswoman confirmed.",
    "Kushner proposed a secret back channel to Moscow at a Trump Tower meeting, sources said.",
    "Manafort shared polling data with a Ukrainian associate in August, prosecutors wrote.",
)
CLOSES = (
    "The calls covered the expulsions and the transition, officials said.",
    "Neither meeting appeared in his confirmation testimony, officials said.",
    "The proposal went nowhere after the inauguration, officials said.",
    "The data went to a man the FBI ties to Russian intelligence, officials said.",
)


def _story(n: int) -> str:
    """Four different stories that carry the same blurb (not near-duplicates of one another)."""
    return f"Story {n}: {LEADS[n]}\n\n{BLURB}\n\n{CLOSES[n]}"


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_the_id_is_the_hash_of_the_clean_text_and_the_offsets_point_into_the_raw_text(
    settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    article = run_ingest([FIXTURES / "sessions_scrape.txt"], settings, memory).articles[0].article
    assert article.id == article_id(article.clean_text)
    for clean, raw, length in article.offsets.runs:
        assert article.raw_text[raw : raw + length] == article.clean_text[clean : clean + length]


def test_an_update_note_dates_the_article_the_day_before_and_records_the_update(
    settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    article = run_ingest([FIXTURES / "sessions_scrape.txt"], settings, memory).articles[0].article
    assert article.published is not None
    assert article.published.value == FuzzyDate.day(date(2017, 3, 1))
    assert article.published.updated == FuzzyDate.day(date(2017, 3, 2))
    assert article.published.source is DateSource.TEXT
    assert (
        article.title
        == "Sessions spoke twice with Russia's envoy while advising the Trump campaign"
    )


def test_page_metadata_outranks_a_stated_date_which_outranks_the_command_line(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    html = (FIXTURES / "flynn_page.html").read_text(encoding="utf-8")
    path = _jsonl(
        tmp_path / "a.jsonl",
        [
            {"html": html, "published": "2017-02-11"},
            {"text": _story(1), "published": "2017-02-11"},
            {"text": _story(2)},
            {"text": "No date anywhere in this sentence, officials said on Tuesday."},
        ],
    )
    meta = SourceMeta(published=date(2017, 2, 12))
    found = [a.article.published for a in run_ingest([path], settings, memory, meta).articles]
    assert [(p.source, p.value.iso()) for p in found if p] == [
        (DateSource.METADATA, "2017-02-10"),
        (DateSource.SIDECAR, "2017-02-11"),
        (DateSource.CLI, "2017-02-12"),
        (DateSource.CLI, "2017-02-12"),
    ]


def test_without_any_date_the_article_is_still_stored_undated(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Officials said the ambassador met the adviser last April at a hotel.")
    run = run_ingest([path], settings, memory)
    assert run.articles[0].article.published is None


def test_text_dates_come_from_a_dateline_else_the_latest_full_date_mentioned() -> None:
    dateline = from_text("WASHINGTON, Feb. 14, 2017 — Flynn resigned late Monday, aides said.")
    assert dateline and dateline.value.iso() == "2017-02-14" and dateline.confidence == 0.5
    mentioned = from_text("The meeting on April 27, 2016 was reported on May 13, 2016.")
    assert mentioned and mentioned.value.iso() == "2016-05-13" and mentioned.confidence == 0.3


def test_a_transcripts_title_dates_it() -> None:
    text = "FACE THE NATION transcript, January 15, 2017\nDICKERSON: Did anyone meet them?"
    found = from_text(text)
    assert found and found.value.iso() == "2017-01-15" and found.confidence == 0.55


def test_a_date_inside_a_title_rather_than_closing_it_is_only_a_mention() -> None:
    found = from_text("Remembering the Sept. 11, 2001 attacks in the city\nIt was a Tuesday.")
    assert found and found.confidence == 0.3


def test_no_date_comes_from_a_photo_caption_or_a_credit() -> None:
    text = (
        "Trump met the ambassador at a reception, the paper reported\n"
        "FILE - In this Sept. 22, 2009, file photo, the ambassador speaks in New York.\n"
        "The ambassador at the United Nations on Oct. 3, 2010. (AP Photo/Seth Wenig)\n"
        "The two men met last April, officials said."
    )
    assert from_text(text) is None


def test_no_date_comes_from_inside_a_quotation() -> None:
    text = 'On Jan. 5, 2017, the envoy said: "We met on March 3, 2019, in Vienna."'
    found = from_text(text)
    assert found and found.value.iso() == "2017-01-05"


def test_a_blurb_recurring_across_an_outlet_is_dropped_from_its_third_sighting(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _jsonl(tmp_path / "s.jsonl", [{"text": _story(n), "outlet": "Ledger"} for n in range(4)])
    texts = [a.article.clean_text for a in run_ingest([path], settings, memory).articles]
    assert [BLURB in text for text in texts] == [True, True, False, False]
    assert all("officials said." in text for text in texts)


def test_the_recurring_counter_is_per_outlet(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    rows = [{"text": _story(n), "outlet": f"Outlet {n}"} for n in range(4)]
    texts = [
        a.article.clean_text
        for a in run_ingest([_jsonl(tmp_path / "o.jsonl", rows)], settings, memory).articles
    ]
    assert all(BLURB in text for text in texts)


def test_a_near_duplicate_is_stored_and_linked_to_the_first_copy(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    text = (FIXTURES / "sessions_scrape.txt").read_text(encoding="utf-8")
    copy = text.replace("on Wednesday night", "late on Wednesday")
    path = _jsonl(tmp_path / "d.jsonl", [{"text": text}, {"text": copy}])
    first, second = (a.article for a in run_ingest([path], settings, memory).articles)
    assert first.id != second.id
    assert first.duplicate_of is None and second.duplicate_of == first.id


def test_re_ingesting_the_same_text_gives_the_same_id(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _jsonl(tmp_path / "r.jsonl", [{"text": _story(n), "outlet": "Ledger"} for n in range(2)])
    first = [a.article.id for a in run_ingest([path], settings, memory).articles]
    again = [a.article for a in run_ingest([path], settings, memory).articles]
    assert [a.id for a in again] == first
    assert all(a.duplicate_of is None for a in again)


def test_a_text_that_is_nothing_but_boilerplate_is_an_empty_input(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = tmp_path / "nav.txt"
    path.write_text("Subscribe\n\nDonate\n\nLatest\n\nSign up for our free newsletter\n")
    assert [e.code for e in run_ingest([path], settings, memory).errors] == ["OR103"]


def test_near_duplicate_thresholds_follow_the_settings(
    tmp_path: Path, settings: IngestSettings
) -> None:
    text = (FIXTURES / "sessions_scrape.txt").read_text(encoding="utf-8")
    other = text.replace("Sessions", "The senator")
    path = _jsonl(tmp_path / "d.jsonl", [{"text": text}, {"text": other}])
    strict = replace(settings, near_duplicate_jaccard=0.99, near_duplicate_containment=0.99)
    linked = run_ingest([path], settings, InMemoryIngestMemory()).articles
    apart = run_ingest([path], strict, InMemoryIngestMemory()).articles
    assert linked[1].article.duplicate_of == linked[0].article.id
    assert apart[1].article.duplicate_of is None
