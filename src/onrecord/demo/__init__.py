"""The bundled demo: original news-style articles about one story (see README.md beside this
module) and their gold annotations. :func:`run_demo` builds a case from them end to end:
ingest, extraction, resolution, the contradiction check and the dossier."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rich.table import Table

from onrecord.case import init_case
from onrecord.casebook import FILENAME
from onrecord.ingest import SourceMeta
from onrecord.pipeline import AddResult, CheckResult, add_sources, run_check
from onrecord.record import Article
from onrecord.report import Dossier, build_dossier, render_html, render_markdown


def corpus_path() -> Path:
    return Path(str(resources.files("onrecord").joinpath("demo", "corpus")))


def gold_path() -> Path:
    return Path(str(resources.files("onrecord").joinpath("demo", "gold")))


@dataclass(frozen=True)
class DemoSummary:
    folder: Path
    added: AddResult
    articles: tuple[Article, ...]
    checked: CheckResult
    dossier: Dossier

    def table(self) -> Table:
        table = Table(title=f"{len(self.articles)} articles in the demo case")
        for column in ("published", "outlet", "title"):
            table.add_column(column)
        for article in self.articles:
            published = article.published.value.iso() if article.published else "undated"
            table.add_row(published, article.outlet or "", article.title or article.origin)
        return table

    def contradictions_table(self, limit: int = 12) -> Table:
        """The strongest contradictions as the dossier groups them (one entry per denial, however
        many articles quote it): who said what, and whether the record already showed otherwise
        when it was said."""
        found = self.dossier.contradictions
        table = Table(
            title=f"{len(found)} statements the record contradicts (top {limit})",
            caption=f"{len(self.dossier.review)} more held for review, each with its reason "
            "(see the dossier)",
        )
        for column in ("speaker", "said", "timing", "confidence"):
            table.add_column(column)
        for item in found[:limit]:
            said = item.statement
            when = said.said.iso() if said.said else "?"
            table.add_row(
                said.speaker,
                f"“{said.words[:70]}” ({when})",
                item.timing.value.replace("_", " "),
                f"{item.confidence:.2f}",
            )
        return table

    def next_steps(self) -> list[str]:
        folder = self.folder
        return [
            f"onrecord check {folder}  — every contradiction, with the sentences it cites, "
            "then the findings for review with their reasons",
            f"onrecord export {folder} --format jsonl -o record.jsonl  — the whole record",
            "onrecord eval gold  — precision and recall against the demo's gold annotations",
        ]


DOSSIER_HTML = "dossier.html"
DOSSIER_MD = "dossier.md"


def _write_dossiers(case_folder: Path, dossier: Dossier) -> None:
    (case_folder / DOSSIER_HTML).write_text(render_html(dossier), encoding="utf-8")
    (case_folder / DOSSIER_MD).write_text(render_markdown(dossier), encoding="utf-8")


def run_demo(folder: Path) -> DemoSummary:
    """Create (or reuse) the demo case with the demo casebook and add the bundled corpus.

    Re-running adds nothing twice: article ids are content hashes."""
    case = init_case(folder)
    shutil.copyfile(gold_path() / FILENAME, case.casebook_path)
    result = add_sources(case, [str(corpus_path())], SourceMeta())
    checked = run_check(case)
    with case.store() as store:
        articles = tuple(store.articles())
        dossier = build_dossier(store, title="Dossier: the onrecord demo case")
    _write_dossiers(case.folder, dossier)
    return DemoSummary(folder, result, articles, checked, dossier)
