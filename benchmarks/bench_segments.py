"""Segments benchmark: counting saved segments over the 100,000-contact demo database (each
kind of condition alone, then combined), listing a segment's members, and bulk actions on a
whole segment, next to a bare sqlite3 count of the same table.

    python benchmarks/bench_segments.py [--contacts N] [--runs R] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from datetime import timedelta
from pathlib import Path

from demo_database import demo_database


def timed(runs: int, job) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.domain.segments import SegmentConditions as Seg

    path = demo_database(args.keep, "segments", args.contacts)
    db = open_database(path)
    services = build_services(db)
    today = services.tasks.now().date()
    spring = today - timedelta(days=120)
    cases = {
        "tag": Seg(tags_any=("VIP",)),
        "lifecycle": Seg(lifecycles=("customer",)),
        "city": Seg(city="berlin"),
        "company": Seg(company="Nordlicht Alpen GmbH"),
        "purchase count": Seg(purchases_min=2),
        "lifetime value": Seg(lifetime_min_minor=100_000),
        "last purchase": Seg(last_purchase_before=spring),
        "open deal": Seg(has_open_deal=True),
        "not contacted": Seg(not_contacted_days=90),
        "twice, not since spring": Seg(purchases_min=2, last_purchase_before=spring),
        "combined (6 conditions)": Seg(
            tags_any=("Newsletter",),
            lifecycles=("customer", "former"),
            purchases_min=2,
            lifetime_min_minor=50_000,
            has_open_deal=False,
            not_contacted_days=30,
        ),
        "RFM segment (At risk), scores kept": Seg(rfm_segment="At risk"),
    }
    bare = sqlite3.connect(path)
    base_ms, _ = timed(
        args.runs,
        lambda: bare.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone(),
    )
    print(f"DeskCRM segments benchmark — {args.contacts:,} contacts, median of {args.runs}")
    print(f"  baseline: sqlite3 count of all live contacts          {base_ms:7.1f} ms")
    print(f"  {'segment':42s} {'count':>8s} {'time':>9s}")
    for name, conditions in cases.items():
        ms, count = timed(args.runs, lambda c=conditions: services.segments.count(c))
        print(f"  {name:42s} {count:>8,} {ms:7.1f} ms")
    from deskcrm.services.contacts.segments import SegmentService

    cold = []
    for _ in range(3):
        fresh = SegmentService(db, services.contacts)  # nothing scored yet
        started = time.perf_counter()
        fresh.count(cases["RFM segment (At risk), scores kept"])
        cold.append(time.perf_counter() - started)
    print(
        f"  RFM segment, first count (scores every customer)    "
        f"{statistics.median(cold) * 1000:7.1f} ms"
    )
    combined = cases["twice, not since spring"]
    ms, ids = timed(args.runs, lambda: services.segments.contact_ids(combined))
    print(f"  members of 'twice, not since spring', in name order: {len(ids):,} in {ms:.1f} ms")
    ms, counts = timed(3, services.segments.with_counts)
    print(f"  sidebar: {len(counts)} saved segments with counts                {ms:7.1f} ms")
    everyone = services.segments.contact_ids(Seg())
    bulk = services.bulk
    for label, do in (
        ("add a tag", lambda: bulk.add_tag(everyone, "Benchmark")),
        ("change lifecycle", lambda: bulk.set_lifecycle(everyone, "former")),
        ("follow-up task each", lambda: bulk.create_follow_ups(everyone, "Call {name}", None)),
        ("log an email each", lambda: bulk.log_email(everyone, "Newsletter")),
    ):
        started = time.perf_counter()
        change = do()
        done = time.perf_counter() - started
        started = time.perf_counter()
        bulk.undo(change)
        undone = time.perf_counter() - started
        print(f"  bulk on all {len(everyone):,}: {label:22s} {done:6.2f} s, undo {undone:6.2f} s")
    db.close()


if __name__ == "__main__":
    main()
