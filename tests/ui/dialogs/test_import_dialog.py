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
    assert dialog.outcome.text() == "Would import 3 new contacts"
    details = dialog.details.toPlainText()
    assert "1 value kept as written, to check" in details
    assert "people.csv, line 3, Mail: email “not-an-email”" in details
    assert services.contacts.count() == 0
    qtbot.waitUntil(dialog.import_button.isEnabled)
    with qtbot.waitSignal(task_manager.task_finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # Imported: the dialog stays on its report until the user closes it.
    assert dialog.report is not None and dialog.report.new == 3
    assert services.contacts.count() == 3
    assert dialog.outcome.text() == "Imported 3 new contacts"
    assert "people.csv, line 3, Mail: email “not-an-email”" in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled() and not dialog.check_button.isEnabled()
    assert dialog.mapping_scroll.isHidden()  # done with: the report gets its room
    assert dialog.cancel_button.text() == "Close"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
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
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        dialog.reject()  # closed with Esc or the window's ×: the import stands, undoable

    when_dialog_opens(import_the_rows)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 3, timeout=10_000)
    assert window.undo_action.text().endswith("Import 3 contacts")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 0)
    assert len(services.contacts.list_ids(ContactFilter(in_trash=True))) == 3
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.contacts_view.people_model.rowCount() == 3)


REAL = Path(__file__).parents[2] / "data" / "real"


def _check(dialog: ImportDialog, qtbot, task_manager) -> str:
    with qtbot.waitSignal(task_manager.task_finished, timeout=20_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.check_button.isEnabled)
    return dialog.details.toPlainText()


def test_a_check_lists_every_number_value_and_column_not_taken_as_written(
    services, qtbot, task_manager
) -> None:
    # A real LinkedIn export (Outlook CSV layout): numbers that are words, addresses
    # that are not, a birthday "birthday test", and columns no field reads.
    dialog = ImportDialog(services, task_manager, REAL / "linkedin/linkedin-test-data.csv")
    qtbot.addWidget(dialog)
    details = _check(dialog, qtbot, task_manager)

    assert dialog.outcome.text() == "Would import 2 new contacts"
    assert dialog.details.isReadOnly() and not dialog.details.isHidden()
    lines = details.splitlines()
    assert "38 phone numbers kept as written, to check" in lines
    assert "  linkedin-test-data.csv, line 2, phone: “car phone test”: check this number" in (
        details
    )
    assert "10 values kept as written, to check" in lines
    assert (
        "  linkedin-test-data.csv, line 2, Birthday: birthday “birthday test”"
        " — not a date DeskCRM can read"
    ) in lines
    assert "3 columns not imported" in lines
    assert "  linkedin-test-data.csv, Spouse — no field reads this column" in lines
    # Every item names the file it is in; nothing is rich text.
    items = [line for line in lines if line.startswith("  ")]
    assert items and all(line.startswith("  linkedin-test-data.csv, ") for line in items)
    assert services.contacts.count() == 0


def test_a_vcard_check_lists_properties_and_plural_forms_follow_the_count(
    services, qtbot, task_manager
) -> None:
    dialog = ImportDialog(services, task_manager, REAL / "apple/apple.vcf")  # one company
    qtbot.addWidget(dialog)
    _check(dialog, qtbot, task_manager)
    assert dialog.outcome.text() == "Would import 0 new contacts\n1 new company"

    outlook = ImportDialog(services, task_manager, REAL / "outlook/outlook-2007.vcf")
    qtbot.addWidget(outlook)
    lines = _check(outlook, qtbot, task_manager).splitlines()
    assert outlook.outcome.text() == "Would import 1 new contact"
    assert "5 vCard properties not imported" in lines
    assert "  outlook-2007.vcf, FBURL (1) — no field keeps this property" in lines
    assert "4 phone numbers kept as written, to check" in lines


def test_the_report_names_the_records_of_contacts_already_there(
    services, qtbot, task_manager, tmp_path: Path
) -> None:
    path = _file(tmp_path)
    services.importing.import_contacts_csv(path, mapping={"emails": "Mail"})
    dialog = ImportDialog(services, task_manager, path)
    qtbot.addWidget(dialog)
    lines = _check(dialog, qtbot, task_manager).splitlines()
    assert dialog.outcome.text() == "Would import 0 new contacts\n3 duplicates skipped"
    assert "3 records of contacts you already have (skipped)" in lines
    assert "  people.csv, line 2 → Anna Müller" in lines
