"""Customer feedback: CSAT (1–5) and NPS (0–10) answers on contacts, one at a time or in
bulk from a CSV, and the detractors still waiting to hear from us."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from sqlalchemy import text

from deskcrm.db import dbapi, trash
from deskcrm.db.engine import Database
from deskcrm.db.tables import Contact, Feedback
from deskcrm.db.types import from_db_timestamp, to_db_timestamp
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import FeedbackKind
from deskcrm.domain.messages import tr
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.import_files import ImportFileError, read_csv


@dataclass(frozen=True)
class FeedbackEntry:
    id: int
    contact_id: int
    kind: str
    score: int
    answered_at: datetime
    comment: str


@dataclass(frozen=True)
class Detractor:
    """An unhappy answer with no interaction logged since: someone should get in touch."""

    contact_id: int
    name: str
    kind: str
    score: int
    answered_at: datetime
    comment: str


@dataclass
class FeedbackImport:
    file: str
    rows: int = 0
    added: int = 0
    skipped: list[str] = field(default_factory=list)  # "line 4, score: …" each


# A detractor: NPS 0–6, or CSAT 1–2.
DETRACTOR_SQL = "((f.kind = 'nps' AND f.score <= 6) OR (f.kind = 'csat' AND f.score <= 2))"

_HEADERS = {
    "email": ("email", "e-mail", "email address", "e-mail address"),
    "kind": ("kind", "type", "survey"),
    "score": ("score", "rating", "answer"),
    "date": ("date", "answered", "answered at", "submitted"),
    "comment": ("comment", "comments", "feedback", "text"),
}


def check_score(kind: str, score: int) -> dict[str, str]:
    try:
        low, high = FeedbackKind(kind).scale
    except ValueError:
        return {"kind": tr("Use CSAT or NPS")}
    if not low <= score <= high:
        return {
            "score": tr("{kind} scores go from {low} to {high}").format(
                kind=kind.upper(), low=low, high=high
            )
        }
    return {}


class FeedbackService:
    def __init__(
        self, db: Database, clock: Callable[[], datetime] = utc_now, tz: tzinfo | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._tz = tz

    def _at(self, day: date | datetime | None) -> datetime:
        if day is None:
            return self._clock()
        if isinstance(day, datetime):
            return day
        zone = self._tz or datetime.now().astimezone().tzinfo
        return datetime.combine(day, time(12), zone)  # midday: the same day in any zone

    def record(
        self,
        contact_id: int,
        kind: str,
        score: int,
        answered: date | datetime | None = None,
        comment: str = "",
    ) -> int:
        errors = check_score(kind, score)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            if trash.live(session, Contact, contact_id) is None:
                raise NotFoundError(f"Contact {contact_id} does not exist or is in the trash")
            entry = Feedback(
                contact_id=contact_id,
                kind=FeedbackKind(kind).value,
                score=score,
                answered_at=self._at(answered),
                comment=validation.clean_text(comment, limit=5000),
                created_at=self._clock(),
            )
            session.add(entry)
            session.flush()
            assert entry.id is not None
            return entry.id

    def delete(self, feedback_ids: list[int]) -> list[int]:
        with self._db.transaction() as session:
            return trash.move_to_trash(session, Feedback, feedback_ids, self._clock())

    def restore(self, feedback_ids: list[int]) -> None:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Feedback, feedback_ids)

    def for_contact(self, contact_id: int) -> list[FeedbackEntry]:
        with self._db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT id, contact_id, kind, score, answered_at, comment FROM feedback"
                    " WHERE contact_id = :c AND deleted_at IS NULL ORDER BY answered_at DESC"
                ),
                {"c": contact_id},
            ).all()
        return [FeedbackEntry(i, c, k, s, from_db_timestamp(a), m) for i, c, k, s, a, m in rows]

    def detractors_to_follow_up(self) -> list[Detractor]:
        """Each contact's latest unhappy answer with no interaction logged after it."""
        with self._db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT f.contact_id, trim(c.first_name || ' ' || c.last_name), f.kind,"
                    " f.score, max(f.answered_at), f.comment FROM feedback f"
                    " JOIN contact c ON c.id = f.contact_id AND c.deleted_at IS NULL"
                    f" WHERE f.deleted_at IS NULL AND {DETRACTOR_SQL}"
                    " AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = f.contact_id"
                    "   AND i.deleted_at IS NULL AND i.occurred_at > f.answered_at)"
                    " GROUP BY f.contact_id ORDER BY max(f.answered_at)"
                )
            ).all()
        return [Detractor(c, n, k, s, from_db_timestamp(a), m) for c, n, k, s, a, m in rows]

    def import_csv(self, path: Path, *, dry_run: bool = False) -> FeedbackImport:
        """Answers from a survey tool's CSV: email, kind (csat/nps), score, date, comment.

        Rows naming no known contact or a score out of range are skipped and reported by
        line; the rest are added in one transaction.
        """
        header, rows, _encoding, _delimiter = read_csv(path)
        lowered = [h.lower() for h in header]
        columns = {
            name: next((i for i, h in enumerate(lowered) if h in aliases), None)
            for name, aliases in _HEADERS.items()
        }
        for required in ("email", "score"):
            if columns[required] is None:
                raise ImportFileError(
                    f"{path}: no {required} column in “{', '.join(header)}”"
                    f" (expected one of: {', '.join(_HEADERS[required])})"
                )
        report = FeedbackImport(str(path), rows=len(rows))

        def cell(cells: list[str], name: str) -> str:
            i = columns[name]
            return cells[i].strip() if i is not None and i < len(cells) else ""

        with self._db.transaction() as session:
            by_email = {
                email.lower(): cid
                for email, cid in session.execute(
                    text(
                        "SELECT e.address, e.contact_id FROM contact_email e JOIN contact c"
                        " ON c.id = e.contact_id WHERE c.deleted_at IS NULL"
                    )
                )
            }
            insert = []
            now = to_db_timestamp(self._clock())
            for line, cells in rows:
                email, raw_score = cell(cells, "email"), cell(cells, "score")
                kind = (cell(cells, "kind") or "nps").lower()
                contact_id = by_email.get(email.lower())
                if contact_id is None:
                    report.skipped.append(f"line {line}, email: no contact with “{email}”")
                    continue
                try:
                    score = int(raw_score)
                except ValueError:
                    report.skipped.append(f"line {line}, score: “{raw_score}” is not a number")
                    continue
                problems = check_score(kind, score)
                if problems:
                    field_, message = next(iter(problems.items()))
                    report.skipped.append(f"line {line}, {field_}: {message}")
                    continue
                raw_date = cell(cells, "date")
                try:
                    answered = self._at(date.fromisoformat(raw_date[:10]) if raw_date else None)
                except ValueError:
                    report.skipped.append(
                        f"line {line}, date: “{raw_date}” is not a date (use YYYY-MM-DD)"
                    )
                    continue
                insert.append(
                    (
                        contact_id,
                        kind,
                        score,
                        to_db_timestamp(answered),
                        validation.clean_text(cell(cells, "comment"), limit=5000),
                        now,
                    )
                )
            report.added = len(insert)
            if dry_run:
                session.rollback()
                return report
            dbapi.insert_rows(
                session,
                "feedback",
                ("contact_id", "kind", "score", "answered_at", "comment", "created_at"),
                insert,
            )
        return report
