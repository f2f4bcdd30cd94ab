"""Per-database preferences: business name, default currency, default phone region."""

from __future__ import annotations

import hashlib
import json
import locale
import logging
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import phonenumbers
from sqlmodel import select

from deskcrm.db.engine import Database
from deskcrm.db.tables import Setting
from deskcrm.domain.messages import tr
from deskcrm.domain.money import is_currency_code
from deskcrm.domain.validation import normalise_email
from deskcrm.errors import ValidationError

log = logging.getLogger(__name__)


def system_phone_region() -> str:
    """The country of this computer's locale (de_CH.UTF-8 -> CH), or "" when it names
    none (C, POSIX, C.UTF-8): then numbers need their +code rather than a guessed "US"."""
    candidates = [locale.getlocale()[0] or ""]
    candidates += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in candidates:
        language = name.split(".")[0].split("@")[0]
        if "_" in language:
            region = language.split("_")[1].upper()
            if region in phonenumbers.SUPPORTED_REGIONS:
                return region
    return ""


@dataclass(frozen=True)
class AppSettings:
    business_name: str = ""
    default_currency: str = "EUR"
    phone_region: str = ""
    paper_size: str = "A4"  # or "Letter", for PDF reports
    logo_path: str = ""  # an image printed in report headers
    theme: str = "system"  # "system", "light" or "dark"
    backups: str = "daily"  # "daily" or "off" (backups before upgrades are always made)
    welcomed: bool = False  # the first-run welcome was shown
    case_reply_days: int = 2  # an open case unanswered this long becomes a follow-up
    # The user's own email addresses, separated by commas or spaces: mail from them is
    # "sent", and they are never taken for a correspondent.
    my_addresses: str = ""

    def own_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in re.split(r"[\s,;]+", self.my_addresses) if a)

    def logo_path_or_none(self) -> Path | None:
        return Path(self.logo_path).expanduser() if self.logo_path else None


# What a stored value must be to be used; anything else (a hand-edited row, an older or
# newer DeskCRM's) falls back to the default for that field, never a traceback.
_ACCEPTABLE: dict[str, Callable[[Any], bool]] = {
    "business_name": lambda v: isinstance(v, str),
    "default_currency": lambda v: isinstance(v, str) and is_currency_code(v),
    "phone_region": lambda v: isinstance(v, str) and v in {"", *phonenumbers.SUPPORTED_REGIONS},
    "paper_size": lambda v: v in ("A4", "Letter"),
    "logo_path": lambda v: isinstance(v, str),
    "theme": lambda v: v in ("system", "light", "dark"),
    "backups": lambda v: v in ("daily", "off"),
    "welcomed": lambda v: isinstance(v, bool),
    "case_reply_days": lambda v: type(v) is int and 1 <= v <= 365,
    "my_addresses": lambda v: isinstance(v, str),
}


def _is_email(text: str) -> bool:
    try:
        normalise_email(text)
    except ValueError:
        return False
    return True


def _stored_value(key: str, text: str) -> Any:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    try:
        return value if _ACCEPTABLE[key](value) else None
    except TypeError:  # e.g. an unhashable list where a name was expected
        return None


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> AppSettings:
        known = {f.name for f in fields(AppSettings)}
        with self._db.reading() as session:
            rows = [(s.key, s.value) for s in session.exec(select(Setting)) if s.key in known]
        values = {}
        for key, text in rows:
            value = _stored_value(key, text)
            if value is None:
                log.warning("setting %s = %.80r is not usable; using the default", key, text)
                continue
            values[key] = value
        settings = AppSettings(**values)
        if not settings.phone_region:
            settings = replace(settings, phone_region=system_phone_region())
        return settings

    def mark_welcomed(self) -> None:
        self.save(replace(self.load(), welcomed=True))

    def save(self, settings: AppSettings) -> None:
        errors = {}
        currency = settings.default_currency.strip().upper()
        if not is_currency_code(currency):
            errors["default_currency"] = tr("Use a three-letter ISO code such as EUR or USD")
        region = settings.phone_region.strip().upper()
        if region and region not in phonenumbers.SUPPORTED_REGIONS:
            errors["phone_region"] = tr(
                "Use a two-letter country code such as DE or US, or leave it empty"
            )
        if settings.paper_size not in ("A4", "Letter"):
            errors["paper_size"] = tr("A4 or Letter")
        logo = settings.logo_path.strip()
        if logo and not Path(logo).expanduser().is_file():
            errors["logo_path"] = f"No image file at {logo}"
        if settings.theme not in ("system", "light", "dark"):
            errors["theme"] = tr("system, light or dark")
        if settings.backups not in ("daily", "off"):
            errors["backups"] = tr("daily or off")
        if not 1 <= settings.case_reply_days <= 365:
            errors["case_reply_days"] = tr("Between 1 and 365 days")
        mine = AppSettings(my_addresses=settings.my_addresses).own_addresses()
        wrong = sorted(a for a in mine if not _is_email(a))
        if wrong:
            errors["my_addresses"] = tr("Not an email address: {address}").format(address=wrong[0])
        if errors:
            raise ValidationError(errors)
        clean = AppSettings(
            settings.business_name.strip(),
            currency,
            region,
            settings.paper_size,
            logo,
            settings.theme,
            settings.backups,
            bool(settings.welcomed),
            int(settings.case_reply_days),
            ", ".join(sorted(mine)),
        )
        with self._db.transaction() as session:
            for key, value in asdict(clean).items():
                session.merge(Setting(key=key, value=json.dumps(value)))

    # -- column mappings remembered per CSV header ---------------------------------
    @staticmethod
    def _mapping_key(header: list[str]) -> str:
        shape = "\x1f".join(h.strip().lower() for h in header)
        return "import_mapping:" + hashlib.sha1(shape.encode()).hexdigest()

    def saved_mapping(self, header: list[str]) -> dict[str, str] | None:
        """The field -> column mapping last used for a file with these columns, if any."""
        with self._db.reading() as session:
            stored = session.get(Setting, self._mapping_key(header))
        if stored is None:
            return None
        actual = {h.strip().lower(): h for h in header}  # same columns, perhaps other case
        try:
            mapping = json.loads(stored.value)
        except (TypeError, ValueError):
            return None
        if not isinstance(mapping, dict):
            return None
        return {
            k: actual[v.strip().lower()]
            for k, v in mapping.items()
            if isinstance(k, str) and isinstance(v, str) and v.strip().lower() in actual
        }

    def save_mapping(self, header: list[str], mapping: dict[str, str]) -> None:
        with self._db.transaction() as session:
            session.merge(Setting(key=self._mapping_key(header), value=json.dumps(mapping)))
