"""A card the vCard reader read as the contact form's input (ContactInput): names, the
first address, e-mail and web addresses that are ones, dates, and the values kept
as written with where they were."""

from __future__ import annotations

import re

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.csv_producers import display_name_unless_parts
from deskcrm.services.import_export.vcard_cards import LabelledValue, VCardContact

# Why a URL with spaces in it is kept as written (as the CSV reader says it).
NOT_A_WEB_ADDRESS = "not a web address (it has spaces)"
_EMAIL_ONLY = re.compile(r"^[^@\s]+@[^@\s]+$")
_NUMBER_ONLY = re.compile(r"^[+\d\s().\-/]+$")


def _split_display_name(name: str) -> tuple[str, str]:
    """(given, family) from a display name: "Doe, John" or "John Doe"."""
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    words = name.split()
    if len(words) == 1:
        return words[0], ""
    return " ".join(words[:-1]), words[-1]


def to_contact_input(card: VCardContact) -> ContactInput:
    """The card as the contact form's input (for a company card: its name and details)."""
    first, last = card.given, card.family
    if not card.is_company and not any((first, last, card.middle)):
        # An FN that is only an e-mail address or a number (what writers put there without
        # a name) is no one's name; a card with a nickname and no name keeps it as its
        # nickname (domain.names shows the contact by it).
        fn = card.formatted_name
        if fn and not _EMAIL_ONLY.match(fn) and not _NUMBER_ONLY.match(fn):
            first, last = _split_display_name(fn)
    notes = card.note
    title = card.title or card.role
    if card.role and card.title and card.role != card.title:
        # ContactInput has no role; it is kept in the notes rather than lost.
        notes = f"{notes}\n\nRole: {card.role}" if notes else f"Role: {card.role}"
    first_address = card.addresses[0] if card.addresses else PostalAddress()
    emails, websites, unparsed = _readable_values(card)
    return ContactInput(
        first_name=first,
        last_name=last,
        display_name=""
        if card.is_company
        else display_name_unless_parts(
            card.formatted_name, card.prefix, first, card.middle, last, card.suffix
        ),
        middle_name=card.middle,
        name_prefix=card.prefix,
        name_suffix=card.suffix,
        nickname=card.nickname,
        company_name=card.organization,
        title=title,
        department=card.department,
        emails=[e.value for e in emails],
        email_labels=[e.label for e in emails],
        phones=[p.value for p in card.phones],
        phone_labels=[p.label for p in card.phones],
        address=first_address.street,
        postal_code=first_address.postal_code,
        city=first_address.city,
        country=first_address.country,
        addresses=list(card.addresses),
        websites=websites,
        birthday=card.birthday.as_date() if card.birthday else None,
        birthday_year_known=card.birthday is None or card.birthday.year is not None,
        anniversary=card.anniversary.as_date() if card.anniversary else None,
        anniversary_year_known=card.anniversary is None or card.anniversary.year is not None,
        source_uid=card.uid,
        source=card.source,
        follow_up_days=card.follow_up_days,
        lifecycle=card.lifecycle or Lifecycle.LEAD.value,
        notes=notes,
        tags=list(card.categories),
        unparsed=unparsed,
    )


def _readable_values(
    card: VCardContact,
) -> tuple[list[LabelledValue], list[Website], list[UnparsedValue]]:
    """The card's e-mail addresses and web addresses that are ones, and its values kept as
    written with those that are not: each of these says the line its property is on
    ("people.vcf, line 12, EMAIL"), not the card's first line."""
    unparsed = list(card.unparsed)
    emails: list[LabelledValue] = []
    for email in card.emails:
        try:
            validation.normalise_email(email.value)
        except ValueError as exc:
            where = _origin(card, email.line, email.property or "EMAIL")
            unparsed.append(UnparsedValue("email", email.value, str(exc), where))
        else:
            emails.append(email)
    websites: list[Website] = []
    places = card.url_places + [(0, "URL")] * (len(card.urls) - len(card.url_places))
    for site, (line, name) in zip(card.urls, places, strict=True):
        if " " in site.url:
            unparsed.append(
                UnparsedValue("website", site.url, NOT_A_WEB_ADDRESS, _origin(card, line, name))
            )
        else:
            websites.append(site)
    return emails, websites, unparsed


def _origin(card: VCardContact, line: int, property_name: str) -> str:
    """Where a value was, as the import report names it: "people.vcf, line 12, EMAIL"."""
    return f"{card.file_name}, line {line or card.line}, {property_name}"
