"""SQLite's own consistency checks (integrity_check, foreign_key_check) and counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

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
        raw = conn.connection.dbapi_connection
        revision = migrate.read_revision(raw)  # type: ignore[arg-type]
        integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        fk = [
            f"{r[0]} row {r[1]} points at a missing {r[2]}"
            for r in conn.execute(text("PRAGMA foreign_key_check"))
        ]
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")).scalar_one()
            for t in COUNTED
        }
    return IntegrityReport(str(db.path), revision, integrity, fk, counts)
