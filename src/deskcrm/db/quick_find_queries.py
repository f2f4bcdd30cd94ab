"""What the command palette (Ctrl+K) finds by a few typed letters, besides contacts (which
the search index finds): companies, deals, tasks, support cases and timeline entries whose
name or title holds the text, the most recent first, a few of each.

SQLAlchemy Core over db.core_tables; the case-insensitive LIKE comes from db/dialects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import TextClause, func, select, text
from sqlalchemy.orm import Session

from deskcrm.db import dialects
from deskcrm.db.core_tables import company, contact, deal, stage, support_case, table_of, task
from deskcrm.db.names import shown_name
from deskcrm.db.tables import Interaction

interaction = table_of(Interaction)


@dataclass(frozen=True)
class FoundRecord:
    """One record found: its id, what it is called, a line that places it (the contact's
    name, a stage, a status), and when it happened or is due where that says more."""

    id: int
    title: str
    detail: str
    when: datetime | None = None
    contact_id: int | None = None


def like_pattern(typed: str) -> str:
    """`typed` anywhere in the text, its LIKE wildcards taken literally."""
    escaped = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _holding(session: Session, column: str, typed: str) -> TextClause:
    return text(dialects.of(session).like(column, "quick")).bindparams(quick=like_pattern(typed))


def companies_named(session: Session, typed: str, limit: int) -> list[FoundRecord]:
    co = company.c
    query = (
        select(co.id, co.name, co.city)
        .where(co.deleted_at.is_(None), _holding(session, "company.name", typed))
        .order_by(co.name, co.id)
        .limit(limit)
    )
    return [FoundRecord(i, name, city or "") for i, name, city in session.execute(query)]


def deals_titled(session: Session, typed: str, limit: int) -> list[FoundRecord]:
    d, s, c = deal.c, stage.c, contact.c
    query = (
        select(d.id, d.title, d.status, s.name, shown_name(c), d.contact_id)
        .select_from(deal.join(stage, s.id == d.stage_id).outerjoin(contact, c.id == d.contact_id))
        .where(d.deleted_at.is_(None), _holding(session, "deal.title", typed))
        .order_by(d.id.desc())
        .limit(limit)
    )
    found = []
    for deal_id, title, status, stage_name, who, contact_id in session.execute(query):
        place = stage_name if status == "open" else status
        found.append(
            FoundRecord(
                deal_id, title, " · ".join(p for p in (place, who or "") if p), None, contact_id
            )
        )
    return found


def tasks_titled(session: Session, typed: str, limit: int) -> list[FoundRecord]:
    t, c = task.c, contact.c
    query = (
        select(t.id, t.title, t.done_at, t.due_at, shown_name(c), t.contact_id)
        .select_from(task.outerjoin(contact, c.id == t.contact_id))
        .where(t.deleted_at.is_(None), _holding(session, "task.title", typed))
        .order_by(t.done_at.is_not(None), t.id.desc())
        .limit(limit)
    )
    return [
        FoundRecord(task_id, title, "done" if done else (who or ""), due, contact_id)
        for task_id, title, done, due, who, contact_id in session.execute(query)
    ]


def cases_titled(session: Session, typed: str, limit: int) -> list[FoundRecord]:
    k, c = support_case.c, contact.c
    query = (
        select(k.id, k.title, k.status, shown_name(c), k.contact_id, k.opened_at)
        .select_from(support_case.join(contact, c.id == k.contact_id))
        .where(k.deleted_at.is_(None), _holding(session, "support_case.title", typed))
        .order_by(k.id.desc())
        .limit(limit)
    )
    return [
        FoundRecord(case_id, title, f"{status} · {who}", opened, contact_id)
        for case_id, title, status, who, contact_id, opened in session.execute(query)
    ]


# Timeline entries looked through for the palette: the newest this many. A LIKE over
# all of them reads every summary (505,221 entries of the 100,000-contact demo: 330–660
# ms a keystroke); the newest 20,000 take ~15 ms. Older ones are on their contact's card.
ENTRIES_SEARCHED = 20_000


def entries_about(session: Session, typed: str, limit: int) -> list[FoundRecord]:
    """The newest timeline entries (calls, meetings, emails, notes; ENTRIES_SEARCHED of
    them) whose summary holds the text."""
    i, c = interaction.c, contact.c
    newest = session.execute(select(func.max(i.id))).scalar() or 0
    # The entries first, newest down by id (a join would let the planner walk every
    # live contact's timeline instead), then their contacts.
    found = (
        select(i.id, i.summary, i.kind, i.contact_id, i.occurred_at)
        .where(
            i.id > newest - ENTRIES_SEARCHED,
            i.deleted_at.is_(None),
            _holding(session, "interaction.summary", typed),
        )
        .order_by(i.id.desc())
        .limit(limit * 4)  # room for some of trashed contacts
        .subquery()
    )
    f = found.c
    query = (
        select(f.id, f.summary, f.kind, shown_name(c), f.contact_id, f.occurred_at)
        .select_from(found.join(contact, c.id == f.contact_id))
        .where(c.deleted_at.is_(None))
        .order_by(f.id.desc())
        .limit(limit)
    )
    return [
        FoundRecord(entry_id, summary, f"{kind} · {who}", when, contact_id)
        for entry_id, summary, kind, who, contact_id, when in session.execute(query)
    ]
