"""Contact use cases: validate and save people, warn of duplicates, trash and restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from deskcrm.db import company_queries, contact_queries, lifecycle, trash
from deskcrm.db.contact_queries import ContactFilter, ContactRow
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact
from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.messages import tr
from deskcrm.domain.names import known_by, shown_name
from deskcrm.errors import EditConflictError, NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created
from deskcrm.services.contacts import new_contacts, writing
from deskcrm.services.contacts.writing import CleanContact
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
    display_name: str = ""  # the whole name as the source wrote it (vCard FN), if not the parts
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
    # What a form opened on this contact saves with (update's expected_version).
    row_version: int = 1

    @property
    def name(self) -> str:
        """The name shown in lists and titles (domain.names)."""
        data = self.data
        return shown_name(
            data.first_name,
            data.last_name,
            display_name=data.display_name,
            nickname=data.nickname,
            email=next((e for e in data.emails if e), ""),
            phone=next((p for p in data.phones if p), ""),
        )

    @property
    def birthday_shown(self) -> str:
        """The birthday as ISO text; one without its year as vCard writes it (--04-22),
        never with the year 2000 it is stored in."""
        return _shown_date(self.data.birthday, self.data.birthday_year_known)

    @property
    def anniversary_shown(self) -> str:
        return _shown_date(self.data.anniversary, self.data.anniversary_year_known)


def _shown_date(day: date | None, year_known: bool) -> str:
    if day is None:
        return ""
    return day.isoformat() if year_known else day.strftime("--%m-%d")


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    reason: str  # e.g. "same email anna@example.com"


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
    def validate(self, data: ContactInput) -> CleanContact:
        """Normalise everything or raise ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        emails: list[tuple[str, str]] = []
        seen_emails: set[str] = set()
        for i, raw in enumerate(data.emails):
            if not raw.strip():
                continue
            try:
                email = validation.normalise_email(raw)
            except ValueError as exc:
                errors.setdefault("emails", str(exc))
                continue
            if email.lower() not in seen_emails:
                seen_emails.add(email.lower())
                emails.append((email, writing.clean_label(_label(data.email_labels, i))))
        addresses = writing.clean_addresses(
            data.addresses, data.address, data.postal_code, data.city, data.country
        )
        # A number that is not valid where the contact lives is kept as typed and flagged
        # for the user to check: never refused, never given another country's code.
        region = self.phone_region(addresses[0].country if addresses else "")
        phones: list[tuple[validation.PhoneNumber, str]] = []
        seen_phones: set[str] = set()
        for i, raw in enumerate(data.phones):
            if not raw.strip():
                continue
            phone = validation.read_phone(raw, region)
            if phone.e164 not in seen_phones:
                seen_phones.add(phone.e164)
                phones.append((phone, writing.clean_label(_label(data.phone_labels, i))))
        # No name is needed for someone known by something else shown in its place (a
        # valid email, any phone: one kept as typed is saved too).
        goes_by = known_by(
            data.display_name,
            data.nickname,
            emails[0][0] if emails else "",
            phones[0][0].e164 if phones else "",
        )
        errors = {
            **validation.require_person_name(data.first_name, data.last_name, goes_by=goes_by),
            **errors,
        }
        try:
            stage = Lifecycle(data.lifecycle).value
        except ValueError:
            errors["lifecycle"] = f"Unknown lifecycle “{data.lifecycle}”"
            stage = Lifecycle.LEAD.value
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
        birthday, birthday_year_known = writing.year_less(data.birthday, data.birthday_year_known)
        anniversary, anniversary_year_known = writing.year_less(
            data.anniversary, data.anniversary_year_known
        )
        text = validation.clean_text
        return CleanContact(
            first_name=text(data.first_name, limit=validation.MAX_NAME),
            last_name=text(data.last_name, limit=validation.MAX_NAME),
            middle_name=text(data.middle_name, limit=validation.MAX_NAME),
            name_prefix=text(data.name_prefix, limit=100),
            name_suffix=text(data.name_suffix, limit=100),
            nickname=text(data.nickname, limit=validation.MAX_NAME),
            display_name=text(data.display_name, limit=400),
            company_id=data.company_id,
            company_name=text(data.company_name, limit=200),
            title=text(data.title, limit=200),
            department=text(data.department, limit=200),
            emails=emails,
            phones=phones,
            addresses=addresses,
            websites=writing.clean_websites(data.websites),
            birthday=birthday,
            birthday_year_known=birthday_year_known,
            anniversary=anniversary,
            anniversary_year_known=anniversary_year_known,
            lifecycle=stage,
            source=text(data.source, limit=200),
            source_uid=text(data.source_uid, limit=400),
            notes=text(data.notes),
            follow_up_days=data.follow_up_days,
            tags=tags,
            unparsed=writing.clean_unparsed(data.unparsed),
        )

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
                for cid, name in contact_queries.live_with_email(session, email):
                    if cid != exclude_id:
                        found.setdefault(cid, Duplicate(cid, name, f"same email {email}"))
            for number in wanted_phones:
                for cid, name in contact_queries.live_with_phone(session, number):
                    if cid != exclude_id:
                        shown = validation.display_phone(number)
                        found.setdefault(cid, Duplicate(cid, name, f"same phone {shown}"))
        return list(found.values())

    # -- writes -----------------------------------------------------------------
    def create(self, data: ContactInput) -> Created:
        clean = self.validate(data)
        now = self._clock()
        with self._db.transaction() as session:
            clean.company_id = self._company_for(session, data)
            (contact_id,) = new_contacts.write_new_contacts(session, [clean], now)
        return Created(contact_id, writing.created_changes([contact_id]))

    def update(
        self, contact_id: int, data: ContactInput, *, expected_version: int | None = None
    ) -> Changes:
        """Save `data` over the contact. With `expected_version` (the row_version of the
        ContactDetail the form was filled from), a contact changed since then by anyone
        else is left as it is and EditConflictError says so: no one's change is lost
        unseen. (Undo and merges pass none: they write what the user just saw.)"""
        with self._db.transaction() as session:
            return self.update_in(session, contact_id, data, expected_version=expected_version)

    def update_in(
        self,
        session: Session,
        contact_id: int,
        data: ContactInput,
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """`update` inside a caller's transaction (a merge writes several records at once)."""
        clean = self.validate(data)
        contact = self._live(session, contact_id)
        if expected_version is not None and contact.row_version != expected_version:
            # Read under the write lock (taken as the transaction began): no one can
            # change it between this check and the write.
            raise EditConflictError(contact_id, contact.row_version)
        clean.company_id = self._company_for(session, data, contact.company_id)
        before = contact.lifecycle
        changes = writing.update_contact(session, contact_id, clean, before, self._clock())
        session.expire(contact)  # written past the ORM: read it afresh if asked again
        return changes

    def delete(self, contact_ids: list[int]) -> Changes:
        """Move to the trash; the Changes name the ids actually moved (for undo). Their
        tags' counts drop, and their tasks, deals and cases leave other lists."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Contact, contact_ids, self._clock())
        return Changes.of(contacts=moved, added_or_removed=["contacts"], whole=["tags"])

    def restore(self, contact_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Contact, contact_ids)
        return Changes.of(contacts=contact_ids, added_or_removed=["contacts"], whole=["tags"])

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
            addresses = contact_queries.addresses_or_row_fields(session, contact)
            websites = contact_queries.websites_of(session, contact_id)
            unparsed = contact_queries.unparsed_of(session, contact_id)
            tags = contact_queries.tag_names_of(session, contact_id)
            company = session.get(Company, contact.company_id) if contact.company_id else None
        phones = [number for number, _label, _needs_check in phone_rows]
        to_check = [number for number, _label, needs_check in phone_rows if needs_check]
        data = ContactInput(
            first_name=contact.first_name,
            last_name=contact.last_name,
            middle_name=contact.middle_name,
            name_prefix=contact.name_prefix,
            name_suffix=contact.name_suffix,
            nickname=contact.nickname,
            display_name=contact.display_name,
            company_id=contact.company_id,
            company_name=company.name if company else "",
            title=contact.title,
            department=contact.department,
            emails=[address for address, _label in emails],
            email_labels=[label for _address, label in emails],
            phones=list(phones),
            phone_labels=[label for _number, label, _needs_check in phone_rows],
            address=contact.address,
            postal_code=contact.postal_code,
            city=contact.city,
            country=contact.country,
            addresses=addresses,
            websites=websites,
            birthday=contact.birthday,
            birthday_year_known=contact.birthday_year_known,
            anniversary=contact.anniversary,
            anniversary_year_known=contact.anniversary_year_known,
            lifecycle=contact.lifecycle,
            source=contact.source,
            source_uid=contact.source_uid,
            notes=contact.notes,
            follow_up_days=contact.follow_up_days,
            tags=list(tags),
            unparsed=unparsed,
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
            row_version=contact.row_version,
        )

    def lifecycle_history(self, contact_id: int) -> list[tuple[str, datetime, str]]:
        """(stage, since when, why) for each change, oldest first."""
        with self._db.reading() as session:
            return lifecycle.history(session, contact_id)

    def list_ids(self, flt: ContactFilter) -> list[int]:
        with self._db.reading() as session:
            return contact_queries.contact_ids(session, flt)

    def first_ids(self, flt: ContactFilter, limit: int) -> list[int]:
        """The first `limit` of list_ids(flt), found sooner where the whole list is long
        (what the contact list shows while the rest is read)."""
        with self._db.reading() as session:
            return contact_queries.first_ids(session, flt, limit)

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


def _label(labels: list[str], index: int) -> str:
    """The label given for the index-th value (labels may be fewer than values)."""
    return labels[index] if index < len(labels) else ""
