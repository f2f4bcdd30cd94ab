"""Bulk actions on many contacts at once (a selection or a whole segment), each one step
that undo takes back whole: tag, untag, lifecycle, follow-up tasks, an email logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db import dbapi, lifecycle
from deskcrm.db.engine import Database
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.mailto import mailto_batches, mailto_links
from deskcrm.domain.messages import tr
from deskcrm.errors import ValidationError


@dataclass
class BulkChange:
    """What one bulk action did, enough for undo (and for redo, the request itself)."""

    action: str  # "add_tag", "remove_tag", "lifecycle", "follow_up", "email"
    contact_ids: list[int]
    value: str = ""  # the tag, the lifecycle, the task title or the email summary
    due_at: datetime | None = None  # follow-up tasks
    changed: list[int] = field(default_factory=list)  # contacts the action changed
    tag_created: bool = False
    tag_id: int | None = None
    lifecycles_before: dict[int, str] = field(default_factory=dict)
    created_ids: list[int] = field(default_factory=list)  # tasks or interactions
    last_contacted_before: dict[int, str | None] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.changed)


@dataclass(frozen=True)
class EmailBatch:
    """One message for the mail application: its mailto: link and the contacts it writes
    to, so an email is logged only on those whose message was opened."""

    link: str
    contact_ids: list[int]


@dataclass(frozen=True)
class EmailPlan:
    links: list[str]  # mailto: links, BCC, each short enough for a mail client
    with_email: list[int]
    without_email: list[int]
    addresses: list[str] = field(default_factory=list)  # of with_email, in order

    def links_for(self, subject: str) -> list[str]:
        """The links again with another subject (asked after the counts were shown)."""
        return [batch.link for batch in self.batches_for(subject)]

    def batches_for(self, subject: str) -> list[EmailBatch]:
        """The messages with this subject, each with the contacts in its BCC."""
        return [
            EmailBatch(link, [self.with_email[p] for p in positions])
            for link, positions in mailto_batches(self.addresses, subject)
        ]


IDS = dbapi.ID_LIST
_ids = dbapi.id_list


def _live(session: Session, ids: list[int]) -> list[int]:
    found = {
        r[0]
        for r in session.execute(
            text(
                "SELECT c.id FROM json_each(:ids) j CROSS JOIN contact c ON c.id = j.value"
                " WHERE c.deleted_at IS NULL"
            ),
            {"ids": _ids(ids)},
        )
    }
    return [i for i in dict.fromkeys(ids) if i in found]


def _tagged(session: Session, tag_id: int, ids: list[int]) -> set[int]:
    """Which of the contacts already have the tag."""
    return {
        r[0]
        for r in session.execute(
            text(f"SELECT contact_id FROM contact_tag WHERE tag_id = :t AND contact_id IN ({IDS})"),
            {"t": tag_id, "ids": _ids(ids)},
        )
    }


class BulkActionService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    # -- tags ---------------------------------------------------------------------
    def add_tag(self, contact_ids: list[int], tag: str) -> BulkChange:
        name = validation.clean_text(tag, limit=100)
        if not name:
            raise ValidationError({"tag": tr("Name the tag")})
        change = BulkChange("add_tag", list(contact_ids), name)
        with self._db.transaction() as session:
            row = session.execute(text("SELECT id FROM tag WHERE name = :n"), {"n": name}).first()
            if row is None:
                session.execute(text("INSERT INTO tag (name, color) VALUES (:n, '')"), {"n": name})
                change.tag_created = True
                row = session.execute(text("SELECT last_insert_rowid()")).one()
            change.tag_id = int(row[0])
            tagged = _tagged(session, change.tag_id, contact_ids)
            change.changed = [i for i in _live(session, contact_ids) if i not in tagged]
            dbapi.insert_rows(
                session,
                "contact_tag",
                ("contact_id", "tag_id"),
                [(i, change.tag_id) for i in change.changed],
            )
        return change

    def remove_tag(self, contact_ids: list[int], tag: str) -> BulkChange:
        change = BulkChange("remove_tag", list(contact_ids), tag.strip())
        with self._db.transaction() as session:
            row = session.execute(
                text("SELECT id FROM tag WHERE name = :n"), {"n": tag.strip()}
            ).first()
            if row is None:
                return change
            change.tag_id = int(row[0])
            tagged = _tagged(session, change.tag_id, contact_ids)
            change.changed = [i for i in _live(session, contact_ids) if i in tagged]
            session.execute(
                text(f"DELETE FROM contact_tag WHERE tag_id = :t AND contact_id IN ({IDS})"),
                {"t": change.tag_id, "ids": _ids(change.changed)},
            )
        return change

    # -- lifecycle ----------------------------------------------------------------
    def set_lifecycle(self, contact_ids: list[int], stage: str) -> BulkChange:
        try:
            stage = Lifecycle(stage).value
        except ValueError as exc:
            raise ValidationError({"lifecycle": f"Unknown lifecycle “{stage}”"}) from exc
        change = BulkChange("lifecycle", list(contact_ids), stage)
        with self._db.transaction() as session:
            change.lifecycles_before = lifecycle.change(
                session, list(contact_ids), stage, self._clock(), "bulk"
            )
        change.changed = list(change.lifecycles_before)
        return change

    # -- follow-up tasks ------------------------------------------------------------
    def create_follow_ups(
        self, contact_ids: list[int], title: str, due_at: datetime | None
    ) -> BulkChange:
        """One task per contact, "{name}" in the title replaced by the contact's name."""
        title = validation.clean_text(title, limit=400)
        if not title:
            raise ValidationError({"title": tr("Say what to do")})
        change = BulkChange("follow_up", list(contact_ids), title, due_at=due_at)
        now = to_db_timestamp(self._clock())
        due = to_db_timestamp(due_at) if due_at else None
        with self._db.transaction() as session:
            live = _live(session, contact_ids)
            names: dict[int, str] = dict(
                session.execute(  # type: ignore[arg-type]
                    text(
                        "SELECT id, trim(first_name || ' ' || last_name) FROM contact"
                        f" WHERE id IN ({IDS})"
                    ),
                    {"ids": _ids(live)},
                ).all()
            )
            first = session.execute(text("SELECT coalesce(max(id), 0) + 1 FROM task")).scalar_one()
            rows = [
                (
                    first + n,
                    title.replace("{name}", names.get(cid, "")),
                    "",
                    due,
                    False,
                    2,
                    cid,
                    "",
                    now,
                    now,
                )
                for n, cid in enumerate(live)
            ]
            dbapi.insert_rows(
                session,
                "task",
                (
                    "id",
                    "title",
                    "notes",
                    "due_at",
                    "due_has_time",
                    "priority",
                    "contact_id",
                    "recurrence",
                    "created_at",
                    "updated_at",
                ),
                rows,
            )
        change.changed = live
        change.created_ids = [r[0] for r in rows]
        return change

    # -- email ----------------------------------------------------------------------
    def email_plan(self, contact_ids: list[int], subject: str = "") -> EmailPlan:
        """mailto: links with every contact's first email in BCC, split to fit."""
        with self._db.reading() as session:
            addresses: dict[int, str] = dict(
                session.execute(  # type: ignore[arg-type]
                    text(
                        "SELECT c.id, c.primary_email FROM json_each(:ids) j"
                        " CROSS JOIN contact c ON c.id = j.value"
                        " WHERE c.deleted_at IS NULL AND c.primary_email != ''"
                    ),
                    {"ids": _ids(contact_ids)},
                ).all()
            )
        with_email = [i for i in contact_ids if i in addresses]
        without = [i for i in contact_ids if i not in addresses]
        found = [addresses[i] for i in with_email]
        return EmailPlan(mailto_links(found, subject), with_email, without, found)

    def log_email(self, contact_ids: list[int], summary: str) -> BulkChange:
        """An email interaction on each contact: call it only for the contacts whose message
        the mail application was asked to open and accepted (see `EmailPlan.batches_for`)."""
        summary = validation.clean_text(summary, limit=500) or tr("Email")
        change = BulkChange("email", list(contact_ids), summary)
        when = self._clock()
        stamp = to_db_timestamp(when)
        with self._db.transaction() as session:
            live = _live(session, contact_ids)
            change.last_contacted_before = dict(
                session.execute(  # type: ignore[arg-type]
                    text(f"SELECT id, last_contacted_at FROM contact WHERE id IN ({IDS})"),
                    {"ids": _ids(live)},
                ).all()
            )
            first = session.execute(
                text("SELECT coalesce(max(id), 0) + 1 FROM interaction")
            ).scalar_one()
            dbapi.insert_rows(
                session,
                "interaction",
                ("id", "contact_id", "kind", "occurred_at", "summary", "body", "created_at"),
                [
                    (first + n, cid, "email", stamp, summary, "", stamp)
                    for n, cid in enumerate(live)
                ],
            )
            session.execute(
                text(
                    f"UPDATE contact SET last_contacted_at = :t WHERE id IN ({IDS})"
                    " AND (last_contacted_at IS NULL OR last_contacted_at < :t)"
                ),
                {"t": stamp, "ids": _ids(live)},
            )
        change.changed = live
        change.created_ids = list(range(first, first + len(live)))
        return change

    # -- export (nothing to undo) ------------------------------------------------------
    def export(self, contact_ids: list[int], path: Path) -> int:
        """The contacts as CSV (.csv) or vCard (.vcf, anything else), written atomically."""
        from deskcrm.services import exporting

        if path.suffix.lower() == ".csv":
            return exporting.export_contacts_csv(self._db, path, contact_ids)
        return exporting.export_contacts_vcard(self._db, path, contact_ids)

    # -- undo / redo ----------------------------------------------------------------
    def undo(self, change: BulkChange) -> None:
        with self._db.transaction() as session:
            if change.action == "add_tag":
                session.execute(
                    text(f"DELETE FROM contact_tag WHERE tag_id = :t AND contact_id IN ({IDS})"),
                    {"t": change.tag_id, "ids": _ids(change.changed)},
                )
                if change.tag_created:
                    session.execute(text("DELETE FROM tag WHERE id = :t"), {"t": change.tag_id})
            elif change.action == "remove_tag":
                dbapi.insert_rows(
                    session,
                    "contact_tag",
                    ("contact_id", "tag_id"),
                    [(i, change.tag_id) for i in change.changed],
                )
            elif change.action == "lifecycle":
                lifecycle.change_back(session, change.lifecycles_before, self._clock(), "bulk")
            elif change.action == "follow_up":
                session.execute(
                    text(f"DELETE FROM task WHERE id IN ({IDS})"),
                    {"ids": _ids(change.created_ids)},
                )
            elif change.action == "email":
                session.execute(
                    text(f"DELETE FROM interaction WHERE id IN ({IDS})"),
                    {"ids": _ids(change.created_ids)},
                )
                dbapi.update_rows(
                    session,
                    "UPDATE contact SET last_contacted_at = ? WHERE id = ?",
                    [(before, cid) for cid, before in change.last_contacted_before.items()],
                )

    def redo(self, change: BulkChange) -> BulkChange:
        """The same action on the same contacts again (after an undo)."""
        ids = change.contact_ids
        if change.action == "add_tag":
            return self.add_tag(ids, change.value)
        if change.action == "remove_tag":
            return self.remove_tag(ids, change.value)
        if change.action == "lifecycle":
            return self.set_lifecycle(ids, change.value)
        if change.action == "follow_up":
            return self.create_follow_ups(ids, change.value, change.due_at)
        return self.log_email(ids, change.value)
