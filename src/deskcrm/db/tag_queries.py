"""Tags in SQL: the list with how many live contacts carry each, and finding or making one."""

from __future__ import annotations

from typing import cast

from sqlalchemy import CursorResult, and_, delete, func, insert
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db.core_tables import tag
from deskcrm.db.tables import Contact, ContactTag, Tag


def tags_with_counts(session: Session) -> list[tuple[int, str, int]]:
    """(id, name, live contacts tagged) of every tag, by name."""
    rows = session.execute(
        select(Tag.id, Tag.name, func.count(col(Contact.id)))
        .select_from(Tag)
        .outerjoin(ContactTag, col(ContactTag.tag_id) == col(Tag.id))
        .outerjoin(
            Contact,
            and_(col(Contact.id) == col(ContactTag.contact_id), col(Contact.deleted_at).is_(None)),
        )
        .group_by(col(Tag.id))
        .order_by(col(Tag.name))
    )
    return [(r[0], r[1], r[2]) for r in rows]


def tag_id(session: Session, name: str) -> int | None:
    """The tag of this name (ignoring ASCII case), if there is one."""
    return session.execute(select(Tag.id).where(col(Tag.name) == name)).scalar()


def create_tag(session: Session, name: str) -> int:
    """A new tag with no colour; returns its id."""
    result = cast(CursorResult, session.execute(insert(tag).values(name=name, color="")))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def delete_tag(session: Session, tag_id: int) -> None:
    """Remove a tag (its links go with it, by the foreign key)."""
    session.execute(delete(tag).where(tag.c.id == tag_id))
