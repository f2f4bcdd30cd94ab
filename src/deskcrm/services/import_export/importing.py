"""Importing contacts: a CSV or vCard file read record by record, who is already there
decided by the identity rules (import_identity), every field stored through the contacts'
one write path, company-only records made companies — in one transaction, undoable as a
batch. Reading the files is in import_files, vcard_reader and import_rows; the preview
and column mapping are in import_preview, rows made into contacts and companies in
import_cleaning, and what the report of an import holds in import_report."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from deskcrm.db import company_queries, contact_queries, import_queries, trash
from deskcrm.db import import_identity as identity_queries
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain import validation
from deskcrm.domain.dates import utc_now
from deskcrm.errors import CancelledError, NotFoundError
from deskcrm.services.changes import Changes
from deskcrm.services.contacts import writing
from deskcrm.services.contacts.companies import CompanyInput, CompanyService
from deskcrm.services.contacts.new_contacts import NewContacts
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export import vcard_reader
from deskcrm.services.import_export.csv_producers import ColumnMap
from deskcrm.services.import_export.import_checking import EARLY_HELPER_FROM_BYTES, check_rows
from deskcrm.services.import_export.import_cleaning import (
    cleaned_row,
    company_input,
    fold_company,
)
from deskcrm.services.import_export.import_files import (
    ImportFileError,
    is_vcard,
    read_csv,
    read_import_file,
)
from deskcrm.services.import_export.import_identity import (
    FreshAndKnown,
    Identities,
    add_what_is_new,
)
from deskcrm.services.import_export.import_preview import (
    FIELDS,
    VCARD_PREVIEW_HEADER,
    ImportPreview,
    map_columns,
    preview_csv,
)
from deskcrm.services.import_export.import_report import (
    MATCHED_LISTED,
    ImportReport,
    KeptValue,
    MatchedRecord,
)
from deskcrm.services.import_export.import_rows import (
    ParsedRow,
    RowProblem,
    RowReader,
    row_from_contact,
)
from deskcrm.services.import_export.phone_helper import PhoneHelper
from deskcrm.services.storage.gc_pause import without_gc
from deskcrm.services.storage.settings import SettingsService

# The public names of importing, wherever they are defined: callers import them from here.
__all__ = [
    "FIELDS",
    "MATCHED_LISTED",
    "VCARD_PREVIEW_HEADER",
    "ImportFileError",
    "ImportPreview",
    "ImportReport",
    "ImportService",
    "KeptValue",
    "MatchedRecord",
    "UndoneImport",
    "map_columns",
    "preview_csv",
]


# A vCard file's records go to the writer in parts of this many (a CSV file's in
# check_rows' parts).
_PART = 5000


class ImportService:
    def __init__(
        self, db: Database, settings: SettingsService, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._companies = CompanyService(db, clock)

    @without_gc  # 100,000 rows make millions of objects; collecting mid-way is wasted work
    def import_contacts_csv(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        skip_invalid: bool = False,
        merge_duplicates: bool = False,
        mapping: dict[str, str] | None = None,
        progress: Callable[[float, str], None] = lambda _f, _m: None,
        cancelled: Callable[[], bool] = lambda: False,
        file_format: str | None = None,
    ) -> ImportReport:
        """CSV or vCard (`file_format` "csv"/"vcard", else guessed from name and content).

        Every record is imported: a value that cannot be read is kept as written on its
        contact and listed in the report, so a file is refused only when it cannot be read
        at all. (`skip_invalid` is accepted from earlier callers; rows with nothing in them
        are always left out and listed.)"""
        del skip_invalid
        path = Path(path)
        try:
            big = path.stat().st_size >= EARLY_HELPER_FROM_BYTES
        except OSError:
            big = False  # reading the file says what is wrong with the path
        vcard = file_format == "vcard" or (file_format is None and is_vcard(path))
        helper = PhoneHelper() if big and not vcard else None
        try:
            return self._import(
                path, vcard, dry_run, merge_duplicates, mapping or {}, progress, cancelled, helper
            )
        finally:
            if helper is not None:
                helper.close()

    def _import(
        self,
        path: Path,
        vcard: bool,
        dry_run: bool,
        merge_duplicates: bool,
        mapping: dict[str, str],
        progress: Callable[[float, str], None],
        cancelled: Callable[[], bool],
        helper: PhoneHelper | None,
    ) -> ImportReport:
        region = self._settings.load().phone_region
        header: list[str] = []
        rows: list[tuple[int, list[str]]] = []
        read: list[ParsedRow] = []
        if vcard:
            read, report = self._read_vcards(path, region, dry_run)
        else:
            header, rows, encoding, delimiter = read_csv(path)
            if not mapping:
                # A file shaped like one imported before gets the mapping chosen then.
                mapping = self._settings.saved_mapping(header) or {}
            columns = map_columns(path, header, mapping)
            report = ImportReport(
                str(path),
                rows=len(rows),
                dry_run=dry_run,
                encoding=encoding,
                delimiter=delimiter,
                not_imported=columns.not_imported,
            )
        # A file written while it is read (SQLite, 1,000 records or more) is read inside
        # the write transaction: its lock is held while the rows are checked. Any other
        # (a dry run, a small file, a server) is read first and written after, as quickly.
        streaming = not dry_run and NewContacts.would_stream(self._db, report.rows)
        if vcard:
            parsed = read
        elif not streaming:
            parsed, report.invalid = self._check_rows(
                path, rows, columns, region, helper, progress, cancelled
            )
        with self._db.transaction() as session, ExitStack() as stack:
            now = self._clock()
            batch = f"import-{now.strftime('%Y%m%dT%H%M%S%f')}"
            split = FreshAndKnown(_known(session))
            cleaned: list[CleanContact] = []
            organisations: list[ParsedRow] = []
            # The people of each part read are written while the next part is read (the
            # contacts that a later record of the same person adds to are written again).
            new: NewContacts | None = None
            if not dry_run:
                new = stack.enter_context(
                    NewContacts(session, now, batch, cause="import", expected=report.rows)
                )

            def take(part: list[ParsedRow]) -> None:
                people: list[ParsedRow] = []
                for row in part:
                    (organisations if row.is_company else people).append(row)
                fresh = [cleaned_row(row) for row in split.add(people)]
                cleaned.extend(fresh)
                if new is not None:
                    new.add(fresh)

            if vcard or not streaming:
                for start in range(0, len(parsed), _PART):
                    if cancelled():
                        raise CancelledError("Import cancelled; nothing was imported")
                    take(parsed[start : start + _PART])
            else:
                parsed, report.invalid = self._check_rows(
                    path, rows, columns, region, helper, progress, cancelled, take
                )
            if new is not None:
                new.stop_streaming()
            report.to_check = [notice for row in parsed for notice in row.phone_notices()]
            here = f"{path.name}, "
            report.kept = [
                KeptValue(u.origin, u.field_name, u.value, u.reason)
                for row in parsed
                for u in row.unparsed
                if u.origin.startswith(here)  # not one an earlier import kept (carried along)
            ]
            same = split.same
            # Later records of someone new in this file add to their first record.
            for key in [k for k in same if k < 0]:
                target = cleaned[-key - 1]
                for extra in same.pop(key):
                    add_what_is_new(target, cleaned_row(extra))
                    report.duplicates += 1
                if new is not None:
                    new.changed(-key - 1)
            report.duplicates += sum(len(rows_) for rows_ in same.values())
            report.new = len(cleaned)
            if not merge_duplicates:
                report.matched = _matched(session, path.name, same)
            new_companies, known_companies, folded = self._sort_companies(session, organisations)
            # A company this import already made for its people is new all the same: its
            # own records fill it in.
            made_here = set(new.created_companies.values()) if new is not None else set()
            made = {i: found for i, found in known_companies.items() if i in made_here}
            for company_id in made:
                del known_companies[company_id]
            report.companies = len(new_companies) + len(made)
            report.duplicates += folded + sum(len(found) for found in known_companies.values())
            report.duplicates += sum(len(found) - 1 for found in made.values())
            if new is None:  # a dry run
                session.rollback()
                return report
            if cancelled():
                raise CancelledError("Import cancelled; nothing was imported")
            progress(0.65, "Saving")
            report.batch = batch
            # Companies first: the people of this file who work there are linked to them.
            self._write_companies(
                session, new_companies, known_companies, merge_duplicates, now, report.batch
            )
            self._fill_made_companies(session, made)
            new.finish()
            if merge_duplicates and same:
                progress(0.9, "Merging duplicates")
                report.merged = self._merge(session, same, now)
            progress(1.0, "Done")
        if mapping and not vcard:
            self._settings.save_mapping(header, mapping)
        return report

    @staticmethod
    def _check_rows(
        path: Path,
        rows: list[tuple[int, list[str]]],
        columns: ColumnMap,
        region: str,
        helper: PhoneHelper | None,
        progress: Callable[[float, str], None],
        cancelled: Callable[[], bool],
        each_part: Callable[[list[ParsedRow]], None] | None = None,
    ) -> tuple[list[ParsedRow], list[RowProblem]]:
        """check_rows of a CSV file's rows, its progress shown as "Checking rows"."""
        return check_rows(
            rows,
            RowReader(columns, path.name),
            region,
            lambda done: progress(0.6 * done, "Checking rows"),
            cancelled,
            helper=helper,
            each_part=each_part,
        )

    @staticmethod
    def _read_vcards(
        path: Path, region: str, dry_run: bool
    ) -> tuple[list[ParsedRow], ImportReport]:
        """Every card of the file as an import row; lines skipped are listed in the report."""
        data = read_import_file(path)
        if not data.strip():
            raise ImportFileError(f"{path}: the file is empty")
        read = vcard_reader.read_vcards(data, path.name)
        if not read.cards:
            raise ImportFileError(f"{path}: no BEGIN:VCARD … END:VCARD — not a vCard file")
        report = ImportReport(
            str(path), rows=len(read.cards), dry_run=dry_run, encoding=read.encoding
        )
        report.delimiter = "vCard"
        report.not_imported = read.not_kept_names()
        parsed: list[ParsedRow] = []
        for card in read.cards:
            row = row_from_contact(
                card.line,
                vcard_reader.to_contact_input(card),
                region,
                card.is_company,
                origin=f"{path.name}, line {card.line}",
                phone_lines=[phone.line for phone in card.phones],
            )
            values = row.values
            if (
                row.is_company
                or any(
                    values[name]
                    for name in ("first_name", "last_name", "display_name", "nickname", "notes")
                )
                or row.addresses
                or row.emails
                or row.phones
            ):
                parsed.append(row)
            else:
                report.invalid.append(
                    RowProblem(card.line, "name", "nothing to import in this card")
                )
        kept_where = {u.origin for row in parsed for u in row.unparsed}
        for problem in read.problems:
            where = f"{path.name}, line {problem.line}"
            # A value kept as written is listed once, as kept.
            if f"{where}, {problem.property}" not in kept_where:
                report.skipped.append(
                    KeptValue(where, problem.property or "line", problem.value, problem.why)
                )
        return parsed, report

    @staticmethod
    def _sort_companies(
        session: Session, rows: list[ParsedRow]
    ) -> tuple[dict[str, CompanyInput], dict[int, list[CompanyInput]], int]:
        """Company-only records as companies: those new (by lower-cased name), those
        already there (by id), and how many later records of a new one were folded into
        its first."""
        live = import_queries.live_company_ids(session) if rows else {}
        # A record's source id (vCard UID) finds its company before the name does: it may
        # have been renamed here since the last import.
        uids = company_queries.live_source_uids(session) if rows else {}
        new: dict[str, CompanyInput] = {}
        known: dict[int, list[CompanyInput]] = {}
        folded = 0
        for row in rows:
            company = company_input(row)
            key = company.name.lower()
            if company.source_uid in uids:
                known.setdefault(uids[company.source_uid], []).append(company)
            elif key in live:
                known.setdefault(live[key], []).append(company)
            elif key in new:
                fold_company(new[key], company)
                folded += 1
            else:
                new[key] = company
        return new, known, folded

    def _write_companies(
        self,
        session: Session,
        new: dict[str, CompanyInput],
        known: dict[int, list[CompanyInput]],
        merge: bool,
        now: datetime,
        batch: str,
    ) -> None:
        stamp = to_db_timestamp(now)
        rows: list[tuple[Any, ...]] = []
        for company in new.values():
            values = self._clean_company(company)
            rows.append(
                (
                    *(values[name] for name in import_queries.COMPANY_COLUMNS[1:9]),
                    stamp,
                    stamp,
                    batch,
                    values["source_uid"],
                )
            )
        import_queries.insert_companies(session, rows)
        if merge:
            for company_id, companies in known.items():
                for company in companies:
                    values = self._clean_company(company)
                    import_queries.fill_company_if_empty(
                        session,
                        company_id,
                        {name: values[name] for name in import_queries.COMPANY_FILLABLE},
                    )

    def _fill_made_companies(self, session: Session, made: dict[int, list[CompanyInput]]) -> None:
        """Companies made blank for the people who name them, completed from the file's
        own records of them (later records folded into the first, as for a new company):
        named as the record spells it, as a company created from its record is."""
        for company_id, (first, *later) in made.items():
            for company in later:
                fold_company(first, company)
            values = self._clean_company(first)
            import_queries.complete_made_company(
                session,
                company_id,
                values["name"],
                {name: values[name] for name in (*import_queries.COMPANY_FILLABLE, "source_uid")},
            )

    def _clean_company(self, company: CompanyInput) -> dict[str, Any]:
        """The company form's own cleaning (lengths, e-mail): the record read it already."""
        return self._companies.validate(company)

    def _merge(self, session: Session, same: dict[int, list[ParsedRow]], now: datetime) -> int:
        """Give each existing contact what its records in the file add (emails, phones,
        addresses, websites, tags, empty fields), through the one write path."""
        for contact_id, rows in same.items():
            contact = _existing(session, contact_id)
            if contact is None:
                continue
            clean, lifecycle = contact
            before = dataclasses.astuple(clean)
            for row in rows:
                add_what_is_new(clean, cleaned_row(row))
            if dataclasses.astuple(clean) != before:
                writing.update_contact(session, contact_id, clean, lifecycle, now)
        return len(same)

    def restore_import(self, batch: str) -> Changes:
        """Redo after undo: the import's contacts and companies come back from the trash."""
        with self._db.transaction() as session:
            companies = import_queries.batch_company_ids(session, batch, live_only=False)
            trash.restore_from_trash(session, Company, companies)
            ids = import_queries.batch_contact_ids(session, batch, live_only=False)
            trash.restore_from_trash(session, Contact, ids)
        return Changes.of(
            contacts=ids, companies=companies, added_or_removed=["contacts", "companies"]
        )

    def undo_import(self, batch: str) -> UndoneImport:
        """Move every contact of one import to the trash (restorable from there), and the
        companies it created that nobody else works at."""
        with self._db.transaction() as session:
            made_people = import_queries.batch_contact_ids(session, batch, live_only=False)
            made_companies = import_queries.batch_company_ids(session, batch, live_only=False)
            if not made_people and not made_companies:
                raise NotFoundError(
                    f"no import called {batch!r}: the batch name is printed after each import"
                    " (undo with: deskcrm import undo …)"
                )
            ids = import_queries.batch_contact_ids(session, batch, live_only=True)
            moved = trash.move_to_trash(session, Contact, ids, self._clock())
            emptied = import_queries.batch_companies_without_live_people(session, batch)
            moved_companies = trash.move_to_trash(session, Company, emptied, self._clock())
        changes = Changes.of(
            contacts=moved, companies=moved_companies, added_or_removed=["contacts", "companies"]
        )
        return UndoneImport(len(moved), len(moved_companies), changes)


