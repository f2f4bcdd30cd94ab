"""Old against new on the same machine in the same hour: a benchmark script run alternately
from two source trees (A, then B, then A …), each run in a process of its own, and every
figure it prints compared as the median over the runs.

    python benchmarks/ab.py --old /tmp/old --runs 5 -- bench_segments.py --keep /tmp/ab/{tree}

`--old` is a checkout of the earlier commit (e.g. `git worktree add /tmp/old b2e247e`);
the new tree is this one. Each side runs its own copy of the script (benchmarks/<script>
in its tree) with its own `src` first on PYTHONPATH; `{tree}` in the arguments becomes
"old" or "new", so each side keeps its own database (their schemas differ). A line's
figures are the numbers in it; lines are matched by their text with the numbers taken
out. A machine shared with other work is noisy: alternating spreads the noise over both
sides, and the median of several runs is what to quote.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _figures(output: str) -> dict[str, list[float]]:
    """Each printed line's numbers, keyed by the line with its numbers blanked out."""
    found: dict[str, list[float]] = {}
    for line in output.splitlines():
        numbers = NUMBER.findall(line)
        if not numbers:
            continue
        key = NUMBER.sub("#", line).strip()
        found[key] = [float(n.replace(",", "")) for n in numbers]
    return found


def _run(tree: Path, script: str, args: list[str], side: str) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(tree / "benchmarks" / script)]
    command += [arg.replace("{tree}", side) for arg in args]
    done = subprocess.run(
        command, cwd=tree / "benchmarks", env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{side}: {' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return _figures(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the earlier source tree")
    parser.add_argument("--runs", type=int, default=5, help="runs of each side")
    parser.add_argument("script", help="a script in benchmarks/ (both trees have it)")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="its arguments")
    options = parser.parse_args()
    trees = {"old": options.old.resolve(), "new": HERE.parent}
    runs: dict[str, list[dict[str, list[float]]]] = {"old": [], "new": []}
    for number in range(options.runs):
        for side in ("old", "new") if number % 2 == 0 else ("new", "old"):
            runs[side].append(_run(trees[side], options.script, options.args, side))
            print(f"run {number + 1}/{options.runs} {side} done", file=sys.stderr, flush=True)
    print(f"{options.script}: median of {options.runs} alternating runs, old | new | change")
    for key in runs["new"][0]:
        old = [r[key] for r in runs["old"] if key in r]
        new = [r[key] for r in runs["new"] if key in r and len(r[key]) == len(runs["new"][0][key])]
        if not old or not new or len(old[0]) != len(new[0]):
            continue
        columns = []
        for i in range(len(new[0])):
            a = statistics.median(r[i] for r in old if len(r) > i)
            b = statistics.median(r[i] for r in new)
            change = f"{(b - a) / a * 100:+.0f} %" if a else "—"
            columns.append(f"{a:g} | {b:g} | {change}")
        print(f"  {key}\n      " + "\n      ".join(columns))
    # Lines one side prints and the other does not (a label renamed since): their medians,
    # to be paired by eye.
    for side, other in (("old", "new"), ("new", "old")):
        keys = {key for run in runs[side] for key in run}
        theirs = {key for run in runs[other] for key in run}
        for key in sorted(keys - theirs):
            found = [r[key] for r in runs[side] if key in r]
            medians = [statistics.median(r[i] for r in found) for i in range(len(found[0]))]
            print(f"  only {side}: {key}  " + " | ".join(f"{m:g}" for m in medians))


if __name__ == "__main__":
    main()
