"""Checking import rows: each row of cells becomes a contact's values or a list of problems.

Phone numbers dominate the cost (phonenumbers is pure Python, ~10 µs a number), so a large
file has part of its numbers parsed by a helper process (phone_helper) while this one
parses the rest and reads the rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.errors import CancelledError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.csv_producers import (
    ADDRESS_PARTS,
    FIELD_SYNONYMS,
    KEPT_PARTS,
    NAME_FIELDS,
    ColumnMap,
    Target,
    display_name_unless_parts,
    joined_label,
    normalise_label,
)
from deskcrm.services.import_export.phone_helper import PhoneHelper, parse_phones

# Files with at least this many phone numbers share them with a helper process: starting
# it costs about 0.3 s, which fewer numbers do not win back.
PARALLEL_FROM_PHONES = 20_000
# The share of the numbers the helper parses. This process parses the rest and meanwhile
# reads the rows before the helper's (a row takes about a third of a number's time), so
# the helper takes more than half; one started only when the numbers are known is ~0.3 s
# late and takes less. Parts the helper has not started by the time this process is done
# with its own come back here (HELPER_PARTS), so a share on the large side costs little
# when the helper is slowed by a busy machine.
HELPER_SHARE = 0.5
EARLY_HELPER_SHARE = 0.65
# Files this big (about 20,000 rows) start the helper before they are read.
EARLY_HELPER_FROM_BYTES = 1_000_000

# (region, phone as written in the file) -> its parsed form (unchecked when not valid there).
KnownPhones = dict[tuple[str, str], "validation.PhoneNumber"]

_SPLIT_EMAILS = re.compile(r"[;,\s]+")
_SPLIT_PHONES = re.compile(r"\s*(?:;|,| ::: )\s*")
_SPLIT_TAGS = re.compile(r"\s*(?:;|,| ::: )\s*")
_SPLIT_MULTI = " ::: "  # Google's separator of several values in one cell
LIFECYCLES = frozenset(item.value for item in Lifecycle)
LEAD = Lifecycle.LEAD.value  # an enum's .value is a property: read once, not per row
_ADDRESS_WIDTH = len(ADDRESS_PARTS)
# A birthday written without its year is kept in this leap year (29 February fits).
YEARLESS_YEAR = 2000
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januar", "janvier", "enero", "gennaio", "januari"),
            ("february", "feb", "februar", "février", "febrero", "febbraio", "februari"),
            ("march", "mar", "märz", "mars", "marzo", "maart"),
            ("april", "apr", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio", "mei"),
            ("june", "jun", "juni", "juin", "junio", "giugno"),
            ("july", "jul", "juli", "juillet", "julio", "luglio"),
            ("august", "aug", "août", "agosto", "augustus"),
            ("september", "sep", "sept", "septembre", "septiembre", "settembre"),
            ("october", "oct", "oktober", "octobre", "octubre", "ottobre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "dezember", "décembre", "diciembre", "dicembre"),
        ),
        start=1,
    )
    for name in names
}
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")  # vCard 3/4: --04-22, --0422
_ISO = re.compile(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")  # 1953-10-15T00:00:00Z
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")  # 19220310
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?$")  # 15.10.1953, 15.10.
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")  # 10/15/1953, 15/10/1953


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


@dataclass(frozen=True)
class ReadDate:
    """A date read from a file; `year_known` False when it was written without a year."""

    day: date
    year_known: bool = True

    def iso(self) -> str:
        return self.day.isoformat() if self.year_known else self.day.strftime("--%m-%d")


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


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_date(value: str) -> ReadDate | None:
    """A date as address books write it, or None when it is not one DeskCRM can read.

    Reads ISO (with or without a time), 19220310, --04-22 and --0422 (no year), Google's
    "   1-01-01" and 0000-… (year 0–4: no year), 15.10.1953, 15.10. and US / European
    slashes (month first when both fit, as Outlook writes them)."""
    text = value.strip()
    if match := _YEARLESS.match(text):
        found = _date(YEARLESS_YEAR, int(match[1]), int(match[2]))
        return ReadDate(found, False) if found else None
    if match := _ISO.match(text) or _BASIC.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if year <= 4:  # Google writes a birthday with no year as year 1 (or 0)
            found = _date(YEARLESS_YEAR, month, day)
            return ReadDate(found, False) if found else None
        found = _date(year, month, day) if year >= 1000 else None
        return ReadDate(found) if found else None
    if match := _DOTTED.match(text):
        day, month = int(match[1]), int(match[2])
        if match[3] is None:
            found = _date(YEARLESS_YEAR, month, day)
            return ReadDate(found, False) if found else None
        found = _date(_full_year(match[3]), month, day)
        return ReadDate(found) if found else None
    if match := _SLASHED.match(text):
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3])
        found = _date(year, first, second) or _date(year, second, first)
        return ReadDate(found) if found else None
    return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 15/10/53: the most recent century that makes it past
        year += 1900 if year > 30 else 2000
    return year


def parse_birthday(value: str) -> date | None:
    """A date, or ValueError naming the text (year-less dates come back in YEARLESS_YEAR)."""
    if not value.strip():
        return None
    found = read_date(value)
    if found is None:
        raise ValueError(f"“{value.strip()}” is not a date (use YYYY-MM-DD)")
    return found.day


def _read_parts_date(year: str, month: str, day: str) -> ReadDate | None:
    """Thunderbird's Birth Year / Birth Month / Birth Day (month may be a word)."""
    month_text = month.strip().lower().rstrip(".")
    month_number = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
    if not (day.strip().isdigit() and month_number):
        return None
    if year.strip().isdigit() and int(year) >= 1000:
        found = _date(int(year), month_number, int(day))
        return ReadDate(found) if found else None
    found = _date(YEARLESS_YEAR, month_number, int(day))
    return ReadDate(found, False) if found else None


