"""Nothing clipped in any dialog (issue 19: "a test fails on clipped widgets (a widget's
sizeHint larger than its geometry for labels and buttons) or Qt warnings"): every dialog
opens within a 1366×768 screen with each button, tick box and one-line label at least as
large as its text needs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QWidget,
)

from deskcrm.ui.dialogs.command_palette import CommandPalette
from deskcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from deskcrm.ui.dialogs.welcome_dialog import WelcomeDialog
from tests.ui.dialogs.test_dialog_focus import DIALOGS


def clipped(dialog: QWidget) -> list[str]:
    """The shown buttons and one-line labels narrower or lower than their text needs."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if widget.metaObject().className() == "QLineEditIconButton":
            continue  # a line edit's own clear button, sized by the line edit
        one_line = isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        if not (isinstance(widget, QAbstractButton) or one_line):
            continue
        need = widget.minimumSizeHint()
        what = widget.text()  # type: ignore[attr-defined]
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(
                f"{type(widget).__name__} {what!r}: {widget.width()}×{widget.height()}"
                f" < {need.width()}×{need.height()}"
            )
    return found


# What the offscreen platform says of every window: not about DeskCRM.
PLATFORM_NOISE = ("does not support propagateSizeHints",)


def _check(dialog: QDialog, qtbot, qtlog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 728, dialog.size()
    assert clipped(dialog) == []
    said = [r.message for r in qtlog.records if not any(n in r.message for n in PLATFORM_NOISE)]
    assert said == [], said


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_clips_its_buttons_or_labels(services, qtbot, qtlog, name) -> None:
    make, _field = DIALOGS[name]
    _check(make(services), qtbot, qtlog)


def test_the_sheets_the_palette_and_the_welcome_are_whole(window, qtbot, qtlog) -> None:
    _check(ShortcutsDialog(window.shortcuts(), window), qtbot, qtlog)
    _check(CommandPalette(window.services, window.palette_commands(), window), qtbot, qtlog)
    _check(WelcomeDialog(), qtbot, qtlog)


def test_the_check_sees_a_clipped_button(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    button = QPushButton("Record feedback for everyone selected…", dialog)
    QVBoxLayout(dialog).addWidget(button)
    button.setMaximumWidth(60)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [line.split(":")[0] for line in clipped(dialog)] == [
        "QPushButton 'Record feedback for everyone selected…'"
    ]
