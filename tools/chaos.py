"""Run the GUI chaos machine for longer than CI does, with faulthandler on.

    uv run python tools/chaos.py --rounds 5 --examples 40 --steps 30

Each round is a fresh pytest process running tests/gui/test_chaos.py with new random
draws; a crash (a signal exit) counts as a failure with its faulthandler trace kept.
Prints the steps run and the failures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--examples", type=int, default=30, help="sequences per round")
    parser.add_argument("--steps", type=int, default=25, help="steps per sequence at most")
    args = parser.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CHAOS_EXAMPLES": str(args.examples),
        "CHAOS_STEPS": str(args.steps),
        "PYTHONFAULTHANDLER": "1",
    }
    env.pop("CI", None)  # new draws every round
    steps = failures = 0
    for n in range(1, args.rounds + 1):
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
             "--timeout", "3600", "tests/gui/test_chaos.py"],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        found = re.search(r"chaos: (\d+) steps", run.stdout)
        steps += int(found.group(1)) if found else 0
        if run.returncode != 0:
            failures += 1
            log = ROOT / "benchmarks" / "out" / f"chaos-failure-{n}.log"
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(run.stdout + run.stderr)
            print(f"round {n}: FAILED (exit {run.returncode}); output in {log}")
        else:
            print(f"round {n}: {found.group(1) if found else '?'} steps, no failure")
    print(f"{args.rounds} rounds, {steps} steps run, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
