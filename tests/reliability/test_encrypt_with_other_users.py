"""Encrypt and decrypt with other users of the file: a real writer process keeps every
acknowledged commit (or encrypt is refused), a symlinked path stays a link to an
encrypted file, and a killed decrypt leaves no plaintext once DeskCRM next starts."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.db.opening import open_database
from deskcrm.db.usage_lock import PARTIAL_MARK
from tests.reliability.test_backup_kill_points import kill_points, run_killed, steps_of

pytest.importorskip("sqlcipher3")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs flock and SIGKILL")
SECRET = "correct horse battery"
MARKER = "Quellenhausen"  # a name that must never be readable outside the database

# A writer in its own process. "hold": one open database, a commit every few ms.
# "reopen": open, commit one contact, close — like many short deskcrm commands; when the
# file has meanwhile been encrypted it goes on with the passphrase. It prints "ack N"
# after each commit returned, and stops after $WRITES acknowledged commits.
WRITER = r"""
import os, sys, time
from deskcrm.app import build_services
from deskcrm.db.opening import PassphraseNeededError, open_database
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput
mode, writes = sys.argv[1], int(os.environ["WRITES"])
passphrase = None
acked = 0
db = open_database(sys.argv[2]) if mode == "hold" else None
print("open", flush=True)
while acked < writes:
    try:
        if mode == "reopen":
            db = open_database(sys.argv[2], passphrase=passphrase)
        build_services(db).contacts.create(ContactInput(first_name=f"W{acked}", last_name="Writer"))
        acked += 1
        print(f"ack {acked}", flush=True)
        if mode == "reopen":
            db.close()
        time.sleep(0.003)
    except PassphraseNeededError:
        passphrase = os.environ["DESKCRM_PASSPHRASE"]
    except DeskCrmError as exc:
        print(f"refused {exc}", flush=True)
        time.sleep(0.01)
if db is not None:
    db.close()
