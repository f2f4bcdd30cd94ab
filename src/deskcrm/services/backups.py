"""Backups: a verified copy at first start each day, before every upgrade and on request,
kept as a rotating set (7 daily, 4 weekly, 12 monthly) in a folder beside the database;
restoring checks the file first and keeps a copy of what it replaces."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from deskcrm.db.backup_files import copy_database, restore_into, verify_copy
from deskcrm.db.opening import inspect_file, is_plain_sqlite
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


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


class BackupService:
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
        """Backups of this database, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match and match["stem"] == self.db_path.stem:
                created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                found.append(BackupInfo(path, created, match["kind"], path.stat().st_size))
        return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)

    def create(self, kind: str = "manual", to: Path | None = None) -> BackupInfo:
        """A verified copy; a copy that fails its check is deleted and reported."""
        if not self.db_path.exists():
            raise DatabaseOpenError(f"{self.db_path}: no such database file")
        now = self._clock()
        target = Path(to) if to else self._name_for(now, kind)
        if target.is_dir():
            target = target / self._name_for(now, kind).name
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            copy_database(self.db_path, target, self._passphrase)
            verify_copy(target, self._passphrase)
        except (OSError, DeskCrmError) as exc:
            target.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise DeskCrmError(f"backup to {target} failed: {reason}") from exc
        return BackupInfo(target, now, kind, target.stat().st_size)

    def daily_if_due(self) -> BackupInfo | None:
        """The first start of each (local) day makes a daily backup, then prunes."""
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
        """Replace the database with `file`; returns the copy kept of what was there."""
        file = Path(file)
        self.check_restorable(file)
        if is_plain_sqlite(file) != is_plain_sqlite(self.db_path):
            raise DeskCrmError(
                "that backup and the database differ in encryption; decrypt or encrypt first"
            )
        kept = self.create("pre-restore")
        restore_into(file, self.db_path, self._passphrase)
        return kept

    def _name_for(self, when: datetime, kind: str) -> Path:
        stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{self.db_path.stem}-{stamp}-{kind}.sqlite3"
        path = self.folder / name
        counter = 1
        while path.exists():  # two backups in one second
            counter += 1
            path = self.folder / f"{self.db_path.stem}-{stamp}-{counter}-{kind}.sqlite3"
        return path


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"
