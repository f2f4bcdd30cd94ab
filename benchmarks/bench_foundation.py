"""Foundation benchmark: builds a 100,000-contact database and prints DeskCRM's figures
next to a plain-sqlite3 baseline doing the same work.

    python benchmarks/bench_foundation.py [--contacts N] [--runs R] [--keep DIR]

Figures: demo generation rate, cold start to a shown main window, first paint of the
contact list, search-as-you-type latency (service call, and until the list has
repainted; median and p95 over 200 queries), peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def build_app_database(path: Path, contacts: int) -> tuple[float, dict[str, int]]:
    from deskcrm.db.opening import open_database
    from deskcrm.services.demo.demo import generate_demo

    db = open_database(path)
    started = time.perf_counter()
    counts = generate_demo(db, contacts=contacts, seed=1)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, counts.__dict__


def baseline_inserts(source: Path, target: Path) -> tuple[float, int]:
    """Plain sqlite3: copy the same contacts and interactions with executemany (no
    validation, no indexes beyond the primary key, no search index)."""
    src = sqlite3.connect(source)
    contacts = src.execute(
        "SELECT id, first_name, last_name, primary_email, primary_phone, city FROM contact"
    ).fetchall()
    interactions = src.execute(
        "SELECT contact_id, kind, occurred_at, summary FROM interaction"
    ).fetchall()
    src.close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE contact(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,"
        " email TEXT, phone TEXT, city TEXT)"
    )
    conn.execute(
        "CREATE TABLE interaction(id INTEGER PRIMARY KEY, contact_id INT, kind TEXT,"
        " occurred_at TEXT, summary TEXT)"
    )
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO contact VALUES (?,?,?,?,?,?)", contacts)
        conn.executemany(
            "INSERT INTO interaction(contact_id, kind, occurred_at, summary) VALUES (?,?,?,?)",
            interactions,
        )
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, len(contacts) + len(interactions)


def start_up(mode: str, db: Path, state: Path, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, str(HERE / "startup_probe.py"), mode, str(db), str(state)],
            capture_output=True, text=True, check=True, env={**os.environ},
        )  # fmt: skip
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        key: statistics.median(r[key] for r in results) for key in ("shown", "painted", "rss_mb")
    }


def search_queries(db: Path, count: int, seed: int = 9) -> list[str]:
    """What people type: growing prefixes of real names in the file ('mü', 'mül', 'anna m')."""
    conn = sqlite3.connect(db)
    # The same 60 people in every run (the demo is seeded), so two versions are measured
    # on the same queries: ORDER BY random() gave each run its own mix, and its p95.
    names = conn.execute(
        "SELECT first_name, last_name FROM contact WHERE id % 1663 = 0 ORDER BY id LIMIT 60"
    ).fetchall()
    conn.close()
    rng = random.Random(seed)
    queries: list[str] = []
    while len(queries) < count:
        first, last = rng.choice(names)
        word = rng.choice((first, last, f"{first} {last[:2]}"))
        for length in range(2, len(word) + 1):
            queries.append(word[:length].lower())
    return queries[:count]


def search_latency(db_path: Path, queries: list[str]) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_main_window
    from deskcrm.db import fts
    from deskcrm.db.contact_queries import ContactFilter

    app = QApplication.instance() or QApplication([])
    window = build_main_window(db_path, db_path.with_suffix(".ini"))
    window.show()
    app.processEvents()
    view = window.contacts_view
    contacts = window._services.contacts
    service, repaint = [], []
    for typed in queries:
        started = time.perf_counter()
        contacts.list_ids(ContactFilter(text=typed))
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        view.search_edit.blockSignals(True)
        view.search_edit.setText(typed)
        view.search_edit.blockSignals(False)
        view._apply_filter()
        view.people_table.viewport().repaint()
        repaint.append(time.perf_counter() - started)
    window.close()

    conn = sqlite3.connect(db_path)
    raw = []
    for typed in queries:
        match = fts.match_expression(typed)
        started = time.perf_counter()
        conn.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (match,)).fetchall()
        raw.append(time.perf_counter() - started)
    conn.close()
    return {"service": service, "repaint": repaint, "baseline": raw}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="cold starts to take the median of")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskcrm-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.sqlite3"
    for leftover in folder.glob("bench*"):
        leftover.unlink()

    print(f"DeskCRM foundation benchmark — {args.contacts:,} contacts, {os.cpu_count()} cores")
    gen_s, counts = build_app_database(db, args.contacts)
    rows = sum(counts.values())
    print(f"\ndemo data       {gen_s:6.2f} s for {rows:,} records ({rows / gen_s:,.0f} rows/s)")
    print("                " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    base_s, base_rows = baseline_inserts(db, folder / "bench-baseline.sqlite3")
    print(f"  baseline      {base_s:6.2f} s for {base_rows:,} rows via sqlite3.executemany "
          f"({base_rows / base_s:,.0f} rows/s)")  # fmt: skip
    print(f"  file size     {db.stat().st_size / 2**20:,.0f} MiB")

    state = folder / "bench-ui.ini"
    app = start_up("app", db, state, args.runs)
    base = start_up("baseline", db, state, args.runs)
    print(f"\ncold start to shown window (median of {args.runs})")
    print(f"  DeskCRM       {ms(app['shown'])}   baseline {ms(base['shown'])}")
    print("first paint of the contact list (process start to painted rows)")
    print(f"  DeskCRM       {ms(app['painted'])}   baseline {ms(base['painted'])}")
    print(f"  list paint alone (after show): {ms(app['painted'] - app['shown'])}")
    print("peak RSS after scrolling the whole list")
    print(f"  DeskCRM       {app['rss_mb']:8.1f} MB   baseline {base['rss_mb']:8.1f} MB")

    queries = search_queries(db, args.queries)
    lat = search_latency(db, queries)
    print(f"\nsearch as you type ({len(queries)} queries, e.g. {', '.join(queries[:4])} …)")
    for key, label in (
        ("service", "service call"),
        ("repaint", "until list repainted"),
        ("baseline", "baseline FTS5 query"),
    ):
        values = lat[key]
        print(f"  {label:22s} median {ms(statistics.median(values))}   p95 {ms(p95(values))}")
    if not args.keep:
        for leftover in folder.glob("*"):
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
