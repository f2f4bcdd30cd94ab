"""Company use cases: create, edit, list, trash and restore organisations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from deskcrm.db import company_page_queries, company_queries, fts, trash
from deskcrm.db.company_page_queries import CompanyDeal, CompanyEntry
from deskcrm.db.company_queries import CompanyRow
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.domain.messages import tr
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created
from deskcrm.services.editing import Described, Editing, check_version


@dataclass
class CompanyInput:
    name: str = ""
    website: str = ""
    email: str = ""
    # As written (typed, or read from a file): a company has one number, shown as the user
    # wrote it, letters ("+1 800 FLOWERS") and extension ("x123") included.
    phone: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""
    # The id of the record it was imported from (a vCard UID); "" for one made here. The
    # form never shows it: an edit that leaves it "" keeps the one stored.
    source_uid: str = ""


MAX_SOURCE_UID = 400  # as a contact's


@dataclass(frozen=True)
class CompanyPage:
    deals: list[CompanyDeal]
    revenue: dict[str, int]  # currency -> minor units
    timeline: list[CompanyEntry]
    timeline_total: int  # entries in all (the page lists the newest)


class CompanyService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def validate(self, data: CompanyInput) -> dict[str, Any]:
        errors: dict[str, str] = {}
        name = data.name.strip()
        if not name:
            errors["name"] = tr("A company name is required")
        elif len(name) > 200:
            errors["name"] = tr("At most 200 characters")
        email = data.email.strip()
        if email:
            try:
                email = validation.normalise_email(email)
            except ValueError as exc:
                errors["email"] = str(exc)
        if errors:
            raise ValidationError(errors)
        return {
            "name": name,
            "website": validation.clean_text(data.website, limit=300),
            "email": email,
            "phone": validation.clean_text(data.phone, limit=50),
            "address": validation.clean_text(data.address, limit=500),
            "city": validation.clean_text(data.city, limit=200),
            "country": validation.clean_text(data.country, limit=200),
            "notes": validation.clean_text(data.notes),
            "source_uid": validation.clean_text(data.source_uid, limit=MAX_SOURCE_UID),
        }

    def create(self, data: CompanyInput) -> Created:
        values = self.validate(data)
        now = self._clock()
        with self._db.transaction() as session:
            company = Company(**values, created_at=now, updated_at=now)
            session.add(company)
            session.flush()
            assert company.id is not None
            changes = Changes.of(companies=[company.id], added_or_removed=["companies"])
            return Created(company.id, changes)

    def update(
        self, company_id: int, data: CompanyInput, *, expected_version: int | None = None
    ) -> Changes:
        """Save an edit; a new name shows on its people's rows, so contacts change too.
        With `expected_version` (from `opened`), a company someone else changed since is
        left as it is and EditConflictError says so."""
        values = self.validate(data)
        with self._db.transaction() as session:
            company = trash.live(session, Company, company_id)
            if company is None:
                raise NotFoundError(f"Company {company_id} does not exist or is in the trash")
            check_version(company_id, company.row_version, expected_version)
            renamed = company.name != values["name"]
            if not values["source_uid"]:
                del values["source_uid"]  # the form does not know it: kept
            for key, value in values.items():
                setattr(company, key, value)
            company.updated_at = self._clock()
            session.add(company)
            session.flush()
            if renamed:
                fts.refresh_company(session, company_id)
        return Changes.of(companies=[company_id], whole=["contacts"] if renamed else [])

    def get(self, company_id: int) -> CompanyInput:
        return self.opened(company_id).data

    def page(self, company_id: int, entries: int = 200) -> CompanyPage:
        """What the company's page shows beside its fields: its deals and its people's,
        what its people bought, and their timelines together (newest `entries`)."""
        with self._db.reading() as session:
            timeline, total = company_page_queries.timeline(session, company_id, entries)
            return CompanyPage(
                deals=company_page_queries.deals(session, company_id),
                revenue=company_page_queries.revenue(session, company_id),
                timeline=timeline,
                timeline_total=total,
            )

    def opened(self, company_id: int) -> Editing[CompanyInput]:
        """The company as an edit form opens it, with its row version."""
        with self._db.reading() as session:
            company = session.get(Company, company_id)
            if company is None:
                raise NotFoundError(f"Company {company_id} does not exist")
            data = CompanyInput(
                company.name,
                company.website,
                company.email,
                company.phone,
                company.address,
                company.city,
                company.country,
                company.notes,
                company.source_uid,
            )
            return Editing(data, company.row_version, company.name)

    @staticmethod
    def described(data: CompanyInput) -> Described:
        """The form's fields as text, in its order (for an edit conflict)."""
        return [
            ("Name", data.name),
            ("Website", data.website),
            ("Email", data.email),
            ("Phone", data.phone),
            ("Street", data.address),
            ("City", data.city),
            ("Country", data.country),
            ("Notes", data.notes),
        ]

    def find_by_source_uid(self, source_uid: str) -> int | None:
        """The live company imported from a record with this source id, if any."""
        if not source_uid.strip():
            return None
        with self._db.reading() as session:
            return company_queries.live_id_by_source_uid(session, source_uid.strip())

    def find_by_name(self, name: str) -> int | None:
        with self._db.reading() as session:
            return company_queries.live_id_by_name(session, name.strip())

    def names(self) -> list[tuple[int, str]]:
        """Every live company, for pickers and completers."""
        with self._db.reading() as session:
            return company_queries.live_names(session)

    def delete(self, company_ids: list[int]) -> Changes:
        """To the trash; the Changes name the ids actually moved (for undo). Its people stay
        linked to it (an edit keeps that link, see ContactService), so a restore finds them
        all; their rows show the company's name, so contacts change as a whole."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Company, company_ids, self._clock())
        return _companies(moved)

    def restore(self, company_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Company, company_ids)
        return _companies(company_ids)

    def list_ids(self, typed: str = "", sort: str = "name", descending: bool = False) -> list[int]:
        with self._db.reading() as session:
            return company_queries.company_ids(session, typed, sort, descending)

    def rows(self, ids: list[int]) -> dict[int, CompanyRow]:
        with self._db.reading() as session:
            return company_queries.company_rows(session, ids)


def _companies(ids: list[int]) -> Changes:
    return Changes.of(companies=ids, added_or_removed=["companies"], whole=["contacts"])
