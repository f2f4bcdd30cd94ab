"""Tags: the list a user filters contacts by."""

from __future__ import annotations

from dataclasses import dataclass

from deskcrm.db import tag_queries
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
            return [TagCount(*row) for row in tag_queries.tags_with_counts(session)]
