"""The command palette (Ctrl+K): type a few letters, get the contacts, companies, deals,
tasks, cases and timeline entries they find, and the window's commands whose names hold
them; Enter opens the chosen one. Keyboard first: Down and Up walk the list from the
text box, Enter takes the highlighted line (the first when none is), Escape closes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.dates import format_date
from deskcrm.services.quick_find import Found
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import icon
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_tooltip
from deskcrm.ui.widgets.screen_fit import fit_to_screen

# Quiet time after a keystroke before looking (a word typed quickly is looked up once).
SEARCH_DELAY_MS = 120

# How each kind of record is named and drawn in the list.
KIND_NAMES = {
    "contact": "Contact",
    "company": "Company",
    "deal": "Deal",
    "task": "Task",
    "case": "Case",
    "entry": "Timeline",
    "command": "Command",
}
KIND_ICONS = {
    "contact": "contacts",
    "company": "new_company",
    "deal": "pipeline",
    "task": "tasks",
    "case": "cases",
    "entry": "recent",
    "command": "shortcuts",
}


@dataclass(frozen=True)
class Command:
    """A window command the palette offers: its name as read, its keys, its action."""

    name: str
    keys: str
    action: QAction


def command_rank(name: str, typed: str) -> int | None:
    """How well a command's name answers what was typed: 0 the name itself, 1 the name
    starts with it, 2 a word of the name does, 3 the name holds every typed word (in any
    order); None: not at all. Nothing typed lists every command (3)."""
    name, typed = name.casefold(), " ".join(typed.casefold().split())
    if not typed:
        return 3
    if name == typed:
        return 0
    if name.startswith(typed):
        return 1
    if any(word.startswith(typed) for word in name.split()):
        return 2
    if all(word in name for word in typed.split()):
        return 3
    return None


class CommandPalette(QDialog):
    """`chosen` holds what was picked when exec() returns Accepted: a Found record or a
    Command."""

    def __init__(
        self, services: Services, commands: list[Command], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Go to anything"))
        self._services = services
        self._commands = commands
        self.chosen: Found | Command | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            tr("Find a contact, company, deal, task, case, note — or a command")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setText(tr("↑↓ to choose, Enter to open, Esc to close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.results.itemActivated.connect(self._take)
        fit_to_screen(self, 640, 480)
        self.refresh()
        self.search_edit.setFocus()

    def lines(self) -> list[tuple[str, str]]:
        """(kind, text) of every line listed."""
        return [
            (self.results.item(i).data(Qt.ItemDataRole.UserRole + 1), self.results.item(i).text())
            for i in range(self.results.count())
        ]

    def refresh(self) -> None:
        """List what the text finds now (no waiting: tests and Enter call this)."""
        self._timer.stop()
        typed = self.search_edit.text().strip()
        self.results.clear()
        # Commands called what was typed (or starting so) come first, then the records,
        # then the commands that merely hold the words: "companies" is View > Companies
        # before anyone whose notes say "companies", and before "Deleted companies".
        matched = [
            (rank, i, command)
            for i, command in enumerate(self._commands)
            if (rank := command_rank(command.name, typed)) is not None
        ]
        matched.sort(key=lambda entry: entry[:2])
        for _rank, _i, command in (m for m in matched if m[0] < 2):
            self._add_command(command)
        for found in self._services.quick_find.find(typed) if typed else []:
            self._add(found.kind, self._record_text(found), found)
        for _rank, _i, command in (m for m in matched if m[0] >= 2):
            self._add_command(command)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _add_command(self, command: Command) -> None:
        text = f"{command.name}    {command.keys}" if command.keys else command.name
        self._add("command", text, command)

    def _record_text(self, found: Found) -> str:
        parts = [tr(KIND_NAMES[found.kind]) + ":", found.title]
        if found.detail:
            parts.append(f"— {found.detail}")
        if found.when is not None and found.kind in ("entry", "case"):
            parts.append(f"({format_date(found.when)})")
        return " ".join(parts)

    def _add(self, kind: str, text: str, payload: Found | Command) -> None:
        item = QListWidgetItem(icon(KIND_ICONS[kind]), text)
        item.setData(Qt.ItemDataRole.UserRole, payload)
        item.setData(Qt.ItemDataRole.UserRole + 1, kind)
        item.setToolTip(plain_tooltip(text))
        self.results.addItem(item)

    def _take(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return False
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if self._timer.isActive():
                    self.refresh()
                page = max(1, self.results.height() // max(1, self.results.sizeHintForRow(0)))
                if key == Qt.Key.Key_Down:
                    step = 1
                elif key == Qt.Key.Key_Up:
                    step = -1
                else:
                    step = page if key == Qt.Key.Key_PageDown else -page
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.refresh()  # what was typed last counts, even before the pause
                item = self.results.currentItem()
                if item is not None:
                    self._take(item)
                return True
        return False
