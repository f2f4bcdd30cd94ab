"""The command palette (issue 19: "a command palette (Ctrl+K) that finds any contact,
company, deal, task, case, note or command by typing, and opens it"), driven with the
keyboard as a user would: Ctrl+K, a few letters, Down, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.command_palette import CommandPalette
from tests.services.test_quick_find import make_records


@pytest.fixture
def records(services) -> dict[str, int]:
    return make_records(services)


def _palette(window, qtbot, typed: str) -> CommandPalette:
    palette = CommandPalette(window.services, window.palette_commands(), window)
    qtbot.addWidget(palette)
    palette.show()
    qtbot.keyClicks(palette.search_edit, typed)
    palette.refresh()
    return palette


def test_a_few_letters_list_every_kind_and_the_commands(window, records, qtbot) -> None:
    palette = _palette(window, qtbot, "verd")
    kinds = [kind for kind, _text in palette.lines()]
    assert kinds[:3] == ["contact", "contact", "company"]
    palette.search_edit.clear()
    qtbot.keyClicks(palette.search_edit, "esp")
    palette.refresh()
    assert [kind for kind, _text in palette.lines()] == ["deal", "task", "entry"]
    texts = [text for _kind, text in palette.lines()]
    assert texts[0].startswith("Deal: Espresso machines 100% refit — Lead · Anna Müller")
    palette.search_edit.clear()
    qtbot.keyClicks(palette.search_edit, "undo")
    palette.refresh()
    assert [k for k, _t in palette.lines()] == ["command"]
    assert palette.lines()[0][1].startswith("Undo")
    # Nothing typed: every command is there to browse.
    palette.search_edit.clear()
    palette.refresh()
    assert len(palette.lines()) >= 20
    assert {k for k, _t in palette.lines()} == {"command"}


def test_ctrl_k_then_enter_opens_a_contact(window, records, qtbot, when_dialog_opens) -> None:
    window.show_view("tasks")

    def choose(palette) -> None:
        assert isinstance(palette, CommandPalette)
        qtbot.keyClicks(palette.search_edit, "anna")
        qtbot.keyClick(palette.search_edit, Qt.Key.Key_Return)

    when_dialog_opens(choose)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.current_name() == "contacts"
    assert window.contacts_view.contact_pane.contact_id == records["anna"]


def test_down_and_enter_run_a_command(window, records, qtbot, when_dialog_opens) -> None:
    def choose(palette) -> None:
        qtbot.keyClicks(palette.search_edit, "pipe")
        palette.refresh()
        lines = palette.lines()
        at = next(i for i, (kind, text) in enumerate(lines) if text.startswith("Pipeline"))
        for _ in range(at):
            qtbot.keyClick(palette.search_edit, Qt.Key.Key_Down)
        qtbot.keyClick(palette.search_edit, Qt.Key.Key_Return)

    when_dialog_opens(choose)
    window.palette_action.trigger()
    assert window.stack.current_name() == "pipeline"


@pytest.mark.parametrize(
    ("typed", "kind", "title"),
    [
        ("espresso machines", "deal", "Espresso machines 100% refit"),
        ("espresso quote", "task", "Send the espresso quote"),
        ("espresso tasting", "entry", "Espresso tasting"),
    ],
)
def test_deals_tasks_and_entries_open_in_their_dialog(
    window, records, qtbot, when_dialog_opens, typed: str, kind: str, title: str
) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        field = getattr(dialog, "title", None) or dialog.summary
        seen.append(f"{dialog.windowTitle()}: {field.text()}")
        dialog.reject()

    def choose(palette) -> None:
        qtbot.keyClicks(palette.search_edit, typed)
        palette.refresh()
        assert palette.lines()[0][0] == kind
        when_dialog_opens(read)  # the record's own dialog, once the palette has closed
        qtbot.keyClick(palette.search_edit, Qt.Key.Key_Return)

    when_dialog_opens(choose)
    window.palette_action.trigger()
    assert len(seen) == 1 and title in seen[0], seen
    if kind == "entry":
        assert window.contacts_view.contact_pane.contact_id == records["anna"]


def test_companies_and_cases_open_in_their_views(window, records, qtbot) -> None:
    found = window.services.quick_find.find("kaffee")
    window.open_found(next(f for f in found if f.kind == "company"))
    assert window.stack.current_name() == "contacts"
    assert window.contacts_view.company_pane.company_id == records["verde"]
    found = window.services.quick_find.find("grinder")
    window.open_found(found[0])
    assert window.stack.current_name() == "cases"


def test_a_command_called_what_was_typed_comes_first(window, services, qtbot) -> None:
    # Someone whose notes say "companies" does not push View > Companies down, nor does
    # Edit > Deleted companies, which only holds the word.
    services.contacts.create(
        ContactInput(first_name="Carla", notes="Works with companies in Berlin")
    )
    palette = _palette(window, qtbot, "companies")
    lines = palette.lines()
    assert lines[0] == ("command", "Companies")
    assert ("command", "Deleted companies") in lines[1:]
    assert [text for _k, text in lines].index("Deleted companies") > 0


def test_command_rank() -> None:
    from deskcrm.ui.dialogs.command_palette import command_rank

    assert command_rank("Companies", "companies") == 0
    assert command_rank("Companies", "comp") == 1
    assert command_rank("Deleted companies", "comp") == 2
    assert command_rank("Import Contacts", "contacts import") == 3
    assert command_rank("Quit", "undo") is None
    assert command_rank("Quit", "") == 3
