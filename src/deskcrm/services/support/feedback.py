"""Customer feedback: CSAT (1–5) and NPS (0–10) answers on contacts, one at a time or in
bulk from a CSV, and the detractors still waiting to hear from us."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from deskcrm.db import feedback_queries, trash
from deskcrm.db.engine import Database
from deskcrm.db.feedback_queries import AnswerRow, Detractor, FeedbackEntry
from deskcrm.db.tables import Contact, Feedback
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import FeedbackKind
from deskcrm.domain.messages import tr
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created, owned_changes
from deskcrm.services.import_export.import_files import ImportFileError, read_csv


@dataclass
class FeedbackImport:
    file: str
    rows: int = 0
    added: int = 0
    skipped: list[str] = field(default_factory=list)  # "line 4, score: …" each
    # What the import wrote (nothing for a dry run): the answers as a whole, since one
    # statement adds them without reading back ids, and the contacts they belong to.
    changes: Changes = field(default_factory=Changes)


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
        midday = datetime.combine(day, time(12))  # midday: the same day in any zone
        if self._tz is None:  # the machine's zone, at its offset on that day
            return midday.astimezone()
        return midday.replace(tzinfo=self._tz)

    def record(
        self,
        contact_id: int,
        kind: str,
        score: int,
        answered: date | datetime | None = None,
        comment: str = "",
    ) -> Created:
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
            changes = owned_changes(session, Feedback, "feedback", [entry.id], reshaped=True)
            return Created(entry.id, changes)

    def delete(self, feedback_ids: list[int]) -> Changes:
        """To the trash; the Changes name only the answers really moved."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Feedback, feedback_ids, self._clock())
            return owned_changes(session, Feedback, "feedback", moved, reshaped=True)

    def restore(self, feedback_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Feedback, feedback_ids)
            return owned_changes(session, Feedback, "feedback", feedback_ids, reshaped=True)

    def for_contact(self, contact_id: int) -> list[FeedbackEntry]:
        with self._db.reading() as session:
            return feedback_queries.answers_of_contact(session, contact_id)

    def detractors_to_follow_up(self) -> list[Detractor]:
        """Each contact's latest unhappy answer with no interaction logged after it."""
        with self._db.reading() as session:
            return feedback_queries.detractors_to_follow_up(session)

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
            by_email = feedback_queries.contact_ids_by_email(session)
            insert: list[AnswerRow] = []
            now = self._clock()
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
                        answered,
                        validation.clean_text(cell(cells, "comment"), limit=5000),
                        now,
                    )
                )
            report.added = len(insert)
            if dry_run:
                session.rollback()
                return report
            feedback_queries.add_answers(session, insert)
        if insert:
            report.changes = Changes.of(
                owners={row[0] for row in insert},
                added_or_removed=["feedback"],
                whole=["feedback"],
            )
        return report


__all__ = [
    "Detractor",
    "FeedbackEntry",
    "FeedbackImport",
    "FeedbackService",
    "check_score",
]
