"""The one write path for contacts: whoever creates or edits one (the dialog, an import,
the demo, a merge) hands cleaned contacts to new_contacts.write_new_contacts (or an
import's NewContacts) / update_contact, which keep the sort name, the flat address mirror,
the search index and the lifecycle history. This module holds the cleaned contact and
what both write with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
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


NO_ADDRESS = PostalAddress()


def first_address(contact: CleanContact) -> PostalAddress:
    return contact.addresses[0] if contact.addresses else NO_ADDRESS


def sort_name_of(contact: CleanContact) -> str:
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
    first = first_address(contact)
    return {
        "sort_name": sort_name_of(contact),
        "primary_email": contact.emails[0][0] if contact.emails else "",
        "primary_phone": contact.phones[0][0].e164 if contact.phones else "",
        "address": first.street,
        "postal_code": first.postal_code,
        "city": first.city,
        "country": first.country,
    }


def tag_ids_of(session: Session, contacts: Sequence[CleanContact]) -> dict[str, int]:
    names = dict.fromkeys(t for c in contacts for t in c.tags)  # in the order met
    if not names:
        return {}
    found = import_queries.ids_by_name(
        session, core_tables.tag, names, live_only=False, blank=("color",)
    )
    return {name.lower(): tag_id for name, tag_id in found.items()}


def address_row(contact_id: int, position: int, a: PostalAddress) -> tuple[Any, ...]:
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
        "addresses": [address_row(contact_id, i, a) for i, a in enumerate(contact.addresses)],
        "urls": [(contact_id, w.url, w.label, i) for i, w in enumerate(contact.websites)],
        "unparsed": [
            (contact_id, u.field_name, u.value, u.reason, u.origin, stamp) for u in contact.unparsed
        ],
        "tags": [(contact_id, tag_ids[t.lower()]) for t in contact.tags],
    }


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
    tag_ids = tag_ids_of(session, [contact])
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
