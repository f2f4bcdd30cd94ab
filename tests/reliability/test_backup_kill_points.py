"""A real `deskcrm backup` killed (SIGKILL) at every step: --list never shows a bad file,
nothing half-made is left once the next backup has run, and the next backup works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.db.backup_files import verify_copy
from deskcrm.db.usage_lock import PARTIAL_MARK
from deskcrm.services.storage.backups import BackupService

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills processes with SIGKILL")

# Run in a child: counts "steps" (every 100 SQLite VM operations of any connection, and
# each os.replace / fsync / chmod / unlink, before and after) and SIGKILLs itself at step
# $KILL_AT. With KILL_AT=0 it runs through and prints the number of steps it took.
KILLER = r"""
import atexit, os, signal, sqlite3, sys
kill_at = int(os.environ["KILL_AT"])
steps = 0
def step():
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0
real_connect = sqlite3.connect
def connect(*args, **kwargs):
    conn = real_connect(*args, **kwargs)
    conn.set_progress_handler(step, 100)
    return conn
sqlite3.connect = connect
try:
    import sqlcipher3.dbapi2 as cipher
    real_cipher_connect = cipher.connect
    def cipher_connect(*args, **kwargs):
        conn = real_cipher_connect(*args, **kwargs)
        conn.set_progress_handler(step, 100)
        return conn
    cipher.connect = cipher_connect
except ImportError:
    pass
for name in ("replace", "fsync", "chmod", "unlink", "rename"):
    def wrapped(*args, _real=getattr(os, name), **kwargs):
        step()
        result = _real(*args, **kwargs)
        step()
        return result
    setattr(os, name, wrapped)
atexit.register(lambda: print(f"steps={steps}", file=sys.stderr))
from deskcrm.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_killed(args: list[str], kill_at: int, env: dict[str, str] | None = None):
    """Run `deskcrm ARGS` in a child that kills itself at step `kill_at` (0: never)."""
    return subprocess.run(
        [sys.executable, "-c", KILLER, *args],
        env={**os.environ, **(env or {}), "KILL_AT": str(kill_at)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def steps_of(result: subprocess.CompletedProcess[str]) -> int:
    return int(result.stderr.rsplit("steps=", 1)[1].split()[0])


def kill_points(total: int, wanted: int = 30) -> list[int]:
    """Every step when there are few, else `wanted` spread evenly (first and last kept)."""
    if total <= wanted:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (wanted - 1)) for i in range(wanted)})


def assert_every_listed_backup_is_whole(db_path: Path) -> int:
    listed = BackupService(db_path).backups()
    for backup in listed:
        assert verify_copy(backup.path) is not None, backup.path
    return len(listed)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    assert main(["--db", str(path), "demo", "--contacts", "60"]) == 0
    return path


def test_a_backup_killed_at_any_step_is_never_listed_and_the_next_one_works(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(demo_db), "backup"]
    clean = run_killed(args, 0)
    assert clean.returncode == 0, clean.stderr
    total = steps_of(clean)
    points = kill_points(total)
    killed = left_half_made = 0
    for kill_at in points:
        result = run_killed(args, kill_at)
        killed += result.returncode == -signal.SIGKILL
        left_half_made += any((demo_db.parent / "backups").glob(f"*{PARTIAL_MARK}*"))
        assert "Traceback" not in result.stderr
        assert_every_listed_backup_is_whole(demo_db)
    assert killed == len(points)  # each run really died at its step
    listed_before = assert_every_listed_backup_is_whole(demo_db)
    assert main(args) == 0  # the next backup works and clears what the killed ones left
    capsys.readouterr()
    assert assert_every_listed_backup_is_whole(demo_db) == listed_before + 1
    folder = demo_db.parent / "backups"
    assert [p.name for p in folder.iterdir() if PARTIAL_MARK in p.name] == []
    assert [p.name for p in folder.iterdir() if p.name.endswith("-journal")] == []
    assert main(["--db", str(demo_db), "backup", "--list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == listed_before + 1
    assert left_half_made  # the kills did catch copies half-made
    print(f"backup killed at {len(points)} of {total} steps; {left_half_made} left a partial")


def test_backups_killed_after_a_few_milliseconds_never_list_a_bad_file(demo_db: Path) -> None:
    command = [str(Path(sys.executable).parent / "deskcrm"), "--db", str(demo_db), "backup"]
    if not Path(command[0]).exists():
        pytest.skip("the deskcrm console script is not installed in this environment")
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    whole = time.monotonic() - started
    tries = 12
    for i in range(tries):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(whole * (0.5 + i / tries * 0.6))  # from start-up to the very end
        process.kill()
        process.wait(timeout=60)
        assert_every_listed_backup_is_whole(demo_db)
    made = BackupService(demo_db).create("manual")
    assert verify_copy(made.path) is not None
    assert not list((demo_db.parent / "backups").glob(f"*{PARTIAL_MARK}*"))
