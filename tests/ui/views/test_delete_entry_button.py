"""Delete entry (and Delete answer) are enabled only while an entry of the contact shown is
selected: switching to another contact leaves nothing for them to delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from tests.conftest import NOW


def _click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_delete_entry_is_disabled_after_switching_to_another_contact(
    window, services, qtbot
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    services.timeline.log_interaction(anna, "call", "Talked about beans", "", occurred_at=NOW)
    services.timeline.log_interaction(bob, "note", "Prefers email", "", occurred_at=NOW)
    services.feedback.record(anna, "nps", 9, NOW)
    view = window.contacts_view
    view.refresh()
    pane = view.contact_pane
    people = view.people_table
    anna_row, bob_row = (view.people_model.row_of(i) for i in (anna, bob))

    _click_row(qtbot, people, anna_row)
    assert not pane.delete_entry_button.isEnabled()  # nothing selected yet
    _click_row(qtbot, pane.timeline_view, 0)
    assert pane.delete_entry_button.isEnabled()
    pane.tabs.setCurrentIndex(5)
    _click_row(qtbot, pane.feedback_view, 0)
    assert pane.delete_feedback_button.isEnabled()

    _click_row(qtbot, people, bob_row)
    assert pane.contact_id == bob
    assert not pane.delete_entry_button.isEnabled()
    assert not pane.delete_feedback_button.isEnabled()
    pane.tabs.setCurrentIndex(0)
    qtbot.mouseClick(pane.delete_entry_button, Qt.MouseButton.LeftButton)
    assert [e.summary for e in services.timeline.interactions(bob)] == ["Prefers email"]

    # Bob's own entry selected, the button deletes that one.
    _click_row(qtbot, pane.timeline_view, 0)
    assert pane.delete_entry_button.isEnabled()
    qtbot.mouseClick(pane.delete_entry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.timeline.interactions(bob) == [])
    assert [e.summary for e in services.timeline.interactions(anna)] == ["Talked about beans"]
    assert not pane.delete_entry_button.isEnabled()
