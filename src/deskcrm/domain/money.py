"""Money as integer minor units plus an ISO 4217 code; parsing and formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Minor-unit exponents that differ from the usual 2 (ISO 4217).
_EXPONENTS = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}  # fmt: skip
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "PLN": "zł"}
_SUFFIX_SYMBOLS = {"PLN"}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_AMOUNT_RE = re.compile(r"^(-)?(\d+)(?:\.(\d+))?$")


def is_currency_code(code: str) -> bool:
    return bool(_CURRENCY_RE.match(code))


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units (cents) of one currency. Never a float."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if not is_currency_code(self.currency):
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.minor + other.minor, self.currency)

    def format(self) -> str:
        return format_money(self.minor, self.currency)


def parse_amount(text: str, currency: str) -> int:
    """Parse what a user typed ("1,234.50", "1234,5", "€ 12") into minor units.

    With both "." and "," present the later one is the decimal mark ("1.234,50");
    a lone comma followed by one or two digits is a decimal comma; other commas,
    spaces, apostrophes and repeated dots are thousands separators.
    """
    cleaned = text.strip()
    for sym in (*_SYMBOLS.values(), currency.upper()):
        cleaned = cleaned.replace(sym, "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "").replace("'", "")
    decimal = _decimal_mark(cleaned)
    whole_part, _, frac_part = cleaned.rpartition(decimal) if decimal else (cleaned, "", "")
    thousands = "," if decimal == "." else "."
    groups = whole_part.lstrip("-").replace(thousands, ",").split(",")
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise ValueError(f"not an amount: {text!r}")
    cleaned = whole_part.replace(",", "").replace(".", "") + ("." + frac_part if decimal else "")
    match = _AMOUNT_RE.match(cleaned)
    if not match:
        raise ValueError(f"not an amount: {text!r}")
    sign, whole, frac = match.groups()
    exp = exponent(currency)
    frac = frac or ""
    if len(frac) > exp:
        raise ValueError(f"{currency} has {exp} decimal places; got {text!r}")
    minor = int(whole) * 10**exp + (int(frac.ljust(exp, "0")) if exp else 0)
    return -minor if sign else minor


def _decimal_mark(cleaned: str) -> str:
    """Which of "." and "," (if any) separates the fraction in what was typed."""
    if "," in cleaned and "." in cleaned:
        return "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    if "," in cleaned:
        return "," if re.search(r"^[^,]*,\d{1,2}$", cleaned) else ""
    if cleaned.count(".") == 1:
        return "."
    return ""


def format_money(minor: int, currency: str) -> str:
    """'€1,234.50', '$-3.00' style for known symbols, else '1,234.50 CHF'."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp) if exp else (abs(minor), 0)
    number = f"{whole:,}" + (f".{frac:0{exp}d}" if exp else "")
    symbol = _SYMBOLS.get(currency)
    if symbol and currency not in _SUFFIX_SYMBOLS:
        return f"{sign}{symbol}{number}"
    return f"{sign}{number} {symbol or currency}"


def totals_by_currency(amounts: list[tuple[int, str]]) -> dict[str, int]:
    """Sum amounts per currency; different currencies are never added together."""
    totals: dict[str, int] = {}
    for minor, currency in amounts:
        totals[currency] = totals.get(currency, 0) + minor
    return totals


def format_totals(totals: dict[str, int]) -> str:
    if not totals:
        return "—"
    return " + ".join(format_money(v, c) for c, v in sorted(totals.items()))
