"""Icons (issue 19: "an icon for every rail entry and toolbar action (a bundled
open-licence SVG icon set, recoloured for the theme)"): every entry carries one, every
file ICONS names is there with its licence, and a theme switch redraws them in the new
text colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from deskcrm.ui.icons import ICONS, icon, icon_folder
from deskcrm.ui.theme import apply_theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    palette, style_sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setPalette(palette)
    qapp.setStyleSheet(style_sheet)


def _ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the icon's most opaque pixel."""
    image = qicon.pixmap(QSize(32, 32), mode).toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    assert best.alpha() > 200, "the icon drew nothing"
    return best


def test_every_named_icon_is_bundled_with_its_licence(qapp) -> None:
    folder = icon_folder()
    for name, file_name in ICONS.items():
        with open(f"{folder}/{file_name}.svg", encoding="utf-8") as fh:
            assert "currentColor" in fh.read(), name
    with open(f"{folder}/LICENSE", encoding="utf-8") as fh:
        assert "MIT License" in fh.read()
    with pytest.raises(OSError):
        icon("no-such-icon")


def test_rail_and_menu_entries_have_icons(window) -> None:
    for name, action in window.nav_actions.items():
        assert not action.icon().isNull(), name
    for action in (
        window.new_contact_action,
        window.import_action,
        window.undo_action,
        window.redo_action,
        window.settings_action,
        window.find_action,
        window.shortcuts_action,
    ):
        assert not action.icon().isNull(), action.text()
    assert not window.contacts_view.new_button.icon().isNull()


def test_icons_take_the_theme_text_colour(window, qapp, themed) -> None:
    rail = window.nav_actions["tasks"]
    for theme in ("dark", "light", "dark"):
        apply_theme(qapp, theme)
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        ink = _ink(rail.icon())
        assert abs(ink.lightness() - text.lightness()) < 40, (theme, ink.name(), text.name())
    disabled = _ink(window.redo_action.icon(), QIcon.Mode.Disabled)
    normal = _ink(window.redo_action.icon())
    assert disabled.name() != normal.name()  # a greyed-out entry looks greyed out


# Buttons that are words only on purpose: a field editor's own small parts.
_WORDS_ONLY = {"Dismiss", "+ Add email", "+ Add phone", "+ Add address", "+ Add website"}


def test_every_button_of_every_view_has_an_icon(window) -> None:
    from PySide6.QtWidgets import QPushButton

    bare, seen = [], 0
    for name in ("contacts", "pipeline", "tasks", "reports", "cases"):
        view = window.view(name)
        for button in view.findChildren(QPushButton):
            if button.text() and button.text() not in _WORDS_ONLY:
                seen += 1
                if button.icon().isNull():
                    bare.append(f"{name}: {button.text()!r}")
    assert bare == []
    assert seen >= 35  # the log, snooze and case buttons among them
