"""Tags: the list a user filters contacts by."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from deskcrm.db.engine import Database


@dataclass(frozen=True)
class TagCount:
    id: int
    name: str
    contacts: int


class TagService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all_with_counts(self) -> list[TagCount]:
        with self._db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT t.id, t.name, count(c.id) FROM tag t"
                    " LEFT JOIN contact_tag ct ON ct.tag_id = t.id"
                    " LEFT JOIN contact c ON c.id = ct.contact_id AND c.deleted_at IS NULL"
                    " GROUP BY t.id ORDER BY t.name"
                )
            )
            return [TagCount(*r) for r in rows]
