"""Shared fixtures: a migrated database, services over it, no real user folders.

The service and db suites (tests/services, tests/db) run every test that uses the `db`
fixture (directly or through `services`) on both engines: a SQLite file in tmp and a
database on a real PostgreSQL server (one server per session; each test gets a fresh
database copied from a template migrated once). DESKCRM_TEST_ENGINE=sqlite or
=postgresql runs one of them only. A test of a SQLite-file feature says so with
`@pytest.mark.sqlite_only(reason=...)`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import itertools
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deskcrm.app import build_services
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.services.storage.settings import AppSettings
from tests.pg.server import PostgresServer, start_server, stop_server

ENGINES = ("sqlite", "postgresql")
# The suites whose `db` runs on both engines (other tests, GUI ones included, use SQLite).
BOTH_ENGINE_DIRS = ("tests/services/", "tests/db/")

# A fixed "now" for every test that needs one: no test depends on the real date.
NOW = datetime(2026, 3, 15, 10, 30, tzinfo=UTC)  # a Sunday
TZ = ZoneInfo("Europe/Berlin")  # the user's zone in GUI tests, whatever the machine's


class Clock:
    """An injectable "now" that a test moves by hand: clock.now = …"""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DESKCRM_DB", raising=False)


@pytest.fixture(autouse=True)
def _app_style_sheet_left_as_found() -> Iterator[None]:
    """A test that starts the whole app (GuiSession) applies the theme's style sheet to the
    one QApplication; later tests must not inherit its taller rows by the order they run."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None and app.styleSheet():
        app.setStyleSheet("")


@pytest.fixture(autouse=True)
def _cycle_collector_left_as_found() -> Iterator[None]:
    """A test that starts the whole app sets what is alive aside from the cycle collector
    (app.settle_collector, once its window shows): later tests get it back, its cycles
    collected here, on the GUI thread, rather than whenever a later allocation (perhaps a
    worker's) sets the collector off among Qt objects."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.enable()


# Tests of SQLite-file features, run on SQLite only (a test may instead carry
# @pytest.mark.sqlite_only(reason=...)). Keyed by test id without parameters, or module.
SQLITE_ONLY = {
    "tests/db/test_opening.py::test_every_connection_has_foreign_keys_wal_and_busy_timeout": (
        "checks SQLite's per-connection PRAGMAs"
    ),
    "tests/db/test_schema_check.py::test_writes_take_the_lock_up_front_and_reads_stay_deferred": (
        "checks SQLite's BEGIN IMMEDIATE/DEFERRED (the server's advisory lock: tests/pg)"
    ),
    "tests/db/test_schema_check.py::test_a_writer_waits_for_the_lock_then_fails_in_one_line": (
        "holds SQLite's file lock from a second sqlite3 connection"
    ),
    "tests/db/test_storage_errors.py::test_a_full_disk_loses_nothing_already_saved": (
        "fills the disk under the SQLite file"
    ),
    "tests/db/test_storage_errors.py::test_a_write_blocked_by_another_writer_says_so": (
        "holds SQLite's file lock past the busy timeout"
    ),
    "tests/services/import_export/test_importing_properties.py": (
        "digests the SQLite file through sqlite3 to prove an import left it untouched"
    ),
    "tests/services/storage/test_backups.py": "backups copy the database file",
}


def _sqlite_only_reason(definition: pytest.Function) -> str | None:
    marker = definition.get_closest_marker("sqlite_only")
    if marker is not None:
        reason = marker.kwargs.get("reason")
        if not reason:
            raise pytest.UsageError(f"{definition.nodeid}: sqlite_only needs a reason")
        return str(reason)
    test_id = definition.nodeid.split("[")[0]
    return SQLITE_ONLY.get(test_id) or SQLITE_ONLY.get(test_id.split("::")[0])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): a SQLite-file feature (backup files, encryption, PRAGMAs,"
        " killed writers); its test runs on SQLite only",
    )


def _engines_asked() -> tuple[str, ...]:
    asked = os.environ.get("DESKCRM_TEST_ENGINE", "").strip().lower()
    if not asked or asked == "both":
        return ENGINES
    if asked not in ENGINES:
        raise pytest.UsageError(f"DESKCRM_TEST_ENGINE={asked}: say sqlite, postgresql or both")
    return (asked,)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    path = metafunc.definition.path.as_posix()
    if not any(f"/{d}" in path for d in BOTH_ENGINE_DIRS):
        return
    asked = _engines_asked()
    if _sqlite_only_reason(metafunc.definition) is not None:
        asked = tuple(e for e in asked if e == "sqlite")
    metafunc.parametrize("engine", asked, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine `db` runs on: SQLite unless the test is parametrised (above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)


_numbers = itertools.count(1)


def _new_database_name(kind: str) -> str:
    return f"deskcrm_{kind}_{os.getpid()}_{next(_numbers)}"


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """The address of a new, empty database on the test server (dropped afterwards)."""
    name = _new_database_name("test")
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE template0")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A database migrated to the newest schema once: each test's database is a copy of
    it (CREATE DATABASE … TEMPLATE takes milliseconds; migrating takes about a second)."""
    name = _new_database_name("template")
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE template0")
    open_database(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_migrated_url(pg_server: PostgresServer, pg_template: str) -> Iterator[str]:
    """The address of a new database holding DeskCRM's newest schema and nothing else."""
    name = _new_database_name("test")
    # FILE_COPY copies the template's files; the default (WAL_LOG) also writes them all
    # to the write-ahead log, about twice as slow here.
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template} STRATEGY FILE_COPY")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db_address(engine: str, request: pytest.FixtureRequest) -> Path | str:
    """What `db` opens: the SQLite file's path or the server database's URL (a test that
    opens the database again, as after a restart, opens this)."""
    if engine == "postgresql":
        return str(request.getfixturevalue("pg_migrated_url"))
    return Path(request.getfixturevalue("db_path"))


@pytest.fixture
def db(db_address: Path | str) -> Iterator[Database]:
    database = open_database(db_address)
    yield database
    database.close()


@pytest.fixture
def services(db: Database):
    bundle = build_services(db, clock=lambda: NOW, tz=TZ)
    bundle.settings.save(
        AppSettings(business_name="Test Shop", default_currency="EUR", phone_region="DE")
    )
    return bundle
