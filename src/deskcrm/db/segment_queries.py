"""Segments in SQL: conditions over contacts (counted, or listed as ids, in one query) and
the saved segments themselves.

What each engine says its own way (folding text, an id list, SQLite's "+" that keeps it off
an index) is written as a format field in the WHERE text, `{fold:v}`, `{ids:seg_rfm}`,
`{fold::seg_city}` (a parameter folded by the same SQL as the column it meets),
`{no_index:c.deleted_at}`, and filled in from db/dialects when the SQL is used: a
SegmentQuery is built without a session and stays one comparable string."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import CursorResult, String, delete, func, insert, select, text, type_coerce, update
from sqlalchemy.orm import Session

from deskcrm.db import dbapi, dialects
from deskcrm.db.core_tables import contact, purchase, segment
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.segments import SegmentConditions


class _EngineSql:
    """Fills a format field `{name:argument}` with the engine's SQL for it."""

    def __init__(self, dialect: dialects.Dialect, name: str) -> None:
        self._dialect, self._name = dialect, name

    def __format__(self, argument: str) -> str:
        if self._name == "fold":
            return self._dialect.fold(argument)
        if self._name == "no_index":
            return self._dialect.no_index(argument)
        return f"SELECT value FROM {self._dialect.id_table(argument)} AS listed"  # "ids"


@dataclass(frozen=True)
class SegmentQuery:
    """A WHERE clause over `contact c` (with engine format fields) and its parameters."""

    where: str = "1 = 1"
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def where_sql(self, dialect: dialects.Dialect) -> str:
        fields = {name: _EngineSql(dialect, name) for name in ("fold", "no_index", "ids")}
        return self.where.format_map(fields)

    def ids_sql(self, dialect: dialects.Dialect) -> str:
        """A sub-select of the matching live contacts' ids. (SQLite's "+" keeps it from
        walking every live contact through the deleted_at index when a condition has a
        better one: city, company, tag.)"""
        return (
            f"SELECT c.id FROM contact c WHERE {dialect.no_index('c.deleted_at')} IS NULL"
            f" AND {self.where_sql(dialect)}"
        )


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
                f" AS spellings WHERE {{fold:v}} = {{fold::seg_{column}}})"
            )
            params[f"seg_{column}"] = value
    if conditions.company is not None and conditions.company.strip():
        where.append(
            "c.company_id IN (SELECT id FROM company WHERE {fold:name} = {fold::seg_company}"
            " AND deleted_at IS NULL)"
        )
        params["seg_company"] = conditions.company
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
        where.append("c.id IN ({ids:seg_rfm})")
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
    return SegmentQuery(" AND ".join(where) or "1 = 1", params)


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
        text(f"SELECT count(*) FROM ({query.ids_sql(dialects.of(session))}) AS members"),
        query.params,
    ).scalar_one()


# -- saved segments -------------------------------------------------------------------


def saved_segments(session: Session) -> list[tuple[int, str, str]]:
    """(id, name, conditions JSON) of every saved segment, in sidebar order."""
    rows = session.execute(
        select(segment.c.id, segment.c.name, segment.c.conditions).order_by(
            segment.c.position, segment.c.name
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]


def insert_segment(session: Session, name: str, conditions: str, at: datetime) -> int:
    """A new segment after the others; returns its id (IntegrityError if the name is
    taken, ignoring case)."""
    position = session.execute(
        select(func.coalesce(func.max(segment.c.position), -1) + 1)
    ).scalar_one()
    result = session.execute(
        insert(segment).values(
            name=name, conditions=conditions, position=position, created_at=at, updated_at=at
        )
    )
    key = cast(CursorResult, result).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_segment(
    session: Session, segment_id: int, name: str, conditions: str, at: datetime
) -> bool:
    """Rename and redefine a segment; False if there is none with that id."""
    result = session.execute(
        update(segment)
        .where(segment.c.id == segment_id)
        .values(name=name, conditions=conditions, updated_at=at)
    )
    return bool(cast(CursorResult, result).rowcount)


def delete_segment(session: Session, segment_id: int) -> tuple[str, str, int] | None:
    """Remove a segment; returns its name, conditions JSON and position (None if none)."""
    row = session.execute(
        select(segment.c.name, segment.c.conditions, segment.c.position).where(
            segment.c.id == segment_id
        )
    ).first()
    if row is None:
        return None
    session.execute(delete(segment).where(segment.c.id == segment_id))
    return row[0], row[1], row[2]


def rfm_fingerprint(session: Session) -> tuple[object, ...]:
    """Changes whenever the purchases or the live contacts change: RFM scores read from
    them can be kept while it stays the same."""
    purchases = session.execute(
        select(
            func.count(),
            func.max(purchase.c.id),
            func.coalesce(func.sum(purchase.c.amount_minor), 0),
            func.max(func.coalesce(type_coerce(purchase.c.deleted_at, String), "")),
        )
    ).one()
    contacts = session.execute(
        select(func.count(), func.max(contact.c.id)).where(contact.c.deleted_at.is_(None))
    ).one()
    return (*purchases, *contacts)
