"""Who is the same person at import: source id, email, phone only under the same name, and
name + company for someone with neither email nor phone."""

from __future__ import annotations

from deskcrm.domain.sorting import person_sort_key
from deskcrm.services.import_export.import_identity import Identities, split_fresh_and_known
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