def _as_column_map(mapping: ColumnMap | dict[str, list[int]]) -> ColumnMap:
    """A ColumnMap from the older field -> columns dict (tests, saved mappings)."""
    if isinstance(mapping, ColumnMap):
        return mapping
    width = max((i for columns in mapping.values() for i in columns), default=-1) + 1
    targets: dict[int, Target] = {}
    for name, columns in mapping.items():
        target_field = FIELD_SYNONYMS.get(name, name)
        slot = "address" if target_field in ADDRESS_PARTS else target_field
        for i in columns:
            targets[i] = Target(target_field, "", slot)
    return ColumnMap([""] * width, targets)


class RowReader:
    """How the cells of one file's rows become a contact, worked out once per file.

    A large file runs `parse` 100,000 times: what can be decided from the header alone
    (which columns to read, how to join them, which labels they carry) is decided here,
    and `parse` reads only the columns the file maps."""

    def __init__(self, mapping: ColumnMap | dict[str, list[int]], source_name: str = "") -> None:
        columns = _as_column_map(mapping)
        self.columns = columns
        self._source = source_name
        self._names = columns.header
        self._single: dict[str, list[int]] = {}  # field -> columns (joined when several)
        # (value column, fixed label, label column or -1), in column order.
        self._emails: list[tuple[int, str, int]] = []
        self._phones: list[tuple[int, str, int]] = []
        self._websites: list[tuple[int, str, int]] = []
        # slot -> (fixed label, label column or -1, part -> columns)
        self._addresses: dict[str, tuple[str, int, dict[str, list[int]]]] = {}
        label_columns: dict[tuple[str, str], int] = {}
        kept_slots: dict[str, dict[str, int]] = {}  # slot -> KEPT_PARTS part -> column
        for i, target in sorted(columns.targets.items()):
            if target.field.endswith("_label"):
                label_columns[(target.field[: -len("_label")], target.slot)] = i
        for i, target in sorted(columns.targets.items()):
            kind = target.field
            if kind in ("emails", "phones", "websites"):
                singular = {"emails": "email", "phones": "phone", "websites": "website"}[kind]
                entry = (i, target.label, label_columns.get((singular, target.slot), -1))
                {"emails": self._emails, "phones": self._phones, "websites": self._websites}[
                    kind
                ].append(entry)
            elif kind in ADDRESS_PARTS or kind == "address_formatted":
                slot = self._addresses.setdefault(
                    target.slot,
                    (target.label, label_columns.get(("address", target.slot), -1), {}),
                )
                slot[2].setdefault(kind, []).append(i)
            elif kind in KEPT_PARTS:
                kept_slots.setdefault(target.slot, {})[kind] = i
            elif not kind.endswith("_label"):
                self._single.setdefault(kind, []).append(i)
        self.has_phones = bool(self._phones)
        self._dated = "birthday" in self._single or "birth_day" in self._single
        self._anniversary = "anniversary" in self._single
        self._lifecycle = "lifecycle" in self._single
        self._follow_up = "follow_up_days" in self._single
        self._country_columns = [
            i for _label, _col, parts in self._addresses.values() for i in parts.get("country", [])
        ]
        # Each address slot as (fixed label, label column, formatted columns, (position in
        # ADDRESS_PARTS, columns) of the parts the file maps): a PostalAddress is built
        # positionally, reading only those.
        self._address_slots = [
            (
                fixed,
                label_column,
                parts.get("address_formatted", []),
                [(at, parts[part]) for at, part in enumerate(ADDRESS_PARTS) if parts.get(part)],
            )
            for fixed, label_column, parts in self._addresses.values()
        ]
        # Values an earlier import kept as written (DeskCRM's own CSV export carries them
        # with their reason and origin): the columns of their field, value, reason, origin.
        self._kept = [[parts.get(part, -1) for part in KEPT_PARTS] for parts in kept_slots.values()]
        # The text fields, read into a copy of `_blank`: those of one column straight from
        # their cell, those of several joined.
        text_fields = [name for name in _TEXT_FIELDS if name in self._single]
        self._blank = dict.fromkeys(_TEXT_FIELDS, "")
        self._text_one = [(n, self._single[n][0]) for n in text_fields if len(self._single[n]) == 1]
        self._text_many = [name for name in text_fields if len(self._single[name]) > 1]

    def _origin(self, line: int, column: int) -> str:
        name = self._names[column] if column < len(self._names) and self._names[column] else ""
        where = f"line {line}" + (f", {name}" if name else "")
        return f"{self._source}, {where}" if self._source else where

    def phone_texts(self, cells: list[str]) -> list[str]:
        """Every phone as written in the row (for parsing them ahead, in bulk)."""
        return [raw for i, _l, _c in self._phones for raw in split_phones(_cell(cells, i))]

    def country(self, cells: list[str]) -> str:
        return next((c for i in self._country_columns if (c := _cell(cells, i))), "")

    def _get(self, cells: list[str], name: str) -> str:
        """A field's text: its column's cell, or its columns' non-empty cells joined."""
        columns = self._single[name]
        if len(columns) == 1:
            return _cell(cells, columns[0])
        sep = " ; " if name == "tags" else "\n" if name == "notes" else " "
        return sep.join(v for v in (_cell(cells, i) for i in columns) if v)

    def parse(
        self,
        line: int,
        cells: list[str],
        region: str,
        problems: list[RowProblem],
        known_phones: KnownPhones | None = None,
    ) -> ParsedRow | None:
        get = self._get
        unparsed: list[UnparsedValue] = (
            [
                UnparsedValue(_cell(cells, f), value, _cell(cells, r), _cell(cells, o))
                for f, v, r, o in self._kept
                if (value := _cell(cells, v))
            ]
            if self._kept
            else []
        )

        def keep(field_name: str, column: int, value: str, why: str) -> None:
            unparsed.append(UnparsedValue(field_name, value, why, self._origin(line, column)))

        # The names and other text fields (what _cell does, inline: this runs 100,000 times).
        names = others = self._blank.copy()
        width = len(cells)
        for name, i in self._text_one:
            if i < width and (text := cells[i].strip()):
                names[name] = text[1:] if text[0] == "'" and text[1:2] in _FORMULA else text
        for name in self._text_many:
            names[name] = get(cells, name)
        first, last = names["first_name"], names["last_name"]
        company = others["company"]
        emails: list[str] = []
        email_labels: list[str] = []
        seen: set[str] = set()  # a set kept as it grows: a row may hold 100,000 addresses
        for column, fixed, label_column in self._emails:
            raw_cell = _cell(cells, column)
            if not raw_cell:
                continue
            label = normalise_label(_cell(cells, label_column)) if label_column >= 0 else fixed
            for raw in _split_emails(raw_cell):
                if not raw or raw == ":::":
                    continue
                try:
                    email = validation.normalise_email(raw)
                except ValueError as exc:
                    keep("email", column, raw, str(exc))
                    continue
                lowered = email.lower()
                if lowered not in seen:
                    seen.add(lowered)
                    emails.append(email)
                    email_labels.append(label)
        addresses: list[PostalAddress] = []
        for fixed, label_column, formatted_columns, mapped in self._address_slots:
            got = [""] * _ADDRESS_WIDTH
            found = False
            for at, columns in mapped:
                if value := _joined(cells, columns):
                    got[at] = value[:500]
                    found = True
            if not found:
                formatted = _joined(cells, formatted_columns) if formatted_columns else ""
                if not formatted:
                    continue
                got[0] = formatted[:500]  # only the formatted form: kept whole as the street
            label = normalise_label(_cell(cells, label_column)) if label_column >= 0 else fixed
            addresses.append(PostalAddress(label, *got))
        # A row's own country decides how its numbers are read (a French "06 …" in a file
        # imported on a German computer is French). One that is not valid there is kept as
        # written, to be checked: never a reason to refuse the row.
        if len(addresses) == 1:
            country = addresses[0].country
        else:
            country = next((a.country for a in addresses if a.country), "")
        if country:
            region = validation.phone_region(country, region)
        phones: list[validation.PhoneNumber] = []
        phone_labels: list[str] = []
        phone_texts: list[str] = []
        seen.clear()
        for column, fixed, label_column in self._phones:
            raw_cell = _cell(cells, column)
            if not raw_cell:
                continue
            label = normalise_label(_cell(cells, label_column)) if label_column >= 0 else fixed
            for raw in split_phones(raw_cell):
                known = known_phones.get((region, raw)) if known_phones is not None else None
                if known is None:
                    known = validation.read_phone(raw, region)
                if known.e164 not in seen:
                    seen.add(known.e164)
                    phones.append(known)
                    phone_labels.append(label)
                    phone_texts.append(raw)
                elif label:  # the same number under another label: one phone, both labels
                    at = next(i for i, p in enumerate(phones) if p.e164 == known.e164)
                    phone_labels[at] = joined_label(phone_labels[at], label)
        websites: list[Website] = []
        for column, fixed, label_column in self._websites:
            label = normalise_label(_cell(cells, label_column)) if label_column >= 0 else fixed
            for url in _cell(cells, column).split(_SPLIT_MULTI):
                url = url.strip()
                if not url:
                    continue
                if " " in url:
                    keep("website", column, url, _NOT_A_URL)
                else:
                    websites.append(Website(url[:2000], label))
        birthday = self._date_field(cells, line, "birthday", keep) if self._dated else None
        anniversary = (
            self._date_field(cells, line, "anniversary", keep) if self._anniversary else None
        )
        lifecycle = get(cells, "lifecycle").lower() if self._lifecycle else ""
        if not lifecycle:
            lifecycle = LEAD
        elif lifecycle not in LIFECYCLES:
            keep(
                "lifecycle",
                self._single["lifecycle"][0],
                lifecycle,
                "not lead, prospect, customer or former",
            )
            lifecycle = LEAD
        follow_up_days = None
        if self._follow_up and (days := get(cells, "follow_up_days")):
            if days.isdigit() and 1 <= int(days) <= 3650:
                follow_up_days = int(days)
            else:
                column = self._single["follow_up_days"][0]
                keep("follow_up_days", column, days, "not a number of days from 1 to 3650")
        full_name = names["full_name"]
        person_named = bool(first or last or names["middle_name"])
        is_company = (
            bool(company)
            and not person_named
            and not names["nickname"]
            and (not full_name or full_name.casefold() == company.casefold())
        )
        if not person_named and full_name and not is_company:
            first, _, last = full_name.rpartition(" ") if " " in full_name else (full_name, "", "")
            first, last = (first, last) if first else (full_name, "")
        # Someone with no name keeps no invented one: they are shown by their nickname,
        # email or phone (domain.names). Only a row whose one clue is an address kept as
        # written (not valid) is shown by that text, as the whole name it goes by.
        known_only_by = ""
        if not (first or last or is_company or names["nickname"] or emails or phones):
            known_only_by = next((u.value for u in unparsed if u.field_name == "email"), "")
        if len(first) > validation.MAX_NAME or len(last) > validation.MAX_NAME:
            for name, value in (("first_name", first), ("last_name", last)):
                if len(value) > validation.MAX_NAME:
                    column = self._single.get(name, [-1])[0]
                    keep(name, column, value, f"longer than {validation.MAX_NAME} characters")
        raw_tags = others["tags"]
        # Google marks its own groups with "* ": "* myContacts" is every contact (no tag),
        # "* Starred" is the group "Starred".
        tags = (
            sorted(
                {
                    t.removeprefix("* ")[:100]
                    for t in _SPLIT_TAGS.split(raw_tags)
                    if t and t.removeprefix("* ").replace(" ", "").lower() != "mycontacts"
                }
            )
            if raw_tags
            else []
        )
        notes = others["notes"]
        if not (
            first
            or last
            or is_company
            or addresses
            or notes
            or names["nickname"]
            or emails
            or phones
            or known_only_by
        ):
            problems.append(RowProblem(line, "name", "nothing to import in this row"))
            return None
        if addresses:
            first_address = addresses[0]
            street = (
                f"{first_address.street}\n{first_address.extended}"
                if first_address.street and first_address.extended
                else first_address.street or first_address.extended
            )
            postal_code, city, country = (
                first_address.postal_code[:20],
                first_address.city[:200],
                first_address.country[:200],
            )
        else:
            street = postal_code = city = country = ""
        values: dict[str, Any] = {
            "first_name": first[: validation.MAX_NAME],
            "last_name": last[: validation.MAX_NAME],
            "display_name": display_name_unless_parts(
                full_name,
                names["name_prefix"],
                first,
                names["middle_name"],
                last,
                names["name_suffix"],
            )
            if full_name and not is_company
            else known_only_by[:400],
            "middle_name": names["middle_name"][:200],
            "name_prefix": names["name_prefix"][:100],
            "name_suffix": names["name_suffix"][:100],
            "nickname": names["nickname"][:200],
            "title": others["title"][:200],
            "department": others["department"][:200],
            "address": street[:500],
            "postal_code": postal_code,
            "city": city,
            "country": country,
            "birthday": birthday.day.isoformat() if birthday else None,
            "birthday_year_known": birthday.year_known if birthday else True,
            "anniversary": anniversary.day.isoformat() if anniversary else None,
            "anniversary_year_known": anniversary.year_known if anniversary else True,
            "lifecycle": lifecycle,
            "source": others["source"][:200] or "Import",
            "follow_up_days": follow_up_days,
            "notes": validation.clean_text(notes) if notes else "",
        }
        return ParsedRow(
            line,
            values,
            emails,
            phones,
            tags,
            company[:200],
            region,
            email_labels,
            phone_labels,
            addresses,
            websites,
            unparsed,
            others["source_uid"][:400],
            is_company,
            # Only a company keeps its number as written (a person's are E.164 or to check).
            phone_texts if is_company else [],
        )

    def _date_field(
        self,
        cells: list[str],
        line: int,
        name: str,
        keep: Callable[[str, int, str, str], None],
    ) -> ReadDate | None:
        column = self._single.get(name, [-1])[0]
        if name == "birthday" and column < 0 and "birth_day" in self._single:
            parts = [_cell(cells, self._single.get(p, [-1])[0]) for p in _BIRTH_PARTS]
            if not any(parts):
                return None
            found = _read_parts_date(*parts)
            if found is None:
                keep(name, self._single["birth_day"][0], "-".join(parts), "not a date")
            return found
        text = _cell(cells, column)
        if not text or text in _NO_DATE:
            return None
        found = read_date(text)
        if found is None:
            keep(name, column, text, "not a date DeskCRM can read")
        return found


