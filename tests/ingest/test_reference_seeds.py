"""On the two reference articles beside the project (CI only), cleaning does what DESIGN.md's
worked example says: clutter lines go, the body and the dated update note stay, and 004 is dated
from its text. The assertions use DESIGN.md's words, nothing copied from the articles."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import Ingested, InMemoryIngestMemory, SourceMeta, ingest
from onrecord.settings import load_settings

APPEAL_WORDS = ("newsletter", "donat", "fundrais", "subscri", "readers")  # the blurbs' topics
CLUTTER_LINES = (
    "This story is over 5 years old.",
    "payment methods",
    "We Recommend",
    "Latest",
    "Subscribe",
    "Donate",
)


@pytest.fixture(scope="module")
def seeds(shared_data: Path) -> dict[str, Ingested]:
    folder = shared_data / "seeds"
    items = list(
        ingest([str(folder)], SourceMeta(), load_settings().ingest, InMemoryIngestMemory())
    )
    assert not [item for item in items if isinstance(item, InputError)]
    return {
        Path(item.article.origin).name[:3]: item for item in items if isinstance(item, Ingested)
    }


@pytest.mark.shared
def test_clutter_lines_named_in_the_design_are_removed(seeds: dict[str, Ingested]) -> None:
    for item in seeds.values():
        lines = {line.strip() for line in item.article.clean_text.splitlines()}
        assert not lines & set(CLUTTER_LINES)
        assert "newsletter" not in item.article.clean_text.casefold()


@pytest.mark.shared
def test_the_update_note_stays_and_dates_the_article(seeds: dict[str, Ingested]) -> None:
    article = seeds["004"].article
    assert "Update, 2/15/17" in article.clean_text
    assert article.published is not None
    assert article.published.value.start == date(2017, 2, 14)
    assert article.published.updated is not None
    assert article.published.updated.start == date(2017, 2, 15)


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
PUBLISHER_VOICE = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)


def _is_appeal(line: str) -> bool:
    """A fundraising or promotion blurb: its topic, or the publisher speaking as "we"."""
    unquoted = QUOTED.sub("", line)
    return any(word in line.casefold() for word in APPEAL_WORDS) or bool(
        PUBLISHER_VOICE.search(unquoted)
    )


@pytest.mark.shared
def test_every_long_sentence_of_the_raw_text_that_is_not_clutter_is_kept(
    seeds: dict[str, Ingested],
) -> None:
    for item in seeds.values():
        body_lines = [
            line.strip()
            for line in item.article.raw_text.splitlines()
            if len(line.split()) > 25 and not _is_appeal(line)
        ]
        missing = [line for line in body_lines if line not in item.article.clean_text]
        assert not missing