@dataclass(frozen=True)
class UndoneImport:
    """What undoing an import moved to the trash."""

    contacts: int
    companies: int
    changes: Changes


def _matched(
    session: Session, file_name: str, same: dict[int, list[ParsedRow]]
) -> list[MatchedRecord]:
    """The records skipped as contacts already there (the first MATCHED_LISTED, in file
    order), each with the emails and phones it holds that the contact lacks."""
    pairs = sorted(
        ((row.line, contact_id, row) for contact_id, rows in same.items() for row in rows),
        key=lambda pair: pair[0],
    )[:MATCHED_LISTED]
    found: dict[int, tuple[CleanContact, str] | None] = {}
    listed: list[MatchedRecord] = []
    for line, contact_id, row in pairs:
        if contact_id not in found:
            found[contact_id] = _existing(session, contact_id)
        existing = found[contact_id]
        if existing is None:
            continue
        clean = existing[0]
        emails = {address.lower() for address, _label in clean.emails}
        phones = {phone.e164 for phone, _label in clean.phones}
        parts = (clean.first_name, clean.last_name)
        listed.append(
            MatchedRecord(
                f"{file_name}, line {line}",
                contact_id,
                clean.display_name or " ".join(part for part in parts if part),
                tuple(e for e in row.emails if e.lower() not in emails),
                tuple(p.e164 for p in row.phones if p.e164 not in phones),
            )
        )
    return listed


