"""What the search index holds for a phone number, so that it is found however it is
written: in international form (+49 171 2345678), in national form with the trunk prefix
(0171 2345678) and without it ((202) 555-0100, 171 2345678)."""

from __future__ import annotations

import phonenumbers

# Country calling codes form a prefix code (ITU E.164): no code is the start of another,
# so the first 1, 2 or 3 digits of an E.164 number that are a code are its code.
_COUNTRY_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def national_significant_digits(e164: str) -> str:
    """The number without its country code and trunk prefix ("+12025550100" ->
    "2025550100", "+491712345678" -> "1712345678"); "" for what is not E.164."""
    if not e164.startswith("+") or not e164[1:].isdigit():
        return ""
    digits = e164[1:]
    for length in (1, 2, 3):
        if digits[:length] in _COUNTRY_CODES:
            return digits[length:]
    return ""


def search_tokens(number: str, digits: str) -> str:
    """The words the index holds for one stored phone (`number` E.164 or, for one to
    check, as typed; `digits` its national digits with the trunk prefix): each of them
    is a run of digits someone may type, so a typed number matches whichever form it is in."""
    significant = national_significant_digits(number)
    if significant and significant != digits:
        return f"{number} {digits} {significant}"
    return f"{number} {digits}"
