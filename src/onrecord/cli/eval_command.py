"""``onrecord eval``: the scorers of :mod:`onrecord.evaluate`, printed as a table or as JSON.

The commands only call the library and format its dict, so the figures a user sees are the ones
the quality gate pins (``quality/floors.json``). Each command imports its scorer (and so the
pipeline) when it runs, so ``onrecord --help`` starts at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from onrecord.cli.app import app
from onrecord.cli.output import console, fail_on_error
from onrecord.errors import UsageError

if TYPE_CHECKING:
    from rich.table import Table

eval_app = typer.Typer(
    help="Measure the pipeline against annotated data (precision, recall, F1).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

JsonOption = Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")]
DataArg = Annotated[Path, typer.Argument(help="The annotated data folder.", exists=True)]

_SCORES = ("precision", "p", "recall", "r", "f1", "accuracy")


def score_rows(result: Mapping[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every nested figure that carries a score, with its dotted path (``statements.speaker``)."""
    if any(score in result for score in _SCORES):
        yield path or "overall", dict(result)
    for key, value in result.items():
        if isinstance(value, Mapping):
            yield from score_rows(value, f"{path}.{key}" if path else key)


def score_table(title: str, result: Mapping[str, Any]) -> Table:
    from rich.table import Table

    table = Table(title=title, caption="counts: tp/fp/fn, or correct/total")
    table.add_column("figure", no_wrap=True)
    for column in ("P", "R", "F1", "accuracy"):
        table.add_column(column, justify="right", no_wrap=True, min_width=5)
    table.add_column("counts", no_wrap=True)
    for name, figures in score_rows(result):
        table.add_row(
            name,
            _cell(figures.get("precision", figures.get("p"))),
            _cell(figures.get("recall", figures.get("r"))),
            _cell(figures.get("f1")),
            _cell(figures.get("accuracy")),
            _counts(figures),
        )
    return table


def _cell(value: Any) -> str:
    """Scores to three decimals, so the table fits a terminal."""
    if value is None:
        return ""
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _counts(figures: Mapping[str, Any]) -> str:
    """Compact: ``tp/fp/fn`` for detection, ``correct/total`` for accuracy."""
    for keys in (("tp", "fp", "fn"), ("correct", "total"), ("correct", "gold")):
        if all(key in figures for key in keys):
            return "/".join(str(figures[key]) for key in keys)
    return ""


