"""Tabs in a narrow pane (issue 19: "the detail pane's tabs fit"): each shows its icon and
count rather than two letters and an ellipsis; wide, the whole titles; tabText unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from deskcrm.ui.widgets.compact_tabs import CompactTabs, short_text

TITLES = ["Timeline (12)", "Purchases (3)", "Deals", "Tasks (1,204)", "Cases", "Feedback (2)"]
ICONS = ["timeline", "purchase", "deal", "task", "case", "feedback"]


def _tabs(qtbot) -> CompactTabs:
    tabs = CompactTabs()
    qtbot.addWidget(tabs)
    for title in TITLES:
        tabs.addTab(QLabel(title), title)
    tabs.set_icons(ICONS)
    tabs.setUsesScrollButtons(False)
    return tabs


def _texts_painted(tabs: CompactTabs) -> list[str]:
    from PySide6.QtWidgets import QStyleOptionTab

    found = []
    for index in range(tabs.count()):
        option = QStyleOptionTab()
        tabs.bar.initStyleOption(option, index)
        found.append(option.text)
    return found


def test_the_count_is_what_a_compact_tab_says() -> None:
    assert [short_text(t) for t in TITLES] == ["12", "3", "", "1,204", "", "2"]


def test_wide_tabs_say_their_titles_and_narrow_ones_their_icons_and_counts(qtbot) -> None:
    tabs = _tabs(qtbot)
    tabs.resize(1000, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not tabs.bar.is_compact()
    assert _texts_painted(tabs) == TITLES
    tabs.resize(360, 200)
    QApplication.processEvents()
    bar = tabs.bar
    assert bar.is_compact()
    assert _texts_painted(tabs) == ["12", "3", "", "1,204", "", "2"]
    assert [bar.tabText(i) for i in range(bar.count())] == TITLES  # the titles are kept
    for index in range(bar.count()):
        assert not bar.tabIcon(index).isNull()
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), (TITLES[index], rect, bar.rect())
        # Whole: as wide as its icon and count need, nothing elided.
        assert rect.width() >= bar.tabSizeHint(index).width()
    tabs.resize(1000, 200)
    QApplication.processEvents()
    assert not bar.is_compact()


def test_narrow_then_wide_again_shows_the_whole_titles(qtbot) -> None:
    """The review's finding: once compact, a widened bar kept its small tabs, each title
    cut to "…"."""
    tabs = _tabs(qtbot)
    tabs.resize(360, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert tabs.bar.is_compact()
    tabs.resize(1000, 200)
    QApplication.processEvents()
    bar = tabs.bar
    assert not bar.is_compact()
    for index in range(bar.count()):
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), TITLES[index]
