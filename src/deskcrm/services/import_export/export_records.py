"""Contacts as the vCard and CSV exports write them: every stored field and labelled part,
read a page at a time so an export of a million contacts never holds more than a page of
records; and companies, which an export of every contact writes as records of their own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from deskcrm.db import export_queries, import_queries
from deskcrm.db.engine import Database
from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website

# Records read per query: a page of 2,000 contacts with their children is a few MB, and
# larger pages gain nothing measurable (the per-query cost is already a small share).
PAGE = 2000


@dataclass(frozen=True)
class LabelledEmail:
    address: str
    label: str = ""


@dataclass(frozen=True)
class LabelledPhone:
    number: str  # E.164; the text as typed when `needs_check`
    label: str = ""
    needs_check: bool = False  # not a valid number where the contact lives


@dataclass(frozen=True)
class ExportedContact:
    """One contact, whole: what an export must carry so an import gives it back."""

    id: int
    created_at: datetime
    updated_at: datetime
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    display_name: str = ""  # the whole name as a source wrote it, when not just the parts
    company: str = ""
    department: str = ""
    title: str = ""
    emails: list[LabelledEmail] = field(default_factory=list)
    phones: list[LabelledPhone] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    websites: list[Website] = field(default_factory=list)
    birthday: date | None = None
    birthday_year_known: bool = True  # False: `birthday` holds the day in the year 2000
    anniversary: date | None = None
    anniversary_year_known: bool = True
    source_uid: str = ""
    lifecycle: str = "lead"
    source: str = ""
    follow_up_days: int | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    unparsed: list[UnparsedValue] = field(default_factory=list)


@dataclass(frozen=True)
class ExportedCompany:
    """One company, whole: a company holds one website, e-mail, phone and address."""

    id: int
    created_at: datetime
    updated_at: datetime
    name: str
    website: str = ""
    email: str = ""
    phone: str = ""  # as typed, or E.164 when an import made it
    # The phone in E.164 when it names its country (+CC) and is valid, else "": what an
    # import stores for it, so a second export of the imported company writes the same.
    phone_e164: str = ""
    address: str = ""  # the street lines, one per line
    city: str = ""
    country: str = ""
    notes: str = ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _addresses(whole: export_queries.ContactExportRows) -> list[PostalAddress]:
    found = [
        PostalAddress(
            label=_text(a["label"]),
            street=_text(a["street"]),
            extended=_text(a["extended"]),
            po_box=_text(a["po_box"]),
            city=_text(a["city"]),
            region=_text(a["region"]),
            postal_code=_text(a["postal_code"]),
            country=_text(a["country"]),
        )
        for a in whole.addresses
    ]
    if found:
        return found
    # A contact saved by a path that fills only the flat first-address columns still has
    # that address: it is exported rather than lost.
    row = whole.row
    flat = PostalAddress(
        street=_text(row["address"]),
        postal_code=_text(row["postal_code"]),
        city=_text(row["city"]),
        country=_text(row["country"]),
    )
    return [] if flat.is_empty() else [flat]


def _record(whole: export_queries.ContactExportRows) -> ExportedContact:
    row = whole.row
    return ExportedContact(
        id=int(row["id"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        first_name=_text(row["first_name"]),
        middle_name=_text(row["middle_name"]),
        last_name=_text(row["last_name"]),
        name_prefix=_text(row["name_prefix"]),
        name_suffix=_text(row["name_suffix"]),
        nickname=_text(row["nickname"]),
        display_name=_text(row["display_name"]),
        company=_text(row["company_name"]),
        department=_text(row["department"]),
        title=_text(row["title"]),
        emails=[LabelledEmail(_text(e["address"]), _text(e["label"])) for e in whole.emails],
        phones=[
            LabelledPhone(_text(p["number"]), _text(p["label"]), bool(p["needs_check"]))
            for p in whole.phones
        ],
        addresses=_addresses(whole),
        websites=[Website(_text(u["url"]), _text(u["label"])) for u in whole.urls],
        birthday=row["birthday"],
        birthday_year_known=bool(row["birthday_year_known"]),
        anniversary=row["anniversary"],
        anniversary_year_known=bool(row["anniversary_year_known"]),
        source_uid=_text(row["source_uid"]),
        lifecycle=_text(row["lifecycle"]),
        source=_text(row["source"]),
        follow_up_days=row["follow_up_days"],
        notes=_text(row["notes"]),
        tags=sorted(whole.tags, key=str.lower),
        unparsed=[
            UnparsedValue(
                _text(u["field_name"]), _text(u["value"]), _text(u["reason"]), _text(u["origin"])
            )
            for u in whole.unparsed
        ],
    )


def contact_ids(db: Database, only: list[int] | None = None) -> list[int]:
    """The given ids, or every live contact's in name order."""
    if only is not None:
        return list(only)
    with db.reading() as session:
        return import_queries.live_contact_ids_by_name(session)


def read_contacts(db: Database, ids: list[int]) -> Iterator[ExportedContact]:
    """The contacts of `ids` in that order (one deleted meanwhile is left out)."""
    with db.reading() as session:
        yield from contacts_of(session, ids)


def contacts_of(session: Session, ids: list[int]) -> Iterator[ExportedContact]:
    """The contacts of `ids` in that order (one deleted meanwhile is left out), read a
    page at a time."""
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        found = export_queries.contacts_whole(session, page)
        for contact_id in page:
            whole = found.get(contact_id)
            if whole is not None:
                yield _record(whole)


def live_contacts(session: Session) -> Iterator[ExportedContact]:
    """Every live contact in name order (then id), a page at a time."""
    after: tuple[str, int] | None = None
    while page := export_queries.live_contact_page(session, after, PAGE):
        after = page[-1]
        yield from contacts_of(session, [contact_id for _name, contact_id in page])


def most_children(session: Session, ids: list[int] | None) -> dict[str, int]:
    """How many emails, phones, addresses, urls and unparsed values the fullest contact
    of `ids` (None: of every live contact) has, each (the CSV's numbered columns)."""
    if ids is None:
        return export_queries.most_children_of_live(session)
    most = dict.fromkeys(("emails", "phones", "addresses", "urls", "unparsed"), 0)
    for start in range(0, len(ids), PAGE):
        counts = export_queries.most_children(session, ids[start : start + PAGE])
        most = {key: max(most[key], counts[key]) for key in most}
    return most


def _e164(phone: str) -> str:
    if not phone.strip().startswith("+"):
        return ""  # a national number: which country it is in is not known here
    try:
        return validation.normalise_phone(phone, "").e164
    except ValueError:
        return ""


def _company(row: dict[str, Any]) -> ExportedCompany:
    return ExportedCompany(
        id=int(row["id"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        name=_text(row["name"]),
        website=_text(row["website"]),
        email=_text(row["email"]),
        phone=_text(row["phone"]),
        phone_e164=_e164(_text(row["phone"])),
        address=_text(row["address"]),
        city=_text(row["city"]),
        country=_text(row["country"]),
        notes=_text(row["notes"]),
    )


def live_companies(session: Session) -> Iterator[ExportedCompany]:
    """Every live company in name order (then id), a page at a time."""
    after: tuple[str, int] | None = None
    while rows := export_queries.live_company_page(session, after, PAGE):
        after = (rows[-1]["name"], rows[-1]["id"])
        for row in rows:
            yield _company(row)


def live_company_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every live company, oldest first (what their UIDs are made of)."""
    return export_queries.live_company_names(session)
