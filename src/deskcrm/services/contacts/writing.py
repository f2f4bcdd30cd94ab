"""The one write path for contacts: whoever creates or edits one (the dialog, an import,
the demo, a merge) hands cleaned contacts to write_new_contacts / update_contact, which
keep the sort name, the flat address mirror, the search index and the lifecycle history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from deskcrm.db import contact_writes, core_tables, fts, import_queries
from deskcrm.db import lifecycle as lifecycle_events
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.names import name_sort_key
from deskcrm.domain.sorting import person_sort_key
from deskcrm.services.changes import Changes

# Clipping limits of what is stored (the table's own lengths where it has them).
MAX_LABEL = 50
MAX_URL = 2000
MAX_ADDRESS_PART = 200
MAX_STREET = 500
MAX_POSTAL_CODE = 20
# From this many new contacts on, their search index is filled on another thread while
# their rows are built (a thread is not worth starting for a few).
INDEX_MEANWHILE_FROM_ROWS = 1_000
# … in parts of this many (the first is indexed while the second is built).
_INDEX_PART = 5_000
# A year-less birthday or anniversary is kept in this leap year, so 29 February fits.
NO_YEAR = 2000


@dataclass(slots=True)
class CleanContact:
    """A contact ready to store: every value already validated, clipped and normalised
    (ContactService.validate makes one from a form; an import from a file's row).

    The flat address, postal code, city and country of the contact row are not given:
    they are derived from `addresses[0]`, like the sort name and primary email and phone.
    """

    first_name: str
    last_name: str
    middle_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    # The whole name as the source wrote it (vCard FN, a "Display Name" column) when it is
    # not just the parts joined: "名無しの権兵衛", "Dr. Ann Lee (Berlin office)".
    display_name: str = ""
    company_id: int | None = None
    company_name: str = ""  # found or created by name when company_id is None
    title: str = ""
    department: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)  # (address, label)
    phones: list[tuple[validation.PhoneNumber, str]] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    websites: list[Website] = field(default_factory=list)
    birthday: date | None = None
    birthday_year_known: bool = True
    anniversary: date | None = None
    anniversary_year_known: bool = True
    lifecycle: str = "lead"
    source: str = ""
    source_uid: str = ""
    notes: str = ""
    follow_up_days: int | None = None
    tags: list[str] = field(default_factory=list)
    unparsed: list[UnparsedValue] = field(default_factory=list)
    # Only for records with a past of their own (the demo's people): when they were
    # created, last contacted, and the stage their history starts in (else `lifecycle`).
    created_at: datetime | None = None
    last_contacted_at: datetime | None = None
    first_lifecycle: str = ""


def clean_label(label: str) -> str:
    return validation.clean_text(label, limit=MAX_LABEL)


def clean_address(address: PostalAddress) -> PostalAddress:
    return PostalAddress(
        label=clean_label(address.label),
        street=validation.clean_text(address.street, limit=MAX_STREET),
        extended=validation.clean_text(address.extended, limit=MAX_ADDRESS_PART),
        po_box=validation.clean_text(address.po_box, limit=MAX_ADDRESS_PART),
        city=validation.clean_text(address.city, limit=MAX_ADDRESS_PART),
        region=validation.clean_text(address.region, limit=MAX_ADDRESS_PART),
        postal_code=validation.clean_text(address.postal_code, limit=MAX_POSTAL_CODE),
        country=validation.clean_text(address.country, limit=MAX_ADDRESS_PART),
    )


def clean_addresses(
    addresses: Sequence[PostalAddress], street: str, postal_code: str, city: str, country: str
) -> list[PostalAddress]:
    """The labelled addresses, else the flat fields as the first one; empty ones dropped."""
    given = list(addresses) or [
        PostalAddress(street=street, postal_code=postal_code, city=city, country=country)
    ]
    cleaned = [clean_address(a) for a in given]
    return [a for a in cleaned if not a.is_empty()]


def clean_websites(websites: Sequence[Website]) -> list[Website]:
    """URLs trimmed (inner spaces too: a pasted URL broken over lines), empty ones dropped,
    each once."""
    cleaned: list[Website] = []
    seen: set[str] = set()
    for site in websites:
        url = "".join(site.url.split())[:MAX_URL]
        if url and url.lower() not in seen:
            seen.add(url.lower())
            cleaned.append(Website(url=url, label=clean_label(site.label)))
    return cleaned


def clean_unparsed(values: Sequence[UnparsedValue]) -> list[UnparsedValue]:
    """Kept as written (only clipped to what the columns hold): never tidied or guessed."""
    return [
        UnparsedValue(
            field_name=v.field_name[:100],
            value=v.value[: validation.MAX_TEXT],
            reason=v.reason[:500],
            origin=v.origin[:500],
        )
        for v in values
        if v.value
    ]


def year_less(day: date | None, year_known: bool) -> tuple[date | None, bool]:
    """A date without its year is kept in NO_YEAR; no date means nothing to be unknown."""
    if day is None:
        return None, True
    if year_known:
        return day, True
    return day.replace(year=NO_YEAR), False


_NO_ADDRESS = PostalAddress()


def _first_address(contact: CleanContact) -> PostalAddress:
    return contact.addresses[0] if contact.addresses else _NO_ADDRESS


def _sort_name(contact: CleanContact) -> str:
    """The sort key of the name the contact is shown by (domain.names)."""
    if contact.first_name or contact.last_name:  # the usual case, made quick
        return person_sort_key(contact.first_name, contact.last_name)
    return name_sort_key(
        "",
        "",
        display_name=contact.display_name,
        nickname=contact.nickname,
        email=contact.emails[0][0] if contact.emails else "",
        phone=contact.phones[0][0].e164 if contact.phones else "",
    )


def mirrored_columns(contact: CleanContact) -> dict[str, str]:
    """The contact row's values derived from its lists: sort name, primary email and phone,
    and the flat first address."""
    first = _first_address(contact)
    return {
        "sort_name": _sort_name(contact),
        "primary_email": contact.emails[0][0] if contact.emails else "",
        "primary_phone": contact.phones[0][0].e164 if contact.phones else "",
        "address": first.street,
        "postal_code": first.postal_code,
        "city": first.city,
        "country": first.country,
    }


def _index_row(contact_id: int, contact: CleanContact, company: str) -> tuple[Any, ...]:
    # Bulk writes run this 100,000 times: lists are built only where there is something.
    addresses, emails, phones, websites = (
        contact.addresses,
        contact.emails,
        contact.phones,
        contact.websites,
    )
    first = addresses[0] if addresses else _NO_ADDRESS
    return fts.index_values(
        contact_id,
        contact.first_name,
        contact.last_name,
        company,
        map(itemgetter(0), emails) if emails else (),
        [(phone.e164, phone.national_digits) for phone, _label in phones] if phones else (),
        contact.title,
        first.city,
        contact.notes,
        middle_name=contact.middle_name,
        nickname=contact.nickname,
        display_name=contact.display_name,
        department=contact.department,
        postal_code=first.postal_code,
        other_places=[(a.city, a.postal_code) for a in addresses[1:]] if len(addresses) > 1 else (),
        websites=[site.url for site in websites] if websites else (),
    )


def _company_ids(
    session: Session, contacts: Sequence[CleanContact], now: str, batch: str | None
) -> dict[str, int]:
    """Live companies by the names the contacts give (created when missing, marked with
    the import's batch so undoing the import takes them back)."""
    names = {c.company_name for c in contacts if c.company_id is None and c.company_name}
    if not names:
        return {}
    return import_queries.ids_by_name(
        session,
        core_tables.company,
        names,
        live_only=True,
        blank=("website", "email", "phone", "address", "city", "country", "notes"),
        stamped=("created_at", "updated_at"),
        now=now,
        also={"import_batch": batch} if batch else None,
    )


def _tag_ids(session: Session, contacts: Sequence[CleanContact]) -> dict[str, int]:
    names = {t for c in contacts for t in c.tags}
    if not names:
        return {}
    found = import_queries.ids_by_name(
        session, core_tables.tag, names, live_only=False, blank=("color",)
    )
    return {name.lower(): tag_id for name, tag_id in found.items()}


def _address_row(contact_id: int, position: int, a: PostalAddress) -> tuple[Any, ...]:
    """A contact_address row in db.contact_writes.ADDRESS_COLUMNS order."""
    return (
        contact_id,
        a.label,
        a.street,
        a.extended,
        a.po_box,
        a.city,
        a.region,
        a.postal_code,
        a.country,
        position,
    )


def _child_rows(
    contact_id: int, contact: CleanContact, tag_ids: dict[str, int], stamp: str
) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "emails": [(contact_id, a, label, i) for i, (a, label) in enumerate(contact.emails)],
        "phones": [
            (contact_id, p.e164, p.national_digits, label, i, not p.checked)
            for i, (p, label) in enumerate(contact.phones)
        ],
        "addresses": [_address_row(contact_id, i, a) for i, a in enumerate(contact.addresses)],
        "urls": [(contact_id, w.url, w.label, i) for i, w in enumerate(contact.websites)],
        "unparsed": [
            (contact_id, u.field_name, u.value, u.reason, u.origin, stamp) for u in contact.unparsed
        ],
        "tags": [(contact_id, tag_ids[t.lower()]) for t in contact.tags],
    }


def write_new_contacts(
    session: Session,
    cleaned: Sequence[CleanContact],
    now: datetime,
    batch: str | None = None,
    *,
    cause: str = "created",
) -> list[int]:
    """Insert contacts with everything they hold, in the caller's transaction: one
    executemany per table whatever their number. Returns their ids, in order.

    `batch` names an import (undo an import moves its batch to the trash); `cause` is
    the reason their first lifecycle event gives ("created", "import")."""
    if not cleaned:
        return []
    stamp = to_db_timestamp(now)
    by_name = _company_ids(session, cleaned, stamp, batch)
    tag_ids = _tag_ids(session, cleaned)
    company_ids = [
        c.company_id if c.company_id is not None else by_name.get(c.company_name) for c in cleaned
    ]
    linked = any(i is not None for i in company_ids)
    names = import_queries.company_names(session) if linked else {}
    first_id = contact_writes.first_free_id(session)
    ids = list(range(first_id, first_id + len(cleaned)))
    # The search index first: FTS5 tokenises every word, the slowest insert of all, so a
    # big batch has it done on another thread, a part at a time, while the next part's
    # index rows and then the other tables' rows are built here.
    if len(cleaned) >= INDEX_MEANWHILE_FROM_ROWS:
        indexing: AbstractContextManager[Callable[[Sequence[Any]], None]]
        indexing = fts.insert_rows_meanwhile(session)
    else:
        indexing = nullcontext(lambda rows: fts.insert_rows(session, rows))
    with indexing as index:
        for start in range(0, len(cleaned), _INDEX_PART):
            end = start + _INDEX_PART
            index(
                [
                    _index_row(
                        cid, contact, "" if company_id is None else names.get(company_id, "")
                    )
                    for cid, contact, company_id in zip(
                        ids[start:end], cleaned[start:end], company_ids[start:end], strict=True
                    )
                ]
            )
        rows = _table_rows(ids, cleaned, company_ids, stamp, tag_ids, batch, cause)
    contact_rows, events, children = rows
    contact_writes.insert_contacts(session, contact_rows, created_events=events, **children)
    return ids


def _table_rows(
    ids: list[int],
    cleaned: Sequence[CleanContact],
    company_ids: list[int | None],
    stamp: str,
    tag_ids: dict[str, int],
    batch: str | None,
    cause: str,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """The contact rows, their lifecycle events and their child tables' rows."""
    contact_rows: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    urls: list[tuple[Any, ...]] = []
    unparsed: list[tuple[Any, ...]] = []
    tags: list[tuple[Any, ...]] = []
    # One pass, appending straight to each table's rows: an import runs this 100,000 times
    # (so the contact's fields are read once each, and empty lists are not walked).
    for cid, contact, company_id in zip(ids, cleaned, company_ids, strict=True):
        first_name, last_name = contact.first_name, contact.last_name
        contact_emails, contact_phones = contact.emails, contact.phones
        contact_addresses = contact.addresses
        first = contact_addresses[0] if contact_addresses else _NO_ADDRESS
        created = to_db_timestamp(contact.created_at) if contact.created_at else stamp
        last = contact.last_contacted_at
        birthday, anniversary = contact.birthday, contact.anniversary
        contact_rows.append(
            (
                cid,
                first_name,
                last_name,
                contact.middle_name,
                contact.name_prefix,
                contact.name_suffix,
                contact.nickname,
                contact.display_name,
                person_sort_key(first_name, last_name)
                if first_name or last_name
                else _sort_name(contact),
                company_id,
                contact.title,
                contact.department,
                contact_emails[0][0] if contact_emails else "",
                contact_phones[0][0].e164 if contact_phones else "",
                first.street,
                first.postal_code,
                first.city,
                first.country,
                None if birthday is None else birthday.isoformat(),
                contact.birthday_year_known,
                None if anniversary is None else anniversary.isoformat(),
                contact.anniversary_year_known,
                contact.source_uid,
                contact.lifecycle,
                contact.source,
                contact.notes,
                contact.follow_up_days,
                batch,
                to_db_timestamp(last) if last else None,
                created,
                created,
            )
        )
        events.append((cid, "", contact.first_lifecycle or contact.lifecycle, created, cause))
        if len(contact_emails) == 1:
            emails.append((cid, *contact_emails[0], 0))
        else:
            for i, (address, label) in enumerate(contact_emails):
                emails.append((cid, address, label, i))
        for i, (phone, label) in enumerate(contact_phones):
            phones.append((cid, phone.e164, phone.national_digits, label, i, not phone.checked))
        for i, a in enumerate(contact_addresses):
            addresses.append(_address_row(cid, i, a))
        if contact.websites:
            for i, site in enumerate(contact.websites):
                urls.append((cid, site.url, site.label, i))
        if contact.unparsed:
            for u in contact.unparsed:
                unparsed.append((cid, u.field_name, u.value, u.reason, u.origin, stamp))
        if contact.tags:
            for tag in contact.tags:
                tags.append((cid, tag_ids[tag.lower()]))
    children = {
        "emails": emails,
        "phones": phones,
        "addresses": addresses,
        "urls": urls,
        "unparsed": unparsed,
        "tags": tags,
    }
    return contact_rows, events, children


def update_contact(
    session: Session, contact_id: int, contact: CleanContact, before_lifecycle: str, now: datetime
) -> Changes:
    """Rewrite a live contact (the caller has checked it exists and resolved its company
    into `contact.company_id`): its row, all its children, its index entry, and a
    lifecycle event when its stage changed."""
    lifecycle_events.note_change(
        session, contact_id, before_lifecycle, contact.lifecycle, now, "edited"
    )
    values: dict[str, Any] = {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "middle_name": contact.middle_name,
        "name_prefix": contact.name_prefix,
        "name_suffix": contact.name_suffix,
        "nickname": contact.nickname,
        "display_name": contact.display_name,
        "company_id": contact.company_id,
        "title": contact.title,
        "department": contact.department,
        "birthday": contact.birthday,
        "birthday_year_known": contact.birthday_year_known,
        "anniversary": contact.anniversary,
        "anniversary_year_known": contact.anniversary_year_known,
        "source_uid": contact.source_uid,
        "lifecycle": contact.lifecycle,
        "source": contact.source,
        "notes": contact.notes,
        "follow_up_days": contact.follow_up_days,
        "updated_at": now,
        **mirrored_columns(contact),
    }
    contact_writes.update_contact(session, contact_id, values)
    contact_writes.clear_children(session, [contact_id])
    tag_ids = _tag_ids(session, [contact])
    contact_writes.insert_children(
        session, **_child_rows(contact_id, contact, tag_ids, to_db_timestamp(now))
    )
    fts.refresh_contacts(session, [contact_id])
    # Tag counts and a company typed by name (maybe created) show elsewhere.
    return Changes.of(contacts=[contact_id], whole=["tags", "companies"])


def created_changes(ids: Sequence[int]) -> Changes:
    """What creating these contacts changed: new rows, and maybe new tags and companies."""
    return Changes.of(contacts=ids, added_or_removed=["contacts"], whole=["tags", "companies"])


def rederive_restored(session: Session) -> None:
    """After contacts were loaded as raw rows (`import all`): their sort names and the
    search index made again by the same functions every other write uses, so a file
    written by another version (or by hand) cannot leave them stale."""
    contact_writes.set_sort_names(
        session,
        [
            (key, cid)
            for cid, first, last, display, nickname, email, phone, stored in (
                contact_writes.names_and_sort_names(session)
            )
            if (
                key := name_sort_key(
                    first, last, display_name=display, nickname=nickname, email=email, phone=phone
                )
            )
            != stored
        ],
    )
    fts.rebuild(session)
