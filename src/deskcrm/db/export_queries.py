"""The export reads, each a page at a time so an export of a million contacts holds one
page: contacts read whole for a vCard or CSV export (every column and every labelled
child: emails, phones, addresses, websites, values kept as written, tags), the live
companies, the deals CSV's rows, and every table's stored rows for `export all`.

Pages are keyset pages (`WHERE key > last ORDER BY key LIMIT n`): each is an index range
read, however deep into the table, on any dialect."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    func,
    literal_column,
    select,
    true,
    tuple_,
)
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from deskcrm.db import core_tables, tables
from deskcrm.db.names import shown_name

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


def _after(key: Sequence[ColumnElement[Any]], last: Sequence[Any] | None) -> ColumnElement[bool]:
    """The keyset condition: rows whose key sorts after `last` (every row when None)."""
    if last is None:
        return true()
    if len(key) == 1:
        return key[0] > last[0]
    return tuple_(*key) > tuple_(*last)


def live_contact_page(
    session: Session, after: tuple[str, int] | None, limit: int
) -> list[tuple[str, int]]:
    """The next `limit` live contacts in name order (sort name, then id) after the
    contact whose (sort name, id) is `after`: their (sort name, id)."""
    c = core_tables.contact.c
    key = (c.sort_name, c.id)
    query = (
        select(*key).where(c.deleted_at.is_(None), _after(key, after)).order_by(*key).limit(limit)
    )
    return [(name, int(contact_id)) for name, contact_id in session.execute(query)]


def most_children_of_live(session: Session) -> dict[str, int]:
    """Of the live contacts: the most emails, phones, addresses, websites and values kept
    as written any one of them has (how many numbered CSV columns each needs)."""
    live = select(core_tables.contact.c.id).where(core_tables.contact.c.deleted_at.is_(None))
    counts = {}
    for key, table in (
        ("emails", core_tables.contact_email),
        ("phones", core_tables.contact_phone),
        ("addresses", _address),
        ("urls", _url),
        ("unparsed", _unparsed),
    ):
        per_contact = (
            select(func.count().label("n"))
            .where(table.c.contact_id.in_(live))
            .group_by(table.c.contact_id)
            .subquery()
        )
        counts[key] = int(session.execute(select(func.max(per_contact.c.n))).scalar() or 0)
    return counts


def live_company_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every live company, oldest first: what a company's UID is made of."""
    co = core_tables.company.c
    query = select(co.id, co.name).where(co.deleted_at.is_(None)).order_by(co.id)
    return [(int(company_id), name) for company_id, name in session.execute(query)]


def live_company_page(
    session: Session, after: tuple[str, int] | None, limit: int
) -> list[dict[str, Any]]:
    """The next `limit` live companies in name order (then id: the oldest of two with one
    name first) after the one whose (name, id) is `after`, as column name -> value."""
    co = core_tables.company
    key = (co.c.name, co.c.id)
    return _dicts(
        session,
        select(co).where(co.c.deleted_at.is_(None), _after(key, after)).order_by(*key).limit(limit),
    )


DealExportRow = tuple[str, str, str, str, str, str, int, str, str, str, str, str]


def deal_export_groups(session: Session) -> list[tuple[int, int, bool]]:
    """The (pipeline id, stage id, open) groups of the live deals in the deals CSV's
    order: by pipeline, its open deals before its closed ones, each by stage order."""
    d, p, s = core_tables.deal.c, core_tables.pipeline.c, core_tables.stage.c
    is_open = d.status == "open"
    rows = session.execute(
        select(p.id, s.id, is_open)
        .select_from(
            core_tables.deal.join(core_tables.pipeline, p.id == d.pipeline_id).join(
                core_tables.stage, s.id == d.stage_id
            )
        )
        .where(d.deleted_at.is_(None))
        .group_by(p.id, s.id, is_open)
        .order_by(p.position, p.id, is_open.desc(), s.position, s.id)
    ).all()
    return [(int(pipeline_id), int(stage_id), bool(open_)) for pipeline_id, stage_id, open_ in rows]