def show(title: str, result: Mapping[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        console.print(score_table(title, result))


@eval_app.command("polnear")
@fail_on_error
def polnear(
    folder: DataArg,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Score only the first N documents by name.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Attribution (source, cue, content spans; exact and overlap) on PolNeAR brat files."""
    from onrecord.evaluate import evaluate_polnear

    show(f"PolNeAR: {folder}", evaluate_polnear(folder, limit), as_json)


@eval_app.command("timeml")
@fail_on_error
def timeml(folder: DataArg, as_json: JsonOption = False) -> None:
    """Date normalisation on TimeML files, anchored on each document's creation time."""
    from onrecord.evaluate import evaluate_timeml

    show(f"TimeML: {folder}", evaluate_timeml(folder), as_json)


@eval_app.command("gold")
@fail_on_error
def gold(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Articles to add (default: the bundled demo corpus).", exists=True),
    ] = None,
    gold_file: Annotated[
        Path | None,
        typer.Option("--gold", help="Gold JSONL (default: the demo gold set).", exists=True),
    ] = None,
    casebook: Annotated[
        Path | None,
        typer.Option(
            "--casebook", help="Casebook (default: casebook.yaml beside the gold).", exists=True
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The whole pipeline against onrecord's own gold format, per record type."""
    from onrecord.demo import corpus_path, gold_path
    from onrecord.evaluate import evaluate_gold

    corpus = folder or corpus_path()
    result = evaluate_gold(corpus, gold_file or gold_path(), casebook)
    show(f"Gold set: {corpus}", result, as_json)


@eval_app.command("bodytext")
@fail_on_error
def bodytext(
    folder: DataArg,
    pages: Annotated[
        int | None,
        typer.Option(
            "--pages",
            min=1,
            help="How many articles to set into pages (default: enough for every layout).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Body text kept from pages: PolNeAR article text in written page shells, read by
    trafilatura alone, by onrecord from the HTML, and from the page's whole text."""
    from onrecord.evaluate import evaluate_bodytext
    from onrecord.evaluate.bodytext import PAGES

    result = evaluate_bodytext(folder, pages or PAGES)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    overall = {
        name: {key: figure for key, figure in value.items() if key != "layouts"}
        for name, value in result.items()
        if isinstance(value, dict)
    }
    console.print(score_table(f"Body text on {result['pages']} pages: {folder}", overall))


@eval_app.command("realnews")
@fail_on_error
def realnews(
    folder: DataArg,
    gold_dir: Annotated[
        Path | None,
        _gold_option("real-news gold", "gold.jsonl, flags.jsonl, casebook.yaml", "realnews"),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Real news: all PolNeAR train+dev articles in one case, scored on the hand-annotated
    ones (statements, contacts, contradictions) and on the judged flags."""
    from onrecord.evaluate import evaluate_realnews
    from onrecord.evaluate.realnews import default_gold_dir

    result = evaluate_realnews(folder, _labels(gold_dir, default_gold_dir(), "real-news gold"))
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    held_out = result.get("holdout", {}).get("articles", 0)
    title = f"Real news: {folder} ({result['articles']} annotated, {held_out} held out)"
    console.print(score_table(title, result))
    show_miss_causes(result)
    show_fresh(result.get("fresh", {}))
    show_misses(result["misses"])
    show_flags(result["flags"])


@eval_app.command("wire")
@fail_on_error
def wire(
    folder: DataArg,
    gold_dir: Annotated[
        Path | None,
        _gold_option("wire labels", "gold.jsonl, stances.jsonl, contact_dates.jsonl", "wire"),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Wire and broadcast news of 1989–2000: every TempEval-3 text (TimeBank, AQUAINT) in one
    case, scored on blind labels of contacts, denials and stances."""
    from onrecord.evaluate.wire import default_wire_dir, evaluate_wire

    gold = _labels(gold_dir, default_wire_dir(), "wire labels")
    show(f"Wire news: {folder}", evaluate_wire(folder, gold), as_json)


def _gold_option(what: str, files: str, checkout_folder: str) -> Any:
    """The ``--gold`` option of a real-text evaluation, whose labels default to
    ``quality/<checkout_folder>`` of this checkout."""
    return typer.Option(
        "--gold",
        help=f"The {what} folder ({files}; default: quality/{checkout_folder} of this checkout).",
        exists=True,
        file_okay=False,
    )


def _labels(given: Path | None, default: Path, what: str) -> Path:
    """The labels folder passed, else the checkout's — which an installed package lacks."""
    folder = given or default
    if not folder.is_dir():
        raise UsageError(f"no {what} at {folder}: pass --gold FOLDER")
    return folder


def show_miss_causes(result: Mapping[str, Any]) -> None:
    """Why contacts and denials were missed, in counts, for the tuned-on and the held-out
    articles alike: where the held-out set fails, without a held-out miss to read."""
    console.print("[bold]Why missed[/bold] (counts):")
    parts = [("tuned on", result)]
    if "holdout" in result:
        parts.append(("held out", result["holdout"]))
    for name, part in parts:
        for what, causes in part["miss_causes"].items():
            counts = ", ".join(f"{cause.replace('_', ' ')} {n}" for cause, n in causes.items())
            console.print(f"- {name}, {what}: {counts}", markup=False, highlight=False)


def show_fresh(fresh: Mapping[str, Any]) -> None:
    """Blind labels on articles no gold covers: the denials among labelled statements, the
    contacts in labelled sentences the extractor reads, and the contacts it reports there
    judged with their dates."""
    if "stances" in fresh:
        stances, deny = fresh["stances"], fresh["stances"]["deny"]
        console.print(
            f"[bold]Fresh articles[/bold]: {stances['statements']} statements labelled blind; "
            f"stance {stances['stance']}, denials P {deny['precision']} R {deny['recall']} "
            f"F1 {deny['f1']} (sure labels only: F1 {stances['deny_sure']['f1']})"
        )
    if "contacts" in fresh:
        contacts = fresh["contacts"]
        console.print(
            f"[bold]Fresh articles[/bold]: {contacts['found']} of {contacts['contacts']} "
            f"contacts read in {contacts['sentences']} labelled sentences; "
            f"{contacts['reported_where_none']} reported where the reader saw none"
        )
    if "contact_dates" in fresh:
        dates = fresh["contact_dates"]
        console.print(
            f"[bold]Fresh articles[/bold]: of {dates['reported']} reported contacts read blind, "
            f"{dates['contacts']} are contacts, {dates['same_people']} between the people "
            f"reported; dates right {dates['date']['accuracy']}, dated where the text dates "
            f"{dates['where_text_dates']['accuracy']}"
        )


def show_misses(misses: list[dict[str, Any]]) -> None:
    """The worst misses, one a line with its article and span, so each can be looked up."""
    console.print("[bold]Worst misses[/bold] (denials and evasions first, then contacts):")
    for miss in misses:
        words = " ".join(miss["text"].split())
        where = f"{miss['article']} @{miss['start']}-{miss['end']}"
        console.print(
            f"- {miss['what']}; gold {miss['gold']}; {where}: “{words[:140]}”",
            markup=False,
            highlight=False,
        )


def show_flags(flags: dict[str, Any]) -> None:
    """How many flags a fact-checker judged right, and why the others were wrong."""
    top = flags["top"]
    console.print(
        f"[bold]Judged flags[/bold]: {flags['labeled']} of {flags['total']} labeled; precision "
        f"{flags['precision']} (the first {top['flags']} by confidence: {top['precision']})"
    )
    for failure, count in flags["failures"].items():
        console.print(f"- {failure}: {count}", markup=False, highlight=False)
    if flags["unlabeled"]:
        console.print(
            f"{flags['unlabeled']} flags carry no verdict yet: --json lists them with their "
            "keys under flags.unlabeled_flags (add verdicts to quality/realnews/flags.jsonl)."
        )
    show_review(flags["review"])
    show_reliability(flags.get("reliability", []))


def show_reliability(table: list[dict[str, Any]]) -> None:
    """Confidence against judgement: the share of labeled findings judged correct per bin."""
    console.print("[bold]Reliability[/bold] (both lists; confidence → share judged correct):")
    for row in table:
        share = row["correct_share"]
        shown = "no labels" if share is None else f"{share:.3f} correct"
        console.print(
            f"- {row['confidence']}: {row['findings']} findings, {row['labeled']} labeled, {shown}",
            markup=False,
            highlight=False,
        )


def show_review(review: dict[str, Any]) -> None:
    """The list for review apart: its size, reasons, and what earlier labels say of it."""
    console.print(
        f"[bold]For review[/bold] (not contradictions): {review['total']} findings, "
        f"{review['labeled']} covered by earlier labels (precision {review['precision']})"
    )
    for reason, count in review["reasons"].items():
        console.print(f"- {reason}: {count}", markup=False, highlight=False)
