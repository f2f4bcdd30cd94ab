"""Changes another program commits to the open file reach the change bus; our own don't."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from deskcrm.app import build_services
from deskcrm.db.external_changes import DataVersionProbe
from deskcrm.db.opening import open_database
from deskcrm.services.changes import Changes
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.external_changes import ExternalChangeWatcher
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.taskmanager import TaskManager
from tests.conftest import NOW, TZ

# A second program: its own interpreter, its own connection, the same file.
OUTSIDE_WRITER = """
import sys
from pathlib import Path
from deskcrm.app import build_services
from deskcrm.db.engine import Database
from deskcrm.services.contacts.companies import CompanyInput
db = Database(Path(sys.argv[1]))
build_services(db).companies.create(CompanyInput(name="Written Elsewhere Ltd"))
db.close()
"""


def _watch(qtbot, db) -> tuple[ExternalChangeWatcher, list[Changes]]:
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    watcher = ExternalChangeWatcher(DataVersionProbe(db.engine), bus, interval_ms=50)
    return watcher, heard


def test_a_company_added_by_another_program_is_announced_within_seconds(
    qtbot, db, services, db_path: Path
) -> None:
    watcher, heard = _watch(qtbot, db)
    try:
        subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, str(db_path)], check=True)
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
        assert heard == [Changes.everything()]
        assert services.companies.find_by_name("Written Elsewhere Ltd") is not None
    finally:
        watcher.stop()


def test_writes_through_the_windows_own_engine_are_not_announced_again(qtbot, db, services) -> None:
    watcher, heard = _watch(qtbot, db)
    try:
        services.companies.create(CompanyInput(name="Made In The Window"))
        services.tasks.mark_reminded([])
        qtbot.wait(300)  # several polls
        assert heard == []
    finally:
        watcher.stop()


def test_a_stopped_watcher_polls_no_more_and_lets_its_connection_go(qtbot, db, db_path) -> None:
    watcher, heard = _watch(qtbot, db)
    watcher.stop()
    subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, str(db_path)], check=True)
    qtbot.wait(200)
    QCoreApplication.processEvents()
    assert heard == []


def test_contacts_imported_by_the_cli_appear_in_the_open_windows_list(
    qtbot, window, db_path: Path, tmp_path: Path
) -> None:
    """The real `deskcrm import` in its own process while the window is open: the list
    shows the new people without the user doing anything."""
    view = window.contacts_view
    before = view.people_model.rowCount()
    contacts = tmp_path / "from-the-cli.csv"
    contacts.write_text("First Name,Last Name,E-mail Address\nOutside,Writer,o@example.com\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "deskcrm",
            "--db",
            str(db_path),
            "import",
            "contacts",
            str(contacts),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: view.people_model.rowCount() == before + 1, timeout=8000)
    assert "1" in view.count_label.text()


def test_the_cli_importing_into_the_server_updates_an_open_list(
    qtbot, pg_migrated_url: str, tmp_path: Path, ui_state
) -> None:
    """The real `deskcrm import` in its own process while a window is open on the same
    server database: its contact list shows the new person without the user doing a thing."""
    db = open_database(pg_migrated_url)
    services = build_services(db, clock=lambda: NOW, tz=TZ)
    task_manager = TaskManager()
    window = MainWindow(services, ui_state, pg_migrated_url, task_manager, database=db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        view = window.contacts_view
        before = view.people_model.rowCount()
        contacts = tmp_path / "from-the-cli.csv"
        contacts.write_text("First Name,Last Name,E-mail Address\nOutside,Writer,o@example.com\n")
        command = [sys.executable, "-m", "deskcrm", "--db", pg_migrated_url, "import"]
        result = subprocess.run(
            [*command, "contacts", str(contacts)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: view.people_model.rowCount() == before + 1, timeout=8000)
    finally:
        if window.external_changes is not None:
            window.external_changes.stop()
        window.close()
        task_manager.shutdown()
        db.close()
