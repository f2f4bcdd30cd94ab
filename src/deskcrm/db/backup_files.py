"""Consistent copies of a live database (SQLite's online backup API) and their checks.

A copy is made under a temporary name (`….deskcrm-partial`), flushed to disk and only
then renamed to its real name, so a name that looks like a backup always holds a whole
one. While it is being made the writer holds a `flock` on the temporary file, which tells
a later cleanup whether a temporary file is stale (its writer was killed) or in use.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from deskcrm.db import migrate
from deskcrm.db.connect import connect, driver
from deskcrm.db.usage_lock import PARTIAL_MARK
from deskcrm.errors import DatabaseOpenError, DeskCrmError, StorageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

MB = 1024 * 1024
_SIDE_FILES = ("-journal", "-wal", "-shm")


class NotEnoughSpaceError(StorageError):
    """The copy would not fit; nothing was left behind."""


def driver_errors(
    passphrase: str | None = None, *also: type[BaseException]
) -> tuple[type[BaseException], ...]:
    """The DB-API error classes a connection with this passphrase can raise (and `also`)."""
    errors: list[type[BaseException]] = [*also, sqlite3.Error]
    if passphrase is not None:
        errors.append(driver(passphrase).Error)
    return tuple(errors)


def database_size(path: Path) -> int:
    """Bytes a copy of the database may take: the file plus what is still in its WAL."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(str(path) + suffix).stat().st_size
    return total


def ensure_space(folder: Path, needed: int) -> None:
    """Refuse before writing when `needed` bytes (plus a margin) will not fit in `folder`."""
    with_margin = int(needed * 1.1) + 256 * 1024
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return  # cannot tell: try, and report a full disk if it comes to that
    if free < with_margin:
        raise not_enough_space(folder, needed)


def not_enough_space(folder: Path, needed: int) -> NotEnoughSpaceError:
    return NotEnoughSpaceError(
        f"not enough space in {folder} (need ~{max(1, math.ceil(needed * 1.1 / MB))} MB);"
        " nothing was written"
    )


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc).lower() or "no space" in str(exc).lower()


def partial_for(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_MARK)


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Temporary copies whose writer is gone (killed), and their -journal files."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for leftover in sorted(folder.glob(f"*{PARTIAL_MARK}")):
        if _remove_if_stale(leftover):
            removed.append(leftover)
    for orphan in folder.glob(f"*{PARTIAL_MARK}-*"):  # a -journal whose file is gone
        base = Path(str(orphan).rsplit("-", 1)[0])
        if not base.exists():
            orphan.unlink(missing_ok=True)
            removed.append(orphan)
    return removed


def _remove_if_stale(partial: Path) -> bool:
    """Remove a temporary copy (and its -journal) unless its writer still holds it."""
    try:
        fd = os.open(partial, os.O_RDONLY)
    except OSError:
        return False
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # a copy is being written to it right now
        remove_with_side_files(partial)
        return True
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _held_partial(target: Path) -> Iterator[tuple[Path, int]]:
    """A fresh temporary file beside `target`, locked while it is written; removed unless
    renamed away."""
    partial = partial_for(target)
    _remove_if_stale(partial)  # from a killed run; one being written makes this fail
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield partial, fd
    finally:
        with contextlib.suppress(OSError):
            if partial.exists() and os.path.samestat(os.fstat(fd), partial.stat()):
                remove_with_side_files(partial)
        # Only now: closing any descriptor of a file drops SQLite's POSIX locks on it.
        os.close(fd)


def _page_copy(source: Path, target: Path, passphrase: str | None) -> None:
    src = connect(source, passphrase, readonly=True)
    try:
        dst = connect(target, passphrase)  # an encrypted database gets encrypted backups
        try:
            # No syncing while the pages go in: copy_database flushes the whole file once
            # before it is checked and renamed (a crash before that leaves a partial file,
            # which is never taken for a backup).
            dst.execute("PRAGMA synchronous = OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def copy_database(
    source: Path,
    target: Path,
    passphrase: str | None = None,
    *,
    verify: bool = False,
    full: bool = True,
) -> str | None:
    """Copy a possibly live database page by page (never a plain file copy, which could
    catch a half-written page or miss what is still in the WAL) to a temporary name,
    flush it, check it if asked (`full`: integrity_check, else quick_check; see
    verify_copy), and rename it to `target`. Returns the copy's schema revision when
    verified. A full disk raises NotEnoughSpaceError and leaves nothing."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    revision = None
    try:
        with _held_partial(target) as (partial, fd):
            _page_copy(source, partial, passphrase)
            os.fsync(fd)
            if verify:
                revision = verify_copy(partial, passphrase, full=full)
            os.chmod(partial, 0o600)
            os.replace(partial, target)
            fsync_folder(target.parent)
    except DeskCrmError:
        raise
    except driver_errors(passphrase, OSError) as exc:
        if is_disk_full(exc):
            raise not_enough_space(target.parent, database_size(source)) from exc
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise StorageError(f"could not copy {source} to {target}: {reason}") from exc
    return revision


def make_self_contained(path: Path, passphrase: str | None = None) -> None:
    """SQLite-specific: switch the file to a rollback journal, so that, closed, it is one
    self-contained file with nothing left in a WAL beside it."""
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def verify_copy(path: Path, passphrase: str | None = None, *, full: bool = True) -> str | None:
    """Open the copy, check it and read its schema revision; raise if bad.

    `full`: PRAGMA integrity_check, every page and every index entry against its row
    (~2 s for 270 MB). Otherwise PRAGMA quick_check: every page read and its b-tree
    structure checked, but not that each index holds exactly its table's rows (~0.35 s).
    A fresh page-by-page copy of a sound database can only differ from it by pages that
    were written badly, which the quick check finds; an index out of step with its table
    was already so in the database copied, which the full check (run later) finds."""
    try:
        conn = connect(path, passphrase, readonly=True)
    except Exception as exc:  # sqlite3's or sqlcipher3's Error
        raise DatabaseOpenError(f"{path} cannot be opened: {exc}") from exc
    try:
        check = "integrity_check" if full else "quick_check"
        result = conn.execute(f"PRAGMA {check}").fetchone()[0]
        revision = migrate.read_revision(conn)
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        raise DatabaseOpenError(f"{path} is damaged or not a database ({exc})") from exc
    finally:
        conn.close()
    if result != "ok":
        what = "integrity check" if full else "quick check"
        raise DatabaseOpenError(f"{path} failed its {what}: {result}")
    return revision


def checkpoint(path: Path, passphrase: str | None = None) -> None:
    """Move everything from the WAL into the main file and empty the WAL, so the main
    file alone is the whole database (before it is converted or replaced)."""
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def replace_database(new: Path, target: Path) -> None:
    """Rename a flushed, verified `new` over `target` (whose WAL is checkpointed and empty:
    a stale WAL must never be replayed into a different file). A kill at any point
    leaves the old file or the new one, whole."""
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(new, target)
    fsync_folder(target.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
