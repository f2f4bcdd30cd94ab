"""Read queries behind the sales report: deals closed in a period (counts, values, sales
cycle, lost reasons, the won ones) and the stages reached by deals created in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db import dialects
from deskcrm.db.names import shown_name
from deskcrm.db.types import to_db_timestamp


def _closed_in(start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    d = tables.deal.c
    return d.deleted_at.is_(None), d.closed_at >= start, d.closed_at < end


def closed_by_status(
    session: Session, start: datetime, end: datetime
) -> list[tuple[str, str, int, int, float]]:
    """(status, currency, deals, value, summed days from creation to close) of the deals
    won or lost in [start, end).

    The engine's days_between measures the days between the stored timestamps.
    """
    days = dialects.of(session).days_between("d.closed_at", "d.created_at")
    rows = session.execute(
        text(
            "SELECT d.status, d.currency, count(*), sum(d.value_minor),"
            f" sum({days})"
            " FROM deal d WHERE d.status IN ('won', 'lost') AND d.deleted_at IS NULL"
            " AND d.closed_at >= :start AND d.closed_at < :end"
            " GROUP BY d.status, d.currency"
        ),
        {"start": to_db_timestamp(start), "end": to_db_timestamp(end)},
    )
    return [(r[0], r[1], r[2], r[3], float(r[4] or 0)) for r in rows]


def lost_reasons(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    """(reason, deals) of the deals lost in [start, end), most frequent first."""
    d = tables.deal.c
    count = func.count()
    rows = session.execute(
        select(d.lost_reason, count)
        .where(d.status == "lost", *_closed_in(start, end))
        .group_by(d.lost_reason)
        .order_by(count.desc(), d.lost_reason)
    )
    return [(reason, n) for reason, n in rows]


def won_deals(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, str, str, int, str, str]]:
    """(id, title, contact, value, currency, UTC day closed) of the deals won in
    [start, end), largest first."""
    d, c = tables.deal.c, tables.contact.c
    rows = session.execute(
        select(
            d.id,
            d.title,
            shown_name(c),
            d.value_minor,
            d.currency,
            d.closed_at,
        )
        .select_from(tables.deal.outerjoin(tables.contact, c.id == d.contact_id))
        .where(d.status == "won", *_closed_in(start, end))
        .order_by(d.value_minor.desc())
    )
    return [(r[0], r[1], r[2], r[3], r[4], r[5].date().isoformat()) for r in rows]


def stage_reach(
    session: Session, start: datetime, end: datetime, ranks: dict[int, tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(stage id, top, deals): of the live deals created in [start, end), how many entered
    each stage, counted by the furthest rank (`top`) each of them reached in that stage's
    pipeline. `ranks` gives each stage its (pipeline id, rank); stages not in it rank 0.
    Counted by the engine: a few rows per stage, whatever the number of deals."""
    pipe = _case("e.stage_id", {stage: pipeline for stage, (pipeline, _r) in ranks.items()})
    rank = _case("e.stage_id", {stage: r for stage, (_p, r) in ranks.items()})
    return [
        (int(stage), int(top), int(deals))
        for stage, top, deals in session.execute(
            text(
                "WITH ranked AS (SELECT DISTINCT e.deal_id AS deal, e.stage_id AS stage,"
                f" {pipe} AS pipe, {rank} AS place"
                " FROM deal_stage_event e JOIN deal d ON d.id = e.deal_id"
                " WHERE d.deleted_at IS NULL AND d.created_at >= :start"
                " AND d.created_at < :end),"
                " furthest AS (SELECT deal, pipe, max(place) AS top FROM ranked"
                " GROUP BY deal, pipe)"
                " SELECT r.stage, f.top, count(*) FROM ranked r"
                " JOIN furthest f ON f.deal = r.deal AND f.pipe = r.pipe"
                " GROUP BY r.stage, f.top"
            ),
            {"start": to_db_timestamp(start), "end": to_db_timestamp(end)},
        )
    ]


def _case(column: str, values: dict[int, int]) -> str:
    """A CASE giving each of these ids its number (0 for any other)."""
    if not values:
        return "0"
    whens = " ".join(f"WHEN {int(k)} THEN {int(v)}" for k, v in values.items())
    return f"CASE {column} {whens} ELSE 0 END"
