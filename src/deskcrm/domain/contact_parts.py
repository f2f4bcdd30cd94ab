"""The labelled parts of a contact that address books export: addresses, websites, and
values kept as written because they could not be understood."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class PostalAddress:
    """One postal address as vCard ADR holds it, with its label (home, work, other …)."""

    label: str = ""
    street: str = ""
    extended: str = ""  # apartment, suite, building
    po_box: str = ""
    city: str = ""
    region: str = ""  # state, province, county
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "label")

    def one_line(self) -> str:
        """Street, extended, PO box, postal code and city, region, country — for lists."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        parts = (self.street, self.extended, self.po_box, town, self.region, self.country)
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class Website:
    """A website or social profile (label: home, work, LinkedIn, Twitter …)."""

    url: str
    label: str = ""


@dataclass(frozen=True)
class UnparsedValue:
    """A value that could not be understood, kept as written for the user to check."""

    field_name: str  # the DeskCRM field it was meant for, e.g. "birthday"
    value: str  # exactly as written
    reason: str  # plain words: "not a date DeskCRM can read"
    origin: str = ""  # "contacts.vcf, line 12, BDAY"; "" when typed in the app
