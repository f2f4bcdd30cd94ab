"""Field rules: names required, emails checked, phones normalised with a default region."""

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- numbers written "+<code> <digits>": the short way must read them as phonenumbers does

_CODES = sorted(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _reference(text: str, region: str) -> tuple[str, str] | str:
    """What normalise_phone gave before the short way: through phonenumbers.parse only."""
    try:
        parsed = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        return "refused"
    if not phonenumbers.is_valid_number(parsed):
        return "refused"
    significant = phonenumbers.national_significant_number(parsed)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_country_code(parsed.country_code)
    )
    prefix = (metadata.national_prefix or "") if metadata is not None else ""
    return f"+{parsed.country_code}{significant}", prefix + significant


def _normalised(text: str, region: str) -> tuple[str, str] | str:
    try:
        phone = validation.normalise_phone(text, region)
    except ValueError:
        return "refused"
    return phone.e164, phone.national_digits


@st.composite
def _international(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from([*_CODES, "0", "9", "42", "999"]))
    groups = draw(st.lists(st.text("0123456789", min_size=1, max_size=5), max_size=5))
    separators = draw(st.lists(st.sampled_from(["", " ", "-", "  "]), min_size=5, max_size=5))
    text = "+" + code
    for group, separator in zip(groups, separators, strict=False):
        text += separator + group
    return text


@settings(max_examples=3000, deadline=None)
@given(text=_international(), region=st.sampled_from(["", "DE", "US", "GB", "IT", "AR", "BR"]))
def test_numbers_with_their_code_read_the_short_way_as_phonenumbers_reads_them(
    text: str, region: str
) -> None:
    assert _normalised(text, region) == _reference(text, region)
    short = validation._plain_international(text)
    if short is not None:
        parsed = phonenumbers.parse(text, region or None)
        assert short == (parsed.country_code, str(parsed.national_number))
        assert not parsed.italian_leading_zero


@pytest.mark.parametrize(
    "text",
    [
        "+4930 1000042",  # the import benchmark's numbers
        "+49 171 2345678",
        "+1 202-555-0100",
        "+1 1 202 555 0100",  # a national prefix after the code: parse strips it
        "+44 020 7946 0018",  # the UK trunk zero written after the code
        "+39 06 1234 5678",  # Italy keeps its leading zero
        "+800 1234 5678",  # a code of no country
        "+0 123",
        "+",
        "+49",
        "+49 1",
        "+49 12345678901234567890",
        "+54 9 11 1234 5678",  # Argentina's mobile 9
        "+7 8 495 123 45 67",
    ],
)
@pytest.mark.parametrize("region", ["", "DE", "US", "IT", "AR"])
def test_numbers_with_their_code_read_alike_on_edge_cases(text: str, region: str) -> None:
    assert _normalised(text, region) == _reference(text, region)


def test_every_example_number_of_every_region_reads_as_phonenumbers_reads_it() -> None:
    """phonenumbers' own example of each number type of each region, written in E.164 and
    in international form (spaces, then hyphens), read with three default regions."""
    style = phonenumbers.PhoneNumberFormat
    short = checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):  # every PhoneNumberType but UNKNOWN
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for form in (style.E164, style.INTERNATIONAL):
                written = phonenumbers.format_number(example, form)
                for text in (written, written.replace(" ", "-")):
                    short += validation._plain_international(text) is not None
                    for default in ("", "DE", region):
                        assert _normalised(text, default) == _reference(text, default), text
                        checked += 1
    assert checked > 15_000
    assert short > checked // 3 * 0.9  # the short way is the usual way for these
