"""The vCard 4.0 writer: every field as RFC 6350 says, escaped, folded, labels kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

import vobject

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.import_export.export_records import (
    ExportedContact,
    LabelledEmail,
    LabelledPhone,
)
from deskcrm.services.import_export.vcard_writer import contact_uid, fold, param_value, vcard

CREATED = datetime(2025, 5, 4, 3, 2, 1, 123456, tzinfo=UTC)


def _contact(**fields: object) -> ExportedContact:
    return ExportedContact(id=7, created_at=CREATED, updated_at=CREATED, **fields)  # type: ignore[arg-type]


def _unfolded(card: str) -> list[str]:
    return card.replace("\r\n ", "").split("\r\n")


def test_a_card_is_version_4_with_crlf_line_ends_and_every_line_at_most_75_octets() -> None:
    card = vcard(_contact(first_name="Zoë", notes="ü" * 200 + "€" * 50, last_name="x" * 90))
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and card.endswith("END:VCARD\r\n")
    assert "\n" not in card.replace("\r\n", "")
    raw = card.encode("utf-8")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no line ends inside a character
    assert "NOTE:" + "ü" * 200 + "€" * 50 in _unfolded(card)


def test_separators_and_line_breaks_are_escaped_in_text_and_in_each_name_part() -> None:
    card = vcard(
        _contact(
            first_name="Anna; Maria",
            last_name="O,Neil\\x",
            middle_name="B:C",
            company="Acme; Inc",
            department="R, D",
            notes="one\ntwo; three, four \\ five: six",
        )
    )
    lines = _unfolded(card)
    assert "N:O\\,Neil\\\\x;Anna\\; Maria;B:C;;" in lines
    assert "ORG:Acme\\; Inc;R\\, D" in lines
    assert "NOTE:one\\ntwo\\; three\\, four \\\\ five: six" in lines
    (read,) = vobject.readComponents(card)
    assert read.note.value == "one\ntwo; three, four \\ five: six"


def test_names_organisation_and_dates_use_the_vcard_4_forms() -> None:
    card = vcard(
        _contact(
            first_name="John",
            middle_name="Q",
            last_name="Public",
            name_prefix="Dr.",
            name_suffix="Jr.",
            nickname="Johnny",
            company="Acme",
            department="Sales",
            title="Head",
            birthday=date(2000, 2, 29),
            birthday_year_known=False,
            anniversary=date(2011, 6, 30),
        )
    )
    lines = _unfolded(card)
    assert "FN:Dr. John Q Public Jr." in lines and "N:Public;John;Q;Dr.;Jr." in lines
    assert "NICKNAME:Johnny" in lines and "ORG:Acme;Sales" in lines and "TITLE:Head" in lines
    assert "BDAY:--0229" in lines and "ANNIVERSARY:20110630" in lines


def test_standard_labels_become_types_and_others_an_apple_item_label() -> None:
    card = vcard(
        _contact(
            first_name="A",
            emails=[LabelledEmail("w@example.com", "work"), LabelledEmail("o@example.com", "Club")],
            phones=[
                LabelledPhone("+4930123456", "mobile"),
                LabelledPhone("+4930123457", "work fax"),
                LabelledPhone("+4930123458", "Switchboard"),
            ],
            websites=[Website("https://example.com/a,b", "LinkedIn"), Website("https://e.org", "")],
        )
    )
    lines = _unfolded(card)
    assert "EMAIL;TYPE=work;PREF=1:w@example.com" in lines
    assert "item1.EMAIL:o@example.com" in lines and "item1.X-ABLabel:Club" in lines
    assert "TEL;TYPE=cell;VALUE=uri;PREF=1:tel:+4930123456" in lines
    assert "TEL;TYPE=work,fax;VALUE=uri:tel:+4930123457" in lines
    assert "item2.TEL;VALUE=uri:tel:+4930123458" in lines and "item2.X-ABLabel:Switchboard" in lines
    assert "item3.URL:https://example.com/a\\,b" in lines and "URL:https://e.org" in lines
    (read,) = vobject.readComponents(card)
    assert [t.params["TYPE"] for t in read.tel_list if "TYPE" in t.params] == [
        ["cell"],
        ["work", "fax"],
    ]


def test_a_number_kept_as_typed_is_text_not_a_tel_uri() -> None:
    card = vcard(_contact(first_name="A", phones=[LabelledPhone("0800 FLOWERS", "", True)]))
    assert "TEL;PREF=1:0800 FLOWERS" in _unfolded(card)


def test_every_address_is_written_with_seven_parts_its_type_and_a_label() -> None:
    home = PostalAddress("home", "Hauptstr. 1", "Apt 2", "PO 5", "Berlin", "BE", "10115", "DE")
    cabin = PostalAddress("Cabin", "Lake Rd; 3", city="Åre", country="Sweden")
    lines = _unfolded(vcard(_contact(first_name="A", addresses=[home, cabin])))
    assert (
        'ADR;TYPE=home;LABEL="Hauptstr. 1, Apt 2, PO 5, 10115 Berlin, BE, DE":'
        "PO 5;Apt 2;Hauptstr. 1;Berlin;BE;10115;DE"
    ) in lines
    assert 'item1.ADR;LABEL="Lake Rd; 3, Åre, Sweden":;;Lake Rd\\; 3;Åre;;;Sweden' in lines
    assert "item1.X-ABLabel:Cabin" in lines


def test_deskcrm_fields_and_values_kept_as_written_are_x_properties() -> None:
    kept = UnparsedValue("birthday", "circa 1800", 'not a "date"', "old.vcf, line 3, BDAY")
    card = vcard(
        _contact(
            first_name="A",
            lifecycle="customer",
            source="Trade fair",
            follow_up_days=30,
            tags=["VIP", "a,b"],
            unparsed=[kept],
        )
    )
    lines = _unfolded(card)
    assert "X-DESKCRM-LIFECYCLE:customer" in lines and "X-DESKCRM-SOURCE:Trade fair" in lines
    assert "X-DESKCRM-FOLLOW-UP-DAYS:30" in lines and "CATEGORIES:VIP,a\\,b" in lines
    assert (
        "X-DESKCRM-UNPARSED;FIELD=birthday;REASON=not a ^'date^';"
        'ORIGIN="old.vcf, line 3, BDAY":circa 1800'
    ) in lines
    (read,) = vobject.readComponents(card)
    prop = read.contents["x-deskcrm-unparsed"][0]
    assert prop.value == "circa 1800" and prop.params["ORIGIN"] == ["old.vcf, line 3, BDAY"]


def test_parameter_values_are_caret_encoded_and_quoted_when_they_must_be() -> None:
    assert param_value("plain") == "plain"
    assert param_value("a, b") == '"a, b"'
    assert param_value('say "hi"\n^') == "say ^'hi^'^n^^"  # nothing left that needs quotes
    assert param_value("x;y\nz") == '"x;y^nz"' and param_value("") == '""'


def test_the_uid_is_the_one_the_contact_came_with_else_stable_and_per_contact() -> None:
    assert contact_uid(_contact(source_uid="abc-123")) == "abc-123"
    made = contact_uid(_contact())
    assert made.startswith("urn:uuid:") and made == contact_uid(_contact())
    other = ExportedContact(id=8, created_at=CREATED, updated_at=CREATED)
    later = ExportedContact(id=7, created_at=datetime(2026, 1, 1, tzinfo=UTC), updated_at=CREATED)
    assert len({made, contact_uid(other), contact_uid(later)}) == 3
    assert f"UID:{made}" in _unfolded(vcard(_contact()))


def test_fn_falls_back_to_the_nickname_company_or_email_when_there_is_no_name() -> None:
    assert "FN:Acme" in _unfolded(vcard(_contact(company="Acme")))
    assert "FN:Bo" in _unfolded(vcard(_contact(nickname="Bo", company="Acme")))
    only_email = _contact(emails=[LabelledEmail("x@example.com")])
    assert "FN:x@example.com" in _unfolded(vcard(only_email))


def test_other_and_main_use_apple_names_so_apple_shows_its_own_labels() -> None:
    card = vcard(
        _contact(
            first_name="A",
            emails=[LabelledEmail("o@example.com", "other")],
            phones=[LabelledPhone("+4930123456", "main")],
        )
    )
    lines = _unfolded(card)
    assert "item1.EMAIL;PREF=1:o@example.com" in lines
    assert "item1.X-ABLabel:_$!<Other>!$_" in lines and "item2.X-ABLabel:_$!<Main>!$_" in lines


def test_folding_cuts_at_75_octets_and_never_inside_a_character() -> None:
    assert fold("A" * 75) == "A" * 75
    assert fold("A" * 76) == "A" * 75 + "\r\n A"
    folded = fold("B" * 74 + "€" + "C" * 80)  # the euro sign's 3 octets would cross 75
    first, *rest = folded.split("\r\n")
    assert first == "B" * 74 and rest[0].startswith(" €")
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "B" * 74 + "€" + "C" * 80
