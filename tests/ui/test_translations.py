"""Translations scaffolding: strings go through tr(), the English .ts is current, and an
installed translation changes what the window shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from deskcrm.ui import i18n
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.taskmanager import TaskManager

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message><source>Contacts</source><translation>Kontakte</translation></message>
    <message><source>New contact</source><translation>Neuer Kontakt</translation></message>
    <message><source>A first or last name is required</source>
        <translation>Vor- oder Nachname fehlt</translation></message>
    <message><source>Win rate</source><translation>Abschlussquote</translation></message>
</context>
</TS>
"""


def test_the_english_ts_file_lists_the_user_visible_strings() -> None:
    ts = (ROOT / "resources" / "translations" / "deskcrm_en.ts").read_text()
    for text in ("New contact", "Search companies", "Mark lost…", "Export PDF…", "Start empty"):
        assert f"<source>{text}</source>" in ts


def test_the_counted_report_texts_are_numerus_entries_of_the_english_ts_file() -> None:
    """The reports count answers and days through ReportContext.count_text; lupdate never
    sees those calls, so ui/i18n.py lists them: each must be there with plural forms."""
    import xml.etree.ElementTree as ET
    from datetime import date, datetime

    from deskcrm.domain.periods import Period
    from deskcrm.services.reports.context import ReportContext

    asked: list[str] = []

    def count_text(text: str, n: int) -> str:
        asked.append(text)
        return text

    ctx = ReportContext(
        db=None,  # type: ignore[arg-type]  # the words need no database
        period=Period(date(2026, 3, 1), date(2026, 3, 31)),
        now=datetime(2026, 3, 15),
        count_text=count_text,
    )
    ctx.answers(2)
    ctx.days(1.5, 1)
    ts = ET.parse(ROOT / "resources" / "translations" / "deskcrm_en.ts")
    numerus = {m.findtext("source") for m in ts.iter("message") if m.get("numerus") == "yes"}
    assert asked == ["{n} answer(s)", "{days} day(s)"]
    assert set(asked) <= numerus


@pytest.mark.skipif(
    not (BIN / "pyside6-lrelease").exists() and not shutil.which("pyside6-lrelease"),
    reason="pyside6-lrelease not installed",
)
def test_an_installed_translation_changes_the_window(
    services, ui_state, db_path, tmp_path, qtbot, monkeypatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "deskcrm_de.ts").write_text(GERMAN)
    lrelease = (
        BIN / "pyside6-lrelease" if (BIN / "pyside6-lrelease").exists() else "pyside6-lrelease"
    )
    subprocess.run(
        [str(lrelease), str(folder / "deskcrm_de.ts"), "-qm", str(folder / "deskcrm_de.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    app = QApplication.instance()
    translator = i18n.install_translator(app, QLocale(QLocale.Language.German))
    assert translator is not None
    try:
        window = MainWindow(services, ui_state, str(db_path), TaskManager())
        qtbot.addWidget(window)
        assert window.nav_actions["contacts"].text() == "Kontakte"
        assert window.contacts_view.new_button.text() == "Neuer Kontakt"
        # Messages and report labels made below the ui are translated too.
        from datetime import date

        from deskcrm.domain.periods import Period
        from deskcrm.ui.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(services)
        qtbot.addWidget(dialog)
        dialog.save_button.click()
        assert dialog.errors.text("first_name") == "Vor- oder Nachname fehlt"
        from deskcrm.services.reports.service import ReportService

        reports = ReportService(services.reports._db, services.settings, translate=i18n.tr)
        report = reports.build("sales", Period(date(2026, 3, 1), date(2026, 3, 31)))
        assert "Abschlussquote" in [k.label for k in report.kpis]
    finally:
        app.removeTranslator(translator)
