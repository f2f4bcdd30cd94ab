"""A contact read by another reader (the vCard reader, as ContactInput) made into an
import row, as the CSV rows are: e-mail addresses checked, numbers read in the
contact's region, values that cannot be kept as fields kept as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.csv_producers import joined_label
from deskcrm.services.import_export.import_row_types import LIFECYCLES, NOT_A_URL, ParsedRow


def row_from_contact(
    line: int,
    data: ContactInput,
    region: str,
    is_company: bool = False,
    origin: str = "",
    phone_lines: Sequence[int] = (),
) -> ParsedRow:
    """A contact read by another reader (a vCard) as an import row: emails checked (one
    that is not an address is kept as written), numbers read in the contact's region."""
    unparsed = list(data.unparsed)
    emails: list[str] = []
    email_labels: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.emails):
        if not raw.strip():
            continue
        try:
            email = validation.normalise_email(raw)
        except ValueError as exc:
            unparsed.append(UnparsedValue("email", raw, str(exc), origin))
            continue
        if email.lower() not in seen:
            seen.add(email.lower())
            emails.append(email)
            email_labels.append(data.email_labels[i] if i < len(data.email_labels) else "")
    country = next((a.country for a in data.addresses if a.country), data.country)
    region = validation.phone_region(country, region)
    phones: list[validation.PhoneNumber] = []
    phone_labels: list[str] = []
    phone_texts: list[str] = []
    lines: list[int] = []
    seen.clear()
    for i, raw in enumerate(data.phones):
        if not raw.strip():
            continue
        phone = validation.read_phone(raw, region)
        label = data.phone_labels[i] if i < len(data.phone_labels) else ""
        if phone.e164 not in seen:
            seen.add(phone.e164)
            phones.append(phone)
            phone_labels.append(label)
            phone_texts.append(raw.strip()[: validation.MAX_PHONE_TEXT])
            lines.append(phone_lines[i] if i < len(phone_lines) else line)
        elif label:  # the same number under another label: one phone, both labels
            at = next(j for j, p in enumerate(phones) if p.e164 == phone.e164)
            phone_labels[at] = joined_label(phone_labels[at], label)
    first, last = data.first_name, data.last_name  # none invented (see RowReader.parse)
    lifecycle = data.lifecycle if data.lifecycle in LIFECYCLES else Lifecycle.LEAD.value
    follow_up_days = data.follow_up_days
    if follow_up_days is not None and not 1 <= follow_up_days <= 3650:
        why = "not a number of days from 1 to 3650"
        unparsed.append(UnparsedValue("follow_up_days", str(follow_up_days), why, origin))
        follow_up_days = None
    websites: list[Website] = []
    for site in data.websites:
        if " " in site.url.strip():
            unparsed.append(UnparsedValue("website", site.url.strip(), NOT_A_URL, origin))
        else:
            websites.append(site)
    first_address = data.addresses[0] if data.addresses else PostalAddress()
    values: dict[str, Any] = {
        "first_name": first[: validation.MAX_NAME],
        "last_name": last[: validation.MAX_NAME],
        "display_name": data.display_name[:400],
        "middle_name": data.middle_name[:200],
        "name_prefix": data.name_prefix[:100],
        "name_suffix": data.name_suffix[:100],
        "nickname": data.nickname[:200],
        "title": data.title[:200],
        "department": data.department[:200],
        "address": "\n".join(p for p in (first_address.street, first_address.extended) if p)[:500],
        "postal_code": first_address.postal_code[:20],
        "city": first_address.city[:200],
        "country": first_address.country[:200],
        "birthday": data.birthday.isoformat() if data.birthday else None,
        "birthday_year_known": data.birthday_year_known,
        "anniversary": data.anniversary.isoformat() if data.anniversary else None,
        "anniversary_year_known": data.anniversary_year_known,
        "lifecycle": lifecycle,
        "source": data.source[:200] or "Import",
        "follow_up_days": follow_up_days,
        "notes": validation.clean_text(data.notes),
    }
    tags = sorted({t.strip()[:100] for t in data.tags if t.strip()})
    return ParsedRow(
        line,
        values,
        emails,
        phones,
        tags,
        data.company_name.strip()[:200],
        region,
        email_labels,
        phone_labels,
        list(data.addresses),
        websites,
        unparsed,
        data.source_uid[:400],
        is_company,
        phone_texts,
        lines,
    )
