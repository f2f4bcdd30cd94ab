"""`deskcrm check`: integrity and foreign-key checks plus the schema version.

The check never writes to the file: it opens it read-only, after the same gate that
opening uses (db/opening.inspect_file), so another program's file or one carrying an
unexpected trigger or view is refused with the objects named, and left as it was.
"""

from __future__ import annotations

from pathlib import Path

from deskcrm.db.connect import connect
from deskcrm.db.engine import Database
from deskcrm.db.integrity import IntegrityReport, run_checks, run_checks_on
from deskcrm.db.opening import inspect_file, is_plain_sqlite
from deskcrm.errors import DatabaseOpenError

HealthReport = IntegrityReport


def check_database(db: Database) -> HealthReport:
    """Run SQLite's checks; `report.ok` is False on any problem."""
    return run_checks(db)


def check_file(path: Path, passphrase: str | None = None) -> HealthReport:
    """Check a file without changing it (no upgrade, no WAL switch, no application id).

    Raises DatabaseOpenError (naming what is wrong) for a file DeskCRM would refuse.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise DatabaseOpenError(f"{path}: no such database file")
    if is_plain_sqlite(path):
        passphrase = None
    inspect_file(path, passphrase)
    conn = connect(path, passphrase, readonly=True)
    try:
        return run_checks_on(conn, str(path))
    finally:
        conn.close()
