"""Segment conditions as SQL over contacts: counted, or listed as ids, in one query."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db import dbapi
from deskcrm.db.engine import fold
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.segments import SegmentConditions


@dataclass(frozen=True)
class SegmentQuery:
    """A WHERE clause over `contact c` and its parameters."""

    where: str = "1"
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def ids_sql(self) -> str:
        """A sub-select of the matching live contacts' ids. ("+" keeps SQLite from walking
        every live contact through the deleted_at index when a condition has a better one:
        city, company, tag.)"""
        return f"SELECT c.id FROM contact c WHERE +c.deleted_at IS NULL AND {self.where}"


# Purchases grouped per contact, read from the covering ix_purchase_history index alone.
_PURCHASES = "SELECT contact_id FROM purchase WHERE deleted_at IS NULL GROUP BY contact_id"
_VALUE = "sum(CASE WHEN currency = :seg_currency THEN amount_minor ELSE 0 END)"


def build(
    conditions: SegmentConditions,
    day_start: Callable[[date], datetime],
    now: datetime,
    rfm_ids: list[int] | None = None,
) -> SegmentQuery:
    """`day_start(d)`: when the user's day d begins, in UTC. `rfm_ids`: the members of the
    RFM segment asked for (computed by the customers report), if one is."""
    where: list[str] = []
    params: dict[str, object] = {}

    def names(prefix: str, values: tuple[str, ...]) -> str:
        marks = []
        for i, value in enumerate(values):
            params[f"{prefix}{i}"] = value
            marks.append(f":{prefix}{i}")
        return ", ".join(marks)

    tagged = (
        "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        " WHERE t.name IN ({})"
    )
    if conditions.tags_any:
        where.append(f"c.id IN ({tagged.format(names('seg_tag_any', conditions.tags_any))})")
    if conditions.tags_none:
        where.append(f"c.id NOT IN ({tagged.format(names('seg_tag_none', conditions.tags_none))})")
    if conditions.lifecycles:
        where.append(f"c.lifecycle IN ({names('seg_life', conditions.lifecycles)})")
    for column in ("city", "country", "source"):
        value = getattr(conditions, column)
        if value is not None and value.strip():
            # Folded once per distinct spelling (few), then matched through the index.
            where.append(
                f"c.{column} IN (SELECT v FROM (SELECT DISTINCT {column} AS v FROM contact)"
                f" WHERE deskcrm_fold(v) = :seg_{column})"
            )
            params[f"seg_{column}"] = fold(value)
    if conditions.company is not None and conditions.company.strip():
        where.append(
            "c.company_id IN (SELECT id FROM company WHERE deskcrm_fold(name) = :seg_company"
            " AND deleted_at IS NULL)"
        )
        params["seg_company"] = fold(conditions.company)
    purchase_checks, needs_a_purchase = _purchase_checks(conditions, day_start, params)
    if purchase_checks:
        params["seg_currency"] = conditions.lifetime_currency
        having = " AND ".join(purchase_checks)
        if needs_a_purchase:
            where.append(f"c.id IN ({_PURCHASES} HAVING {having})")
        else:
            # "At most 2 purchases" holds for someone who never bought: rule out buyers
            # who fail it instead of listing those who pass.
            where.append(f"c.id NOT IN ({_PURCHASES} HAVING NOT ({having}))")
    if conditions.rfm_segment is not None:
        where.append("c.id IN (SELECT value FROM json_each(:seg_rfm))")
        params["seg_rfm"] = dbapi.id_list(rfm_ids or [])
    if conditions.has_open_deal is not None:
        exists = (
            "EXISTS (SELECT 1 FROM deal d WHERE d.contact_id = c.id AND d.status = 'open'"
            " AND d.deleted_at IS NULL)"
        )
        where.append(exists if conditions.has_open_deal else f"NOT {exists}")
    if conditions.not_contacted_days is not None:
        where.append("(c.last_contacted_at IS NULL OR c.last_contacted_at < :seg_quiet)")
        params["seg_quiet"] = to_db_timestamp(now - timedelta(days=conditions.not_contacted_days))
    return SegmentQuery(" AND ".join(where) or "1", params)


def _purchase_checks(
    conditions: SegmentConditions,
    day_start: Callable[[date], datetime],
    params: dict[str, object],
) -> tuple[list[str], bool]:
    """HAVING terms over one contact's purchases, and whether only buyers can pass."""
    checks: list[str] = []
    needs_a_purchase = False
    one_day = timedelta(days=1)
    for name, column, op, shift in (
        ("first_purchase_after", "min(purchased_at)", ">=", timedelta()),
        ("first_purchase_before", "min(purchased_at)", "<", one_day),
        ("last_purchase_after", "max(purchased_at)", ">=", timedelta()),
        ("last_purchase_before", "max(purchased_at)", "<", one_day),
    ):
        day = getattr(conditions, name)
        if day is not None:
            checks.append(f"{column} {op} :seg_{name}")
            params[f"seg_{name}"] = to_db_timestamp(day_start(day + shift))
            needs_a_purchase = True
    for name, column, op in (
        ("purchases_min", "count(*)", ">="),
        ("purchases_max", "count(*)", "<="),
        ("lifetime_min_minor", _VALUE, ">="),
        ("lifetime_max_minor", _VALUE, "<="),
    ):
        value = getattr(conditions, name)
        if value is not None:
            checks.append(f"{column} {op} :seg_{name}")
            params[f"seg_{name}"] = value
            if op == ">=" and value > 0:
                needs_a_purchase = True
    return checks, needs_a_purchase


def count(session: Session, query: SegmentQuery) -> int:
    return session.execute(
        text(f"SELECT count(*) FROM ({query.ids_sql()})"), query.params
    ).scalar_one()
