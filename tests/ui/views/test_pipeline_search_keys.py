"""The board's search field by keyboard: Enter or Down go to the first card found, Escape
clears the search, and Escape in an empty field goes back to the board."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.pipeline.deals import DealInput


def _add(services, title: str, stage_index: int) -> int:
    stage = services.pipeline.pipeline(1).open_stages[stage_index].id
    return services.deals.create(
        DealInput(title=title, pipeline_id=1, stage_id=stage, value_minor=500_00, currency="EUR")
    ).id


def _open_board(window, qtbot):
    window.show_view("pipeline")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board = window.pipeline_view
    qtbot.waitUntil(lambda: board.loaded)  # its first cards come from a worker
    return board


def test_enter_in_the_board_search_goes_to_the_first_card_found(window, services, qtbot) -> None:
    _add(services, "Logo", 0)
    shop = _add(services, "Shop relaunch", 2)
    _add(services, "Shop photos", 3)
    view = _open_board(window, qtbot)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "shop")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    # The first two stages show nothing for "shop": the third's card has the keyboard.
    third = view.columns[2]
    assert third.view.hasFocus()
    assert view.selected_deal_id() == shop
    assert third.view.currentIndex().row() == 0

    # Down does the same from the field; with nothing found the keyboard stays in the field.
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    view.search_edit.selectAll()
    qtbot.keyClicks(view.search_edit, "nothing like it")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.search_edit.hasFocus()
    view.search_edit.selectAll()
    qtbot.keyClicks(view.search_edit, "logo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.columns[0].view.hasFocus()
    assert view.selected_deal_id() == view.columns[0].model.ids()[0]


def test_escape_clears_the_board_search_and_then_returns_to_the_board(
    window, services, qtbot
) -> None:
    _add(services, "Logo", 0)
    shop = _add(services, "Shop relaunch", 1)
    view = _open_board(window, qtbot)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "shop")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert view.columns[1].view.hasFocus()

    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == ""
    assert view.search_edit.hasFocus()  # the first Escape only clears
    assert [len(c.model.ids()) for c in view.columns[:2]] == [1, 1]

    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.columns[1].view.hasFocus()  # the column worked in, its card still chosen
    assert view.selected_deal_id() == shop
