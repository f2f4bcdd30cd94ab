"""Combo boxes, spin boxes and date edits in a scrolling form take the mouse wheel only
when they have the focus: scrolling the form over one scrolls the form, and never
silently changes a value that Save would then store."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class WheelGuard(QObject):
    """An event filter: a wheel event over a guarded widget without the focus is
    ignored and handed on to the widget's parents (the scroll area scrolls)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        focused = QApplication.focusWidget()
        if focused is not None and (focused is watched or watched.isAncestorOf(focused)):
            return False  # chosen by the user: the wheel changes it as usual
        # Filtered out before the widget sees it, and not accepted: Qt then offers the
        # event to the parents, up to the scroll area.
        event.ignore()
        return True


_GUARD: WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """Let each of `widgets` take the wheel only while it has the focus; it takes the
    focus by Tab or a click only (never by the wheel: Qt.StrongFocus)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_GUARD)
