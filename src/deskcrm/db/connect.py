"""Raw connections to a DeskCRM file, plain SQLite or SQLCipher-encrypted with a passphrase."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from deskcrm.errors import DatabaseOpenError

# The first bytes of every plain (unencrypted) SQLite file.
SQLITE_HEADER = b"SQLite format 3\x00"


def driver(passphrase: str | None) -> ModuleType:
    """sqlite3, or sqlcipher3's DB-API module for an encrypted file."""
    if passphrase is None:
        import sqlite3

        return sqlite3
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError as exc:  # an optional dependency
        raise DatabaseOpenError(
            "this database is encrypted, but SQLCipher support (the sqlcipher3 package)"
            " is not installed"
        ) from exc
    return sqlcipher


def key_statements(passphrase: str) -> list[str]:
    quoted = passphrase.replace("'", "''")
    return ["PRAGMA cipher_log_level = NONE", f"PRAGMA key = '{quoted}'"]


def apply_key(connection: Any, passphrase: str | None) -> None:
    if passphrase is not None:
        for statement in key_statements(passphrase):
            try:
                connection.execute(statement)
            except Exception:
                if "PRAGMA key" in statement:
                    raise


def distrust_schema(connection: Any) -> None:
    """SQL stored in the file (views, triggers, defaults) may only call harmless functions.

    A file can come from anyone (a restored backup, `--db`); with trusted_schema off its
    schema cannot call our own functions or side-effecting virtual tables. The schema
    itself is compared with DeskCRM's before anything else is done (db/schema_check.py).
    """
    connection.execute("PRAGMA trusted_schema = OFF")


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False) -> Any:
    module = driver(passphrase)
    if readonly:
        connection = module.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    else:
        connection = module.connect(str(path))
    apply_key(connection, passphrase)
    distrust_schema(connection)
    return connection
