"""`deskcrm move`: a database file copied into an empty PostgreSQL database and back into a
new file, every row of every table the same, search working on each, the source never
changed, and a target that holds records refused."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from deskcrm.bootstrap import open_services
from deskcrm.cli import main
from deskcrm.db.connect import connect
from deskcrm.db.dialects.postgresql import make_engine
from deskcrm.db.move_queries import transfer_tables
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.storage.move import move_database
from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW, TZ


def _every_row(address: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows as stored, in primary-key order."""
    if isinstance(address, Path):
        engine = create_engine("sqlite://", creator=lambda: connect(address, readonly=True))
    else:
        engine = make_engine(address)
    try:
        with engine.connect() as conn:
            return {
                table.name: [
                    tuple(row)
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in transfer_tables()
            }
    finally:
        engine.dispose()


def _search(address: Path | str, typed: str) -> list[str]:
    with open_services(address, clock=lambda: NOW, tz=TZ) as opened:
        return [row.name for row in opened.services.contacts.search(typed, limit=1000)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_file(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_services(path, clock=lambda: NOW, tz=TZ, create=True) as opened:
        generate_demo(opened.db, contacts=300, seed=7, clock=lambda: NOW)
        opened.services.contacts.create(
            ContactInput(
                first_name="Zoë",
                last_name="Ångström",
                emails=["zoe@example.org"],
                phones=["+41 79 123 45 67"],
            )
        )
    return path


def test_a_file_moves_to_a_server_and_back_row_for_row_with_search_working(
    filled_file: Path, pg_url: str, tmp_path: Path
) -> None:
    before = _digest(filled_file)
    original = _every_row(filled_file)
    assert len(original["contact"]) == 301 and original["deal"] and original["task"]
    seen: list[tuple[str, int, int]] = []

    moved = move_database(
        filled_file, pg_url, progress=lambda t, d, n: seen.append((t, d, n)), batch_rows=100
    )

    assert moved.counts == {name: len(rows) for name, rows in original.items()}
    assert _digest(filled_file) == before  # the source is only read
    assert _every_row(pg_url) == original
    # Progress names each table, parents first, and ends at its total.
    names = [t for t, _d, _n in seen]
    assert names.index("company") < names.index("contact") < names.index("deal")
    assert ("contact", 301, 301) in seen and ("contact", 100, 301) in seen
    # Search works on the server: accents, prefixes and the phone number.
    assert _search(pg_url, "zoe angs") == ["Zoë Ångström"]
    assert _search(pg_url, "079 123 45") == ["Zoë Ångström"]
    for typed in ("a", "mar", "ex"):
        assert set(_search(pg_url, typed)) == set(_search(filled_file, typed))
    # New records on the server take ids after the copied ones (a task's comes from the
    # table's sequence, moved past the copied ids).
    with open_services(pg_url, clock=lambda: NOW, tz=TZ) as opened:
        contact = opened.services.contacts.create(
            ContactInput(first_name="After", last_name="Move")
        ).id
        task = opened.services.tasks.create(
            TaskInput(title="Call after the move", contact_id=contact, due_at=NOW)
        ).id
    assert contact > max(row[0] for row in original["contact"])
    assert task > max(row[0] for row in original["task"])

    back = tmp_path / "back" / "crm-again.sqlite3"
    move_database(pg_url, back)
    assert _every_row(back) == _every_row(pg_url)
    assert _search(back, "zoe angs") == ["Zoë Ångström"]
    assert _search(back, "after") == ["After Move"]


def test_a_target_holding_records_is_refused_and_left_as_it_was(
    filled_file: Path, pg_url: str, tmp_path: Path
) -> None:
    with open_services(pg_url, clock=lambda: NOW, tz=TZ, create=True) as opened:
        opened.services.contacts.create(ContactInput(first_name="Already", last_name="There"))
    before = _every_row(pg_url)
    with pytest.raises(DeskCrmError, match=r"is not empty \(it holds 1 contact"):
        move_database(filled_file, pg_url)
    assert _every_row(pg_url) == before
    # A file holding records is refused too; a missing target folder's file is not made.
    with pytest.raises(DeskCrmError, match="is not empty"):
        move_database(pg_url, filled_file)


def test_move_on_the_command_line_shows_progress_and_says_the_source_is_unchanged(
    filled_file: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["move", str(filled_file), pg_url]) == 0
    captured = capsys.readouterr()
    assert "contact: 301 of 301 rows" in captured.err
    assert f"to {pg_url}" in captured.out and f"{filled_file} is unchanged" in captured.out
    assert main(["move", str(filled_file), pg_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("deskcrm: error: ") and "is not empty" in err
    assert main(["move", str(filled_file), str(tmp_path / "other.sqlite3")]) == 1
    assert "one file and one postgresql:// address" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite3").exists()


def test_an_older_file_is_not_upgraded_by_a_move_but_named_with_what_to_do(
    tmp_path: Path, pg_url: str
) -> None:
    from deskcrm.db import migrate

    old = tmp_path / "old.sqlite3"
    previous = migrate.KNOWN_REVISIONS[0]  # a file made by the first DeskCRM
    migrate.upgrade(old, previous)
    before = _digest(old)
    with pytest.raises(DeskCrmError, match=f"is at DeskCRM schema {previous}; open it once"):
        move_database(old, pg_url)
    assert _digest(old) == before
