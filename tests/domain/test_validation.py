"""Field rules: names required, emails checked, phones normalised with a default region."""

import pytest

from deskcrm.domain import validation
from deskcrm.domain.countries import region_for_country
from deskcrm.domain.validation import (
    display_phone,
    normalise_email,
    normalise_phone,
    phone_region,
    require_person_name,
)


def test_a_person_needs_a_first_or_last_name() -> None:
    assert require_person_name("", "  ") == {"first_name": "A first or last name is required"}
    assert require_person_name("Anna", "") == {}
    assert require_person_name("", "Müller") == {}


def test_email_domain_is_lowercased_and_nonsense_rejected() -> None:
    assert normalise_email("  Anna.Mueller@Example.COM ") == "Anna.Mueller@example.com"
    for bad in ("anna", "anna@", "anna@example", "an na@example.com", "a@b@c.de"):
        with pytest.raises(ValueError):
            normalise_email(bad)


def test_phone_is_stored_as_e164_using_the_default_region() -> None:
    phone = normalise_phone("030 1234567", "DE")
    assert phone.e164 == "+49301234567"
    assert phone.national_digits == "0301234567"
    assert normalise_phone("+44 20 7946 0018", "DE").e164 == "+442079460018"
    assert display_phone("+49301234567") == "+49 30 1234567"


def test_phone_nonsense_is_rejected() -> None:
    for bad in ("hello", "12", "+99 1"):
        with pytest.raises(ValueError):
            normalise_phone(bad, "DE")


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("France", "FR"),
        ("Schweiz", "CH"),
        ("suisse", "CH"),
        ("CH", "CH"),
        ("CHE", "CH"),
        ("U.S.A.", "US"),
        ("Österreich", "AT"),
        ("the Netherlands", "NL"),
        ("Deutschland", "DE"),
        ("United Kingdom", "GB"),
        ("Atlantis", ""),
        ("", ""),
    ],
)
def test_country_names_in_english_and_local_spellings_give_the_phone_region(
    country: str, region: str
) -> None:
    assert region_for_country(country) == region


def test_a_contact_s_country_decides_how_a_number_without_code_is_read() -> None:
    assert validation.read_phone("06 12 34 56 78", phone_region("France", "US")).e164 == (
        "+33612345678"
    )
    assert validation.read_phone("079 123 45 67", phone_region("", "CH")).e164 == "+41791234567"


def test_a_number_not_valid_in_its_region_is_kept_exactly_as_typed_and_unchecked() -> None:
    kept = validation.read_phone(" 079 123 45 67 ", "US")
    assert (kept.e164, kept.checked) == ("079 123 45 67", False)
    assert "check this number" in validation.phone_problem(kept, "US")
    nowhere = validation.read_phone("030 1234567", "")
    assert (nowhere.e164, nowhere.checked) == ("030 1234567", False)
    assert "+code" in validation.phone_problem(nowhere, "")


@pytest.mark.parametrize("region", ["DE", "CH", "FR", "US", "GB", "AT", "IT", "ES", "NL", ""])
def test_the_example_number_shown_for_a_region_is_valid_there(region: str) -> None:
    example = validation.example_phone(region)
    assert example and validation.read_phone(example, region).checked
