"""An import report's lists as plain lines, one per item, each saying where it was (file,
line, field or column), what was written there and why it was not taken as it is: for the
import step's report and the command line alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from deskcrm.services.import_export.importing import MATCHED_LISTED, ImportReport

# The lists of a report, in the order they are shown.
INVALID = "invalid"  # records with nothing to import (left out)
TO_CHECK = "to_check"  # numbers kept as written
KEPT = "kept"  # other values kept as written
SKIPPED = "skipped"  # vCard lines skipped or cut
MATCHED = "matched"  # records of someone already there (skipped, not merged)
NOT_IMPORTED = "not_imported"  # columns / vCard properties no field reads


@dataclass(frozen=True)
class ReportList:
    """One list of a report: which (`kind`), how many it counts, and its lines (at most
    the limit asked for; `more` says how many were left out)."""

    kind: str
    count: int
    lines: list[str]
    more: int = 0


def report_lists(report: ImportReport, limit: int | None = None) -> list[ReportList]:
    """The report's non-empty lists, each item one line; `limit` lines at most per list."""
    file = Path(report.file).name
    vcard = report.delimiter == "vCard"
    columns_why = "no field keeps this property" if vcard else "no field reads this column"
    lists = [
        (INVALID, len(report.invalid_lines), [f"{file}, {p}" for p in report.invalid]),
        (TO_CHECK, len(report.to_check), [f"{file}, {p}" for p in report.to_check]),
        (KEPT, len(report.kept), [str(k) for k in report.kept]),
        (SKIPPED, len(report.skipped), [str(s) for s in report.skipped]),
        (MATCHED, _matched_count(report), [str(record) for record in report.matched]),
        (
            NOT_IMPORTED,
            len(report.not_imported),
            [f"{file}, {name} — {columns_why}" for name in report.not_imported],
        ),
    ]
    out = []
    for kind, count, lines in lists:
        if not lines:
            continue
        shown = lines if limit is None else lines[:limit]
        out.append(ReportList(kind, count, shown, max(count, len(lines)) - len(shown)))
    return out


def _matched_count(report: ImportReport) -> int:
    """The report names the first MATCHED_LISTED records skipped as someone already
    there; when it stopped there, every duplicate counts (some may be later records of
    someone new in the file: the count is "up to")."""
    if len(report.matched) < MATCHED_LISTED:
        return len(report.matched)
    return max(report.duplicates, len(report.matched))
