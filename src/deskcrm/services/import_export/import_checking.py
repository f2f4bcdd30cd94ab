"""Checking a whole file's import rows (check_rows): in chunks, with progress and Cancel.

Phone numbers dominate the cost (phonenumbers is pure Python, ~10 µs a number), so a large
file has part of its numbers parsed by a helper process (phone_helper) while this one
parses the rest and reads the rows; here the numbers are shared with it and taken back.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

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
