"""Run every ``bench/bench_*.py`` script and write each one's JSON to ``bench/results/``.

Each script prints one JSON object on stdout; they run one at a time in fresh processes so peak
memory figures are their own. ``python -m bench ingest extract`` runs only those; arguments
after ``--`` go to each script run (``python -m bench scale -- 1000 10000``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _scripts(names: list[str]) -> list[Path]:
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    return scripts


def _parse(stdout: str) -> object:
    """The script's JSON: all of stdout, or its last line when it printed notes before."""
    try:
        return json.loads(stdout)
    except json.JSONDecodeError:
        return json.loads(stdout.strip().splitlines()[-1])


def _run(script: Path, args: list[str]) -> dict[str, object]:
    """The script as a module of this package, so it can import the others (``bench.corpus``)."""
    started = time.perf_counter()
    command = [sys.executable, "-m", f"bench.{script.stem}", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE.parent)
    return {"result": _parse(done.stdout), "wall_seconds": round(time.perf_counter() - started, 2)}


def _split(argv: list[str]) -> tuple[list[str], list[str]]:
    """Script names, and the arguments after ``--`` for the scripts."""
    if "--" not in argv:
        return argv, []
    cut = argv.index("--")
    return argv[:cut], argv[cut + 1 :]


def main(argv: list[str]) -> None:
    names, args = _split(argv)
    RESULTS.mkdir(exist_ok=True)
    for script in _scripts(names):
        result = _run(script, args)
        (RESULTS / f"{script.stem}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(f"{script.stem}: {json.dumps(result)}")


if __name__ == "__main__":
    main(sys.argv[1:])
