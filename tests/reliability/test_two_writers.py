"""Two DeskCRM processes writing to one file at the same time: each write takes the
write lock before it reads the ids it will use, so every acknowledged commit is there,
nothing fails with an IntegrityError traceback, and a writer that cannot get the lock in
time says so in one line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskcrm.db.opening import open_database

pytestmark = pytest.mark.slow

ONE_LINE_FAILURE = "another program (or a second DeskCRM) is writing to it"

CREATOR = """
import sys
from pathlib import Path
from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.contacts import ContactInput
path, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
db = open_database(path)
contacts = build_services(db).contacts
for i in range(count):
    new_id = contacts.create(ContactInput(first_name=f"{who} {i}")).id
    print(new_id, f"{who} {i}", sep="\\t", flush=True)  # only after the commit returned
db.close()
"""


def _start(args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _assert_clean(stderr: str) -> None:
    assert "Traceback" not in stderr and "IntegrityError" not in stderr, stderr
    if stderr:
        assert stderr.count("\n") == 1 and ONE_LINE_FAILURE in stderr, stderr


def test_two_demos_started_together_on_a_new_file_both_land_whole(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    rounds, landed = 4, 0
    for round_ in range(rounds):
        path = tmp_path / f"crm{round_}.sqlite3"
        demo = [sys.executable, "-m", "deskcrm", "--db", str(path), "demo", "--contacts", "50"]
        first, second = _start([*demo, "--seed", "1"]), _start([*demo, "--seed", "2"])
        finished = [(*p.communicate(timeout=300), p.returncode) for p in (first, second)]
        for _out, err, code in finished:
            _assert_clean(err)
            assert code in (0, 1)
        succeeded = sum(code == 0 for *_, code in finished)
        landed += succeeded
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 50 * succeeded
        conn.close()
    record_property("demo_pairs", f"{landed} of {2 * rounds} demos landed whole")
    assert landed == 2 * rounds  # the busy timeout is long enough for a 50-contact demo


def test_two_processes_creating_contacts_one_by_one_keep_every_acknowledged_one(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    path = tmp_path / "crm.sqlite3"
    open_database(path).close()
    writers = [
        _start([sys.executable, "-c", CREATOR, str(path), who, "150"]) for who in ("Ann", "Bob")
    ]
    acknowledged: dict[int, str] = {}
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        _assert_clean(err)
        for line in out.splitlines():
            new_id, name = line.split("\t")
            assert int(new_id) not in acknowledged  # no id handed out twice
            acknowledged[int(new_id)] = name
    conn = sqlite3.connect(path)
    stored = dict(conn.execute("SELECT id, first_name FROM contact").fetchall())
    conn.close()
    assert {i: stored.get(i) for i in acknowledged} == acknowledged
    record_property("single_creations", f"{len(acknowledged)} acknowledged, all present")
    assert len(acknowledged) == 300
