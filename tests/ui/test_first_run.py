"""First start on an empty database: the welcome, and a demo kept in its own file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from deskcrm import config
from deskcrm.app import GuiSession
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs import welcome_dialog
from deskcrm.ui.dialogs.welcome_dialog import DEMO, SERVER, START_EMPTY, WelcomeDialog


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    sessions: list[GuiSession] = []

    def make(choice: str) -> GuiSession:
        monkeypatch.setattr(
            WelcomeDialog, "ask", classmethod(lambda cls, parent, phone_region=None: choice)
        )
        s = GuiSession(tmp_path / "real.sqlite3")
        sessions.append(s)
        return s

    yield make
    for s in sessions:
        if s.window is not None:
            s.window.close()  # shuts its task manager down: the backup has ended
            s.window.database.close()


def test_explore_with_demo_data_opens_a_separate_demo_database(session, tmp_path: Path) -> None:
    s = session(DEMO)
    assert s.open()
    assert s.db_path == config.demo_db_path() != tmp_path / "real.sqlite3"
    assert s.window is not None and "demo data" in s.window.windowTitle()
    assert s.window.services.contacts.count() == 500
    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database

    real = open_database(tmp_path / "real.sqlite3")
    assert build_services(real).contacts.count() == 0  # nothing mixed into the real file
    real.close()


def test_start_empty_is_asked_once(session, tmp_path: Path) -> None:
    s = session(START_EMPTY)
    assert s.open()
    assert s.db_path == tmp_path / "real.sqlite3"
    assert s.window is not None and s.window.services.settings.load().welcomed


def test_the_welcome_dialog_offers_both_choices(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.choice == DEMO
    assert welcome_dialog.START_EMPTY == "empty"


def test_the_welcome_dialog_offers_a_server(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.server_button.text() == "Open a server…"
    assert "PostgreSQL server" in dialog.findChildren(type(dialog.phone_region_note))[1].text()
    dialog.server_button.click()
    assert dialog.choice == SERVER


def test_open_a_server_from_the_welcome_opens_what_the_server_dialog_names(
    session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The welcome's "Open a server…" leads to the server dialog, and the database it names
    replaces the new empty file's window (a second file stands in for the server here: the
    same switch_to opens both; tests/pg opens real servers through it)."""
    from deskcrm.ui.dialogs.server_dialog import ServerDialog

    other = tmp_path / "elsewhere.sqlite3"
    from deskcrm.db.opening import open_database

    open_database(other).close()
    asked: list[str | None] = []

    def ask(cls, parent, initial=None):
        asked.append(initial)
        return str(other)

    monkeypatch.setattr(ServerDialog, "ask", classmethod(ask))
    s = session(SERVER)
    # The database opened is empty too, so it welcomes again: this time "Start empty".
    answers = iter([SERVER, START_EMPTY])
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, parent, phone_region=None: next(answers))
    )
    assert s.open()
    assert asked == [None]  # asked once, with no server remembered yet
    assert s.db_path == other
    assert s.window is not None and s.window.isVisible()


def test_cancelling_the_server_dialog_keeps_the_new_file(
    session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskcrm.ui.dialogs.server_dialog import ServerDialog

    monkeypatch.setattr(ServerDialog, "ask", classmethod(lambda cls, parent, initial=None: None))
    s = session(SERVER)
    assert s.open()
    assert s.db_path == tmp_path / "real.sqlite3"
    assert s.window is not None and s.window.isVisible()


def test_file_open_demo_makes_the_demo_and_recent_leads_back(
    session, tmp_path: Path, qtbot
) -> None:
    """Issue 19: "no File ▸ Open, recent databases or way back to the demo"."""
    from PySide6.QtCore import QSettings

    from deskcrm.ui.controllers.storage import recent_databases

    s = session(START_EMPTY)
    assert s.open()
    real = tmp_path / "real.sqlite3"
    assert not config.demo_db_path().exists()
    s.window.storage.open_demo_action.trigger()
    assert s.db_path == config.demo_db_path()
    assert s.window is not None and "demo data" in s.window.windowTitle()
    assert s.window.services.contacts.count() == 500
    state = QSettings(str(config.ui_settings_path()), QSettings.Format.IniFormat)
    recent = recent_databases(state)
    assert str(real.resolve()) in recent and str(config.demo_db_path().resolve()) in recent
    # Back to the real file (File ▸ Open Recent does this), then to the demo again: the
    # demo is opened as it was, not made a second time.
    assert s.switch_to(str(real))
    assert s.window.windowTitle() == "DeskCRM"
    assert s.window.services.contacts.count() == 0
    s.window.storage.open_demo_action.trigger()
    assert s.window.services.contacts.count() == 500


def test_file_new_database_makes_an_empty_file_and_never_overwrites(
    session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: "File ▸ New/Open database"."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from deskcrm.ui.controllers.storage import recent_databases

    s = session(START_EMPTY)
    assert s.open()
    s.window.services.contacts.create(ContactInput(first_name="Anna"))
    other = tmp_path / "shop two"  # no suffix typed: .sqlite3 is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    s.window.storage.new_database_action.trigger()
    made = tmp_path / "shop two.sqlite3"
    assert s.db_path == made and made.is_file()
    assert s.window.services.contacts.count() == 0
    state = QSettings(str(config.ui_settings_path()), QSettings.Format.IniFormat)
    assert str(made.resolve()) in recent_databases(state)
    # Asked again for the same name: it exists, so nothing is made and nothing switches.
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text))
    )
    assert s.switch_to(str(tmp_path / "real.sqlite3"))
    s.window.storage.new_database_action.trigger()
    assert s.db_path == tmp_path / "real.sqlite3"
    assert said and "already exists" in said[0]
    assert s.window.services.contacts.count() == 1
