"""Import rows made into what the write paths take: a person's row as a CleanContact
(labels, addresses and websites clipped to what is stored), a company-only record as a
CompanyInput (what a company cannot hold goes into its notes), and a later record of a
company new in the file folded into its first."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.services.contacts import writing
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export.import_rows import ParsedRow

_V = TypeVar("_V")


def _labelled(values: list[_V], labels: list[str]) -> list[tuple[_V, str]]:
    """Each value with its label, clipped to what is stored (the reader has trimmed them;
    most are a short word or none, so the whole list is looked at once)."""
    if len(values) == 1 and len(labels) == 1:  # the usual row: one email, one phone
        label = labels[0]
        if len(label) > writing.MAX_LABEL:
            label = writing.clean_label(label)
        return [(values[0], label)]
    if labels and max(map(len, labels)) > writing.MAX_LABEL:
        labels = [writing.clean_label(label) for label in labels]
    return list(zip(values, labels, strict=True))


def _stored_address(address: PostalAddress) -> PostalAddress:
    """The address as the write path stores it. The row reader has trimmed every part, so
    one that fits the columns is kept as it is (most are; cleaning all costs a second
    for 100,000 rows)."""
    limit = writing.MAX_ADDRESS_PART
    if (
        len(address.street) <= writing.MAX_STREET
        and len(address.postal_code) <= writing.MAX_POSTAL_CODE
        and len(address.label) <= writing.MAX_LABEL
        and len(address.city) <= limit
        and len(address.region) <= limit
        and len(address.country) <= limit
        and len(address.extended) <= limit
        and len(address.po_box) <= limit
    ):
        return address
    return writing.clean_address(address)


def cleaned_row(row: ParsedRow) -> CleanContact:
    """A row as the write path takes it: the reader has trimmed and clipped its text; here
    labels, addresses and websites are clipped to what is stored, like a form's."""
    values = row.values
    birthday, anniversary = values["birthday"], values["anniversary"]
    tags = row.tags
    if len(tags) > 1 and len({t.lower() for t in tags}) < len(tags):
        tags = list({t.lower(): t for t in reversed(tags)}.values())[::-1]  # "VIP" and "vip"
    return CleanContact(
        first_name=values["first_name"],
        last_name=values["last_name"],
        middle_name=values["middle_name"],
        name_prefix=values["name_prefix"],
        name_suffix=values["name_suffix"],
        nickname=values["nickname"],
        display_name=values["display_name"],
        company_name=row.company,
        title=values["title"],
        department=values["department"],
        emails=_labelled(row.emails, row.email_labels),
        phones=_labelled(row.phones, row.phone_labels),
        addresses=[_stored_address(a) for a in row.addresses] if row.addresses else [],
        websites=writing.clean_websites(row.websites) if row.websites else [],
        birthday=date.fromisoformat(birthday) if birthday else None,
        birthday_year_known=values["birthday_year_known"],
        anniversary=date.fromisoformat(anniversary) if anniversary else None,
        anniversary_year_known=values["anniversary_year_known"],
        lifecycle=values["lifecycle"],
        source=values["source"],
        source_uid=row.source_uid,
        notes=values["notes"],
        follow_up_days=values["follow_up_days"],
        tags=tags,
        unparsed=writing.clean_unparsed(row.unparsed) if row.unparsed else [],
    )


def company_input(row: ParsedRow) -> CompanyInput:
    """A company-only record as a company. A company holds one website, email, phone and
    address: whatever else the record carries goes into its notes, nothing is dropped."""
    first = row.addresses[0] if row.addresses else PostalAddress()
    street = "\n".join(p for p in (first.street, first.extended, first.po_box) if p)
    extra: list[str] = []
    values = row.values
    for name, shown in (("department", "Department"), ("title", "Title")):
        if values.get(name):
            extra.append(f"{shown}: {values[name]}")
    extra += [f"E-mail: {e}" for e in row.emails[1:]]
    phones = [_as_written(row, i) for i in range(len(row.phones))]
    extra += [f"Phone: {p}" for p in phones[1:]]
    extra += [f"Website: {w.url}" for w in row.websites[1:]]
    extra += [f"Address: {a.one_line()}" for a in row.addresses[1:]]
    if first.region or first.postal_code:
        extra.append(f"Address: {first.one_line()}")
    extra += [f"Kept as written — {u.field_name}: {u.value} ({u.reason})" for u in row.unparsed]
    notes = str(values.get("notes") or "")
    if extra:
        notes = "\n".join([notes, "", *extra] if notes else extra)
    return CompanyInput(
        name=row.company,
        website=row.websites[0].url if row.websites else "",
        email=row.emails[0] if row.emails else "",
        phone=phones[0] if phones else "",
        address=street,
        city=first.city,
        country=first.country,
        notes=notes,
        source_uid=row.source_uid,
    )


def _as_written(row: ParsedRow, index: int) -> str:
    """A record's number as the file wrote it ("+1 800 FLOWERS x123"): a company keeps
    its one number so; E.164 where the reader did not keep the text."""
    texts = row.phone_texts
    return texts[index] if index < len(texts) and texts[index] else row.phones[index].e164


# How a company's fields are named in its notes, for a second record's different values.
_COMPANY_FIELD_NAMES = {
    "website": "Website",
    "email": "E-mail",
    "phone": "Phone",
    "address": "Address",
    "city": "City",
    "country": "Country",
}


def fold_company(first: CompanyInput, later: CompanyInput) -> None:
    """A later record of a company new in this file: its values fill the first's empty
    fields, and those that differ from what the first holds go into the notes."""
    extra: list[str] = []
    for name, shown in _COMPANY_FIELD_NAMES.items():
        value = getattr(later, name)
        if not value:
            continue
        if not getattr(first, name):
            setattr(first, name, value)
        elif value.casefold() != getattr(first, name).casefold():
            extra.append(f"{shown}: {value}")
    if later.notes and later.notes not in first.notes:
        extra.append(later.notes)
    extra = [line for line in extra if line not in first.notes]
    if extra:
        first.notes = "\n".join([first.notes, *extra] if first.notes else extra)
