"""Saved segments: named filters over contacts, counted and listed in SQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from sqlalchemy.exc import IntegrityError

from deskcrm.db import segment_queries
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.engine import Database
from deskcrm.db.segment_queries import SegmentQuery
from deskcrm.domain.dates import utc_now
from deskcrm.domain.messages import tr
from deskcrm.domain.periods import Period
from deskcrm.domain.segments import SegmentConditions
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Applied, Changes, Created
from deskcrm.services.contacts.contacts import ContactService


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    conditions: SegmentConditions
    count: int | None = None  # filled in by with_counts()


class SegmentService:
    def __init__(
        self,
        db: Database,
        contacts: ContactService,
        clock: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        self._db = db
        self._contacts = contacts
        self._clock = clock
        self._tz = tz
        # RFM scoring reads every purchase (~1 s for 100,000 contacts): kept until the
        # purchases, the live contacts or the day change.
        self._rfm_cache: tuple[tuple[object, ...], dict[str, list[int]]] | None = None

    # -- queries ----------------------------------------------------------------
    def query(self, conditions: SegmentConditions) -> SegmentQuery:
        """The SQL behind the conditions (an RFM condition is resolved here first)."""
        problems = conditions.problems()
        if problems:
            raise ValidationError(problems)
        rfm_ids = self._rfm_members(conditions.rfm_segment) if conditions.rfm_segment else None
        return segment_queries.build(conditions, self._day_start, self._clock(), rfm_ids)

    def count(self, conditions: SegmentConditions) -> int:
        query = self.query(conditions)
        with self._db.reading() as session:
            return segment_queries.count(session, query)

    def contact_ids(self, conditions: SegmentConditions) -> list[int]:
        """The members, in name order (as the contact list shows them)."""
        return self._contacts.list_ids(ContactFilter(segment=self.query(conditions)))

    def _day_start(self, day: date) -> datetime:
        zone = self._tz or self._clock().astimezone().tzinfo
        return datetime.combine(day, time.min, zone)

    def _rfm_members(self, segment: str) -> list[int]:
        """Scored as in the customers report, over all purchases up to today."""
        from deskcrm.services.reports.context import ReportContext
        from deskcrm.services.reports.customers_report import customer_figures

        today = self._clock().astimezone(self._tz).date() if self._tz else self._clock().date()
        with self._db.reading() as session:
            fingerprint = (today, *segment_queries.rfm_fingerprint(session))
        if self._rfm_cache is None or self._rfm_cache[0] != fingerprint:
            ctx = ReportContext(self._db, Period(date(1900, 1, 1), today), self._clock(), self._tz)
            self._rfm_cache = (fingerprint, customer_figures(ctx).segment_members)
        return self._rfm_cache[1].get(segment, [])

    # -- saved segments -----------------------------------------------------------
    def all(self) -> list[SegmentInfo]:
        with self._db.reading() as session:
            rows = segment_queries.saved_segments(session)
        return [SegmentInfo(i, n, SegmentConditions.from_json(c)) for i, n, c in rows]

    def with_counts(self) -> list[SegmentInfo]:
        """Every saved segment with its live count (None where its conditions no longer
        hold, e.g. a negative range edited by hand)."""
        found = []
        for info in self.all():
            try:
                count: int | None = self.count(info.conditions)
            except ValidationError:
                count = None
            found.append(SegmentInfo(info.id, info.name, info.conditions, count))
        return found

    def get(self, segment_id: int) -> SegmentInfo:
        for info in self.all():
            if info.id == segment_id:
                return info
        raise NotFoundError(f"Segment {segment_id} does not exist")

    def find(self, name: str) -> SegmentInfo:
        for info in self.all():
            if info.name.casefold() == name.strip().casefold():
                return info
        known = ", ".join(i.name for i in self.all()) or "none saved yet"
        raise NotFoundError(f"No segment named “{name}” (segments: {known})")

    def save(
        self, name: str, conditions: SegmentConditions, segment_id: int | None = None
    ) -> Created:
        """Create (no id) or update a segment; the name must be unique, ignoring case."""
        name = name.strip()
        errors = dict(conditions.problems())
        if not name:
            errors["name"] = tr("Give the segment a name")
        elif len(name) > 200:
            errors["name"] = tr("At most 200 characters")
        if errors:
            raise ValidationError(errors)
        now = self._clock()
        try:
            with self._db.transaction() as session:
                if segment_id is None:
                    new_id = segment_queries.insert_segment(
                        session, name, conditions.to_json(), now
                    )
                    new = Changes.of(segments=[new_id], added_or_removed=["segments"])
                    return Created(new_id, new)
                changed = segment_queries.update_segment(
                    session, segment_id, name, _keep_extra(conditions), now
                )
                if not changed:
                    raise NotFoundError(f"Segment {segment_id} does not exist")
                return Created(segment_id, Changes.of(segments=[segment_id]))
        except IntegrityError as exc:
            raise ValidationError(
                {"name": tr("A segment named “{name}” exists already").format(name=name)}
            ) from exc

    def delete(self, segment_id: int) -> Applied[tuple[str, SegmentConditions, int]]:
        """The value is what undo needs to put it back: name, conditions, position."""
        with self._db.transaction() as session:
            row = segment_queries.delete_segment(session, segment_id)
            if row is None:
                raise NotFoundError(f"Segment {segment_id} does not exist")
        gone = Changes.of(segments=[segment_id], added_or_removed=["segments"])
        return Applied((row[0], SegmentConditions.from_json(row[1]), row[2]), gone)


def _keep_extra(conditions: SegmentConditions) -> str:
    """Conditions a newer DeskCRM wrote (unknown here) survive an edit made here."""
    stored = json.loads(conditions.to_json())
    return json.dumps({**conditions.extra, **stored}, ensure_ascii=False, sort_keys=True)
