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


def test_a_server_address_is_kept_as_typed_and_shown_without_its_password() -> None:
    url = "postgresql://anna:s3cret@db.example:5433/crm"
    assert config.resolve_db_path(url, {}) == url
    assert config.resolve_db_path(None, {"DESKCRM_DB": " postgresql://anna@db/crm "}) == (
        "postgresql://anna@db/crm"
    )
    assert config.is_server(url) and not config.is_server(Path("/tmp/crm.sqlite3"))
    assert config.shown_location(url) == "postgresql://anna@db.example:5433/crm"
    assert config.shown_location(Path("/tmp/crm.sqlite3")) == "/tmp/crm.sqlite3"
    # A file whose name merely mentions postgresql is still a file.
    assert config.resolve_db_path("./postgresql://x", {}) == Path("postgresql:/x")
