"""The tolerant vCard reader on real files (tests/data/real) and on each failure seen in them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.import_export.vcard_reader import (
    MAX_VALUE_BYTES,
    CardDate,
    LabelledValue,
    VCardContact,
    read_vcards,
    to_contact_input,
)

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
EXPECTED = [e for e in json.loads((REAL / "expected.json").read_text("utf-8"))]
VCARD_EXPECTED = [e for e in EXPECTED if e["format"] == "vcard"]
# README conventions: a key missing from a record means "empty".
_EMPTY_LISTS = ("emails", "phones", "addresses", "urls")


def _as_expected(card: VCardContact) -> dict[str, Any]:
    """The card in expected.json's terms (see tests/data/real/README.md)."""
    return {
        "full_name": card.display_name,
        "kind": "company" if card.is_company else "",
        "given": card.given,
        "middle": card.middle,
        "family": card.family,
        "prefix": card.prefix,
        "suffix": card.suffix,
        "nickname": card.nickname,
        "organization": card.organization,
        "department": card.department,
        "title": card.title,
        "emails": [{"value": e.value, "label": e.label} for e in card.emails],
        "phones": [{"value": p.value, "label": p.label} for p in card.phones],
        "addresses": [
            {
                "label": a.label,
                "street": a.street,
                "extended": a.extended,
                "po_box": a.po_box,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
            }
            for a in card.addresses
        ],
        "urls": [u.url for u in card.urls],
        "birthday": card.birthday.iso() if card.birthday else "",
        "anniversary": card.anniversary.iso() if card.anniversary else "",
        "uid": card.uid,
    }


def _differences(record: dict[str, Any], card: VCardContact) -> list[str]:
    actual = _as_expected(card)
    out = []
    for key, got in actual.items():
        want = record.get(key, [] if key in _EMPTY_LISTS else "")
        if got != want:
            out.append(f"{key}: expected {want!r}, read {got!r}")
    if "note_contains" in record:
        if record["note_contains"] not in card.note:
            out.append(f"note: {record['note_contains']!r} not in {card.note!r}")
    elif card.note:
        out.append(f"note: expected none, read {card.note!r}")
    return out


def test_every_vcard_in_the_real_folder_has_expectations() -> None:
    on_disk = {p.relative_to(REAL).as_posix() for p in REAL.rglob("*.vcf")}
    assert on_disk == {e["file"] for e in VCARD_EXPECTED}
    assert len(on_disk) == 26


@pytest.mark.parametrize("expected", VCARD_EXPECTED, ids=lambda e: e["file"])
def test_real_file_reads_as_expected(expected: dict[str, Any]) -> None:
    result = read_vcards((REAL / expected["file"]).read_bytes(), expected["file"])

    people = sum(not card.is_company for card in result.cards)
    companies = sum(card.is_company for card in result.cards)
    assert (people, companies) == (expected["people"], expected["companies"])
    assert result.encoding == expected["encoding"]
    # Records are listed in file order; each is matched to the next card of that name.
    position = 0
    for record in expected["records"]:
        candidates = [
            (index, card)
            for index, card in enumerate(result.cards)
            if index >= position
            and card.display_name == record["full_name"]
            and card.uid == record.get("uid", card.uid)
        ]
        assert candidates, f"no card named {record['full_name']!r}"
        index, card = candidates[0]
        assert _differences(record, card) == [], record["full_name"]
        position = index + 1


@pytest.mark.parametrize("expected", VCARD_EXPECTED, ids=lambda e: e["file"])
def test_real_file_maps_to_contact_input(expected: dict[str, Any]) -> None:
    result = read_vcards((REAL / expected["file"]).read_bytes(), expected["file"])
    for card in result.cards:
        contact = to_contact_input(card)
        # Every address is an e-mail or kept as written (with the line it was on).
        kept = [u.value for u in contact.unparsed if u.field_name == "email"]
        assert sorted(contact.emails + kept) == sorted(e.value for e in card.emails)
        assert len(contact.email_labels) == len(contact.emails)
        assert len(contact.phone_labels) == len(contact.phones) == len(card.phones)
        assert contact.addresses == card.addresses
        assert contact.source_uid == card.uid
        assert contact.company_name == card.organization


# --- focused tests: each failure seen on real files -----------------------------------


def _card(*lines: str, version: str = "3.0") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]
    return ("\r\n".join(body) + "\r\n").encode("utf-8")


def _one(data: bytes) -> VCardContact:
    result = read_vcards(data, "test.vcf")
    assert len(result.cards) == 1
    return result.cards[0]


def test_quoted_printable_soft_breaks_keep_the_continuation() -> None:
    card = _one(
        _card(
            "FN:Anna",
            "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =",
            "line goes on=",
            "=C3=A4nd ends",
            "TEL;CELL:123",
            version="2.1",
        )
    )
    assert card.note == "first line\nsecond line goes onänd ends"
    assert card.phones == [LabelledValue("123", "mobile")]


