"""One type scale, one spacing grid, one set of tones (issue 19: "a type scale and spacing
system in one stylesheet"): roles size text from the application font, tones read in
both themes, layouts get the grid from the style, and no widget writes its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from deskcrm.ui import type_scale
from deskcrm.ui.style import DeskStyle
from deskcrm.ui.theme import TONE_COLOURS, apply_theme, palette_for, stylesheet
from deskcrm.ui.type_scale import SPACE, SPACE_WINDOW, TEXT_ROLES, set_text_role, set_tone

UI = Path(type_scale.__file__).parent


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_tone_reads_on_the_window_and_on_a_field(qapp: QApplication, theme: str) -> None:
    palette = palette_for(theme, qapp)
    for tone, colour in TONE_COLOURS[theme].items():
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(QColor(colour), palette.color(role))
            assert ratio >= 4.5, f"{theme} {tone} on {role.name}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True])
def test_the_stylesheet_has_every_tone_filled_in(dark: bool) -> None:
    text = stylesheet(dark)
    assert re.search(r"@\w+", text) is None
    tones = TONE_COLOURS["dark" if dark else "light"]
    for tone in ("error", "warning", "muted"):
        assert f'[tone="{tone}"] {{ color: {tones[tone]}; }}' in text


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_label_in_a_tone_is_painted_in_it(qapp: QApplication, qtbot, theme: str) -> None:
    before = qapp.palette()
    try:
        apply_theme(qapp, theme)
        label = QLabel("Not a valid email")
        qtbot.addWidget(label)
        set_tone(label, "error")
        label.ensurePolished()
        painted = label.palette().color(QPalette.ColorRole.WindowText)
        assert painted == QColor(TONE_COLOURS[theme]["error"])
        set_tone(label, "")  # back to the palette's own
        label.ensurePolished()
        assert label.palette().color(QPalette.ColorRole.WindowText) == qapp.palette().color(
            QPalette.ColorRole.WindowText
        )
        with pytest.raises(ValueError):
            set_tone(label, "purple")
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(before)


def test_roles_size_text_from_the_application_font_whatever_it_had(qtbot) -> None:
    base = QApplication.font().pointSizeF()
    label = QLabel("Anna Schmidt")
    qtbot.addWidget(label)
    set_text_role(label, "title")
    set_text_role(label, "title")  # twice: still one step up, not two
    assert label.font().pointSizeF() == pytest.approx(base * TEXT_ROLES["title"].scale)
    assert label.font().bold()
    set_text_role(label, "caption_italic")
    assert label.font().pointSizeF() < base and label.font().italic()
    assert not label.font().bold()
    sizes = [role.scale for role in TEXT_ROLES.values()]
    assert max(sizes) <= 2 and min(sizes) >= 0.85  # a scale, not a free-for-all


def test_layouts_take_the_grid_from_the_style(qapp: QApplication, qtbot) -> None:
    previous = qapp.style().name()
    qapp.setStyle(DeskStyle())
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        outer = QVBoxLayout(dialog)
        panel = QWidget(dialog)
        inner = QVBoxLayout(panel)
        outer.addWidget(panel)
        inner.addWidget(QLineEdit(panel))
        margins = outer.contentsMargins()
        assert (margins.left(), margins.top(), outer.spacing()) == (SPACE_WINDOW,) * 2 + (SPACE,)
        assert inner.contentsMargins().left() == SPACE and inner.spacing() == SPACE
    finally:
        qapp.setStyle(previous)


# Fonts scaled, colours written, spacing in pixels: only type_scale and the few widgets
# that draw themselves (avatars, charts, delegates) may.
_DRAWN_HERE = {"type_scale.py", "avatar.py", "report_chart.py"}
_ADHOC = re.compile(
    r"setPointSizeF?\(|setPixelSize\(|setStyleSheet\(\s*[\"']color:|#[0-9a-fA-F]{6}[\"';]"
    r"|set(?:Spacing|HorizontalSpacing|VerticalSpacing)\([1-9]|addSpacing\([1-9]"
    r"|setContentsMargins\([1-9]"
)


def test_no_view_or_dialog_picks_its_own_sizes_colours_or_spacing() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in _DRAWN_HERE or path.parent.name == "delegates":
            continue
        if path.name in ("theme.py", "style.py"):
            continue  # where the palettes and tones are defined
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _ADHOC.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_every_list_tree_and_table_has_the_one_row_height(window, services, db, qtbot) -> None:
    from deskcrm.services.demo.demo import generate_demo
    from deskcrm.ui.type_scale import row_height

    generate_demo(db, contacts=60, seed=4, now=services.clock())

    window.show_view("tasks")
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: tasks.loaded)
    tasks.refresh()
    qtbot.waitUntil(lambda: tasks.model.rowCount() > 0, timeout=10_000)
    tree = tasks.tree
    tree.expandAll()
    window.show()
    qtbot.waitExposed(window)
    groups = [tasks.model.index(row, 0) for row in range(tasks.model.rowCount())]
    group = next(g for g in groups if tasks.model.rowCount(g) > 0)
    first_task = tasks.model.index(0, 0, group)
    QApplication.processEvents()
    want = row_height(tree.fontMetrics())
    assert tree.visualRect(first_task).height() == want
    people = window.contacts_view.people_table
    assert people.verticalHeader().defaultSectionSize() == row_height(people.fontMetrics())
    cases = window.cases_view.table
    assert cases.verticalHeader().defaultSectionSize() == row_height(cases.fontMetrics())


def test_following_the_system_redraws_the_tones_when_it_turns_dark(qapp: QApplication) -> None:
    """The review's finding: with the theme "system", tones were filled in once, so a
    system switching to dark kept light-theme red on a dark window."""
    from PySide6.QtCore import Qt

    before, sheet = qapp.palette(), qapp.styleSheet()
    try:
        apply_theme(qapp, "system")
        qapp.setPalette(palette_for("dark", qapp))  # what the system hands over
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert TONE_COLOURS["dark"]["error"] in qapp.styleSheet()
        apply_theme(qapp, "light")  # a theme picked by the user is not overridden
        qapp.setPalette(palette_for("dark", qapp))
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert TONE_COLOURS["light"]["error"] in qapp.styleSheet()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(before)
