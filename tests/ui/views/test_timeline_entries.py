"""A timeline entry opens in full (double-click, Enter or Open…) and can be edited there;
the edit is one undo step (issue 19: "timeline entries show one line and cannot be opened
or edited")."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from tests.conftest import NOW

BODY = "Agreed on the scope.\nQuote by Friday; the budget is fixed.\n" + "Details. " * 60


def _open_anna(window, services) -> tuple[int, int]:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    entry = services.timeline.log_interaction(anna, "call", "Scope call", BODY, occurred_at=NOW)
    view = window.contacts_view
    view.refresh()
    view.open_contact(anna)
    return anna, entry.id


def _select_first_entry(qtbot, pane) -> None:
    view = pane.timeline_view
    index = view.model().index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_double_click_opens_the_whole_entry_and_cancel_changes_nothing(
    window, services, qtbot, when_dialog_opens
) -> None:
    _anna, entry = _open_anna(window, services)
    pane = window.contacts_view.contact_pane
    assert not pane.open_entry_button.isEnabled()
    _select_first_entry(qtbot, pane)
    assert pane.open_entry_button.isEnabled()
    seen = {}

    def read(dialog: InteractionDialog) -> None:
        seen.update(
            kind=dialog.kind.currentData(),
            summary=dialog.summary.text(),
            body=dialog.body.toPlainText(),
            when=dialog.when.utc(),
            title=dialog.windowTitle(),
        )
        dialog.reject()

    when_dialog_opens(read)
    view = pane.timeline_view
    index = view.model().index(0, 0)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert seen["body"] == BODY.strip()  # all of it, not the one line the list shows
    assert (seen["kind"], seen["summary"]) == ("call", "Scope call")
    assert abs(seen["when"] - NOW) < timedelta(minutes=1)
    assert seen["title"] == "Call: Scope call"
    assert services.timeline.interaction(entry).body == BODY.strip()
    assert window.undo_stack.count() == 0


def test_an_edit_is_saved_shown_and_undone_in_one_step(
    window, services, qtbot, when_dialog_opens
) -> None:
    anna, entry = _open_anna(window, services)
    pane = window.contacts_view.contact_pane
    _select_first_entry(qtbot, pane)

    def edit(dialog: InteractionDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.summary.setText("Scope meeting")
        dialog.body.setPlainText("Shorter notes")
        dialog.save_button.click()

    when_dialog_opens(edit)
    qtbot.keyClick(pane.timeline_view, Qt.Key.Key_Return)  # Enter opens it too
    saved = services.timeline.interaction(entry)
    assert (saved.kind, saved.summary, saved.body) == ("meeting", "Scope meeting", "Shorter notes")
    qtbot.waitUntil(
        lambda: "Scope meeting" in pane.timeline_model.data(pane.timeline_model.index(0))
    )
    assert window.undo_stack.undoText() == "Edit meeting"
    window.undo_stack.undo()
    back = services.timeline.interaction(entry)
    assert (back.kind, back.summary, back.body) == ("call", "Scope call", BODY.strip())
    qtbot.waitUntil(lambda: "Scope call" in pane.timeline_model.data(pane.timeline_model.index(0)))
    window.undo_stack.redo()
    assert services.timeline.interaction(entry).summary == "Scope meeting"
    assert pane.contact_id == anna
