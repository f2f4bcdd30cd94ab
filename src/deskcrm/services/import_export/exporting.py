"""Taking everything out in open formats: contacts as CSV or vCard, deals as CSV, every
table as JSON. CSV cells a spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Boolean, Column, Date, Integer, String
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from deskcrm import __version__
from deskcrm.db import export_queries, import_queries, migrate
from deskcrm.db.engine import Database
from deskcrm.db.types import UTCDateTime
from deskcrm.domain.dates import utc_now
from deskcrm.domain.money import exponent
from deskcrm.domain.validation import display_phone
from deskcrm.errors import DeskCrmError
from deskcrm.services.import_export.export_records import (
    ExportedCompany,
    ExportedContact,
    contacts_of,
    live_companies,
    live_company_names,
    live_contacts,
    most_children,
)
from deskcrm.services.import_export.vcard_writer import (
    company_uids_of_names,
    company_vcard,
    contact_uid,
    vcard,
)
from deskcrm.services.storage.files import open_atomically

# Rows of one table read per query by `export all` (see export_records.PAGE).
TABLE_PAGE = 2000

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A cell starting with + or - that is wholly one of these is written as it is (see
# `neutralise`): a phone number (digits, spaces, dots, hyphens, parentheses after the +,
# optionally an extension) or a year-less date (--04-22, --0422).
_PHONE_CELL = re.compile(
    r"\+[0-9][0-9 ().\-]*[0-9)](?:\s*(?:ext\.?|x|#)\s*[0-9]{1,6})?", re.IGNORECASE
)
_YEARLESS_DATE_CELL = re.compile(r"--(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12][0-9]|3[01])")

# The contact CSV (see contact_csv_header): names as Google Contacts writes them where it
# has the field, numbered groups repeated as often as the fullest contact needs.
CONTACT_NAME_COLUMNS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "Display Name",
    "Company",
    "Department",
    "Job Title",
]
EMAIL_PARTS = ("Label", "Value")
PHONE_PARTS = ("Label", "Value")
ADDRESS_PARTS = (
    "Label",
    "Street",
    "Extended Address",
    "PO Box",
    "City",
    "Region",
    "Postal Code",
    "Country",
)
WEBSITE_PARTS = ("Label", "Value")
UNPARSED_PARTS = ("Field", "Value", "Reason", "Origin")
CONTACT_OTHER_COLUMNS = [
    "Birthday",  # YYYY-MM-DD, or --MM-DD when the year is not known
    "Anniversary",
    "UID",
    "Tags",
    "Lifecycle",
    "Source",
    "Follow-up Days",
    "Notes",
]
DEAL_COLUMNS = [
    "Title",
    "Contact",
    "Company",
    "Pipeline",
    "Stage",
    "Status",
    "Value",
    "Currency",
    "Expected close",
    "Closed",
    "Lost reason",
    "Notes",
]


def _harmless(cell: str) -> bool:
    """A + or - cell that is only a phone number or a year-less date.

    OWASP's CSV-injection guidance prefixes every cell starting with = + - @ tab or CR,
    but the apostrophe then becomes part of the value for everything else that reads
    the file: Google Contacts and Outlook import "'+49 170 1234567" as the phone. The
    harm guarded against is a cell that runs something (a DDE command with |, a
    HYPERLINK or other function, a reference to another cell or file): that needs
    letters, |, !, quotes or =. A cell of nothing but digits, spaces, dots, hyphens and
    parentheses after a + (an extension only "ext"/"x"/"#" and digits), or a --MM-DD
    date, has none of them: at worst a spreadsheet shows it as a number or an
    arithmetic result, so it is written unchanged."""
    if cell.startswith("+"):
        return _PHONE_CELL.fullmatch(cell) is not None and cell.count("(") == cell.count(")")
    return _YEARLESS_DATE_CELL.fullmatch(cell) is not None


def neutralise(cell: str) -> str:
    """A cell starting with = + - @ tab or CR gets a leading apostrophe, so spreadsheets
    show it as text instead of running it (CSV formula injection); a phone number or a
    year-less date starting with + or - is left as it is (see `_harmless`)."""
    if not cell.startswith(FORMULA_STARTS) or _harmless(cell):
        return cell
    return "'" + cell


class _Utf8Sink:
    """A text file over a binary one, each write encoded as UTF-8 (for csv.writer)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def write(self, text: str) -> int:
        return self._raw.write(text.encode("utf-8"))


