"""The company aggregate's SQL: the list (ids in order, then rows by id) and lookups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db import dbapi, dialects
from deskcrm.db.tables import Company

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
    order = _ORDER.get(sort, _ORDER["name"]).format(d="DESC" if descending else "ASC")
    sql = f"SELECT co.id FROM company co WHERE {where} ORDER BY {order}, co.id"
    return dbapi.first_column(session, sql, params)


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
