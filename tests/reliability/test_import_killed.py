"""An import killed with SIGKILL leaves no helper process behind and no half an import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskcrm.db.opening import open_database

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")

ROWS = 30_000  # 30,000 distinct numbers and > 1 MB: the helper process starts


def big_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("First Name,Last Name,E-mail Address,Mobile Phone,Country\n")
        for i in range(ROWS):
            fh.write(f"Anna{i},Muster{i},anna{i}@example.com,030 {1_000_000 + i},Deutschland\n")
    assert path.stat().st_size > 1_000_000
    return path


def children_of(pid: int) -> set[int]:
    """Every process descended from `pid`, read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie waits for a reaper, but runs nothing)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def contacts_in(db_path: Path) -> int:
    with sqlite3.connect(db_path) as con:
        count = con.execute("SELECT count(*) FROM contact").fetchone()[0]
    con.close()
    return count


@pytest.mark.parametrize("delay_after_helper", [0.0, 0.3, 0.8, 1.5])
def test_a_killed_import_leaves_no_helper_and_none_or_all_of_its_contacts(
    tmp_path: Path, delay_after_helper: float
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    open_database(db_path).close()
    csv_path = big_csv(tmp_path / "big.csv")
    importing = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "deskcrm",
            "--db",
            str(db_path),
            "import",
            "contacts",
            str(csv_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        helpers: set[int] = set()
        deadline = time.monotonic() + 30
        while not helpers and importing.poll() is None and time.monotonic() < deadline:
            helpers = children_of(importing.pid)
            time.sleep(0.01)
        assert helpers, "the import started no helper process"
        time.sleep(delay_after_helper)
        helpers |= children_of(importing.pid)
        os.kill(importing.pid, signal.SIGKILL)
        importing.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(running(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [pid for pid in helpers if running(pid)]
        assert not left, f"helper processes still running after the import was killed: {left}"
    finally:
        if importing.poll() is None:
            importing.kill()
        for pid in children_of(importing.pid):
            os.kill(pid, signal.SIGKILL)
    assert contacts_in(db_path) in (0, ROWS)
    open_database(db_path).close()  # and the file opens cleanly afterwards
