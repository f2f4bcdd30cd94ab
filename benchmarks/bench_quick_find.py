"""Quick find benchmark: the command palette's search (Ctrl+K) on the 100,000-contact demo
database — contacts through the search index, companies, deals, tasks, cases and the
newest timeline entries by a few typed letters — over what people type (growing name
prefixes, and words of titles and notes), next to the search index's own query.

    python benchmarks/bench_quick_find.py [--contacts N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from pathlib import Path

from bench_foundation import p95, search_queries
from demo_database import demo_database

# Words of deal, task and case titles and timeline summaries, and a few that match nothing.
WORDS = ["es", "call", "invoice", "quote", "zzzz", "ber", "proposal", "mü", "tra", "retainer"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database

    path = demo_database(args.keep, "server", args.contacts)
    rng = random.Random(3)
    typed = search_queries(path, 150) + [rng.choice(WORDS) for _ in range(50)]
    db = open_database(path)
    quick_find = build_services(db).quick_find
    quick_find.find("warm")  # the first read pays for opening
    times = []
    for text in typed:
        started = time.perf_counter()
        quick_find.find(text)
        times.append((time.perf_counter() - started) * 1000)
    db.close()
    raw = sqlite3.connect(path)
    floor = []
    for text in typed:
        started = time.perf_counter()
        match = '"' + text.split()[0].replace('"', '""') + '"*'
        raw.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 5", (match,)
        ).fetchall()
        floor.append((time.perf_counter() - started) * 1000)
    raw.close()
    print(f"Quick find (Ctrl+K) — {args.contacts:,} contacts, {len(typed)} typed texts")
    print(
        f"  QuickFind.find, every kind:        {statistics.median(times):6.1f} ms median,"
        f" {p95(times):6.1f} ms p95"
    )
    print(
        f"  raw FTS5 MATCH … LIMIT 5 alone:    {statistics.median(floor):6.2f} ms median,"
        f" {p95(floor):6.2f} ms p95"
    )


if __name__ == "__main__":
    main()
