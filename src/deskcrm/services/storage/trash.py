"""The trash: deleted companies, deals, tasks and support cases (and contacts) until the
user empties it."""

from __future__ import annotations

from deskcrm.db import trash, trash_queries
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact, Deal, SupportCase, Task
from deskcrm.db.trash_queries import TrashItem

MODELS = {
    "contact": Contact,
    "company": Company,
    "deal": Deal,
    "task": Task,
    "case": SupportCase,
}
LABELS = {
    "contact": "contacts",
    "company": "companies",
    "deal": "deals",
    "task": "tasks",
    "case": "support cases",
}


class TrashService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def items(self, kind: str) -> list[TrashItem]:
        with self._db.reading() as session:
            return trash_queries.deleted(session, kind)

    def restore(self, kind: str, ids: list[int]) -> None:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, MODELS[kind], ids)

    def purge(self, kind: str, ids: list[int]) -> int:
        with self._db.transaction() as session:
            return trash_queries.purge(session, kind, ids)