def deal_export_page(
    session: Session,
    group: tuple[int, int, bool],
    after: tuple[int, int] | None,
    limit: int,
) -> tuple[list[DealExportRow], tuple[int, int] | None]:
    """The next `limit` live deals of one group (see deal_export_groups) in card order,
    after the card whose (position, id) is `after`: title, contact, company, pipeline,
    stage, status, value (minor units), currency, expected close or "", UTC day closed or
    "", lost reason, notes; and the (position, id) to continue after."""
    d, c, co = core_tables.deal.c, core_tables.contact.c, core_tables.company.c
    p, s = core_tables.pipeline.c, core_tables.stage.c
    pipeline_id, stage_id, is_open = group
    key = (d.position, d.id)
    rows = session.execute(
        select(
            d.title,
            shown_name(c),
            func.coalesce(co.name, ""),
            p.name,
            s.name,
            d.status,
            d.value_minor,
            d.currency,
            d.expected_close,
            d.closed_at,
            d.lost_reason,
            d.notes,
            *key,
        )
        .select_from(
            core_tables.deal.join(core_tables.pipeline, p.id == d.pipeline_id)
            .join(core_tables.stage, s.id == d.stage_id)
            .outerjoin(core_tables.contact, c.id == d.contact_id)
            .outerjoin(core_tables.company, co.id == d.company_id)
        )
        .where(
            d.deleted_at.is_(None),
            d.pipeline_id == pipeline_id,
            d.stage_id == stage_id,
            (d.status == "open") if is_open else (d.status != "open"),
            _after(key, after),
        )
        .order_by(*key)
        .limit(limit)
    ).all()
    found: list[DealExportRow] = [
        (
            *r[:8],
            r[8].isoformat() if r[8] else "",
            r[9].date().isoformat() if r[9] else "",
            r[10],
            r[11],
        )
        for r in rows
    ]
    return found, ((rows[-1][12], rows[-1][13]) if rows else None)


def stored_table(name: str) -> Table:
    """The metadata's table of that name (KeyError for any other name)."""
    return SQLModel.metadata.tables[name]


def _storage_form(value: Any) -> Any:
    """A value as SQLite stores it: a date as its ISO text, a boolean as 0 or 1 (what a
    server database returns natively; timestamps are text on every dialect)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _is_rowid_table(session: Session, table: Table) -> bool:
    """Whether the table's rows are read in SQLite's rowid order: on SQLite, a table whose
    key is not a single integer (contact_tag, not_duplicate, setting) is paged by its
    rowid, the order a plain `SELECT *` returns its rows in and earlier exports wrote."""
    key = list(table.primary_key.columns)
    single_integer = len(key) == 1 and isinstance(key[0].type, Integer)
    return session.get_bind().dialect.name == "sqlite" and not single_integer


def stored_rows_page(
    session: Session, name: str, after: Sequence[Any] | None, limit: int
) -> tuple[list[str], list[tuple[Any, ...]], tuple[Any, ...] | None]:
    """Column names and the next `limit` rows of one table after the row whose key is
    `after`, values as stored (timestamps as their ISO text, booleans as 0/1), columns in
    the file's own order; and the key to continue after. Rows come in primary-key order
    (on SQLite, in rowid order: see `_is_rowid_table`).

    The export format is SQLite's storage form: another dialect's native dates and
    booleans are turned into it (`_storage_form`)."""
    table = stored_table(name)
    if _is_rowid_table(session, table):
        rowid: ColumnElement[Any] = literal_column("rowid")
        result = session.execute(
            select(rowid.label("rowid_"), literal_column("*"))
            .select_from(table)
            .where(_after([rowid], after))
            .order_by(rowid)
            .limit(limit)
        )
        columns = list(result.keys())[1:]
        keyed = result.all()
        rows = [tuple(row)[1:] for row in keyed]
        return columns, rows, ((keyed[-1][0],) if keyed else None)
    key = list(table.primary_key.columns)
    result = session.execute(
        select(literal_column("*"))
        .select_from(table)
        .where(_after(key, after))
        .order_by(*key)
        .limit(limit)
    )
    columns = list(result.keys())
    rows = [tuple(row) for row in result]
    if not rows:
        return columns, rows, None
    if session.get_bind().dialect.name != "sqlite":
        rows = [tuple(_storage_form(value) for value in row) for row in rows]
    where = [columns.index(column.name) for column in key]
    return columns, rows, tuple(rows[-1][i] for i in where)