"""


def _writer(mode: str, path: Path, writes: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, mode, str(path)],
        env={**os.environ, "WRITES": str(writes), "DESKCRM_PASSPHRASE": SECRET},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


def _deskcrm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deskcrm", *args],
        env={**os.environ, "DESKCRM_PASSPHRASE": SECRET},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _writer_names(path: Path, passphrase: str | None) -> set[str]:
    from sqlalchemy import text

    db = open_database(path, create=False, passphrase=passphrase)
    try:
        with db.reading() as session:
            rows = session.execute(text("SELECT first_name FROM contact WHERE last_name='Writer'"))
            return {r[0] for r in rows}
    finally:
        db.close()


@pytest.fixture
def crm(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    assert main(["--db", str(path), "demo", "--contacts", "40"]) == 0
    return path


def test_encrypt_is_refused_while_a_writer_holds_the_database_and_every_commit_survives(
    crm: Path,
) -> None:
    writer = _writer("hold", crm, 300)
    tries = refused = 0
    encrypted = False
    while writer.poll() is None and tries < 8:
        result = _deskcrm("--db", str(crm), "encrypt")
        tries += 1
        assert "Traceback" not in result.stderr
        if result.returncode == 0:  # only possible once the writer has closed and gone
            assert writer.poll() is not None
            encrypted = True
            break
        assert "close DeskCRM (and other deskcrm commands)" in result.stderr
        refused += 1
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    acked = [line for line in out.splitlines() if line.startswith("ack ")]
    assert refused >= 1 and len(acked) == 300
    names = _writer_names(crm, SECRET if encrypted else None)
    assert names == {f"W{i}" for i in range(300)}
    print(f"encrypt during a holding writer: {tries} tries, {refused} refused, 300 of 300 kept")


def test_encrypt_between_a_writers_commits_keeps_every_acknowledged_commit(crm: Path) -> None:
    writer = _writer("reopen", crm, 150)
    tries = 0
    encrypted = False
    while not encrypted and writer.poll() is None:
        result = _deskcrm("--db", str(crm), "encrypt")
        assert "Traceback" not in result.stderr
        tries += 1
        encrypted = result.returncode == 0
        if not encrypted:
            assert "close DeskCRM (and other deskcrm commands)" in result.stderr
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    acked = [line for line in out.splitlines() if line.startswith("ack ")]
    assert len(acked) == 150
    passphrase = SECRET if encrypted else None
    assert _writer_names(crm, passphrase) == {f"W{i}" for i in range(150)}
    print(f"encrypt between commits: {tries} tries, encrypted={encrypted}, 150 of 150 kept")


def test_encrypt_and_restore_are_refused_while_the_app_has_the_database_open(
    crm: Path,
) -> None:
    backup = crm.parent / "saved.sqlite3"
    assert _deskcrm("--db", str(crm), "backup", "--to", str(backup)).returncode == 0
    app = open_database(crm)  # what the GUI holds from start to quit
    try:
        for command in (("encrypt",), ("restore", str(backup))):
            result = _deskcrm("--db", str(crm), *command)
            assert result.returncode == 1
            assert result.stderr.startswith("deskcrm: error: cannot ")
            assert "close DeskCRM (and other deskcrm commands) using this database first" in (
                result.stderr
            )
            assert len(result.stderr.strip().splitlines()) == 1
    finally:
        app.close()
    assert crm.read_bytes().startswith(b"SQLite format 3\x00")
    assert _deskcrm("--db", str(crm), "encrypt").returncode == 0


def test_encrypt_through_a_symlink_encrypts_the_real_file_and_keeps_the_link(
    crm: Path, tmp_path: Path
) -> None:
    db = open_database(crm)
    from deskcrm.app import build_services
    from deskcrm.services.contacts.contacts import ContactInput

    build_services(db).contacts.create(ContactInput(first_name="Benedikt", last_name=MARKER))
    db.close()
    links = tmp_path / "links"
    links.mkdir()
    link = links / "crm.sqlite3"
    link.symlink_to(crm)
    result = _deskcrm("--db", str(link), "encrypt")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == crm
    assert not crm.read_bytes().startswith(b"SQLite format 3")
    for folder in (crm.parent, links):
        for file in folder.rglob("*"):
            if file.is_file() and "backups" not in file.parts:
                assert MARKER.encode() not in file.read_bytes(), file
    assert _deskcrm("--db", str(link), "check").returncode == 0
    result = _deskcrm("--db", str(link), "decrypt")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and crm.read_bytes().startswith(b"SQLite format 3")


def test_a_decrypt_killed_at_any_step_leaves_one_whole_database_and_no_plaintext_after_start(
    crm: Path, tmp_path: Path
) -> None:
    db = open_database(crm)
    from deskcrm.app import build_services
    from deskcrm.services.contacts.contacts import ContactInput

    build_services(db).contacts.create(ContactInput(first_name="Benedikt", last_name=MARKER))
    db.close()
    assert _deskcrm("--db", str(crm), "encrypt").returncode == 0
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(crm, pristine)
    env = {"DESKCRM_PASSPHRASE": SECRET}
    args = ["--db", str(crm), "decrypt"]
    total = steps_of(run_killed(args, 0, env))
    points = kill_points(total, 12)
    whole = plaintext_left = 0
    for kill_at in points:
        for leftover in crm.parent.glob(f"{crm.name}*"):
            leftover.unlink()
        shutil.copy(pristine, crm)
        result = run_killed(args, kill_at, env)
        assert result.returncode == -signal.SIGKILL, result.stderr
        plain = crm.read_bytes().startswith(b"SQLite format 3\x00")
        plaintext_left += any(crm.parent.glob(f"*{PARTIAL_MARK}*")) and not plain
        # the next start (the app, or any command that opens it) clears the half-made copy
        started = _deskcrm("--db", str(crm), "search", MARKER)
        assert started.returncode == 0, started.stderr
        assert f"Benedikt {MARKER}" in started.stdout
        whole += 1
        for file in crm.parent.iterdir():
            if file.is_file() and file != crm and file.name != pristine.name:
                assert MARKER.encode() not in file.read_bytes(), file
        if not plain:
            assert MARKER.encode() not in crm.read_bytes()
    assert whole == len(points)
    assert plaintext_left  # some kills did leave a plaintext copy for the start to remove
    print(f"decrypt killed at {len(points)} of {total} steps; {plaintext_left} left plaintext")


def test_a_converted_copy_left_by_a_killed_run_goes_at_the_next_open(crm: Path) -> None:
    leftover = crm.with_name(crm.name + f".decrypting{PARTIAL_MARK}")
    leftover.write_bytes(b"SQLite format 3\x00" + MARKER.encode())
    Path(str(leftover) + "-journal").write_bytes(b"x")
    time.sleep(0)  # nothing waits on the clock here
    open_database(crm).close()
    assert not leftover.exists() and not Path(str(leftover) + "-journal").exists()
