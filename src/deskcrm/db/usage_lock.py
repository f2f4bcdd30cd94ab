"""Who is using a database file: every open holds a shared lock on `<db>.users`, while
encrypt, decrypt and restore need it alone; and the half-made copies they leave if killed.

The lock is `flock` on a sidecar file beside the real file (a symlink is followed), so a
process killed in any way releases it. Windows has no `flock`: there the lock is skipped
and the refusal is not given (the Qt single-instance lock still keeps a second GUI out).
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from deskcrm.db.connect import SQLITE_HEADER
from deskcrm.db.engine import Database
from deskcrm.errors import DatabaseOpenError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

USERS_SUFFIX = ".users"  # not ".lock": the GUI's QLockFile (single instance) has that name
PARTIAL_MARK = ".deskcrm-partial"  # a copy being made; never a database to open or list
IN_USE = "close DeskCRM (and other deskcrm commands) using this database first"
# How long an open waits for an encrypt, decrypt or restore that is finishing.
SHARED_WAIT_S = 3.0


class DatabaseInUseError(DatabaseOpenError):
    """Another process has the database open (or is converting it)."""

    backup_may_help = False


def real_path(path: Path) -> Path:
    """The file behind any symlinks: conversions replace it, and the link stays a link."""
    return Path(path).expanduser().resolve()


def users_file(path: Path) -> Path:
    real = real_path(path)
    return real.with_name(real.name + USERS_SUFFIX)


def partial_name(path: Path, purpose: str) -> Path:
    """Where a converted or restored copy of `path` is made before it is renamed over it."""
    real = real_path(path)
    return real.with_name(f"{real.name}.{purpose}{PARTIAL_MARK}")


def remove_partials(path: Path) -> list[Path]:
    """Remove copies a killed encrypt, decrypt or restore left beside the real file (with
    their -journal); call only while holding the lock exclusively."""
    real = real_path(path)
    removed = []
    for name in glob.glob(glob.escape(str(real)) + f".*{PARTIAL_MARK}*"):
        leftover = Path(name)
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def _flock(fd: int, operation: int) -> bool:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


class UsageLock:
    """A held shared or exclusive lock; `release()` (or leaving a `with`) lets it go."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def _open(cls, path: Path) -> int | None:
        if fcntl is None:
            return None
        sidecar = users_file(path)
        try:
            return os.open(sidecar, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DatabaseOpenError(f"cannot use {sidecar}: {exc.strerror}") from exc

    @classmethod
    def shared(cls, path: Path) -> UsageLock:
        """Taken by every open. The first user also removes leftovers of a killed run."""
        fd = cls._open(path)
        if fd is None:
            return cls(None)
        try:
            if _flock(fd, fcntl.LOCK_EX):
                remove_partials(path)  # nobody else is here: whatever is half-made is stale
            deadline = time.monotonic() + SHARED_WAIT_S
            while not _flock(fd, fcntl.LOCK_SH):
                if time.monotonic() > deadline:
                    raise DatabaseInUseError(
                        f"{path} is being encrypted, decrypted or restored by another deskcrm"
                        " command; try again when it has finished"
                    )
                time.sleep(0.05)
        except BaseException:
            os.close(fd)
            raise
        return cls(fd)

    @classmethod
    def exclusive(cls, path: Path, doing: str) -> UsageLock:
        """For encrypt, decrypt and restore: refused at once while anyone has it open."""
        fd = cls._open(path)
        if fd is None:
            return cls(None)
        if not _flock(fd, fcntl.LOCK_EX):
            os.close(fd)
            raise DatabaseInUseError(f"cannot {doing} {path} now: {IN_USE}")
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None

    def __enter__(self) -> UsageLock:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()


class ChangedWhileOpeningError(DatabaseOpenError):
    """The file was encrypted or decrypted between being checked and being locked."""

    backup_may_help = False


def _plain(path: Path) -> bool | None:
    """Whether the file is plain SQLite; None while it is empty or missing."""
    try:
        with Path(path).open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return None
    return None if not header else header == SQLITE_HEADER


class InUseDatabase(Database):
    """A Database that holds the shared usage lock from open until close()."""

    def __init__(
        self,
        path: Path,
        passphrase: str | None = None,
        usage: UsageLock | None = None,
        **kwargs: Any,
    ) -> None:
        self.usage = usage if usage is not None else UsageLock.shared(path)
        try:
            # Checked before the lock was taken: an encrypt or decrypt may have finished
            # in between, and a connection with the wrong key would fail on first use.
            if _plain(path) not in (None, passphrase is None):
                raise ChangedWhileOpeningError(
                    f"{path} was encrypted or decrypted by another deskcrm command while it"
                    " was being opened; open it again"
                )
            super().__init__(path, passphrase=passphrase, **kwargs)
        except BaseException:
            self.usage.release()
            raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.usage.release()
