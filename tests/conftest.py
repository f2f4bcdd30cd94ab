"""Shared fixtures: a migrated database in tmp, services over it, no real user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deskcrm.app import build_services
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.services.storage.settings import AppSettings

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database):
    bundle = build_services(db, clock=lambda: NOW, tz=TZ)
    bundle.settings.save(
        AppSettings(business_name="Test Shop", default_currency="EUR", phone_region="DE")
    )
    return bundle
