"""Read queries behind the customers report: each customer's purchase totals all time and
within the period, and the period's revenue (live purchases of live contacts only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

from sqlalchemy.orm import Session

from deskcrm.db import dialects
from deskcrm.db.names import readable, shown_name_sql
from deskcrm.db.reports import plain_rows
from deskcrm.db.types import from_db_timestamp, to_db_timestamp

_TRASHED = "SELECT t.id FROM contact t WHERE t.deleted_at IS NOT NULL"
# IN lists of the customers who paid in several currencies, this many ids at a time.
_CHUNK = 5_000


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


@dataclass(slots=True)
class CustomerColumns:
    """Every customer with a purchase before the period's end, as columns: the i-th entry
    of each list is one customer's (ascending contact id), the fields of CustomerTotals.
    Half a million customers are lists of numbers here, not half a million objects; a
    report makes a line (`line`) only for the customers it shows."""

    contact_id: list[int] = field(default_factory=list)
    currency: list[str] = field(default_factory=list)
    purchases: list[int] = field(default_factory=list)
    lifetime_minor: list[int] = field(default_factory=list)
    last_text: list[str] = field(default_factory=list)
    days_since: list[int] = field(default_factory=list)
    span_days: list[float] = field(default_factory=list)
    new: list[int] = field(default_factory=list)  # 1 or 0
    purchases_in_period: list[int] = field(default_factory=list)
    span_in_period_days: list[float] = field(default_factory=list)
    # The period's purchases by currency: (orders, total minor units).
    revenue: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.contact_id)

    def line(self, i: int) -> CustomerTotals:
        return CustomerTotals(
            self.contact_id[i],
            self.currency[i],
            self.purchases[i],
            self.lifetime_minor[i],
            self.last_text[i],
            self.days_since[i],
            self.span_days[i],
            bool(self.new[i]),
            self.purchases_in_period[i],
            self.span_in_period_days[i],
        )


def customer_columns(
    session: Session, start: datetime, end: datetime, as_of: datetime
) -> CustomerColumns:
    """Every customer with a live purchase before `end` (contacts in the trash left out).

    One pass over the purchases in customer order (the covering index ix_purchase_history:
    no sort, no join), a row per customer, whatever their currencies. The few who paid in
    several are read again by currency, to give each the currency most of their purchases
    are in and its total, and to share their period's revenue out by currency."""
    dialect = dialects.of(session)
    days = dialect.days_between
    params: dict[str, object] = {
        "start": to_db_timestamp(start),
        "end": to_db_timestamp(end),
        "as_of": to_db_timestamp(as_of),
    }
    rows = plain_rows(
        session,
        "SELECT cid, cur_low, cur_high, n, CAST(total AS BIGINT), last_at, n_in,"
        " CAST(total_in AS BIGINT),"
        " CASE WHEN first_at >= :start THEN 1 ELSE 0 END,"
        f" CAST({days('last_at', 'first_at')} AS DOUBLE PRECISION),"
        f" CAST(CASE WHEN n_in > 0 THEN {days('last_at', 'first_in')} ELSE 0 END"
        " AS DOUBLE PRECISION),"
        f" {dialect.whole_days_between(':as_of', 'last_at')}"
        " FROM (SELECT p.contact_id AS cid, min(p.currency) AS cur_low,"
        " max(p.currency) AS cur_high, count(*) AS n, sum(p.amount_minor) AS total,"
        " min(p.purchased_at) AS first_at, max(p.purchased_at) AS last_at,"
        # The period's last purchase is the last one (all are before its end).
        " count(CASE WHEN p.purchased_at >= :start THEN 1 END) AS n_in,"
        " sum(CASE WHEN p.purchased_at >= :start THEN p.amount_minor ELSE 0 END) AS total_in,"
        " min(CASE WHEN p.purchased_at >= :start THEN p.purchased_at END) AS first_in"
        " FROM purchase p WHERE p.deleted_at IS NULL AND p.purchased_at < :end"
        " GROUP BY p.contact_id) per",
        params,
    )
    # Customers in the trash left out: a few rows dropped here, rather than a join (or a
    # look-up) for each purchase or customer.
    trashed = {r[0] for r in plain_rows(session, _TRASHED, {})}
    if trashed:
        rows = [row for row in rows if row[0] not in trashed]
    columns = CustomerColumns()
    if not rows:
        return columns
    # In customer order already where the engine grouped along the index (one look).
    rows.sort(key=itemgetter(0))
    # Each column as the engine gave it (its SQL casts: ints and floats on both engines).
    (
        ids,
        low,
        high,
        columns.purchases,
        columns.lifetime_minor,
        columns.last_text,
        count_in,
        total_in,
        columns.new,
        columns.span_days,
        columns.span_in_period_days,
        columns.days_since,
    ) = (list(column) for column in zip(*rows, strict=True))
    columns.contact_id, columns.currency, columns.purchases_in_period = ids, low, count_in
    several = [i for i, (a, b) in enumerate(zip(low, high, strict=True)) if a != b]
    revenue: dict[str, list[int]] = {}
    in_several = set(several)
    for i, (currency, n, amount) in enumerate(zip(low, count_in, total_in, strict=True)):
        if n and i not in in_several:
            money = revenue.setdefault(currency, [0, 0])
            money[0] += int(n)
            money[1] += int(amount)
    if several:
        by_id = {ids[i]: i for i in several}
        best: dict[int, tuple[int, str, int]] = {}  # contact → (-purchases, currency, total)
        for cid, currency, n, amount, n_in, amount_in in _by_currency(session, list(by_id), params):
            candidate = (-int(n), currency, int(amount))
            if cid not in best or candidate < best[cid]:
                best[cid] = candidate
            if n_in:
                money = revenue.setdefault(currency, [0, 0])
                money[0] += int(n_in)
                money[1] += int(amount_in)
        for cid, (_n, currency, amount) in best.items():
            columns.currency[by_id[cid]] = currency
            columns.lifetime_minor[by_id[cid]] = amount
    columns.revenue = {currency: (n, amount) for currency, (n, amount) in revenue.items()}
    return columns


def _by_currency(
    session: Session, ids: list[int], params: dict[str, object]
) -> Iterable[tuple[int, str, int, int, int, int]]:
    """(contact, currency, purchases, total, purchases in the period, their total) of
    these customers, before the period's end."""
    for at in range(0, len(ids), _CHUNK):
        chosen = ",".join(str(int(i)) for i in ids[at : at + _CHUNK])
        yield from plain_rows(
            session,
            "SELECT p.contact_id, p.currency, count(*), sum(p.amount_minor),"
            " count(CASE WHEN p.purchased_at >= :start THEN 1 END),"
            " sum(CASE WHEN p.purchased_at >= :start THEN p.amount_minor ELSE 0 END)"
            " FROM purchase p WHERE p.deleted_at IS NULL AND p.purchased_at < :end"
            f" AND p.contact_id IN ({chosen}) GROUP BY p.contact_id, p.currency",
            params,
        )


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
