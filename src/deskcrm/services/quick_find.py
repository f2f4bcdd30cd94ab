"""Quick find, the command palette's search (Ctrl+K): a few typed letters find contacts
(through the search index, ranked as the contact list ranks them), companies, deals,
tasks, support cases and timeline entries — a handful of each, in one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskcrm.db import contact_queries, quick_find_queries
from deskcrm.db.engine import Database
from deskcrm.domain.names import readable

# The kinds of record found, in the order the palette lists them.
KINDS = ("contact", "company", "deal", "task", "case", "entry")
# Timeline entries are many (every call and email): they are looked through from this
# many typed characters on, when the text says enough to find few.
ENTRIES_FROM_CHARS = 3


@dataclass(frozen=True)
class Found:
    """One record the palette offers: what kind, which one, what it is called, the line
    that places it, and the contact it belongs to (an entry opens on its contact)."""

    kind: str
    id: int
    title: str
    detail: str
    when: datetime | None = None
    contact_id: int | None = None


class QuickFind:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find(self, typed: str, per_kind: int = 5) -> list[Found]:
        """Records matching `typed`, grouped by kind in KINDS order (nothing for blank)."""
        typed = typed.strip()
        if not typed:
            return []
        found: list[Found] = []
        with self._db.reading() as session:
            ids = contact_queries.search_ranked(session, typed, per_kind)
            rows = contact_queries.contact_rows(session, ids)
            for contact_id in ids:
                row = rows.get(contact_id)
                if row is not None:
                    where = " · ".join(p for p in (row.company, row.email) if p)
                    found.append(Found("contact", contact_id, readable(row.name), where))
            lookups = [
                ("company", quick_find_queries.companies_named),
                ("deal", quick_find_queries.deals_titled),
                ("task", quick_find_queries.tasks_titled),
                ("case", quick_find_queries.cases_titled),
            ]
            if len(typed) >= ENTRIES_FROM_CHARS:
                lookups.append(("entry", quick_find_queries.entries_about))
            for kind, lookup in lookups:
                found += [
                    Found(kind, r.id, r.title, r.detail, r.when, r.contact_id)
                    for r in lookup(session, typed, per_kind)
                ]
        return found