def test_a_soft_break_between_the_bytes_of_a_utf8_character_is_joined() -> None:
    card = _one(
        _card("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=", "=B6rg =3D=", "x", version="2.1")
    )
    assert card.formatted_name == "Jörg =x"


def test_a_stray_soft_break_does_not_swallow_the_next_property() -> None:
    card = _one(_card("NOTE;QUOTED-PRINTABLE:ends in =", "EMAIL:a@example.com", version="2.1"))
    assert card.note == "ends in"
    assert card.emails == [LabelledValue("a@example.com")]


def test_unescaped_comma_in_note_and_fn_is_text() -> None:
    card = _one(_card("FN:Smith, John", "NOTE:one, two; three"))
    assert card.formatted_name == "Smith, John"
    assert card.note == "one, two; three"


def test_comma_lists_in_n_are_joined_in_3_0_and_kept_in_2_1() -> None:
    assert _one(_card("N:Smith;John,Paul;;;")).given == "John Paul"
    assert _one(_card("N:Smith;John,Paul;;;", version="2.1")).given == "John,Paul"
    escaped = _one(_card("N:Smith;John\\,Paul;;;"))
    assert (escaped.family, escaped.given) == ("Smith", "John,Paul")


def test_short_and_long_n_lose_nothing() -> None:
    short = _one(_card("N:Smith"))
    assert (short.family, short.given) == ("Smith", "")
    long = _one(_card("N:Smith;John;;;Jr.;extra"))
    assert long.suffix == "Jr. extra"


def test_address_with_comma_and_several_labelled_addresses() -> None:
    card = _one(
        _card(
            "ADR;TYPE=HOME:;;1 Main St, Apt 2;Springfield;IL;62701;USA",
            "ADR;TYPE=WORK,POSTAL:PO 9;Suite 5;2 Work Rd\\nFloor 3;Chicago;;60601;",
            "item1.ADR:;;3 Other Way;Town;;;",
            "item1.X-ABLabel:Cabin",
            "ADR:;;;;;;",
        )
    )
    assert card.addresses == [
        PostalAddress("home", "1 Main St, Apt 2", "", "", "Springfield", "IL", "62701", "USA"),
        PostalAddress("work", "2 Work Rd\nFloor 3", "Suite 5", "PO 9", "Chicago", "", "60601"),
        PostalAddress("Cabin", "3 Other Way", city="Town"),
    ]
    contact = to_contact_input(card)
    assert (contact.address, contact.city, contact.country) == (
        "1 Main St, Apt 2",
        "Springfield",
        "USA",
    )
    assert len(contact.addresses) == 3


def test_base64_photos_are_skipped_quietly_and_the_card_is_kept() -> None:
    folded = _card(
        "FN:Folded",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
        " /2wBDAAIBAQEBAQIBAQE:notaproperty",
        " CAgICAgQDAgICAgUEBAMEBgUGBgYF==",
        "EMAIL:f@example.com",
    )
    card = _one(folded)
    assert card.has_photo and card.emails == [LabelledValue("f@example.com")]
    # vCard 2.1: the base64 lines are not indented; a blank line ends them.
    plain = _card(
        "FN:Plain",
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:",
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQE",
        "CAgICAgQDAgICAgUEBAMEBgUGBgYF+/==",
        "",
        "TEL;WORK:555",
        version="2.1",
    )
    result = read_vcards(folded + plain, "photos.vcf")
    assert result.problems == []
    assert [c.formatted_name for c in result.cards] == ["Folded", "Plain"]
    assert result.cards[1].phones == [LabelledValue("555", "work")]


def test_profile_version_prodid_and_unknown_lines_are_ignored_quietly() -> None:
    result = read_vcards(
        _card(
            "PROFILE:VCard",
            "PRODID:-//Apple Inc.//iOS 5.0.1//EN",
            "X-ABUID:1\\:ABPerson",
            "X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns='x'/>",
            "GEO:1;2",
            "FN:Quiet",
        ),
        "q.vcf",
    )
    assert result.problems == []
    assert result.cards[0].formatted_name == "Quiet"


def test_the_real_iphone_card_reports_no_problems() -> None:
    result = read_vcards((REAL / "apple/John_Doe_IPHONE.vcf").read_bytes(), "iphone.vcf")
    assert result.problems == []
    assert result.cards[0].has_photo


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_unicode_files_with_and_without_bom(codec: str, bom: bytes) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ǽgean Łódź 東京\r\nN:Łódź;Ǽgean;;;\r\nEND:VCARD\r\n"
    result = read_vcards(bom + text.encode(codec), "u.vcf")
    assert result.cards[0].formatted_name == "Ǽgean Łódź 東京"
    assert result.cards[0].family == "Łódź"
    assert result.encoding == codec
    assert result.problems == []


