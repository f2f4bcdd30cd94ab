"""The first start with an empty database: start empty, import, explore with demo data (kept
in a separate demo database so it never mixes with real records), or open a database on a
PostgreSQL server instead of the file on this computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from deskcrm.services.storage.settings import system_phone_region
from deskcrm.ui.dialogs.settings_dialog import phone_region_note
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE_WINDOW, set_text_role
from deskcrm.ui.widgets.screen_fit import fit_to_screen

START_EMPTY, DEMO, IMPORT, SERVER = "empty", "demo", "import", "server"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, phone_region: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to DeskCRM"))
        self.choice = START_EMPTY
        title = plain_label(tr("Welcome to DeskCRM"))
        set_text_role(title, "display")
        text = plain_label(
            tr(
                "Your contacts, deals and tasks live in one file on this computer, or, "
                "when several people or machines share them, on a PostgreSQL server you "
                "run. Import your contacts (CSV or vCard from Google, Outlook, Apple, "
                "Thunderbird or a spreadsheet), start empty, or look around first with "
                "realistic demo data — the demo gets its own database, so nothing mixes "
                "with your real records."
            )
        )
        text.setWordWrap(True)
        # Seen before the first import, so a wrong guess is noticed before it matters.
        region = system_phone_region() if phone_region is None else phone_region
        self.phone_region_note = plain_label(
            phone_region_note(region) + " " + tr("Change it in Settings.")
        )
        self.phone_region_note.setWordWrap(True)
        self.empty_button = QPushButton(tr("Start empty"))
        self.demo_button = QPushButton(tr("Explore with demo data"))
        self.import_button = QPushButton(tr("Import contacts…"))
        self.server_button = QPushButton(tr("Open a server…"))
        self.server_button.setToolTip(
            tr("Use a database on a PostgreSQL server instead of the file on this computer")
        )
        self.empty_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.server_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        layout.addWidget(self.phone_region_note)
        layout.addSpacing(SPACE_WINDOW)
        layout.addLayout(buttons)
        self.empty_button.clicked.connect(lambda: self._choose(START_EMPTY))
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.import_button.clicked.connect(lambda: self._choose(IMPORT))
        self.server_button.clicked.connect(lambda: self._choose(SERVER))
        fit_to_screen(self, 620, 200)

    @classmethod
    def ask(cls, parent: QWidget | None, phone_region: str | None = None) -> str:
        dialog = cls(parent, phone_region)
        dialog.exec()
        return dialog.choice

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
