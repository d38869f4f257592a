"""Commands that read a case: check, report, export, serve.

Each command imports the library it runs (the store, the pipeline, the exporters, the web stack)
when it runs, so ``onrecord --help`` starts at once.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from onrecord.cli.app import CaseArg, DbOption, app
from onrecord.cli.output import console, errors, fail_on_error
from onrecord.errors import UsageError

if TYPE_CHECKING:
    from onrecord.report.build import ContradictionGroup

OutputOption = Annotated[
    str, typer.Option("--output", "-o", help="File to write, or - for standard output.")
]


def _sink(output: str) -> TextIO:
    """Standard output for ``-``; else the file, in a folder that must exist (a typo in a
    path should not silently create folders)."""
    if output == "-":
        return nullcontext(sys.stdout)  # type: ignore[return-value]
    path = Path(output)
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {output}: there is no folder {path.parent}")
    try:
        return path.open("w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from error


@app.command()
@fail_on_error
def export(
    case: CaseArg,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (the whole record, one JSON object per line); csv (one file per type: "
            "needs -o FOLDER); sqlite (a new database for Datasette: needs -o FILE); "
            "gexf or graphml (contact graph for Gephi); ftm (FollowTheMoney "
            "entities, lossy for statements); claimreview (schema.org JSON-LD drafts for human "
            "review).",
        ),
    ] = "jsonl",
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="File to write, or - for standard output; a folder for csv."
        ),
    ] = "-",
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Include each article's clean text.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export the record (streaming) to a file, standard output, or a folder (csv)."""
    from onrecord.case import open_case
    from onrecord.export import FORMAT_NAMES, FORMATS, PATH_FORMATS

    if format not in FORMATS and format not in PATH_FORMATS:
        raise UsageError(f"unknown format {format!r}; available: {', '.join(FORMAT_NAMES)}")
    if format in PATH_FORMATS and output == "-":
        place = "FOLDER" if format == "csv" else "FILE"
        raise UsageError(f"{format} writes files, not a stream: give -o {place}")
    with open_case(case, db).store() as store:
        if format in PATH_FORMATS:
            lines = PATH_FORMATS[format](store, Path(output), with_text)
        else:
            with _sink(output) as sink:
                lines = FORMATS[format](store, sink, with_text)
    errors.print(f"{lines} records exported", markup=False, highlight=False)


@app.command()
@fail_on_error
def check(
    case: CaseArg,
    db: DbOption = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print both lists as one JSON document on standard output."),
    ] = False,
) -> None:
    """Resolve across articles and find contradictions (re-runnable): the contradictions
    first, then the findings for review, each with the reason it is not a contradiction.
    Each line is tab-separated: timing or review reason, confidence, explanation."""
    from onrecord.case import open_case
    from onrecord.pipeline import run_check
    from onrecord.record import Listing
    from onrecord.report.build import contradiction_groups
    from onrecord.report.citations import CitationBook
    from onrecord.report.lookup import RecordLookup
    from onrecord.web.app import prepare_views  # the app's first reader finds them built

    opened = open_case(case, db)
    result = run_check(opened)
    with opened.store() as store:
        prepare_views(store)
        record = RecordLookup(store, CitationBook())
        claims = contradiction_groups(store, record, Listing.CONTRADICTION)
        held = contradiction_groups(store, record, Listing.REVIEW)
    if as_json:
        lists = {"contradictions": claims, "review": held}
        document = {name: [_claim_json(g) for g in groups] for name, groups in lists.items()}
        typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print_lists(claims, held)
    errors.print(
        f"{len(claims)} contradictions, {len(held)} for review (one per claim: "
        f"{len(result.contradictions)} and {len(result.review)} findings), "
        f"{len(result.evasions)} evasions, "
        f"{len(result.steps)} account steps; {result.events} resolved events, "
        f"{result.merged_entities} entity links, {result.memberships} memberships; "
        f"{result.written} rows changed",
        markup=False,
        highlight=False,
    )


