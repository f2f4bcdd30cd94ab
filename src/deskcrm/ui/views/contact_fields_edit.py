"""Editing a contact's emails and phones where they are shown: the card's Email and Phone
rows have a pencil beside their links; pressed, the links give way to the contact
dialog's labelled rows with Save and Cancel. Enter saves over the contact as it was when
the edit began (one undo step); Esc leaves it; a refused value or a colleague's change in
between is said under the rows (widgets.inline_rows_editor)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from deskcrm.errors import NotFoundError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.views.contact_heading_edit import save_over
from deskcrm.ui.widgets.inline_rows_editor import InlineRowsEditor
from deskcrm.ui.widgets.labelled_rows import EMAIL_LABELS, PHONE_LABELS, phone_placeholder

# key -> (values field, labels field, label suggestions, add text, placeholder, undo name,
# pencil's tooltip)
_FIELDS = {
    "emails": (
        "emails",
        "email_labels",
        EMAIL_LABELS,
        "+ Add email",
        "anna@example.com",
        "Change emails",
        "Edit the emails here (Enter saves, Esc leaves)",
    ),
    "phones": (
        "phones",
        "phone_labels",
        PHONE_LABELS,
        "+ Add phone",
        "",
        "Change phone numbers",
        "Edit the phone numbers here (Enter saves, Esc leaves)",
    ),
}
KEYS = tuple(_FIELDS)


def _entries(data: ContactInput, key: str) -> list[tuple[str, str]]:
    values_field, labels_field = _FIELDS[key][:2]
    values: list[str] = getattr(data, values_field)
    labels: list[str] = getattr(data, labels_field)
    return [(value, labels[i] if i < len(labels) else "") for i, value in enumerate(values)]


class FieldsEdit(QObject):
    """The in-place editors of one card's emails and phones. `row(key, shown)` makes the
    form's row: `shown` (the links) with its pencil, and the editor that takes its place."""

    def __init__(
        self,
        services: Services,
        history: History,
        contact_id: Callable[[], int | None],
        shown: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self._contact_id = contact_id
        self._shown = shown
        self._version = 0
        # Called before an editor opens: the card's other in-place editor saves what was
        # typed in it, and says False (staying open, with the reason) if it cannot.
        self.finish_others: Callable[[], bool] = lambda: True
        self.editors: dict[str, InlineRowsEditor] = {}
        self.pencils: dict[str, QToolButton] = {}
        self._views: dict[str, QWidget] = {}

    def row(self, key: str, shown: QWidget) -> QWidget:
        _v, _l, suggestions, add_text, placeholder, undo_name, tip = _FIELDS[key]

        def save(entries: list[tuple[str, str]]) -> str | None:
            return self._save(key, tr(undo_name), entries)

        editor = InlineRowsEditor(
            suggestions, tr(add_text), tr(placeholder) if placeholder else "", save
        )
        editor.setObjectName(f"inline_{key}")
        editor.done.connect(self._done)
        pencil = QToolButton()
        pencil.setObjectName(f"edit_{key}")
        pencil.setAutoRaise(True)
        pencil.setToolTip(tr(tip))
        pencil.setAccessibleName(tr(tip))
        set_icon(pencil, "edit")
        pencil.clicked.connect(lambda _checked=False, k=key: self.edit(k))
        self.editors[key], self.pencils[key], self._views[key] = editor, pencil, shown
        container = QWidget()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(shown, 1)
        line.addWidget(pencil, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(editor)
        return container

    def edit(self, key: str) -> None:
        """The row's links become its labelled rows, the keyboard in the first (in a new
        one when there is none yet)."""
        if not (self.finish_others() and self.finish()):
            return  # what was typed elsewhere is kept, not lost
        contact_id = self._contact_id()
        if contact_id is None:
            return
        try:
            detail = self._services.contacts.get(contact_id)
        except NotFoundError:
            return
        self._version = detail.row_version
        entries = _entries(detail.data, key)
        if key == "phones":  # an example number valid where the contact lives
            data = detail.data
            country = data.addresses[0].country if data.addresses else data.country
            region = self._services.contacts.phone_region(country)
            self.editors[key].rows.set_placeholder(phone_placeholder(region))
        self._views[key].hide()
        self.pencils[key].hide()
        self.editors[key].start(entries)

    def finish(self) -> bool:
        """Save what is typed in an open editor (as Enter); False if it was refused (the
        editor stays open, saying why)."""
        for editor in self.editors.values():
            if editor.isVisible():
                editor.commit()
                if editor.isVisible():
                    return False
        return True

    def editing(self) -> str | None:
        """The key of the row being edited, if any."""
        return next((key for key, editor in self.editors.items() if editor.isVisible()), None)

    def leave(self) -> None:
        """Close the editors unsaved (another contact is shown, or this one afresh)."""
        for key, editor in self.editors.items():
            editor.hide()
            self._views[key].show()
            self.pencils[key].show()

    def _done(self) -> None:
        self.leave()
        contact_id = self._contact_id()
        if contact_id is not None:
            self._shown(contact_id)

    def _save(self, key: str, label: str, entries: list[tuple[str, str]]) -> str | None:
        contact_id = self._contact_id()
        if contact_id is None:
            return None
        values_field, labels_field = _FIELDS[key][:2]
        fields = {
            values_field: [value for value, _label in entries],
            labels_field: [entry_label for _value, entry_label in entries],
        }
        return save_over(self._services, self._history, contact_id, self._version, label, fields)