def test_windows_1252_file_without_charset_is_read_not_mojibake() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Renée;;;\r\nFN:Renée Müller\r\n"
        "NOTE:Café crème à la française, naïve façade\r\nEND:VCARD\r\n"
    ).encode("cp1252")
    result = read_vcards(data, "w.vcf")
    card = result.cards[0]
    assert (card.formatted_name, card.family) == ("Renée Müller", "Müller")
    assert card.note == "Café crème à la française, naïve façade"
    assert result.encoding == "windows-1252"


def test_shift_jis_file_without_charset() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田 太郎\r\n"
        "ORG:株式会社表示\r\nNOTE:東京都新宿区西新宿二丁目８番１号、表計算ソフト\r\nEND:VCARD\r\n"
    ).encode("shift_jis")
    assert b"\\" in data  # 表 ends in the byte of a backslash: escapes are read after decoding
    result = read_vcards(data, "sj.vcf")
    card = result.cards[0]
    assert (card.family, card.given, card.organization) == ("山田", "太郎", "株式会社表示")
    assert card.note == "東京都新宿区西新宿二丁目８番１号、表計算ソフト"
    assert result.encoding in ("shift_jis", "cp932")  # cp932: Windows' Shift_JIS


def test_per_property_charset_wins() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1250:Iksi\xf1ski\r\n"
        b"NOTE;CHARSET=ISO-8859-7;ENCODING=QUOTED-PRINTABLE:=E1=E2=E3\r\nEND:VCARD\r\n"
    )
    card = _one(data)
    assert (card.formatted_name, card.note) == ("Iksiński", "αβγ")


def test_a_wrong_byte_in_declared_utf8_is_replaced_and_reported() -> None:
    result = read_vcards(
        _card("FN:Anna", "NOTE;CHARSET=UTF-8;QUOTED-PRINTABLE:ok=80", version="2.1"), "x.vcf"
    )
    assert result.cards[0].note == "ok\ufffd"
    assert [(p.line, p.property) for p in result.problems] == [(4, "NOTE")]


def test_folding_that_splits_a_utf8_character_and_cr_cr_lf_lines() -> None:
    name = "Ölçü Лл".encode()
    split = name.index("л".encode()) + 1  # between the two bytes of л
    data = b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:" + name[:split] + b"\r\r\n " + name[split:]
    data += b"\r\r\nN:Y;X;;;\r\r\nEND:VCARD\r\r\n"
    card = _one(data)
    assert card.formatted_name == "Ölçü Лл"
    assert card.given == "X"


def test_a_lone_cr_inside_a_value_is_not_a_line_end() -> None:
    card = _one(b"BEGIN:VCARD\nVERSION:4.0\nFN:A\nNOTE:one\rtwo\nEND:VCARD\n")
    assert card.note == "one\ntwo"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1922-03-10", CardDate(1922, 3, 10)),
        ("19220310", CardDate(1922, 3, 10)),
        ("1953-10-15T00:00:00Z", CardDate(1953, 10, 15)),
        ("1996-04-15T201243+04:00", CardDate(1996, 4, 15)),
        ("--04-22", CardDate(None, 4, 22)),
        ("--0422", CardDate(None, 4, 22)),
        ("--0229", CardDate(None, 2, 29)),
        ("1980-03-22 00:00:00", CardDate(1980, 3, 22)),
        ("22.03.1980", CardDate(1980, 3, 22)),
    ],
)
def test_birthday_forms(written: str, expected: CardDate) -> None:
    card = _one(_card("FN:A", f"BDAY:{written}"))
    assert card.birthday == expected
    assert card.unparsed == []


