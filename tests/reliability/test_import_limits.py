"""Hostile import files: work stays linear, memory stays near the file's size, and devices,
pipes and folders are refused at once with a one-line message."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskcrm.errors import DeskCrmError
from deskcrm.services.import_export import import_files
from deskcrm.services.import_export.importing import ImportService

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /dev, FIFOs and rusage")

MB = 2**20


@pytest.fixture
def importer(db, services) -> ImportService:
    return ImportService(db, services.settings)


def deskcrm(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deskcrm", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_row_with_100000_emails_is_checked_in_linear_time(
    importer, services, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    addresses = ";".join(f"a{i}@example.com" for i in range(100_000))
    path.write_text(f"First Name,E-mail Address\nAnna,{addresses}\n", encoding="utf-8")
    started = time.perf_counter()
    report = importer.import_contacts_csv(path)
    elapsed = time.perf_counter() - started
    assert report.new == 1
    assert len(services.contacts.get(services.contacts.search("Anna")[0].id).data.emails) == (
        100_000
    )
    assert elapsed < 5, f"100,000 emails took {elapsed:.1f} s (was 822 s)"


PEAK_RSS = """
import resource, sys
from pathlib import Path
from deskcrm.db.opening import open_database
from deskcrm.errors import DeskCrmError
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.storage.settings import SettingsService

if __name__ == "__main__":
    db = open_database(Path(sys.argv[2]))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        report = ImportService(db, SettingsService(db)).import_contacts_csv(Path(sys.argv[1]))
        outcome = " | ".join([f"new {report.new}", *(str(s) for s in report.skipped)])
    except DeskCrmError as exc:
        outcome = f"error {exc}"
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(grown * 1024, outcome)
"""


def peak_rss(tmp_path: Path, vcard: Path) -> tuple[int, str]:
    """How far (bytes) a fresh process's peak resident memory grew importing the file into
    an open database, and the outcome."""
    script = tmp_path / "peak_rss.py"
    script.write_text(PEAK_RSS)
    db = tmp_path / f"{vcard.stem}.sqlite3"
    done = subprocess.run(
        [sys.executable, str(script), str(vcard), str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    peak, outcome = done.stdout.strip().split(" ", 1)
    return int(peak), outcome


def card(tmp_path: Path, name: str, extra: str) -> Path:
    path = tmp_path / f"{name}.vcf"
    with path.open("w", encoding="ascii", newline="") as fh:
        fh.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Muster\r\nN:Muster;Anna;;;\r\n")
        fh.write(f"EMAIL:anna@example.com\r\n{extra}\r\nEND:VCARD\r\n")
    return path


@pytest.mark.parametrize("kind", ["photo", "note"])
def test_a_vcard_with_a_big_photo_or_note_needs_memory_near_its_size(
    tmp_path: Path, kind: str
) -> None:
    if kind == "photo":  # 21 MB of base64, folded at 75 columns as phones write it
        photo = base64.b64encode(os.urandom(15_700_000)).decode()
        folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
        path = card(tmp_path, "photo", f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}")
    else:  # 15 MB on one line: under the 20 MB field limit, kept (clipped) as the note
        path = card(tmp_path, "note", "NOTE:" + "lorem ipsum " * (15 * MB // 12))
    size = path.stat().st_size
    peak, outcome = peak_rss(tmp_path, path)
    assert outcome.startswith("new 1")
    # Before: 3 GB for the photo, 2.2 GB for the note.
    assert peak < 4 * size, f"{peak / MB:.0f} MB for {size / MB:.0f} MB"


def test_a_50_mb_note_is_cut_and_listed_without_losing_the_card_or_exhausting_memory(
    tmp_path: Path,
) -> None:
    path = card(tmp_path, "huge", "NOTE:" + "lorem ipsum " * (50 * MB // 12))
    peak, outcome = peak_rss(tmp_path, path)
    # One oversized property never costs the card (it used to refuse the whole file).
    assert outcome.startswith("new 1 | huge.vcf, line 6: NOTE “lorem ipsum"), outcome
    assert "the rest was cut" in outcome
    assert peak < 4 * path.stat().st_size  # before: 7.0 GB


def test_a_file_over_the_size_limit_is_refused(importer, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(import_files, "MAX_FILE", 1000)
    path = tmp_path / "big.csv"
    path.write_text("First Name\n" + "Anna\n" * 400, encoding="utf-8")
    with pytest.raises(DeskCrmError, match=r"big\.csv: the file is larger than 0 MB"):
        importer.import_contacts_csv(path)


def one_line_refusal(done: subprocess.CompletedProcess[str], what: str) -> None:
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and what in done.stderr, done.stderr


def test_importing_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    started = time.monotonic()
    done = deskcrm("--db", str(tmp_path / "crm.sqlite3"), "import", "contacts", "/dev/zero")
    one_line_refusal(done, "/dev/zero: this is a device, pipe or socket, not a file")
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("name", ["contacts.csv", "contacts.vcf"])
def test_importing_a_fifo_is_refused_instead_of_blocking(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done = deskcrm("--db", str(tmp_path / "crm.sqlite3"), "import", "contacts", str(fifo))
    one_line_refusal(done, "this is a device, pipe or socket, not a file")


def test_importing_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    done = deskcrm("--db", str(tmp_path / "crm.sqlite3"), "import", "contacts", str(folder))
    one_line_refusal(done, "exports: this is a folder")
    done = deskcrm("--db", str(tmp_path / "crm.sqlite3"), "import", "feedback", str(folder))
    one_line_refusal(done, "exports: this is a folder")
