"""The index words of a stored phone: international, national with and without the trunk
prefix."""

from __future__ import annotations

import pytest

from deskcrm.domain.phone_search import national_significant_digits, search_tokens


@pytest.mark.parametrize(
    ("e164", "significant"),
    [
        ("+491712345678", "1712345678"),  # country code 49, trunk prefix 0
        ("+12025550100", "2025550100"),  # 1 is both the country code and the trunk prefix
        ("+41791234567", "791234567"),
        ("+390612345678", "0612345678"),  # Italy keeps the 0 in the number itself
        ("+3531234567", "1234567"),  # 353: a three-digit code
        ("0171 2345678", ""),  # kept as typed: not E.164
        ("+", ""),
    ],
)
def test_the_national_significant_digits_follow_the_country_code(
    e164: str, significant: str
) -> None:
    assert national_significant_digits(e164) == significant


def test_tokens_add_the_national_form_without_trunk_prefix_only_when_it_differs() -> None:
    assert search_tokens("+491712345678", "01712345678") == ("+491712345678 01712345678 1712345678")
    assert search_tokens("+390612345678", "0612345678") == "+390612345678 0612345678"
    assert search_tokens("12 34", "1234") == "12 34 1234"
