"""Task reads needed outside the tasks view (the contact pane lists open tasks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from deskcrm.db.engine import Database
from deskcrm.db.types import from_db_timestamp


@dataclass(frozen=True)
class TaskSummary:
    id: int
    title: str
    due_at: datetime | None
    priority: int


class TaskService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open_for_contact(self, contact_id: int) -> list[TaskSummary]:
        """Undone tasks, soonest due first, undated last."""
        with self._db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT id, title, due_at, priority FROM task"
                    " WHERE contact_id = :c AND done_at IS NULL AND deleted_at IS NULL"
                    " ORDER BY due_at IS NULL, due_at, priority DESC"
                ),
                {"c": contact_id},
            )
            return [
                TaskSummary(r[0], r[1], from_db_timestamp(r[2]) if r[2] else None, r[3])
                for r in rows
            ]
