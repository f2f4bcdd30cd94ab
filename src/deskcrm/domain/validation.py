"""Field rules shared by every way a contact or company gets in: names, emails, phones."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from deskcrm.domain.messages import tr
from deskcrm.errors import ValidationError

# Deliberately permissive: one @, no spaces, a dot in the domain. Deliverability is
# the mail server's business, not ours.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
MAX_NAME = 200
MAX_TEXT = 100_000


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    e164: str
    national_digits: str

    def display(self) -> str:
        parsed = phonenumbers.parse(self.e164)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(raw: str) -> str:
    email = raw.strip()
    if not _EMAIL_RE.match(email):
        raise ValueError(f"“{email}” is not a valid email address")
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def normalise_phone(raw: str, default_region: str) -> PhoneNumber:
    """Parse a phone as typed, using the default region for numbers without +CC."""
    text = raw.strip()
    try:
        parsed = phonenumbers.parse(text, default_region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"“{text}” is not a phone number") from exc
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise ValueError(f"“{text}” is not a possible phone number")
    # E.164 and the national digits straight from the parsed number: formatting through
    # phonenumbers costs twice as much, which shows when importing 100,000 rows.
    significant = phonenumbers.national_significant_number(parsed)
    country = parsed.country_code or 0
    region = phonenumbers.region_code_for_country_code(country)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = (metadata.national_prefix or "") if metadata is not None else ""
    return PhoneNumber(e164=f"+{country}{significant}", national_digits=prefix + significant)


def display_phone(e164: str) -> str:
    try:
        return PhoneNumber(e164, "").display()
    except phonenumbers.NumberParseException:
        return e164


def clean_text(value: str | None, *, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    return text[:limit]


def require_person_name(first: str, last: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not first.strip() and not last.strip():
        errors["first_name"] = tr("A first or last name is required")
    for field, value in (("first_name", first), ("last_name", last)):
        if len(value.strip()) > MAX_NAME:
            errors[field] = f"At most {MAX_NAME} characters"
    return errors


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
