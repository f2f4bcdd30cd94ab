"""The `deskcrm` command: subcommands, --db / DESKCRM_DB, and one-line user errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskcrm import __version__
from deskcrm.cli import main
from deskcrm.db.migrate import HEAD_REVISION


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"DeskCRM {__version__}"


def test_demo_then_check_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "120", "--seed", "4"]) == 0
    assert "Added 120 contacts" in capsys.readouterr().out
    assert main(["--db", db, "check"]) == 0
    out = capsys.readouterr().out
    assert (
        "integrity: ok" in out
        and f"schema revision: {HEAD_REVISION}" in out
        and "contact 120" in out
    )
    assert main(["--db", db, "search", "a", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 4 for line in lines)


def test_deskcrm_db_environment_variable_selects_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DESKCRM_DB", str(path))
    assert main(["demo", "--contacts", "10"]) == 0
    assert path.exists()
    assert str(path) in capsys.readouterr().out


def test_the_default_database_lives_in_the_user_data_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tmp = Path(os.environ["XDG_DATA_HOME"]).parent
    (tmp / "people.csv").write_text("First Name,Last Name\nAnna,Meier\n", encoding="utf-8")
    assert main(["import", "contacts", str(tmp / "people.csv")]) == 0
    expected = Path(os.environ["XDG_DATA_HOME"]) / "DeskCRM" / "deskcrm.sqlite3"
    assert expected.exists()
    assert main(["check"]) == 0
    assert str(expected) in capsys.readouterr().out


def test_a_non_database_file_gives_one_line_and_is_not_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear Anna,\n")
    for command in (["search", "anna"], ["check"], ["demo"]):
        assert main(["--db", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("deskcrm: error: ")
        assert "not a DeskCRM database" in err
    assert path.read_text() == "Dear Anna,\n"


def test_searching_a_missing_file_is_an_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing.sqlite3"
    assert main(["--db", str(path), "search", "x"]) == 1
    assert "no such database file" in capsys.readouterr().err
    assert not path.exists()


def test_a_malformed_command_line_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["demo", "--contacts", "0"], ["search"], ["frobnicate"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.slow
def test_subcommands_run_as_a_process_without_importing_qt(tmp_path: Path) -> None:
    db = tmp_path / "proc.sqlite3"
    probe = (
        "import sys; from deskcrm.cli import main; code = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; "
        "sys.exit(code)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for argv in (["demo", "--contacts", "20"], ["check"], ["search", "anna"]):
        result = subprocess.run(
            [sys.executable, "-c", probe, "--db", str(db), *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "deskcrm", "--db", str(tmp_path / "nope.sqlite3"), "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("deskcrm: error:") and "Traceback" not in result.stderr


def test_export_tasks_writes_icalendar_and_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "40"]) == 0
    target = tmp_path / "tasks.ics"
    assert main(["--db", db, "export", "tasks", str(target)]) == 0
    assert "open tasks" in capsys.readouterr().out
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert main(["--db", db, "export", "tasks", str(tmp_path / "no" / "t.ics")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("deskcrm: error: cannot write") and err.count("\n") == 1


def test_report_writes_a_pdf_and_rejects_bad_ranges_and_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "60"]) == 0
    out = tmp_path / "sales.pdf"
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "sales",
                "-o",
                str(out),
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "sales",
                "-o",
                str(tmp_path / "x.pdf"),
                "--from",
                "2026-05-01",
                "--to",
                "2026-04-01",
            ]
        )
        == 1
    )
    assert "bad range" in capsys.readouterr().err
    assert main(["--db", db, "report", "pipeline", "-o", str(tmp_path / "no" / "p.pdf")]) == 1
    assert capsys.readouterr().err.startswith("deskcrm: error: cannot write")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as exited:
        main(["--db", db, "report", "sales", "-o", "x.pdf", "--from", "yesterday"])
    assert exited.value.code == 2


def test_export_contacts_deals_and_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "30"]) == 0
    for what, name in (
        ("contacts", "c.csv"),
        ("contacts", "c.vcf"),
        ("deals", "d.csv"),
        ("all", "a.json"),
    ):
        assert main(["--db", db, "export", what, str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    capsys.readouterr()
    assert main(["--db", db, "export", "deals", str(tmp_path / "d.vcf")]) == 1
    assert "use .csv or .vcf for contacts" in capsys.readouterr().err
    assert not (tmp_path / "d.vcf").exists()


def test_import_contacts_dry_run_then_real_then_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    source = tmp_path / "people.csv"
    source.write_text("Vorname;Mail\nAnna;anna@example.com\nBen;not-an-email\n", encoding="utf-8")
    args = [
        "--db",
        db,
        "import",
        "contacts",
        str(source),
        "--map",
        "first_name=Vorname",
        "--map",
        "emails=Mail",
    ]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    # Ben's address cannot be read: he is imported all the same, the value kept and listed.
    assert "Would import 2 new contacts" in out
    assert "people.csv, line 3, Mail: email “not-an-email” — " in out
    assert main(args) == 0
    batch = capsys.readouterr().out.split("deskcrm import undo ")[1].strip()
    assert main(["--db", db, "import", "undo", batch]) == 0
    assert "Moved 2 contacts" in capsys.readouterr().out


def test_import_all_restores_an_export_into_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    assert main(["--db", first, "demo", "--contacts", "25"]) == 0
    assert main(["--db", first, "export", "all", str(tmp_path / "all.json")]) == 0
    assert main(["--db", second, "import", "all", str(tmp_path / "all.json")]) == 0
    assert "Imported" in capsys.readouterr().out
    assert main(["--db", second, "check"]) == 0
    assert "contact 25" in capsys.readouterr().out


def test_segments_listed_with_counts_and_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    import vobject

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.domain.segments import SegmentConditions
    from deskcrm.services.contacts.contacts import ContactInput

    path = tmp_path / "crm.sqlite3"
    db = open_database(path)
    services = build_services(db)
    for name, tags in (("Anna", ["VIP"]), ("=Bob", ["VIP"]), ("Cara", [])):
        services.contacts.create(ContactInput(first_name=name, tags=tags))
    assert main(["--db", str(path), "segments"]) == 0
    assert "No saved segments yet" in capsys.readouterr().out
    services.segments.save("VIP", SegmentConditions(tags_any=("VIP",)))
    services.segments.save("Everyone", SegmentConditions())
    db.close()

    assert main(["--db", str(path), "segments"]) == 0
    assert capsys.readouterr().out.splitlines() == ["2  VIP", "3  Everyone"]
    out_csv, out_vcf = tmp_path / "vip.csv", tmp_path / "vip.vcf"
    assert main(["--db", str(path), "export", "segment", "vip", str(out_csv)]) == 0
    assert "Wrote 2 contacts of the segment “VIP”" in capsys.readouterr().out
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["First Name"] for r in rows] == ["'=Bob", "Anna"]  # neutralised, name order
    assert main(["--db", str(path), "export", "segment", "VIP", str(out_vcf)]) == 0
    cards = list(vobject.readComponents(out_vcf.read_text(encoding="utf-8")))
    assert len(cards) == 2


def test_export_segment_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crm.sqlite3"
    main(["--db", str(path), "demo", "--contacts", "5"])
    capsys.readouterr()
    assert main(["--db", str(path), "export", "segment", "Nope", str(tmp_path / "x.csv")]) == 1
    assert "No segment named “Nope”" in capsys.readouterr().err
    assert main(["--db", str(path), "export", "segment", str(tmp_path / "x.csv")]) == 1
    assert "give segment NAME FILE" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_import_feedback_reports_skipped_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.services.contacts.contacts import ContactInput

    path = tmp_path / "crm.sqlite3"
    db = open_database(path)
    build_services(db).contacts.create(ContactInput(first_name="A", emails=["a@example.com"]))
    db.close()
    survey = tmp_path / "survey.csv"
    survey.write_text("email,score\na@example.com,9\nz@example.com,3\n", encoding="utf-8")
    assert main(["--db", str(path), "import", "feedback", str(survey)]) == 0
    out = capsys.readouterr().out
    assert f"Added 1 answers from 2 rows of {survey}" in out
    assert "skipped line 3, email: no contact with “z@example.com”" in out


def test_demo_without_a_named_database_goes_to_the_demo_file_not_the_users(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from deskcrm import config

    assert main(["demo", "--contacts", "5"]) == 0
    assert "demo.sqlite3" in capsys.readouterr().out
    assert config.demo_db_path().is_file()
    assert not config.default_db_path().exists()


def test_encrypt_warns_only_about_backups_that_really_are_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.sqlite3"
    monkeypatch.setenv("DESKCRM_PASSPHRASE", "correct horse battery")
    assert main(["--db", str(path), "demo", "--contacts", "3"]) == 0
    assert main(["--db", str(path), "backup"]) == 0  # plain
    assert main(["--db", str(path), "encrypt"]) == 0
    assert "1 older backup in" in capsys.readouterr().out
    for made in (tmp_path / "backups").glob("*.sqlite3"):
        made.unlink()
    assert main(["--db", str(path), "backup"]) == 0  # encrypted, like its database
    assert main(["--db", str(path), "decrypt"]) == 0
    assert main(["--db", str(path), "encrypt"]) == 0
    assert "Note" not in capsys.readouterr().out


def test_a_dry_run_or_a_failed_import_leaves_no_new_database_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name\nAnna,Meier\n", encoding="utf-8")
    target = tmp_path / "new" / "crm.sqlite3"
    assert main(["--db", str(target), "import", "contacts", str(people), "--dry-run"]) == 0
    assert "Would import 1 new contact" in capsys.readouterr().out
    assert not target.exists()
    assert main(["--db", str(target), "import", "contacts", str(tmp_path / "missing.csv")]) == 1
    assert main(["--db", str(target), "import", "all", str(people)]) == 1
    assert not target.exists() and not list(target.parent.glob("crm.sqlite3*"))
    assert main(["--db", str(target), "import", "contacts", str(people)]) == 0
    assert target.exists()


def test_an_import_whose_output_pipe_closes_keeps_the_new_database(tmp_path: Path) -> None:
    """`deskcrm import contacts FILE | head -0`: the import committed before its report
    could be printed; the reader going away must not delete the brand-new database."""
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name\nAnna,Meier\nBo,Berg\n", encoding="utf-8")
    target = tmp_path / "fresh" / "crm.sqlite3"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "deskcrm",
                "--db",
                str(target),
                "import",
                "contacts",
                str(people),
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "HOME": str(tmp_path / "home")},
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    import sqlite3

    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (2,)


def test_contacts_export_to_several_files_at_once(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "5"]) == 0
    vcf, table = tmp_path / "out.vcf", tmp_path / "out.csv"
    capsys.readouterr()
    assert main(["--db", db, "export", "contacts", str(vcf), str(table)]) == 0
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") >= 5
    assert table.stat().st_size > 0
    printed = capsys.readouterr().out
    assert f"to {vcf}" in printed and f"to {table}" in printed
    # One file it cannot write: nothing is written.
    assert main(["--db", db, "export", "contacts", str(tmp_path / "a.csv"), "b.txt"]) == 1
    assert not (tmp_path / "a.csv").exists()


def test_move_needs_one_file_and_one_server_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "crm.sqlite3"
    assert main(["--db", str(source), "demo", "--contacts", "5"]) == 0
    before = source.read_bytes()
    capsys.readouterr()
    assert main(["move", str(source), str(tmp_path / "copy.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "one file and one postgresql:// address" in err
    assert source.read_bytes() == before and not (tmp_path / "copy.sqlite3").exists()


def test_help_says_a_server_address_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "postgresql://user@host:port/dbname" in out and "move" in out