def _write_csv(path: Path, header: list[str], rows: Iterator[list[str]]) -> None:
    """The rows written as they come, every cell neutralised (see `neutralise`)."""
    with open_atomically(path) as raw:
        # UTF-8 with a byte-order mark: Excel then reads accented names correctly.
        raw.write("\ufeff".encode())
        writer = csv.writer(_Utf8Sink(raw), lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])


def _numbered(group: str, parts: tuple[str, ...], count: int) -> list[str]:
    return [f"{group} {n} - {part}" for n in range(1, count + 1) for part in parts]


def contact_csv_header(
    emails: int, phones: int, addresses: int, websites: int, unparsed: int
) -> list[str]:
    """The contact CSV's columns for contacts with at most that many of each.

    First Name … Job Title; E-mail N - Label/Value; Phone N - Label/Value; Address N -
    Label/Street/Extended Address/PO Box/City/Region/Postal Code/Country; Website N -
    Label/Value; Birthday, Anniversary, UID, Tags ("; " between), Lifecycle, Source,
    Follow-up Days, Notes; Unparsed N - Field/Value/Reason/Origin (values kept as written);
    Created. Every group but Unparsed has at least one column set."""
    return [
        *CONTACT_NAME_COLUMNS,
        *_numbered("E-mail", EMAIL_PARTS, max(emails, 1)),
        *_numbered("Phone", PHONE_PARTS, max(phones, 1)),
        *_numbered("Address", ADDRESS_PARTS, max(addresses, 1)),
        *_numbered("Website", WEBSITE_PARTS, max(websites, 1)),
        *CONTACT_OTHER_COLUMNS,
        *_numbered("Unparsed", UNPARSED_PARTS, unparsed),
        "Created",
    ]


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _day(day: date | None, year_known: bool) -> str:
    if day is None:
        return ""
    return day.isoformat() if year_known else day.strftime("--%m-%d")


def _contact_cells(c: ExportedContact, most: dict[str, int]) -> list[str]:
    emails = [cell for e in c.emails for cell in (e.label, e.address)]
    phones = [
        cell
        for p in c.phones
        for cell in (p.label, p.number if p.needs_check else display_phone(p.number))
    ]
    addresses = [
        cell
        for a in c.addresses
        for cell in (
            a.label,
            a.street,
            a.extended,
            a.po_box,
            a.city,
            a.region,
            a.postal_code,
            a.country,
        )
    ]
    websites = [cell for w in c.websites for cell in (w.label, w.url)]
    unparsed = [cell for u in c.unparsed for cell in (u.field_name, u.value, u.reason, u.origin)]
    return [
        c.first_name,
        c.middle_name,
        c.last_name,
        c.name_prefix,
        c.name_suffix,
        c.nickname,
        c.display_name,
        c.company,
        c.department,
        c.title,
        *_padded(emails, len(EMAIL_PARTS) * max(most["emails"], 1)),
        *_padded(phones, len(PHONE_PARTS) * max(most["phones"], 1)),
        *_padded(addresses, len(ADDRESS_PARTS) * max(most["addresses"], len(c.addresses), 1)),
        *_padded(websites, len(WEBSITE_PARTS) * max(most["urls"], 1)),
        _day(c.birthday, c.birthday_year_known),
        _day(c.anniversary, c.anniversary_year_known),
        contact_uid(c),
        "; ".join(c.tags),
        c.lifecycle,
        c.source,
        "" if c.follow_up_days is None else str(c.follow_up_days),
        c.notes,
        *_padded(unparsed, len(UNPARSED_PARTS) * most["unparsed"]),
        c.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    ]


