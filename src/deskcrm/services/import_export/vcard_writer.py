"""vCard 4.0 (RFC 6350) cards of DeskCRM contacts: every field, labels Apple and Google keep,
DeskCRM-only fields as X-DESKCRM- properties, escaped, folded at 75 octets, CRLF."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import date

from deskcrm import __version__
from deskcrm.domain import ical
from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.services.import_export.export_records import ExportedCompany, ExportedContact

PRODID = f"-//DeskCRM//DeskCRM {__version__}//EN"
# Contacts without a UID of their own get one made from their database id and creation
# time: the same on every export of that database, and two databases' "contact 1" differ.
UID_NAMESPACE = uuid.UUID("0f3e5c8e-2d7b-5b7a-9c61-6f2a4d3e8b10")

# A DeskCRM label (csv_producers.normalise_label's words) -> the vCard TYPE values that
# say it. Any other label goes in an item group's X-ABLabel, which Apple, Google and
# DeskCRM read back as the label itself; "other" and "main" as Apple's own names for them.
EMAIL_TYPES: dict[str, tuple[str, ...]] = {"home": ("home",), "work": ("work",)}
PHONE_TYPES: dict[str, tuple[str, ...]] = {
    "mobile": ("cell",),
    "home": ("home", "voice"),
    "work": ("work", "voice"),
    "fax": ("fax",),
    "home fax": ("home", "fax"),
    "work fax": ("work", "fax"),
    "pager": ("pager",),
}
APPLE_LABELS = {"other": "_$!<Other>!$_", "main": "_$!<Main>!$_"}
ADDRESS_TYPES: dict[str, tuple[str, ...]] = {"home": ("home",), "work": ("work",)}
URL_TYPES: dict[str, tuple[str, ...]] = {"home": ("home",), "work": ("work",)}

# A valid number is written as a tel: URI (RFC 3966); E.164 is already one.
_E164 = re.compile(r"\+[1-9]\d{1,14}")
# Parameter values without these need no quotes (RFC 6350 3.3: SAFE-CHAR).
_UNSAFE_PARAM = re.compile(r'[\x00-\x1f",:;\x7f]')


def fold(line: str) -> str:
    """A content line cut into lines of at most 75 octets, each after the first starting
    with a space (RFC 6350 3.2), never inside a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces: list[bytes] = []
    start, room = 0, 75
    while len(raw) - start > room:
        end = start + room
        while raw[end] & 0xC0 == 0x80:  # a continuation byte: cut before its character
            end -= 1
        pieces.append(raw[start:end])
        start, room = end, 74  # the leading space takes one octet
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def contact_uid(contact: ExportedContact) -> str:
    """The card's UID: the one the contact came with, else one made from its id."""
    if contact.source_uid:
        return contact.source_uid
    created = contact.created_at.isoformat()
    return uuid.uuid5(UID_NAMESPACE, f"deskcrm-contact/{contact.id}/{created}").urn


def company_uids(companies: Iterable[ExportedCompany]) -> dict[int, str]:
    """Each company's UID (for a vCard and the CSV's UID column), by company id.

    A company keeps no UID of its own, and an import knows a company by its name (any
    case), so its UID is made from that name: the same on every export, and the same
    again after export -> import into another database. Companies sharing a name (which
    an import folds into one) are told apart by their order of creation."""
    return company_uids_of_names((c.id, c.name) for c in companies)


def company_uids_of_names(companies: Iterable[tuple[int, str]]) -> dict[int, str]:
    """`company_uids` from each company's (id, name) alone (an export reads only those
    for every company up front, then the companies themselves a page at a time)."""
    seen: dict[str, int] = {}
    uids: dict[int, str] = {}
    for company_id, company_name in sorted(companies):
        key = company_name.lower()
        seen[key] = seen.get(key, 0) + 1
        name = key if seen[key] == 1 else f"{key}/{seen[key]}"
        uids[company_id] = uuid.uuid5(UID_NAMESPACE, f"deskcrm-company/{name}").urn
    return uids


