"""Importing contacts: columns mapped, rows validated, duplicates skipped or merged, one
transaction, undoable as a batch (reading the files is in import_files)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from deskcrm.db import core_tables, fts, import_queries, trash
from deskcrm.db.engine import Database
from deskcrm.db.tables import Contact
from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.domain.dates import utc_now
from deskcrm.domain.sorting import person_sort_key
from deskcrm.errors import NotFoundError
from deskcrm.services.contacts import writing
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export.import_files import (
    ImportFileError,
    is_vcard,
    read_csv,
    read_vcards,
)
from deskcrm.services.import_export.import_rows import (
    EARLY_HELPER_FROM_BYTES,
    ParsedRow,
    PhoneHelper,
    RowProblem,
    check_rows,
)
from deskcrm.services.storage.gc_pause import without_gc
from deskcrm.services.storage.settings import SettingsService

FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "company",
    "title",
    "emails",
    "phones",
    "address",
    "postal_code",
    "city",
    "country",
    "birthday",
    "lifecycle",
    "source",
    "notes",
    "tags",
)
# Header names (lower-case) of Google Contacts, Outlook and DeskCRM's own CSV export.
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "given name", "firstname", "vorname", "prénom"),
    "last_name": ("last name", "family name", "surname", "lastname", "nachname", "nom"),
    "full_name": ("name", "full name", "display name"),
    "company": ("company", "organization 1 - name", "organization name", "firma"),
    "title": ("job title", "title", "organization 1 - title"),
    "emails": (
        "emails",
        "email",
        "e-mail",
        "e-mail address",
        "e-mail 1 - value",
        "e-mail 2 - value",
        "e-mail 2 address",
        "e-mail 3 address",
        "email address",
    ),
    "phones": (
        "phones",
        "phone",
        "mobile phone",
        "business phone",
        "home phone",
        "phone 1 - value",
        "phone 2 - value",
        "telephone",
        "mobile",
        "telefon",
    ),
    "address": ("street", "business street", "home street", "address 1 - street", "address"),
    "postal_code": ("postal code", "zip", "business postal code", "address 1 - postal code", "plz"),
    "city": ("city", "business city", "home city", "address 1 - city", "ort", "stadt"),
    "country": ("country", "business country/region", "address 1 - country", "land"),
    "birthday": ("birthday", "date of birth", "geburtstag"),
    "lifecycle": ("lifecycle",),
    "source": ("source",),
    "notes": ("notes", "note", "notizen"),
    "tags": ("tags", "group membership", "categories", "labels"),
}


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    new: int = 0
    duplicates: int = 0
    merged: int = 0
    invalid: list[RowProblem] = field(default_factory=list)
    # Numbers kept as written because they are not valid for the row's country: imported,
    # flagged "check this number" on the contact.
    to_check: list[RowProblem] = field(default_factory=list)
    batch: str | None = None
    dry_run: bool = False
    encoding: str = ""
    delimiter: str = ","

    @property
    def invalid_lines(self) -> list[int]:
        return sorted({p.line for p in self.invalid})


def map_columns(path: Path, header: list[str], overrides: dict[str, str]) -> dict[str, list[int]]:
    """Which columns feed which field: known headers, then --map field=Column."""
    lowered = [h.lower() for h in header]
    mapping: dict[str, list[int]] = {}
    for name, aliases in ALIASES.items():
        columns = [i for i, h in enumerate(lowered) if h in aliases]
        if columns:
            mapping[name] = columns
    for name, column in overrides.items():
        if name not in FIELDS:
            raise ImportFileError(f"--map {name}=…: not a field; use one of {', '.join(FIELDS)}")
        if column.lower() not in lowered:
            raise ImportFileError(f"{path}: no column named “{column}” (for {name})")
        mapping[name] = [lowered.index(column.lower())]
    if not ({"first_name", "last_name", "full_name", "emails"} & set(mapping)):
        raise ImportFileError(
            f"{path}: no name or email column recognised in “{', '.join(header)}”;"
            " map them, e.g. --map first_name=Vorname --map emails=Mail"
        )
    return mapping


@dataclass(frozen=True)
class ImportPreview:
    header: list[str]
    sample: list[list[str]]
    rows: int
    encoding: str
    delimiter: str
    mapping: dict[str, str]  # field -> column name, as recognised


def preview_csv(path: Path, sample_rows: int = 8) -> ImportPreview:
    """What the import step shows before anything is written: the first rows and the
    columns DeskCRM recognised (the user can change the mapping)."""
    header, rows, encoding, delimiter = read_csv(Path(path))
    try:
        columns = map_columns(Path(path), header, {})
    except ImportFileError:
        columns = {}
    mapping = {name: header[indexes[0]] for name, indexes in columns.items()}
    sample = [cells for _line, cells in rows[:sample_rows]]
    return ImportPreview(header, sample, len(rows), encoding, delimiter, mapping)


def _cleaned(row: ParsedRow) -> CleanContact:
    """A checked row as the write path takes it (parse_row has cleaned and clipped it)."""
    values = row.values
    street, code, city, country = (
        str(values["address"]),
        str(values["postal_code"]),
        str(values["city"]),
        str(values["country"]),
    )
    birthday = values["birthday"]
    return CleanContact(
        first_name=str(values["first_name"]),
        last_name=str(values["last_name"]),
        company_name=row.company,
        title=str(values["title"]),
        emails=[(email, "") for email in row.emails],
        phones=[(phone, "") for phone in row.phones],
        addresses=(
            [PostalAddress(street=street, postal_code=code, city=city, country=country)]
            if street or code or city or country
            else []
        ),
        birthday=date.fromisoformat(birthday) if isinstance(birthday, str) else None,
        lifecycle=str(values["lifecycle"]),
        source=str(values["source"]),
        notes=str(values["notes"]),
        tags=row.tags,
    )


def _name_key(values: dict[str, object]) -> str:
    first, last = values.get("first_name") or "", values.get("last_name") or ""
    return person_sort_key(str(first), str(last))


def _same_person(name: str, holder: tuple[int, str, str]) -> bool:
    """Whether a row named `name` is the holder of a number it shares: the same name, or a
    row with no name at all (a number alone, nothing to tell them apart by)."""
    return not name or name == person_sort_key(holder[1], holder[2])


class ImportService:
    def __init__(
        self, db: Database, settings: SettingsService, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

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
        """CSV or vCard (`file_format` "csv"/"vcard", else guessed from name and content)."""
        path = Path(path)
        try:
            big = path.stat().st_size >= EARLY_HELPER_FROM_BYTES
        except OSError:
            big = False  # read_csv says what is wrong with the path
        helper = PhoneHelper() if big else None
        try:
            return self._import(
                path,
                dry_run,
                skip_invalid,
                merge_duplicates,
                mapping,
                progress,
                cancelled,
                file_format,
                helper,
            )
        finally:
            if helper is not None:
                helper.close()

    def _import(
        self,
        path: Path,
        dry_run: bool,
        skip_invalid: bool,
        merge_duplicates: bool,
        mapping: dict[str, str] | None,
        progress: Callable[[float, str], None],
        cancelled: Callable[[], bool],
        file_format: str | None,
        helper: PhoneHelper | None,
    ) -> ImportReport:
        if file_format == "vcard" or (file_format is None and is_vcard(path)):
            header, rows, encoding = read_vcards(path)
            delimiter = "vCard"
        else:
            header, rows, encoding, delimiter = read_csv(path)
        if not mapping and delimiter != "vCard":
            # A file shaped like one imported before gets the mapping chosen then.
            mapping = self._settings.saved_mapping(header) or {}
        columns = map_columns(path, header, mapping or {})
        report = ImportReport(
            str(path), rows=len(rows), dry_run=dry_run, encoding=encoding, delimiter=delimiter
        )
        region = self._settings.load().phone_region
        parsed, report.invalid = check_rows(
            rows,
            columns,
            region,
            lambda done: progress(0.6 * done, "Checking rows"),
            cancelled,
            helper=helper,
        )
        report.to_check = [notice for row in parsed for notice in row.phone_notices()]
        if report.invalid and not skip_invalid and not dry_run:
            shown = "; ".join(str(p) for p in report.invalid[:5])
            more = f" (and {len(report.invalid) - 5} more)" if len(report.invalid) > 5 else ""
            raise ImportFileError(
                f"{path}: {len(report.invalid_lines)} rows are not valid — {shown}{more}."
                " Nothing was imported; fix them, or import with skip invalid rows."
            )
        with self._db.transaction() as session:
            existing_email = import_queries.live_emails(session)
            existing_phone = import_queries.live_checked_phones(session)
            fresh: list[ParsedRow] = []
            merges: dict[int, list[ParsedRow]] = {}
            for row in parsed:
                match = next(
                    (existing_email[e.lower()] for e in row.emails if e.lower() in existing_email),
                    None,
                )
                if match is None:
                    # A shared number is the same person only under the same name: three
                    # colleagues behind one switchboard are three people. A number to be
                    # checked (kept as typed) says nothing about who it is.
                    holders = [
                        holder
                        for p in row.phones
                        if p.checked
                        for holder in existing_phone.get(p.e164, ())
                    ]
                    if holders:  # the name is folded only when a number is shared
                        name = _name_key(row.values)
                        match = next((h[0] for h in holders if _same_person(name, h)), None)
                if match is not None:
                    report.duplicates += 1
                    merges.setdefault(match, []).append(row)
                    continue
                fresh.append(row)
                # Later rows with the same email or phone are duplicates of this one.
                for e in row.emails:
                    existing_email[e.lower()] = -len(fresh)
                for p in row.phones:
                    if p.checked:
                        existing_phone.setdefault(p.e164, []).append(
                            (
                                -len(fresh),
                                str(row.values.get("first_name") or ""),
                                str(row.values.get("last_name") or ""),
                            )
                        )
            # Duplicates within the file point at a new row (negative index): fold them in.
            for key in [k for k in merges if k < 0]:
                target = fresh[-key - 1]
                have_emails = {x.lower() for x in target.emails}
                have_phones = {x.e164 for x in target.phones}
                for extra in merges.pop(key):
                    for e in extra.emails:
                        if e.lower() not in have_emails:
                            have_emails.add(e.lower())
                            target.emails.append(e)
                    for p in extra.phones:
                        if p.e164 not in have_phones:
                            have_phones.add(p.e164)
                            target.phones.append(p)
            report.new = len(fresh)
            if dry_run:
                session.rollback()
                return report
            progress(0.65, "Saving")
            saved_at = self._clock()
            batch = f"import-{self._clock().strftime('%Y%m%dT%H%M%S%f')}"
            report.batch = batch
            merged_rows = [r for rows_ in merges.values() for r in rows_]
            tag_ids = self._tags(session, {t for r in merged_rows for t in r.tags})
            # The same write path as the contact form: one executemany per table.
            writing.write_new_contacts(
                session, [_cleaned(row) for row in fresh], saved_at, batch, cause="import"
            )
            if merge_duplicates:
                progress(0.9, "Merging duplicates")
                report.merged = self._merge(session, merges, tag_ids, saved_at)
                fts.refresh_contacts(session, list(merges))
            progress(1.0, "Done")
        if mapping and delimiter != "vCard":
            self._settings.save_mapping(header, mapping)
        return report

    def restore_import(self, batch: str) -> None:
        """Redo after undo: the import's contacts come back from the trash."""
        with self._db.transaction() as session:
            ids = import_queries.batch_contact_ids(session, batch, live_only=False)
            trash.restore_from_trash(session, Contact, ids)

    def undo_import(self, batch: str) -> int:
        """Move every contact of one import to the trash (restorable from there)."""
        with self._db.transaction() as session:
            if not import_queries.batch_contact_ids(session, batch, live_only=False):
                raise NotFoundError(
                    f"no import called {batch!r}: the batch name is printed after each import"
                    " (undo with: deskcrm import undo …)"
                )
            ids = import_queries.batch_contact_ids(session, batch, live_only=True)
            return len(trash.move_to_trash(session, Contact, ids, self._clock()))

    @staticmethod
    def _tags(session: Session, names: set[str]) -> dict[str, int]:
        return import_queries.ids_by_name(
            session, core_tables.tag, names, live_only=False, blank=("color",)
        )

    @staticmethod
    def _merge(
        session: Session,
        merges: dict[int, list[ParsedRow]],
        tag_ids: dict[str, int],
        now: datetime,
    ) -> int:
        """Add what the file knows and the contact lacks: emails, phones, tags, empty fields."""
        for contact_id, rows in merges.items():
            emails, phones = import_queries.emails_and_phones(session, contact_id)
            have_emails = {e.lower() for e in emails}
            have_phones = set(phones)
            position = len(have_emails) + len(have_phones) + 10
            for row in rows:
                for email in row.emails:
                    if email.lower() not in have_emails:
                        have_emails.add(email.lower())
                        position += 1
                        import_queries.add_email(session, contact_id, email, position)
                for phone in row.phones:
                    if phone.e164 not in have_phones:
                        have_phones.add(phone.e164)
                        position += 1
                        import_queries.add_phone(
                            session,
                            contact_id,
                            phone.e164,
                            phone.national_digits,
                            position,
                            not phone.checked,
                        )
                for tag in row.tags:
                    import_queries.add_tag(session, contact_id, tag_ids[tag])
                for column in import_queries.FILLABLE:
                    if row.values[column]:
                        import_queries.fill_if_empty(
                            session, contact_id, column, str(row.values[column])
                        )
            import_queries.touch_contact(session, contact_id, now)
        return len(merges)
