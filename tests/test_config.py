"""Where the database is: --db, then $DESKCRM_DB, then the user data folder."""

from pathlib import Path

from deskcrm import config


def test_cli_value_beats_environment_beats_default() -> None:
    env = {"DESKCRM_DB": "/tmp/from-env.sqlite3"}
    assert config.resolve_db_path("/tmp/cli.sqlite3", env) == Path("/tmp/cli.sqlite3")
    assert config.resolve_db_path(None, env) == Path("/tmp/from-env.sqlite3")
    assert config.resolve_db_path(None, {}) == config.default_db_path()
    assert config.default_db_path().name == "deskcrm.sqlite3"
    assert config.default_db_path().parent.name == "DeskCRM"


def test_resources_are_found() -> None:
    assert (config.resources_dir() / "icons" / "deskcrm.svg").is_file()
