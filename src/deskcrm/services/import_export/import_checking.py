"""Checking a whole file's import rows (check_rows): in parts, with progress and Cancel.

Phone numbers dominate the cost (phonenumbers is pure Python, ~10 µs a number), so a large
file has its numbers parsed by a helper process (phone_helper) a part at a time, ahead of
this process, which reads the rows (and hands each part to the import that writes it).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool

from deskcrm.domain import validation
from deskcrm.errors import CancelledError
from deskcrm.services.import_export.csv_producers import ColumnMap
from deskcrm.services.import_export.import_rows import (
    KnownPhones,
    ParsedRow,
    RowProblem,
    RowReader,
    parse_rows,
)
from deskcrm.services.import_export.phone_helper import PhoneHelper, parse_phones

# Files with at least this many phone numbers share them with a helper process: starting
# it costs about 0.3 s, which fewer numbers do not win back.
PARALLEL_FROM_PHONES = 20_000
# Files this big (about 20,000 rows) start the helper before they are read.
EARLY_HELPER_FROM_BYTES = 1_000_000
# Rows are read in parts of this many: between looks at Cancel and progress reports, each
# handed on as one part, and the numbers first seen in each part parsed as one job.
PART_ROWS = 5000

# The numbers first seen in one part of the rows, and the helper's job parsing them (None:
# this process parses them).
_Job = tuple[list[tuple[str, str]], "Future[list[tuple[str, str, bool]]] | None"]


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


def _hand_over(
    first_rows: dict[tuple[str, str], int], part_rows: int, helper: PhoneHelper
) -> list[_Job]:
    """The numbers of each part of the rows: those of the first are parsed here while the
    helper starts on the others, in order (it keeps ahead of the reading of rows, which
    takes about three times as long a row as a number takes it)."""
    parts: list[list[tuple[str, str]]] = []
    for pair, row in first_rows.items():
        at = row // part_rows
        while len(parts) <= at:
            parts.append([])
        parts[at].append(pair)
    jobs: list[_Job] = [(parts[0], None)] if parts else []
    for part in parts[1:]:
        job = helper.submit(part) if part else None
        if part and job is None:  # no processes to be had: every part is parsed here
            return [(part, None) for part in parts]
        jobs.append((part, job))
    return jobs


def _learn(
    known: KnownPhones, pairs: list[tuple[str, str]], results: list[tuple[str, str, bool]]
) -> None:
    known.update(
        (pair, validation.PhoneNumber(*result)) for pair, result in zip(pairs, results, strict=True)
    )


def _take(known: KnownPhones, job: _Job, cancelled: Callable[[], bool]) -> None:
    """One part's numbers: the helper's result, or parsed here if it has not started on
    them (then parsing them here is quicker) or failed."""
    pairs, future = job
    if future is None or future.cancel():
        _learn(known, pairs, parse_phones(pairs))
        return
    while not wait([future], timeout=0.1).done:
        if cancelled():
            raise CancelledError("Import cancelled; nothing was imported")
    try:
        results = future.result()
    except (BrokenProcessPool, OSError, RuntimeError):
        # The helper could not start (e.g. a script without a __main__ guard): parse its
        # share here; slower, same result.
        results = parse_phones(pairs)
    _learn(known, pairs, results)


def check_rows(
    rows: list[tuple[int, list[str]]],
    mapping: ColumnMap | dict[str, list[int]] | RowReader,
    region: str,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
    *,
    parallel_from: int = PARALLEL_FROM_PHONES,
    helper: PhoneHelper | None = None,
    each_part: Callable[[list[ParsedRow]], None] | None = None,
    part_rows: int | None = None,
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """parse_rows for a whole file, in file order, reporting progress (0–1) and stopping
    with CancelledError when asked. `helper`: one started early (the caller closes it).
    `each_part` is given the rows of each part as soon as they are read (an import writes
    them meanwhile).

    A file with many phone numbers has them parsed by a helper process, a part ahead."""
    progress(0.0)
    part_rows = part_rows or PART_ROWS
    reader = mapping if isinstance(mapping, RowReader) else RowReader(mapping)
    known: KnownPhones = {}
    jobs: list[_Job] = []
    own_helper = False
    parsed: list[ParsedRow] = []
    problems: list[RowProblem] = []
    try:
        if reader.has_phones:
            first_rows = _first_rows_of_phones(rows, reader, region)
            if len(first_rows) >= parallel_from:
                own_helper = helper is None
                helper = helper or PhoneHelper()
                jobs = _hand_over(first_rows, part_rows, helper)
        for part, start in enumerate(range(0, len(rows), part_rows)):
            if cancelled():
                raise CancelledError("Import cancelled; nothing was imported")
            progress(start / len(rows))
            if part < len(jobs):
                _take(known, jobs[part], cancelled)
            part_parsed, part_problems = parse_rows(
                rows[start : start + part_rows], reader, region, known
            )
            parsed += part_parsed
            problems += part_problems
            if each_part is not None:
                each_part(part_parsed)
    finally:
        for _pairs, future in jobs:  # after a cancel: nothing more for the helper
            if future is not None:
                future.cancel()
        if own_helper and helper is not None:
            helper.close()
    return parsed, problems
