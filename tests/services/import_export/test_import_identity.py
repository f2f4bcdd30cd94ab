"""Who is the same person at import: source id, email, phone only under the same name, and
name + company for someone with neither email nor phone."""

from __future__ import annotations

from datetime import date

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.sorting import person_sort_key
from deskcrm.domain.validation import PhoneNumber
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export.import_identity import (
    Identities,
    add_what_is_new,
    split_fresh_and_known,
)
from deskcrm.services.import_export.import_rows import ParsedRow, RowReader

HEADER = {"first_name": [0], "last_name": [1], "emails": [2], "phones": [3], "company": [4]}
UID_HEADER = {**HEADER, "source_uid": [5]}


def rows(*cells: list[str], mapping: dict[str, list[int]] = HEADER) -> list[ParsedRow]:
    reader = RowReader(mapping)
    parsed = [reader.parse(i + 2, c, "DE", []) for i, c in enumerate(cells)]
    return [row for row in parsed if row is not None]


def test_colleagues_sharing_a_switchboard_number_stay_three_people() -> None:
    fresh, same = split_fresh_and_known(
        rows(
            ["Ann", "A", "ann@firm.de", "+49 30 1234567", "Firm"],
            ["Bob", "B", "bob@firm.de", "+49 30 1234567", "Firm"],
            ["Cem", "C", "", "+49 30 1234567", "Firm"],
        ),
        Identities(),
    )
    assert len(fresh) == 3 and same == {}


def test_the_same_number_under_the_same_name_is_the_same_person() -> None:
    fresh, same = split_fresh_and_known(
        rows(["Ann", "A", "", "+49 30 1234567", ""], ["Ann", "A", "", "030 1234567", ""]),
        Identities(),
    )
    assert len(fresh) == 1 and list(same) == [-1]


def test_the_same_email_is_the_same_person_whatever_the_name() -> None:
    known = Identities(emails={"ann@firm.de": 7})
    fresh, same = split_fresh_and_known(rows(["Annie", "", "ANN@firm.de", "", ""]), known)
    assert fresh == [] and list(same) == [7]


def test_the_same_source_id_is_the_same_person_even_renamed() -> None:
    known = Identities(uids={"abc-1": 4})
    found = rows(["Ann", "Married", "new@x.de", "", "", "abc-1"], mapping=UID_HEADER)
    fresh, same = split_fresh_and_known(found, known)
    assert fresh == [] and list(same) == [4]


def test_without_email_or_phone_name_and_company_identify_someone() -> None:
    known = Identities(names={(person_sort_key("Ann", "A"), "firm"): 9})
    fresh, same = split_fresh_and_known(
        rows(["Ann", "A", "", "", "FIRM"], ["Ann", "A", "", "", "Other"]), known
    )
    assert list(same) == [9] and len(fresh) == 1 and fresh[0].company == "Other"


def test_a_number_kept_as_typed_identifies_only_under_the_same_name() -> None:
    """ "12341234" is not a valid number anywhere: with the same name it is the same person
    (re-importing the file adds nothing); with another name, or none, it says nothing."""
    first = rows(["Test", "Name", "", "12341234", ""])
    known = Identities()
    split_fresh_and_known(first, known)  # the first import: one new person, remembered
    again, same = split_fresh_and_known(
        rows(["Test", "Name", "", "12341234", ""], ["Other", "One", "", "12341234", ""]), known
    )
    assert list(same) == [-1] and [r.values["first_name"] for r in again] == ["Other"]
    (unnamed,) = rows(["", "", "", "12341234", ""])  # goes by the number itself
    assert unnamed.values["first_name"] == "" and known.match(unnamed) is None


def test_two_rows_with_only_the_same_name_in_one_file_stay_two_people() -> None:
    fresh, same = split_fresh_and_known(
        rows(["Ann", "A", "", "", "Firm"], ["Ann", "A", "", "", "Firm"]), Identities()
    )
    assert len(fresh) == 2 and same == {}


def _contact(**fields: object) -> CleanContact:
    return CleanContact(first_name="Ann", last_name="Lee", **fields)  # type: ignore[arg-type]


def test_a_second_record_adds_what_is_new_and_overwrites_nothing() -> None:
    berlin = PostalAddress(label="home", street="Hauptstr. 1", city="Berlin")
    target = _contact(
        emails=[("ann@x.de", "work")],
        phones=[(PhoneNumber("+49301234567", "0301234567"), "work")],
        addresses=[berlin],
        title="CEO",
        tags=["VIP"],
    )
    other = _contact(
        emails=[("ANN@x.de", "home"), ("ann@home.de", "home")],
        phones=[
            (PhoneNumber("+49301234567", "0301234567"), "mobile"),
            (PhoneNumber("+491701234567", "01701234567"), "mobile"),
        ],
        addresses=[PostalAddress(label="work", street="HAUPTSTR. 1", city="berlin")],
        websites=[Website("https://ann.example", "home")],
        title="Intern",
        department="Board",
        tags=["vip", "Tennis"],
        birthday=date(2000, 4, 22),
        birthday_year_known=False,
        unparsed=[UnparsedValue("anniversary", "circa 1990", "not a date", "a.csv, line 2")],
    )

    add_what_is_new(target, other)

    assert target.emails == [("ann@x.de", "work"), ("ann@home.de", "home")]
    assert [(p.e164, label) for p, label in target.phones] == [
        ("+49301234567", "work"),
        ("+491701234567", "mobile"),
    ]
    assert target.addresses == [berlin]  # the same place under another label: once
    assert target.websites == [Website("https://ann.example", "home")]
    assert (target.title, target.department) == ("CEO", "Board")  # empty ones filled only
    assert target.tags == ["VIP", "Tennis"]
    assert (target.birthday, target.birthday_year_known) == (date(2000, 4, 22), False)
    assert [u.value for u in target.unparsed] == ["circa 1990"]


def test_the_same_name_and_number_at_a_different_company_is_someone_else() -> None:
    fresh, same = split_fresh_and_known(
        rows(
            ["Cathy", "Clark", "", "+49 30 1234567", "Initech"],
            ["Cathy", "Clark", "", "+49 30 1234567", "Other Corp"],
            ["Cathy", "Clark", "", "+49 30 1234567", ""],  # no company: the first one
            ["Cathy", "Clark", "", "+49 30 1234567", "initech"],
        ),
        Identities(),
    )
    assert len(fresh) == 2 and {key: len(found) for key, found in same.items()} == {-1: 2}


def test_a_saved_contact_at_another_company_is_not_matched_by_name_and_number() -> None:
    known = Identities(phones={"+49301234567": [(9, "Cathy", "Clark", "initech", "")]})
    fresh, same = split_fresh_and_known(
        rows(
            ["Cathy", "Clark", "", "+49 30 1234567", "Other Corp"],
            ["Cathy", "Clark", "", "+49 30 1234567", "Initech"],
        ),
        known,
    )
    assert len(fresh) == 1 and list(same) == [9]
