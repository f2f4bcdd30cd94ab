"""Checking import rows: each row of cells becomes a contact's values or a list of problems.

Phone numbers dominate the cost (phonenumbers is pure Python, ~10 µs a number), so a large
file has part of its numbers parsed by a helper process while this one parses the rest.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, datetime
from multiprocessing import get_context

from deskcrm.domain import validation
from deskcrm.domain.enums import Lifecycle
from deskcrm.errors import CancelledError

# Files with at least this many phone numbers share them with a helper process: starting
# it costs about 0.3 s, which fewer numbers do not win back.
PARALLEL_FROM_PHONES = 20_000
# A helper started only when the numbers are known is ~0.3 s late: it takes the smaller
# share. One started before the file was read takes half.
HELPER_SHARE = 0.42
EARLY_HELPER_SHARE = 0.5
# Files this big (about 20,000 rows) start the helper before they are read.
EARLY_HELPER_FROM_BYTES = 1_000_000

# (region, phone as written in the file) -> its parsed form (unchecked when not valid there).
KnownPhones = dict[tuple[str, str], "validation.PhoneNumber"]
# How often a helper process looks whether the import that started it is still there.
PARENT_WATCH_SECONDS = 0.5

_SPLIT_EMAILS = re.compile(r"[;,\s]+")
_SPLIT_PHONES = re.compile(r"\s*(?:;|,| ::: )\s*")
_SPLIT_TAGS = re.compile(r"\s*(?:;|,| ::: )\s*")
LIFECYCLES = frozenset(item.value for item in Lifecycle)


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
    values: dict[str, object]
    emails: list[str]
    phones: list[validation.PhoneNumber]  # numbers to be checked have checked=False
    tags: list[str]
    company: str
    region: str = ""  # the region its numbers were read in (its country's, else the default)

    def phone_notices(self) -> list[RowProblem]:
        """Numbers kept as typed for the user to check, for the import report."""
        return [
            RowProblem(self.line, "phone", validation.phone_problem(phone, self.region))
            for phone in self.phones
            if not phone.checked
        ]


def parse_birthday(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d/%m/%Y", "--%m-%d"):
        try:
            parsed = datetime.strptime(value, pattern).date()
            return parsed.replace(year=1904) if pattern.startswith("--") else parsed
        except ValueError:
            continue
    raise ValueError(f"“{value}” is not a date (use YYYY-MM-DD)")


def read_fields(cells: list[str], mapping: dict[str, list[int]]) -> dict[str, str]:
    """Each mapped field read once (joined when several columns feed it)."""

    def cell(i: int) -> str:
        value = cells[i].strip() if i < len(cells) else ""
        # Undo the ' a spreadsheet-safe CSV export put before =, +, -, @.
        return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value

    fields: dict[str, str] = {}
    for name, columns in mapping.items():
        if len(columns) == 1:
            fields[name] = cell(columns[0])
        else:
            parts = [v for v in (cell(i) for i in columns) if v]
            fields[name] = (" ; " if name in ("emails", "phones", "tags") else " ").join(parts)
    return fields


def split_phones(text: str) -> list[str]:
    return [raw for raw in _SPLIT_PHONES.split(text) if raw.strip()] if text else []


def parse_phones(wanted: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """(E.164 or text as typed, national digits, checked) for each (region, phone)."""
    parsed: list[tuple[str, str, bool]] = []
    for region, raw in wanted:
        phone = validation.read_phone(raw, region)
        parsed.append((phone.e164, phone.national_digits, phone.checked))
    return parsed


def parse_row(
    line: int,
    cells: list[str],
    mapping: dict[str, list[int]],
    region: str,
    problems: list[RowProblem],
    known_phones: KnownPhones | None = None,
) -> ParsedRow | None:
    get = read_fields(cells, mapping).get  # fields not mapped read as ""

    first, last = get("first_name", ""), get("last_name", "")
    if not first and not last and get("full_name", ""):
        full = get("full_name", "")
        first, _, last = full.rpartition(" ") if " " in full else (full, "", "")
        first, last = (first, last) if first else (full, "")
    found: list[RowProblem] = []
    emails: list[str] = []
    seen: set[str] = set()  # a set kept as it grows: a row may hold 100,000 addresses
    raw_emails = get("emails", "")
    for raw in _SPLIT_EMAILS.split(raw_emails) if raw_emails else ():
        if raw:
            try:
                email = validation.normalise_email(raw)
            except ValueError as exc:
                found.append(RowProblem(line, "email", str(exc)))
                continue
            if email.lower() not in seen:
                seen.add(email.lower())
                emails.append(email)
    # A row's own country decides how its numbers are read (a French "06 …" in a file
    # imported on a German computer is French). One that is not valid there is kept as
    # written, to be checked: never a reason to refuse the row.
    region = validation.phone_region(get("country", ""), region)
    phones: list[validation.PhoneNumber] = []
    seen.clear()
    for raw in split_phones(get("phones", "")):
        known = known_phones.get((region, raw)) if known_phones is not None else None
        if known is None:
            known = validation.read_phone(raw, region)
        if known.e164 not in seen:
            seen.add(known.e164)
            phones.append(known)
    if not first and not last and not emails:
        found.append(RowProblem(line, "name", "no name and no email"))
    for name in ("first_name", "last_name"):
        if len(first if name == "first_name" else last) > validation.MAX_NAME:
            found.append(RowProblem(line, name, f"longer than {validation.MAX_NAME} characters"))
    try:
        birthday = parse_birthday(get("birthday", ""))
    except ValueError as exc:
        found.append(RowProblem(line, "birthday", str(exc)))
        birthday = None
    lifecycle = get("lifecycle", "").lower() or Lifecycle.LEAD.value
    if lifecycle not in LIFECYCLES:
        found.append(
            RowProblem(
                line, "lifecycle", f"“{lifecycle}” is not lead, prospect, customer or former"
            )
        )
    if found:
        problems.extend(found)
        return None
    if not first and not last:
        first = emails[0].split("@")[0]
    raw_tags = get("tags", "")
    tags = (
        sorted({t[:100] for t in _SPLIT_TAGS.split(raw_tags) if t and t != "* myContacts"})
        if raw_tags
        else []
    )
    values: dict[str, object] = {
        "first_name": first[: validation.MAX_NAME],
        "last_name": last[: validation.MAX_NAME],
        "title": get("title", "")[:200],
        "address": get("address", "")[:500],
        "postal_code": get("postal_code", "")[:20],
        "city": get("city", "")[:200],
        "country": get("country", "")[:200],
        "birthday": birthday.isoformat() if birthday else None,
        "lifecycle": lifecycle,
        "source": get("source", "")[:200] or "Import",
        "notes": validation.clean_text(get("notes", "")),
    }
    return ParsedRow(line, values, emails, phones, tags, get("company", "")[:200], region)


def parse_rows(
    rows: list[tuple[int, list[str]]],
    mapping: dict[str, list[int]],
    region: str,
    known_phones: KnownPhones | None = None,
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """Every row checked: the valid ones parsed, the problems of the others."""
    problems: list[RowProblem] = []
    parsed = [
        row
        for line, cells in rows
        if (row := parse_row(line, cells, mapping, region, problems, known_phones)) is not None
    ]
    return parsed, problems


def _parse_phones_in_helper(wanted: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    gc.disable()  # a short-lived process making many objects: collecting is wasted work
    return parse_phones(wanted)


def _exit_with_parent(parent_pid: int) -> None:
    """The helper's initializer: it ends as soon as the import that started it does, even
    one killed with SIGKILL (which runs no clean-up in the parent)."""
    if sys.platform.startswith("linux"):
        # The kernel kills us when our parent goes. (Strictly: when the parent *thread*
        # that started us ends; an import keeps that thread until it closes the helper.)
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # gone before the line above took effect
        os._exit(1)
    # Everywhere else (and as a second line of defence), a thread that watches.
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="watch-parent", daemon=True
    ).start()


def _watch_parent(parent_pid: int) -> None:
    parent = multiprocessing.parent_process()  # its sentinel tells when it is gone
    while True:
        if os.getppid() != parent_pid or (parent is not None and not parent.is_alive()):
            os._exit(1)
        time.sleep(PARENT_WATCH_SECONDS)


class PhoneHelper:
    """A helper process that parses phone numbers. Starting one takes ~0.3 s, so an import
    starts it before reading the file and the start-up overlaps the reading."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: list[Future[list[tuple[str, str, bool]]]] = []
        try:
            # "spawn": safe next to the GUI's threads, unlike fork. ProcessPoolExecutor
            # starts its process on the first job: a tiny one, right away.
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
            self._jobs.append(self._pool.submit(_parse_phones_in_helper, [("", "+1 202 555 0100")]))
        except (OSError, RuntimeError):
            self._pool = None

    def submit(self, wanted: list[tuple[str, str]]) -> Future[list[tuple[str, str, bool]]] | None:
        if self._pool is None:
            return None
        try:
            job = self._pool.submit(_parse_phones_in_helper, wanted)
        except (OSError, RuntimeError, BrokenProcessPool):
            return None
        self._jobs.append(job)
        return job

    def close(self) -> None:
        if self._pool is not None:
            # After a cancel the helper finishes its share and exits on its own.
            self._pool.shutdown(wait=all(job.done() for job in self._jobs), cancel_futures=True)
            self._pool = None


