"""What the CLI prints: results on stdout, progress and errors on stderr (Rich).

Progress bars appear only when stderr is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from onrecord.errors import InputError, OnrecordError, UsageError, describe

# Soft wrap: a message piped to a log or another program stays one line, however long.
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

DEBUG_ENV = "ONRECORD_DEBUG"  # set: an unexpected error shows its traceback
P = ParamSpec("P")
R = TypeVar("R")


def fail_on_error(command: Callable[P, R]) -> Callable[P, R]:
    """Turn onrecord's coded errors into a one-line message and the documented exit status; any
    other exception too (``OR000``, exit 1), unless ``ONRECORD_DEBUG`` asks for the traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except UsageError as error:
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from error
        except OnrecordError as error:
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from error
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except Exception as error:
            if os.environ.get(DEBUG_ENV):
                raise
            errors.print(f"error: {unexpected(error)}", markup=False, highlight=False)
            raise typer.Exit(1) from error

    return run


def unexpected(error: Exception) -> str:
    """A failure no rule foresaw, on one line a user can report: never a traceback."""
    return (
        f"[{OnrecordError.code}] {describe(error)}: a bug in onrecord; please report this line "
        f"(set {DEBUG_ENV}=1 to see the traceback)"
    )


class Reporter:
    """A progress counter on stderr for long work, then a summary and the failures by name."""

    def __init__(self, label: str) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed}"),
            TimeElapsedColumn(),
            console=errors,
            disable=not errors.is_terminal,
            transient=True,
        )
        self._task = self._progress.add_task(label, total=None)
        self._printed: set[InputError] = set()

    def __enter__(self) -> Reporter:
        self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def advance(self, current: str) -> None:
        self._progress.update(self._task, advance=1, description=current[-60:])

    def failure(self, failure: InputError) -> None:
        """Name a failed input as it happens, not only after a run that may take hours."""
        errors.print(f"failed: {failure}", markup=False, highlight=False)
        self._printed.add(failure)

    def summary(
        self, line: str, failed: Sequence[InputError], skipped: Sequence[object] = ()
    ) -> None:
        """Print the skipped files, the failures not printed yet and the summary; exit 1 when
        some inputs failed (the rest is stored)."""
        for entry in skipped:
            errors.print(f"skipped: {entry}", markup=False, highlight=False)
        for failure in failed:
            if failure not in self._printed:
                errors.print(f"failed: {failure}", markup=False, highlight=False)
        errors.print(line, markup=False, highlight=False)
        if failed:
            raise typer.Exit(1)