def _company_cells(company: ExportedCompany, uid: str, header: list[str]) -> list[str]:
    """A company-only row: Company and the company's own fields, no person's name (which
    is how an import knows the row for a company)."""
    cells = dict.fromkeys(header, "")
    cells.update(
        {
            "Company": company.name,
            "E-mail 1 - Value": company.email,
            "Phone 1 - Value": display_phone(company.phone_e164)
            if company.phone_e164
            else company.phone,
            "Address 1 - Street": company.address,
            "Address 1 - City": company.city,
            "Address 1 - Country": company.country,
            "Website 1 - Value": company.website,
            "UID": uid,
            "Notes": company.notes,
            "Created": company.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    return [cells[column] for column in header]


def _companies_to_export(contact_ids: list[int] | None) -> bool:
    """Whether an export writes the companies as records of their own: when it is of
    every contact, yes (export -> import into an empty database gives back every company,
    also those without people). A segment or a selection is a list of people chosen for
    something (a mailing, a hand-over): each person's company is already named on them
    (ORG, Company), and adding every company, or company-only records a mail tool would
    take for more recipients, would put in what was not chosen."""
    return contact_ids is None


def export_contacts_csv(db: Database, path: Path, contact_ids: list[int] | None = None) -> int:
    """Every live contact and every live company (a row with only Company and the
    company's fields), or just the contacts of `contact_ids` (a segment, a selection),
    every field in the columns of `contact_csv_header`. Returns the rows written.

    Read a page at a time and written as it goes, in one read transaction (the file is
    one moment's data): memory stays flat however many contacts there are."""
    count = 0
    with db.reading() as session:
        most = most_children(session, contact_ids)
        # A contact with only the flat address columns filled still has one address.
        most["addresses"] = max(most["addresses"], 1)
        header = contact_csv_header(
            most["emails"], most["phones"], most["addresses"], most["urls"], most["unparsed"]
        )

        def rows() -> Iterator[list[str]]:
            nonlocal count
            for contact in _contacts(session, contact_ids):
                count += 1
                yield _contact_cells(contact, most)
            if _companies_to_export(contact_ids):
                uids = company_uids_of_names(live_company_names(session))
                for company in live_companies(session):
                    count += 1
                    yield _company_cells(company, uids[company.id], header)

        _write_csv(path, header, rows())
    return count


def _contacts(session: Session, contact_ids: list[int] | None) -> Iterator[ExportedContact]:
    """The contacts of `contact_ids` in that order, or every live one in name order."""
    if contact_ids is None:
        return live_contacts(session)
    return contacts_of(session, list(contact_ids))


def _decimal(minor: int, currency: str) -> str:
    exp = exponent(currency)
    if not exp:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{sign}{whole}.{frac:0{exp}d}"


def export_deals_csv(db: Database, path: Path) -> int:
    """Every live deal, by pipeline, open before closed, then stage and card order."""
    count = 0

    def rows() -> Iterator[list[str]]:
        nonlocal count
        for group in export_queries.deal_export_groups(session):
            after: tuple[int, int] | None = None
            while True:
                page, after = export_queries.deal_export_page(session, group, after, TABLE_PAGE)
                for r in page:
                    count += 1
                    yield [
                        *r[:6],
                        _decimal(r[6], r[7]),
                        r[7],
                        r[8],
                        r[9],
                        r[10],
                        r[11],
                    ]
                if len(page) < TABLE_PAGE:
                    break

    # Amounts are written by us as plain numbers; only the text cells are user text, but
    # a negative amount is neutralised too: a leading minus is how formulas start.
    with db.reading() as session:
        _write_csv(path, DEAL_COLUMNS, rows())
    return count


def export_contacts_vcard(db: Database, path: Path, contact_ids: list[int] | None = None) -> int:
    """Every live contact and every live company (a KIND:org card), or just the contacts
    of `contact_ids`, as vCard 4.0 (see vcard_writer). Returns the cards written.

    Read a page at a time and written as it goes, in one read transaction."""
    count = 0
    with db.reading() as session, open_atomically(path) as fh:
        for contact in _contacts(session, contact_ids):
            fh.write(vcard(contact).encode("utf-8"))
            count += 1
        if _companies_to_export(contact_ids):
            uids = company_uids_of_names(live_company_names(session))
            for company in live_companies(session):
                fh.write(company_vcard(company, uids[company.id]).encode("utf-8"))
                count += 1
    return count


def _json_value(value: Any) -> str:
    """One stored value as json.dumps writes it (str, int and None directly: they are
    nearly every value, and the general encoder costs several times more per call)."""
    if type(value) is str:
        return encode_basestring(value)
    if type(value) is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    return json.dumps(value, ensure_ascii=False)


def _json_rows(columns: list[str], rows: list[tuple[Any, ...]], first: bool) -> str:
    """Rows of a table as `json.dumps(document, ensure_ascii=False, indent=1)` writes
    them at their depth in the document (tables -> name -> list -> row: three levels)."""
    if not rows:
        return ""
    keys = [f"\n    {encode_basestring(column)}: " for column in columns]
    out = []
    for row in rows:
        cells = ",".join(key + _json_value(value) for key, value in zip(keys, row, strict=True))
        out.append("\n   {" + cells + "\n   }")
    return ("" if first else ",") + ",".join(out)


def export_all_json(
    db: Database,
    path: Path,
    now: datetime | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> dict[str, int]:
    """Every table, row by row, as JSON (see README "Export format"), stamped `now` (else
    the time of the composition root's `clock`).

    The bytes are those of `json.dumps(document, ensure_ascii=False, indent=1)`, written
    a page of rows at a time in one read transaction (every table of one moment): memory
    stays flat however large the database."""
    counts: dict[str, int] = {}
    with db.reading() as session:
        revision = import_queries.schema_revision(session)
        if revision not in migrate.KNOWN_REVISIONS:
            raise DeskCrmError(f"unknown schema revision {revision}")
        head = {
            "format": "deskcrm-export",
            "format_version": 1,
            "deskcrm_version": __version__,
            "schema_revision": revision,
            "exported_at": (now or clock()).isoformat(),
            "notes": "Timestamps are UTC ('YYYY-MM-DD HH:MM:SS.ffffff'); money is integer minor "
            "units with an ISO 4217 currency code; deleted_at marks records in the trash.",
        }
        opening = json.dumps(head, ensure_ascii=False, indent=1)
        names = import_queries.known_table_names()
        with open_atomically(path) as out:
            # The head's closing "\n}" gives way to the tables, the last member.
            out.write((opening[:-2] + ',\n "tables": {').encode())
            for index, name in enumerate(names):
                out.write(f"{',' if index else ''}\n  {encode_basestring(name)}: [".encode())
                counts[name] = 0
                after: tuple[Any, ...] | None = None
                while True:
                    columns, rows, after = export_queries.stored_rows_page(
                        session, name, after, TABLE_PAGE
                    )
                    out.write(_json_rows(columns, rows, first=not counts[name]).encode())
                    counts[name] += len(rows)
                    if len(rows) < TABLE_PAGE:
                        break
                out.write(b"\n  ]" if counts[name] else b"]")
            out.write(b"\n }\n}" if names else b"}\n}")
    return counts


# Parents before children, so foreign keys hold at every insert.
TABLE_ORDER = (
    "setting",
    "company",
    "tag",
    "pipeline",
    "stage",
    "lost_reason",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_tag",
    "contact_address",
    "contact_url",
    "contact_unparsed",
    "not_duplicate",
    "deal",
    "deal_stage_event",
    "interaction",
    "purchase",
    "task",
    "segment",
    "lifecycle_event",
    "support_case",
    "case_note",
    "feedback",
    "mail_message",
    "mail_link",
)


MAX_PROBLEMS = 10  # shown in a refusal; the rest are counted
_INT64 = (-(2**63), 2**63 - 1)


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")


def _key(key: str) -> str:
    """A key from the file as shown in a message: plain if it looks like a name."""
    return key if _PLAIN_KEY.fullmatch(key) else json.dumps(key[:60], ensure_ascii=False)


def _is_rowid(column: Column[Any]) -> bool:
    """An INTEGER PRIMARY KEY on its own: SQLite numbers a row that has none."""
    table = column.table
    return column.primary_key and isinstance(column.type, Integer) and len(table.primary_key) == 1


def _column_problem(column: Column[Any], value: Any) -> str | None:
    """Why `value` cannot be stored in `column` as DeskCRM stores it, or None."""
    if value is None:
        optional = (column.nullable and not column.primary_key) or _is_rowid(column)
        return None if optional else "must not be null"
    kind = column.type
    if isinstance(kind, UTCDateTime):
        if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
            return "not a timestamp (text 'YYYY-MM-DD HH:MM:SS.ffffff')"
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return f"not a timestamp: {value[:40]!r}"
        return None
    if isinstance(kind, TypeDecorator):  # e.g. SQLModel's AutoString: a String inside
        kind = kind.impl_instance
    if isinstance(kind, Date):
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return "not a date (text 'YYYY-MM-DD')"
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"not a date: {value[:40]!r}"
        return None
    if isinstance(kind, Boolean):
        return None if isinstance(value, int) and value in (0, 1) else "not true/false (0 or 1)"
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return f"not a whole number ({type(value).__name__})"
        return None if _INT64[0] <= value <= _INT64[1] else "a number too large to store"
    if isinstance(kind, String):
        if not isinstance(value, str):
            return f"not text ({type(value).__name__})"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "text with an invalid character (a lone surrogate)"
        return None
    return f"cannot import a {type(kind).__name__} column"  # a new column type: add it here


def _checked_tables(
    tables: Any,
) -> tuple[dict[str, list[tuple[list[str], list[list[Any]]]]], list[str]]:
    """The rows of each table grouped into runs with the same columns, or the problems,
    each with its path in the file (`tables.contact[3].emaill: unknown column`).

    Table and column names come from SQLModel's metadata only, never from the file."""
    problems: list[str] = []
    checked: dict[str, list[tuple[list[str], list[list[Any]]]]] = {}
    if not isinstance(tables, dict):
        return checked, [f"tables: not an object ({type(tables).__name__})"]
    for name in tables:
        if name not in TABLE_ORDER:
            problems.append(f"tables.{_key(name)}: unknown table")
    for name in TABLE_ORDER:
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            problems.append(f"tables.{name}: not a list of rows ({type(rows).__name__})")
            continue
        columns = import_queries.known_table(name).columns
        runs: list[tuple[list[str], list[list[Any]]]] = []
        for index, row in enumerate(rows):
            where = f"tables.{name}[{index}]"
            if not isinstance(row, dict):
                problems.append(f"{where}: not an object ({type(row).__name__})")
                continue
            names: list[str] = []
            for key, value in row.items():
                if key not in columns:
                    problems.append(f"{where}.{_key(key)}: unknown column")
                    continue
                problem = _column_problem(columns[key], value)
                if problem:
                    problems.append(f"{where}.{key}: {problem}")
                names.append(columns[key].name)  # the metadata's own name
            for column in columns:
                required = not column.nullable and column.server_default is None
                if required and column.name not in row and not _is_rowid(column):
                    problems.append(f"{where}.{column.name}: missing")
            if len(problems) > 5 * MAX_PROBLEMS:
                break
            if runs and runs[-1][0] == names:
                runs[-1][1].append([row[n] for n in names])
            else:
                runs.append((names, [[row[n] for n in names]]))
        checked[name] = runs
    return checked, problems


def import_all_json(db: Database, path: Path) -> dict[str, int]:
    """Load an `export all` file into an empty database, giving an identical database.

    Every table and column must be one DeskCRM knows, every value of the column's type;
    otherwise nothing is written and the refusal names the bad keys. The load is one
    transaction: a row the database refuses (a broken reference) undoes it all."""
    from deskcrm.db.backup_files import driver_errors
    from deskcrm.services.contacts import writing

    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc) or type(exc).__name__
        raise DeskCrmError(f"{path}: not a DeskCRM export ({reason})") from exc
    if not isinstance(document, dict) or document.get("format") != "deskcrm-export":
        raise DeskCrmError(f'{path}: not a DeskCRM export (no "format": "deskcrm-export")')
    if document.get("format_version") != 1 or isinstance(document.get("format_version"), bool):
        raise DeskCrmError(
            f"{path}: export format {str(document.get('format_version'))[:40]} is not known"
        )
    if document.get("schema_revision") != migrate.HEAD_REVISION:
        raise DeskCrmError(
            f"{path}: exported from schema {str(document.get('schema_revision'))[:40]}, this"
            f" DeskCRM has {migrate.HEAD_REVISION}; use the DeskCRM that made it"
        )
    checked, problems = _checked_tables(document.get("tables", {}))
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS])
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        raise DeskCrmError(f"{path}: nothing was imported: {shown}{more}")
    counts: dict[str, int] = {}
    table = ""
    try:
        with db.transaction() as session:
            for table in ("contact", "company", "deal", "task", "interaction", "purchase"):
                if import_queries.holds_rows(session, table):
                    raise DeskCrmError(
                        f"the database already holds {table}s; import into an empty one"
                    )
            # The default pipeline, stages and reasons a new database starts with make way.
            for table in reversed(TABLE_ORDER):
                import_queries.empty_table(session, table)
            for table in TABLE_ORDER:
                counts[table] = 0
                for columns, values in checked.get(table, []):
                    import_queries.load_rows(session, table, columns, values)
                    counts[table] += len(values)
            table = ""
            # Raw rows keep ids, history and timestamps exactly (the point of `import all`),
            # so contacts are not re-created through the write path; what that path
            # derives (sort names, the search index) is derived again by its functions.
            writing.rederive_restored(session)
    except driver_errors(db.passphrase, SQLAlchemyError) as exc:  # duplicate id, broken link
        where = f"tables.{table}: " if table else ""
        raise DeskCrmError(f"{path}: nothing was imported: {where}{exc}") from exc
    return counts
