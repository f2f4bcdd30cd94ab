"""Every write a user makes from a dialog is one undo step: Ctrl+Z takes it back everywhere
it is shown, Ctrl+Shift+Z makes it again. And every undo step has the one command shape."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.support.cases import CaseFilter
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui import undo as undo_module
from deskcrm.ui.dialogs.case_dialog import CaseDialog
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.feedback_dialog import FeedbackDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from deskcrm.ui.dialogs.purchase_dialog import PurchaseDialog
from deskcrm.ui.dialogs.task_dialog import TaskDialog
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.undo import ChangeCommand

UI = Path(__file__).resolve().parents[2] / "src" / "deskcrm" / "ui"


# -- how a user works ------------------------------------------------------------------
def press_undo(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def press_redo(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def retype(qtbot, field: QWidget, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def fill_and_save(qtbot, kind: type, fill: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, kind), dialog
        fill(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    return handler


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def only_change_commands(window: MainWindow) -> bool:
    stack = window.undo_stack
    return all(type(stack.command(i)) is ChangeCommand for i in range(stack.count()))


def anna(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna", last_name="Berg")).id


def pane_of(window: MainWindow, contact_id: int):
    window.show_view("contacts")
    window.contacts_view.open_contact(contact_id)
    return window.contacts_view.contact_pane


# -- the stale pane -------------------------------------------------------------------
def test_undoing_a_task_deleted_in_tasks_shows_it_again_on_its_contacts_open_pane(
    window, services, qtbot
) -> None:
    contact_id = anna(services)
    task_id = services.tasks.create(TaskInput(title="Send the quote", contact_id=contact_id)).id
    window.show_view("tasks")
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: tasks.loaded)
    tasks.refresh()
    tasks.tree.setCurrentIndex(tasks.model.index_of_task(task_id))
    window.delete_action.trigger()
    assert services.tasks.open_for_contact(contact_id) == []

    pane = pane_of(window, contact_id)
    assert pane.task_model.rowCount() == 0

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.task_model.rowCount() == 1)
    assert pane.task_model.record(0).title == "Send the quote"
    assert pane.tabs.tabText(3) == "Tasks (1)"
    assert only_change_commands(window)


# -- contacts ---------------------------------------------------------------------------
def test_a_contact_created_in_its_dialog_goes_with_ctrl_z_and_comes_back_with_ctrl_shift_z(
    window, services, qtbot, when_dialog_opens
) -> None:
    view = window.contacts_view
    when_dialog_opens(
        fill_and_save(qtbot, ContactDialog, lambda d: qtbot.keyClicks(d.first_name, "Clara"))
    )
    window.new_contact_action.trigger()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    (clara,) = services.contacts.list_ids(ContactFilter())
    assert window.undo_action.text() == "&Undo New contact"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 0)
    assert services.contacts.list_ids(ContactFilter(in_trash=True)) == [clara]
    assert view.count_label.text() == "0 people"

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert view.people_model.id_at(0) == clara
    assert only_change_commands(window)


def test_editing_a_contact_and_pressing_ctrl_z_puts_the_old_name_back_in_list_and_pane(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    view = window.contacts_view
    view.refresh()
    pane = pane_of(window, contact_id)
    assert pane.name_label.text() == "Anna Berg"

    when_dialog_opens(
        fill_and_save(qtbot, ContactDialog, lambda d: retype(qtbot, d.last_name, "Lindqvist"))
    )
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.name_label.text() == "Anna Lindqvist")
    assert view.people_model.index(0, 0).data() == "Anna Lindqvist"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.name_label.text() == "Anna Berg")
    assert view.people_model.index(0, 0).data() == "Anna Berg"
    assert services.contacts.get(contact_id).data.last_name == "Berg"

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: pane.name_label.text() == "Anna Lindqvist")
    assert only_change_commands(window)


# -- companies --------------------------------------------------------------------------
def test_a_company_created_in_its_dialog_goes_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    view = window.contacts_view
    when_dialog_opens(
        fill_and_save(qtbot, CompanyDialog, lambda d: qtbot.keyClicks(d.name, "Kaffee Verde"))
    )
    window.new_company_action.trigger()
    qtbot.waitUntil(lambda: view.company_model.rowCount() == 1)
    assert view.count_label.text() == "1 company"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: view.company_model.rowCount() == 0)
    assert [item.title for item in services.trash.items("company")] == ["Kaffee Verde"]

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: view.company_model.rowCount() == 1)
    assert view.company_model.index(0, 0).data() == "Kaffee Verde"
    assert only_change_commands(window)


def test_renaming_a_company_and_pressing_ctrl_z_restores_its_name_on_the_company_and_its_people(
    window, services, qtbot, when_dialog_opens
) -> None:
    company_id = services.companies.create(CompanyInput(name="Kaffee Verde")).id
    contact_id = services.contacts.create(
        ContactInput(first_name="Anna", company_id=company_id, title="Buyer")
    ).id
    view = window.contacts_view
    view.set_mode(1)
    click_row(qtbot, view.company_table, 0)
    pane = view.company_pane
    assert pane.name_label.text() == "Kaffee Verde"

    when_dialog_opens(fill_and_save(qtbot, CompanyDialog, lambda d: retype(qtbot, d.name, "Verde")))
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.name_label.text() == "Verde")
    assert view.company_model.index(0, 0).data() == "Verde"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.name_label.text() == "Kaffee Verde")
    assert view.company_model.index(0, 0).data() == "Kaffee Verde"
    contact_pane = pane_of(window, contact_id)
    assert contact_pane.subtitle_label.text() == "Buyer at Kaffee Verde"
    assert view.people_model.index(0, 1).data() == "Kaffee Verde"
    assert only_change_commands(window)


# -- deals --------------------------------------------------------------------------------
def test_a_deal_created_in_its_dialog_leaves_the_board_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    window.show_view("pipeline")
    board = window.pipeline_view
    qtbot.waitUntil(lambda: board.loaded)
    when_dialog_opens(
        fill_and_save(qtbot, DealDialog, lambda d: qtbot.keyClicks(d.title, "Espresso machines"))
    )
    qtbot.mouseClick(board.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.selected_deal_id() is not None)
    deal_id = board.selected_deal_id()
    assert board.column_of(deal_id) is not None

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: board.column_of(deal_id) is None)
    assert [item.title for item in services.trash.items("deal")] == ["Espresso machines"]

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: board.column_of(deal_id) is not None)
    assert only_change_commands(window)


def test_editing_a_deal_and_pressing_ctrl_z_restores_its_title_on_the_board_and_the_contact(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    pipeline = services.pipeline.pipelines()[0]
    deal_id = services.deals.create(
        DealInput(
            title="Espresso machines",
            pipeline_id=pipeline.id,
            stage_id=pipeline.open_stages[0].id,
            contact_id=contact_id,
            currency="EUR",
        )
    ).id
    window.show_view("pipeline")
    board = window.pipeline_view
    qtbot.waitUntil(lambda: board.loaded)
    board.refresh()
    assert board.select_deal(deal_id)

    when_dialog_opens(
        fill_and_save(qtbot, DealDialog, lambda d: retype(qtbot, d.title, "Grinders"))
    )
    board.edit_selected()
    column = board.column_of(deal_id)
    assert column is not None
    row = column.model.row_of(deal_id)
    qtbot.waitUntil(lambda: column.model.index(row, 0).data() == "Grinders")

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: column.model.index(row, 0).data() == "Espresso machines")
    pane = pane_of(window, contact_id)
    assert pane.deal_model.record(0).title == "Espresso machines"
    assert services.deals.get(deal_id)[0].title == "Espresso machines"
    assert only_change_commands(window)


# -- tasks --------------------------------------------------------------------------------
def test_a_task_created_in_its_dialog_leaves_the_list_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    window.show_view("tasks")
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: tasks.loaded)
    when_dialog_opens(
        fill_and_save(qtbot, TaskDialog, lambda d: qtbot.keyClicks(d.title, "Order beans"))
    )
    qtbot.mouseClick(tasks.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.model.group_size("No date") == 1)

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: tasks.model.group_size("No date") == 0)
    assert [item.title for item in services.trash.items("task")] == ["Order beans"]

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: tasks.model.group_size("No date") == 1)
    assert only_change_commands(window)


def test_editing_a_task_and_pressing_ctrl_z_restores_its_title_in_tasks_and_on_the_contact(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    task_id = services.tasks.create(TaskInput(title="Send the quote", contact_id=contact_id)).id
    window.show_view("tasks")
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: tasks.loaded)
    tasks.refresh()
    tasks.tree.setCurrentIndex(tasks.model.index_of_task(task_id))

    when_dialog_opens(
        fill_and_save(qtbot, TaskDialog, lambda d: retype(qtbot, d.title, "Call about the quote"))
    )
    qtbot.mouseClick(tasks.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.model.task_row(task_id).title == "Call about the quote")

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: tasks.model.task_row(task_id).title == "Send the quote")
    assert tasks.model.index_of_task(task_id).data() == "Send the quote"
    pane = pane_of(window, contact_id)
    assert pane.task_model.record(0).title == "Send the quote"
    assert only_change_commands(window)


# -- what is recorded on a contact's pane ---------------------------------------------------
def test_a_logged_call_goes_from_the_timeline_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    pane = pane_of(window, contact_id)
    when_dialog_opens(
        fill_and_save(
            qtbot, InteractionDialog, lambda d: qtbot.keyClicks(d.summary, "Wants a demo")
        )
    )
    qtbot.mouseClick(pane.log_buttons["call"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() == 1)
    assert window.undo_action.text() == "&Undo Log Call"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() == 0)
    assert services.timeline.interactions(contact_id) == []

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() == 1)
    assert pane.tabs.tabText(0) == "Timeline (1)"
    assert only_change_commands(window)


def test_a_recorded_purchase_goes_from_the_pane_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    pane = pane_of(window, contact_id)

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.description, "Espresso machine")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.amount, "499.00")  # type: ignore[attr-defined]

    when_dialog_opens(fill_and_save(qtbot, PurchaseDialog, fill))
    qtbot.mouseClick(pane.add_purchase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.purchase_model.rowCount() == 1)
    assert window.undo_action.text() == "&Undo Record purchase"
    assert services.contacts.get(contact_id).data.lifecycle == "customer"

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.purchase_model.rowCount() == 0, timeout=1000)
    assert services.timeline.purchases(contact_id) == []
    assert services.contacts.get(contact_id).data.lifecycle == "lead"  # the promotion too

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: pane.purchase_model.rowCount() == 1)
    assert services.contacts.get(contact_id).data.lifecycle == "customer"
    assert only_change_commands(window)


def test_a_case_opened_from_the_pane_goes_with_ctrl_z_from_pane_and_cases_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    cases = window.cases_view  # built, so it must follow too
    pane = pane_of(window, contact_id)
    when_dialog_opens(
        fill_and_save(qtbot, CaseDialog, lambda d: qtbot.keyClicks(d.title, "Kettle leaks"))
    )
    qtbot.mouseClick(pane.add_case_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.case_model.rowCount() == 1)
    assert cases.model.rowCount() == 1

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.case_model.rowCount() == 0)
    assert cases.model.rowCount() == 0
    assert services.cases.cases(CaseFilter(contact_id=contact_id)) == []

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: pane.case_model.rowCount() == 1)
    assert cases.model.rowCount() == 1
    assert only_change_commands(window)


def test_a_feedback_answer_recorded_on_the_pane_goes_with_ctrl_z_and_comes_back(
    window, services, qtbot, when_dialog_opens
) -> None:
    contact_id = anna(services)
    pane = pane_of(window, contact_id)

    def fill(dialog: QWidget) -> None:
        dialog.score.setValue(9)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.comment, "Great coffee")  # type: ignore[attr-defined]

    when_dialog_opens(fill_and_save(qtbot, FeedbackDialog, fill))
    qtbot.mouseClick(pane.add_feedback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.feedback_model.rowCount() == 1)

    press_undo(window, qtbot)
    qtbot.waitUntil(lambda: pane.feedback_model.rowCount() == 0)
    assert services.feedback.for_contact(contact_id) == []

    press_redo(window, qtbot)
    qtbot.waitUntil(lambda: pane.feedback_model.rowCount() == 1)
    assert only_change_commands(window)


# -- one shape ----------------------------------------------------------------------------
def _undo_push_sites() -> list[tuple[str, int, ast.expr]]:
    """Every `<…stack>.push(x)` in the GUI: (file, line, x)."""
    sites = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "push"
                and "stack" in ast.unparse(node.func.value)
            ):
                sites.append((str(path.relative_to(UI)), node.lineno, node.args[0]))
    return sites


def test_every_undo_push_in_the_gui_pushes_the_one_command_shape() -> None:
    # Builders in ui/undo.py that return the one shape (kept for callers we do not own).
    builders = {
        name
        for name, value in vars(undo_module).items()
        if callable(value)
        and getattr(value, "__annotations__", {}).get("return") in ("ChangeCommand",)
    }
    allowed = {"ChangeCommand", "self.command", *builders}
    sites = _undo_push_sites()
    listing = "\n".join(f"{f}:{line}: push({ast.unparse(arg)})" for f, line, arg in sites)
    assert sites, "no push site found"
    for _file, _line, arg in sites:
        assert isinstance(arg, ast.Call), listing
        assert ast.unparse(arg.func) in allowed, listing
    # And no other command class exists anywhere in the GUI.
    subclasses = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                "QUndoCommand" in ast.unparse(base) for base in node.bases
            ):
                subclasses.append(f"{path.relative_to(UI)}:{node.name}")
    assert subclasses == ["undo.py:ChangeCommand"]


def test_the_legacy_builders_build_the_one_shape(services) -> None:
    from deskcrm.services.contacts.bulk_actions import BulkChange

    bulk = undo_module.BulkCommand(
        "Add tag",
        BulkChange("add_tag", [1]),
        services.bulk,
        lambda _changes: None,
        lambda op, done: done(op()),
    )
    segment = undo_module.DeleteSegmentCommand(1, services.segments, lambda: None)
    assert type(bulk) is ChangeCommand and type(segment) is ChangeCommand
