"""``onrecord demo``: the bundled demo corpus, end to end, with the embedded defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from onrecord.cli.app import app
from onrecord.cli.output import console, fail_on_error


@app.command()
@fail_on_error
def demo(
    case: Annotated[Path, typer.Option("--case", help="Where to build the demo case.")] = Path(
        "demo-case"
    ),
) -> None:
    """Build a case from the bundled demo corpus and show what it holds."""
    from onrecord.demo import DOSSIER_HTML, DOSSIER_MD, run_demo  # the whole pipeline: load late

    summary = run_demo(case)
    console.print(summary.table())
    console.print(summary.contradictions_table())
    console.print(f"\nThe demo case is in {summary.folder}/. Next:", markup=False)
    for line in summary.next_steps():
        console.print(f"  {line}", markup=False)
    console.print(
        f"\nTo read it: open {summary.folder / DOSSIER_HTML} in a browser (the dossier, every "
        f"claim linked to its source sentence; Markdown: {summary.folder / DOSSIER_MD}), or run "
        f"the web app with `.venv/bin/onrecord serve {summary.folder}` and open "
        "http://127.0.0.1:8000/",
        markup=False,
        soft_wrap=True,
    )
