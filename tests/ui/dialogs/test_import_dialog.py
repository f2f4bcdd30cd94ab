"""File ▸ Import contacts: preview, mapping, check, import in the background, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.ui.dialogs.import_dialog import ImportDialog


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(
        "Vorname;Nachname;Mail;Firma\nAnna;Müller;anna@example.com;Kaffee Verde\n"
        "Ben;Ng;not-an-email;\nCem;Öz;cem@example.com;\n",
        encoding="utf-8",
    )
    return path


def test_preview_mapping_check_and_import(services, qtbot, tmp_path: Path, task_manager) -> None:
    dialog = ImportDialog(services, task_manager, _file(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.table.model().rowCount() == 3 and dialog.table.model().columnCount() == 4
    assert dialog.columns["first_name"].currentText() == "Vorname"  # German headers recognised
    assert dialog.columns["company"].currentText() == "Firma"
    # The column nothing reads is named before anything is imported.
    assert not dialog.not_imported.isHidden()
    assert dialog.not_imported.text() == "Not imported: Mail"
    dialog.columns["emails"].setCurrentIndex(dialog.columns["emails"].findData("Mail"))
    assert dialog.not_imported.isHidden()  # picked for the e-mails: imported after all
    with qtbot.waitSignal(task_manager.task_finished, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    # Ben's address cannot be read: he is imported all the same, the value listed.
    assert "Would import 3 new contacts" in dialog.outcome.text()
    assert "1 values kept as written, to check" in dialog.outcome.text()
    assert "people.csv, line 3, Mail: email “not-an-email”" in dialog.outcome.text()
    assert services.contacts.count() == 0
    qtbot.waitUntil(dialog.import_button.isEnabled)
    with qtbot.waitSignal(task_manager.task_finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report is not None and dialog.report.new == 3
    assert services.contacts.count() == 3
    again = ImportDialog(services, task_manager, _file(tmp_path))  # the same columns next time
    qtbot.addWidget(again)
    assert again.columns["emails"].currentText() == "Mail"  # the mapping chosen last time


def test_import_from_the_file_menu_is_undoable(
    window, services, qtbot, tmp_path: Path, when_dialog_opens
) -> None:
    window.import_export.ask_import_path = lambda: _file(tmp_path)

    def import_the_rows(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.columns["emails"].setCurrentIndex(dialog.columns["emails"].findData("Mail"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(import_the_rows)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 3, timeout=10_000)
    assert window.undo_action.text().endswith("Import 3 contacts")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 0)
    assert len(services.contacts.list_ids(ContactFilter(in_trash=True))) == 3
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 3)
