"""Bulk actions on many contacts at once (a selection or a whole segment), each one step
that undo takes back whole: tag, untag, lifecycle, follow-up tasks, an email logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskcrm.db import bulk_queries, lifecycle, tag_queries
from deskcrm.db.engine import Database
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.mailto import mailto_batches, mailto_links
from deskcrm.domain.messages import tr
from deskcrm.errors import ValidationError
from deskcrm.services.changes import Changes


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

    @property
    def changes(self) -> Changes:
        """What the action wrote (and what its undo writes back)."""
        if self.action in ("add_tag", "remove_tag"):
            return Changes.of(contacts=self.changed, whole=["tags"])
        if self.action == "lifecycle":
            return Changes.of(contacts=self.changed)
        if self.action == "follow_up":
            return Changes.of(
                tasks=self.created_ids, owners=self.changed, added_or_removed=["tasks"]
            )
        # email: an interaction on each, and each one's "last contacted"
        return Changes.of(
            interactions=self.created_ids,
            contacts=self.changed,
            owners=self.changed,
            added_or_removed=["interactions"],
        )


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
            tag_id = tag_queries.tag_id(session, name)
            if tag_id is None:
                tag_id = tag_queries.create_tag(session, name)
                change.tag_created = True
            change.tag_id = tag_id
            tagged = bulk_queries.tagged_ids(session, tag_id, contact_ids)
            live = bulk_queries.live_ids(session, contact_ids)
            change.changed = [i for i in live if i not in tagged]
            bulk_queries.link_tag(session, tag_id, change.changed)
        return change

    def remove_tag(self, contact_ids: list[int], tag: str) -> BulkChange:
        change = BulkChange("remove_tag", list(contact_ids), tag.strip())
        with self._db.transaction() as session:
            tag_id = tag_queries.tag_id(session, tag.strip())
            if tag_id is None:
                return change
            change.tag_id = tag_id
            tagged = bulk_queries.tagged_ids(session, tag_id, contact_ids)
            live = bulk_queries.live_ids(session, contact_ids)
            change.changed = [i for i in live if i in tagged]
            bulk_queries.unlink_tag(session, tag_id, change.changed)
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
        now = self._clock()
        with self._db.transaction() as session:
            live = bulk_queries.live_ids(session, contact_ids)
            names = bulk_queries.display_names(session, live)
            titles = [(cid, title.replace("{name}", names.get(cid, ""))) for cid in live]
            change.created_ids = bulk_queries.insert_follow_up_tasks(session, titles, due_at, now)
        change.changed = live
        return change

    # -- email ----------------------------------------------------------------------
    def email_plan(self, contact_ids: list[int], subject: str = "") -> EmailPlan:
        """mailto: links with every contact's first email in BCC, split to fit."""
        with self._db.reading() as session:
            addresses = bulk_queries.primary_emails(session, contact_ids)
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
        with self._db.transaction() as session:
            live = bulk_queries.live_ids(session, contact_ids)
            change.last_contacted_before = bulk_queries.last_contacted(session, live)
            change.created_ids = bulk_queries.log_emails(session, live, summary, when)
        change.changed = live
        return change

    # -- export (nothing to undo) ------------------------------------------------------
    def export(self, contact_ids: list[int], path: Path) -> int:
        """The contacts as CSV (.csv) or vCard (.vcf, anything else), written atomically."""
        from deskcrm.services.import_export import exporting

        if path.suffix.lower() == ".csv":
            return exporting.export_contacts_csv(self._db, path, contact_ids)
        return exporting.export_contacts_vcard(self._db, path, contact_ids)

    # -- undo / redo ----------------------------------------------------------------
    def undo(self, change: BulkChange) -> Changes:
        """Takes the whole action back; returns what that wrote (the action's Changes)."""
        with self._db.transaction() as session:
            tag_id = change.tag_id  # None only when a tag to remove did not exist: no change
            if change.action == "add_tag" and tag_id is not None:
                bulk_queries.unlink_tag(session, tag_id, change.changed)
                if change.tag_created:
                    tag_queries.delete_tag(session, tag_id)
            elif change.action == "remove_tag" and tag_id is not None:
                bulk_queries.link_tag(session, tag_id, change.changed)
            elif change.action == "lifecycle":
                lifecycle.change_back(session, change.lifecycles_before, self._clock(), "bulk")
            elif change.action == "follow_up":
                bulk_queries.delete_tasks(session, change.created_ids)
            elif change.action == "email":
                bulk_queries.delete_interactions(session, change.created_ids)
                bulk_queries.restore_last_contacted(session, change.last_contacted_before)
        return change.changes

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
