"""Deal editor and stage editor dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.stages_dialog import StagesDialog


def test_deal_dialog_validates_and_links_a_contact_found_by_typing(services, qtbot) -> None:
    anna = services.contacts.create(
        ContactInput(first_name="Anna", last_name="Müller", company_name="Kaffee Verde")
    ).id
    dialog = DealDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.value, "lots")
    qtbot.keyClicks(dialog.expected_close, "next week")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("value").startswith("Type an amount")
    assert dialog.errors.text("expected_close") == "Use the form YYYY-MM-DD"
    dialog.value.clear()
    dialog.expected_close.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("title") == "A deal needs a title"

    qtbot.keyClicks(dialog.title, "Espresso machine service")
    qtbot.keyClicks(dialog.contact, "anna")
    popup = dialog.contact.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.contact.completer().completionModel().rowCount() == 1
    dialog.contact.completer().activated[str].emit(
        dialog.contact.completer().completionModel().index(0, 0).data()
    )
    assert dialog.contact.contact_id == anna
    qtbot.keyClicks(dialog.value, "2.400,50")
    qtbot.keyClicks(dialog.expected_close, "2026-04-30")
    dialog.probability.setValue(60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    data, status = services.deals.get(dialog.saved_id)
    assert status == "open" and data.contact_id == anna
    assert (data.value_minor, data.currency, data.probability_override) == (240050, "EUR", 60)
    assert data.company_id == services.companies.find_by_name("Kaffee Verde")


def test_stage_editor_adds_a_stage_and_moves_deals_off_a_removed_one(
    services,
    qtbot,
    when_dialog_opens,
) -> None:
    qualified = services.pipeline.pipeline(1).open_stages[1]
    deal = services.deals.create(DealInput(title="D", pipeline_id=1, stage_id=qualified.id)).id
    dialog = StagesDialog(services, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.model.setData(dialog.model.index(4, 0), "Contract sent")

    def move_to_proposal(box: QDialog) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Proposal")
        box.accept()

    dialog.table.selectRow(1)  # Qualified holds a deal
    when_dialog_opens(move_to_proposal)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in dialog.model.drafts][:4] == [
        "Lead",
        "Proposal",
        "Negotiation",
        "Contract sent",
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    names = [s.name for s in services.pipeline.pipeline(1).stages]
    assert names == ["Lead", "Proposal", "Negotiation", "Contract sent", "Won", "Lost"]
    data, _ = services.deals.get(deal)
    assert data.stage_id == services.pipeline.pipeline(1).stages[1].id


def test_task_dialog_builds_a_repeating_reminded_task_linked_to_a_deal(services, qtbot) -> None:
    from datetime import UTC, datetime, timedelta

    from deskcrm.ui.dialogs.task_dialog import TaskDialog

    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    stage = services.pipeline.pipeline(1).open_stages[0].id
    deal = services.deals.create(
        DealInput(title="Retainer", pipeline_id=1, stage_id=stage, contact_id=anna)
    ).id
    dialog = DealDialog(services, deal)
    qtbot.addWidget(dialog)
    assert dialog.task_model.rowCount() == 0
    task_dialog = TaskDialog(services, contact_id=anna, deal_id=deal)
    qtbot.addWidget(task_dialog)
    qtbot.keyClicks(task_dialog.title, "Send monthly report")
    task_dialog.has_due.setChecked(True)
    task_dialog.due_date.setDate(task_dialog.due_date.date().fromString("2026-03-31", "yyyy-MM-dd"))
    task_dialog.has_time.setChecked(True)
    task_dialog.due_time.setTime(task_dialog.due_time.time().fromString("17:00", "HH:mm"))
    task_dialog.reminder.setCurrentIndex(3)  # 1 hour before
    task_dialog.repeat.setCurrentIndex(task_dialog.repeat.findData("MONTHLY"))
    qtbot.mouseClick(task_dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.tasks.get(task_dialog.saved_id)
    assert saved.due_at == datetime(2026, 3, 31, 15, 0, tzinfo=UTC)  # 17:00 in Berlin (CEST)
    assert saved.remind_at == saved.due_at - timedelta(hours=1)
    assert saved.recurrence == "FREQ=MONTHLY;BYMONTHDAY=31"
    assert (saved.contact_id, saved.deal_id) == (anna, deal)
    dialog._load_tasks()
    assert dialog.task_model.index(0, 0).data().startswith("Send monthly report — due 2026-03-31")
