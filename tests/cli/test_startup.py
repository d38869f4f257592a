"""The command line starts at once: asking for help loads none of the heavy libraries (the
language model's stack, the database layer, the web stack, Ray, the exporters' libraries); only
the command that uses one loads it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "followthemoney", "sqlalchemy", "fastapi", "uvicorn", "ray")
HEAVY += ("networkx", "trafilatura")

# Runs the command as ``python -m onrecord`` does, then lists the heavy modules it loaded.
_PROBE = """
import json, runpy, sys
args, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["onrecord", *args]
try:
    runpy.run_module("onrecord", run_name="__main__")
except SystemExit:
    pass
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(heavy))
print(json.dumps(loaded), file=sys.stderr)
"""


def _heavy_modules_loaded(args: list[str]) -> list[str]:
    command = [sys.executable, "-c", _PROBE, json.dumps(args), json.dumps(HEAVY)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "args", [["--help"], ["add", "--help"], ["eval", "--help"], ["serve", "--help"]]
)
def test_asking_for_help_loads_no_heavy_library(args: list[str]) -> None:
    assert _heavy_modules_loaded(args) == []


def test_a_command_loads_the_library_it_uses(tmp_path: Path) -> None:
    """``init`` creates the case's database, so it loads the database layer (and the probe
    above sees what a command loads)."""
    assert "sqlalchemy" in _heavy_modules_loaded(["init", str(tmp_path / "case")])
