"""The trash: deleted companies, deals, tasks and support cases (and contacts) until the
user empties it."""

from __future__ import annotations

from deskcrm.db import trash, trash_queries
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact, Deal, SupportCase, Task
from deskcrm.db.trash_queries import TrashItem
from deskcrm.services.changes import Applied, Changes

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

    def restore(self, kind: str, ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, MODELS[kind], ids)
        return _changes(kind, ids)

    def purge(self, kind: str, ids: list[int]) -> Applied[int]:
        """Delete for good; the value is how many went. Records that hung off them (a
        contact's deals, say) may go too, so the Changes say the kinds changed as a whole."""
        with self._db.transaction() as session:
            removed = trash_queries.purge(session, kind, ids)
        return Applied(removed, Changes.everything())


# The trash's kinds (singular, as the trash dialog names them) as the change bus names them.
BUS_KINDS = {
    "contact": "contacts",
    "company": "companies",
    "deal": "deals",
    "task": "tasks",
    "case": "cases",
}


def _changes(kind: str, ids: list[int]) -> Changes:
    """Records back from the trash: their kind reshapes; a contact or company coming back
    brings back what shows with it (its deals, tasks … on panes and lists)."""
    bus_kind = BUS_KINDS[kind]
    whole = list(BUS_KINDS.values()) if kind in ("contact", "company") else [bus_kind]
    return Changes.of(added_or_removed=[bus_kind], whole=whole) | Changes.of(
        **{bus_kind: ids}  # type: ignore[arg-type]
    )
