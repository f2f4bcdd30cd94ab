"""The contacts sidebar: everyone, then each saved segment with its live count; new, edit
and delete segments from here."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from deskcrm.ui.dialogs.segment_dialog import SegmentDialog
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.segment_list_model import SegmentIdRole, SegmentListModel
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.undo import DeleteSegmentCommand


class SegmentSidebar(QWidget):
    """Signals:
    segment_selected(object): the chosen segment's id, or None for everyone.
    """

    segment_selected = Signal(object)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._tasks = tasks
        self.model = SegmentListModel(services.segments, tasks, self)
        self.list = QListView()
        self.list.setObjectName("segments")
        self.list.setModel(self.model)
        # A narrow sidebar shortens a long name in its middle: the count at the end stays
        # whole ("Bought twice, n…ring (281)"), the whole line in the tooltip.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(self.list.contextMenuPolicy().CustomContextMenu)
        self.new_button = QPushButton(tr("New segment…"))
        set_icon(self.new_button, "new")
        self.new_button.setObjectName("new_segment")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(tr("Segments")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.setMaximumWidth(420)
        self.list.setCurrentIndex(self.model.index(0))
        self._connect_signals()
        # Counting scans contacts: done just after the window shows, not before.
        QTimer.singleShot(0, self.reload)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(self._on_double_clicked)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.new_button.clicked.connect(self.new_segment)

    @property
    def current_id(self) -> int | None:
        return self.list.currentIndex().data(SegmentIdRole)

    def reload(self) -> None:
        """Counts again (after an undo, an import, a bulk action), keeping the selection."""
        current = self.current_id
        self.list.selectionModel().blockSignals(True)
        self.model.reload()
        row = self.model.row_of(current)
        self.list.setCurrentIndex(self.model.index(row))
        self.list.selectionModel().blockSignals(False)
        if row == 0 and current is not None:  # it was deleted
            self.segment_selected.emit(None)

    def select(self, segment_id: int | None) -> None:
        self.list.setCurrentIndex(self.model.index(self.model.row_of(segment_id)))

    def new_segment(self) -> None:
        saved = SegmentDialog.ask(self, self._services, self._tasks)
        if saved is not None:
            self.model.reload()
            self.select(saved)

    def edit_segment(self, segment_id: int) -> None:
        if SegmentDialog.ask(self, self._services, self._tasks, segment_id) is not None:
            self.reload()
            self.segment_selected.emit(segment_id)

    def delete_segment(self, segment_id: int) -> None:
        self._undo_stack.push(
            DeleteSegmentCommand(segment_id, self._services.segments, self.reload)
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.segment_selected.emit(current.data(SegmentIdRole))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        segment_id = index.data(SegmentIdRole)
        if segment_id is not None:
            self.edit_segment(segment_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        segment_id = self.list.indexAt(pos).data(SegmentIdRole)
        menu = QMenu(self)
        menu.addAction(tr("New segment…"), self.new_segment)
        if segment_id is not None:
            menu.addAction(tr("Edit…"), lambda: self.edit_segment(segment_id))
            menu.addAction(tr("Delete"), lambda: self.delete_segment(segment_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))
