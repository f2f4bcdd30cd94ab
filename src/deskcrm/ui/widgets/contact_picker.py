"""A line edit that finds a contact as you type (through the search service)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from deskcrm.services.contacts.contacts import ContactService
from deskcrm.ui.i18n import tr


class ContactPicker(QLineEdit):
    """Signals:
    contact_changed(int): the picked contact id (0 when cleared or typed over).
    """

    contact_changed = Signal(int)

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._by_label: dict[str, int] = {}
        self.contact_id: int | None = None
        self.setPlaceholderText(tr("Type a name, email or phone"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)
        # activated is overloaded (text, index); PySide6's stubs type the signal as one
        # SignalInstance and so do not know it can be indexed by the overload wanted.
        completer.activated[str].connect(self._on_activated)  # type: ignore[index]

    def set_contact(self, contact_id: int | None, label: str = "") -> None:
        self.contact_id = contact_id
        self.setText(label)

    def _on_text_edited(self, typed: str) -> None:
        self.contact_id = None
        self.contact_changed.emit(0)
        rows = self._contacts.search(typed, limit=15) if typed.strip() else []
        self._by_label = {}
        for row in rows:
            label = " — ".join(p for p in (row.name, row.company or row.email) if p)
            self._by_label[label] = row.id
        self._model.setStringList(list(self._by_label))
        if rows:
            self.completer().complete()

    def _on_activated(self, label: str) -> None:
        contact_id = self._by_label.get(label)
        if contact_id is not None:
            self.contact_id = contact_id
            self.contact_changed.emit(contact_id)
