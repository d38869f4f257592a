"""PolNeAR's articles as onrecord input: one JSONL line an article, with its outlet and date.

``metadata.tsv`` gives each article's publisher and publication date; a user would give the same
through sidecars or a JSONL export, so the articles go through ``onrecord add`` exactly as theirs
would. Each line's ``id`` is the article's PolNeAR name, which ingest keeps in the origin
(``path:N#NAME``), so stored articles map back to the gold by name.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from onrecord.evaluate.realnews_gold import SPLITS, article_path

METADATA = "metadata.tsv"
OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journalism",
}


@dataclass(frozen=True)
class PolnearArticle:
    name: str
    path: Path
    outlet: str
    published: str  # ISO date
    title: str


def read_metadata(data: Path) -> dict[str, dict[str, str]]:
    """``metadata.tsv`` rows by file name."""
    with (data / METADATA).open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def split_names(data: Path, splits: Iterable[str] = SPLITS) -> list[str]:
    """Every article name of the given splits, sorted."""
    return sorted(path.stem for split in splits for path in (data / split / "text").glob("*.txt"))


def polnear_articles(data: Path, names: Iterable[str]) -> Iterator[PolnearArticle]:
    metadata = read_metadata(data)
    for name in names:
        row = metadata.get(name, {})
        publisher = row.get("publisher", "")
        yield PolnearArticle(
            name=name,
            path=article_path(data, name),
            outlet=OUTLETS.get(publisher, publisher),
            published=row.get("publication_date", ""),
            title=row.get("title", ""),
        )


def write_jsonl(articles: Iterable[PolnearArticle], target: Path) -> Path:
    """The articles as one ``onrecord add``-able JSONL file."""
    with target.open("w", encoding="utf-8") as handle:
        for article in articles:
            line = {
                "id": article.name,
                "text": article.path.read_text(encoding="utf-8"),
                "outlet": article.outlet,
                "published": article.published or None,
                "title": article.title or None,
            }
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return target


def origin_name(origin: str) -> str:
    """The PolNeAR name of an article read from such a file (``path:N#NAME``)."""
    return origin.rpartition("#")[2]
