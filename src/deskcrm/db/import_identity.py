"""What an import needs to know who is already there: source ids, and the names and
companies of live contacts who have neither an email nor a phone."""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables


def live_source_uids(session: Session) -> dict[str, int]:
    """Source id (vCard UID, a CRM's record id) -> live contact id."""
    c = tables.contact.c
    rows = session.execute(
        select(c.source_uid, c.id).where(c.deleted_at.is_(None), c.source_uid != "")
    )
    return dict(rows.all())


def live_unreachable_names(session: Session) -> dict[tuple[str, str], int]:
    """(sort name, lower-cased company name or "") -> live contact id, of the contacts with
    no email and no phone (a name and a company are all there is to know them by)."""
    c, co = tables.contact.c, tables.company.c
    e, p = tables.contact_email.c, tables.contact_phone.c
    rows = session.execute(
        select(c.sort_name, func.lower(func.coalesce(co.name, "")), c.id)
        .select_from(tables.contact.outerjoin(tables.company, co.id == c.company_id))
        .where(
            c.deleted_at.is_(None),
            ~exists().where(e.contact_id == c.id),
            ~exists().where(p.contact_id == c.id),
        )
        .order_by(c.id)
    )
    found: dict[tuple[str, str], int] = {}
    for name, company, contact_id in rows:
        found.setdefault((name, company), contact_id)
    return found
