"""Per-database preferences: business name, default currency, default phone region."""

from __future__ import annotations

import hashlib
import json
import locale
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import phonenumbers
from sqlmodel import select

from deskcrm.db.engine import Database
from deskcrm.db.tables import Setting
from deskcrm.domain.messages import tr
from deskcrm.domain.money import is_currency_code
from deskcrm.errors import ValidationError


def _region_from_locale() -> str:
    lang = locale.getlocale()[0] or ""
    region = lang.split("_")[1].upper() if "_" in lang else ""
    return region if region in phonenumbers.SUPPORTED_REGIONS else "US"


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

    def logo_path_or_none(self) -> Path | None:
        return Path(self.logo_path).expanduser() if self.logo_path else None


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> AppSettings:
        with self._db.reading() as session:
            stored = {s.key: json.loads(s.value) for s in session.exec(select(Setting))}
        known = {f.name for f in fields(AppSettings)}
        values = {k: v for k, v in stored.items() if k in known}
        settings = AppSettings(**values)
        if not settings.phone_region:
            settings = AppSettings(**{**asdict(settings), "phone_region": _region_from_locale()})
        return settings

    def mark_welcomed(self) -> None:
        self.save(replace(self.load(), welcomed=True))

    def save(self, settings: AppSettings) -> None:
        errors = {}
        currency = settings.default_currency.strip().upper()
        if not is_currency_code(currency):
            errors["default_currency"] = tr("Use a three-letter ISO code such as EUR or USD")
        region = settings.phone_region.strip().upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            errors["phone_region"] = tr("Use a two-letter country code such as DE or US")
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
        mapping = json.loads(stored.value)
        return {
            k: actual[v.strip().lower()] for k, v in mapping.items() if v.strip().lower() in actual
        }

    def save_mapping(self, header: list[str], mapping: dict[str, str]) -> None:
        with self._db.transaction() as session:
            session.merge(Setting(key=self._mapping_key(header), value=json.dumps(mapping)))
