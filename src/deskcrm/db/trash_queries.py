"""What is in the trash, per kind of record, and removing it for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db import fts
from deskcrm.db.names import readable, shown_name_sql
from deskcrm.db.types import from_db_timestamp

# kind -> (table, SQL expression naming the record)
KINDS = {
    "contact": ("contact", shown_name_sql("contact")),
    "company": ("company", "name"),
    "deal": ("deal", "title"),
    "task": ("task", "title"),
    "case": ("support_case", "title"),
}


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: int
    title: str
    deleted_at: datetime


def deleted(session: Session, kind: str, limit: int = 10_000) -> list[TrashItem]:
    table, title = KINDS[kind]
    rows = session.execute(
        text(
            f"SELECT id, {title}, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
            " ORDER BY deleted_at DESC LIMIT :limit"
        ),
        {"limit": limit},
    )
    return [
        TrashItem(
            kind, r[0], readable(r[1]) if kind == "contact" else r[1], from_db_timestamp(r[2])
        )
        for r in rows
    ]


def purge(session: Session, kind: str, ids: list[int]) -> int:
    """Delete for good (only records that are in the trash)."""
    table, _title = KINDS[kind]
    removed = 0
    for record_id in ids:
        if kind == "contact":
            fts.remove_contacts(session, [record_id])
        result = session.execute(
            text(f"DELETE FROM {table} WHERE id = :i AND deleted_at IS NOT NULL"), {"i": record_id}
        )
        removed += result.rowcount or 0  # type: ignore[attr-defined]
    return removed
