"""What reading an import record gives, whichever reader read it (a CSV row, a vCard):
a ParsedRow or a RowProblem, the numbers already parsed (KnownPhones), and the checks
both readers share (LIFECYCLES, NOT_A_URL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle

# (region, phone as written in the file) -> its parsed form (unchecked when not valid there).
KnownPhones = dict[tuple[str, str], "validation.PhoneNumber"]
LIFECYCLES = frozenset(item.value for item in Lifecycle)
# A web address has no spaces: text with some ("profile url") is kept as written rather
# than glued into an address that was never written. (Line breaks alone are a long address
# wrapped by its producer: the write path joins those.)
NOT_A_URL = "not a web address (it has spaces)"


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


@dataclass
class ParsedRow:
    line: int
    # The contact's fields by name: text, except the dates (ISO text or None), whether
    # their years are known (bool) and follow_up_days (int or None).
    values: dict[str, Any]
    emails: list[str]
    phones: list[validation.PhoneNumber]  # numbers to be checked have checked=False
    tags: list[str]
    company: str
    region: str = ""  # the region its numbers were read in (its country's, else the default)
    email_labels: list[str] = field(default_factory=list)  # emails[i]'s label
    phone_labels: list[str] = field(default_factory=list)  # phones[i]'s label
    addresses: list[PostalAddress] = field(default_factory=list)
    websites: list[Website] = field(default_factory=list)
    unparsed: list[UnparsedValue] = field(default_factory=list)  # kept as written
    source_uid: str = ""
    is_company: bool = False  # an organisation with no person's name: becomes a company
    # phones[i] as written in the file, and the line it is on (a vCard's TEL line; empty:
    # the record's line): a company keeps its number as written, the report says where.
    phone_texts: list[str] = field(default_factory=list)
    phone_lines: list[int] = field(default_factory=list)

    def phone_notices(self) -> list[RowProblem]:
        """Numbers kept as typed for the user to check, for the import report."""
        lines = self.phone_lines
        return [
            RowProblem(
                lines[i] if i < len(lines) else self.line,
                "phone",
                validation.phone_problem(phone, self.region),
            )
            for i, phone in enumerate(self.phones)
            if not phone.checked
        ]
