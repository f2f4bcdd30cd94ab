"""Contacts read whole for a vCard or CSV export: every column and every labelled child
(emails, phones, addresses, websites, values kept as written, tags), a chunk at a time;
and the live companies, each a record of its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from deskcrm.db import core_tables, tables

_address = core_tables.table_of(tables.ContactAddress)
_url = core_tables.table_of(tables.ContactUrl)
_unparsed = core_tables.table_of(tables.ContactUnparsed)


@dataclass
class ContactExportRows:
    """One contact as stored: its row (column name -> value, plus `company_name`) and its
    children's rows in the order the contact keeps them."""

    row: dict[str, Any]
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    urls: list[dict[str, Any]] = field(default_factory=list)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _dicts(session: Session, query: Select[Any]) -> list[dict[str, Any]]:
    """Rows as column name -> value (zip with the keys once: a mapping per row is slow)."""
    result = session.execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def contacts_whole(session: Session, ids: Sequence[int]) -> dict[int, ContactExportRows]:
    """The contacts of `ids` that exist (trashed or not), keyed by id."""
    wanted = [int(i) for i in ids]
    if not wanted:
        return {}
    c, co = core_tables.contact, core_tables.company
    found: dict[int, ContactExportRows] = {}
    query = (
        select(c, co.c.name.label("company_name"))
        .select_from(c.outerjoin(co, co.c.id == c.c.company_id))
        .where(c.c.id.in_(wanted))
    )
    for row in _dicts(session, query):
        found[row["id"]] = ContactExportRows(row)
    children: list[tuple[Any, str]] = [
        (core_tables.contact_email, "emails"),
        (core_tables.contact_phone, "phones"),
        (_address, "addresses"),
        (_url, "urls"),
    ]
    for table, attribute in children:
        grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
        query = (
            select(table)
            .where(table.c.contact_id.in_(wanted))
            .order_by(table.c.contact_id, table.c.position, table.c.id)
        )
        for row in _dicts(session, query):
            grouped[row["contact_id"]].append(row)
        for contact_id, items in grouped.items():
            if contact_id in found:
                setattr(found[contact_id], attribute, items)
    for row in _dicts(
        session,
        select(_unparsed)
        .where(_unparsed.c.contact_id.in_(wanted))
        .order_by(_unparsed.c.contact_id, _unparsed.c.id),
    ):
        if row["contact_id"] in found:
            found[row["contact_id"]].unparsed.append(row)
    ct, tag = core_tables.contact_tag, core_tables.tag
    for contact_id, name in session.execute(
        select(ct.c.contact_id, tag.c.name)
        .join(tag, tag.c.id == ct.c.tag_id)
        .where(ct.c.contact_id.in_(wanted))
    ).all():
        if contact_id in found:
            found[contact_id].tags.append(name)
    return found


def most_children(session: Session, ids: Sequence[int]) -> dict[str, int]:
    """Of the contacts of `ids`: the most emails, phones, addresses, websites and values
    kept as written any one of them has (how many numbered CSV columns each needs)."""
    wanted = [int(i) for i in ids]
    counts = {"emails": 0, "phones": 0, "addresses": 0, "urls": 0, "unparsed": 0}
    if not wanted:
        return counts
    tables_by_key = {
        "emails": core_tables.contact_email,
        "phones": core_tables.contact_phone,
        "addresses": _address,
        "urls": _url,
        "unparsed": _unparsed,
    }
    for key, table in tables_by_key.items():
        per_contact = (
            select(func.count().label("n"))
            .where(table.c.contact_id.in_(wanted))
            .group_by(table.c.contact_id)
            .subquery()
        )
        most = session.execute(select(func.max(per_contact.c.n))).scalar()
        counts[key] = int(most or 0)
    return counts


def live_companies(session: Session) -> list[dict[str, Any]]:
    """Every company not in the trash, as column name -> value, in name order (then id:
    the oldest of two with one name first)."""
    co = core_tables.company
    return _dicts(
        session,
        select(co).where(co.c.deleted_at.is_(None)).order_by(co.c.name, co.c.id),
    )
