"""Right-click a table's header to choose its columns; which are hidden and how wide each
is are remembered (by the columns' names, so a version that adds a column keeps them)."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTreeView

from deskcrm.ui.i18n import tr


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no column header on {type(view).__name__}")


class ColumnChooser(QObject):
    """The header menu of one table: a tick per column (the first, which names the row,
    always stays) and "Show all columns". `settings` and `key` say where the choice is
    kept; without settings it lasts as long as the window."""

    def __init__(
        self, view: QAbstractItemView, settings: QSettings | None = None, key: str = ""
    ) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._key = f"columns/{key}"
        self.header = header_of(view)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._on_menu)
        self._restore()
        self.header.sectionResized.connect(self._save)

    # -- what the columns are -----------------------------------------------------------
    def names(self) -> list[str]:
        model = self._view.model()
        if model is None:
            return []
        return [
            str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            for i in range(model.columnCount())
        ]

    def hidden(self) -> list[str]:
        names = self.names()
        return [name for i, name in enumerate(names) if self.header.isSectionHidden(i)]

    def set_shown(self, column: int, shown: bool) -> None:
        if column == 0 and not shown:
            return  # the row's name always shows
        self.header.setSectionHidden(column, not shown)
        if shown and self.header.sectionSize(column) < self.header.minimumSectionSize() * 2:
            self.header.resizeSection(column, self.header.defaultSectionSize())
        self._save()

    # -- the menu ------------------------------------------------------------------------
    def menu(self) -> QMenu:
        menu = QMenu(self.header)
        for column, name in enumerate(self.names()):
            action = QAction(name or tr("(column {number})").format(number=column + 1), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)
        menu.addSeparator()
        show_all = menu.addAction(tr("Show all columns"))
        show_all.triggered.connect(self.show_all)
        return menu

    def show_all(self) -> None:
        for column in range(len(self.names())):
            self.set_shown(column, True)

    def _on_menu(self, at: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(at))

    # -- remembered ----------------------------------------------------------------------
    def _save(self, *_args: object) -> None:
        if self._settings is None:
            return
        names = self.names()
        widths = {
            name: self.header.sectionSize(i)
            for i, name in enumerate(names)
            if name and not self.header.isSectionHidden(i)
        }
        self._settings.setValue(
            self._key, json.dumps({"hidden": self.hidden(), "widths": widths}, sort_keys=True)
        )

    def _restore(self) -> None:
        if self._settings is None:
            return
        try:
            kept = json.loads(str(self._settings.value(self._key, "") or "{}"))
        except ValueError:
            return  # a hand-edited or damaged entry: the defaults stand
        if not isinstance(kept, dict):
            return
        hidden = kept.get("hidden")
        hidden = (
            {name for name in hidden if isinstance(name, str)}
            if isinstance(hidden, list)
            else set()
        )
        widths = kept.get("widths")
        last = len(self.names()) - 1
        for column, name in enumerate(self.names()):
            if column and name in hidden:
                self.header.setSectionHidden(column, True)
            width = widths.get(name) if isinstance(widths, dict) else None
            # The last column stretches to the edge: its width is the window's.
            if isinstance(width, int) and 20 <= width <= 2000 and column != last:
                self.header.resizeSection(column, width)
