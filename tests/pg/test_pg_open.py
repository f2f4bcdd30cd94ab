"""Opening a server database the way a file is opened: the GUI on a `postgresql://` address
(its title, status bar, recent list and one-window guard keyed on the address without a
password), File ▸ Open ▸ Server…, the password from $PGPASSWORD, ~/.pgpass or the GUI's
dialog — never written anywhere — and backups that say the server's own are the real
safety net."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from deskcrm import app, config
from deskcrm.app import GuiSession
from deskcrm.cli import main
from deskcrm.db.dialects import without_password
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.storage.backups import ServerBackupService, find_pg_dump
from deskcrm.services.storage.encryption import encrypt_database
from deskcrm.ui.controllers.storage import recent_databases
from deskcrm.ui.dialogs.server_dialog import ServerDialog
from deskcrm.ui.dialogs.welcome_dialog import START_EMPTY, WelcomeDialog
from deskcrm.ui.single_instance import SingleInstance

PASSWORD = "Tr0ub4dor-and-3"
ROLE = "deskcrm_pw_user"


@pytest.fixture
def password_url(pg_url: str) -> Iterator[str]:
    """A database whose owner must give a password: the test server trusts everyone else,
    so one line at the top of its pg_hba.conf asks this one role for its password."""
    admin = psycopg.connect(pg_url, autocommit=True)
    try:
        hba = Path(str(admin.execute("SHOW hba_file").fetchone()[0]))  # type: ignore[index]
        admin.execute(f"DROP ROLE IF EXISTS {ROLE}")
        admin.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        database = pg_url.rsplit("/", 1)[1]
        admin.execute(f"ALTER DATABASE {database} OWNER TO {ROLE}")
        admin.execute("ALTER SCHEMA public OWNER TO " + ROLE)
        original = hba.read_text()
        hba.write_text(f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n{original}")
        admin.execute("SELECT pg_reload_conf()")
        try:
            yield pg_url.replace("postgres@", f"{ROLE}@")
        finally:
            hba.write_text(original)
            admin.execute("SELECT pg_reload_conf()")
    finally:
        admin.close()


@pytest.fixture
def gui_session(monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[list[GuiSession]]:
    """Sessions started in a test, their windows closed and databases closed after it."""
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, parent, phone_region=None: START_EMPTY)
    )
    sessions: list[GuiSession] = []
    yield sessions
    for session in sessions:
        if session.window is not None:
            # Closed, its database closed and the window deleted now: its timers (reminders,
            # counts) must not read a database the test server drops next.
            GuiSession._discard(session.window)
            session.window = None
        if session.guard is not None:
            session.guard.release()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _everything_written(root: Path) -> str:
    """The text of every file under `root` (settings, recent list, locks, logs)."""
    texts = []
    for path in root.rglob("*"):
        if path.is_file():
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


def test_the_gui_opens_a_server_database_and_remembers_it_without_the_password(
    pg_url: str, gui_session: list[GuiSession], tmp_path: Path
) -> None:
    typed = pg_url.replace("postgres@", "postgres:Never-Stored-7@")
    session = GuiSession(typed)
    gui_session.append(session)
    assert session.db_path == pg_url and session.password == "Never-Stored-7"
    assert session.open()
    window = session.window
    assert window is not None and window.database is not None and window.database.is_server
    assert pg_url in window.statusBar().currentMessage()
    window.services.contacts.create(ContactInput(first_name="Ana", last_name="Server"))
    assert window.services.contacts.count() == 1
    assert isinstance(window.backups, ServerBackupService)
    state = QSettings(str(config.ui_settings_path()), QSettings.Format.IniFormat)
    assert recent_databases(state) == [pg_url]
    assert [a.text() for a in window.storage.recent_menu.actions()] == []  # filled on show
    window.storage.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.storage.recent_menu.actions()] == [pg_url]
    window.save_state()
    written = _everything_written(Path(os.environ["XDG_CONFIG_HOME"]))
    written += _everything_written(Path(os.environ["XDG_DATA_HOME"]))
    assert pg_url in written and "Never-Stored-7" not in written


def test_file_open_server_asks_host_port_database_and_user(qtbot) -> None:
    dialog = ServerDialog(None, "postgresql://anna@db.example:5433/crm")
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "db.example" and dialog.port_spin.value() == 5433
    dialog.database_edit.setText("sales")
    dialog.user_edit.setText("bob")
    assert dialog.address() == "postgresql://bob@db.example:5433/sales"
    dialog.database_edit.setText("")
    open_button = dialog.buttons.buttons()[0]
    assert not open_button.isEnabled()


def test_file_open_switches_to_another_database_and_back(
    pg_url: str, gui_session: list[GuiSession], tmp_path: Path
) -> None:
    file = tmp_path / "local.sqlite3"
    session = GuiSession(file)
    gui_session.append(session)
    guard = SingleInstance(file)
    assert guard.acquire()
    session.take_guard(guard)
    assert session.open()
    assert session.switch_to(pg_url)
    assert session.window is not None and session.window.database is not None
    assert session.window.database.is_server and session.db_path == pg_url
    # The file is free again; the server database is now this window's.
    other = SingleInstance(file)
    assert other.acquire()
    other.release()
    assert not SingleInstance(pg_url).acquire()
    assert session.switch_to(str(file))
    state = QSettings(str(config.ui_settings_path()), QSettings.Format.IniFormat)
    assert recent_databases(state) == [str(file.resolve()), pg_url]


def test_one_window_per_server_database_whatever_password_is_typed(pg_url: str, qtbot) -> None:
    first = SingleInstance(pg_url.replace("postgres@", "postgres:Typed-Secret@"))
    second = SingleInstance(pg_url)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.ask_owner_to_show()
        # The lock lives in the user's data folder (a server has no folder of ours).
        locks = list(config.server_locks_dir().iterdir())
        assert len(locks) == 1 and "Typed-Secret" not in locks[0].read_text()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_the_gui_asks_for_a_password_the_server_wants_and_never_keeps_it(
    password_url: str, gui_session: list[GuiSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    asked: list[bool] = []
    answers = iter(["wrong-one", PASSWORD])

    def ask(address: str, *, wrong: bool = False) -> str:
        assert address == password_url  # the address it shows has no password
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(app, "ask_server_password", ask)
    session = GuiSession(password_url)
    gui_session.append(session)
    assert session.open()
    assert asked == [False, True]  # asked, then told the first one was refused
    assert session.window is not None and session.window.services.contacts.count() == 0
    session.window.save_state()
    written = _everything_written(Path(os.environ["XDG_CONFIG_HOME"]))
    written += _everything_written(Path(os.environ["XDG_DATA_HOME"]))
    assert password_url in written and PASSWORD not in written


def test_the_command_takes_the_password_from_pgpassword_or_pgpass(
    password_url: str, tmp_path: Path
) -> None:
    script = Path(sys.executable).parent / "deskcrm"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "deskcrm"]
    home = tmp_path / "home"
    home.mkdir()
    base = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }

    def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--db", password_url, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    refused = run(base, "demo", "--contacts", "5")
    assert refused.returncode == 1 and "password" in refused.stderr
    assert refused.stderr.count("\n") == 1
    done = run({**base, "PGPASSWORD": PASSWORD}, "demo", "--contacts", "5")
    assert done.returncode == 0, done.stderr
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:*:*:{ROLE}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    done = run(base, "check")
    assert done.returncode == 0, done.stderr
    assert "contact 5" in done.stdout
    assert PASSWORD not in _everything_written(home / "data") + _everything_written(home / "config")


def test_a_server_backup_is_a_pg_dump_archive_or_the_json_export(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "demo", "--contacts", "20"]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "backup"]) == 0
    out = capsys.readouterr().out
    assert "Wrote a pg_dump archive to" in out
    assert "the server's own backups" in out and "real safety net" in out
    service = ServerBackupService(pg_url, tmp_path / "dumps")
    dump = service.create()
    assert dump.path.suffix == ".dump" and dump.path.stat().st_mode & 0o777 == 0o600
    pg_dump = find_pg_dump()
    assert pg_dump is not None
    listed = subprocess.run(
        [str(pg_dump.with_name("pg_restore")), "--list", str(dump.path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert listed.returncode == 0 and "TABLE DATA public contact" in listed.stdout
    assert service.daily_if_due() is None  # the server's own backups do that job
    with pytest.raises(DeskCrmError, match="restoring a backup is done on the server"):
        service.restore(dump.path)


def test_without_pg_dump_a_server_backup_is_the_json_export(pg_url: str, tmp_path: Path) -> None:
    assert main(["--db", pg_url, "demo", "--contacts", "5"]) == 0
    service = ServerBackupService(pg_url, tmp_path / "exports", pg_dump=None)
    exported = service.create()
    assert exported.path.suffix == ".json" and exported.path.stat().st_mode & 0o777 == 0o600
    assert '"contact"' in exported.path.read_text(encoding="utf-8")
    assert [b.path for b in service.backups()] == [exported.path]


def test_file_features_refuse_a_server_address_in_plain_words(pg_url: str) -> None:
    with pytest.raises(DeskCrmError, match="file feature"):
        encrypt_database(pg_url, "long enough passphrase")  # type: ignore[arg-type]
    assert without_password(pg_url) == pg_url


def test_the_backups_window_of_a_server_database_says_the_server_backups_are_the_safety_net(
    pg_url: str, tmp_path: Path, qtbot
) -> None:
    from deskcrm.ui.dialogs.backups_dialog import BackupsDialog

    assert main(["--db", pg_url, "demo", "--contacts", "3"]) == 0
    dialog = BackupsDialog(ServerBackupService(pg_url, tmp_path / "dumps"))
    qtbot.addWidget(dialog)
    assert "real safety net" in dialog.info.text()
    assert dialog.restore_button.isHidden()
    dialog.backup_button.click()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data().endswith("-manual.dump")


def test_a_recent_file_that_has_gone_is_not_made_again(
    gui_session: list[GuiSession], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    session = GuiSession(tmp_path / "here.sqlite3")
    gui_session.append(session)
    assert session.open()
    gone = tmp_path / "gone.sqlite3"
    assert not session.switch_to(str(gone))
    assert said == [f"{gone} no longer exists."] and not gone.exists()
    assert session.window is not None and session.db_path == tmp_path / "here.sqlite3"
