"""Import rows: each row of cells becomes a contact's values or a list of problems.

RowReader works out once per file which columns feed which fields and reads each row
with it (parse_row, parse_rows). Around it: what a read row is (ParsedRow, RowProblem)
in import_row_types, a row's cells as text in import_cells, dates in import_dates, and a
contact read by the vCard reader made an import row in import_contact_rows. A whole file
is checked (its phone numbers shared with a helper process) by check_rows in
import_checking, which builds on this module and so is imported from there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
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
from deskcrm.services.import_export.import_cells import (
    FORMULA,
    cell,
    joined,
    split_emails,
    split_phones,
)
from deskcrm.services.import_export.import_contact_rows import row_from_contact
from deskcrm.services.import_export.import_dates import (
    YEARLESS_YEAR,
    ReadDate,
    parse_birthday,
    read_date,
    read_parts_date,
)
from deskcrm.services.import_export.import_row_types import (
    LIFECYCLES,
    NOT_A_URL,
    KnownPhones,
    ParsedRow,
    RowProblem,
)

# The public names of reading import rows, wherever they are defined: callers import them
# from here.
__all__ = [
    "LEAD",
    "LIFECYCLES",
    "NOT_A_URL",
    "YEARLESS_YEAR",
    "KnownPhones",
    "ParsedRow",
    "ReadDate",
    "RowProblem",
    "RowReader",
    "parse_birthday",
    "parse_row",
    "parse_rows",
    "read_date",
    "row_from_contact",
    "split_phones",
]

_SPLIT_TAGS = re.compile(r"\s*(?:;|,| ::: )\s*")
_SPLIT_MULTI = " ::: "  # Google's separator of several values in one cell
LEAD = Lifecycle.LEAD.value  # an enum's .value is a property: read once, not per row
_ADDRESS_WIDTH = len(ADDRESS_PARTS)


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
        return [raw for i, _l, _c in self._phones for raw in split_phones(cell(cells, i))]

    def country(self, cells: list[str]) -> str:
        return next((c for i in self._country_columns if (c := cell(cells, i))), "")

    def _get(self, cells: list[str], name: str) -> str:
        """A field's text: its column's cell, or its columns' non-empty cells joined."""
        columns = self._single[name]
        if len(columns) == 1:
            return cell(cells, columns[0])
        sep = " ; " if name == "tags" else "\n" if name == "notes" else " "
        return sep.join(v for v in (cell(cells, i) for i in columns) if v)

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
                UnparsedValue(cell(cells, f), value, cell(cells, r), cell(cells, o))
                for f, v, r, o in self._kept
                if (value := cell(cells, v))
            ]
            if self._kept
            else []
        )

        def keep(field_name: str, column: int, value: str, why: str) -> None:
            unparsed.append(UnparsedValue(field_name, value, why, self._origin(line, column)))

        # The names and other text fields (what cell does, inline: this runs 100,000 times).
        names = others = self._blank.copy()
        width = len(cells)
        for name, i in self._text_one:
            if i < width and (text := cells[i].strip()):
                names[name] = text[1:] if text[0] == "'" and text[1:2] in FORMULA else text
        for name in self._text_many:
            names[name] = get(cells, name)
        first, last = names["first_name"], names["last_name"]
        company = others["company"]
        emails: list[str] = []
        email_labels: list[str] = []
        seen: set[str] = set()  # a set kept as it grows: a row may hold 100,000 addresses
        for column, fixed, label_column in self._emails:
            raw_cell = cell(cells, column)
            if not raw_cell:
                continue
            label = normalise_label(cell(cells, label_column)) if label_column >= 0 else fixed
            for raw in split_emails(raw_cell):
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
                if value := joined(cells, columns):
                    got[at] = value[:500]
                    found = True
            if not found:
                formatted = joined(cells, formatted_columns) if formatted_columns else ""
                if not formatted:
                    continue
                got[0] = formatted[:500]  # only the formatted form: kept whole as the street
            label = normalise_label(cell(cells, label_column)) if label_column >= 0 else fixed
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
            raw_cell = cell(cells, column)
            if not raw_cell:
                continue
            label = normalise_label(cell(cells, label_column)) if label_column >= 0 else fixed
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
            label = normalise_label(cell(cells, label_column)) if label_column >= 0 else fixed
            for url in cell(cells, column).split(_SPLIT_MULTI):
                url = url.strip()
                if not url:
                    continue
                if " " in url:
                    keep("website", column, url, NOT_A_URL)
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
            parts = [cell(cells, self._single.get(p, [-1])[0]) for p in _BIRTH_PARTS]
            if not any(parts):
                return None
            found = read_parts_date(*parts)
            if found is None:
                keep(name, self._single["birth_day"][0], "-".join(parts), "not a date")
            return found
        text = cell(cells, column)
        if not text or text in _NO_DATE:
            return None
        found = read_date(text)
        if found is None:
            keep(name, column, text, "not a date DeskCRM can read")
        return found


_BIRTH_PARTS = ("birth_year", "birth_month", "birth_day")
# How Outlook writes "no date" in its CSV export.
_NO_DATE = frozenset(("0/0/00", "00.00.00", "0.0.00", "00/00/0000"))


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
