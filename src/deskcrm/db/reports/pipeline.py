"""Read queries behind the pipeline report: open deals by expected close month, and every
deal for the appendix."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, String, cast, func, select, text
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db.names import shown_name


def open_by_close_month(session: Session) -> list[tuple[str, str, int, int, int]]:
    """("2026-12", currency, deals, value, value × probability in percent) of open deals
    with an expected close, by month and currency, months in order.

    The month is the first seven characters of the ISO date as text (both engines write
    a date as text that way).
    """
    rows = session.execute(
        text(
            "SELECT substr(CAST(d.expected_close AS TEXT), 1, 7), d.currency, count(*),"
            " sum(d.value_minor),"
            " sum(d.value_minor * coalesce(d.probability_override, s.probability))"
            " FROM deal d JOIN stage s ON s.id = d.stage_id"
            " WHERE d.status = 'open' AND d.deleted_at IS NULL AND d.expected_close IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY 1"
        )
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def every_deal(session: Session) -> Sequence[Row[int, str, str, str, str, int, str, str]]:
    """(id, title, contact, stage, status, value, currency, expected close or "") of every
    deal not in the trash: open ones first, then by stage and title.

    The expected close is read as ISO text, cast on both engines (parsing 20,000
    dates only to print them again cost the appendix a sixth of its time).
    """
    d, s, c = tables.deal.c, tables.stage.c, tables.contact.c
    rows = session.execute(
        select(
            d.id,
            d.title,
            shown_name(c),
            s.name,
            d.status,
            d.value_minor,
            d.currency,
            func.coalesce(cast(d.expected_close, String), ""),
        )
        .select_from(
            tables.deal.join(tables.stage, s.id == d.stage_id).outerjoin(
                tables.contact, c.id == d.contact_id
            )
        )
        .where(d.deleted_at.is_(None))
        .order_by(d.status != "open", s.position, d.title)
    )
    return rows.all()
