"""Contact use cases: validate and save people, warn of duplicates, trash and restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from deskcrm.db import company_queries, contact_queries, fts, lifecycle, tag_queries, trash
from deskcrm.db.contact_queries import ContactFilter, ContactRow
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact, ContactEmail, ContactPhone, ContactTag
from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.messages import tr
from deskcrm.domain.sorting import person_sort_key
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.storage.settings import SettingsService


@dataclass
class ContactInput:
    """What a user typed into the contact form (or an importer read)."""

    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    name_prefix: str = ""  # Dr., Ms.
    name_suffix: str = ""  # Jr., PhD
    nickname: str = ""
    company_id: int | None = None
    company_name: str = ""  # used when company_id is None: found or created by name
    title: str = ""
    department: str = ""
    emails: list[str] = field(default_factory=list)
    email_labels: list[str] = field(default_factory=list)  # emails[i]'s label (work, home …)
    phones: list[str] = field(default_factory=list)
    phone_labels: list[str] = field(default_factory=list)  # phones[i]'s label (mobile …)
    # The first address, flat (the form's fields). When `addresses` is given it wins and
    # these mirror addresses[0].
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    addresses: list[PostalAddress] = field(default_factory=list)
    websites: list[Website] = field(default_factory=list)
    birthday: date | None = None
    birthday_year_known: bool = True  # False: `birthday` is in the year 2000, year unknown
    anniversary: date | None = None
    anniversary_year_known: bool = True
    lifecycle: str = Lifecycle.LEAD.value
    source: str = ""
    source_uid: str = ""  # the record's id in the file it came from (vCard UID)
    notes: str = ""
    follow_up_days: int | None = None
    tags: list[str] = field(default_factory=list)
    unparsed: list[UnparsedValue] = field(default_factory=list)  # kept as written, to check


@dataclass(frozen=True)
class ContactDetail:
    id: int
    data: ContactInput
    company_name: str
    phones_display: list[str]  # numbers to be checked carry a "check this number" warning
    last_contacted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    phones_to_check: list[str] = field(default_factory=list)  # kept as typed, not valid

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    reason: str  # e.g. "same email anna@example.com"


@dataclass(frozen=True)
class _Clean:
    values: dict[str, Any]
    emails: list[str]
    phones: list[validation.PhoneNumber]
    tags: list[str]


class ContactService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    # -- validation -------------------------------------------------------------
    def validate(self, data: ContactInput) -> _Clean:
        """Normalise everything or raise ValidationError naming each bad field."""
        errors = validation.require_person_name(data.first_name, data.last_name)
        emails: list[str] = []
        seen_emails: set[str] = set()
        for raw in data.emails:
            if not raw.strip():
                continue
            try:
                email = validation.normalise_email(raw)
            except ValueError as exc:
                errors.setdefault("emails", str(exc))
                continue
            if email.lower() not in seen_emails:
                seen_emails.add(email.lower())
                emails.append(email)
        # A number that is not valid where the contact lives is kept as typed and flagged
        # for the user to check: never refused, never given another country's code.
        region = self.phone_region(data.country)
        phones: list[validation.PhoneNumber] = []
        seen_phones: set[str] = set()
        for raw in data.phones:
            if not raw.strip():
                continue
            phone = validation.read_phone(raw, region)
            if phone.e164 not in seen_phones:
                seen_phones.add(phone.e164)
                phones.append(phone)
        try:
            lifecycle = Lifecycle(data.lifecycle).value
        except ValueError:
            errors["lifecycle"] = f"Unknown lifecycle “{data.lifecycle}”"
            lifecycle = Lifecycle.LEAD.value
        if data.follow_up_days is not None and not 1 <= data.follow_up_days <= 3650:
            errors["follow_up_days"] = tr("Between 1 and 3650 days")
        if errors:
            raise ValidationError(errors)
        tags: list[str] = []
        seen_tags: set[str] = set()
        for tag in data.tags:
            name = validation.clean_text(tag, limit=100)
            if name and name.lower() not in seen_tags:
                seen_tags.add(name.lower())
                tags.append(name)
        values: dict[str, Any] = {
            "first_name": validation.clean_text(data.first_name, limit=validation.MAX_NAME),
            "last_name": validation.clean_text(data.last_name, limit=validation.MAX_NAME),
            "company_id": data.company_id,
            "title": validation.clean_text(data.title, limit=200),
            "address": validation.clean_text(data.address, limit=500),
            "postal_code": validation.clean_text(data.postal_code, limit=20),
            "city": validation.clean_text(data.city, limit=200),
            "country": validation.clean_text(data.country, limit=200),
            "birthday": data.birthday,
            "lifecycle": lifecycle,
            "source": validation.clean_text(data.source, limit=200),
            "notes": validation.clean_text(data.notes),
            "follow_up_days": data.follow_up_days,
            "sort_name": person_sort_key(data.first_name, data.last_name),
            "primary_email": emails[0] if emails else "",
            "primary_phone": phones[0].e164 if phones else "",
        }
        return _Clean(values, emails, phones, tags)

    def phone_region(self, country: str) -> str:
        """The region numbers of a contact in `country` are read in ("" when none is known)."""
        return validation.phone_region(country, self._settings.load().phone_region)

    def find_duplicates(
        self,
        emails: list[str],
        phones: list[str],
        exclude_id: int | None = None,
        country: str = "",
    ) -> list[Duplicate]:
        """Live contacts sharing an email or a valid phone with the given ones (a number to
        be checked is no sign of the same person)."""
        region = self.phone_region(country)
        wanted_phones = []
        for raw in phones:
            phone = validation.read_phone(raw, region)
            if phone.checked:
                wanted_phones.append(phone.e164)
        wanted_emails = [e.strip() for e in emails if e.strip()]
        found: dict[int, Duplicate] = {}
        with self._db.reading() as session:
            for email in wanted_emails:
                for cid, first, last in contact_queries.live_with_email(session, email):
                    if cid != exclude_id:
                        name = f"{first} {last}".strip()
                        found.setdefault(cid, Duplicate(cid, name, f"same email {email}"))
            for number in wanted_phones:
                for cid, first, last in contact_queries.live_with_phone(session, number):
                    if cid != exclude_id:
                        name = f"{first} {last}".strip()
                        shown = validation.display_phone(number)
                        found.setdefault(cid, Duplicate(cid, name, f"same phone {shown}"))
        return list(found.values())

    # -- writes -----------------------------------------------------------------
    def create(self, data: ContactInput) -> int:
        clean = self.validate(data)
        now = self._clock()
        with self._db.transaction() as session:
            clean.values["company_id"] = self._company_for(session, data)
            contact = Contact(**clean.values, created_at=now, updated_at=now)
            session.add(contact)
            session.flush()
            assert contact.id is not None
            lifecycle.record_created(session, [(contact.id, contact.lifecycle)], now)
            self._write_children(session, contact.id, clean)
            fts.refresh_contacts(session, [contact.id])
            return contact.id

    def update(self, contact_id: int, data: ContactInput) -> None:
        with self._db.transaction() as session:
            self.update_in(session, contact_id, data)

    def update_in(self, session: Session, contact_id: int, data: ContactInput) -> None:
        """`update` inside a caller's transaction (a merge writes several records at once)."""
        clean = self.validate(data)
        contact = self._live(session, contact_id)
        clean.values["company_id"] = self._company_for(session, data, contact.company_id)
        assert contact.id is not None
        lifecycle.note_change(
            session,
            contact.id,
            contact.lifecycle,
            clean.values["lifecycle"],
            self._clock(),
            "edited",
        )
        for key, value in clean.values.items():
            setattr(contact, key, value)
        contact.updated_at = self._clock()
        session.add(contact)
        self._write_children(session, contact_id, clean)
        fts.refresh_contacts(session, [contact_id])

    def delete(self, contact_ids: list[int]) -> list[int]:
        """Move to the trash; returns the ids actually moved (for undo)."""
        with self._db.transaction() as session:
            return trash.move_to_trash(session, Contact, contact_ids, self._clock())

    def restore(self, contact_ids: list[int]) -> None:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Contact, contact_ids)

    def empty_trash(self) -> int:
        with self._db.transaction() as session:
            return contact_queries.empty_trash(session)

    # -- reads ------------------------------------------------------------------
    def get(self, contact_id: int) -> ContactDetail:
        with self._db.reading() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(f"Contact {contact_id} does not exist")
            emails = contact_queries.emails_of(session, contact_id)
            phone_rows = contact_queries.phones_of(session, contact_id)
            phones = [number for number, _needs_check in phone_rows]
            to_check = [number for number, needs_check in phone_rows if needs_check]
            tags = contact_queries.tag_names_of(session, contact_id)
            company = session.get(Company, contact.company_id) if contact.company_id else None
        data = ContactInput(
            first_name=contact.first_name,
            last_name=contact.last_name,
            company_id=contact.company_id,
            company_name=company.name if company else "",
            title=contact.title,
            emails=list(emails),
            phones=list(phones),
            address=contact.address,
            postal_code=contact.postal_code,
            city=contact.city,
            country=contact.country,
            birthday=contact.birthday,
            lifecycle=contact.lifecycle,
            source=contact.source,
            notes=contact.notes,
            follow_up_days=contact.follow_up_days,
            tags=list(tags),
        )
        return ContactDetail(
            id=contact_id,
            data=data,
            company_name=company.name if company else "",
            phones_display=[
                f"{p} — {tr('check this number')}" if p in to_check else validation.display_phone(p)
                for p in phones
            ],
            last_contacted_at=contact.last_contacted_at,
            created_at=contact.created_at,
            updated_at=contact.updated_at,
            deleted_at=contact.deleted_at,
            phones_to_check=to_check,
        )

    def lifecycle_history(self, contact_id: int) -> list[tuple[str, datetime, str]]:
        """(stage, since when, why) for each change, oldest first."""
        with self._db.reading() as session:
            return lifecycle.history(session, contact_id)

    def list_ids(self, flt: ContactFilter) -> list[int]:
        with self._db.reading() as session:
            return contact_queries.contact_ids(session, flt)

    def rows(self, ids: list[int]) -> dict[int, ContactRow]:
        with self._db.reading() as session:
            return contact_queries.contact_rows(session, ids)

    def search(self, typed: str, limit: int = 20) -> list[ContactRow]:
        """Best matches first; the same index the contact list filters with."""
        with self._db.reading() as session:
            ids = contact_queries.search_ranked(session, typed, limit)
            rows = contact_queries.contact_rows(session, ids)
        return [rows[i] for i in ids if i in rows]

    def count(self) -> int:
        with self._db.reading() as session:
            return contact_queries.count_live(session)

    # -- helpers ----------------------------------------------------------------
    @staticmethod
    def _live(session: Session, contact_id: int) -> Contact:
        contact = trash.live(session, Contact, contact_id)
        if contact is None:
            raise NotFoundError(f"Contact {contact_id} does not exist or is in the trash")
        return contact

    def _company_for(
        self, session: Session, data: ContactInput, linked_id: int | None = None
    ) -> int | None:
        """The company to link: the given id, else one found or created by name.

        `linked_id` is the company the person is linked to now. While that company is in
        the trash the link is kept unless another company is given: the form cannot offer
        a company in the trash, so an edit brings the field back blank (or, read from
        `get`, names the trashed company), and undoing the company's delete must find all
        of its people still linked.
        """
        if linked_id is not None:
            unchanged = data.company_id == linked_id
            left_blank = data.company_id is None and not data.company_name.strip()
            if (unchanged or left_blank) and company_queries.in_trash(session, linked_id):
                return linked_id
        if data.company_id is not None:
            company = trash.live(session, Company, data.company_id)
            if company is None:
                raise ValidationError({"company": tr("That company no longer exists")})
            return data.company_id
        name = validation.clean_text(data.company_name, limit=200)
        if not name:
            return None
        found = company_queries.live_id_by_name(session, name)
        if found is not None:
            return found
        now = self._clock()
        company = Company(name=name, created_at=now, updated_at=now)
        session.add(company)
        session.flush()
        return company.id

    @staticmethod
    def _write_children(session: Session, contact_id: int, clean: _Clean) -> None:
        contact_queries.clear_children(session, contact_id)
        for pos, email in enumerate(clean.emails):
            session.add(ContactEmail(contact_id=contact_id, address=email, position=pos))
        for pos, phone in enumerate(clean.phones):
            session.add(
                ContactPhone(
                    contact_id=contact_id,
                    number=phone.e164,
                    digits=phone.national_digits,
                    position=pos,
                    needs_check=not phone.checked,
                )
            )
        for name in clean.tags:
            tag_id = tag_queries.tag_id(session, name)
            if tag_id is None:
                tag_id = tag_queries.create_tag(session, name)
            session.add(ContactTag(contact_id=contact_id, tag_id=tag_id))
        session.flush()