def _known(session: Session) -> Identities:
    """Everyone already in the database, by what identifies them."""
    return Identities(
        emails=import_queries.live_emails(session),
        uids=identity_queries.live_source_uids(session),
        phones=import_queries.live_phones(session),
        names=identity_queries.live_unreachable_names(session),
    )


def _existing(session: Session, contact_id: int) -> tuple[CleanContact, str] | None:
    """A live contact as the write path takes it, and its lifecycle stage (None if gone)."""
    contact = trash.live(session, Contact, contact_id)
    if contact is None:
        return None
    addresses = contact_queries.addresses_or_row_fields(session, contact)
    phones: Sequence[tuple[str, str, str, bool]] = import_queries.phones_with_digits(
        session, contact_id
    )
    clean = CleanContact(
        first_name=contact.first_name,
        last_name=contact.last_name,
        middle_name=contact.middle_name,
        name_prefix=contact.name_prefix,
        name_suffix=contact.name_suffix,
        nickname=contact.nickname,
        display_name=contact.display_name,
        company_id=contact.company_id,
        title=contact.title,
        department=contact.department,
        emails=contact_queries.emails_of(session, contact_id),
        phones=[
            (validation.PhoneNumber(number, digits, not check), label)
            for number, digits, label, check in phones
        ],
        addresses=addresses,
        websites=contact_queries.websites_of(session, contact_id),
        birthday=contact.birthday,
        birthday_year_known=contact.birthday_year_known,
        anniversary=contact.anniversary,
        anniversary_year_known=contact.anniversary_year_known,
        lifecycle=contact.lifecycle,
        source=contact.source,
        source_uid=contact.source_uid,
        notes=contact.notes,
        follow_up_days=contact.follow_up_days,
        tags=contact_queries.tag_names_of(session, contact_id),
        unparsed=contact_queries.unparsed_of(session, contact_id),
    )
    return clean, contact.lifecycle
