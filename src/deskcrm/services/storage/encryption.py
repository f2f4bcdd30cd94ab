"""At-rest encryption with a passphrase (SQLCipher): encrypt a plain database in place,
or turn an encrypted one back into plain SQLite.

Both need the database alone (refused while DeskCRM or another deskcrm command has it
open), work on the real file behind a symlink, and go through a converted copy made
under a temporary name, flushed and verified, then renamed over the file: a kill at any
point leaves the old file or the new one, and the next start removes the temporary copy.
"""

from __future__ import annotations

from pathlib import Path

from deskcrm.db.backup_files import (
    NotEnoughSpaceError,
    checkpoint,
    database_size,
    driver_errors,
    ensure_space,
    fsync_file,
    is_disk_full,
    not_enough_space,
    remove_with_side_files,
    replace_database,
    verify_copy,
)
from deskcrm.db.dialects import display_address, is_server_address
from deskcrm.db.encryption_files import export_database
from deskcrm.db.opening import inspect_file, is_plain_sqlite
from deskcrm.db.usage_lock import UsageLock, partial_name, real_path, remove_partials
from deskcrm.errors import DatabaseOpenError, DeskCrmError

MIN_PASSPHRASE = 8


def _refuse_server(path: Path | str) -> None:
    """Encryption with a passphrase is a file feature: a server database is protected by
    the server (its disks, its TLS connections, its roles), not by DeskCRM."""
    if is_server_address(path):
        raise DeskCrmError(
            f"{display_address(path)} is a server database: encryption with a passphrase is a"
            " file feature (the server's own disk encryption, TLS and roles protect it)"
        )


def _convert(real: Path, source_key: str | None, target_key: str, doing: str) -> None:
    """Export into a temporary copy, check it, and rename it over `real`."""
    converted = partial_name(real, doing)
    remove_with_side_files(converted)
    ensure_space(real.parent, database_size(real))
    try:
        converted.touch(mode=0o600)  # private before the first byte is written
        export_database(real, converted, source_key, target_key)
        verify_copy(converted, target_key or None)
        converted.chmod(0o600)
        fsync_file(converted)
    except driver_errors(target_key or source_key, DeskCrmError, OSError) as exc:
        remove_with_side_files(converted)
        if isinstance(exc, NotEnoughSpaceError) or is_disk_full(exc):
            raise not_enough_space(real.parent, database_size(real)) from exc
        raise DeskCrmError(f"{doing} failed, {real} is unchanged: {exc}") from exc
    replace_database(converted, real)


def encrypt_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain DeskCRM file; older plain backups stay as they are (say so)."""
    _refuse_server(path)
    if len(passphrase) < MIN_PASSPHRASE:
        raise DeskCrmError(f"Use a passphrase of at least {MIN_PASSPHRASE} characters")
    real = real_path(path)
    if not real.is_file():
        raise DatabaseOpenError(f"{path}: no such database file")
    with UsageLock.exclusive(real, "encrypt"):
        remove_partials(real)  # a killed encrypt or decrypt's copy
        if not is_plain_sqlite(real):
            raise DeskCrmError(f"{path} is already encrypted (or not a DeskCRM database)")
        inspect_file(real)
        checkpoint(real)  # everything into the main file, the WAL emptied
        _convert(real, None, passphrase, "encrypting")


def decrypt_database(path: Path, passphrase: str) -> None:
    """Turn an encrypted DeskCRM file back into plain SQLite."""
    _refuse_server(path)
    real = real_path(path)
    if not real.is_file():
        raise DatabaseOpenError(f"{path}: no such database file")
    with UsageLock.exclusive(real, "decrypt"):
        remove_partials(real)  # a killed decrypt's plaintext copy goes first
        if is_plain_sqlite(real):
            raise DeskCrmError(f"{path} is not encrypted")
        inspect_file(real, passphrase)  # a wrong passphrase stops here
        checkpoint(real, passphrase)
        _convert(real, passphrase, "", "decrypting")
