"""Field rules shared by every way a contact or company gets in: names, emails, phones."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from deskcrm.domain.countries import region_for_country
from deskcrm.domain.messages import tr
from deskcrm.domain.phone_validity import is_valid_national, is_valid_number
from deskcrm.errors import ValidationError

# Deliberately permissive: one @, no spaces, a dot in the domain. Deliverability is
# the mail server's business, not ours.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
MAX_NAME = 200
MAX_TEXT = 100_000


MAX_PHONE_TEXT = 64  # a number kept as typed (not valid for its region) is clipped here


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """`e164` is the number in E.164 when `checked`; otherwise the text exactly as typed,
    which the user is asked to check (it was not valid for the region it was read in)."""

    e164: str
    national_digits: str
    checked: bool = True

    def display(self) -> str:
        if not self.checked:
            return self.e164
        parsed = phonenumbers.parse(self.e164)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_region(country: str, default_region: str) -> str:
    """The region a contact's numbers are read in: its country's when it has a known one
    (a Swiss contact's "079 …" is Swiss whatever this computer's locale), else the default."""
    return region_for_country(country) or default_region


def is_phone_region(code: str) -> bool:
    return code.upper() in phonenumbers.SUPPORTED_REGIONS


def typed_phone_region(text: str) -> str:
    """The region a user means: a two-letter code (CH) or a country as people write it
    (Switzerland, Schweiz, Suisse); what names neither is returned as typed."""
    text = text.strip()
    if len(text) == 2 and is_phone_region(text):
        return text.upper()
    return region_for_country(text) or text


def example_phone(region: str) -> str:
    """A valid number of the region as people there write it, for placeholders."""
    # With no region, numbers need their +code: show one in international form.
    example = phonenumbers.example_number_for_type(
        region.upper() or "DE", phonenumbers.PhoneNumberType.MOBILE
    )
    if example is None:
        return ""
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(example, style.NATIONAL if region else style.INTERNATIONAL)


def normalise_email(raw: str) -> str:
    email = raw.strip()
    if not _EMAIL_RE.match(email):
        raise ValueError(f"“{email}” is not a valid email address")
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def normalise_phone(raw: str, default_region: str) -> PhoneNumber:
    """Parse a phone as typed, using the default region for numbers without +CC; raise
    ValueError unless it is a valid number (of that region, or of the +CC it names)."""
    text = raw.strip()
    plain = _plain_international(text)
    if plain is not None:  # the usual case in a file: no PhoneNumber object needed
        country, significant = plain
        if not is_valid_national(country, significant):
            raise ValueError(_not_valid(text, default_region))
    else:
        try:
            parsed = phonenumbers.parse(text, default_region.upper() or None)
        except phonenumbers.NumberParseException as exc:
            raise ValueError(_not_valid(text, default_region)) from exc
        if not is_valid_number(parsed):
            raise ValueError(_not_valid(text, default_region))
        significant = phonenumbers.national_significant_number(parsed)
        country = parsed.country_code or 0
    # E.164 and the national digits straight from the parsed number: formatting through
    # phonenumbers costs twice as much, which shows when importing 100,000 rows.
    prefix = _NATIONAL_PREFIX.get(country)
    if prefix is None:
        region = phonenumbers.region_code_for_country_code(country)
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        prefix = _NATIONAL_PREFIX[country] = (
            (metadata.national_prefix or "") if metadata is not None else ""
        )
    return PhoneNumber(e164=f"+{country}{significant}", national_digits=prefix + significant)


# "+" then digits, spaces and hyphens only: how most files write a number with its code.
_PLAIN_INTERNATIONAL = re.compile(r"\+[0-9][0-9 \-]*")
# Country calling codes are a prefix code (ITU E.164): the first 1-3 digits that are one.
_CALLING_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
_PREFIXES_FOR_PARSING: dict[str, re.Pattern[str] | None] = {}
_NATIONAL_PREFIX: dict[int, str] = {}  # calling code -> the trunk prefix dialled at home


def _plain_international(text: str) -> tuple[int, str] | None:
    """(calling code, national significant number) as phonenumbers.parse reads a number
    written "+<code> <digits>", without its general machinery (an import reads 100,000 of
    them); None for every number this short way does not cover, which phonenumbers.parse
    then reads.

    It stays on the cases where parse only splits off the calling code: none where the
    rest begins with the national prefix parse would strip ("+1 1 202 …", "+44 0 20 …"), or
    with a zero it would keep as a leading zero (Italy), or where parse refuses the length;
    tests compare it with phonenumbers.parse over generated numbers."""
    if len(text) > 250 or not _PLAIN_INTERNATIONAL.fullmatch(text):
        return None
    digits = text[1:].replace(" ", "").replace("-", "")
    if digits[:1] in _CALLING_CODES:
        code = digits[:1]
    elif digits[:2] in _CALLING_CODES:
        code = digits[:2]
    elif digits[:3] in _CALLING_CODES:
        code = digits[:3]
    else:
        return None
    national = digits[len(code) :]
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    if code not in _PREFIXES_FOR_PARSING:
        country = int(code)
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
            country, phonenumbers.region_code_for_country_code(country)
        )
        # No metadata: a pattern that matches everything sends the number to parse.
        pattern = "" if metadata is None else metadata.national_prefix_for_parsing
        _PREFIXES_FOR_PARSING[code] = None if pattern is None else re.compile(pattern)
    prefix = _PREFIXES_FOR_PARSING[code]
    if prefix is not None and prefix.match(national):
        return None
    return int(code), national


def _not_valid(text: str, region: str) -> str:
    if not region:
        return f"“{text}”: check this number (no country known for it; write it with +code)"
    return f"“{text}”: check this number (not a valid number in {region.upper()})"


def read_phone(raw: str, region: str) -> PhoneNumber:
    """A phone as typed, never refused: valid numbers in E.164, anything else kept exactly
    as typed and unchecked, never rewritten with another country's code."""
    try:
        return normalise_phone(raw, region)
    except ValueError:
        text = raw.strip()[:MAX_PHONE_TEXT]
        return PhoneNumber(text, "".join(c for c in text if c.isdigit()), checked=False)


def phone_problem(phone: PhoneNumber, region: str) -> str:
    """What to tell the user about an unchecked number ("" for a checked one)."""
    return "" if phone.checked else _not_valid(phone.e164, region)


def display_phone(e164: str) -> str:
    try:
        return PhoneNumber(e164, "").display()
    except phonenumbers.NumberParseException:
        return e164


def clean_text(value: str | None, *, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    return text[:limit]


def require_person_name(first: str, last: str, *, goes_by: str = "") -> dict[str, str]:
    """A first or last name, unless the contact `goes_by` something else it is shown by
    (domain.names: a whole name an import kept, a nickname, an email, a phone): someone an
    address book knew only by an address stays as it was, and can be edited as it is."""
    errors: dict[str, str] = {}
    if not first.strip() and not last.strip() and not goes_by.strip():
        errors["first_name"] = tr("A first or last name is required")
    for field, value in (("first_name", first), ("last_name", last)):
        if len(value.strip()) > MAX_NAME:
            errors[field] = f"At most {MAX_NAME} characters"
    return errors


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
