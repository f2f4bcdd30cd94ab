"""The schema gate and the transaction rules: the kept digests match what the migrations
build, new files carry DeskCRM's application id, schema work is one transaction, writes
take the lock up front while reads stay deferred."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from deskcrm.db import migrate, schema_check
from deskcrm.db.opening import open_database
from deskcrm.errors import DatabaseOpenError, StorageError
from deskcrm.services.contacts.contacts import ContactInput


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS)
def test_kept_schema_digests_match_what_the_migrations_build(revision: str) -> None:
    built = schema_check.schema_digest(schema_check.reference_schema(revision))
    assert schema_check.SCHEMA_DIGESTS.get(revision) == built, (
        "a migration changed: run `python -m deskcrm.db.schema_check` and paste its output"
        " into SCHEMA_DIGESTS"
    )


def test_a_new_file_carries_the_application_id_and_the_head_schema(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert migrate.read_application_id(conn) == migrate.APPLICATION_ID == 0x4443524D
    assert schema_check.schema_problems(schema_check.read_schema(conn), migrate.HEAD_REVISION) == []
    conn.close()


def test_layout_differences_are_not_schema_differences() -> None:
    assert schema_check.normalise_sql('CREATE TABLE "a" (\n\tx  INTEGER , y TEXT)') == (
        schema_check.normalise_sql("create table a(x integer,y text)")
    )


def test_creation_is_one_transaction(tmp_path: Path) -> None:
    """Every statement of the creation runs between one BEGIN IMMEDIATE and its COMMIT."""
    statements: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sqlite3.dbapi2, "connect", traced)
        migrate.upgrade(tmp_path / "crm.sqlite3")
    begins = [i for i, s in enumerate(statements) if s.startswith("BEGIN")]
    commits = [i for i, s in enumerate(statements) if s.strip().upper() == "COMMIT"]
    assert [statements[i] for i in begins] == ["BEGIN IMMEDIATE"] and len(commits) == 1
    schema_work = [
        i for i, s in enumerate(statements) if s.lstrip().upper().startswith(("CREATE", "ALTER"))
    ]
    assert begins[0] < min(schema_work) and max(schema_work) < commits[0]


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    migrate.upgrade(path, "0001")

    def refuse(_conn) -> None:
        raise DatabaseOpenError("stop here")

    with pytest.raises(DatabaseOpenError, match="stop here"):
        migrate.upgrade(path, before=refuse)
    conn = sqlite3.connect(path)
    assert migrate.read_revision(conn) == "0001"
    conn.close()


def test_writes_take_the_lock_up_front_and_reads_stay_deferred(db) -> None:
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    with db.transaction() as session:
        session.execute(text("SELECT 1"))
    with db.reading() as session:
        session.execute(text("SELECT 1"))
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]


def test_a_writer_waits_for_the_lock_then_fails_in_one_line(
    db, db_path, services, monkeypatch
) -> None:
    monkeypatch.setattr("deskcrm.db.engine.BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (
            pytest.raises(StorageError, match="another program") as raised,
            db.transaction(),
        ):
            pytest.fail("the block must not run without the write lock")
        assert "\n" not in str(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.contacts.create(ContactInput(first_name="Ben")).id > 0  # free again
