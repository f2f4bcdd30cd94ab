"""Someone else saved the contact after this form was opened: both versions side by side,
and the user decides — save theirs over, load the saved one into the form, or go back."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol, TypeVar

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

from deskcrm.errors import EditConflictError, ValidationError
from deskcrm.services.changes import Changes
from deskcrm.services.editing import Described, Editing, differences
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.widgets.screen_fit import fit_to_screen


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
            layout.addWidget(plain_label(tr("Your form and the saved version now agree.")))
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
        fit_to_screen(self, 720, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept() if choice is not ConflictChoice.BACK else self.reject()


T = TypeVar("T")

# What the user is asked: (the record's name, the rows that differ) -> their choice.
AskConflict = Callable[[str, list[tuple[str, str, str]]], ConflictChoice]


class EditableRecords(Protocol[T]):
    """A service whose records an edit form saves with their row version (companies,
    deals, tasks: services.editing)."""

    def opened(self, record_id: int, /) -> Editing[T]: ...

    def update(
        self, record_id: int, data: T, /, *, expected_version: int | None = None
    ) -> Changes: ...

    def described(self, data: T, /) -> Described: ...


def ask_in_dialog(parent: QWidget) -> AskConflict:
    def ask(name: str, rows: list[tuple[str, str, str]]) -> ConflictChoice:
        dialog = EditConflictDialog(name, rows, parent)
        dialog.exec()
        return dialog.choice

    return ask


def save_checked(
    records: EditableRecords[T],
    record_id: int,
    data: T,
    version: int | None,
    *,
    ask: AskConflict,
    show_saved: Callable[[Editing[T]], None],
) -> tuple[Changes, T]:
    """Save an edit form's `data` made from the record at `version`. If someone else
    saved the record since, the user sees both versions and chooses: save theirs over
    (asked again should it change yet again), load the saved version into the form
    (`show_saved`), or go back to editing; the last two raise the form's "not saved"
    message. Returns the changes and the values the save replaced (for undo)."""
    before = records.opened(record_id)
    while True:
        try:
            return records.update(record_id, data, expected_version=version), before.data
        except EditConflictError:
            before = records.opened(record_id)  # as the other person saved it
            rows = differences(records.described(before.data), records.described(data))
            choice = ask(before.name, rows)
            if choice is ConflictChoice.LOAD_SAVED:
                show_saved(before)
                raise ValidationError(
                    {"": tr("Not saved: the form now shows what was last saved.")}
                ) from None
            if choice is not ConflictChoice.SAVE_MINE:
                raise ValidationError(
                    {"": tr("Not saved: someone else changed this after you opened it.")}
                ) from None
            version = before.row_version
