"""SQLite's own consistency checks (integrity_check, foreign_key_check) and counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from deskcrm.db import migrate
from deskcrm.db.engine import Database

COUNTED = ("contact", "company", "deal", "interaction", "purchase", "task")


@dataclass(frozen=True)
class IntegrityReport:
    path: str
    schema_revision: str | None
    integrity: list[str]
    foreign_key_problems: list[str]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems


def run_checks(db: Database) -> IntegrityReport:
    with db.engine.connect() as conn:
        return run_checks_on(conn.connection.dbapi_connection, str(db.path))


def run_checks_on(raw: Any, path: str) -> IntegrityReport:
    """The checks over a DB-API connection (read-only is enough: nothing is written)."""
    revision = migrate.read_revision(raw)
    if revision is None:  # an empty database: nothing to count yet
        integrity = [r[0] for r in raw.execute("PRAGMA integrity_check")]
        return IntegrityReport(path, None, integrity, [], {})
    integrity = [r[0] for r in raw.execute("PRAGMA integrity_check")]
    fk = [
        f"{r[0]} row {r[1]} points at a missing {r[2]}"
        for r in raw.execute("PRAGMA foreign_key_check")
    ]
    counts = {
        t: raw.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
        for t in COUNTED
    }
    return IntegrityReport(path, revision, integrity, fk, counts)
