"""Field rules: names required, emails checked, phones normalised with a default region."""

import pytest

from deskcrm.domain.validation import (
    display_phone,
    normalise_email,
    normalise_phone,
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
