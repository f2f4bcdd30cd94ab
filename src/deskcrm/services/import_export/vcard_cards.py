"""What the vCard reader makes of a file (cards, their dates and labelled values, the
problems met), and the helpers that turn one property's value into a card's field:
labels from TYPE and Apple's X-ABLabel, tel: URIs, dates, web and IM labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.import_export.vcard_properties import Property

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# Apple's built-in labels, where the plain lower-cased name is not what the user sees.
_APPLE_BUILTINS = {
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "assistantphone": "assistant",
}
# TYPE values that say how to reach someone, not which of their numbers it is.
_NOT_LABELS = frozenset(
    ("PREF", "VOICE", "INTERNET", "X400", "MSG", "POSTAL", "PARCEL", "DOM", "INTL", "TEXT")
)
_FULL_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_DOTTED_DATE = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"
)  # 22.03.1980, as German exporters write
_YEARLESS_DATE = re.compile(r"^--(\d{2})-?(\d{2})(?:T.*)?$")


@dataclass(frozen=True)
class CardProblem:
    """Something in the file that was skipped or kept as written, for the import report:
    `line` is the physical line the property starts on (the first of a folded one), or
    for a card's missing END:VCARD, the line of its BEGIN:VCARD."""

    line: int
    property: str
    value: str
    why: str


@dataclass(frozen=True)
class LabelledValue:
    """An e-mail address or phone number with its label (work, home, mobile, custom …)."""

    value: str
    label: str = ""
    # Where it was, for the import report: the physical line its property starts on and
    # the property's name (not part of what the value is).
    line: int = field(default=0, compare=False)
    property: str = field(default="", compare=False)


@dataclass(frozen=True)
class CardDate:
    """A birthday or anniversary; `year` is None when the card leaves the year out."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        """`1980-03-22`, or `--03-22` without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date:
        """The date, in the year 2000 (a leap year, for 29 February) when the year is unknown."""
        return date(2000 if self.year is None else self.year, self.month, self.day)


@dataclass
class VCardContact:
    """Everything one BEGIN:VCARD … END:VCARD block says about a person or company."""

    line: int  # where BEGIN:VCARD is
    # The file it is in, as the import report names it (where, not what: not compared).
    file_name: str = field(default="", compare=False)
    version: str = ""
    uid: str = ""
    formatted_name: str = ""
    family: str = ""
    given: str = ""
    middle: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    role: str = ""
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    urls: list[Website] = field(default_factory=list)
    # urls[i]'s (line, property name), for the import report.
    url_places: list[tuple[int, str]] = field(default_factory=list, compare=False)
    birthday: CardDate | None = None
    anniversary: CardDate | None = None
    note: str = ""
    categories: list[str] = field(default_factory=list)
    has_photo: bool = False
    is_company: bool = False
    unparsed: list[UnparsedValue] = field(default_factory=list)
    # DeskCRM's own X-DESKCRM- properties, so its export comes back whole.
    lifecycle: str = ""
    source: str = ""
    follow_up_days: int | None = None

    @property
    def display_name(self) -> str:
        """FN; else the name parts; else, for a company, its name."""
        if self.formatted_name:
            return self.formatted_name
        parts = (self.prefix, self.given, self.middle, self.family, self.suffix)
        composed = " ".join(part for part in parts if part)
        if composed:
            return composed
        return self.organization if self.is_company else ""


@dataclass
class VCardFile:
    """The cards of one file, the encoding its text was read in, and what was skipped."""

    cards: list[VCardContact]
    encoding: str
    problems: list[CardProblem]
    # Properties with something in them that no field keeps, by name (first seen first),
    # and how many there were: the report names them, as it names a CSV file's columns.
    not_kept: dict[str, int] = field(default_factory=dict)

    def not_kept_names(self) -> list[str]:
        """ "IMPP (2)", "PHOTO (1; photos are not kept)": for the import report."""
        return [
            f"{name} ({count}; photos are not kept)" if name == "PHOTO" else f"{name} ({count})"
            for name, count in self.not_kept.items()
        ]


def label_from_apple(label: str) -> str:
    match = _APPLE_LABEL.match(label.strip())
    if not match:
        return label.strip()
    inner = match.group(1)
    return _APPLE_BUILTINS.get(inner.lower(), inner.lower())


def phone_label(types: set[str]) -> str:
    types = {t for t in types if not t.startswith("X-")} - _NOT_LABELS
    if "FAX" in types:
        return "work fax" if "WORK" in types else "home fax" if "HOME" in types else "fax"
    for vcard_type, label in (
        ("CELL", "mobile"),
        ("MOBILE", "mobile"),
        ("IPHONE", "mobile"),
        ("PAGER", "pager"),
        ("MAIN", "main"),
        ("WORK", "work"),
        ("HOME", "home"),
        ("OTHER", "other"),
    ):
        if vcard_type in types:
            return label
    # Outlook's own kinds (callback, car, isdn, assistant …) by their name.
    return min(types).lower() if types else ""


def place_label(types: set[str]) -> str:
    for vcard_type in ("WORK", "HOME", "OTHER"):
        if vcard_type in types:
            return vcard_type.lower()
    return ""


def phone_value(value: str) -> str:
    if value[:4].lower() != "tel:":
        return value
    number, *uri_params = value[4:].split(";")
    extension = next((p[4:] for p in uri_params if p.lower().startswith("ext=")), "")
    return f"{number} ext. {extension}" if extension else number


def parse_date(value: str, omit_year: str) -> CardDate | None:
    text = value.strip()
    match = _FULL_DATE.match(text)
    year: int | None
    if match:
        year, month, day = (int(g) for g in match.groups())
        # Apple writes a year-less date in the year 1604 and says so in X-APPLE-OMIT-YEAR.
        if omit_year and omit_year == match.group(1):
            year = None
    elif match := _DOTTED_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _YEARLESS_DATE.match(text):
        year, (month, day) = None, (int(g) for g in match.groups())
    else:
        return None
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    return CardDate(year, month, day)


def website_label(prop: Property) -> str:
    if prop.name in ("IMPP", "X-SIP"):
        return im_label(prop)
    place = place_label(prop.types)
    if place or prop.name != "X-SOCIALPROFILE":
        return place
    # X-SOCIALPROFILE;type=twitter: the network is the label.
    return next((t.lower() for t in sorted(prop.types) if t not in _NOT_LABELS), "")


def im_label(prop: Property) -> str:
    """An instant-messaging address's label: Apple's X-SERVICE-TYPE ("Skype"), else the
    URI scheme ("xmpp", "sip"), with the place (work, home) before it."""
    service = prop.param("X-SERVICE-TYPE")
    if not service:
        scheme, colon, _rest = prop.raw.partition(b":")
        service = scheme.decode("ascii", "replace").lower() if colon and scheme.isalpha() else ""
        service = service or ("sip" if prop.name == "X-SIP" else "im")
    place = place_label(prop.types)
    return f"{place} {service}" if place else service
