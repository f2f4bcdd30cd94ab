"""Where DeskCRM keeps its files (platformdirs) and how a database path is chosen."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from deskcrm import APP_NAME

DB_ENV_VAR = "DESKCRM_DB"
DB_FILENAME = "deskcrm.sqlite3"


def data_dir() -> Path:
    """The per-user data directory (honours XDG_DATA_HOME on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The per-user configuration directory (honours XDG_CONFIG_HOME on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    """Demo data lives in its own file, never in the user's real database."""
    return data_dir() / "demo.sqlite3"


def ui_settings_path() -> Path:
    """INI file for window geometry and other per-machine view state."""
    return config_dir() / "ui-state.ini"


# Where a database is: a file's path, or a server's `postgresql://user@host:port/db` URL.
DbLocation = Path | str


def resolve_db_path(cli_value: str | None, environ: dict[str, str] | None = None) -> DbLocation:
    """Pick the database: `--db` first, then $DESKCRM_DB, then the default data file.

    A `postgresql://…` address names a server database and is kept as the text it is (a
    password in it is used to connect but never shown: see shown_location); anything
    else is a file path."""
    from deskcrm.db.server_address import is_server_address

    env = os.environ if environ is None else environ
    chosen = (cli_value or env.get(DB_ENV_VAR) or "").strip()
    if chosen:
        if is_server_address(chosen):
            return chosen
        return Path(chosen).expanduser()
    return default_db_path()


def is_server(location: DbLocation) -> bool:
    """A server database (`postgresql://…`) rather than a file."""
    from deskcrm.db.server_address import is_server_address

    return is_server_address(location)


def shown_location(location: DbLocation) -> str:
    """How a database is named in messages, titles, logs and the recent list: a file's
    path, or a server URL without its password."""
    if not is_server(location):
        return str(location)  # a file: asked at every start, before SQLAlchemy is loaded
    from deskcrm.db.dialects import display_address

    return display_address(location)


def server_locks_dir() -> Path:
    """A server database has no folder of its own: the one-window-per-database lock files
    of server databases live here (per user, per machine)."""
    return data_dir() / "server-locks"


def ensure_folder(folder: Path) -> Path:
    """Create a folder DeskCRM keeps files in (owner-only), or say plainly why it cannot."""
    from deskcrm.errors import DeskCrmError

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DeskCrmError(f"cannot use {folder}: a file of that name is in the way") from exc
    except OSError as exc:
        raise DeskCrmError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    if not folder.is_dir():
        raise DeskCrmError(f"cannot use {folder}: it is not a folder")
    return folder


def resources_dir() -> Path:
    """Icons and styles: inside the package when installed from a wheel, else the repo."""
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"
