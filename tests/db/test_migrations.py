"""Alembic: a new file is migrated to head, the schema matches the models, and the
baseline downgrades and upgrades cleanly."""

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from deskcrm.db import migrate
from deskcrm.db.opening import open_database


def test_known_revisions_match_alembic_history() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_upgrade_from_empty_gives_a_schema_identical_to_the_models(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migrate.objects_of(conn.dialect.name)}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_new_database_has_default_pipeline_and_search_index(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    stages = conn.execute(
        "SELECT name, probability, is_won, is_lost FROM stage ORDER BY position"
    ).fetchall()
    assert [s[0] for s in stages] == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    assert stages[4][2] == 1 and stages[5][3] == 1
    assert conn.execute("SELECT count(*) FROM lost_reason").fetchone()[0] >= 3
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='contact_fts'").fetchone()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_downgrade_to_base_and_upgrade_again_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "round.sqlite3"
    migrate.upgrade(path)
    migrate.downgrade(path, "base")
    conn = sqlite3.connect(path)
    left = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert left == {"alembic_version"}
    migrate.upgrade(path)
    conn = sqlite3.connect(path)
    assert migrate.read_revision(conn) == migrate.HEAD_REVISION
    conn.close()
    # An emptied-out DeskCRM file opens again as a fresh one.
    open_database(path).close()
