"""Changes made elsewhere reach an open window on a server: every DeskCRM write transaction
sends NOTIFY (delivered only when it commits), and a window's NotifyProbe hears those of
other clients, never its own — against the real PostgreSQL server the tests start."""

from __future__ import annotations

import subprocess
import sys
import time

import psycopg
import pytest
from sqlalchemy import text

from deskcrm.app import build_services
from deskcrm.db.external_changes import NotifyProbe, probe_for
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.companies import CompanyInput
from tests.conftest import NOW, TZ

# Another client: its own interpreter and connections, the same server database.
OUTSIDE_WRITER = """
import sys
from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.companies import CompanyInput
db = open_database(sys.argv[1])
build_services(db).companies.create(CompanyInput(name="Written Elsewhere Ltd"))
db.close()
"""


def _heard_within(probe: NotifyProbe, seconds: float) -> bool:
    """Whether the probe reports a change within `seconds` (notifications travel through
    the server asynchronously: polled like the window does, only faster)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if probe.moved():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def probe_and_db(pg_migrated_url: str):
    db = open_database(pg_migrated_url)
    probe = probe_for(db)
    assert isinstance(probe, NotifyProbe)
    try:
        yield probe, db
    finally:
        probe.close()
        db.close()


def test_a_commit_by_another_process_is_heard(probe_and_db, pg_migrated_url: str) -> None:
    probe, _db = probe_and_db
    assert not probe.moved()
    subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, pg_migrated_url], check=True)
    assert _heard_within(probe, 5)
    assert not _heard_within(probe, 0.3)  # heard once, not again


def test_the_windows_own_writes_are_not_heard(probe_and_db) -> None:
    probe, db = probe_and_db
    services = build_services(db, clock=lambda: NOW, tz=TZ)
    for i in range(5):  # several pooled connections may take part
        services.companies.create(CompanyInput(name=f"Made In The Window {i}"))
    assert not _heard_within(probe, 1.0)


def test_another_clients_rolled_back_write_and_reads_are_not_heard(
    probe_and_db, pg_migrated_url: str
) -> None:
    probe, _db = probe_and_db
    other = open_database(pg_migrated_url)
    try:
        with pytest.raises(RuntimeError), other.transaction() as session:
            session.execute(text("INSERT INTO tag (name, color) VALUES ('never', '')"))
            raise RuntimeError("changed my mind")
        with other.reading() as session:
            session.execute(text("SELECT count(*) FROM contact")).scalar_one()
        assert not _heard_within(probe, 1.0)
        with other.transaction() as session:
            session.execute(text("INSERT INTO tag (name, color) VALUES ('kept', '')"))
        assert _heard_within(probe, 5)
    finally:
        other.close()


def test_a_closed_probe_hears_nothing_and_its_connection_is_gone(
    probe_and_db, pg_migrated_url: str, pg_server
) -> None:
    probe, _db = probe_and_db

    def backends() -> int:
        """Server backends whose last statement was the probe's LISTEN."""
        with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
            found = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN deskcrm_%'"
            ).fetchone()
        return int(found[0]) if found else 0

    assert backends() == 1
    probe.close()
    subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, pg_migrated_url], check=True)
    assert not probe.moved()
    deadline = time.monotonic() + 5
    while backends() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert backends() == 0


def test_a_probe_whose_connection_the_server_dropped_goes_quiet(
    probe_and_db, pg_migrated_url: str, pg_server
) -> None:
    """A server restart or a dropped connection must not raise in the window's timer
    every second: the probe stops hearing, and closes cleanly."""
    probe, _db = probe_and_db
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE query LIKE 'LISTEN deskcrm_%'"
        )
    subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, pg_migrated_url], check=True)
    assert not _heard_within(probe, 0.5)
    probe.close()
