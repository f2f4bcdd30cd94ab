"""What differs between the contact as someone else saved it and as the form would save it:
the rows an edit-conflict dialog shows, side by side, in plain words (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.services.contacts.contacts import ContactInput


def _day(day: date | None, year_known: bool) -> str:
    if day is None:
        return ""
    return day.isoformat() if year_known else day.strftime("--%m-%d")


def _address(address: PostalAddress) -> str:
    parts = (
        address.street,
        address.extended,
        address.po_box,
        f"{address.postal_code} {address.city}".strip(),
        address.region,
        address.country,
    )
    text = ", ".join(part for part in parts if part)
    return f"{address.label}: {text}" if address.label and text else text


def _labelled(values: list[str], labels: list[str]) -> str:
    return "\n".join(
        f"{value} ({labels[i]})" if i < len(labels) and labels[i] else value
        for i, value in enumerate(values)
    )


# (what the user reads, the field's text) in the order the form shows them.
_FIELDS: tuple[tuple[str, Callable[[ContactInput], str]], ...] = (
    ("Name prefix", lambda c: c.name_prefix),
    ("First name", lambda c: c.first_name),
    ("Middle name", lambda c: c.middle_name),
    ("Last name", lambda c: c.last_name),
    ("Name suffix", lambda c: c.name_suffix),
    ("Nickname", lambda c: c.nickname),
    ("Company", lambda c: c.company_name),
    ("Title", lambda c: c.title),
    ("Department", lambda c: c.department),
    ("E-mails", lambda c: _labelled(c.emails, c.email_labels)),
    ("Phones", lambda c: _labelled(c.phones, c.phone_labels)),
    ("Addresses", lambda c: "\n".join(_address(a) for a in c.addresses)),
    ("Websites", lambda c: "\n".join(w.url for w in c.websites)),
    ("Birthday", lambda c: _day(c.birthday, c.birthday_year_known)),
    ("Anniversary", lambda c: _day(c.anniversary, c.anniversary_year_known)),
    ("Lifecycle", lambda c: c.lifecycle),
    ("Source", lambda c: c.source),
    ("Follow up every", lambda c: f"{c.follow_up_days} days" if c.follow_up_days else ""),
    ("Tags", lambda c: ", ".join(sorted(c.tags, key=str.casefold))),
    ("Notes", lambda c: c.notes),
)


def differences(saved: ContactInput, mine: ContactInput) -> list[tuple[str, str, str]]:
    """(field, as saved now, as the form has it) for every field the two disagree on."""
    rows = []
    for name, text in _FIELDS:
        theirs, yours = text(saved), text(mine)
        if theirs != yours:
            rows.append((name, theirs, yours))
    return rows
