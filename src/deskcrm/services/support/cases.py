"""Support cases: a customer's problem tracked to resolution, with a thread of notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskcrm.db import case_queries, trash
from deskcrm.db.case_queries import CaseRecord, NoteEntry
from deskcrm.db.engine import Database
from deskcrm.db.tables import CaseNote, Contact, Deal, Purchase, SupportCase
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import CaseStatus, NoteAuthor
from deskcrm.domain.messages import tr
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Applied, Changes, Created, owned_changes

# An open case whose customer has waited this long for a reply is a follow-up.
DEFAULT_REPLY_DAYS = 2


@dataclass(frozen=True)
class CaseInput:
    title: str
    contact_id: int
    priority: int = 0  # domain.enums.TaskPriority values
    deal_id: int | None = None
    purchase_id: int | None = None
    first_note: str = ""  # the customer's problem, as they told it


@dataclass(frozen=True)
class CaseRow:
    id: int
    title: str
    contact_id: int
    contact_name: str
    status: str
    priority: int
    opened_at: datetime
    closed_at: datetime | None
    waiting_since: datetime | None  # the customer's last word, unanswered; None if answered
    notes: int
    deal_id: int | None = None
    purchase_id: int | None = None
    about: str = ""  # "Deal: …" or "Purchase: …" when the case is tied to one

    def overdue(self, now: datetime, reply_days: int) -> bool:
        return (
            self.status == CaseStatus.OPEN
            and self.waiting_since is not None
            and now - self.waiting_since >= timedelta(days=reply_days)
        )


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None  # a CaseStatus value; None: open and waiting
    contact_id: int | None = None
    text: str = ""
    overdue_only: bool = False
    include_resolved: bool = False


def _row(r: CaseRecord) -> CaseRow:
    """When the customer last spoke with no reply of mine after it: their latest note (or
    the opening) if no note of mine is later."""
    heard = max(r.opened_at, r.heard_at) if r.heard_at else r.opened_at
    replied = r.replied_at
    waiting = heard if replied is None or replied < heard else None
    return CaseRow(
        r.id,
        r.title,
        r.contact_id,
        r.contact_name,
        r.status,
        r.priority,
        r.opened_at,
        r.closed_at,
        waiting,
        r.notes,
        r.deal_id,
        r.purchase_id,
        r.about,
    )


class CaseService:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime] = utc_now,
        reply_days: Callable[[], int] = lambda: DEFAULT_REPLY_DAYS,
    ) -> None:
        self._db = db
        self._clock = clock
        self.reply_days = reply_days

    def open_case(self, data: CaseInput) -> Created:
        title = validation.clean_text(data.title, limit=300)
        errors = {}
        if not title:
            errors["title"] = tr("Say what the problem is")
        if data.priority not in range(4):
            errors["priority"] = tr("Pick a priority")
        if errors:
            raise ValidationError(errors)
        now = self._clock()
        with self._db.transaction() as session:
            if trash.live(session, Contact, data.contact_id) is None:
                raise ValidationError({"contact": tr("Pick a contact who is not in the trash")})
            for column, model, value in (
                ("deal", Deal, data.deal_id),
                ("purchase", Purchase, data.purchase_id),
            ):
                if value is not None and not case_queries.belongs_to_contact(
                    session, model, value, data.contact_id
                ):
                    raise ValidationError({column: tr("That is not this customer's")})
            case = SupportCase(
                title=title,
                contact_id=data.contact_id,
                deal_id=data.deal_id,
                purchase_id=data.purchase_id,
                priority=data.priority,
                opened_at=now,
                created_at=now,
                updated_at=now,
            )
            session.add(case)
            session.flush()
            assert case.id is not None
            body = validation.clean_text(data.first_note)
            if body:
                session.add(
                    CaseNote(
                        case_id=case.id,
                        author=NoteAuthor.CUSTOMER.value,
                        body=body,
                        written_at=now,
                    )
                )
            changes = owned_changes(session, SupportCase, "cases", [case.id], reshaped=True)
            return Created(case.id, changes)

    def add_note(self, case_id: int, author: str, body: str) -> Created:
        """A note on the thread; a reply of mine to a case waiting on me keeps it open, a
        message from the customer on a case waiting on them opens it again. The id is the
        note's; the Changes name its case."""
        try:
            author = NoteAuthor(author).value
        except ValueError as exc:
            raise ValidationError({"author": f"Unknown author “{author}”"}) from exc
        body = validation.clean_text(body)
        if not body:
            raise ValidationError({"body": tr("Write the note")})
        now = self._clock()
        with self._db.transaction() as session:
            case = trash.live(session, SupportCase, case_id)
            if case is None:
                raise NotFoundError(f"Case {case_id} does not exist")
            note = CaseNote(case_id=case_id, author=author, body=body, written_at=now)
            session.add(note)
            if author == NoteAuthor.CUSTOMER and case.status == CaseStatus.WAITING:
                case.status = CaseStatus.OPEN.value
            case.updated_at = now
            session.add(case)
            session.flush()
            assert note.id is not None
            return Created(note.id, owned_changes(session, SupportCase, "cases", [case_id]))

    def delete_note(self, note_id: int) -> Changes:
        with self._db.transaction() as session:
            note = session.get(CaseNote, note_id)
            case_ids = [note.case_id] if note is not None else []
            case_queries.delete_note(session, note_id)
            return owned_changes(session, SupportCase, "cases", case_ids)

    def set_status(self, case_id: int, status: str) -> Applied[tuple[str, datetime | None]]:
        """Open → waiting on customer → resolved (and back: a resolved case reopens).
        Returns the status and closing time it had, for undo."""
        try:
            status = CaseStatus(status).value
        except ValueError as exc:
            raise ValidationError({"status": f"Unknown status “{status}”"}) from exc
        now = self._clock()
        with self._db.transaction() as session:
            case = trash.live(session, SupportCase, case_id)
            if case is None:
                raise NotFoundError(f"Case {case_id} does not exist")
            before = (case.status, case.closed_at)
            if status == CaseStatus.RESOLVED and case.status != CaseStatus.RESOLVED:
                case.closed_at = now
            elif status != CaseStatus.RESOLVED:
                case.closed_at = None
            case.status = status
            case.updated_at = now
            session.add(case)
            # Resolved cases leave the open list, reopened ones come back to it.
            changes = owned_changes(session, SupportCase, "cases", [case_id], reshaped=True)
            return Applied(before, changes)

    def restore_status(self, case_id: int, status: str, closed_at: datetime | None) -> Changes:
        with self._db.transaction() as session:
            case = trash.live(session, SupportCase, case_id)
            if case is not None:
                case.status = status
                case.closed_at = closed_at
                session.add(case)
            return owned_changes(session, SupportCase, "cases", [case_id], reshaped=True)

    def delete(self, case_ids: list[int]) -> Changes:
        """To the trash; the Changes name only the cases really moved."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, SupportCase, case_ids, self._clock())
            return owned_changes(session, SupportCase, "cases", moved, reshaped=True)

    def restore(self, case_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, SupportCase, case_ids)
            return owned_changes(session, SupportCase, "cases", case_ids, reshaped=True)

    # -- reads --------------------------------------------------------------------
    def cases(self, flt: CaseFilter = CaseFilter()) -> list[CaseRow]:
        """Overdue first, then by priority and age."""
        like = ""
        if flt.text.strip():
            escaped = flt.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like = f"%{escaped}%"
        with self._db.reading() as session:
            records = case_queries.case_records(
                session,
                status=flt.status,
                include_resolved=flt.include_resolved,
                contact_id=flt.contact_id,
                like=like,
            )
        rows = [_row(r) for r in records]
        now, days = self._clock(), self.reply_days()
        if flt.overdue_only:
            rows = [r for r in rows if r.overdue(now, days)]
        rows.sort(
            key=lambda r: (
                r.status == CaseStatus.RESOLVED,
                not r.overdue(now, days),
                -r.priority,
                r.opened_at,
            )
        )
        return rows

    def get(self, case_id: int) -> CaseRow:
        with self._db.reading() as session:
            found = case_queries.case_records(session, case_id=case_id)
        if not found:
            raise NotFoundError(f"Case {case_id} does not exist")
        return _row(found[0])

    def notes(self, case_id: int) -> list[NoteEntry]:
        with self._db.reading() as session:
            return case_queries.case_notes(session, case_id)

    def overdue(self) -> list[CaseRow]:
        return self.cases(CaseFilter(status=CaseStatus.OPEN.value, overdue_only=True))


def resolution_figures(
    db: Database, start: datetime, end: datetime
) -> tuple[int, int, float | None]:
    """Cases opened and resolved in [start, end), and the median days to resolve of those
    resolved (the activity report's figures)."""
    with db.reading() as session:
        opened = case_queries.opened_count(session, start, end)
        resolved = case_queries.resolved_spans(session, start, end)
    days = sorted((c - o).total_seconds() / 86400 for o, c in resolved)
    return opened, len(days), _median(days)


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


__all__ = [
    "CaseFilter",
    "CaseInput",
    "CaseRow",
    "CaseService",
    "NoteEntry",
    "resolution_figures",
]
