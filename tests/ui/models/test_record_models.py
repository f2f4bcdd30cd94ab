"""Small list/table models over loaded records, and the timeline delegate."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from deskcrm.services.contacts.timeline import InteractionEntry, PurchaseEntry
from deskcrm.ui.delegates.timeline_delegate import TimelineDelegate
from deskcrm.ui.models.record_list_model import RecordListModel, RecordRole
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.views.contact_detail import PURCHASE_COLUMNS
from tests.conftest import NOW

ENTRIES = [
    InteractionEntry(1, "call", NOW, "<b>Call</b> about the quote", "line one\nline two"),
    InteractionEntry(2, "note", NOW, "Short", ""),
]


def test_record_list_model_passes_qt_model_tester(qtmodeltester) -> None:
    model: RecordListModel[InteractionEntry] = RecordListModel(lambda e: e.summary)
    model.set_records(ENTRIES)
    qtmodeltester.check(model)
    assert model.index(1, 0).data(RecordRole) == ENTRIES[1]


def test_record_table_model_passes_qt_model_tester(qtmodeltester) -> None:
    model: RecordTableModel[PurchaseEntry] = RecordTableModel(PURCHASE_COLUMNS)
    model.set_records([PurchaseEntry(1, NOW, "Beans", 2, 4980, "EUR")])
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "€49.80"


def test_timeline_delegate_paints_and_sizes_entries(qtbot) -> None:
    model: RecordListModel[InteractionEntry] = RecordListModel(lambda e: e.summary)
    model.set_records(ENTRIES)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = TimelineDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    two_lines = delegate.sizeHint(option, model.index(0, 0))
    one_line = delegate.sizeHint(option, model.index(1, 0))
    assert two_lines.height() > one_line.height()
    image = QImage(QSize(400, 60), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option.rect = image.rect()
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    assert image.pixelColor(10, 10).alpha() > 0  # the kind badge was drawn
