"""Each report's figures once, over the last twelve months, in a new process on a database
that exists already (e.g. run_all's demo at a million): for `ab.py`, which runs it from
two source trees in turn.

    python benchmarks/ab.py --old /tmp/old --runs 3 -- bench_report_figures.py DB
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path


def main() -> None:
    from deskcrm.bootstrap import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.domain.periods import Period

    db = open_database(Path(sys.argv[1]))
    services = build_services(db)
    today = services.reports.today().date()
    period = Period(date(today.year - 1, today.month, 1), today)
    for key in ("pipeline", "sales", "customers", "activity"):
        started = time.perf_counter()
        services.reports.build(key, period)
        print(f"report {key}: {time.perf_counter() - started:.2f} s")
    db.close()


if __name__ == "__main__":
    main()
