"""Themes: a picked dark or light scheme really changes the palette; system follows Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeView

from deskcrm.ui.theme import apply_theme


def test_dark_and_light_themes_change_the_palette(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        apply_theme(qapp, "dark")
        dark = qapp.palette().color(QPalette.ColorRole.Window)
        apply_theme(qapp, "light")
        light = qapp.palette().color(QPalette.ColorRole.Window)
        assert dark.lightness() < 60 < light.lightness()
        assert "QToolBar#navigation" in qapp.styleSheet()
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(before)


def test_following_the_system_after_a_picked_theme_takes_the_systems_colours(
    qapp: QApplication,
) -> None:
    """A start paints its first window in the last theme (say dark), then applies the
    database's ("system"): the picked palette must not stay."""
    before = qapp.palette()
    try:
        apply_theme(qapp, "system")
        system = qapp.palette().color(QPalette.ColorRole.Window).name()
        apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).name() != system
        apply_theme(qapp, "system")
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == system
        apply_theme(qapp, "system")  # again: nothing changes
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == system
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(before)


def _lightness_spread(image: QImage, rect: QRect) -> int:
    """How far apart the lightest and darkest pixels in `rect` of `image` are."""
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]
    return max(values) - min(values)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    before = qapp.palette()
    yield lambda theme: apply_theme(qapp, theme)
    qapp.setStyleSheet("")
    qapp.setPalette(before)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_an_empty_task_box_can_be_seen_in_both_themes(qtbot, themed, theme: str) -> None:
    """Issue 19: in the dark theme the tasks' tick boxes were black on near-black."""
    themed(theme)
    model = QStandardItemModel()
    for ticked in (False, True):
        item = QStandardItem("Call Anna")
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        model.appendRow(item)
    tree = QTreeView()
    tree.setModel(model)
    tree.resize(300, 120)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    image = tree.viewport().grab().toImage()
    option = QStyleOptionViewItem()
    for row in range(2):
        tree.itemDelegate().initStyleOption(option, model.index(row, 0))
        option.rect = tree.visualRect(model.index(row, 0))
        check = tree.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree
        )
        # The box's outline (and a ticked box's tick) stand well apart from the row.
        assert _lightness_spread(image, check) >= 90, (theme, row, check)


def test_the_chosen_toggle_stands_out_in_the_dark_theme(window, themed, qtbot) -> None:
    themed("dark")
    qtbot.wait(20)
    people, companies, _trash = window.contacts_view.mode_buttons
    assert people.isChecked() and not companies.isChecked()

    def middle(button) -> int:
        image = button.grab().toImage()
        return image.pixelColor(4, image.height() // 2).lightness()

    highlight = window.palette().color(QPalette.ColorRole.Highlight).lightness()
    assert abs(middle(people) - highlight) <= 10
    assert abs(middle(people) - middle(companies)) >= 40


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_round_choices_can_be_told_apart_in_both_themes(qtbot, themed, theme: str) -> None:
    """The sweep's finding: on dark, an unchosen radio ring was the background's colour
    and the chosen dot a dim grey."""
    from PySide6.QtWidgets import QRadioButton, QStyleOptionButton, QVBoxLayout, QWidget

    themed(theme)
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    chosen, other = QRadioButton("Keep the left one"), QRadioButton("Keep the right one")
    layout.addWidget(chosen)
    layout.addWidget(other)
    chosen.setChecked(True)
    panel.show()
    qtbot.waitExposed(panel)
    for button in (chosen, other):
        image = button.grab().toImage()
        option = QStyleOptionButton()
        option.initFrom(button)
        ring = button.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, button
        )
        assert _lightness_spread(image, ring) >= 90, (theme, button.text(), ring)


def test_dialog_buttons_carry_no_stock_icons(qapp: QApplication) -> None:
    """Fusion's black Close/OK icons vanished on dark buttons."""
    from deskcrm.ui.style import DeskStyle

    assert DeskStyle().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
