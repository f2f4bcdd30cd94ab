"""A long search lists its first page at once and the rest from a background read (issue
18: on a server a two-letter prefix matched 18,000 contacts and the list waited 40–100 ms
for all of them): the first rows never change when the rest arrive, what is selected
stays selected, and the count says "100+" until the whole list is in."""

from __future__ import annotations

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.contacts import ContactInput


def _many(services, count: int) -> None:
    for i in range(count):
        services.contacts.create(ContactInput(first_name=f"Win{i:03d}", last_name="Tester"))
    services.contacts.create(ContactInput(first_name="Zoe", last_name="Other"))


def test_a_long_search_shows_its_first_page_then_the_rest(window, services, qtbot) -> None:
    _many(services, 230)
    view = window.contacts_view
    model = view.people_model
    page = model.PAGE_SIZE
    whole = services.contacts.list_ids(ContactFilter(text="win"))
    assert len(whole) == 230
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.set_filter(ContactFilter(text="win"))
        assert not model.complete
        assert model.ids() == whole[:page]  # the first page, in the list's order
        assert view.count_label.text() == f"{page}+ people"
        view.people_table.selectRow(3)  # the user picks someone meanwhile
        chosen = model.id_at(3)
    assert model.complete and model.ids() == whole
    assert view.count_label.text() == "230 people"
    assert view._current_id(view.people_table, model) == chosen  # still selected


def test_a_newer_search_is_never_overwritten_by_an_older_ones_rest(window, services, qtbot) -> None:
    _many(services, 150)
    model = window.contacts_view.people_model
    model.set_filter(ContactFilter(text="win"))  # its rest is read in the background…
    assert not model.complete
    model.set_filter(ContactFilter(text="zoe"))  # …while the user types on
    assert model.complete and len(model.ids()) == 1
    qtbot.wait(300)  # the first search's rest arrives, and is dropped
    assert [model.record(0).name] == ["Zoe Other"]
    assert model.rowCount() == 1


def test_short_searches_and_no_search_are_listed_whole_at_once(window, services) -> None:
    _many(services, 20)
    model = window.contacts_view.people_model
    model.set_filter(ContactFilter(text="win"))
    assert model.complete and model.rowCount() == 20
    model.set_filter(ContactFilter())
    assert model.complete and model.rowCount() == 21


def test_a_change_reloads_the_whole_list_at_once_and_keeps_a_far_selection(
    window, services, qtbot
) -> None:
    """The review's finding: a reload after a write listed the first page only, so a
    contact selected beyond row 100 was lost."""
    from deskcrm.services.changes import Changes

    _many(services, 230)
    view = window.contacts_view
    model = view.people_model
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.set_filter(ContactFilter(text="win"))
    view.people_table.selectRow(150)
    chosen = model.id_at(150)
    window.history.bus.changed.emit(Changes.everything())
    assert model.complete and model.rowCount() == 230
    assert view._current_id(view.people_table, model) == chosen
    assert view.contact_pane.contact_id == chosen


def test_select_all_and_bulk_actions_cover_the_rest_of_a_long_search(
    window, services, qtbot
) -> None:
    _many(services, 230)
    view = window.contacts_view
    model = view.people_model
    table = view.people_table
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.set_filter(ContactFilter(text="win"))
        assert len(view.bulk_targets()) == 230  # read whole while the rest is on its way
        table.selectAll()
        # Ctrl+A then Delete before the rest is in: the whole list, not its first page.
        assert not model.complete and len(view.selected_ids()) == 230
    assert len(view.selected_ids()) == 230  # the rest was selected too
    assert view.count_label.text() == "230 of 230 selected"


def test_empty_trash_asks_about_the_whole_trash_whatever_the_search(
    window, services, qtbot, when_dialog_opens
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = [services.contacts.create(ContactInput(first_name=n)).id for n in ("Anna", "Ben", "Cy")]
    services.contacts.delete(ids)
    view = window.contacts_view
    view.set_mode(2)  # the trash
    view.search_edit.setText("anna")
    view._apply_filter()
    assert view.trash_model.rowCount() == 1
    asked: list[str] = []

    def answer(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    when_dialog_opens(answer)
    view.empty_trash_button.click()
    assert asked and "Delete 3 contacts" in asked[0]


def test_select_all_keeps_the_card_on_the_contact_it_showed(window, services) -> None:
    """A user trial: Ctrl+A moved the card to the first row."""
    _many(services, 20)
    view = window.contacts_view
    view.refresh()
    view.people_table.selectRow(7)
    shown = view.contact_pane.contact_id
    view.people_table.selectAll()
    assert view.contact_pane.contact_id == shown
    assert view.count_label.text() == "21 of 21 selected"


def test_typing_a_search_keeps_the_selected_contact_when_it_is_still_found(
    window, services
) -> None:
    """A user trial: typing a search cleared the card even when its contact was listed."""
    _many(services, 20)
    view = window.contacts_view
    view.refresh()
    win7 = services.contacts.list_ids(ContactFilter(text="win007"))[0]
    view.open_contact(win7)
    view.search_edit.setText("win00")
    view._apply_filter()
    assert view.contact_pane.contact_id == win7
    assert view._current_id(view.people_table, view.people_model) == win7
    view.search_edit.setText("zoe")
    view._apply_filter()
    assert view.contact_pane.contact_id is None  # not found: nothing shown


def test_the_rest_of_a_search_is_read_once_typing_pauses_not_per_keystroke(
    window, services, qtbot, monkeypatch
) -> None:
    _many(services, 230)
    model = window.contacts_view.people_model
    reads: list[str] = []
    real_list_ids = services.contacts.list_ids

    def counted(flt):
        reads.append(flt.text)
        return real_list_ids(flt)

    monkeypatch.setattr(services.contacts, "list_ids", counted)
    for typed in ("w", "wi", "win"):  # keystrokes closer together than the pause
        model.set_filter(ContactFilter(text=typed))
        assert not model.complete and len(model.ids()) == model.PAGE_SIZE
    assert reads == []  # each keystroke read its first page only
    with qtbot.waitSignal(model.completed, timeout=10_000):
        pass
    assert reads == ["win"]  # once typing paused: the last search's whole list, once
    assert len(model.ids()) == 230
