"""The bundled demo: original news-style articles about one story (see README.md beside this
module) and their gold annotations. :func:`run_demo` builds a case from them end to end."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rich.table import Table

from onrecord.case import init_case
from onrecord.casebook import FILENAME
from onrecord.ingest import SourceMeta
from onrecord.pipeline import AddResult, add_sources
from onrecord.record import Article


def corpus_path() -> Path:
    return Path(str(resources.files("onrecord").joinpath("demo", "corpus")))


def gold_path() -> Path:
    return Path(str(resources.files("onrecord").joinpath("demo", "gold")))


@dataclass(frozen=True)
class DemoSummary:
    folder: Path
    added: AddResult
    articles: tuple[Article, ...]

    def table(self) -> Table:
        table = Table(title=f"{len(self.articles)} articles in the demo case")
        for column in ("published", "outlet", "title"):
            table.add_column(column)
        for article in self.articles:
            published = article.published.value.iso() if article.published else "undated"
            table.add_row(published, article.outlet or "", article.title or article.origin)
        return table

    def next_steps(self) -> list[str]:
        return [f"onrecord export {self.folder} --format jsonl -o record.jsonl"]


def run_demo(folder: Path) -> DemoSummary:
    """Create (or reuse) the demo case with the demo casebook and add the bundled corpus.

    Re-running adds nothing twice: article ids are content hashes."""
    case = init_case(folder)
    shutil.copyfile(gold_path() / FILENAME, case.casebook_path)
    result = add_sources(case, [str(corpus_path())], SourceMeta())
    with case.store() as store:
        articles = tuple(store.articles())
    return DemoSummary(folder, result, articles)