_BIRTH_PARTS = ("birth_year", "birth_month", "birth_day")
# A web address has no spaces: text with some ("profile url") is kept as written rather
# than glued into an address that was never written. (Line breaks alone are a long address
# wrapped by its producer: the write path joins those.)
_NOT_A_URL = "not a web address (it has spaces)"
# How Outlook writes "no date" in its CSV export.
_NO_DATE = frozenset(("0/0/00", "00.00.00", "0.0.00", "00/00/0000"))


def _joined(cells: list[str], columns: list[int]) -> str:
    """The non-empty cells of several columns, one a line (an address's street lines)."""
    if len(columns) == 1:
        return _cell(cells, columns[0])
    return "\n".join(v for v in (_cell(cells, i) for i in columns) if v)


# What a spreadsheet-safe CSV export puts a ' before (DeskCRM's does): the ' is undone.
_FORMULA = ("=", "+", "-", "@")
# The fields read as text, each from one column or several joined.
_TEXT_FIELDS = (
    *NAME_FIELDS,
    "company",
    "title",
    "department",
    "source",
    "source_uid",
    "notes",
    "tags",
)


def _cell(cells: list[str], i: int) -> str:
    if i < 0 or i >= len(cells):
        return ""
    value = cells[i].strip()
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value


def _split_emails(text: str) -> list[str]:
    """The addresses of one cell: several may be separated by ; , or spaces."""
    if text.isprintable() and " " not in text and "," not in text and ";" not in text:
        return [text]  # one address, the usual case: no need for the pattern
    return _SPLIT_EMAILS.split(text)


