"""Run every ``bench/bench_*.py`` script and write each one's JSON to ``bench/results/``.

Each script prints one JSON object on stdout; they run one at a time in fresh processes so peak
memory figures are their own. ``python -m bench ingest extract`` runs only those.
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


def _run(script: Path) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=HERE.parent
    )
    return {"result": _parse(done.stdout), "wall_seconds": round(time.perf_counter() - started, 2)}


def main(names: list[str]) -> None:
    RESULTS.mkdir(exist_ok=True)
    for script in _scripts(names):
        result = _run(script)
        (RESULTS / f"{script.stem}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(f"{script.stem}: {json.dumps(result)}")


if __name__ == "__main__":
    main(sys.argv[1:])
