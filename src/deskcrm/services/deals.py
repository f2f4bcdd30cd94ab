"""Deal reads needed outside the pipeline board (the contact pane lists a contact's deals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from deskcrm.db.engine import Database


@dataclass(frozen=True)
class DealSummary:
    id: int
    title: str
    stage: str
    status: str
    value_minor: int
    currency: str
    expected_close: date | None


class DealService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_contact(self, contact_id: int) -> list[DealSummary]:
        """Open deals first, then closed ones, newest first within each."""
        with self._db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT d.id, d.title, s.name, d.status, d.value_minor, d.currency,"
                    " d.expected_close FROM deal d JOIN stage s ON s.id = d.stage_id"
                    " WHERE d.contact_id = :c AND d.deleted_at IS NULL"
                    " ORDER BY d.status != 'open', d.created_at DESC"
                ),
                {"c": contact_id},
            )
            return [
                DealSummary(
                    r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]) if r[6] else None
                )
                for r in rows
            ]
