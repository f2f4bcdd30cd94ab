"""The deal, task and company dialogs, saved after someone else changed the record (a
card moved on the board, a task snoozed, a company edited in another program): the user
sees both versions and decides; nothing is overwritten unasked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.edit_conflict_dialog import ConflictChoice
from deskcrm.ui.dialogs.task_dialog import TaskDialog
from deskcrm.ui.undo import History
from tests.conftest import NOW, TZ


def _elsewhere(db_path, change) -> None:
    """A second program on the same file makes a change."""
    other = open_database(db_path)
    try:
        change(build_services(other, clock=lambda: NOW, tz=TZ))
    finally:
        other.close()


def _deal(services) -> int:
    (pipeline,) = services.pipeline.pipelines()
    return services.deals.create(
        DealInput(
            title="Espresso machine",
            pipeline_id=pipeline.id,
            stage_id=pipeline.open_stages[0].id,
            value_minor=480_000,
        )
    ).id


def test_a_deal_moved_on_the_board_meanwhile_is_not_moved_back(qtbot, services, db_path) -> None:
    deal_id = _deal(services)
    (pipeline,) = services.pipeline.pipelines()
    second = pipeline.open_stages[1]
    dialog = DealDialog(services, deal_id)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, list[tuple[str, str, str]]]] = []
    dialog.ask_conflict = lambda name, rows: asked.append((name, rows)) or ConflictChoice.BACK
    qtbot.keyClicks(dialog.notes, "Call Friday")
    _elsewhere(db_path, lambda other: other.pipeline.move_deal(deal_id, second.id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ((name, rows),) = asked
    assert name == "Espresso machine"
    assert [field for field, _theirs, _mine in rows] == ["Stage", "Notes"]
    assert rows[0][1] == f"{pipeline.name}: {second.name}"
    assert dialog.saved_id is None
    assert "someone else changed this" in dialog.general_error.text()
    assert dialog.notes.toPlainText() == "Call Friday"  # the typing is still there
    saved, _status = services.deals.get(deal_id)
    assert (saved.stage_id, saved.notes) == (second.id, "")


def test_a_task_snoozed_meanwhile_loads_into_the_form(qtbot, services, db_path) -> None:
    task_id = services.tasks.create(TaskInput(title="Send the quote", due_at=NOW)).id
    dialog = TaskDialog(services, task_id)
    qtbot.addWidget(dialog)
    dialog.ask_conflict = lambda _name, _rows: ConflictChoice.LOAD_SAVED
    qtbot.keyClicks(dialog.notes, "Attach the PDF")
    _elsewhere(db_path, lambda other: other.tasks.snooze(task_id, "tomorrow"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None
    assert "shows what was last saved" in dialog.general_error.text()
    snoozed = services.tasks.get(task_id).due_at
    assert dialog.collect().due_at == snoozed and dialog.notes.toPlainText() == ""
    # From there on the form is up to date: its next save goes through.
    qtbot.keyClicks(dialog.notes, "Attach the PDF")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id == task_id
    saved = services.tasks.get(task_id)
    assert (saved.due_at, saved.notes) == (snoozed, "Attach the PDF")


def test_a_company_saved_over_theirs_is_one_undoable_step(qtbot, services, db_path) -> None:
    company_id = services.companies.create(CompanyInput(name="Nordlicht GmbH")).id
    history = History(QUndoStack(), ChangeBus())
    dialog = CompanyDialog(services, company_id, history=history)
    qtbot.addWidget(dialog)
    dialog.ask_conflict = lambda _name, _rows: ConflictChoice.SAVE_MINE
    qtbot.keyClicks(dialog.notes, "Pays within 10 days")

    def move_to_kiel(other) -> None:
        other.companies.update(company_id, replace(other.companies.get(company_id), city="Kiel"))

    _elsewhere(db_path, move_to_kiel)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.companies.get(company_id)
    assert dialog.saved_id == company_id
    assert (saved.city, saved.notes) == ("", "Pays within 10 days")  # the form's, knowingly
    history.stack.undo()  # back to what the other program had saved
    saved = services.companies.get(company_id)
    assert (saved.city, saved.notes) == ("Kiel", "")
