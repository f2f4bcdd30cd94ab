"""Money: minor units, parsing what users type, formatting, per-currency totals."""

import pytest

from deskcrm.domain.money import (
    Money,
    format_money,
    format_totals,
    parse_amount,
    totals_by_currency,
)


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("1,234.50", "EUR", 123450),
        ("1234,5", "EUR", 123450),
        ("€ 12", "EUR", 1200),
        ("0.07", "USD", 7),
        ("1 000", "JPY", 1000),
        ("3.125", "KWD", 3125),
        ("-4.20", "GBP", -420),
        ("1.234,50", "EUR", 123450),
        ("1,234,567.8", "USD", 123456780),
        ("1.234.567", "EUR", 123456700),
    ],
)
def test_parse_amount_reads_what_users_type(typed: str, currency: str, minor: int) -> None:
    assert parse_amount(typed, currency) == minor


@pytest.mark.parametrize("typed", ["", "abc", "1.2.3", "12.345"])
def test_parse_amount_rejects_nonsense_and_extra_decimals(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(typed, "EUR")


def test_format_money_uses_symbol_or_code() -> None:
    assert format_money(123450, "EUR") == "€1,234.50"
    assert format_money(-300, "USD") == "-$3.00"
    assert format_money(1000, "JPY") == "¥1,000"
    assert format_money(99, "CHF") == "0.99 CHF"


def test_money_is_integer_only_and_never_adds_currencies() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(100, "EUR") + Money(100, "USD")
    assert (Money(100, "EUR") + Money(250, "EUR")).minor == 350


def test_totals_are_kept_per_currency() -> None:
    totals = totals_by_currency([(100, "EUR"), (250, "USD"), (50, "EUR")])
    assert totals == {"EUR": 150, "USD": 250}
    assert format_totals(totals) == "€1.50 + $2.50"
    assert format_totals({}) == "—"
