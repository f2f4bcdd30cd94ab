"""At-rest encryption with SQLCipher: nothing readable without the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskcrm.app import build_services
from deskcrm.cli import main
from deskcrm.db.opening import PassphraseNeededError, WrongPassphraseError, open_database
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.storage.backups import BackupService
from deskcrm.services.storage.encryption import decrypt_database, encrypt_database

pytest.importorskip("sqlcipher3")
SECRET = "correct horse battery"


def _with_anna(path: Path) -> None:
    db = open_database(path)
    build_services(db).contacts.create(ContactInput(first_name="Anna", last_name="Müller"))
    db.close()


def test_an_encrypted_database_reveals_nothing_and_opens_only_with_its_passphrase(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _with_anna(path)
    encrypt_database(path, SECRET)
    raw = path.read_bytes()
    assert "Müller".encode() not in raw and not raw.startswith(b"SQLite format 3")
    with pytest.raises(PassphraseNeededError):
        open_database(path)
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase="not the one")
    db = open_database(path, passphrase=SECRET)
    services = build_services(db)
    assert [r.name for r in services.contacts.search("müll")] == ["Anna Müller"]
    # A long name: three random bytes ("Ben") turn up in ciphertext now and then.
    services.contacts.create(ContactInput(first_name="Benedikt", last_name="Quellenhausen"))
    db.close()
    backup = BackupService(path, passphrase=SECRET).create("manual")
    assert b"Quellenhausen" not in backup.path.read_bytes()
    decrypt_database(path, SECRET)
    assert path.read_bytes().startswith(b"SQLite format 3")
    db = open_database(path)
    assert build_services(db).contacts.count() == 2
    db.close()


def test_short_passphrases_and_double_encryption_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _with_anna(path)
    with pytest.raises(DeskCrmError, match="at least 8"):
        encrypt_database(path, "short")
    encrypt_database(path, SECRET)
    with pytest.raises(DeskCrmError, match="already encrypted"):
        encrypt_database(path, SECRET)
    with pytest.raises(WrongPassphraseError):
        decrypt_database(path, "wrong passphrase")


def test_cli_encrypts_and_reads_with_the_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "demo", "--contacts", "15"]) == 0
    monkeypatch.setenv("DESKCRM_PASSPHRASE", SECRET)
    assert main(["--db", db, "encrypt"]) == 0
    assert main(["--db", db, "check"]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    monkeypatch.delenv("DESKCRM_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["--db", db, "search", "a"]) == 1
    assert "give its passphrase" in capsys.readouterr().err


def test_a_big_import_into_an_encrypted_file_is_searchable_and_unreadable(
    tmp_path: Path,
) -> None:
    # 1,500 rows: their search index is filled on a thread of its own (through SQLCipher's
    # driver, as one JSON statement per part) while the contact rows are built.
    path = tmp_path / "crm.sqlite3"
    _with_anna(path)
    encrypt_database(path, SECRET)
    source = tmp_path / "people.csv"
    lines = ["First Name,Last Name,E-mail Address"]
    lines += [f"Walpurga{i},Zettelmeier{i},walpurga{i}@example.org" for i in range(1_500)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_database(path, passphrase=SECRET)
    services = build_services(db)
    assert services.importing.import_contacts_csv(source).new == 1_500
    assert [r.name for r in services.contacts.search("zettelmeier1499")] == [
        "Walpurga1499 Zettelmeier1499"
    ]
    assert services.contacts.count() == 1_501
    db.close()
    assert b"Zettelmeier" not in path.read_bytes()
