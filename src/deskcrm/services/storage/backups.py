"""Backups: a verified copy at first start each day, before every upgrade and on request,
kept as a rotating set (7 daily, 4 weekly, 12 monthly) in a folder beside the database;
restoring checks the file first and keeps a copy of what it replaces. A server database's
backups (ServerBackupService, at the end) are pg_dump archives or JSON exports made on
request; the server's own backups are its safety net."""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from deskcrm.db import migrate
from deskcrm.db.backup_files import (
    NotEnoughSpaceError,
    checkpoint,
    copy_database,
    database_size,
    driver_errors,
    ensure_space,
    fsync_file,
    is_disk_full,
    make_self_contained,
    not_enough_space,
    partial_for,
    remove_stale_partials,
    replace_database,
    verify_copy,
)
from deskcrm.db.opening import inspect_file, is_plain_sqlite, open_database
from deskcrm.db.usage_lock import UsageLock, partial_name, real_path, remove_partials
from deskcrm.domain.dates import to_local, utc_now
from deskcrm.errors import DatabaseOpenError, DeskCrmError

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<kind>[a-z][a-z0-9-]*)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # "daily", "manual", "pre-upgrade", "pre-restore"
    size: int
    # False for a copy given only the quick check so far (create(full_check=False)): its
    # full check is still to run (check_fully).
    fully_checked: bool = True


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


