"""The ``onrecord`` command: a thin Typer layer over the library.

Exit status: 0 when everything was processed, 1 when some inputs failed (each named on stderr
with the reason; the others are stored), 2 for usage errors.
"""

from __future__ import annotations

from onrecord.cli import (
    case_commands,
    decision_commands,
    demo_command,
    eval_command,
    output_commands,
)
from onrecord.cli.app import app

__all__ = [
    "app",
    "case_commands",
    "decision_commands",
    "demo_command",
    "eval_command",
    "main",
    "output_commands",
]


def main() -> None:
    app()