def _phones_in_parallel(
    rows: list[tuple[int, list[str]]],
    mapping: dict[str, list[int]],
    region: str,
    cancelled: Callable[[], bool],
    parallel_from: int,
    helper: PhoneHelper | None,
) -> KnownPhones:
    """Every distinct phone of the file parsed (in its row's region), a share of them by a
    helper process."""
    if "phones" not in mapping:
        return {}
    only_phones = {"phones": mapping["phones"]}
    if "country" in mapping:
        only_phones["country"] = mapping["country"]
    regions: dict[str, str] = {}  # country as written -> region, worked out once each

    def wanted_in(cells: list[str]) -> list[tuple[str, str]]:
        fields = read_fields(cells, only_phones)
        country = fields.get("country", "")
        if country not in regions:
            regions[country] = validation.phone_region(country, region)
        return [(regions[country], raw) for raw in split_phones(fields["phones"])]

    raws = list(dict.fromkeys(pair for _line, cells in rows for pair in wanted_in(cells)))
    if len(raws) < parallel_from:
        return {}  # parse_row parses them as it goes
    own_helper = helper is None
    helper = helper or PhoneHelper()
    # A helper started early has caught up with us: it can take half.
    share = HELPER_SHARE if own_helper else EARLY_HELPER_SHARE
    split = len(raws) - int(len(raws) * share)
    try:
        job = helper.submit(raws[split:])
        if job is None:  # no processes to be had: parse them all here
            split = len(raws)
        results = parse_phones(raws[:split])
        if job is not None:
            while not wait([job], timeout=0.1).done:
                if cancelled():
                    raise CancelledError("Import cancelled; nothing was imported")
            try:
                results += job.result()
            except (BrokenProcessPool, OSError, RuntimeError):
                # The helper could not start (e.g. a script without a __main__ guard):
                # parse its share here; slower, same result.
                results += parse_phones(raws[split:])
    finally:
        if own_helper:
            helper.close()
    return {
        pair: validation.PhoneNumber(*result) for pair, result in zip(raws, results, strict=True)
    }


def check_rows(
    rows: list[tuple[int, list[str]]],
    mapping: dict[str, list[int]],
    region: str,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
    *,
    parallel_from: int = PARALLEL_FROM_PHONES,
    helper: PhoneHelper | None = None,
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """parse_rows for a whole file, in file order, reporting progress (0–1) and stopping
    with CancelledError when asked. `helper`: one started early (the caller closes it)."""
    progress(0.0)
    known_phones = _phones_in_parallel(rows, mapping, region, cancelled, parallel_from, helper)
    parsed: list[ParsedRow] = []
    problems: list[RowProblem] = []
    for start in range(0, len(rows), 5000):
        if cancelled():
            raise CancelledError("Import cancelled; nothing was imported")
        progress((0.5 if known_phones else 0.0) + start / len(rows) / (2 if known_phones else 1))
        chunk_parsed, chunk_problems = parse_rows(
            rows[start : start + 5000], mapping, region, known_phones
        )
        parsed += chunk_parsed
        problems += chunk_problems
    return parsed, problems
