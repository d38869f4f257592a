"""The Typer application and the arguments every command shares."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="onrecord",
    help="A sourced record of who said what, who met whom and when, and which statements the "
    "record contradicts — built from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version  # a tenth of a second: only when asked

        typer.echo(f"onrecord {version('onrecord')}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Options for every command."""


CaseArg = Annotated[Path, typer.Argument(help="The case folder (record.db + casebook.yaml).")]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL instead of CASE/record.db, e.g. postgresql://…; also read from "
        "ONRECORD_DB.",
    ),
]
