"""The mouse wheel over the scrolling contact form scrolls it: a label combo, date edit or
spin box it passes over keeps its value unless the user focused it first."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from tests.ui.dialogs.test_contact_dialog_fields import FULL


def _open(services, qtbot) -> ContactDialog:
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    dialog.show_input(FULL)
    dialog.resize(640, 320)  # small: the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wheel_over(dialog: ContactDialog, widget: QWidget, steps: int) -> None:
    """A real (spontaneous) wheel event from the window system at the widget's centre."""
    from PySide6.QtTest import QTest

    window = dialog.windowHandle()
    where = widget.mapTo(dialog, widget.rect().center())
    QTest.wheelEvent(window, where, QPoint(0, 120 * steps))
    QApplication.processEvents()


def _in_view(dialog: ContactDialog, widget: QWidget) -> int:
    """Scroll `widget` into view; the wheel direction (+1 up, -1 down) that can still scroll."""
    dialog.scroll_area.ensureWidgetVisible(widget, 0, 40)
    QApplication.processEvents()
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the form must scroll for this test"
    return -1 if bar.value() < bar.maximum() else 1


def _values(dialog: ContactDialog) -> list[object]:
    return [
        dialog.phones.label_combo(0).label(),
        dialog.emails.label_combo(1).label(),
        dialog.lifecycle.currentIndex(),
        dialog.follow_up.value(),
        dialog.birthday.date_edit.date(),
    ]


def test_the_wheel_over_unfocused_fields_scrolls_the_form_and_changes_nothing(
    services, qtbot
) -> None:
    dialog = _open(services, qtbot)
    before = _values(dialog)
    bar = dialog.scroll_area.verticalScrollBar()
    fields = [
        dialog.phones.label_combo(0),
        dialog.emails.label_combo(1),
        dialog.lifecycle,
        dialog.follow_up,
        dialog.birthday.date_edit,
    ]
    for field in fields:
        direction = _in_view(dialog, field)
        scrolled_from = bar.value()
        _wheel_over(dialog, field, direction)
        assert bar.value() != scrolled_from, f"the form did not scroll over {field}"
    assert _values(dialog) == before
    # What Save would store: the labels as they were.
    saved = dialog.collect()
    assert (saved.phone_labels, saved.email_labels) == (FULL.phone_labels, FULL.email_labels)


def test_the_wheel_changes_a_label_the_user_focused(services, qtbot) -> None:
    dialog = _open(services, qtbot)
    combo = dialog.phones.label_combo(0)
    _in_view(dialog, combo)
    dialog.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    bar = dialog.scroll_area.verticalScrollBar()
    scrolled_from, label = bar.value(), combo.label()
    _wheel_over(dialog, combo, -1)
    assert combo.label() != label  # the next suggestion
    assert bar.value() == scrolled_from  # the combo took the wheel, the form stayed
