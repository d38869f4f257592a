"""Commands that correct who is who: reject a false entity, rename one.

Each is stored as the user's decision (``store.decide``), apart from what resolve infers, and
``check`` runs again at once, so the record shows it; every later check reads it again, and the
JSONL export carries it. Merges and splits are made in the casebook or the web app. The store
and the pipeline are imported when a command runs, so ``onrecord --help`` starts at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from onrecord.cli.app import CaseArg, DbOption, app
from onrecord.cli.output import console, fail_on_error
from onrecord.errors import UsageError

if TYPE_CHECKING:
    from onrecord.record import Entity
    from onrecord.store import Store

EntityArg = Annotated[str, typer.Argument(help="The entity: its id, or its exact name.")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why, for the record.")]


def one_entity(store: Store, given: str) -> Entity:
    """The entity named by id or exact name (case-insensitive); ambiguity is an error."""
    from onrecord.store import queries

    try:
        return queries.one_entity(store, given)
    except queries.NotOneEntity as error:
        raise UsageError(str(error)) from error


@app.command()
@fail_on_error
def reject(case: CaseArg, entity: EntityArg, note: NoteOption = None, db: DbOption = None) -> None:
    """Reject a false entity ("HOST", "he"): it names no person, node or FtM entity again."""
    from onrecord.case import open_case
    from onrecord.pipeline import run_check

    opened = open_case(case, db)
    with opened.store() as store:
        found = one_entity(store, entity)
        store.decide("reject", found.id, note=note)
    run_check(opened)
    console.print(f"rejected {found.name} ({found.id})", markup=False)


@app.command()
@fail_on_error
def rename(
    case: CaseArg, entity: EntityArg, name: str, note: NoteOption = None, db: DbOption = None
) -> None:
    """Show an entity (and everyone merged into it) under NAME; the old name stays an alias."""
    if not name.strip():
        raise UsageError("give the new name")
    from onrecord.case import open_case
    from onrecord.pipeline import run_check

    opened = open_case(case, db)
    with opened.store() as store:
        found = one_entity(store, entity)
        store.decide("rename", found.id, value=name.strip(), note=note)
    run_check(opened)
    console.print(f"renamed {found.name} ({found.id}) to {name.strip()}", markup=False)
