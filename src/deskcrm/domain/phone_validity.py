"""Whether a parsed phone number is valid: the answer of phonenumbers.is_valid_number,
worked out from the same metadata with each region's patterns compiled once.

An import checks 100,000 numbers. phonenumbers looks a number's type up desc by desc
(premium rate, toll free, … mobile), each a regex-cache lookup and a few calls deep, so
one check costs ~20 µs. A number is valid exactly when it matches its region's general
pattern and one of its type patterns (of a length that type allows), so here each
region's type patterns are joined into one regular expression (a length guard before
each), which the regex engine tries in one call.

tests/domain/test_phone_validity.py compares this with phonenumbers.is_valid_number
over every region's example numbers, their neighbours and generated digits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import phonenumbers
from phonenumbers import PhoneMetadata
from phonenumbers.phonemetadata import PhoneNumberDesc

Check = Callable[[str], bool]

# The number types phonenumbers' type lookup tries, by their metadata attribute.
_TYPE_DESCS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
)

_checks: dict[int, Check] = {}  # id(metadata) -> its check (metadata objects live forever)
_leading: dict[str, re.Pattern[str] | None] = {}


def _pattern(desc: PhoneNumberDesc | None) -> str | None:
    """The desc as one regex source that matches a whole national number exactly when
    phonenumbers' _is_number_matching_desc accepts it; None when nothing can."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = tuple(desc.possible_length or ())
    pattern = f"(?:{desc.national_number_pattern})"
    if not lengths:
        return pattern
    usable = [n for n in lengths if n > 0]
    if not usable:
        return None
    # National significant numbers are digits only, so a length is a count of characters.
    guard = "|".join(f".{{{n}}}" for n in sorted(set(usable)))
    return f"(?=(?:{guard})$){pattern}"


def _joined(patterns: Iterable[str | None]) -> re.Pattern[str] | None:
    sources = [p for p in patterns if p is not None]
    return re.compile("|".join(sources)) if sources else None


def _never(_national: str) -> bool:
    return False


def _both(general: re.Pattern[str], types: re.Pattern[str]) -> Check:
    general_match, types_match = general.fullmatch, types.fullmatch

    def check(national: str) -> bool:
        return general_match(national) is not None and types_match(national) is not None

    return check


def _check_for(metadata: PhoneMetadata) -> Check:
    found = _checks.get(id(metadata))
    if found is not None:
        return found
    general = _joined([_pattern(metadata.general_desc)])
    descs = [getattr(metadata, name) for name in _TYPE_DESCS]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descs.append(metadata.mobile)
    types = _joined(_pattern(desc) for desc in descs)
    check = _never if general is None or types is None else _both(general, types)
    _checks[id(metadata)] = check
    return check


def _leading_digits(region: str, metadata: PhoneMetadata) -> re.Pattern[str] | None:
    if region not in _leading:
        text = metadata.leading_digits
        _leading[region] = None if text is None else re.compile(text)
    return _leading[region]


def is_valid_number(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number(number), faster."""
    country = number.country_code
    if not country:
        return False
    return is_valid_national(country, phonenumbers.national_significant_number(number))


def is_valid_national(country: int, national: str) -> bool:
    """Whether +`country` followed by the national significant number `national` (digits,
    Italian leading zeros included) is valid: is_valid_number without a PhoneNumber."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country)
    if not regions:
        return False
    if len(regions) == 1:
        region = regions[0]
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country, region)
        if metadata is None:
            return False
        if region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY and metadata.country_code != (
            country
        ):
            return False
        return _check_for(metadata)(national)
    # A calling code several regions share (+1, +7, +44 …): the number belongs to the first
    # region whose leading digits it starts with, or else that it is valid in, in
    # phonenumbers' order; it is valid if valid there.
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is None:
            continue
        leading = _leading_digits(region, metadata)
        if leading is not None:
            if leading.match(national):
                return _check_for(metadata)(national)
        elif _check_for(metadata)(national):
            return True
    return False
