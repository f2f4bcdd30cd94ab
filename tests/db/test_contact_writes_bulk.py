"""A big batch of new contacts into empty tables has their indexes built after its rows
are in (contact_writes.indexes_built_after): the file ends with the very schema it had,
every index holding every row, and a batch that fails leaves the indexes where they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from deskcrm.db import contact_writes
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.engine import Database
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.validation import PhoneNumber
from deskcrm.services.contacts import new_contacts
from deskcrm.services.contacts.writing import CleanContact
from tests.conftest import NOW

BATCH = contact_writes.BULK_INDEX_FROM_ROWS


def _people(count: int, company_id: int | None = None) -> list[CleanContact]:
    return [
        CleanContact(
            first_name=f"Anna{i}",
            last_name=f"Müller{i % 50}",
            company_id=company_id,
            emails=[(f"anna{i}@example.com", "work")],
            phones=[(PhoneNumber(f"+4930{1_000_000 + i}", f"030{1_000_000 + i}"), "mobile")],
            addresses=[PostalAddress(label="work", city="Berlin", postal_code=f"{10_000 + i}")],
            websites=[Website(f"https://example.com/{i}", "home")] if i % 7 == 0 else [],
            tags=["VIP"] if i % 3 == 0 else [],
            unparsed=[UnparsedValue("birthday", "circa 1800", "not a date")] if i % 9 == 0 else [],
        )
        for i in range(count)
    ]


def _schema(path: Path) -> tuple[list[tuple[str, str, str, str]], dict[str, list[str]]]:
    """Every object of the file (type, name, table, SQL) and each contact table's indexes
    in the order SQLite lists them (the order the planner weighs them in)."""
    conn = sqlite3.connect(path)
    try:
        objects = sorted(
            conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
        )
        order = {
            table: [row[1] for row in conn.execute(f"PRAGMA index_list({table})")]
            for table in contact_writes.CONTACT_TABLES
        }
    finally:
        conn.close()
    return objects, order


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_big_batch_is_stored_whole_and_found_by_its_email_and_name(services, db) -> None:
    with db.transaction() as session:
        ids = new_contacts.write_new_contacts(session, _people(BATCH), NOW, cause="import")
    assert len(ids) == BATCH
    assert services.contacts.list_ids(ContactFilter(text="anna4321@example.com")) == [ids[4321]]
    last = services.contacts.get(ids[-1]).data
    assert (last.first_name, last.city, last.phones) == (
        f"Anna{BATCH - 1}",
        "Berlin",
        [f"+4930{1_000_000 + BATCH - 1}"],
    )


@pytest.mark.sqlite_only(reason="compares SQLite's sqlite_master before and after")
def test_a_big_batch_into_an_empty_file_leaves_its_schema_exactly_as_it_was(
    db: Database, db_path: Path
) -> None:
    before = _schema(db_path)
    with db.transaction() as session:
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        new_contacts.write_new_contacts(session, _people(BATCH), NOW, cause="import")
        # The bigger page cache the indexes were sorted in was for them only.
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache
    db.engine.dispose()
    assert _schema(db_path) == before
    # Every index holds every row (integrity_check compares each index with its table).
    assert _integrity(db_path) == "ok"


@pytest.mark.sqlite_only(reason="compares SQLite's sqlite_master before and after")
def test_a_big_batch_that_fails_leaves_no_contact_and_every_index(
    db: Database, db_path: Path
) -> None:
    before = _schema(db_path)
    # Company 999 does not exist: the foreign key stops the batch part-way.
    people = [*_people(BATCH), *_people(1, company_id=999)]
    with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as session:
        new_contacts.write_new_contacts(session, people, NOW, cause="import")
    db.engine.dispose()
    assert _schema(db_path) == before
    with db.reading() as session:
        assert contact_writes.names_and_sort_names(session) == []
    # The search index, filled on another thread before the contacts went in, went back
    # with them.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM contact_fts").fetchone() == (0,)
    finally:
        conn.close()


@pytest.mark.sqlite_only(reason="reads SQLite's sqlite_master inside the batch")
def test_a_caller_that_commits_after_an_error_still_gets_every_index(
    db: Database, db_path: Path
) -> None:
    before = _schema(db_path)
    with db.transaction() as session:
        try:
            with contact_writes.indexes_built_after(session, contact_writes.CONTACT_TABLES):
                raise ValueError("a bug in the caller")
        except ValueError:
            pass  # … and the caller goes on to commit
    db.engine.dispose()
    assert _schema(db_path) == before


@pytest.mark.sqlite_only(reason="reads SQLite's sqlite_master inside the batch")
def test_a_table_that_already_holds_rows_keeps_its_indexes_during_a_batch(
    db: Database, db_path: Path
) -> None:
    with db.transaction() as session:
        # no website, tag or kept value
        new_contacts.write_new_contacts(session, _people(2)[1:], NOW)
    with db.transaction() as session:
        with contact_writes.indexes_built_after(session, contact_writes.CONTACT_TABLES):
            held = _indexes_seen_by(session)
        after = _indexes_seen_by(session)
    # contact, its emails, phones, addresses and lifecycle had rows: untouched; websites
    # and tags were empty: theirs were dropped for the batch, then built again.
    assert {"ix_contact_live_by_name", "ix_contact_email_address"} <= held
    assert not {"ix_contact_url_contact_id", "ix_contact_tag_tag_id"} & held
    assert {"ix_contact_url_contact_id", "ix_contact_tag_tag_id"} <= after


def _indexes_seen_by(session: Session) -> set[str]:
    """The indexes as the session's own transaction sees them (uncommitted drops too)."""
    found = session.connection().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'"
    )
    return {row[0] for row in found}
