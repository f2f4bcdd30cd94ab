"""The company aggregate's SQL: the list (ids in order, then rows by id) and lookups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db import dbapi, dialects
from deskcrm.db.tables import Company
from deskcrm.domain.sorting import sort_key

_ORDER = {
    "name": "co.name {d}",
    "city": "co.city = '', co.city {d}, co.name",
    "country": "co.country = '', co.country {d}, co.name",
    "contacts": "(SELECT count(*) FROM contact c WHERE c.company_id = co.id"
    " AND c.deleted_at IS NULL) {d}, co.name",
}


@dataclass(frozen=True, slots=True)
class CompanyRow:
    id: int
    name: str
    website: str
    city: str
    country: str
    contact_count: int


def company_ids(session: Session, typed: str, sort: str, descending: bool) -> list[int]:
    where = "co.deleted_at IS NULL"
    params: dict[str, object] = {}
    if typed.strip():
        # Companies are few next to contacts; a LIKE over the name is fast enough.
        where += f" AND {dialects.of(session).like('co.name')}"
        escaped = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["like"] = f"%{escaped}%"
    if sort in _FOLDED:
        # Words people read sort by the names' key (domain.sorting): "Bäckerei" before
        # "Bright", whatever the case (a column's collation compares bytes). Companies are
        # few: their values are read in name order and sorted here; empty ones last.
        rows = session.execute(
            text(f"SELECT co.id, co.name, {_FOLDED[sort]} FROM company co WHERE {where}"),
            params,
        ).all()
        return _sorted_by_words(rows, sort == "name", descending)
    order = _ORDER.get(sort, _ORDER["name"]).format(d="DESC" if descending else "ASC")
    sql = f"SELECT co.id FROM company co WHERE {where} ORDER BY {order}, co.id"
    return dbapi.first_column(session, sql, params)


# The columns sorted by their words' key rather than by the database (see company_ids).
_FOLDED = {"name": "co.name", "city": "co.city", "country": "co.country"}


def _sorted_by_words(rows: Sequence[Any], by_name: bool, descending: bool) -> list[int]:
    """(id, name, value) rows in the order of the value's sort key (ties by name, then
    id); empty values after all others either way."""
    name_order = sorted(rows, key=lambda row: (sort_key(row[1] or ""), row[0]))
    if by_name:
        ordered = list(reversed(name_order)) if descending else name_order
        return [row[0] for row in ordered]
    keyed = [(sort_key(row[2] or ""), position, row[0]) for position, row in enumerate(name_order)]
    filled = sorted((k for k in keyed if k[0]), key=lambda k: k[0], reverse=descending)
    # sorted() is stable, so equal values keep the name order even when reversed by key.
    return [k[2] for k in filled] + [k[2] for k in keyed if not k[0]]


def company_rows(session: Session, ids: list[int]) -> dict[int, CompanyRow]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    result = session.execute(
        text(
            "SELECT co.id, co.name, co.website, co.city, co.country,"
            " (SELECT count(*) FROM contact c WHERE c.company_id = co.id"
            "  AND c.deleted_at IS NULL)"
            f" FROM company co WHERE co.id IN ({marks})"
        )
    )
    return {r[0]: CompanyRow(*r) for r in result}


def live_id_by_name(session: Session, name: str) -> int | None:
    """The live company of exactly this name (ignoring ASCII case), if any."""
    return session.execute(
        select(Company.id).where(col(Company.name) == name, col(Company.deleted_at).is_(None))
    ).scalar()


def live_id_by_source_uid(session: Session, source_uid: str) -> int | None:
    """The live company imported from a record with this source id (the oldest), if any."""
    return session.execute(
        select(Company.id)
        .where(col(Company.source_uid) == source_uid, col(Company.deleted_at).is_(None))
        .order_by(col(Company.id))
        .limit(1)
    ).scalar()


def live_source_uids(session: Session) -> dict[str, int]:
    """Source id -> id of every live company imported with one (the oldest where ids
    repeat): what an import matches a company-only record by before its name."""
    rows = session.execute(
        select(Company.source_uid, Company.id)
        .where(col(Company.source_uid) != "", col(Company.deleted_at).is_(None))
        .order_by(col(Company.id).desc())
    )
    return {uid: company_id for uid, company_id in rows}


def live_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every live company, by name."""
    rows = session.execute(
        select(Company.id, Company.name)
        .where(col(Company.deleted_at).is_(None))
        .order_by(col(Company.name))
    )
    return [(r[0], r[1]) for r in rows]


def in_trash(session: Session, company_id: int) -> bool:
    """Whether the company exists and is in the trash."""
    deleted_at = session.execute(
        select(Company.deleted_at).where(col(Company.id) == company_id)
    ).scalar()
    return deleted_at is not None
