"""Commands that build a case: init, add, check."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from onrecord.case import init_case, open_case
from onrecord.cli.app import CaseArg, DbOption, app
from onrecord.cli.output import Reporter, console, fail_on_error
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources


@app.command()
@fail_on_error
def init(case: CaseArg, db: DbOption = None) -> None:
    """Create a case folder: CASE/record.db (or the --db database) and CASE/casebook.yaml."""
    created = init_case(case, db)
    console.print(f"case ready: {created.folder}", markup=False)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from error


@app.command()
@fail_on_error
def add(
    case: CaseArg,
    sources: Annotated[
        list[str], typer.Argument(help="Files, folders, URLs, feeds, .jsonl, .warc(.gz).")
    ],
    published: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs without one."),
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for inputs without one.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for a single plain-text input.")] = None,
    db: DbOption = None,
) -> None:
    """Add articles to the case; progress on stderr, failed inputs named with the reason."""
    meta = SourceMeta(published=_parse_date(published), outlet=outlet, url=url)
    opened = open_case(case, db)
    with Reporter("adding") as reporter:
        result = add_sources(opened, sources, meta, progress=reporter.advance)
    reporter.summary(
        f"{len(result.added)} added, {len(result.already_stored)} already stored, "
        f"{len(result.failed)} failed; {result.extracted} articles extracted "
        f"({result.records} records)",
        result.failed,
    )
