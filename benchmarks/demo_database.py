"""The large demo database several benchmarks measure: built once, reused with --keep."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def demo_database(keep: Path | None, name: str, contacts: int) -> Path:
    """The path of a demo database of `contacts` people in `keep` (or a new temp folder),
    generated now unless it is already there (then opened once, which brings one kept
    from an earlier version up to this one's schema)."""
    from deskcrm.db.opening import open_database
    from deskcrm.services.demo.demo import generate_demo

    folder = keep or Path(tempfile.mkdtemp(prefix=f"deskcrm-{name}-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite3"
    if not path.exists():
        db = open_database(path)
        started = time.perf_counter()
        generate_demo(db, contacts=contacts, seed=1)
        print(f"built {contacts:,} contacts in {time.perf_counter() - started:.1f} s")
        db.close()
    else:
        open_database(path).close()
    return path
