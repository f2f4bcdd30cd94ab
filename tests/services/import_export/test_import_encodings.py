"""Guessing the encoding of CSV and vCard text that is neither UTF-8 nor marked by a BOM:
short Western files are cp1252 (or the Central-European page their letters fit), never a
Korean or Chinese code page that happens to decode the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.import_export.import_files import decode, guess_legacy_encoding
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.import_export.vcard_reader import read_vcards


@pytest.mark.parametrize(
    ("text", "written_in", "expected"),
    [
        # charset-normalizer says johab for this one
        ("Vorname;Nachname;E-Mail-Adresse\nJosé;Muñoz;jose@example.es\n", "cp1252", "cp1252"),
        # ä fits cp1250 too, ñ would be Polish ń there
        ("Vorname;Nachname\nJürgen;Müller\nJosé;Muñoz\n", "cp1252", "cp1252"),
        ("Imię;Nazwisko\nŁukasz;Wójcik\nZofia;Żak\n", "cp1250", "cp1250"),
        ("Name;Preis\nAnna Œuvre;100 €\n", "iso8859_15", "iso8859_15"),
        ("Имя;Фамилия\nИван;Петров\nМария;Сидорова\n", "cp1251", "cp1251"),
        ("名前,メール\n山田太郎,taro@example.jp\n", "shift_jis", "cp932"),
    ],
)
def test_legacy_encodings_are_told_apart(text: str, written_in: str, expected: str) -> None:
    data = text.encode(written_in)
    assert guess_legacy_encoding(data) == expected
    decoded, _ = decode(Path("x.csv"), data)
    assert decoded == text


def test_a_short_cp1252_csv_imports_with_its_accents(db, services, tmp_path: Path) -> None:
    path = tmp_path / "es.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail-Adresse\nJosé;Muñoz;jose@example.es\n".encode("cp1252")
    )
    report = ImportService(db, services.settings).import_contacts_csv(path)
    assert (report.new, report.encoding, report.delimiter) == (1, "cp1252", ";")
    (row,) = services.contacts.rows(services.contacts.list_ids(ContactFilter())).values()
    assert (row.name, row.email) == ("José Muñoz", "jose@example.es")


def test_a_vcard_without_charset_in_cp1252_keeps_spanish_n_tilde() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Muñoz;José\r\nFN:José Muñoz\r\nEND:VCARD\r\n"
    result = read_vcards(data.encode("cp1252"), "es.vcf")
    (card,) = result.cards
    assert (card.formatted_name, result.encoding) == ("José Muñoz", "windows-1252")
