"""domain.phone_validity gives phonenumbers.is_valid_number's answer for every number."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcrm.domain.phone_validity import is_valid_number


def _examples() -> list[phonenumbers.PhoneNumber]:
    numbers = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in phonenumbers.PhoneNumberType.values():
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                numbers.append(example)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            numbers.append(example)
    return numbers


def _neighbours(number: phonenumbers.PhoneNumber) -> list[phonenumbers.PhoneNumber]:
    """The number with one digit changed, one digit more and one fewer."""
    digits = str(number.national_number)
    variants = {digits + "0", digits + "7", digits[:-1]}
    for i in range(len(digits)):
        for d in "0159":
            variants.add(digits[:i] + d + digits[i + 1 :])
    return [
        phonenumbers.PhoneNumber(
            country_code=number.country_code,
            national_number=int(v),
            italian_leading_zero=number.italian_leading_zero,
            number_of_leading_zeros=number.number_of_leading_zeros,
        )
        for v in variants
        if v and int(v) > 0
    ]


def test_every_example_number_and_its_neighbours() -> None:
    examples = _examples()
    assert len(examples) > 1300  # every region's numbers of every type
    checked = valid = 0
    for example in examples:
        for number in [example, *_neighbours(example)]:
            expected = phonenumbers.is_valid_number(number)
            assert is_valid_number(number) == expected, number
            checked += 1
            valid += expected
    # Both answers are well represented, so agreement means something.
    assert valid > 10_000 and checked - valid > 10_000


@settings(max_examples=3000, deadline=None)
@given(
    code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)) | st.integers(0, 999),
    national=st.integers(0, 10**17),
    leading_zeros=st.integers(0, 2),
)
def test_generated_numbers(code: int, national: int, leading_zeros: int) -> None:
    number = phonenumbers.PhoneNumber(
        country_code=code,
        national_number=national,
        italian_leading_zero=leading_zeros > 0,
        number_of_leading_zeros=leading_zeros or None,
    )
    assert is_valid_number(number) == phonenumbers.is_valid_number(number)


def test_shared_calling_codes_follow_the_region_the_number_belongs_to() -> None:
    # +1 is shared by the US, Canada and the Caribbean; +44 by the UK and its dependencies.
    for text in ("+1 202 555 0100", "+1 416 555 0199", "+1 876 555 1234", "+44 1624 812345"):
        number = phonenumbers.parse(text)
        assert is_valid_number(number) == phonenumbers.is_valid_number(number), text
    assert is_valid_number(phonenumbers.parse("+1 202 200 0100"))
    assert not is_valid_number(phonenumbers.parse("+1 099 555 0100"))