def split_phones(text: str) -> list[str]:
    if not text:
        return []
    if ";" not in text and "," not in text and ":::" not in text:
        return [text]  # one number, the usual case: no need for the pattern
    return [raw for raw in _SPLIT_PHONES.split(text) if raw.strip()]


def parse_row(
    line: int,
    cells: list[str],
    mapping: ColumnMap | dict[str, list[int]] | RowReader,
    region: str,
    problems: list[RowProblem],
    known_phones: KnownPhones | None = None,
) -> ParsedRow | None:
    reader = mapping if isinstance(mapping, RowReader) else RowReader(mapping)
    return reader.parse(line, cells, region, problems, known_phones)


def parse_rows(
    rows: list[tuple[int, list[str]]],
    mapping: ColumnMap | dict[str, list[int]] | RowReader,
    region: str,
    known_phones: KnownPhones | None = None,
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """Every row read: the contacts, and the rows that held nothing to import."""
    reader = mapping if isinstance(mapping, RowReader) else RowReader(mapping)
    problems: list[RowProblem] = []
    parsed = [
        row
        for line, cells in rows
        if (row := reader.parse(line, cells, region, problems, known_phones)) is not None
    ]
    return parsed, problems


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
            unparsed.append(UnparsedValue("website", site.url.strip(), _NOT_A_URL, origin))
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


def _first_rows_of_phones(
    rows: list[tuple[int, list[str]]], reader: RowReader, region: str
) -> dict[tuple[str, str], int]:
    """Every distinct (region, phone as written) of the file, in file order, with the index
    of the first row that has it."""
    regions: dict[str, str] = {}  # country as written -> region, worked out once each
    first_rows: dict[tuple[str, str], int] = {}
    for index, (_line, cells) in enumerate(rows):
        texts = reader.phone_texts(cells)
        if not texts:
            continue
        country = reader.country(cells)
        if country not in regions:
            regions[country] = validation.phone_region(country, region)
        for raw in texts:
            first_rows.setdefault((regions[country], raw), index)
    return first_rows


# The helper's share goes to it in this many parts, in file order. It works through them
# from the first; this process, once done with its own, takes back from the last those the
# helper has not started: a helper slowed by a busy machine is never waited for long.
HELPER_PARTS = 12


@dataclass
class _SharedPhones:
    """The phones of a file split with a helper process at a row: those first seen before
    `split` are parsed here (`known`), the others by the helper in parts (`jobs`: each
    part's phones and its job, None where this process parses them)."""

    known: KnownPhones = field(default_factory=dict)
    split: int = 0
    jobs: list[tuple[list[tuple[str, str]], Future[list[tuple[str, str, bool]]] | None]] = field(
        default_factory=list
    )


def _share_phones(
    first_rows: dict[tuple[str, str], int], row_count: int, helper: PhoneHelper, share: float
) -> _SharedPhones:
    """Hand the numbers of the last rows (about `share` of the distinct ones) to the helper
    and parse those of the first rows here: this process then reads the first rows while
    the helper still works."""
    pairs = list(first_rows)
    cut = len(pairs) - int(len(pairs) * share)
    split = first_rows[pairs[cut]] if cut < len(pairs) else row_count
    mine = [pair for pair in pairs if first_rows[pair] < split]
    theirs = [pair for pair in pairs if first_rows[pair] >= split]
    size = -(-len(theirs) // HELPER_PARTS)  # rounded up
    parts = [theirs[start : start + size] for start in range(0, len(theirs), size or 1)]
    jobs = [(part, helper.submit(part)) for part in parts]
    if jobs and jobs[0][1] is None:  # no processes to be had: parse them all here
        mine, jobs, split = pairs, [], row_count
    shared = _SharedPhones(split=split, jobs=jobs)
    _learn(shared.known, mine, parse_phones(mine))
    return shared


def _learn(
    known: KnownPhones, pairs: list[tuple[str, str]], results: list[tuple[str, str, bool]]
) -> None:
    known.update(
        (pair, validation.PhoneNumber(*result)) for pair, result in zip(pairs, results, strict=True)
    )


def _wait_for_helper(shared: _SharedPhones, cancelled: Callable[[], bool]) -> None:
    """The helper's numbers: the parts it has not started are taken back (from the last)
    and parsed here, then the others are waited for (and parsed here if it failed)."""
    waiting = []
    for pairs, job in reversed(shared.jobs):
        if cancelled():
            raise CancelledError("Import cancelled; nothing was imported")
        if job is None or job.cancel():  # not started: parsing it here is quicker
            _learn(shared.known, pairs, parse_phones(pairs))
        else:  # running or next in line, and so is every part before it
            waiting = [(part, job) for part, job in shared.jobs if job is not None]
            waiting = [entry for entry in waiting if not entry[1].cancelled()]
            break
    for pairs, job in waiting:
        while not wait([job], timeout=0.1).done:
            if cancelled():
                raise CancelledError("Import cancelled; nothing was imported")
        try:
            results = job.result()
        except (BrokenProcessPool, OSError, RuntimeError):
            # The helper could not start (e.g. a script without a __main__ guard): parse its
            # share here; slower, same result.
            results = parse_phones(pairs)
        _learn(shared.known, pairs, results)


# Rows are read in chunks of this many between looks at Cancel and progress reports.
_CHUNK = 5000


def check_rows(
    rows: list[tuple[int, list[str]]],
    mapping: ColumnMap | dict[str, list[int]] | RowReader,
    region: str,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
    *,
    parallel_from: int = PARALLEL_FROM_PHONES,
    helper: PhoneHelper | None = None,
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """parse_rows for a whole file, in file order, reporting progress (0–1) and stopping
    with CancelledError when asked. `helper`: one started early (the caller closes it).

    A file with many phone numbers has those of its last rows parsed by a helper process
    while this one parses the others and reads the rows before them."""
    progress(0.0)
    reader = mapping if isinstance(mapping, RowReader) else RowReader(mapping)
    shared = _SharedPhones(split=len(rows))
    own_helper = False
    parsed: list[ParsedRow] = []
    problems: list[RowProblem] = []
    try:
        if reader.has_phones:
            first_rows = _first_rows_of_phones(rows, reader, region)
            if len(first_rows) >= parallel_from:
                own_helper = helper is None
                # A helper started before the file was read is ready now: it takes more.
                share = HELPER_SHARE if own_helper else EARLY_HELPER_SHARE
                helper = helper or PhoneHelper()
                shared = _share_phones(first_rows, len(rows), helper, share)
        for first, last in ((0, shared.split), (shared.split, len(rows))):
            if first == shared.split:
                _wait_for_helper(shared, cancelled)  # the next rows' numbers are its
            for start in range(first, last, _CHUNK):
                if cancelled():
                    raise CancelledError("Import cancelled; nothing was imported")
                progress(start / len(rows))
                chunk_parsed, chunk_problems = parse_rows(
                    rows[start : min(start + _CHUNK, last)], reader, region, shared.known
                )
                parsed += chunk_parsed
                problems += chunk_problems
    finally:
        if own_helper and helper is not None:
            helper.close()
    return parsed, problems
