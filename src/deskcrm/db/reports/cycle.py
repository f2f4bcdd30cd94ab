"""Read queries behind the customer-cycle figures: the lead funnel, satisfaction answers
and support cases open now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db import dialects
from deskcrm.db.reports import plain_rows
from deskcrm.db.types import to_db_timestamp


def lead_conversions(
    session: Session, start: datetime, end: datetime
) -> list[tuple[str, float | None]]:
    """(source, days until the contact first became a customer, or None) of every live
    contact whose history starts as a lead in [start, end).

    no_index("c.deleted_at") keeps SQLite's planner walking the events of the period
    rather than every live contact.
    """
    dialect = dialects.of(session)
    live = dialect.no_index("c.deleted_at")
    days = dialect.days_between("min(won.changed_at)", "created.changed_at")
    rows = plain_rows(
        session,
        f"SELECT c.source, CAST({days} AS DOUBLE PRECISION)"
        " FROM lifecycle_event created JOIN contact c ON c.id = created.contact_id"
        " LEFT JOIN lifecycle_event won ON won.contact_id = c.id"
        "   AND won.to_lifecycle = 'customer'"
        " WHERE created.from_lifecycle = '' AND created.to_lifecycle = 'lead'"
        f" AND {live} IS NULL"
        " AND created.changed_at >= :start AND created.changed_at < :end"
        # c.id too: PostgreSQL reads c.source only when grouped by c's key.
        " GROUP BY created.id, c.id",
        {"start": to_db_timestamp(start), "end": to_db_timestamp(end)},
    )
    return rows


def feedback_by_month(
    session: Session, months: list[datetime], end: datetime
) -> list[tuple[int, str, int, int]]:
    """(month, kind, score, answers) of live contacts' answers given in [months[0], end),
    counted by the engine: `months` are the instants (UTC) the months begin, in order, and
    an answer's month is the index of the last one at or before it (the caller works out
    local months; a year of answers is at most a few hundred rows here).

    no_index("c.deleted_at") as in lead_conversions (the answers drive the join).
    """
    live = dialects.of(session).no_index("c.deleted_at")
    params: dict[str, object] = {f"m{k}": to_db_timestamp(at) for k, at in enumerate(months)}
    params["end"] = to_db_timestamp(end)
    month = " ".join(f"WHEN f.answered_at < :m{k} THEN {k - 1}" for k in range(1, len(months)))
    month = f"CASE {month} ELSE {len(months) - 1} END" if month else "0"
    rows = plain_rows(
        session,
        f"SELECT {month}, f.kind, f.score, count(*) FROM feedback f"
        f" JOIN contact c ON c.id = f.contact_id AND {live} IS NULL"
        " WHERE f.deleted_at IS NULL AND f.answered_at >= :m0 AND f.answered_at < :end"
        " GROUP BY 1, 2, 3",
        params,
    )
    return [(int(m), kind, int(score), int(n)) for m, kind, score, n in rows]


def cases_open_now(session: Session) -> int:
    """Cases not resolved, of live contacts, neither in the trash."""
    sc, c = tables.support_case.c, tables.contact.c
    return session.execute(
        select(func.count())
        .select_from(tables.support_case.join(tables.contact, c.id == sc.contact_id))
        .where(and_(sc.deleted_at.is_(None), c.deleted_at.is_(None), sc.status != "resolved"))
    ).scalar_one()
