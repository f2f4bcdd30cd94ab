"""`deskcrm check`: integrity and foreign-key checks plus the schema version."""

from __future__ import annotations

from deskcrm.db.engine import Database
from deskcrm.db.integrity import IntegrityReport, run_checks

HealthReport = IntegrityReport


def check_database(db: Database) -> HealthReport:
    """Run SQLite's checks; `report.ok` is False on any problem."""
    return run_checks(db)
