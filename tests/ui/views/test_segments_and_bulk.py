"""Segments and bulk actions the way a user works them: build a segment by clicking
conditions while the count updates, open it from the sidebar, tag everyone in it, email
them, and take each step back with Ctrl+Z."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from deskcrm.domain.segments import SegmentConditions
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.bulk_dialogs import ChoiceDialog, EmailDialog
from deskcrm.ui.dialogs.segment_dialog import SegmentDialog
from deskcrm.ui.models.segment_list_model import SegmentListModel
from tests.domain.test_mailto import recipients


def people(services) -> dict[str, int]:
    c = services.contacts
    return {
        "anna": c.create(
            ContactInput(first_name="Anna", tags=["VIP"], emails=["anna@example.com"])
        ).id,
        "bob": c.create(
            ContactInput(
                first_name="Bob", tags=["VIP"], lifecycle="prospect", emails=["bob@example.com"]
            )
        ).id,
        "cara": c.create(ContactInput(first_name="<i>Cara</i>", lifecycle="prospect")).id,
    }


def test_build_a_segment_by_clicking_conditions_and_see_the_count(
    window, services, qtbot, when_dialog_opens, qtmodeltester
) -> None:
    ids = people(services)
    view = window.contacts_view
    view.refresh()
    seen: list[str] = []

    def build(dialog: QDialog) -> None:
        assert isinstance(dialog, SegmentDialog)
        try:
            qtbot.waitUntil(lambda: dialog.count_label.text() == "3 contacts")
            qtbot.keyClicks(dialog.name, "VIP prospects")
            # Tick the "VIP" tag: select it in the list and press Space, as a user would.
            tags = dialog.tags_any
            tags.setFocus()
            vip_row = tags.model().match(
                tags.model().index(0, 0), Qt.ItemDataRole.DisplayRole, "VIP"
            )[0]
            tags.setCurrentIndex(vip_row)
            qtbot.keyClick(tags, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: dialog.count_label.text() == "2 contacts")
            seen.append(dialog.count_label.text())
            prospect = dialog.lifecycles["prospect"]
            qtbot.mouseClick(
                prospect, Qt.MouseButton.LeftButton, pos=QPoint(6, prospect.height() // 2)
            )
            qtbot.waitUntil(lambda: dialog.count_label.text() == "1 contact")
            seen.append(dialog.count_label.text())
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_dialog_opens(build)
    qtbot.mouseClick(view.sidebar.new_button, Qt.MouseButton.LeftButton)

    assert seen == ["2 contacts", "1 contact"]
    (segment,) = services.segments.all()
    assert segment.conditions == SegmentConditions(
        tags_any=("VIP",), lifecycles=("prospect",), lifetime_currency="EUR"
    )
    qtmodeltester.check(view.sidebar.model)
    model = view.sidebar.model

    def texts() -> list[str]:
        return [model.index(r).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: texts() == ["All people", "VIP prospects  (1)"])  # counted aside
    # The new segment is selected: the list shows its one member.
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert view.people_model.id_at(0) == ids["bob"]
    assert view.count_label.text() == "1 person"
    # "All people" again.
    first = view.sidebar.list.visualRect(view.sidebar.model.index(0)).center()
    qtbot.mouseClick(view.sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)


def test_bulk_tag_a_whole_segment_and_undo(window, services, qtbot, when_dialog_opens) -> None:
    ids = people(services)
    segment = services.segments.save("Prospects", SegmentConditions(lifecycles=("prospect",))).id
    view = window.contacts_view
    view.refresh()
    view.show_segment(segment)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 2)

    def tag(dialog: QDialog) -> None:
        assert isinstance(dialog, ChoiceDialog)
        try:
            qtbot.keyClicks(dialog.choice.lineEdit(), "Spring sale")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_dialog_opens(tag)
    view.bulk_button.actions_["add_tag"].trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # done in a worker

    assert services.contacts.get(ids["bob"]).data.tags == ["Spring sale", "VIP"]
    assert services.contacts.get(ids["cara"]).data.tags == ["Spring sale"]
    assert services.contacts.get(ids["anna"]).data.tags == ["VIP"]  # not in the segment
    assert "Tagged 2 contacts" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert services.contacts.get(ids["bob"]).data.tags == ["VIP"]
    assert services.contacts.get(ids["cara"]).data.tags == []
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert services.contacts.get(ids["cara"]).data.tags == ["Spring sale"]


def test_bulk_lifecycle_on_selected_rows_and_undo(
    window, services, qtbot, when_dialog_opens
) -> None:
    ids = people(services)
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)
    view.people_table.selectRow(0)
    view.people_table.selectionModel().select(
        view.people_model.index(1, 0),
        view.people_table.selectionModel().SelectionFlag.Select
        | view.people_table.selectionModel().SelectionFlag.Rows,
    )
    chosen = view.bulk_targets()
    assert len(chosen) == 2
    view.bulk_button.menu_.aboutToShow.emit()  # the menu says what it will work on
    assert view.bulk_button.target_label.text() == "For 2 contacts"

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, ChoiceDialog)
        dialog.choice.setCurrentIndex(dialog.choice.findData("former"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(pick)
    view.bulk_button.actions_["lifecycle"].trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # done in a worker
    assert {services.contacts.get(i).data.lifecycle for i in chosen} == {"former"}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert services.contacts.get(ids["anna"]).data.lifecycle == "lead"
    assert services.contacts.get(ids["bob"]).data.lifecycle == "prospect"


def test_email_everyone_in_the_list_opens_split_bcc_links_and_logs(
    window, services, qtbot, when_dialog_opens
) -> None:
    ids = people(services)
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)
    opened: list[str] = []
    view.bulk_button.open_url = lambda url: opened.append(url) or True  # the mail app opened

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, EmailDialog)
        qtbot.keyClicks(dialog.subject, "Spring news")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(send)
    view.bulk_button.actions_["email"].trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # done in a worker

    assert [unquote(link) for link in opened] == [
        "mailto:?bcc=anna@example.com,bob@example.com&subject=Spring news"
    ]
    assert [e.kind for e in services.timeline.interactions(ids["anna"])] == ["email"]
    assert services.timeline.interactions(ids["cara"]) == []  # no address
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert services.timeline.interactions(ids["anna"]) == []


def _customers(services, n: int) -> dict[str, int]:
    """n contacts with an address each (enough for several mailto: links): address -> id."""
    return {
        f"customer{i:03d}@example.com": services.contacts.create(
            ContactInput(first_name=f"Customer {i:03d}", emails=[f"customer{i:03d}@example.com"])
        ).id
        for i in range(n)
    }


def _emailed(services, ids) -> set[int]:
    return {i for i in ids if [e.kind for e in services.timeline.interactions(i)] == ["email"]}


def _email_everyone(window, qtbot, when_dialog_opens, open_url) -> list[str]:
    """Bulk Email… on the whole list with `open_url` as the mail application; returns the
    warning shown, if any."""
    view = window.contacts_view
    view.bulk_button.open_url = open_url
    warnings: list[str] = []

    def warned(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.accept()

    def send(dialog: QWidget) -> None:
        assert isinstance(dialog, EmailDialog)
        qtbot.keyClicks(dialog.subject, "Spring news")
        when_dialog_opens(warned)  # the warning, if the mail app fails
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(send)
    view.bulk_button.actions_["email"].trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy and view.bulk_button.isEnabled())
    return warnings


def test_email_is_logged_only_for_the_messages_the_mail_app_opened(
    window, services, qtbot, when_dialog_opens
) -> None:
    customers = _customers(services, 200)
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 200)
    asked: list[str] = []

    def mail_app(url: str) -> bool:  # the second message cannot be opened
        asked.append(url)
        return len(asked) != 2

    warnings = _email_everyone(window, qtbot, when_dialog_opens, mail_app)

    assert len(asked) == 3  # 200 addresses take three links
    in_link = [set(recipients(link)) for link in asked]
    opened = {customers[a] for a in in_link[0] | in_link[2]}
    not_opened = {customers[a] for a in in_link[1]}
    assert opened and not_opened and opened | not_opened == set(customers.values())
    assert _emailed(services, customers.values()) == opened
    assert warnings == [
        f"1 of 3 messages could not be opened in your mail application. Nothing was logged"
        f" on their {len(not_opened)} contacts; the email is logged only on the contacts of"
        f" the messages that opened."
    ]
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()  # takes back exactly what was logged
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert _emailed(services, customers.values()) == set()
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # undo and redo run in a worker too
    assert _emailed(services, customers.values()) == opened


def test_no_mail_app_means_no_email_logged_and_nothing_to_undo(
    window, services, qtbot, when_dialog_opens
) -> None:
    ids = people(services)
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)

    warnings = _email_everyone(window, qtbot, when_dialog_opens, lambda _url: False)

    assert all(services.timeline.interactions(i) == [] for i in ids.values())
    assert warnings == [
        "Your mail application could not be opened, so no message was written and no email"
        " was logged on the 2 contacts."
    ]
    assert window.undo_stack.count() == 0
    assert "could not be opened" in window.statusBar().currentMessage()


def test_export_the_list_and_delete_a_segment_with_undo(window, services, qtbot, tmp_path) -> None:
    people(services)
    segment = services.segments.save("VIP", SegmentConditions(tags_any=("VIP",))).id
    view = window.contacts_view
    view.refresh()
    view.show_segment(segment)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 2)
    view.bulk_button.ask_save_path = lambda _name: tmp_path / "vip.vcf"
    view.bulk_button.actions_["vcf"].trigger()
    qtbot.waitUntil(lambda: not view.bulk_button.busy)  # done in a worker
    assert (tmp_path / "vip.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2

    view.sidebar.delete_segment(segment)
    assert services.segments.all() == []
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)  # back to everyone
    window.undo_action.trigger()
    assert [s.name for s in services.segments.all()] == ["VIP"]
    assert view.sidebar.model.rowCount() == 2


def test_segment_list_model(qtmodeltester, qtbot, services, task_manager) -> None:
    people(services)
    services.segments.save("VIP", SegmentConditions(tags_any=("VIP",)))
    model = SegmentListModel(services.segments, task_manager)
    model.reload()
    assert model.index(1).data() == "VIP"  # the name at once, the count from a worker
    qtbot.waitUntil(lambda: model.index(1).data() == "VIP  (2)")
    qtmodeltester.check(model)


def test_editing_keeps_a_tag_condition_whose_tag_no_longer_exists(
    services, qtbot, task_manager
) -> None:
    people(services)
    saved = services.segments.save("Old", SegmentConditions(tags_any=("Gone", "VIP"))).id
    dialog = SegmentDialog(services, task_manager, saved)
    qtbot.addWidget(dialog)
    assert dialog.conditions().tags_any == ("VIP", "Gone")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "2 contacts")
    dialog.done(0)
