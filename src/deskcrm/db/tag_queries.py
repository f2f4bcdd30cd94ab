"""Tags in SQL: the list with how many live contacts carry each, and finding or making one."""

from __future__ import annotations

from typing import cast

from sqlalchemy import CursorResult, delete, func, insert
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db.core_tables import tag
from deskcrm.db.tables import Contact, ContactTag, Tag


def tags_with_counts(session: Session) -> list[tuple[int, str, int]]:
    """(id, name, live contacts tagged) of every tag, by name.

    Counted as every link of the tag less those to contacts in the trash: the links are
    counted from the tag's index and the trash is small, where joining each link to its
    contact read 80,000 contact rows for 100,000 contacts (0.14 s against 5 ms)."""
    links = (
        select(func.count()).select_from(ContactTag).where(col(ContactTag.tag_id) == col(Tag.id))
    )
    trashed = select(col(Contact.id)).where(col(Contact.deleted_at).is_not(None))
    in_trash = links.where(col(ContactTag.contact_id).in_(trashed))
    rows = session.execute(
        select(
            Tag.id,
            Tag.name,
            links.scalar_subquery() - in_trash.scalar_subquery(),
        ).order_by(col(Tag.name))
    )
    return [(r[0], r[1], int(r[2])) for r in rows]


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
