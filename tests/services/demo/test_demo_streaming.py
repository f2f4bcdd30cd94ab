"""A large demo is written while it is made up (NewContacts): the database it leaves is the
one the all-at-the-end path leaves, field for field."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskcrm.db.opening import open_database
from deskcrm.services.contacts import new_contacts
from deskcrm.services.demo import demo
from deskcrm.services.demo.demo import generate_demo
from tests.conftest import NOW
from tests.services.import_export.test_import_streaming import _snapshot


def _demo(path: Path) -> None:
    db = open_database(path)
    try:
        generate_demo(db, contacts=2500, seed=3, now=NOW)
    finally:
        db.close()


def test_a_demo_written_while_made_equals_one_written_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "_PART", 700)  # four parts, the last a short one
    _demo(tmp_path / "streamed.sqlite3")
    monkeypatch.setattr(new_contacts, "INDEX_MEANWHILE_FROM_ROWS", 10**9)
    _demo(tmp_path / "end.sqlite3")
    got, expected = _snapshot(tmp_path / "streamed.sqlite3"), _snapshot(tmp_path / "end.sqlite3")
    assert len(got["contacts"]) == 2500
    for part in expected:
        assert got[part] == expected[part], part
    # The history, written with each part of the people or after all of them.
    streamed, end = _history(tmp_path / "streamed.sqlite3"), _history(tmp_path / "end.sqlite3")
    assert len(streamed["interaction"]) > 5000 and len(streamed["purchase"]) > 1000
    assert streamed == end


def _history(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Interactions and purchases without their ids (numbered in another order)."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in ("interaction", "purchase"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(name for name in columns if name != "id")
            found[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY {kept}").fetchall()
        return found
    finally:
        conn.close()
