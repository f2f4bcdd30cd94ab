"""Creating and upgrading a database are crash-consistent: a real process is killed
(SIGKILL) before each SQL statement it runs in turn, and every file it leaves behind
holds the old schema or the new one, opens afterwards, keeps its data and passes
integrity_check; an interrupted upgrade leaves exactly one good pre-upgrade backup."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from deskcrm.db import migrate
from deskcrm.db.backup_files import verify_copy
from deskcrm.db.opening import inspect_file, open_database
from deskcrm.db.schema_check import SCHEMA_DIGESTS, read_schema, schema_digest
from tests.conftest import NOW

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]

# Runs the real open_database in a child forked per kill point, so every child starts
# with the modules loaded (no interpreter start per kill point). Every statement any
# SQLite connection runs (SQLAlchemy's, Alembic's, the backup copy's, and the ones an FTS5
# table runs inside another) passes the trace callback, which kills the child at the
# chosen one. Prints one JSON line per kill point: {"n": …, "killed": …}.
KILLER = r"""
import json, os, shutil, signal, sqlite3, sys
from datetime import datetime, timezone
from pathlib import Path

from deskcrm.db.opening import open_database
import alembic.command, deskcrm.db.tables, deskcrm.db.schema_check  # loaded before forking

mode, root, first, last = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
now = datetime(2026, 3, 15, 10, 30, tzinfo=timezone.utc)
real_connect = sqlite3.connect
state = {"count": 0, "kill_at": 0}

def on_statement(_sql):
    state["count"] += 1
    if state["count"] == state["kill_at"]:
        os.kill(os.getpid(), signal.SIGKILL)

def traced(*args, **kwargs):
    conn = real_connect(*args, **kwargs)
    conn.set_trace_callback(on_statement)
    return conn

sqlite3.connect = traced
sqlite3.dbapi2.connect = traced

for n in range(first, last + 1):
    folder = root / str(n)
    folder.mkdir(parents=True)
    path = folder / "crm.sqlite3"
    if mode == "upgrade":
        shutil.copyfile(root / "template.sqlite3", path)
    pid = os.fork()
    if pid == 0:
        state["kill_at"] = n
        code = 0
        try:
            open_database(path, now=now).close()
        except BaseException as exc:
            print(f"{n}: {exc!r}", file=sys.stderr)
            code = 3
        if n == 0:
            print(json.dumps({"total": state["count"]}), flush=True)
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    exit_code = None if killed else os.WEXITSTATUS(status)
    print(json.dumps({"n": n, "killed": killed, "exit": exit_code}), flush=True)
"""


def _run_killer(mode: str, root: Path, first: int, last: int) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-c", KILLER, mode, str(root), str(first), str(last)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _count_statements(mode: str, root: Path) -> int:
    lines = _run_killer(mode, root, 0, 0)
    assert lines[-1] == {"n": 0, "killed": False, "exit": 0}
    return lines[0]["total"]


def _is_head(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return (
            migrate.read_revision(conn) == migrate.HEAD_REVISION
            and migrate.read_application_id(conn) == migrate.APPLICATION_ID
            and schema_digest(read_schema(conn)) == SCHEMA_DIGESTS[migrate.HEAD_REVISION]
        )
    finally:
        conn.close()


def _integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_new_database_killed_at_every_statement_is_absent_empty_or_whole(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    total = _count_statements("create", tmp_path / "count")
    root = tmp_path / "kills"
    root.mkdir()
    runs = _run_killer("create", root, 1, total)
    assert all(run["killed"] for run in runs), [r for r in runs if not r["killed"]]
    outcomes = {"absent": 0, "empty": 0, "whole": 0}
    for run in runs:
        path = root / str(run["n"]) / "crm.sqlite3"
        if not path.exists():
            outcomes["absent"] += 1
        elif inspect_file(path) is None:  # refuses (raises) anything half-made
            outcomes["empty"] += 1
        else:
            assert _is_head(path), run
            outcomes["whole"] += 1
        open_database(path).close()  # creates it, or finds it whole
        assert _is_head(path) and _integrity_ok(path), run
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM stage").fetchone()[0] == 6
        conn.close()
    record_property("creation_kill_points", total)
    record_property("creation_outcomes", outcomes)
    print(f"creation: {total} kill points, outcomes {outcomes}")
    # The last statement is the COMMIT: killed before it, nothing was created.
    assert sum(outcomes.values()) == total and outcomes["absent"] + outcomes["empty"] >= 1


def _legacy_0001_with_data(path: Path) -> dict[str, int]:
    """A 0001 file as an older DeskCRM made it (no application id), with some records."""
    migrate.upgrade(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    stamp = "2026-01-01 00:00:00.000000"
    for i in range(40):
        conn.execute(
            "INSERT INTO company(name, website, email, phone, address, city, country, notes,"
            " created_at, updated_at) VALUES (?, '', '', '', '', '', '', '', ?, ?)",
            (f"Company {i}", stamp, stamp),
        )
        conn.execute(
            "INSERT INTO task(title, notes, due_has_time, priority, recurrence, created_at,"
            " updated_at) VALUES (?, '', 0, 0, '', ?, ?)",
            (f"Call {i}", stamp, stamp),
        )
    conn.commit()
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("company", "task")
    }
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to copy
    conn.close()
    return counts


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("company", "task")
        }
    finally:
        conn.close()


def _pre_upgrade_backups(folder: Path) -> list[Path]:
    backups = folder / "backups"
    return sorted(backups.glob("*-pre-upgrade-from-*.sqlite3")) if backups.is_dir() else []


def test_an_upgrade_killed_at_every_statement_keeps_data_and_one_good_backup(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    root = tmp_path / "kills"
    root.mkdir()
    counts = _legacy_0001_with_data(root / "template.sqlite3")
    count_root = tmp_path / "count"
    count_root.mkdir()
    _legacy_0001_with_data(count_root / "template.sqlite3")
    total = _count_statements("upgrade", count_root)
    runs = _run_killer("upgrade", root, 1, total)
    assert all(run["killed"] for run in runs), [r for r in runs if not r["killed"]]
    outcomes = {"old": 0, "new": 0}
    later = NOW + timedelta(hours=1)  # a retry would name a second backup differently
    for run in runs:
        folder = root / str(run["n"])
        path = folder / "crm.sqlite3"
        revision = inspect_file(path)  # raises for anything between two schemas
        assert revision in ("0001", migrate.HEAD_REVISION), run
        outcomes["old" if revision == "0001" else "new"] += 1
        assert _counts(path) == counts, run
        for backup in _pre_upgrade_backups(folder):  # whatever was left is a good one
            assert verify_copy(backup) == "0001" and _counts(backup) == counts, run
        open_database(path, now=later).close()  # finishes the upgrade if it was cut short
        assert _is_head(path) and _integrity_ok(path) and _counts(path) == counts, run
        backups = _pre_upgrade_backups(folder)
        assert len(backups) == 1, (run, backups)
        assert verify_copy(backups[0]) == "0001" and _counts(backups[0]) == counts, run
        assert not list((folder / "backups").glob("*partial*")), run  # no half copies left
    record_property("upgrade_kill_points", total)
    record_property("upgrade_outcomes", outcomes)
    print(f"upgrade: {total} kill points, outcomes {outcomes}")
    # The last statement is the COMMIT: killed before it, the file is still at 0001.
    assert sum(outcomes.values()) == total and outcomes["old"] >= 1
