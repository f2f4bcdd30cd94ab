"""Deal use cases outside the board: create, edit, trash, list closed and per contact."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from deskcrm.db import bulk_queries, deal_queries, trash
from deskcrm.db.deal_queries import ClosedDeal, DealSummary, end_position, record_stage_entry
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact, Deal, Pipeline, Stage
from deskcrm.domain.dates import format_date, utc_now
from deskcrm.domain.messages import tr
from deskcrm.domain.money import format_money, is_currency_code
from deskcrm.domain.validation import clean_text
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created, owned_changes
from deskcrm.services.editing import Described, Editing, check_version


@dataclass
class DealInput:
    title: str = ""
    pipeline_id: int = 0
    stage_id: int = 0
    contact_id: int | None = None
    company_id: int | None = None
    value_minor: int = 0
    currency: str = "EUR"
    probability_override: int | None = None
    expected_close: date | None = None
    notes: str = ""


class DealService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def validate(self, session: Session, data: DealInput) -> dict[str, object]:
        errors: dict[str, str] = {}
        title = clean_text(data.title, limit=300)
        if not title:
            errors["title"] = tr("A deal needs a title")
        currency = data.currency.strip().upper()
        if not is_currency_code(currency):
            errors["currency"] = tr("Use a three-letter ISO code such as EUR")
        if data.value_minor < 0:
            errors["value"] = tr("A value cannot be negative")
        if data.probability_override is not None and not 0 <= data.probability_override <= 100:
            errors["probability"] = tr("Between 0 and 100 %")
        stage = session.get(Stage, data.stage_id)
        if stage is None or stage.pipeline_id != data.pipeline_id:
            errors["stage"] = tr("Pick a stage of the deal's pipeline")
        if data.contact_id is not None:
            contact = trash.live(session, Contact, data.contact_id)
            if contact is None:
                errors["contact"] = tr("That contact no longer exists")
        if data.company_id is not None:
            company = trash.live(session, Company, data.company_id)
            if company is None:
                errors["company"] = tr("That company no longer exists")
        if errors:
            raise ValidationError(errors)
        return {
            "title": title,
            "pipeline_id": data.pipeline_id,
            "contact_id": data.contact_id,
            "company_id": data.company_id,
            "value_minor": data.value_minor,
            "currency": currency,
            "probability_override": data.probability_override,
            "expected_close": data.expected_close,
            "notes": clean_text(data.notes),
        }

    def create(self, data: DealInput) -> Created:
        now = self._clock()
        with self._db.transaction() as session:
            values = self.validate(session, data)
            stage = session.get(Stage, data.stage_id)
            assert stage is not None
            if stage.is_won or stage.is_lost:
                raise ValidationError({"stage": tr("New deals start in an open stage")})
            if data.company_id is None and data.contact_id is not None:
                contact = session.get(Contact, data.contact_id)
                values["company_id"] = contact.company_id if contact else None
            deal = Deal(
                **values,  # type: ignore[arg-type]
                stage_id=data.stage_id,
                position=end_position(session, data.stage_id),
                stage_entered_at=now,
                created_at=now,
                updated_at=now,
            )
            session.add(deal)
            session.flush()
            assert deal.id is not None
            record_stage_entry(session, deal.id, data.stage_id, now)
            return Created(deal.id, owned_changes(session, Deal, "deals", [deal.id], reshaped=True))

    def update(
        self, deal_id: int, data: DealInput, *, expected_version: int | None = None
    ) -> Changes:
        """Save an edit; the Changes name the contact it left as well as the new one. With
        `expected_version` (from `opened`), a deal someone else changed since (edited,
        moved on the board, won or lost) is left as it is and EditConflictError says so."""
        now = self._clock()
        with self._db.transaction() as session:
            deal = trash.live(session, Deal, deal_id)
            if deal is None:
                raise NotFoundError(f"Deal {deal_id} does not exist or is in the trash")
            check_version(deal_id, deal.row_version, expected_version)
            before_owner = deal.contact_id
            values = self.validate(session, data)
            for key, value in values.items():
                setattr(deal, key, value)
            if data.stage_id != deal.stage_id:
                stage = session.get(Stage, data.stage_id)
                assert stage is not None
                if deal.status == "open" and (stage.is_won or stage.is_lost):
                    raise ValidationError({"stage": tr("Close a deal with Won or Lost instead")})
                deal.stage_id = data.stage_id
                deal.position = end_position(session, data.stage_id)
                deal.stage_entered_at = now
                record_stage_entry(session, deal_id, data.stage_id, now)
            deal.updated_at = now
            session.add(deal)
            return owned_changes(session, Deal, "deals", [deal_id], extra_owners=[before_owner])

    def get(self, deal_id: int) -> tuple[DealInput, str]:
        """The deal as editable input, plus its status."""
        with self._db.reading() as session:
            deal = self._read(session, deal_id)
            return self._input(deal), deal.status

    def opened(self, deal_id: int) -> Editing[DealInput]:
        """The deal as an edit form opens it, with its row version."""
        with self._db.reading() as session:
            deal = self._read(session, deal_id)
            return Editing(self._input(deal), deal.row_version, deal.title)

    @staticmethod
    def _read(session: Session, deal_id: int) -> Deal:
        deal = session.get(Deal, deal_id)
        if deal is None:
            raise NotFoundError(f"Deal {deal_id} does not exist")
        return deal

    @staticmethod
    def _input(deal: Deal) -> DealInput:
        return DealInput(
            title=deal.title,
            pipeline_id=deal.pipeline_id,
            stage_id=deal.stage_id,
            contact_id=deal.contact_id,
            company_id=deal.company_id,
            value_minor=deal.value_minor,
            currency=deal.currency,
            probability_override=deal.probability_override,
            expected_close=deal.expected_close,
            notes=deal.notes,
        )

    def described(self, data: DealInput) -> Described:
        """The form's fields as text, in its order, names for ids (for an edit conflict)."""
        with self._db.reading() as session:
            contact = (
                bulk_queries.display_names(session, [data.contact_id]).get(data.contact_id, "")
                if data.contact_id is not None
                else ""
            )
            company = session.get(Company, data.company_id) if data.company_id else None
            stage = session.get(Stage, data.stage_id)
            pipeline = session.get(Pipeline, data.pipeline_id)
        where = f"{pipeline.name}: {stage.name}" if pipeline and stage else ""
        probability = data.probability_override
        return [
            ("Title", data.title),
            ("Contact", contact),
            ("Company", company.name if company else ""),
            ("Stage", where),
            ("Value", format_money(data.value_minor, data.currency)),
            ("Probability", "" if probability is None else f"{probability} %"),
            ("Expected close", format_date(data.expected_close)),
            ("Notes", data.notes),
        ]

    def delete(self, deal_ids: list[int]) -> Changes:
        """To the trash; the Changes name only the deals really moved."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Deal, deal_ids, self._clock())
            return owned_changes(session, Deal, "deals", moved, reshaped=True)

    def restore(self, deal_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Deal, deal_ids)
            return owned_changes(session, Deal, "deals", deal_ids, reshaped=True)

    def for_contact(self, contact_id: int) -> list[DealSummary]:
        """Open deals first, then closed ones, newest first within each."""
        with self._db.reading() as session:
            return deal_queries.deals_of_contact(session, contact_id)

    def closed(self, pipeline_id: int, limit: int = 5000) -> list[ClosedDeal]:
        """Won and lost deals of a pipeline, most recently closed first."""
        with self._db.reading() as session:
            return deal_queries.closed_deals(session, pipeline_id, limit)


__all__ = ["ClosedDeal", "DealInput", "DealService", "DealSummary"]