def test_apple_omit_year_makes_a_year_less_birthday_stored_in_2000() -> None:
    card = _one(_card("FN:A", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-22"))
    assert card.birthday == CardDate(None, 4, 22)
    assert card.birthday.iso() == "--04-22"
    contact = to_contact_input(card)
    assert (contact.birthday, contact.birthday_year_known) == (date(2000, 4, 22), False)
    # The year 1604 without Apple's parameter is a year.
    assert _one(_card("FN:A", "BDAY:1604-04-22")).birthday == CardDate(1604, 4, 22)


@pytest.mark.parametrize("written", ["circa 1800", "1980-02-30", "1980-13-01", "2001-05"])
def test_an_unreadable_date_is_kept_as_written_and_the_card_is_kept(written: str) -> None:
    result = read_vcards(
        _card("FN:Old One", f"BDAY;VALUE=text:{written}", "EMAIL:o@example.com"), "d.vcf"
    )
    card = result.cards[0]
    assert card.birthday is None
    assert card.emails == [LabelledValue("o@example.com")]
    why = "not a date DeskCRM can read; kept as written"
    assert card.unparsed == [UnparsedValue("birthday", written, why, "d.vcf, line 4, BDAY")]
    assert [(p.line, p.property, p.value) for p in result.problems] == [(4, "BDAY", written)]
    assert to_contact_input(card).unparsed == card.unparsed


@pytest.mark.parametrize(
    "lines",
    [
        ("ANNIVERSARY:2014-08-12",),
        ("X-ANNIVERSARY:20140812",),
        ("X-EVOLUTION-ANNIVERSARY:2014-08-12",),
        ("X-MS-ANNIVERSARY:20140812",),
        ("item3.X-ABDATE:2014-08-12", "item3.X-ABLabel:_$!<Anniversary>!$_"),
    ],
)
def test_anniversary_forms(lines: tuple[str, ...]) -> None:
    card = _one(_card("FN:A", "X-ABDATE:1776-07-04", *lines))
    assert card.anniversary == CardDate(2014, 8, 12)
    assert to_contact_input(card).anniversary == date(2014, 8, 12)


def test_year_less_anniversary() -> None:
    contact = to_contact_input(_one(_card("FN:A", "ANNIVERSARY:--1224")))
    assert (contact.anniversary, contact.anniversary_year_known) == (date(2000, 12, 24), False)


def test_phone_and_email_labels() -> None:
    card = _one(
        _card(
            "TEL;TYPE=CELL:1",
            "TEL;TYPE=WORK,VOICE:2",
            "TEL;TYPE=HOME:3",
            "TEL;TYPE=FAX:4",
            "TEL;TYPE=WORK;TYPE=FAX:5",
            "TEL;TYPE=HOME,FAX:6",
            "TEL;TYPE=PAGER:7",
            "TEL;TYPE=MAIN:8",
            "TEL;VALUE=uri;TYPE=cell:tel:+1-555-555-0100;ext=42",
            "TEL;TYPE=pref:9",
            "item1.TEL;TYPE=HOME:10",
            "item1.X-ABLabel:_$!<AssistantPhone>!$_",
            "item2.TEL:11",
            "item2.X-ABLabel:Boat",
            "X-MS-TEL;VOICE;CALLBACK:12",
            "EMAIL;TYPE=INTERNET,WORK:w@example.com",
            "EMAIL;TYPE=home:h@example.com",
            "EMAIL;PREF=1:mailto:p@example.com",
            "item3.EMAIL:o@example.com",
            "item3.X-ABLabel:_$!<Other>!$_",
            "FN:Labels",
        )
    )
    assert card.phones == [
        LabelledValue("1", "mobile"),
        LabelledValue("2", "work"),
        LabelledValue("3", "home"),
        LabelledValue("4", "fax"),
        LabelledValue("5", "work fax"),
        LabelledValue("6", "home fax"),
        LabelledValue("7", "pager"),
        LabelledValue("8", "main"),
        LabelledValue("+1-555-555-0100 ext. 42", "mobile"),
        LabelledValue("9", ""),
        LabelledValue("10", "assistant"),
        LabelledValue("11", "Boat"),
        LabelledValue("12", "callback"),
    ]
    assert card.emails == [
        LabelledValue("w@example.com", "work"),
        LabelledValue("h@example.com", "home"),
        LabelledValue("p@example.com", ""),
        LabelledValue("o@example.com", "other"),
    ]
    contact = to_contact_input(card)
    assert contact.phone_labels[:2] == ["mobile", "work"]
    assert contact.email_labels == ["work", "home", "", "other"]


def test_websites_and_social_profiles() -> None:
    card = _one(
        _card(
            "FN:W",
            "URL:http\\://example.com",
            "URL;TYPE=WORK:https://work.example.com",
            "item1.URL:https://blog.example.com",
            "item1.X-ABLabel:_$!<HomePage>!$_",
            "X-SOCIALPROFILE;type=twitter;x-user=anna:http://twitter.com/anna",
            "IMPP:xmpp:anna@example.com",
        )
    )
    assert card.urls == [
        Website("http://example.com"),
        Website("https://work.example.com", "work"),
        Website("https://blog.example.com", "homepage"),
        Website("http://twitter.com/anna", "twitter"),
        Website("xmpp:anna@example.com", "xmpp"),  # an IM address is kept as a link
    ]
    assert to_contact_input(card).websites == card.urls


def test_uid_categories_title_role_and_department() -> None:
    card = _one(
        _card(
            "UID:urn:uuid:1234",
            "FN:Anna Berg",
            "ORG:Acme\\, Inc.;Sales;EMEA",
            "TITLE:Head",
            "ROLE:Buyer",
            "CATEGORIES:VIP,Customer\\, key,VIP",
            "NOTE:first",
            "NOTE:second",
        )
    )
    assert (card.uid, card.organization, card.department) == (
        "urn:uuid:1234",
        "Acme, Inc.",
        "Sales, EMEA",  # units below the department are part of it
    )
    assert card.categories == ["VIP", "Customer, key"]
    contact = to_contact_input(card)
    assert contact.source_uid == "urn:uuid:1234"
    assert contact.tags == ["VIP", "Customer, key"]
    assert (contact.company_name, contact.department, contact.title) == (
        "Acme, Inc.",
        "Sales, EMEA",
        "Head",
    )
    assert contact.notes == "first\nsecond\n\nRole: Buyer"


@pytest.mark.parametrize(
    ("lines", "company"),
    [
        (("ORG:Bike Shop",), True),
        (("N:;;;;", "FN:Apple AG", "ORG:Apple AG;"), True),
        (("N:Cook;Tim;;;", "FN:Tim Cook", "ORG:Apple", "X-ABShowAs:COMPANY"), True),
        (("KIND:org", "FN:Acme Holding", "ORG:Acme"), True),
        (("FN:Tim Cook", "ORG:Apple"), False),
        (("N:;Tim;;;", "ORG:Apple"), False),
        (("NICKNAME:Timmy", "ORG:Apple"), False),
        (("FN:Apple",), False),
    ],
)
def test_company_cards(lines: tuple[str, ...], company: bool) -> None:
    assert _one(_card(*lines)).is_company is company


def test_company_card_maps_to_a_nameless_contact_input() -> None:
    contact = to_contact_input(_one(_card("ORG:Bike Shop", "TEL;WORK:1")))
    assert (contact.first_name, contact.last_name, contact.company_name) == ("", "", "Bike Shop")


@pytest.mark.parametrize(
    ("lines", "first", "last"),
    [
        (("FN:John Ronald Tolkien",), "John Ronald", "Tolkien"),
        (("FN:Tolkien, John",), "John", "Tolkien"),
        (("FN:Cher",), "Cher", ""),
        (("N:Doe;Jane;;;",), "Jane", "Doe"),
        (("NICKNAME:Bud",), "", ""),  # shown by its nickname, no first name made of it
        (("FN:+49 171 2345678", "TEL:+49 171 2345678"), "", ""),  # a number is no name
        (("FN:anna@example.com", "EMAIL:anna@example.com"), "", ""),
        (("N:Doe;Jane;;;", "FN:Dr. Jane Doe"), "Jane", "Doe"),
    ],
)
def test_name_fallbacks(lines: tuple[str, ...], first: str, last: str) -> None:
    contact = to_contact_input(_one(_card(*lines)))
    assert (contact.first_name, contact.last_name) == (first, last)


def test_nickname_only_card_keeps_its_nickname() -> None:
    contact = to_contact_input(_one(_card("NICKNAME:Bud")))
    # No first name is made of it: the contact is shown by its nickname (domain.names).
    assert (contact.first_name, contact.nickname) == ("", "Bud")


def test_unreadable_lines_are_reported_once_per_run_and_the_card_is_kept() -> None:
    result = read_vcards(
        _card("FN:Anna", "this is not a property", "neither is this", "FN", "EMAIL:a@example.com"),
        "bad.vcf",
    )
    assert result.cards[0].emails == [LabelledValue("a@example.com")]
    assert [(p.line, p.value, p.why) for p in result.problems] == [
        (4, "this is not a property", "not a vCard property line; skipped")
    ]


def test_missing_end_nested_agent_and_text_outside_cards() -> None:
    data = (
        b"garbage before\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:First\r\nAGENT:\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:The Agent\r\nEND:VCARD\r\nTEL:1\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nFN:No End\r\n"
        b"BEGIN:VCARD\r\nFN:Last\r\n"
    )
    result = read_vcards(data, "m.vcf")
    assert [c.formatted_name for c in result.cards] == ["First", "No End", "Last"]
    assert result.cards[0].phones == [LabelledValue("1")]
    assert [(p.line, p.why) for p in result.problems] == [
        (1, "outside any vCard; skipped"),
        (12, "the card has no END:VCARD; kept"),
        (14, "the file ends inside this card; kept"),
    ]


def test_a_huge_value_is_cut_and_reported() -> None:
    result = read_vcards(_card("FN:Big", "NOTE:" + "x" * (MAX_VALUE_BYTES + 10)), "big.vcf")
    assert len(result.cards[0].note) == MAX_VALUE_BYTES - len("NOTE:")
    assert [p.property for p in result.problems] == ["NOTE"]


def test_empty_and_non_vcard_input_never_raise() -> None:
    assert read_vcards(b"", "e.vcf").cards == []
    assert read_vcards(b"\x00\xff\xfe garbage", "g.vcf").cards == []
    assert read_vcards(b"BEGIN:VCARD", "b.vcf").cards[0].display_name == ""


# --- property-based: nothing inside a card can cost another card ----------------------

_NEIGHBOUR_BEFORE = _card(
    "UID:before-1",
    "N:Berg;Anna;Maria;Dr.;",
    "FN:Dr. Anna Maria Berg",
    "ORG:Acme;Sales",
    "EMAIL;TYPE=WORK:anna@example.com",
    "TEL;TYPE=CELL:+49 170 1234567",
    "ADR;TYPE=HOME:;;Hauptstr. 1;Berlin;;10115;Germany",
    "BDAY:--0422",
    "NOTE:likes tea\\, not coffee",
)
_NEIGHBOUR_AFTER = _card(
    "UID:after-3",
    "FN:Bob Stone",
    "N:Stone;Bob;;;",
    "TEL;TYPE=WORK:555-0100",
    "CATEGORIES:VIP",
    version="2.1",
)


def _without_line(card: VCardContact) -> VCardContact:
    return replace(card, line=0)


def _neighbours_survive(middle: bytes) -> None:
    alone = [
        _without_line(read_vcards(card, "n.vcf").cards[0])
        for card in (_NEIGHBOUR_BEFORE, _NEIGHBOUR_AFTER)
    ]
    result = read_vcards(_NEIGHBOUR_BEFORE + middle + _NEIGHBOUR_AFTER, "mixed.vcf")
    cards = [_without_line(card) for card in result.cards]
    assert cards[0] == alone[0]
    assert cards[-1] == alone[1]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    result = read_vcards(data, "fuzz.vcf")
    for card in result.cards:
        to_contact_input(card)


# Pieces of vCard syntax, so the text reaches folding, soft breaks, photos and card limits.
_SYNTAX = st.sampled_from(
    [
        "\r\n",
        "\n",
        "\r",
        "\r\n ",
        "=",
        "=\r\n",
        ";",
        ",",
        ":",
        "\\",
        '"',
        "BEGIN:VCARD",
        "END:VCARD",
        "AGENT:",
        "item1.",
        "X-ABLabel:",
        "PHOTO;ENCODING=BASE64:",
        ";ENCODING=QUOTED-PRINTABLE:",
        ";CHARSET=shift_jis:",
        "=C3",
        "\x00",
        "\ufeff",
    ]
)
_CARD_TEXT = st.lists(st.text(max_size=20) | _SYNTAX, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CARD_TEXT, st.sampled_from(["NOTE:", "ADR;TYPE=WORK:", "", "BDAY:", "N:", "TEL"]))
def test_arbitrary_text_inside_a_card_keeps_every_other_card(text: str, prefix: str) -> None:
    middle = _card("UID:middle-2", "FN:Middle", prefix + text, "EMAIL:m@example.com")
    _neighbours_survive(middle)
    for card in read_vcards(_NEIGHBOUR_BEFORE + middle, "m.vcf").cards:
        to_contact_input(card)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_inside_a_card_keep_every_other_card(data: bytes) -> None:
    middle = b"BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;QUOTED-PRINTABLE:" + data + b"\r\nEND:VCARD\r\n"
    _neighbours_survive(middle)


def test_an_fn_that_is_an_email_address_is_not_split_into_names() -> None:
    contact = to_contact_input(_one(_card("FN:x@example.com", "EMAIL:x@example.com")))
    assert (contact.first_name, contact.last_name) == ("", "")


def test_parameters_keep_quoted_commas_and_decode_carets() -> None:
    card = _one(
        _card(
            "FN:A",
            'X-DESKCRM-UNPARSED;FIELD=birthday;REASON="not a date, really";ORIGIN="a.vcf^n line 2'
            " ^'BDAY^' ^^\":circa 1800",
        )
    )
    assert card.unparsed == [
        UnparsedValue("birthday", "circa 1800", "not a date, really", 'a.vcf\n line 2 "BDAY" ^')
    ]


def test_deskcrm_fields_read_back_and_bad_ones_reported() -> None:
    result = read_vcards(
        _card(
            "FN:A",
            "X-DESKCRM-LIFECYCLE:customer",
            "X-DESKCRM-SOURCE:Referral\\, fair",
            "X-DESKCRM-FOLLOW-UP-DAYS:14",
        )
        + _card("FN:B", "X-DESKCRM-LIFECYCLE:vip", "X-DESKCRM-FOLLOW-UP-DAYS:soon"),
        "d.vcf",
    )
    first, second = (to_contact_input(card) for card in result.cards)
    assert (first.lifecycle, first.source, first.follow_up_days) == (
        "customer",
        "Referral, fair",
        14,
    )
    assert (second.lifecycle, second.follow_up_days) == ("lead", None)
    assert [p.value for p in result.problems] == ["vip", "soon"]


def test_a_deskcrm_vcard_export_reads_back_field_by_field() -> None:
    from deskcrm.services.import_export.export_records import (
        ExportedContact,
        LabelledEmail,
        LabelledPhone,
    )
    from deskcrm.services.import_export.vcard_writer import vcard

    kept = UnparsedValue(
        "birthday", "circa 1800, give or take", "not a date; kept", "o.vcf, line 3"
    )
    exported = ExportedContact(
        id=1,
        created_at=datetime(2025, 1, 2, tzinfo=UTC),
        updated_at=datetime(2025, 1, 2, tzinfo=UTC),
        first_name="Zoë; Ann",
        middle_name="Mary, Jo",
        last_name="O'Brien\\Smith: Sr",
        name_prefix="Dr.",
        name_suffix="PhD, MBA",
        nickname="Zo; the great",
        company="Acme, Inc.",
        department="Research; Labs, Ost",
        title="Head, R&D",
        emails=[
            LabelledEmail("z@example.com", "work"),
            LabelledEmail("h@example.com", "home"),
            LabelledEmail("t@example.com", "Tennis club"),
            LabelledEmail("o@example.com", "other"),
        ],
        phones=[
            LabelledPhone("+4930123456", "work"),
            LabelledPhone("+49170123456", "mobile"),
            LabelledPhone("+4930999999", "work fax"),
            LabelledPhone("+4930000000", "Switchboard; main"),
            LabelledPhone("030 not valid", "main"),
            LabelledPhone("+4930111111", "pager", needs_check=False),
        ],
        addresses=[
            PostalAddress(
                "home",
                "Hauptstraße 1; Hinterhaus",
                "2. OG",
                "PF 12",
                "Berlin",
                "BE",
                "10115",
                "Germany",
            ),
            PostalAddress("Summer, house", "1 Beach Rd", city="Sylt"),
        ],
        websites=[
            Website("https://acme.example/a,b", "work"),
            Website("https://blog.example", "Blog"),
        ],
        birthday=date(2000, 2, 29),
        birthday_year_known=False,
        anniversary=date(2010, 6, 1),
        source_uid="urn:uuid:7ca80cd7-547b-5ced-babd-bf226bd96d6e",
        lifecycle="prospect",
        source="Referral",
        follow_up_days=14,
        notes="line one\nline two; three, four \\ five",
        tags=["VIP", "a, b"],
        unparsed=[kept],
    )
    result = read_vcards(vcard(exported).encode("utf-8"), "export.vcf")
    assert result.problems == []
    contact = to_contact_input(result.cards[0])
    assert (contact.first_name, contact.middle_name, contact.last_name) == (
        "Zoë; Ann",
        "Mary, Jo",
        "O'Brien\\Smith: Sr",
    )
    assert (contact.name_prefix, contact.name_suffix, contact.nickname) == (
        "Dr.",
        "PhD, MBA",
        "Zo; the great",
    )
    assert (contact.company_name, contact.department, contact.title) == (
        "Acme, Inc.",
        "Research; Labs, Ost",
        "Head, R&D",
    )
    assert contact.emails == [e.address for e in exported.emails]
    assert contact.email_labels == [e.label for e in exported.emails]
    assert contact.phones == [
        "+4930123456",
        "+49170123456",
        "+4930999999",
        "+4930000000",
        "030 not valid",
        "+4930111111",
    ]
    assert contact.phone_labels == [p.label for p in exported.phones]
    assert contact.addresses == exported.addresses
    assert contact.websites == exported.websites
    assert (contact.birthday, contact.birthday_year_known) == (date(2000, 2, 29), False)
    assert (contact.anniversary, contact.anniversary_year_known) == (date(2010, 6, 1), True)
    assert contact.source_uid == exported.source_uid
    assert (contact.lifecycle, contact.source, contact.follow_up_days) == (
        "prospect",
        "Referral",
        14,
    )
    assert contact.notes == exported.notes
    assert contact.tags == exported.tags
    assert contact.unparsed == [kept]


def test_parameter_values_are_decoded_like_the_values() -> None:
    card = _one(
        _card(
            "FN:A",
            'TEL;TYPE="Büro":+49 30 1234567',
            "EMAIL;TYPE=x-privé:p@example.com",
            "X-DESKCRM-UNPARSED;FIELD=email;REASON=“contact1@invalid” is not an address:x",
        )
    )
    assert card.phones == [LabelledValue("+49 30 1234567", "büro")]
    assert card.unparsed[0].reason == "“contact1@invalid” is not an address"


def test_parameter_values_of_a_cp1252_file_are_read_in_cp1252() -> None:
    data = _card("N:Müller;Jürgen", "FN:Jürgen Müller", 'TEL;TYPE="Büro":+49 30 1234567')
    card = _one(data.decode("utf-8").encode("cp1252"))
    assert (card.formatted_name, card.phones) == (
        "Jürgen Müller",
        [LabelledValue("+49 30 1234567", "büro")],
    )


def test_properties_no_field_keeps_are_named_once_with_a_count() -> None:
    result = read_vcards(
        _card(
            "FN:Ann Lee",
            "ORG:ABC\\, Inc.;Sales;Team West",
            "IMPP;X-SERVICE-TYPE=Skype:skype:ann.lee",
            "X-SIP:sip:ann@example.com",
            "RELATED;TYPE=spouse:urn:uuid:1",
            "X-PHONETIC-FIRST-NAME:An",
            "item1.X-ABDATE:2001-02-03",
            "item1.X-ABLABEL:first met",
            "X-CUSTOM1;VALUE=TEXT:a",
            "PHOTO;ENCODING=b;TYPE=JPEG:AAAA",
            "PRODID:-//Apple Inc.//Address Book 1//EN",
        )
        + _card("FN:Bo", "X-CUSTOM1:b", "RELATED:urn:uuid:2"),
        "n.vcf",
    )
    first = result.cards[0]
    assert (first.organization, first.department) == ("ABC, Inc.", "Sales, Team West")
    assert first.urls == [
        Website("skype:ann.lee", "Skype"),
        Website("sip:ann@example.com", "sip"),
    ]
    assert result.not_kept_names() == [
        "RELATED (2)",
        "X-PHONETIC-FIRST-NAME (1)",
        "X-ABDATE (1)",
        "X-CUSTOM1 (2)",
        "PHOTO (1; photos are not kept)",
    ]


# --- where each value was: the line its property starts on, not the card's BEGIN:VCARD ---

_PROPERTY_AT = {"EMAIL": ("EMAIL",), "TEL": ("TEL", "X-MS-TEL")}


@pytest.mark.parametrize("entry", VCARD_EXPECTED, ids=[e["file"] for e in VCARD_EXPECTED])
def test_every_email_and_phone_knows_the_line_its_property_starts_on(
    entry: dict[str, Any],
) -> None:
    data = (REAL / entry["file"]).read_bytes()
    read = read_vcards(data, Path(entry["file"]).name)
    # The file's lines as an editor counts them (the reader's own line ends: CR CR LF is
    # one, a lone CR only in a file without LF), read in the file's encoding.
    text = data.decode(read.encoding if read.encoding != "utf-8" else "utf-8", "replace")
    lines = (
        text.replace("\r\r\n", "\n").replace("\r\n", "\n").split("\n")
        if "\n" in text
        else text.split("\r")
    )
    for card in read.cards:
        for kind, values in (("EMAIL", card.emails), ("TEL", card.phones)):
            for value in values:
                assert value.line > card.line, (card.line, value)
                head = lines[value.line - 1].split(":", 1)[0].split(";", 1)[0]
                name = head.rsplit(".", 1)[-1].upper().lstrip("\ufeff")
                assert name in _PROPERTY_AT[kind], (value, lines[value.line - 1])


def test_an_address_that_is_not_one_is_kept_with_the_line_of_its_folded_property() -> None:
    # Android writes a QUOTED-PRINTABLE EMAIL over lines 44 and 45 (a soft line break);
    # its card starts on line 36.
    path = REAL / "android/John_Doe_ANDROID.vcf"
    read = read_vcards(path.read_bytes(), path.name)
    (card,) = [c for c in read.cards if c.line == 36]
    kept = to_contact_input(card).unparsed
    assert [(u.field_name, u.origin) for u in kept] == [
        ("email", "John_Doe_ANDROID.vcf, line 44, EMAIL")
    ]
    assert "bob@company.com" in to_contact_input(card).emails


def test_a_folded_date_and_a_web_address_with_spaces_name_their_first_line() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
        b"BDAY:sometime in\r\n  the spring\r\n"  # lines 5-6, folded
        b"URL;TYPE=WORK:my home\r\n page\r\n"  # lines 7-8, folded
        b"EMAIL:ann@example.com\r\nEND:VCARD\r\n"
    )
    read = read_vcards(data, "ann.vcf")
    assert [(p.line, p.property) for p in read.problems] == [(5, "BDAY")]
    contact = to_contact_input(read.cards[0])
    assert [(u.field_name, u.value, u.origin) for u in contact.unparsed] == [
        ("birthday", "sometime in the spring", "ann.vcf, line 5, BDAY"),
        ("website", "my homepage", "ann.vcf, line 7, URL"),
    ]
    assert contact.websites == [] and contact.emails == ["ann@example.com"]
    assert read.cards[0].emails[0].line == 9
