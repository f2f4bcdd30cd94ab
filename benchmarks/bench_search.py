"""Search-as-you-type benchmark on a kept demo database, with a workload two versions can
share: prefixes of the file's 40 most common first names ("an", "ann", "anna" …), so an
old and a new tree are compared on the same kind of queries even though their demo
generators made different people. Times the service call and the search until the list
has repainted (bench_foundation.search_latency), next to the bare FTS5 query.

    python benchmarks/bench_search.py --db DEMO.sqlite3 [--queries N]

For an old tree that lacks this script, copy it into the old tree's benchmarks/ and run
both with benchmarks/ab.py (each side on its own database):

    python benchmarks/ab.py --old /tmp/old --runs 9 bench_search.py \
        --db /tmp/ab/f-{tree}/bench.sqlite3
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
from pathlib import Path

from bench_foundation import p95, search_latency


def queries_of(db: Path, count: int, seed: int = 3) -> list[str]:
    conn = sqlite3.connect(db)
    names = [
        row[0]
        for row in conn.execute(
            "SELECT first_name FROM contact GROUP BY first_name ORDER BY count(*) DESC LIMIT 40"
        )
    ]
    conn.close()
    rng = random.Random(seed)
    queries: list[str] = []
    while len(queries) < count:
        word = rng.choice(sorted(names))
        queries += [word[:length].lower() for length in range(2, len(word) + 1)]
    return queries[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a kept demo database")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    times = search_latency(args.db, queries_of(args.db, args.queries))
    print(f"search benchmark — {args.queries} queries, median / p95")
    for name in ("service", "repaint", "baseline"):
        values = [t * 1000 for t in times[name]]
        print(f"  {name:9s} {statistics.median(values):7.2f} ms {p95(values):7.2f} ms")


if __name__ == "__main__":
    main()
