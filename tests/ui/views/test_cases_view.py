"""Support cases in the GUI: open one from a contact, answer in the thread, wait on the
customer, resolve, undo; overdue cases and unhappy customers show up as follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from deskcrm.db.types import to_db_timestamp
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.support.cases import CaseInput
from deskcrm.ui.bus import Changes
from deskcrm.ui.dialogs.case_dialog import CaseDialog
from deskcrm.ui.dialogs.feedback_dialog import FeedbackDialog
from tests.conftest import NOW


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_open_a_case_from_the_contact_answer_and_resolve(
    window, services, qtbot, when_dialog_opens, qtmodeltester
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="<b>Berg</b>")).id
    contacts = window.contacts_view
    contacts.refresh()
    contacts.open_contact(anna)
    pane = contacts.contact_pane
    assert pane.contact_id == anna

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        qtbot.keyClicks(dialog.title, "Kettle <leaks>")
        qtbot.keyClicks(dialog.first_note, "It drips since Monday")
        click(qtbot, dialog.save_button)

    when_dialog_opens(fill)
    click(qtbot, pane.add_case_button)
    assert pane.tabs.tabText(4) == "Cases (1)"
    assert pane.case_model.index(0).data().startswith("Kettle <leaks> — Open")
    pane.open_case_requested.emit(pane.case_model.record(0).id)  # double-click on it

    view = window.cases_view

    qtbot.waitUntil(lambda: view.loaded)
    assert window.stack.current_name() == "cases"
    qtmodeltester.check(view.model)
    assert view.title_label.text() == "Kettle <leaks>"
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText
    assert view.note_model.rowCount() == 1
    qtbot.keyClicks(view.note_edit, "Sending a new seal")
    click(qtbot, view.note_buttons["me"])
    assert view.note_model.rowCount() == 2
    assert "You\nSending a new seal" in view.note_model.index(1).data()
    assert view.note_edit.toPlainText() == ""
    click(qtbot, view.waiting_button)
    case = view.current_case()
    assert case is not None and case.status == "waiting"
    assert view.model.rowCount() == 1  # "Open and waiting" still lists it
    click(qtbot, view.resolve_button)
    assert services.cases.get(case.id).status == "resolved"
    assert view.model.rowCount() == 0  # resolved cases leave the default list
    window.undo_action.trigger()
    assert services.cases.get(case.id).status == "waiting"
    window.undo_action.trigger()
    assert services.cases.get(case.id).status == "open"
    window.undo_action.trigger()
    assert len(services.cases.notes(case.id)) == 1  # the reply taken back


def test_filters_search_and_delete_with_undo(window, services, qtbot) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    late = services.cases.open_case(CaseInput("Late parcel", anna, first_note="Where?")).id
    services.cases.open_case(CaseInput("Wrong colour", bob))
    done = services.cases.open_case(CaseInput("Old issue", bob)).id
    services.cases.set_status(done, "resolved")
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.loaded)
    view.refresh()
    assert view.model.rowCount() == 2
    view.status_filter.setCurrentIndex(3)  # Resolved
    assert [c.id for c in view.model.records()] == [done]
    view.status_filter.setCurrentIndex(4)  # All
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search_edit, "parcel")
    assert [c.id for c in view.model.records()] == [late]
    view.select_case(late)
    click(qtbot, view.delete_button)
    assert view.model.rowCount() == 0
    window.undo_action.trigger()
    assert [c.id for c in view.model.records()] == [late]


def test_overdue_cases_and_detractors_are_follow_ups(
    window, services, db, qtbot, when_dialog_opens
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    services.cases.open_case(CaseInput("Late parcel", anna))
    # Opened three days before "now": overdue with the default two reply days.
    with db.transaction() as session:
        session.execute(
            text("UPDATE support_case SET opened_at = :t"),
            {"t": to_db_timestamp(NOW - timedelta(days=3))},
        )

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, FeedbackDialog)
        dialog.score.setValue(3)
        qtbot.keyClicks(dialog.comment, "Slow delivery")
        click(qtbot, dialog.save_button)

    contacts = window.contacts_view
    contacts.refresh()
    contacts.open_contact(bob)
    when_dialog_opens(record)
    click(qtbot, contacts.contact_pane.add_feedback_button)
    (answer,) = services.feedback.for_contact(bob)
    assert (answer.kind, answer.score, answer.answered_at.date()) == ("nps", 3, date(2026, 3, 15))
    assert contacts.contact_pane.feedback_model.index(0).data() == (
        "2026-03-15 · NPS 3/10 — Slow delivery"
    )
    pane = contacts.contact_pane
    assert not pane.delete_feedback_button.isEnabled()

    window.show_view("tasks")
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: tasks.loaded)
    tasks.refresh()
    model = tasks.model
    group = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data().startswith("Follow-ups")
    )
    texts = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    assert texts == ["Answer Anna: Late parcel", "Get back to Bob, who is unhappy"]
    assert model.index(0, 1, group).data() == "waiting 3 days for a reply"
    assert model.index(1, 3, group).data() == "NPS 3: Slow delivery"
    # Calling Bob back clears his follow-up.
    services.timeline.log_interaction(
        bob, "call", "Apologised", occurred_at=NOW + timedelta(hours=1)
    )
    tasks.refresh()
    assert model.rowCount(group) == 1


def test_a_case_about_a_purchase_from_the_cases_view(
    window, services, qtbot, when_dialog_opens
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", emails=["a@example.com"])).id
    services.timeline.record_purchase(anna, "Kettle", 40_00, "EUR")
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.loaded)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        qtbot.keyClicks(dialog.title, "Leaks")
        qtbot.keyClicks(dialog.contact, "Anna")
        qtbot.waitUntil(lambda: dialog.contact.completer().completionCount() > 0)
        dialog.contact.completer().activated[str].emit(
            dialog.contact.completer().currentCompletion()
        )
        qtbot.waitUntil(lambda: dialog.related.count() == 2)
        dialog.related.setCurrentIndex(1)
        click(qtbot, dialog.save_button)

    when_dialog_opens(fill)
    click(qtbot, view.new_button)
    case = view.current_case()
    assert case is not None and case.about == "Purchase: Kettle"
    assert view.meta_label.text().startswith("Anna · Purchase: Kettle · Open")
    assert window.nav_actions["cases"].text() == "Cases"


def test_file_import_feedback_lists_what_it_skipped(
    window, services, qtbot, when_dialog_opens, tmp_path
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", emails=["anna@example.com"])).id
    survey = tmp_path / "survey.csv"
    survey.write_text(
        "email,kind,score\nanna@example.com,csat,5\nnobody@example.com,nps,9\n",
        encoding="utf-8",
    )
    window.support.ask_feedback_path = lambda: survey
    shown: list[str] = []

    def read(dialog) -> None:
        shown.append(dialog.text())
        dialog.accept()

    heard: list[Changes] = []
    window.bus.changed.connect(heard.append)
    when_dialog_opens(read)
    window.import_feedback_action.trigger()
    assert shown and shown[0].startswith("Added 1 answer from 2 rows of survey.csv.")
    assert "line 3, email: no contact with “nobody@example.com”" in shown[0]
    # The import's own record of what it wrote: Anna's pane re-reads her answers.
    assert heard == [window.support.last_feedback_import.changes]
    assert heard[0].owners == {anna} and heard[0].reshapes("feedback")


def test_a_feedback_file_with_no_known_contact_announces_nothing(
    window, services, when_dialog_opens, tmp_path
) -> None:
    survey = tmp_path / "survey.csv"
    survey.write_text("email,score\nnobody@example.com,9\n", encoding="utf-8")
    window.support.ask_feedback_path = lambda: survey
    heard: list[Changes] = []
    window.bus.changed.connect(heard.append)
    when_dialog_opens(lambda dialog: dialog.accept())
    window.import_feedback_action.trigger()
    assert window.support.last_feedback_import.added == 0
    assert not window.support.last_feedback_import.changes and heard == []


def test_a_deleted_case_waits_in_the_trash(services, qtbot, monkeypatch) -> None:
    from deskcrm.ui.dialogs.trash_dialog import TrashDialog

    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    keep = services.cases.open_case(CaseInput("Keep me", anna)).id
    drop = services.cases.open_case(CaseInput("Drop me", anna, first_note="…")).id
    services.cases.delete([keep, drop])
    dialog = TrashDialog(services.trash, "case")
    qtbot.addWidget(dialog)
    titles = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert sorted(titles) == ["Drop me", "Keep me"]
    dialog.table.selectRow(titles.index("Keep me"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in services.cases.cases()] == [keep]
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialog, "confirm_purge", lambda _n: True)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert services.trash.items("case") == []


def test_delete_a_feedback_answer_and_undo(window, services, qtbot) -> None:
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    services.feedback.record(bob, "csat", 1, date(2026, 3, 1), "typo")
    contacts = window.contacts_view
    contacts.refresh()
    contacts.open_contact(bob)
    pane = contacts.contact_pane
    pane.tabs.setCurrentIndex(5)
    rect = pane.feedback_view.visualRect(pane.feedback_model.index(0))
    qtbot.mouseClick(pane.feedback_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.delete_feedback_button.isEnabled()
    click(qtbot, pane.delete_feedback_button)
    assert services.feedback.for_contact(bob) == []
    assert pane.feedback_model.rowCount() == 0
    window.undo_action.trigger()
    assert len(services.feedback.for_contact(bob)) == 1