def _print_lists(claims: Sequence[ContradictionGroup], held: Sequence[ContradictionGroup]) -> None:
    for group in claims:
        _print_claim(group.item.timing.value, group)
    if held:
        typer.echo("For review (not contradictions):")
    for group in held:
        reason = group.contradictions[0].reason
        _print_claim(f"review:{reason.value if reason else ''}", group)


def _claim_json(group: ContradictionGroup) -> dict[str, object]:
    """One claim with the findings it stands for: what a script needs to follow it up."""
    first = group.contradictions[0]
    return {
        "statement": first.statement,
        "timing": group.item.timing.value,
        "confidence": group.item.confidence,
        "explanation": group.item.explanation,
        "reason": first.reason.value if first.reason else None,
        "reason_text": first.reason_text or None,
        "findings": [c.id for c in group.contradictions],
        "against_events": sorted({e for c in group.contradictions for e in c.against_events}),
        "against_statements": sorted(
            {s for c in group.contradictions for s in c.against_statements}
        ),
    }


def _print_claim(label: str, group: ContradictionGroup) -> None:
    """One line per claim, strongest first: the same words however many articles quote them,
    with every contact held against them."""
    findings = len(group.contradictions)
    more = f" (one claim: {findings} findings)" if findings > 1 else ""
    _print_finding(label, group.item.confidence, group.item.explanation + more)


def _print_finding(label: str, confidence: float, explanation: str) -> None:
    typer.echo(f"{label}\t{confidence}\t{explanation}")


@app.command()
@fail_on_error
def report(
    case: CaseArg,
    format: Annotated[str, typer.Option("--format", help="md or html")] = "md",
    output: OutputOption = "-",
    db: DbOption = None,
) -> None:
    """Write the dossier: cast, contacts, statements, contradictions first."""
    from onrecord.case import open_case
    from onrecord.report import RENDERERS, build_dossier

    render = RENDERERS.get(format)
    if render is None:
        raise UsageError(f"unknown format {format!r}; available: {', '.join(RENDERERS)}")
    with open_case(case, db).store() as store:
        dossier = build_dossier(store, title=f"Dossier: {case.resolve().name}")
    with _sink(output) as sink:
        sink.write(render(dossier))
    errors.print(
        f"{len(dossier.contradictions)} contradictions, {len(dossier.review)} for review, "
        f"{len(dossier.timeline)} contacts, "
        f"{len(dossier.sources)} articles cited",
        markup=False,
        highlight=False,
    )


@app.command()
@fail_on_error
def serve(
    case: CaseArg,
    host: Annotated[str, typer.Option(help="Address to bind (this machine only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Require this token (16 characters or more) on every request (also read "
            "from ONRECORD_TOKEN): open URL/?token=T once in a browser; API clients send "
            "Authorization: Bearer T."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the web app and JSON API for the case."""
    import uvicorn

    from onrecord.case import open_case
    from onrecord.web.app import create_app
    from onrecord.web.security import TOKEN_ENV, strong

    opened = open_case(case, db)
    token = token or os.environ.get(TOKEN_ENV) or None
    if token:
        strong(token)  # refused by name before anything is served
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
    console.print(f"Serving {case} at {url}", markup=False, highlight=False)
    if token:
        console.print(f"A token is required: open {url}?token=… once.", markup=False)
    elif host not in ("127.0.0.1", "localhost", "::1"):
        errors.print(
            f"warning: {host} is reachable from other machines and no --token is set",
            markup=False,
            highlight=False,
        )
    if host in ("0.0.0.0", "::"):
        console.print(
            "Only requests naming 127.0.0.1, localhost or a host in the web.allowed_hosts "
            "setting are answered.",
            markup=False,
            highlight=False,
        )
    uvicorn.run(create_app(opened, token, host), host=host, port=port, log_level="warning")
