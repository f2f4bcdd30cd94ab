"""Read queries behind the customers report: revenue, and each customer's purchase totals
all time and within the period (live purchases of live contacts only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby, pairwise
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db import dialects
from deskcrm.db.names import readable, shown_name_sql
from deskcrm.db.reports import plain_rows
from deskcrm.db.types import from_db_timestamp, to_db_timestamp

_bought = tables.purchase.join(tables.contact, tables.contact.c.id == tables.purchase.c.contact_id)


def _live() -> tuple[ColumnElement[bool], ...]:
    return tables.purchase.c.deleted_at.is_(None), tables.contact.c.deleted_at.is_(None)


def revenue_by_currency(
    session: Session, start: datetime, end: datetime
) -> list[tuple[str, int, int]]:
    """(currency, orders, total minor units) of the purchases in [start, end)."""
    p = tables.purchase.c
    rows = session.execute(
        select(p.currency, func.count(), func.sum(p.amount_minor))
        .select_from(_bought)
        .where(*_live(), p.purchased_at >= start, p.purchased_at < end)
        .group_by(p.currency)
    )
    return [(currency, count, total) for currency, count, total in rows]


@dataclass(slots=True)
class CustomerTotals:
    """One customer's purchases before the end of a period, in all currencies (the
    customers report's line: `name` is filled in for the lines it shows)."""

    contact_id: int
    currency: str  # the one most of their purchases are in (ties: the first by code)
    purchases: int  # in every currency
    lifetime_minor: int  # in `currency`: amounts in different currencies are not added
    last_text: str  # their last purchase's time as stored (see last_at)
    days_since: int  # whole days from their last purchase to the as-of time (0 if after)
    span_days: float  # from their first purchase ever to their last
    new: bool  # their first purchase ever is in the period
    purchases_in_period: int
    span_in_period_days: float  # from their first purchase in the period to their last
    name: str = ""

    @property
    def last_at(self) -> datetime:
        """Read when asked: a report shows it for a few dozen of its lines."""
        return from_db_timestamp(self.last_text)

    @property
    def interval_days(self) -> float | None:
        """The mean days between two purchases (None with fewer than two)."""
        if self.purchases < 2:
            return None
        return self.span_days / (self.purchases - 1)


def customer_totals(
    session: Session, start: datetime, end: datetime, as_of: datetime
) -> list[CustomerTotals]:
    """Every customer with a purchase before `end` (live purchases of live contacts), one
    line each. The engine sums by customer and currency and measures the spans; the rare
    customer who paid in several currencies is folded into one line here (cheaper than
    window functions over every customer: a tenth of a second in 50,000)."""
    dialect = dialects.of(session)
    days = dialect.days_between
    rows = plain_rows(
        session,
        "SELECT cid, cur, n, total, first_at, last_at, n_in, first_in, last_in,"
        f" CAST({days('last_at', 'first_at')} AS DOUBLE PRECISION),"
        f" CAST(CASE WHEN n_in > 0 THEN {days('last_in', 'first_in')} ELSE 0 END"
        " AS DOUBLE PRECISION),"
        f" {dialect.whole_days_between(':as_of', 'last_at')}"
        " FROM (SELECT p.contact_id AS cid, p.currency AS cur, count(*) AS n,"
        " sum(p.amount_minor) AS total, min(p.purchased_at) AS first_at,"
        " max(p.purchased_at) AS last_at,"
        " count(CASE WHEN p.purchased_at >= :start THEN 1 END) AS n_in,"
        " min(CASE WHEN p.purchased_at >= :start THEN p.purchased_at END) AS first_in,"
        " max(CASE WHEN p.purchased_at >= :start THEN p.purchased_at END) AS last_in"
        " FROM purchase p JOIN contact c ON c.id = p.contact_id"
        " WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.purchased_at < :end"
        " GROUP BY p.contact_id, p.currency) per"
        " ORDER BY cid, cur",
        {
            "start": to_db_timestamp(start),
            "end": to_db_timestamp(end),
            "as_of": to_db_timestamp(as_of),
        },
    )
    start_text = to_db_timestamp(start)
    # Rows come in customer order: one row each, but for those who paid in several
    # currencies, whose rows follow one another.
    several = {row[0] for before, row in pairwise(rows) if row[0] == before[0]}
    lines = [
        CustomerTotals(
            r[0],
            r[1],
            int(r[2]),
            int(r[3]),
            r[5],
            int(r[11]),
            float(r[9]),
            str(r[4]) >= start_text,
            int(r[6]),
            float(r[10]),
        )
        for r in rows
        if r[0] not in several
    ]
    if several:
        for _cid, group in groupby((r for r in rows if r[0] in several), key=itemgetter(0)):
            lines.append(_folded(list(group), start_text))
        lines.sort(key=attrgetter("contact_id"))
    return lines


def _folded(rows: list[tuple[Any, ...]], start_text: str) -> CustomerTotals:
    """One customer's lines in several currencies as one line: its currency is the one
    most of the purchases are in (ties: the first by code), its lifetime value that
    currency's total, its purchases and spans over them all. (Stored times are text of
    one fixed width, so they compare as written.)"""
    main = min(rows, key=lambda r: (-int(r[2]), str(r[1])))
    first = min(str(r[4]) for r in rows)
    last = max(str(r[5]) for r in rows)
    within = [r for r in rows if r[6]]
    span_in = 0.0
    if within:
        first_in = min(str(r[7]) for r in within)
        last_in = max(str(r[8]) for r in within)
        span_in = _days(first_in, last_in)
    return CustomerTotals(
        main[0],
        main[1],
        sum(int(r[2]) for r in rows),
        int(main[3]),
        last,
        min(int(r[11]) for r in rows),  # since the last purchase in any currency
        _days(first, last),
        first >= start_text,
        sum(int(r[6]) for r in rows),
        span_in,
    )


def _days(earlier: str, later: str) -> float:
    return (from_db_timestamp(later) - from_db_timestamp(earlier)).total_seconds() / 86400


def shown_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The names shown for these contacts (in the trash or not)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = plain_rows(
        session,
        f"SELECT c.id, {shown_name_sql('c')} FROM contact c"
        f" WHERE c.id IN ({','.join(str(int(i)) for i in wanted)})",
        {},
    )
    return {r[0]: readable(r[1]) for r in rows}
