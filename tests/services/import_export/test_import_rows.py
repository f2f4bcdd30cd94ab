"""Checking import rows: a large file's phone numbers parsed partly by a helper process give
exactly what parsing them here gives, and a helper that cannot start changes nothing."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from deskcrm.errors import CancelledError
from deskcrm.services.import_export import phone_helper
from deskcrm.services.import_export.import_checking import check_rows
from deskcrm.services.import_export.import_rows import parse_rows

MAPPING = {"first_name": [0], "emails": [1], "phones": [2, 3]}


def sample_rows() -> list[tuple[int, list[str]]]:
    rows = []
    for i in range(40):
        phone = f"030 {1_000_000 + i}" if i % 7 else "not a phone"
        rows.append((i + 2, [f"Anna{i}", f"anna{i}@example.com", phone, f"+44 20 7946 {i:04d}"]))
    rows.append((42, ["Same", "same@example.com", "030 1000001", "030 1000001"]))
    rows.append((43, ["", "", "", ""]))
    return rows


def test_a_helper_process_parses_part_of_the_phones_with_the_same_result(monkeypatch) -> None:
    handed_over: list[int] = []

    class Recording(ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            handed_over.append(len(args[0]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(phone_helper, "ProcessPoolExecutor", Recording)
    rows = sample_rows()
    here = parse_rows(rows, MAPPING, "DE")

    shared = check_rows(rows, MAPPING, "DE", lambda _f: None, lambda: False, parallel_from=1)

    assert shared == here
    assert handed_over and 0 < handed_over[0] < 81  # a share of the 81 distinct numbers
    parsed, problems = shared
    assert len(parsed) == 41 and parsed[-1].phones[0].e164 == "+49301000001"
    assert len(parsed[-1].phones) == 1  # the same number twice is kept once
    assert {p.line for p in problems} == {43}  # the empty row; "not a phone" is kept to check
    notices = [n for row in parsed for n in row.phone_notices()]
    assert {n.line for n in notices} == {2, 9, 16, 23, 30, 37}
    assert "“not a phone”: check this number (not a valid number in DE)" in {
        n.message for n in notices
    }


def test_when_no_helper_can_start_every_phone_is_parsed_here(monkeypatch) -> None:
    def no_processes(*_args, **_kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(phone_helper, "ProcessPoolExecutor", no_processes)
    rows = sample_rows()

    shared = check_rows(rows, MAPPING, "DE", lambda _f: None, lambda: False, parallel_from=1)

    assert shared == parse_rows(rows, MAPPING, "DE")


def test_cancelling_while_checking_rows_stops_with_cancelled_error() -> None:
    seen: list[float] = []
    with pytest.raises(CancelledError):
        check_rows(sample_rows(), MAPPING, "DE", seen.append, lambda: bool(seen))
    assert seen == [0.0]
