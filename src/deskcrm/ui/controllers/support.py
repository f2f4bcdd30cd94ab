"""File ▸ Import feedback: survey answers (CSAT/NPS) from a CSV, matched to contacts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from deskcrm.errors import DeskCrmError
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.text import escape_rich

if TYPE_CHECKING:
    from deskcrm.services.support.feedback import FeedbackImport


class SupportController(QObject):
    """The support feature's workflows that start from the main window's menus."""

    def __init__(self, window: QWidget, services: Services, bus: ChangeBus) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._bus = bus
        self.last_feedback_import: FeedbackImport | None = None

    def ask_feedback_path(self) -> Path | None:
        """Which survey CSV to import (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            tr("Import feedback"),
            str(Path.home()),
            tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(path) if path else None

    def import_feedback(self) -> None:
        """File ▸ Import feedback: survey answers matched to contacts by email."""
        path = self.ask_feedback_path()
        if path is None:
            return
        try:
            result = self._services.feedback.import_csv(path)
        except DeskCrmError as exc:
            QMessageBox.warning(self._window, tr("Import feedback"), escape_rich(str(exc)))
            return
        text = (
            tr("Added %n answer(s)", "", result.added)
            + " "
            + tr("from %n row(s) of {file}.", "", result.rows).format(file=path.name)
        )
        if result.skipped:
            shown = "\n".join(result.skipped[:20])
            more = len(result.skipped) - 20
            text += "\n\n" + tr("Skipped:") + "\n" + shown
            if more > 0:
                text += "\n" + tr("… and {n} more").format(n=more)
        self.last_feedback_import = result
        box = QMessageBox(
            QMessageBox.Icon.Information, tr("Import feedback"), text, parent=self._window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        # Not undoable: the import does not say which answers it added.
        self._bus.announce(result.changes)
