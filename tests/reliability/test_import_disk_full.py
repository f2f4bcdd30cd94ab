"""A disk that fills up during an import or the demo: one line saying so, nothing half-written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcrm.db.opening import open_database


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (needs root and permission to mount; skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.strip() or 'not allowed'}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Take all but about `leave` bytes of the disk."""
    import shutil

    free = shutil.disk_usage(disk).free
    (disk / "filler").write_bytes(b"\0" * max(free - leave, 0))


def counts(db_path: Path) -> tuple[int, int]:
    with sqlite3.connect(db_path) as con:
        result = (
            con.execute("SELECT count(*) FROM contact").fetchone()[0],
            con.execute("SELECT count(*) FROM deal").fetchone()[0],
        )
    con.close()
    return result


def deskcrm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deskcrm", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def says_disk_full_in_one_line(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "full" in done.stderr or "space" in done.stderr, done.stderr


@pytest.mark.parametrize("leave", [20_000, 150_000])
def test_an_import_onto_a_full_disk_says_so_and_writes_nothing(
    small_disk: Path, tmp_path: Path, leave: int
) -> None:
    db_path = small_disk / "crm.sqlite3"
    open_database(db_path).close()
    csv_path = tmp_path / "contacts.csv"
    with csv_path.open("w", encoding="utf-8") as fh:
        fh.write("First Name,Last Name,E-mail Address,Mobile Phone,Notes\n")
        for i in range(5000):
            fh.write(f"Anna{i},Muster{i},anna{i}@example.com,030 {1_000_000 + i},{'x' * 200}\n")
    fill(small_disk, leave)
    done = deskcrm("--db", str(db_path), "import", "contacts", str(csv_path))
    says_disk_full_in_one_line(done)
    (small_disk / "filler").unlink()
    assert counts(db_path) == (0, 0)
    open_database(db_path).close()


@pytest.mark.parametrize("leave", [20_000, 150_000])
def test_the_demo_on_a_full_disk_says_so_and_writes_nothing(small_disk: Path, leave: int) -> None:
    db_path = small_disk / "crm.sqlite3"
    open_database(db_path).close()
    fill(small_disk, leave)
    done = deskcrm("--db", str(db_path), "demo", "--contacts", "2000")
    says_disk_full_in_one_line(done)
    (small_disk / "filler").unlink()
    assert counts(db_path) == (0, 0)
    open_database(db_path).close()
