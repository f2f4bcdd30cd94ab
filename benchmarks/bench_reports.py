"""Reports benchmark: each report (figures + PDF) over the 100,000-contact database, and
the pipeline PDF with the appendix of all 20,000 deals.

    python benchmarks/bench_reports.py [--contacts N] [--runs R] [--keep DIR] [--longtable]

--longtable also times one 20,000-row reportlab table, the naive layout the chunked
tables replace (slow: about half a minute).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from demo_database import demo_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--longtable", action="store_true")
    args = parser.parse_args()

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.domain.periods import Period

    path = demo_database(args.keep, "reports", args.contacts)
    db = open_database(path)
    services = build_services(db)
    today = services.reports.today().date()
    period = Period(date(today.year - 1, today.month, 1), today)
    print(f"DeskCRM reports benchmark — period {period.label}, median of {args.runs}")
    print(f"{'report':12s} {'figures':>10s} {'figures+PDF':>12s} {'pages':>6s}")
    for key in ("pipeline", "sales", "customers", "activity"):
        data_times, total_times, pages = [], [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            services.reports.build(key, period)
            data_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            pdf = services.reports.pdf(key, period)
            total_times.append(time.perf_counter() - started)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(
            f"{key:12s} {statistics.median(data_times) * 1000:8.0f} ms "
            f"{statistics.median(total_times) * 1000:10.0f} ms {pages:6d}"
        )
    started = time.perf_counter()
    pdf = services.reports.pdf("pipeline", period, appendix=True)
    elapsed = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"pipeline + appendix of every deal: {elapsed:.2f} s, {pages} pages")
    if args.longtable:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import LongTable, SimpleDocTemplate

        report = services.reports.build("pipeline", period, appendix=True)
        rows = report.tables[-1].rows
        started = time.perf_counter()
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
        doc.build([LongTable([report.tables[-1].columns, *rows], repeatRows=1)])
        print(f"baseline: one {len(rows):,}-row LongTable: {time.perf_counter() - started:.1f} s")
    db.close()


if __name__ == "__main__":
    main()
