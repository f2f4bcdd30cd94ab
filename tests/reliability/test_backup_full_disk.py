"""Backup and restore on a really full disk (a 1 MB tmpfs): one line saying how much
space is needed, no traceback, nothing half-made left, the database unchanged."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.db import backup_files
from deskcrm.errors import StorageError
from deskcrm.services.storage import backups as backups_module
from deskcrm.services.storage.backups import BackupService


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB filesystem (root only)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    assert main(["--db", str(path), "demo", "--contacts", "60"]) == 0
    return path


def _no_space_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip the up-front estimate so the copy really runs into the full disk."""
    monkeypatch.setattr(backups_module, "ensure_space", lambda *_a: None)


@pytest.mark.parametrize("estimate", [True, False], ids=["estimated", "hits-the-full-disk"])
def test_a_backup_to_a_full_disk_says_how_much_space_and_leaves_nothing(
    demo_db: Path,
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    estimate: bool,
) -> None:
    (small_disk / "filler").write_bytes(b"x" * 700_000)
    if not estimate:
        _no_space_check(monkeypatch)
    capsys.readouterr()
    assert main(["--db", str(demo_db), "backup", "--to", str(small_disk)]) == 1
    err = capsys.readouterr().err
    assert "not enough space" in err and "need ~" in err and " MB" in err, err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize("estimate", [True, False], ids=["estimated", "hits-the-full-disk"])
def test_a_restore_on_a_full_disk_refuses_and_keeps_the_database_whole(
    demo_db: Path,
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    estimate: bool,
) -> None:
    live = small_disk / "crm.sqlite3"
    backup_files.copy_database(demo_db, live)  # the live database fills most of the disk
    saved = demo_db.parent / "saved.sqlite3"
    backup_files.copy_database(demo_db, saved)
    before = live.read_bytes()
    if not estimate:
        _no_space_check(monkeypatch)
    capsys.readouterr()
    assert main(["--db", str(live), "restore", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "not enough space" in err and "need ~" in err, err
    assert len(err.strip().splitlines()) == 1
    assert live.read_bytes() == before
    left = sorted(p.name for p in small_disk.rglob("*") if p.is_file())
    assert [n for n in left if n not in ("crm.sqlite3", "crm.sqlite3.users")] == []


def test_the_full_disk_error_is_a_storage_error_with_the_size(
    demo_db: Path, tmp_path: Path
) -> None:
    with pytest.raises(StorageError, match=r"need ~\d+ MB"):
        raise backup_files.not_enough_space(tmp_path, 3 * 1024 * 1024)
    assert BackupService(demo_db).backups() == []
