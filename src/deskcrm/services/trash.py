"""The trash: deleted companies, deals and tasks (and contacts) until the user empties it."""

from __future__ import annotations

from deskcrm.db import trash, trash_queries
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact, Deal, Task
from deskcrm.db.trash_queries import TrashItem

MODELS = {"contact": Contact, "company": Company, "deal": Deal, "task": Task}
LABELS = {"contact": "contacts", "company": "companies", "deal": "deals", "task": "tasks"}


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
