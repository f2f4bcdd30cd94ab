"""Tabs that stay readable in a narrow pane: each tab has an icon, and when the titles do
not all fit, every tab shows its icon and its count only ("🕑 3") — the whole title in
its tooltip — instead of each title cut to two letters and an ellipsis. The tab's text
(tabText) is never changed, so code and tests read the titles as always."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar, QTabWidget, QWidget

from deskcrm.ui.icons import set_icon_on_tab
from deskcrm.ui.type_scale import SPACE_TIGHT

_COUNT = re.compile(r"\(([\d.,\s]+)\)\s*$")


def short_text(title: str) -> str:
    """What a compact tab says: the count in its title's brackets, or nothing."""
    found = _COUNT.search(title)
    return found.group(1).strip() if found else ""


class CompactTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = False
        self._room = 0  # the width the bar may take (its tab widget's)

    def is_compact(self) -> bool:
        return self._compact

    def set_room(self, width: int) -> None:
        self._room = width
        self._update_mode()

    def _full_width(self) -> int:
        """What the tabs need with their whole titles (the style's own measure)."""
        return sum(QTabBar.tabSizeHint(self, i).width() for i in range(self.count()))

    def _update_mode(self) -> None:
        compact = self._room > 0 and self._full_width() > self._room
        if compact != self._compact:
            self._compact = compact
            # Setting the elide mode again makes the bar lay its tabs out afresh (their
            # sizes are kept from the last layout otherwise: wide again, they stayed small).
            self.setElideMode(self.elideMode())
            self.updateGeometry()
            self.update()

    def tabLayoutChange(self) -> None:  # a tab added, removed or retitled
        super().tabLayoutChange()
        self._update_mode()

    def tabSizeHint(self, index: int) -> QSize:
        full = super().tabSizeHint(index)
        if not self._compact:
            return full
        short = short_text(self.tabText(index))
        space = self.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, self)
        width = self.iconSize().width() + space
        if short:
            width += SPACE_TIGHT + 2 + self.fontMetrics().horizontalAdvance(short)
        return QSize(width, full.height())

    def minimumTabSizeHint(self, index: int) -> QSize:
        return self.tabSizeHint(index) if self._compact else super().minimumTabSizeHint(index)

    def initStyleOption(self, option: QStyleOptionTab, index: int) -> None:
        super().initStyleOption(option, index)
        if self._compact:
            option.text = short_text(self.tabText(index))


class CompactTabs(QTabWidget):
    """A QTabWidget with a CompactTabBar; `set_icons(names)` gives each tab its icon (by
    ui.icons' names, in tab order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = CompactTabBar(self)
        self.setTabBar(self.bar)

    def set_icons(self, names: list[str]) -> None:
        for index, name in enumerate(names):
            set_icon_on_tab(self.bar, index, name)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.bar.set_room(event.size().width())
        super().resizeEvent(event)
