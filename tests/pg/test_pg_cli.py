"""The `deskcrm` command on a PostgreSQL server: `--db postgresql://…` and $DESKCRM_DB name
a server database as they name a file; `check` checks what a server has and says what is
a file-only check; file features say they are for files; a password typed into the URL
is used but never printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.db.migrate import HEAD_REVISION


def test_demo_then_check_then_search_on_a_server(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "demo", "--contacts", "40", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Added 40 contacts" in out and pg_url in out
    assert main(["--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert f"database: {pg_url} (a PostgreSQL server database)" in out
    assert "connection: ok (PostgreSQL 15" in out
    assert f"schema revision: {HEAD_REVISION}" in out
    assert "constraints: ok" in out and "foreign keys: ok" in out
    assert "contact 40" in out
    assert "file-only checks not run" in out and "integrity check" in out
    assert main(["--db", pg_url, "search", "a", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 4 for line in lines)


def test_deskcrm_db_names_a_server_too(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("DESKCRM_DB", pg_url)
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,E-mail\nAnna,Meier,anna@example.com\n")
    assert main(["import", "contacts", str(people)]) == 0
    capsys.readouterr()
    assert main(["search", "meier"]) == 0
    assert capsys.readouterr().out.startswith("Anna Meier\t")


def test_check_finds_rows_pointing_at_missing_records(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    assert main(["--db", pg_url, "demo", "--contacts", "5"]) == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # What a restore with triggers off can leave: a task of a contact that is gone.
        conn.execute("SET session_replication_role = replica")
        conn.execute("UPDATE task SET contact_id = 999999 WHERE id = (SELECT min(id) FROM task)")
    capsys.readouterr()
    assert main(["--db", pg_url, "check"]) == 1
    out = capsys.readouterr().out
    assert "foreign keys: PROBLEMS" in out
    assert "1 task rows point at a missing contact (contact_id)" in out


def test_file_features_say_they_are_for_files(
    pg_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for command in (["encrypt"], ["decrypt"], ["restore", str(tmp_path / "x.sqlite3")]):
        assert main(["--db", pg_url, *command]) == 1
        err = capsys.readouterr().err
        assert err.startswith("deskcrm: error: ") and "server database" in err
        assert "works on a database file" in err


def test_a_password_in_the_url_is_never_printed(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password = pg_url.replace("postgres@", "postgres:Secret-Word-42@")
    # The test server trusts every login, so the password is accepted and unused.
    assert main(["--db", with_password, "demo", "--contacts", "3"]) == 0
    assert main(["--db", with_password, "check"]) == 0
    assert main(["--db", with_password, "encrypt"]) == 1
    wrong_db = with_password.rsplit("/", 1)[0] + "/no_such_database"
    assert main(["--db", wrong_db, "search", "x"]) == 1
    captured = capsys.readouterr()
    assert "Secret-Word-42" not in captured.out + captured.err
    assert "no_such_database" in captured.err


def test_the_real_command_in_a_fresh_home_works_on_a_server(pg_url: str, tmp_path: Path) -> None:
    """`deskcrm` started as its own process, as a user would, with nothing of ours around."""
    script = Path(sys.executable).parent / "deskcrm"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "deskcrm"]
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--db", pg_url, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    csv = tmp_path / "people.csv"
    csv.write_text("First Name,Last Name,Phone\nJosé,Müller,+49 30 1234567\n", encoding="utf-8")
    done = run("import", "contacts", str(csv))
    assert done.returncode == 0, done.stderr
    assert "Imported 1 new contact" in done.stdout
    done = run("search", "jose")
    assert done.returncode == 0 and done.stdout.startswith("José Müller\t"), done.stderr
    done = run("check")
    assert done.returncode == 0, done.stderr
    assert "contact 1" in done.stdout and "connection: ok" in done.stdout
    # Nothing was written to the new home's data folder: the data is on the server.
    assert not (home / ".local" / "share" / "DeskCRM" / "deskcrm.sqlite3").exists()


def test_the_health_service_checks_an_open_server_database(pg_url: str) -> None:
    from deskcrm.bootstrap import open_services
    from deskcrm.services.contacts.contacts import ContactInput
    from deskcrm.services.storage.health import check_database

    with open_services(pg_url, create=True) as opened:
        opened.services.contacts.create(ContactInput(first_name="Ana", last_name="Lima"))
        report = check_database(opened.db)
    assert report.ok and report.is_server and report.path == pg_url
    assert report.schema_revision == HEAD_REVISION and report.counts["contact"] == 1
    assert report.server_version.startswith("15") and report.constraints == []
    assert any("file-only checks not run" in note for note in report.notes)
