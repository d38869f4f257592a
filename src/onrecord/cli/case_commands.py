"""Commands that build a case: init, add, import.

The library (the store, ingest, spaCy behind the pipeline) is imported inside each command, so
``onrecord --help`` starts at once.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from onrecord.cli.app import CaseArg, DbOption, app
from onrecord.cli.output import Reporter, console, fail_on_error
from onrecord.errors import UsageError

if TYPE_CHECKING:
    from onrecord.case import Case


@app.command()
@fail_on_error
def init(case: CaseArg, db: DbOption = None) -> None:
    """Create a case folder: CASE/record.db (or the --db database) and CASE/casebook.yaml."""
    from onrecord.case import init_case

    created = init_case(case, db)
    console.print(f"case ready: {created.folder}", markup=False)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from error


class Engine(StrEnum):
    """Where extraction runs (``extract.engine``)."""

    local = "local"
    ray = "ray"


def _with_engine(case: Case, engine: Engine | None, ray_address: str | None) -> Case:
    """The case with the command line's engine choice over its settings."""
    extract = case.settings.extract
    extract = replace(
        extract,
        engine=engine.value if engine else extract.engine,
        ray_address=extract.ray_address if ray_address is None else ray_address,
    )
    return replace(case, settings=replace(case.settings, extract=extract))


@app.command()
@fail_on_error
def add(
    case: CaseArg,
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, URLs, feeds, .jsonl, .warc(.gz); - reads standard input."
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs without one."),
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs without one.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for a single plain-text input.")] = None,
    db: DbOption = None,
    engine: Annotated[
        Engine | None,
        typer.Option(
            help="Extract on local cores or on Ray (default: the extract.engine setting)."
        ),
    ] = None,
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="Ray cluster for --engine ray, e.g. ray://head:10001 (default: the "
            "extract.ray_address setting, then RAY_ADDRESS; with none, Ray starts here).",
        ),
    ] = None,
) -> None:
    """Add articles to the case; progress on stderr, failed inputs named with the reason."""
    from onrecord.case import open_case
    from onrecord.ingest import SourceMeta
    from onrecord.pipeline import add_sources

    meta = SourceMeta(published=_parse_date(published), outlet=outlet, url=url)
    opened = _with_engine(open_case(case, db), engine, ray_address)
    with Reporter("adding") as reporter:
        result = add_sources(
            opened, sources, meta, progress=reporter.advance, on_failure=reporter.failure
        )
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    unextracted = (
        f"; {result.unextracted} stored articles not extracted (OR112, kept until a newer "
        "extractor version)"
        if result.unextracted
        else ""
    )
    reporter.summary(
        f"{len(result.added)} added, {len(result.already_stored)} already stored, "
        f"{len(result.failed)} failed{skipped}; {result.extracted} articles extracted "
        f"({result.records} records){unextracted}; {result.candidates}",
        result.failed,
        result.skipped,
    )


@app.command("import")
@fail_on_error
def import_(
    case: CaseArg,
    source: Annotated[
        Path, typer.Argument(help="A JSONL export written with --with-text, or - for stdin.")
    ],
    db: DbOption = None,
) -> None:
    """Read a JSONL export into a new case: its articles, extraction, resolution, findings and
    your decisions, so exporting the case gives the same record."""
    from onrecord.case import init_case
    from onrecord.export.jsonl_import import import_jsonl
    from onrecord.record import Article

    created = init_case(case, db)
    with created.store() as store:
        if store.count(Article):
            raise UsageError(f"{case} already holds articles: import into a new case")
        with _lines(source) as lines:
            count = import_jsonl(store, lines)
    console.print(f"{count} records imported into {created.folder}", markup=False)


def _lines(source: Path) -> TextIO:
    """Standard input for ``-``, else the file."""
    if str(source) == "-":
        return nullcontext(sys.stdin)  # type: ignore[return-value]
    if not source.is_file():
        raise UsageError(f"no file {source}")
    return source.open(encoding="utf-8")
