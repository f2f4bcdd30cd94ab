"""At-rest encryption with a passphrase (SQLCipher): encrypt a plain database in place,
or turn an encrypted one back into plain SQLite. Both go through a verified copy."""

from __future__ import annotations

from pathlib import Path

from deskcrm.db.backup_files import verify_copy
from deskcrm.db.connect import connect, driver
from deskcrm.db.opening import inspect_file, is_plain_sqlite
from deskcrm.errors import DeskCrmError

MIN_PASSPHRASE = 8


def _export(source: Path, target: Path, source_key: str | None, target_key: str) -> None:
    """sqlcipher_export copies every table, index and the schema version into `target`."""
    conn = connect(source, source_key) if source_key else driver("x").connect(str(source))
    try:
        quoted_path = str(target).replace("'", "''")
        quoted_key = target_key.replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted_path}' AS converted KEY '{quoted_key}'")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def _swap(path: Path, converted: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    converted.chmod(0o600)
    converted.replace(path)


def encrypt_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain DeskCRM file; older plain backups stay as they are (say so)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise DeskCrmError(f"Use a passphrase of at least {MIN_PASSPHRASE} characters")
    if not is_plain_sqlite(path):
        raise DeskCrmError(f"{path} is already encrypted (or not a DeskCRM database)")
    inspect_file(path)
    checkpoint = driver(None).connect(str(path))
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file
    checkpoint.close()
    converted = path.with_name(path.name + ".encrypting")
    converted.unlink(missing_ok=True)
    try:
        _export(path, converted, None, passphrase)
        verify_copy(converted, passphrase)
    except Exception as exc:
        converted.unlink(missing_ok=True)
        raise DeskCrmError(f"encryption failed, {path} is unchanged: {exc}") from exc
    _swap(path, converted)


def decrypt_database(path: Path, passphrase: str) -> None:
    """Turn an encrypted DeskCRM file back into plain SQLite."""
    if is_plain_sqlite(path):
        raise DeskCrmError(f"{path} is not encrypted")
    inspect_file(path, passphrase)  # a wrong passphrase stops here
    converted = path.with_name(path.name + ".decrypting")
    converted.unlink(missing_ok=True)
    try:
        _export(path, converted, passphrase, "")
        verify_copy(converted)
    except Exception as exc:
        converted.unlink(missing_ok=True)
        raise DeskCrmError(f"decryption failed, {path} is unchanged: {exc}") from exc
    _swap(path, converted)
