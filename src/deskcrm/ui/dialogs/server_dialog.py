"""File ▸ Open ▸ Server…: the host, port, database and user of a PostgreSQL database. No
password field: the server's usual places (~/.pgpass, $PGPASSWORD) are tried first, and
only when the server still asks is a password asked for, for that session alone."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskcrm.db.dialects import is_server_address, server_address, server_parts
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label

DEFAULT_PORT = 5432


class ServerDialog(QDialog):
    """`ask()` returns the server address (`postgresql://user@host:port/database`), or None."""

    def __init__(self, parent: QWidget | None = None, initial: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open a Server Database"))
        host, port, database, user = (
            server_parts(initial) if initial and is_server_address(initial) else ("", None, "", "")
        )
        self.host_edit = QLineEdit(host or "localhost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(port or DEFAULT_PORT)
        self.database_edit = QLineEdit(database)
        self.database_edit.setPlaceholderText(tr("e.g. deskcrm"))
        self.user_edit = QLineEdit(user or _login_name())
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.setClearButtonEnabled(True)
        intro = plain_label(
            tr(
                "A PostgreSQL database made for DeskCRM by its administrator (empty, or"
                " already holding DeskCRM's records). The password comes from ~/.pgpass"
                " or $PGPASSWORD; if the server still asks, DeskCRM asks you and never"
                " saves it."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Host"), self.host_edit)
        form.addRow(tr("Port"), self.port_spin)
        form.addRow(tr("Database"), self.database_edit)
        form.addRow(tr("User"), self.user_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.database_edit.textChanged.connect(self._on_changed)
        self.host_edit.textChanged.connect(self._on_changed)
        self._on_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, initial: str | None = None) -> str | None:
        dialog = cls(parent, initial)
        return dialog.address() if dialog.exec() else None

    def address(self) -> str:
        return server_address(
            self.host_edit.text(),
            self.port_spin.value(),
            self.database_edit.text(),
            self.user_edit.text(),
        )

    def _on_changed(self) -> None:
        ready = bool(self.database_edit.text().strip() and self.host_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known for this process
        return ""
