"""Read queries behind the activity report: interactions by hour and kind, tasks done,
and contacts nobody has touched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db.names import shown_name
from deskcrm.db.types import from_db_timestamp, to_db_timestamp


def interactions_by_hour(
    session: Session, start: datetime, end: datetime
) -> Iterator[tuple[datetime, str, int]]:
    """(UTC hour, kind, count) of live contacts' interactions in [start, end).

    SQLite-specific: buckets by the first 13 characters of the stored ISO text (the hour);
    a few hundred rows that the report then groups by local ISO week.
    """
    rows = session.execute(
        text(
            "SELECT substr(i.occurred_at, 1, 13), i.kind, count(*) FROM interaction i"
            " WHERE i.deleted_at IS NULL AND i.occurred_at >= :start AND i.occurred_at < :end"
            # The few contacts in the trash left out, not a look-up of each one's contact.
            " AND i.contact_id NOT IN (SELECT t.id FROM contact t"
            " WHERE t.deleted_at IS NOT NULL)"
            " GROUP BY 1, 2"
        ),
        {"start": to_db_timestamp(start), "end": to_db_timestamp(end)},
    )
    for hour, kind, count in rows:
        yield from_db_timestamp(hour + ":00:00.000000"), kind, count


def tasks_completed(session: Session, start: datetime, end: datetime) -> int:
    t = tables.task.c
    return session.execute(
        select(func.count())
        .select_from(tables.task)
        .where(t.deleted_at.is_(None), t.done_at >= start, t.done_at < end)
    ).scalar_one()


def _untouched(cutoff: datetime) -> tuple[ColumnElement[bool], ...]:
    c = tables.contact.c
    return c.deleted_at.is_(None), c.last_contacted_at.is_(None) | (c.last_contacted_at < cutoff)


def untouched_count(session: Session, cutoff: datetime) -> int:
    """Live contacts never contacted, or last contacted before `cutoff`."""
    return session.execute(
        select(func.count()).select_from(tables.contact).where(*_untouched(cutoff))
    ).scalar_one()


def untouched_first(
    session: Session, cutoff: datetime, limit: int
) -> list[tuple[int, str, str, str]]:
    """(id, name, lifecycle, last contacted day or "") of the first `limit` untouched
    contacts: customers first, then never contacted, then longest ago."""
    c = tables.contact.c
    rows = session.execute(
        select(c.id, shown_name(c), c.lifecycle, c.last_contacted_at)
        .where(*_untouched(cutoff))
        .order_by(
            (c.lifecycle == "customer").desc(), c.last_contacted_at.is_(None), c.last_contacted_at
        )
        .limit(limit)
    )
    # The UTC day, as the stored text's first ten characters read.
    return [(r[0], r[1], r[2], r[3].date().isoformat() if r[3] else "") for r in rows]
