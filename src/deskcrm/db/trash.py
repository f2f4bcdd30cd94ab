"""Soft delete: records go to the trash (deleted_at set) and can come back."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

Record = TypeVar("Record")


def live(session: Session, model: type[Record], record_id: int) -> Record | None:
    """The record if it exists and is not in the trash, else None."""
    record = session.get(model, record_id)
    return record if record is not None and getattr(record, "deleted_at") is None else None  # noqa: B009


def load(session: Session, model: type[Record], record_ids: list[int | None]) -> list[Record]:
    """Read these records into the session in one query, so that `live` (session.get)
    then finds them without a round trip each (a card move reads two deals). The
    session holds records weakly: keep the list returned while they are wanted."""
    wanted = [i for i in record_ids if i is not None]
    if len(wanted) < 2:
        return []
    return list(session.scalars(select(model).where(model.id.in_(wanted))))  # type: ignore[attr-defined]


def move_to_trash(session: Session, model: type[Any], ids: list[int], now: datetime) -> list[int]:
    """Returns the ids actually moved (ones already in the trash or missing are skipped)."""
    moved = []
    for record_id in ids:
        record = session.get(model, record_id)
        if record is not None and record.deleted_at is None:
            record.deleted_at = now
            session.add(record)
            moved.append(record_id)
    return moved


def restore_from_trash(session: Session, model: type[Any], ids: list[int]) -> None:
    for record_id in ids:
        record = session.get(model, record_id)
        if record is not None:
            record.deleted_at = None
            session.add(record)
