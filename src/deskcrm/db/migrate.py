"""Alembic wiring: the known revisions, reading a file's revision, upgrading it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from deskcrm.db.engine import IMMEDIATE, make_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Kept by hand so that start-up need not import Alembic; a test checks it against
# Alembic's own history. Oldest first; the last one is head.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
# PRAGMA application_id of every DeskCRM file ("DCRM" as a big-endian 32-bit number):
# how a file is recognised as ours before anything in it is trusted.
APPLICATION_ID = int.from_bytes(b"DCRM", "big")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate ignores the FTS5 index and its shadow tables (made by raw SQL)."""
    return not (type_ == "table" and (name or "").startswith("contact_fts"))


def objects_of(dialect: str) -> Callable[[object, str | None, str, bool, object], bool]:
    """include_object for comparing a database of `dialect` with the models: it also
    leaves out the models' indexes made for another engine only (Index.ddl_if)."""

    def include(
        obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
    ) -> bool:
        only = getattr(obj, "_ddl_if", None) if not reflected else None
        if only is not None and only.dialect not in (None, dialect):
            return False
        return include_object(obj, name, type_, reflected, compare_to)

    return include


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


def read_application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def upgrade(
    path: Path,
    revision: str = "head",
    passphrase: str | None = None,
    *,
    before: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Create or upgrade the file to `revision` in one transaction, marked as ours.

    `before` runs first, inside that transaction and under the write lock, on the raw
    connection: it may raise to leave the file exactly as it was.
    """
    _run(path, "upgrade", revision, passphrase, before)


def downgrade(path: Path, revision: str, passphrase: str | None = None) -> None:
    _run(path, "downgrade", revision, passphrase)


def _run(
    path: Path,
    direction: str,
    revision: str,
    passphrase: str | None = None,
    before: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """All of Alembic's statements in one BEGIN IMMEDIATE ... COMMIT: SQLite's DDL is
    transactional, so a crash at any statement leaves the old schema or the new one."""
    from alembic import command

    url = f"sqlite:///{path}"
    config = alembic_config(url)
    # Foreign keys stay off while tables are rebuilt (SQLite batch migrations); that is
    # set per connection, before the transaction starts (inside one it is a no-op).
    engine = make_engine(path, foreign_keys=False, passphrase=passphrase, begin=IMMEDIATE)
    try:
        with engine.begin() as connection:
            raw = connection.connection.dbapi_connection
            if before is not None:
                before(raw)  # type: ignore[arg-type]
            config.attributes["connection"] = connection
            getattr(command, direction)(config, revision)
            if direction == "upgrade":
                # Recognises the file as DeskCRM's from now on (older versions did not
                # set it); written in the same transaction as the schema.
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()


def mark_as_ours(
    path: Path,
    passphrase: str | None = None,
    *,
    before: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Set the application id on a DeskCRM file made before versions set it."""
    engine = make_engine(path, passphrase=passphrase, begin=IMMEDIATE)
    try:
        with engine.begin() as connection:
            if before is not None:
                before(connection.connection.dbapi_connection)  # type: ignore[arg-type]
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()


def upgrade_server(address: str, revision: str = "head") -> None:
    """Create or upgrade a PostgreSQL database to `revision` in one transaction (its DDL
    is transactional too), holding the write lock so two upgrades cannot interleave."""
    _run_server(address, "upgrade", revision)


def downgrade_server(address: str, revision: str) -> None:
    _run_server(address, "downgrade", revision)


def server_revision(address: str) -> str | None:
    """The schema revision of a PostgreSQL database; None when it has no DeskCRM schema."""
    from sqlalchemy import inspect, text

    from deskcrm.db.dialects.postgresql import make_engine as make_server_engine

    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def _run_server(address: str, direction: str, revision: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from deskcrm.db.dialects.postgresql import WRITE_LOCK_KEY, sqlalchemy_url
    from deskcrm.db.dialects.postgresql import make_engine as make_server_engine

    config = alembic_config(sqlalchemy_url(address).replace("%", "%%"))
    engine = make_server_engine(address)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            config.attributes["connection"] = connection
            getattr(command, direction)(config, revision)
    finally:
        engine.dispose()
