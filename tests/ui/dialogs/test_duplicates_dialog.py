"""Edit ▸ Find duplicates…: review a pair, pick a value, merge, skip, and undo with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.bus import Changes
from deskcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog


def test_merge_a_pair_picking_the_other_city_then_undo(
    qtbot, qtmodeltester, window, services, when_dialog_opens
) -> None:
    contacts = services.contacts
    keep = contacts.create(
        ContactInput(first_name="Anna", last_name="<b>Schmidt</b>", emails=["anna@example.com"])
    ).id
    other = contacts.create(
        ContactInput(
            first_name="Anne",
            last_name="<b>Schmidt</b>",
            emails=["ANNA@example.com", "a@home.example"],
            city="Bonn",
        )
    ).id
    contacts.update(keep, ContactInput(**{**vars(contacts.get(keep).data), "city": "Köln"}))
    services.timeline.log_interaction(other, "call", "Asked for a quote")
    seen = {}

    def review(dialog: DuplicatesDialog) -> None:
        try:
            check(dialog)
        finally:
            dialog.reject()

    def check(dialog: DuplicatesDialog) -> None:
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)  # found in the background
        qtmodeltester.check(dialog.model)
        seen["rows"] = dialog.model.rowCount()
        keep_city, other_city = dialog.choices["city"]
        seen["texts"] = (keep_city.text(), other_city.text(), dialog.choices["last_name"][0].text())
        assert keep_city.isChecked()  # the survivor's own value by default
        # On the round indicator: a stretched radio button only reacts on its indicator and text.
        qtbot.mouseClick(
            other_city, Qt.MouseButton.LeftButton, pos=QPoint(6, other_city.height() // 2)
        )
        assert other_city.isChecked()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() == 0)
        seen["after"] = dialog.summary.text()
        assert not dialog.merge_button.isEnabled()

    when_dialog_opens(review)
    window.duplicates_action.trigger()

    assert seen == {
        "rows": 1,
        "texts": ("Köln", "Bonn", "<b>Schmidt</b>"),
        "after": "No possible duplicates found.",
    }
    merged = contacts.get(keep).data
    assert merged.city == "Bonn" and merged.emails == ["anna@example.com", "a@home.example"]
    assert len(services.timeline.interactions(keep)) == 1
    assert contacts.get(other).deleted_at is not None

    window.undo_action.trigger()
    assert contacts.get(keep).data.city == "Köln"
    assert contacts.get(other).deleted_at is None
    assert len(services.timeline.interactions(other)) == 1

    window.redo_action.trigger()
    assert contacts.get(keep).data.city == "Bonn"
    assert contacts.get(other).deleted_at is not None


def test_not_duplicates_hides_the_pair_and_keep_the_other_swaps_sides(
    qtbot, services, qtmodeltester, task_manager
) -> None:
    contacts = services.contacts
    a = contacts.create(
        ContactInput(first_name="Bob", last_name="Stone", phones=["030 1234567"])
    ).id
    b = contacts.create(
        ContactInput(first_name="Robert", last_name="Stone", phones=["+49 30 1234567"])
    ).id
    c = contacts.create(ContactInput(first_name="Eva", emails=["eva@example.com"])).id
    d = contacts.create(ContactInput(first_name="Eve", emails=["eva@example.com"])).id
    dialog = DuplicatesDialog(services.duplicates, contacts, task_manager)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    first = dialog.current_pair()
    assert first is not None
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    remaining = dialog.current_pair()
    assert remaining is not None and remaining != first
    assert dialog.heading_keep.text() == f"Keep: {remaining.first_name}"
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.heading_keep.text() == f"Keep: {remaining.second_name}"
    with qtbot.waitSignal(task_manager.task_finished):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert contacts.get(remaining.second_id).deleted_at is None
    assert contacts.get(remaining.first_id).deleted_at is not None
    assert dialog.model.rowCount() == 0  # the skipped pair stays hidden after the reload
    assert {a, b, c, d} >= {remaining.first_id, remaining.second_id}
    assert dialog.decisions[0] == (first.first_id, first.second_id)
    again = DuplicatesDialog(
        services.duplicates, contacts, task_manager
    )  # remembered, not just hidden
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.summary.text() == "No possible duplicates found.")


def test_not_duplicates_is_one_undo_step_in_the_window(
    qtbot, window, services, when_dialog_opens
) -> None:
    contacts = services.contacts
    contacts.create(ContactInput(first_name="Eva", emails=["eva@example.com"]))
    contacts.create(ContactInput(first_name="Eve", emails=["eva@example.com"]))

    def dismiss(dialog: DuplicatesDialog) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
            qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
        finally:
            dialog.reject()

    when_dialog_opens(dismiss)
    window.duplicates_action.trigger()
    assert services.duplicates.candidates().total == 0

    window.undo_action.trigger()
    assert services.duplicates.candidates().total == 1
    window.redo_action.trigger()
    assert services.duplicates.candidates().total == 0


def test_a_merge_its_undo_and_its_redo_announce_what_the_merge_moved(
    qtbot, window, services, when_dialog_opens
) -> None:
    contacts = services.contacts
    keep = contacts.create(ContactInput(first_name="Ida", emails=["ida@example.com"])).id
    other = contacts.create(ContactInput(first_name="Ida", emails=["IDA@example.com"])).id
    call = services.timeline.log_interaction(other, "call", "Asked about prices").id
    heard: list[Changes] = []
    window.bus.changed.connect(heard.append)

    def merge(dialog: DuplicatesDialog) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
            qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.searching)
        finally:
            dialog.reject()

    when_dialog_opens(merge)
    window.duplicates_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()

    # Each step names both people and the very call that moved between them.
    assert len(heard) == 3
    for changes in heard:
        assert changes.contacts == {keep, other} and changes.owners == {keep, other}
        assert changes.interactions == {call}
        assert changes.reshapes("contacts") and not changes.touches("deals")
