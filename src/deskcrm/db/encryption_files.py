"""SQLCipher conversions of a whole DeskCRM file: an encrypted copy of a plain one, or a
plain copy of an encrypted one (services/storage/encryption.py makes them safe to rename over).

SQLite- and SQLCipher-specific throughout (ATTACH … KEY, sqlcipher_export, user_version)."""

from __future__ import annotations

from pathlib import Path

from deskcrm.db.connect import connect, driver


def _quoted(value: str) -> str:
    """A string literal's body: ATTACH's KEY cannot be a bound parameter."""
    return value.replace("'", "''")


def export_database(source: Path, target: Path, source_key: str | None, target_key: str) -> None:
    """Copy every table, index and the schema version of `source` into `target` (an
    empty file), encrypted with `target_key`, or plain when it is ""."""
    conn = connect(source, source_key) if source_key else driver("x").connect(str(source))
    try:
        conn.execute(
            f"ATTACH DATABASE '{_quoted(str(target))}' AS converted KEY '{_quoted(target_key)}'"
        )
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
