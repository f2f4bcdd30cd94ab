"""The pipeline board, driven the way a seller would: drag, drop, keys, quick add."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from deskcrm.db.deal_queries import DealFilter
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.ui.dialogs.lost_reason_dialog import LostReasonDialog
from deskcrm.ui.views.pipeline_view import PipelineView
from tests.ui.conftest import type_text


def _add(services, title: str, stage_index: int = 0, value: int = 1000_00) -> int:
    stage = services.pipeline.pipeline(1).open_stages[stage_index].id
    return services.deals.create(
        DealInput(title=title, pipeline_id=1, stage_id=stage, value_minor=value, currency="EUR")
    ).id


def _event(kind, pos: QPoint, mime):
    """A drag event at `pos`. Releases differ on whether a drag position is a QPoint or a
    QPointF (6.11 takes QPoint for enter/move, QPointF for drop), so try both."""
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton)
    try:
        return kind(pos, *args, Qt.KeyboardModifier.NoModifier)
    except TypeError:
        return kind(pos.toPointF(), *args, Qt.KeyboardModifier.NoModifier)


def _drop(target: QWidget, mime, pos: QPoint) -> None:
    """Deliver a drag that arrives over `target` and is released at `pos`, as Qt would."""
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        QApplication.sendEvent(target, _event(kind, pos, mime))


def _column_ids(view: PipelineView) -> list[list[int]]:
    return [column.model.ids() for column in view.columns]


def test_dragging_a_card_to_another_column_moves_it_and_undo_brings_it_back(
    window, services, qtbot
) -> None:
    a, b = _add(services, "Website relaunch"), _add(services, "Logo", 1)
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    assert _column_ids(view)[:2] == [[a], [b]]
    source, target = view.columns[0], view.columns[1]
    mime = source.model.mimeData([source.model.index(0, 0)])
    card_b = target.view.visualRect(target.model.index(0, 0))
    _drop(target.view.viewport(), mime, card_b.center() - QPoint(0, card_b.height() // 3))
    qtbot.waitUntil(lambda: _column_ids(view)[:2] == [[], [a, b]])
    assert services.pipeline.board(1, DealFilter())[target.stage.id] == [a, b]
    assert "Qualified" in window.undo_action.text()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _column_ids(view)[:2] == [[a], [b]])


def test_dropping_on_won_closes_the_deal_and_records_the_date(window, services, qtbot) -> None:
    a = _add(services, "Annual retainer", 2)
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    mime = view.columns[2].model.mimeData([view.columns[2].model.index(0, 0)])
    _drop(view.won_zone, mime, view.won_zone.rect().center())
    qtbot.waitUntil(lambda: _column_ids(view)[2] == [])
    (closed,) = services.deals.closed(1)
    assert closed.id == a and closed.status == "won" and closed.closed_at is not None
    assert view.footer.text().startswith("0 open deals")


def test_dropping_on_lost_asks_for_a_reason(window, services, qtbot, when_dialog_opens) -> None:
    a = _add(services, "Catering")
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, LostReasonDialog)
        dialog.reason.setCurrentIndex(-1)
        qtbot.keyClicks(dialog.reason.lineEdit(), "Chose a cheaper caterer")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(give_reason)
    mime = view.columns[0].model.mimeData([view.columns[0].model.index(0, 0)])
    _drop(view.lost_zone, mime, view.lost_zone.rect().center())
    qtbot.waitUntil(lambda: services.deals.closed(1) != [])
    (closed,) = services.deals.closed(1)
    assert (closed.id, closed.status, closed.lost_reason) == (a, "lost", "Chose a cheaper caterer")
    assert "Chose a cheaper caterer" in services.pipeline.lost_reasons()


def test_keyboard_moves_cards_between_and_within_columns(window, services, qtbot) -> None:
    a, b = _add(services, "A"), _add(services, "B")
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = view.columns[0].view
    first.setFocus()
    first.setCurrentIndex(view.columns[0].model.index(1, 0))  # B
    qtbot.keyClick(
        first,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _column_ids(view)[0] == [b, a])
    qtbot.keyClick(
        first,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _column_ids(view)[:2] == [[a], [b]])
    assert view.selected_deal_id() == b
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _column_ids(view)[0] == [b, a])


def test_quick_add_and_filters(window, services, qtbot) -> None:
    _add(services, "Big one", 0, 50_000_00)
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    column = view.columns[1]
    type_text(qtbot, column.quick_add, "Brochure für Müller")
    qtbot.keyClick(column.quick_add, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: column.model.rowCount() == 1)
    assert column.model.card(0).title == "Brochure für Müller"
    assert column.count_label.text() == "1 deal · 25 %"
    qtbot.keyClicks(view.search_edit, "brochure")
    assert [len(ids) for ids in _column_ids(view)] == [0, 1, 0, 0]
    view.search_edit.clear()
    qtbot.keyClicks(view.min_value, "10000")
    qtbot.keyClick(view.min_value, Qt.Key.Key_Return)
    assert [len(ids) for ids in _column_ids(view)] == [1, 0, 0, 0]
    assert view.columns[0].value_label.text() == "€50,000.00"
    assert view.columns[0].weighted_label.text() == "weighted €5,000.00"


def test_closed_deals_can_be_reopened(window, services, qtbot, when_dialog_opens) -> None:
    a = _add(services, "Comeback")
    services.pipeline.close_lost(a, "No budget")
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)

    def reopen(dialog: QDialog) -> None:
        dialog.table.selectRow(0)
        dialog.stage.setCurrentIndex(1)
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(reopen)
    view.closed_action.trigger()
    qtbot.waitUntil(lambda: _column_ids(view)[1] == [a])
    assert services.deals.closed(1) == []


def test_user_text_on_cards_is_painted_literally(window, services, qtbot) -> None:
    _add(services, "<b>Bold</b> & <img src=x>")
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    assert view.columns[0].model.index(0, 0).data() == "<b>Bold</b> & <img src=x>"
    view.columns[0].view.viewport().grab()  # paints through the delegate without warnings


def test_contact_filter_shows_only_that_contacts_deals(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Müller")).id
    stage = services.pipeline.pipeline(1).open_stages[0].id
    mine = services.deals.create(
        DealInput(title="Anna's", pipeline_id=1, stage_id=stage, contact_id=anna)
    ).id
    _add(services, "Someone else's")
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    view.contact_filter.set_contact(anna, "Anna Müller")
    view.contact_filter.contact_changed.emit(anna)
    assert _column_ids(view)[0] == [mine]


def _watch_models(view: PipelineView) -> tuple[list[int], set[int]]:
    """Stage ids of the columns whose models were reset (one entry per reset), and of
    those that changed rows in place (inserted, removed, moved or repainted)."""
    resets: list[int] = []
    touched: set[int] = set()
    for column in view.columns:
        model, stage = column.model, column.stage.id
        model.modelReset.connect(lambda s=stage: resets.append(s))
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.dataChanged):
            signal.connect(lambda *_args, s=stage: touched.add(s))
    return resets, touched


def test_a_move_and_its_undo_redraw_only_the_two_columns_they_touch(
    window, services, qtbot
) -> None:
    a1, a2 = _add(services, "A1", 0, 100_00), _add(services, "A2", 0, 200_00)
    b1, b2 = _add(services, "B1", 1, 300_00), _add(services, "B2", 1, 400_00)
    c1, c2 = _add(services, "C1", 2), _add(services, "C2", 2)
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first, second = view.columns[0], view.columns[1]
    first.view.setFocus()
    first.view.setCurrentIndex(first.model.index(0, 0))  # A1
    resets, touched = _watch_models(view)

    view.move_deal(a1, second.stage.id, b2)
    qtbot.waitUntil(lambda: _column_ids(view)[:3] == [[a2], [b1, a1, b2], [c1, c2]])
    assert resets == [] and touched == {first.stage.id, second.stage.id}
    assert first.count_label.text().startswith("1 deal ")
    assert second.count_label.text().startswith("3 deals")
    assert view.footer.text().startswith("6 open deals")
    assert view.selected_deal_id() == a1  # the card stays selected in its new column
    board = services.pipeline.board(1, DealFilter())
    assert [board.get(c.stage.id, []) for c in view.columns] == _column_ids(view)

    touched.clear()
    qtbot.keyClick(second.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _column_ids(view)[:3] == [[a1, a2], [b1, b2], [c1, c2]])
    assert resets == [] and touched == {first.stage.id, second.stage.id}
    assert first.count_label.text().startswith("2 deals")
    assert second.count_label.text().startswith("2 deals")


def test_reordering_within_a_column_moves_one_row_and_leaves_the_others(
    window, services, qtbot
) -> None:
    a, b, c = (_add(services, title) for title in ("A", "B", "C"))
    other = _add(services, "Elsewhere", 1)
    window.show_view("pipeline")
    view = window.pipeline_view
    qtbot.waitUntil(lambda: view.loaded)
    resets, touched = _watch_models(view)
    first = view.columns[0]
    moved: list[tuple[int, int]] = []
    first.model.rowsMoved.connect(lambda _p, start, _end, _d, row: moved.append((start, row)))
    removed: list[int] = []
    first.model.rowsRemoved.connect(lambda _p, start, _end: removed.append(start))

    view.move_deal(c, first.stage.id, a)  # C to the top
    qtbot.waitUntil(lambda: _column_ids(view)[0] == [c, a, b])
    view.move_deal(c, first.stage.id, 0)  # and back to the end
    qtbot.waitUntil(lambda: _column_ids(view)[0] == [a, b, c])
    assert moved == [(2, 0), (0, 3)] and removed == []
    assert resets == [] and touched == {first.stage.id}
    assert _column_ids(view)[1] == [other]


def test_the_board_s_first_cards_come_from_a_worker_and_a_newer_read_wins(
    services, qtbot, task_manager, monkeypatch
) -> None:
    import threading

    from PySide6.QtGui import QUndoStack

    old = _add(services, "Old deal")
    release = threading.Event()
    pipeline = services.pipeline
    real_board_cards = pipeline.board_cards

    def slow_board_cards(*args, **kwargs):
        release.wait(10)
        return real_board_cards(*args, **kwargs)

    monkeypatch.setattr(pipeline, "board_cards", slow_board_cards)
    view = PipelineView(services, QUndoStack(), tasks=task_manager)
    qtbot.addWidget(view)
    assert not view.loaded and _column_ids(view)[0] == []  # shown at once, cards to come
    monkeypatch.setattr(pipeline, "board_cards", real_board_cards)
    new = _add(services, "New deal")
    view.reload()  # a filter or a change: read here, at once
    assert view.loaded and sorted(_column_ids(view)[0]) == sorted([old, new])
    release.set()  # the first read, started before the new deal, comes back now
    qtbot.waitUntil(lambda: task_manager.running == 0)
    qtbot.wait(50)
    assert sorted(_column_ids(view)[0]) == sorted([old, new])


def test_a_card_is_drawn_once_and_painted_from_it_until_what_it_shows_changes(
    services, qtbot
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QModelIndex, QRect
    from PySide6.QtGui import QImage, QPainter, QUndoStack
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from deskcrm.ui.delegates.deal_card_delegate import DealCardDelegate

    deal = _add(services, "Grinders")
    view = PipelineView(services, QUndoStack())
    qtbot.addWidget(view)
    column = view.column_of(deal)
    assert column is not None
    now = [services.pipeline.now()]
    DealCardDelegate.forget_drawn()  # (shared by every board: start from none)
    delegate = DealCardDelegate(lambda: now[0])
    index = column.model.index(column.model.row_of(deal), 0, QModelIndex())
    image = QImage(300, 200, QImage.Format.Format_ARGB32)

    def paint(selected: bool = False) -> QImage:
        image.fill(0)
        option = QStyleOptionViewItem()
        option.initFrom(column.view)
        option.rect = QRect(10, 20, 240, 110)
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return image.copy()

    first = paint()
    assert paint() == first and delegate.draws == 1  # the second paint: the kept pixmap
    assert paint(selected=True) != first and delegate.draws == 2  # selection shows
    now[0] += timedelta(days=3)  # three more days in the stage: drawn again
    assert paint() != first and delegate.draws == 3
