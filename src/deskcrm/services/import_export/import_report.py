"""What an import reports (ImportReport): how many records were added, merged or skipped,
the rows with nothing to import, the numbers and values kept as written to check
(KeptValue), the records skipped as someone already there (MatchedRecord) and the
columns or vCard properties nothing reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from deskcrm.services.import_export.import_rows import RowProblem


@dataclass(frozen=True)
class KeptValue:
    """A value the import could not read and kept as written on its record (or a line of a
    vCard it skipped), for the report: where it was, what it was meant to be, and why."""

    where: str  # "people.csv, line 12, Birthday": the file, line and column or property
    field: str  # the DeskCRM field it was meant for ("birthday"), or the vCard property
    value: str  # exactly as written
    why: str

    def __str__(self) -> str:
        value = f" “{self.value}”" if self.value else ""
        return f"{self.where}: {self.field}{value} — {self.why}"


@dataclass(frozen=True)
class MatchedRecord:
    """A record of the file that is someone already there, skipped (not merged): where it
    was, who it matched, and what it holds that the contact does not."""

    where: str  # "people.csv, line 12"
    contact_id: int
    contact_name: str
    new_emails: tuple[str, ...] = ()
    new_phones: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.where} → {self.contact_name or f'contact {self.contact_id}'}"
        new = [*self.new_emails, *self.new_phones]
        if new:
            text += f" (not taken: {', '.join(new)}; import with --merge to add them)"
        return text


# How many skipped records the report names one by one (the count covers them all).
MATCHED_LISTED = 50


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    new: int = 0  # people added
    companies: int = 0  # company-only records added as companies
    duplicates: int = 0  # records of someone (or a company) already there or earlier in the file
    merged: int = 0  # existing contacts the duplicates were merged into
    # Rows that hold nothing to import (no name, email, phone, address or note): listed.
    invalid: list[RowProblem] = field(default_factory=list)
    # Numbers kept as written because they are not valid for the row's country: imported,
    # flagged "check this number" on the contact.
    to_check: list[RowProblem] = field(default_factory=list)
    # Values kept as written on their contact, to check (a birthday "circa 1800").
    kept: list[KeptValue] = field(default_factory=list)
    # Lines of a vCard that were skipped or cut (the card itself was imported).
    skipped: list[KeptValue] = field(default_factory=list)
    # Records skipped as someone already there (without merge), the first MATCHED_LISTED.
    matched: list[MatchedRecord] = field(default_factory=list)
    # The file's columns no field reads, by name: nothing disappears unnamed. For a vCard
    # file, the properties no field keeps, each once with its count ("IMPP (2)").
    not_imported: list[str] = field(default_factory=list)
    batch: str | None = None
    dry_run: bool = False
    encoding: str = ""
    delimiter: str = ","

    @property
    def invalid_lines(self) -> list[int]:
        return sorted({p.line for p in self.invalid})
