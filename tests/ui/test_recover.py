"""A database that cannot be opened: restoring a backup is offered only when the file
itself is bad, never over a healthy file that is merely read-only."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from deskcrm.app import GuiSession
from deskcrm.db.opening import open_database
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.storage.backups import BackupService
from tests.conftest import NOW


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def database_with_a_backup(path: Path) -> None:
    db = open_database(path)
    generate_demo(db, contacts=5, now=NOW)
    db.close()
    BackupService(path).create()
    db = open_database(path)
    generate_demo(db, contacts=5, seed=2, now=NOW)  # newer than the backup
    db.close()


def open_and_answer(session: GuiSession, when_dialog_opens, answer) -> dict:
    seen: dict = {}

    def handle(box) -> None:
        if isinstance(box, QInputDialog):  # "may be encrypted. Passphrase:" — cancel it
            box.reject()
            when_dialog_opens(handle)
            return
        seen["text"] = box.informativeText()
        seen["buttons"] = box.standardButtons()
        button = box.button(answer) or box.button(QMessageBox.StandardButton.Ok)
        button.click()

    when_dialog_opens(handle)
    seen["opened"] = session.open()
    return seen


def test_a_read_only_database_is_reported_and_never_replaced_by_a_backup(
    tmp_path: Path, qtbot, when_dialog_opens
) -> None:
    path = tmp_path / "crm.sqlite3"
    database_with_a_backup(path)
    path.chmod(0o444)
    before = digest(path)

    seen = open_and_answer(GuiSession(path), when_dialog_opens, QMessageBox.StandardButton.Yes)

    assert seen["opened"] is False
    assert "read-only" in seen["text"]
    assert "Restore" not in seen["text"]
    assert not seen["buttons"] & QMessageBox.StandardButton.Yes
    assert digest(path) == before
    assert not path.with_name(path.name + ".damaged").exists()


def test_a_damaged_database_with_a_backup_is_offered_the_backup(
    tmp_path: Path, qtbot, when_dialog_opens
) -> None:
    path = tmp_path / "crm.sqlite3"
    database_with_a_backup(path)
    path.write_bytes(b"this is not a database any more" * 100)

    seen = open_and_answer(GuiSession(path), when_dialog_opens, QMessageBox.StandardButton.No)

    assert seen["opened"] is False
    assert "Restore the backup" in seen["text"]
    assert seen["buttons"] & QMessageBox.StandardButton.Yes
