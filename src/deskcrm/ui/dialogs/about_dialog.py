"""Help ▸ About DeskCRM: version, data file and licences."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from deskcrm import __version__
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import escape_rich


def show_about(parent: QWidget | None, db_label: str) -> None:
    QMessageBox.about(
        parent,
        "About DeskCRM",
        tr(
            "<b>DeskCRM {version}</b><br>A local-first desktop CRM.<br><br>"
            "Data file: {path}<br>"
            "Licence: GNU General Public License, version 3 or later.<br>"
            "Reports embed DejaVu Sans (Bitstream Vera licence)."
        ).format(version=__version__, path=escape_rich(db_label)),
    )
