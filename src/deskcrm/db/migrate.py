"""Alembic wiring: the known revisions, reading a file's revision, upgrading it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskcrm.db.engine import make_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Kept by hand so that start-up need not import Alembic; a test checks it against
# Alembic's own history. Oldest first; the last one is head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate ignores the FTS5 index and its shadow tables (made by raw SQL)."""
    return not (type_ == "table" and (name or "").startswith("contact_fts"))


def alembic_config(url: str):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def read_revision(conn: sqlite3.Connection) -> str | None:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return rev[0] if rev else None


def upgrade(path: Path, revision: str = "head", passphrase: str | None = None) -> None:
    _run(path, "upgrade", revision, passphrase)


def downgrade(path: Path, revision: str, passphrase: str | None = None) -> None:
    _run(path, "downgrade", revision, passphrase)


def _run(path: Path, direction: str, revision: str, passphrase: str | None = None) -> None:
    from alembic import command

    url = f"sqlite:///{path}"
    config = alembic_config(url)
    # Foreign keys stay off while tables are rebuilt (SQLite batch migrations).
    engine = make_engine(path, foreign_keys=False, passphrase=passphrase)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, direction)(config, revision)
    finally:
        engine.dispose()
