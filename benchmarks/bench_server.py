"""Server benchmark: the same 100,000-contact demo database as a SQLite file and on a
PostgreSQL 15 server over loopback (started here, with PostgreSQL's default durability),
timed through the same services — search as you type, the contact list's first page, a
card move on the board, each report's figures — the SQLite figure beside each.

    python benchmarks/bench_server.py [--contacts N] [--queries Q] [--keep DIR]

Needs Debian's PostgreSQL 15 binaries (/usr/lib/postgresql/15/bin); as root the server
runs as an unprivileged user (tests/pg/server.py starts it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench_foundation import p95, search_queries
from demo_database import demo_database

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/pg/server.py

# The targets on a server (issue 18), in ms.
TARGETS = {
    "search": 20.0,
    "search, whole list": None,  # read in the background, after the first page shows
    "first page": 100.0,
    "card move": 10.0,
    "report": 3000.0,
}
PAGE = 100  # rows the contact list shows first


def _timed(job: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(address: Path | str, queries: list[str], moves: int) -> dict[str, list[float]]:
    """Each figure's times (ms) on the database at `address`."""
    from deskcrm.app import build_services
    from deskcrm.db.contact_queries import ContactFilter
    from deskcrm.db.deal_queries import DealFilter
    from deskcrm.db.opening import open_database
    from deskcrm.domain.periods import Period

    db = open_database(address)
    services = build_services(db)
    contacts, board = services.contacts, services.pipeline
    found: dict[str, list[float]] = {}
    contacts.list_ids(ContactFilter(text="warm"))  # the first query pays for connecting
    # What the user waits for as they type: the list's first page (first_ids; the contact
    # list shows it, then adds the rest from a background read, timed on the next line).
    found["search"] = []
    for typed in queries:
        found["search"] += _timed(
            lambda q=typed: contacts.first_ids(ContactFilter(text=q), PAGE), 1
        )
    found["search, whole list"] = []
    for typed in queries:
        found["search, whole list"] += _timed(
            lambda q=typed: contacts.list_ids(ContactFilter(text=q)), 1
        )
    found["first page"] = _timed(
        lambda: contacts.rows(contacts.list_ids(ContactFilter())[:PAGE]), 20
    )
    stages = [s.id for s in board.pipeline(1).open_stages]
    columns = board.board(1, DealFilter())
    rng = random.Random(5)
    found["card move"] = []
    while len(found["card move"]) < moves:
        source, target = rng.choice(stages), rng.choice(stages)
        deal, before = rng.choice(columns[source]), rng.choice(columns[target])
        if before == deal:
            continue
        found["card move"] += _timed(lambda d=deal, t=target, b=before: board.move_deal(d, t, b), 1)
        columns[source].remove(deal)
        columns[target].insert(columns[target].index(before), deal)
    today = services.reports.today().date()
    period = Period(date(today.year - 1, today.month, 1), today)
    for key in ("pipeline", "sales", "customers", "activity"):
        found[f"report: {key}"] = _timed(lambda k=key: services.reports.build(k, period), 3)
    db.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--moves", type=int, default=50)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()

    from tests.pg.server import start_server, stop_server

    from deskcrm.services.storage.move import move_database

    path = demo_database(args.keep, "server", args.contacts)
    queries = search_queries(path, args.queries)
    server = start_server(durable=True)
    try:
        server.admin("CREATE DATABASE deskcrm_bench TEMPLATE template0")
        url = server.url("deskcrm_bench")
        started = time.perf_counter()
        move_database(path, url)
        moved = time.perf_counter() - started
        print(f"moved {args.contacts:,} contacts to the server in {moved:.1f} s")
        on_server = measure(url, queries, args.moves)
    finally:
        stop_server(server)
    on_file = measure(path, queries, args.moves)
    print(
        f"DeskCRM on a PostgreSQL 15 server over loopback vs the SQLite file —"
        f" {args.contacts:,} contacts; median / p95 in ms"
    )
    print(f"  {'figure':20s} {'server':>17s} {'file':>17s} {'target (server)':>16s}")
    for name, times in on_server.items():
        target = TARGETS["report"] if name.startswith("report") else TARGETS[name]
        file_times = on_file[name]
        goal = "background" if target is None else "≤ " + format(target, "g")
        print(
            f"  {name:20s} {statistics.median(times):8.1f} / {p95(times):6.1f}"
            f" {statistics.median(file_times):8.1f} / {p95(file_times):6.1f}"
            f" {goal:>16s}"
        )


if __name__ == "__main__":
    main()