def escape_value(value: str) -> str:
    """A text value (or one component of N, ADR, ORG): backslash, comma, semicolon and
    line breaks escaped (RFC 6350 3.4)."""
    return ical.escape_text(value)


def param_value(value: str) -> str:
    """A parameter value: caret-encoded (RFC 6868: ^^, ^n, ^') and quoted when needed."""
    encoded = (
        value.replace("^", "^^")
        .replace("\r\n", "^n")
        .replace("\n", "^n")
        .replace("\r", "^n")
        .replace('"', "^'")
    )
    return f'"{encoded}"' if _UNSAFE_PARAM.search(encoded) or not encoded else encoded


def date_value(day: date, year_known: bool) -> str:
    """BDAY/ANNIVERSARY: 19850701, or --0229 when the year is not known (RFC 6350 4.3.1)."""
    return day.strftime("%Y%m%d") if year_known else day.strftime("--%m%d")


def formatted_name(contact: ExportedContact) -> str:
    """FN: the name as shown (the display name a source gave, else the parts joined), else
    the nickname, company, first email or first phone (FN is required; the reader takes
    none of these for a name)."""
    if contact.display_name:
        return contact.display_name
    parts = (
        contact.name_prefix,
        contact.first_name,
        contact.middle_name,
        contact.last_name,
        contact.name_suffix,
    )
    name = " ".join(part for part in parts if part)
    if name:
        return name
    if contact.nickname or contact.company:
        return contact.nickname or contact.company
    if contact.emails:
        return contact.emails[0].address
    return contact.phones[0].number if contact.phones else "(no name)"


class _Card:
    """The lines of one card as they are built; item groups numbered in order."""

    def __init__(self) -> None:
        self.lines: list[str] = ["BEGIN:VCARD"]
        self._groups = 0

    def add(self, name: str, value: str, params: list[tuple[str, str]] | None = None) -> None:
        head = name + "".join(f";{key}={param_value(val)}" for key, val in params or [])
        self.lines.append(f"{head}:{value}")

    def add_typed(
        self, name: str, value: str, types: tuple[str, ...], params: list[tuple[str, str]]
    ) -> None:
        """TYPE=home,voice: a list of plain names, never quoted (quotes make it one value)."""
        self.add(f"{name};TYPE={','.join(types)}", value, params)

    def labelled(
        self,
        name: str,
        value: str,
        label: str,
        types: dict[str, tuple[str, ...]],
        params: list[tuple[str, str]] | None = None,
    ) -> None:
        """A property with its label: as TYPE when the label is a standard one, else in
        an item group with X-ABLabel (how Apple keeps custom labels)."""
        params = list(params or [])
        parts = label.split(", ")
        if len(parts) > 1 and all(part in types for part in parts):
            # One number under several labels ("mobile, work fax"): a property for each,
            # which an import joins back into one number with these labels.
            for part in parts:
                self.add_typed(name, value, types[part], params)
            return
        known = types.get(label)
        if known:
            self.add_typed(name, value, known, params)
        elif label:
            self._groups += 1
            group = f"item{self._groups}"
            self.add(f"{group}.{name}", value, params)
            self.add(f"{group}.X-ABLabel", escape_value(APPLE_LABELS.get(label, label)))
        else:
            self.add(name, value, params)

    def text(self) -> str:
        return "".join(fold(line) + "\r\n" for line in self.lines)


def _address_value(address: PostalAddress) -> str:
    parts = (
        address.po_box,
        address.extended,
        address.street,
        address.city,
        address.region,
        address.postal_code,
        address.country,
    )
    return ";".join(escape_value(part) for part in parts)


