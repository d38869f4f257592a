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

CaseArg = Annotated[Path, typer.Argument(help="The case folder (record.db + casebook.yaml).")]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL instead of CASE/record.db, e.g. postgresql://…; also read from "
        "ONRECORD_DB.",
    ),
]