class BackupService:
    """Backups of a database file (see the module's docstring)."""

    is_server = False
    note = (
        "Kept beside the database: 7 daily, 4 weekly and 12 monthly copies, plus every"
        " manual, pre-upgrade and pre-restore one."
    )

    def __init__(
        self,
        db_path: Path,
        clock: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
        passphrase: str | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self._passphrase = passphrase  # an encrypted database has encrypted backups
        self.folder = backups_folder(self.db_path)
        self._clock = clock
        self._tz = tz

    def backups(self) -> list[BackupInfo]:
        """Backups of this database, newest first. Only whole, verified copies carry a
        backup's name; temporary files of a copy in progress (or killed) never do."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if not match or match["stem"] != self.db_path.stem:
                continue
            try:
                size = path.stat().st_size
            except OSError:  # pruned by another process just now
                continue
            if size == 0:  # an empty file left by an older DeskCRM's interrupted backup
                continue
            created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(BackupInfo(path, created, match["kind"], size))
        return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)

    def create(
        self, kind: str = "manual", to: Path | None = None, *, full_check: bool = True
    ) -> BackupInfo:
        """A verified copy; a copy that fails its check (or does not fit) leaves nothing.

        `full_check=False`: only the quick check before the copy is kept (what the user
        waits for: 0.9 s rather than 2.5 s for 270 MB); the caller then runs check_fully,
        which removes the copy should it fail."""
        if not self.db_path.exists():
            raise DatabaseOpenError(f"{self.db_path}: no such database file")
        now = self._clock()
        target = self._target_for(Path(to), now, kind) if to else self._name_for(now, kind)
        remove_stale_partials(self.folder)
        # A copy that replaces an earlier backup (`backup --to` that file) is checked fully
        # before it does: a failed full check must never leave no backup where one was.
        full_check = full_check or target.exists()
        with UsageLock.shared(self.db_path):  # not while it is being encrypted or restored
            return self._copy(target, now, kind, full_check)

    def check_fully(self, backup: BackupInfo) -> BackupInfo:
        """The full integrity check of a copy that had the quick one. A copy that fails it
        is removed, and the error says so: the database itself is not touched."""
        try:
            verify_copy(backup.path, self._passphrase, full=True)
        except DatabaseOpenError as exc:
            backup.path.unlink(missing_ok=True)
            raise DeskCrmError(
                f"The backup {backup.path.name} failed its full check and was removed"
                f" ({exc}). Your database is unchanged; make a new backup, and if this"
                " happens again, run “deskcrm check” on the database."
            ) from exc
        return BackupInfo(backup.path, backup.created_at, backup.kind, backup.size)

    def _copy(self, target: Path, now: datetime, kind: str, full_check: bool) -> BackupInfo:
        try:
            if target.parent == self.folder:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            ensure_space(target.parent, database_size(self.db_path))
            copy_database(self.db_path, target, self._passphrase, verify=True, full=full_check)
        except NotEnoughSpaceError:
            raise
        except DeskCrmError as exc:
            raise DeskCrmError(f"backup to {target} failed: {exc}") from exc
        except OSError as exc:  # e.g. the folder cannot be made
            raise DeskCrmError(f"backup to {target} failed: {exc.strerror}") from exc
        return BackupInfo(target, now, kind, target.stat().st_size, full_check)

    def _target_for(self, to: Path, now: datetime, kind: str) -> Path:
        """`backup --to`: a folder gets a named backup; an existing file is replaced only
        if it is itself a DeskCRM backup (never the database, never someone's document)."""
        target = to.expanduser()
        if target.is_dir():
            return self._name_for(now, kind, target)
        if target.exists():
            if real_path(target) == real_path(self.db_path):
                raise DeskCrmError(
                    f"{target} is the database itself; back up to another file or a folder"
                )
            if not self._is_backup(target):
                raise DeskCrmError(
                    f"{target} exists and is not a DeskCRM backup; it was left as it is"
                    " (choose another name or a folder)"
                )
        return target

    def _is_backup(self, path: Path) -> bool:
        key = None if is_plain_sqlite(path) else self._passphrase
        try:
            return inspect_file(path, key) is not None
        except DeskCrmError:
            return False

    def daily_if_due(self) -> BackupInfo | None:
        """The first start of each (local) day makes a daily backup, then prunes."""
        remove_stale_partials(self.folder)  # an interrupted backup never counts
        today = to_local(self._clock(), self._tz).date()
        if any(
            b.kind == "daily" and to_local(b.created_at, self._tz).date() == today
            for b in self.backups()
        ):
            return None
        made = self.create("daily")
        self.prune()
        return made

    def prune(self) -> list[Path]:
        """Keep the newest daily backup of each of the last 7 days, of each of the last 4
        weeks and of each of the last 12 months; other kinds are kept."""
        daily = [b for b in self.backups() if b.kind == "daily"]
        keep: set[Path] = set()
        for count, key in (
            (KEEP_DAILY, lambda d: d.isoformat()),
            (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
            (KEEP_MONTHLY, lambda d: (d.year, d.month)),
        ):
            seen: list[object] = []
            for backup in daily:  # newest first: the first of each period is kept
                period = key(to_local(backup.created_at, self._tz).date())
                if period not in seen:
                    seen.append(period)
                    if len(seen) <= count:
                        keep.add(backup.path)
        removed = []
        for backup in daily:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

    def check_restorable(self, file: Path) -> str | None:
        """Refuse what is not a sound DeskCRM database of this or an older schema."""
        file = Path(file)
        if not file.is_file():
            raise DatabaseOpenError(f"{file}: no such file")
        key = None if is_plain_sqlite(file) else self._passphrase
        revision = inspect_file(file, key)  # raises for non-SQLite, foreign or newer files
        if revision is None:
            raise DatabaseOpenError(f"{file} is an empty database, not a DeskCRM backup")
        verify_copy(file, key)
        return revision

    def restore(self, file: Path) -> BackupInfo:
        """Replace the database with `file`; returns the copy kept of what was there.

        The file is copied, opened and upgraded for real before anything is replaced;
        then a verified copy of the current database is kept, and the new one is renamed
        over it. A kill at any point leaves the old database or the new one, whole.
        """
        file = Path(file).expanduser()
        self.check_restorable(file)
        if is_plain_sqlite(file) != is_plain_sqlite(self.db_path):
            raise DeskCrmError(
                "that backup and the database differ in encryption; decrypt or encrypt first"
            )
        real = real_path(self.db_path)
        if real_path(file) == real:
            raise DeskCrmError(f"{file} is the database itself; nothing to restore")
        with UsageLock.exclusive(real, "restore a backup over"):
            now = self._clock()
            ensure_space(real.parent, 2 * database_size(file) + database_size(real))
            with self._prepared(file, real) as candidate:
                # The copy of what a restore replaces is checked fully before it goes on.
                kept = self._copy(
                    self._name_for(now, "pre-restore"), now, "pre-restore", full_check=True
                )
                checkpoint(real, self._passphrase if not is_plain_sqlite(real) else None)
                replace_database(candidate, real)
        return kept

    def restore_over_damaged(self, file: Path) -> Path:
        """For a database that cannot be opened: restore `file`, keeping the damaged one
        as it is beside it (`….damaged`); returns where."""
        file = Path(file).expanduser()
        self.check_restorable(file)
        real = real_path(self.db_path)
        with UsageLock.exclusive(real, "restore a backup over"):
            ensure_space(real.parent, 2 * database_size(file))
            with self._prepared(file, real) as candidate:
                damaged = real.with_name(real.name + ".damaged")
                if real.exists():
                    real.replace(damaged)  # kept, untouched, for whoever wants to look
                replace_database(candidate, real)
        return damaged

    @contextlib.contextmanager
    def _prepared(self, file: Path, real: Path) -> Iterator[Path]:
        """A copy of `file` in a temporary folder beside the database, opened (and
        upgraded) as DeskCRM will open it, flushed and verified; removed unless used."""
        remove_partials(real)  # what a killed restore left
        work = partial_name(real, "restore")
        key = None if is_plain_sqlite(file) else self._passphrase
        try:
            work.mkdir(mode=0o700)
            candidate = work / real.name
            copy_database(file, candidate, key)
            opened = open_database(candidate, create=False, passphrase=key, now=self._clock())
            opened.close()
            make_self_contained(candidate, key)
            revision = verify_copy(candidate, key)
            if revision != migrate.HEAD_REVISION:
                raise DeskCrmError(f"it is still at schema {revision} after opening it")
            fsync_file(candidate)
        except NotEnoughSpaceError:
            shutil.rmtree(work, ignore_errors=True)
            raise
        except DeskCrmError as exc:
            shutil.rmtree(work, ignore_errors=True)
            raise DeskCrmError(f"{file} cannot be restored, nothing was replaced: {exc}") from exc
        except driver_errors(key, OSError, SQLAlchemyError) as exc:
            # A file from elsewhere can make the migrations fail in many ways.
            shutil.rmtree(work, ignore_errors=True)
            if is_disk_full(exc):
                raise not_enough_space(real.parent, 2 * database_size(file)) from exc
            raise DeskCrmError(
                f"{file} cannot be restored, nothing was replaced: opening it failed ({exc})"
            ) from exc
        try:
            yield candidate
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _name_for(self, when: datetime, kind: str, folder: Path | None = None) -> Path:
        folder = folder or self.folder
        stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{self.db_path.stem}-{stamp}-{kind}.sqlite3"
        path = folder / name
        counter = 1
        while path.exists() or partial_for(path).exists():  # two backups in one second
            counter += 1
            path = folder / f"{self.db_path.stem}-{stamp}-{counter}-{kind}.sqlite3"
        return path


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


# -- a server database --------------------------------------------------------------------
# Its real safety net is the server's own backups, made by whoever runs the server
# (pg_dump schedules, pg_basebackup, snapshots). What DeskCRM adds is an extra copy on
# this computer when asked: a pg_dump archive when pg_dump is installed, else the JSON
# export of every table. Restoring either is the server administrator's job (pg_restore,
# or `deskcrm import all` into an empty database); the daily copy is for files only.
SERVER_NOTE = (
    "This database lives on a PostgreSQL server: the server's own backups (its"
    " administrator's pg_dump or pg_basebackup schedule) are the real safety net. A backup"
    " made here is an extra copy on this computer: a pg_dump archive when pg_dump is"
    " installed, else DeskCRM's JSON export. There is no daily copy, and restoring is done"
    " on the server (pg_restore, or `deskcrm import all` into an empty database)."
)
PG_DUMP_FOLDERS = (Path("/usr/lib/postgresql/15/bin"),)
_SERVER_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<kind>[a-z][a-z0-9-]*)"
    r"\.(?P<format>dump|json)$"
)


def find_pg_dump() -> Path | None:
    """pg_dump from PATH, else from Debian's PostgreSQL 15 folder; None when neither."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    for folder in PG_DUMP_FOLDERS:
        candidate = folder / "pg_dump"
        if candidate.is_file():
            return candidate
    return None


class ServerBackupService:
    """Backups of a server database: pg_dump archives (or JSON exports) in a folder of
    this computer. `address` may carry a password typed into the GUI's dialog: it goes to
    pg_dump in its environment only, never on its command line or into a name."""

    is_server = True
    note = SERVER_NOTE

    def __init__(
        self,
        address: str,
        folder: Path,
        clock: Callable[[], datetime] = utc_now,
        pg_dump: Path | bool | None = True,
    ) -> None:
        from sqlalchemy.engine import make_url

        from deskcrm.db.dialects import display_address

        self._address = address
        self.shown = display_address(address)
        url = make_url(address)
        self._password = url.password
        name = f"{url.database or 'database'}-on-{url.host or 'localhost'}"
        self.stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
        self.folder = folder
        self._clock = clock
        # True: look for pg_dump; None: do without it (the JSON export); a Path: that one.
        self._pg_dump = find_pg_dump() if pg_dump is True else pg_dump or None

    def backups(self) -> list[BackupInfo]:
        """This database's backups made here, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _SERVER_NAME.match(path.name)
            if not match or match["stem"] != self.stem:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(BackupInfo(path, created, match["kind"], size))
        return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)

    def create(
        self, kind: str = "manual", to: Path | None = None, *, full_check: bool = True
    ) -> BackupInfo:
        """A pg_dump archive (checked with pg_restore --list), else the JSON export.
        (`full_check` is for a file's backups: this one is checked whole either way.)"""
        del full_check
        now = self._clock()
        suffix = ".dump" if self._pg_dump is not None else ".json"
        target = self._target(Path(to).expanduser() if to else None, now, kind, suffix)
        partial = target.with_name(f".{target.name}.partial")
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._pg_dump is not None:
                self._dump(self._pg_dump, partial)
            else:
                self._export_json(partial)
            partial.chmod(0o600)
            fsync_file(partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DeskCrmError(f"backup to {target} failed: {exc.strerror}") from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return BackupInfo(target, now, kind, target.stat().st_size)

    def _target(self, to: Path | None, now: datetime, kind: str, suffix: str) -> Path:
        folder = to if to is not None and to.is_dir() else self.folder
        if to is not None and not to.is_dir():
            if to.exists():
                raise DeskCrmError(f"{to} exists; it was left as it is (choose another name)")
            return to
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"{self.stem}-{stamp}-{kind}{suffix}"
        counter = 1
        while path.exists():
            counter += 1
            path = folder / f"{self.stem}-{stamp}-{counter}-{kind}{suffix}"
        return path

    def _dump(self, pg_dump: Path, partial: Path) -> None:
        import os
        import subprocess

        from sqlalchemy.engine import make_url

        from deskcrm.db.dialects import without_password

        # libpq's own URI (no driver name, no password): pg_dump finds the password where
        # every PostgreSQL tool does, or in PGPASSWORD when one was typed into DeskCRM.
        uri = make_url(without_password(self._address)).set(drivername="postgresql")
        env = dict(os.environ)
        if self._password:
            env["PGPASSWORD"] = self._password
        command = [
            str(pg_dump),
            "--format=custom",
            "--no-password",
            "--file",
            str(partial),
            "--dbname",
            uri.render_as_string(hide_password=False),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
            if self._password:
                reason = reason.replace(self._password, "…")
            raise DeskCrmError(f"pg_dump could not back up {self.shown}: {reason}")
        restore = pg_dump.with_name("pg_restore")
        if restore.is_file():
            listed = subprocess.run(
                [str(restore), "--list", str(partial)], capture_output=True, check=False
            )
            if listed.returncode != 0:
                raise DeskCrmError(f"the pg_dump archive of {self.shown} does not read back")

    def _export_json(self, partial: Path) -> None:
        from deskcrm.db.engine import Database
        from deskcrm.services.import_export.exporting import export_all_json

        db = Database(self._address)
        try:
            export_all_json(db, partial, clock=self._clock)
        finally:
            db.close()

    def check_fully(self, backup: BackupInfo) -> BackupInfo:
        """Nothing more to check: create() read the archive back whole."""
        return backup

    def daily_if_due(self) -> BackupInfo | None:
        """No daily copy of a server database: the server's own backups do that job."""
        return None

    def prune(self) -> list[Path]:
        return []

    def check_restorable(self, file: Path) -> str | None:
        raise self._restored_elsewhere(file)

    def restore(self, file: Path) -> BackupInfo:
        raise self._restored_elsewhere(file)

    def _restored_elsewhere(self, file: Path) -> DeskCrmError:
        return DeskCrmError(
            f"{self.shown} is a server database: restoring a backup is done on the server"
            f" (pg_restore for {Path(file).name}, or `deskcrm import all` into an empty"
            " database); restoring from DeskCRM is for database files"
        )


# A database file's backups, or a server database's.
Backups = BackupService | ServerBackupService