def vcard(contact: ExportedContact) -> str:
    """One contact as a vCard 4.0, CRLF line ends, lines folded at 75 octets."""
    card = _Card()
    card.add("VERSION", "4.0")
    card.add("PRODID", PRODID)
    card.add("UID", escape_value(contact_uid(contact)))
    card.add("FN", escape_value(formatted_name(contact)))
    names = (
        contact.last_name,
        contact.first_name,
        contact.middle_name,
        contact.name_prefix,
        contact.name_suffix,
    )
    card.add("N", ";".join(escape_value(part) for part in names))
    if contact.nickname:
        card.add("NICKNAME", escape_value(contact.nickname))
    if contact.company or contact.department:
        org = escape_value(contact.company)
        card.add("ORG", f"{org};{escape_value(contact.department)}" if contact.department else org)
    if contact.title:
        card.add("TITLE", escape_value(contact.title))
    for index, email in enumerate(contact.emails):
        pref = [("PREF", "1")] if index == 0 else []
        card.labelled("EMAIL", escape_value(email.address), email.label, EMAIL_TYPES, pref)
    for index, phone in enumerate(contact.phones):
        pref = [("PREF", "1")] if index == 0 else []
        if not phone.needs_check and _E164.fullmatch(phone.number):
            card.labelled(
                "TEL", f"tel:{phone.number}", phone.label, PHONE_TYPES, [("VALUE", "uri"), *pref]
            )
        else:  # kept as typed: free text (TEL's default type), so nothing is guessed
            card.labelled("TEL", escape_value(phone.number), phone.label, PHONE_TYPES, pref)
    for address in contact.addresses:
        params = [("LABEL", address.one_line())] if address.one_line() else []
        card.labelled("ADR", _address_value(address), address.label, ADDRESS_TYPES, params)
    for website in contact.websites:
        # Escaped like text: readers that split an unescaped comma (vobject does) would cut
        # "https://example.com/a,b" in two, and every reader unescapes "\,".
        card.labelled("URL", escape_value(website.url), website.label, URL_TYPES)
    if contact.birthday is not None:
        card.add("BDAY", date_value(contact.birthday, contact.birthday_year_known))
    if contact.anniversary is not None:
        card.add("ANNIVERSARY", date_value(contact.anniversary, contact.anniversary_year_known))
    if contact.notes:
        card.add("NOTE", escape_value(contact.notes))
    if contact.tags:
        card.add("CATEGORIES", ",".join(escape_value(tag) for tag in contact.tags))
    # DeskCRM's own fields: other programs ignore X- properties, a DeskCRM import reads them.
    card.add("X-DESKCRM-LIFECYCLE", escape_value(contact.lifecycle))
    if contact.source:
        card.add("X-DESKCRM-SOURCE", escape_value(contact.source))
    if contact.follow_up_days is not None:
        card.add("X-DESKCRM-FOLLOW-UP-DAYS", str(contact.follow_up_days))
    for kept in contact.unparsed:
        params = [("FIELD", kept.field_name)]
        params += [("REASON", kept.reason)] if kept.reason else []
        params += [("ORIGIN", kept.origin)] if kept.origin else []
        card.add("X-DESKCRM-UNPARSED", escape_value(kept.value), params)
    card.add("REV", ical.utc_stamp(contact.updated_at))
    card.lines.append("END:VCARD")
    return card.text()


def company_vcard(company: ExportedCompany, uid: str) -> str:
    """One company as a vCard 4.0 KIND:org card: FN and ORG its name, its e-mail, phone,
    address (street lines, city, country), website and notes."""
    card = _Card()
    card.add("VERSION", "4.0")
    card.add("PRODID", PRODID)
    card.add("KIND", "org")
    card.add("UID", escape_value(uid))
    card.add("FN", escape_value(company.name))
    card.add("ORG", escape_value(company.name))
    if company.email:
        card.add("EMAIL", escape_value(company.email))
    if company.phone:
        if company.phone_e164:
            card.add("TEL", f"tel:{company.phone_e164}", [("VALUE", "uri")])
        else:  # as typed: free text, so nothing is guessed
            card.add("TEL", escape_value(company.phone))
    address = PostalAddress(street=company.address, city=company.city, country=company.country)
    if not address.is_empty():
        params = [("LABEL", address.one_line())] if address.one_line() else []
        card.add("ADR", _address_value(address), params)
    if company.website:
        card.add("URL", escape_value(company.website))
    if company.notes:
        card.add("NOTE", escape_value(company.notes))
    card.add("REV", ical.utc_stamp(company.updated_at))
    card.lines.append("END:VCARD")
    return card.text()
