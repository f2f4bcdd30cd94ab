"""Export benchmark: the real `deskcrm export` commands against a 100,000-contact demo
database, each started as its own process the way a user starts it, timed from start to
exit, with the child's peak memory (RSS); beside each, the floor: a plain sqlite3
`SELECT *` of the same tables written to a file, also in a process of its own.

    python benchmarks/bench_export.py [--contacts N] [--runs R] [--keep DIR] [--only KIND]

The demo database is made once with the real `deskcrm demo` command (in DIR with --keep,
reused when there). Every child gets a fresh HOME. The code measured is the `deskcrm` the
child imports (its path is printed): set PYTHONPATH to measure another checkout.
Each output's SHA-256 is printed (the JSON's `exported_at` line left out) so two
checkouts' outputs can be compared byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# What each export reads, for its floor.
FLOOR_TABLES = {
    "all": None,  # every table
    "contacts.csv": (
        "contact",
        "contact_email",
        "contact_phone",
        "contact_address",
        "contact_url",
        "contact_unparsed",
        "contact_tag",
        "tag",
        "company",
    ),
    "contacts.vcf": (
        "contact",
        "contact_email",
        "contact_phone",
        "contact_address",
        "contact_url",
        "contact_unparsed",
        "contact_tag",
        "tag",
        "company",
    ),
    "deals.csv": ("deal", "pipeline", "stage", "contact", "company"),
}
COMMANDS = {
    "all": ("export", "all", "out.json"),
    "contacts.csv": ("export", "contacts", "out.csv"),
    "contacts.vcf": ("export", "contacts", "out.vcf"),
    "deals.csv": ("export", "deals", "out.csv"),
}

# The floor: every row of the tables, each written as a tab-separated line.
FLOOR_SCRIPT = """
import sqlite3, sys
db, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
conn = sqlite3.connect(db)
if not names:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%fts%'")]
with open(out, "w", encoding="utf-8") as fh:
    for name in names:
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        while rows := cursor.fetchmany(2000):
            fh.writelines("\\t".join(map(str, row)) + "\\n" for row in rows)
"""


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run_child(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds from start to exit, the child's own CPU seconds (user + system: what
    other work on the machine does not inflate) and its peak RSS in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(command)} exited with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux: kB


def _figures(runs: list[tuple[float, float, float]]) -> str:
    wall, cpu, rss = ([run[i] for run in runs] for i in range(3))
    return (
        f"wall median {statistics.median(wall):6.2f} s p95 {p95(wall):6.2f} s,"
        f" CPU median {statistics.median(cpu):6.2f} s, peak RSS {max(rss):7.1f} MB"
    )


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for line in fh:
            if not line.startswith(b' "exported_at": '):
                digest.update(line)
    return digest.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder for the demo database, kept")
    parser.add_argument("--only", choices=sorted(COMMANDS), action="append")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskcrm-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="deskcrm-export-home-"))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env.pop("DESKCRM_DB", None)
    db = folder / f"demo{args.contacts}.sqlite3"
    deskcrm = [sys.executable, "-m", "deskcrm", "--db", str(db)]
    if not db.exists():
        started = time.perf_counter()
        subprocess.run(
            [*deskcrm, "demo", "--contacts", str(args.contacts)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"built the demo database in {time.perf_counter() - started:.1f} s")
    where = subprocess.run(
        [sys.executable, "-c", "import deskcrm; print(deskcrm.__file__)"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(
        f"DeskCRM export benchmark — {args.contacts:,} demo contacts, median and p95 of"
        f" {args.runs}, {os.cpu_count()} cores\n  code: {where}"
    )
    out = Path(tempfile.mkdtemp(prefix="deskcrm-export-out-"))
    for kind in args.only or list(COMMANDS):
        command = [*deskcrm, *COMMANDS[kind][:-1], str(out / COMMANDS[kind][-1])]
        tables = FLOOR_TABLES[kind] or ()
        floor_command = [sys.executable, "-c", FLOOR_SCRIPT, str(db), str(out / "floor.txt")]
        app = [run_child(command, env, out) for _ in range(args.runs)]
        floor = [run_child([*floor_command, *tables], env, out) for _ in range(args.runs)]
        written = out / COMMANDS[kind][-1]
        print(f"deskcrm export {kind.split('.')[0]} {written.name}")
        print(
            f"  DeskCRM  {_figures(app)}   {written.stat().st_size / 1e6:6.1f} MB written,"
            f" sha256 {fingerprint(written)}"
        )
        print(
            f"  floor    {_figures(floor)}   (sqlite3 SELECT * of"
            f" {', '.join(tables) or 'every table'} to a file)"
        )
    print(f"load average at the end: {', '.join(f'{n:.1f}' for n in os.getloadavg())}")
    for leftover in out.glob("*"):
        leftover.unlink()
    out.rmdir()


if __name__ == "__main__":
    main()
