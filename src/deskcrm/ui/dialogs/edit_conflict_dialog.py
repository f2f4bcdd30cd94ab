"""Someone else saved the contact after this form was opened: both versions side by side,
and the user decides — save theirs over, load the saved one into the form, or go back."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label


class ConflictChoice(Enum):
    SAVE_MINE = "save mine"  # overwrite what the other person saved
    LOAD_SAVED = "load saved"  # the form shows the contact as saved now; mine set aside
    BACK = "back"  # keep editing, nothing saved


class EditConflictDialog(QDialog):
    """`rows`: (field, as saved now, as in the form) for each field that differs."""

    def __init__(
        self, name: str, rows: list[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changed by someone else"))
        self.choice = ConflictChoice.BACK
        layout = QVBoxLayout(self)
        intro = plain_label(
            tr(
                "“{name}” was changed and saved by someone else (another window, a colleague,"
                " the deskcrm command) after you opened it. Nothing of yours is saved yet."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Saved now"), tr("Yours")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (field, theirs, yours) in enumerate(rows):
            for column, text in enumerate((tr(field), theirs, yours)):
                # QTableWidgetItem shows text as it is: never interpreted as rich text.
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text whenever the columns get their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table)
        if not rows:
            layout.addWidget(plain_label(tr("Your form and the saved contact now agree.")))
        buttons = QDialogButtonBox(self)
        self.save_mine = QPushButton(tr("&Save mine over theirs"))
        self.load_saved = QPushButton(tr("&Load the saved version"))
        self.back = QPushButton(tr("&Back to my changes"))
        buttons.addButton(self.save_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.load_saved, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_mine.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_MINE))
        self.load_saved.clicked.connect(lambda: self._choose(ConflictChoice.LOAD_SAVED))
        self.back.clicked.connect(lambda: self._choose(ConflictChoice.BACK))
        layout.addWidget(buttons)
        self.back.setDefault(True)  # Enter never overwrites someone's work by accident
        self.resize(720, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept() if choice is not ConflictChoice.BACK else self.reject()
