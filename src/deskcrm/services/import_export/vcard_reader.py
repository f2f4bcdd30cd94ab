"""A tolerant vCard 2.1/3.0/4.0 reader: any file real software wrote becomes contact drafts."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.csv_producers import display_name_unless_parts
from deskcrm.services.import_export.import_files import guess_legacy_encoding
from deskcrm.services.storage.gc_pause import without_gc

# One property's value as read (before decoding). Photos are never kept; a note or an
# Outlook design blob beyond this is cut and reported, so memory stays bounded.
MAX_VALUE_BYTES = 1024 * 1024
# How much of the undeclared non-UTF-8 text charset-normalizer is shown to guess from.
_GUESS_SAMPLE = 64 * 1024
_REPORTED_VALUE_CHARS = 200  # of a value quoted in a problem line
# Why a URL with spaces in it is kept as written (as the CSV reader says it).
NOT_A_WEB_ADDRESS = "not a web address (it has spaces)"

_BINARY_PROPERTIES = frozenset((b"PHOTO", b"LOGO", b"SOUND", b"KEY"))
# Names a QUOTED-PRINTABLE soft break must not swallow: a producer that leaves a stray
# "=" at the end of a value is more likely than a value line that starts like these.
_KNOWN_PROPERTIES = frozenset(
    b"BEGIN END VERSION FN N NICKNAME ORG TITLE ROLE EMAIL TEL ADR LABEL URL BDAY NOTE "
    b"CATEGORIES UID PHOTO LOGO SOUND KEY REV PRODID GEO TZ CLASS PROFILE SOURCE MAILER "
    b"SORT-STRING IMPP KIND ANNIVERSARY GENDER LANG RELATED MEMBER FBURL".split()
)
_NAME_RE = re.compile(rb"^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$")
_LOOKS_LIKE_PROPERTY = re.compile(rb"^(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)[;:]")
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=]+\s*$")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})|=$")
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# Apple's built-in labels, where the plain lower-cased name is not what the user sees.
_APPLE_BUILTINS = {
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "assistantphone": "assistant",
}
_ANNIVERSARY_PROPERTIES = frozenset(
    ("ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY")
)
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


@dataclass
class _Property:
    line: int
    group: str  # lower-cased item group ("item1"), "" without one
    name: str  # upper-cased
    params: dict[str, list[str]]  # upper-cased keys; bare 2.1 parameters under "TYPE"
    raw: bytes  # the value as written, unfolded, before QUOTED-PRINTABLE decoding
    quoted_printable: bool
    charset: str  # as the CHARSET parameter names it; "" when undeclared
    # Some parameter value is neither ASCII nor UTF-8: read byte for byte (latin-1) until
    # the file's encoding is known (_Reader.legacy_params decodes it like the values).
    legacy_params: bool = False

    @property
    def types(self) -> set[str]:
        return {value.upper() for value in self.params.get("TYPE", ())}

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[0] if values else ""


@dataclass
class _RawCard:
    line: int
    properties: list[_Property] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Bytes to text: encodings, lines, folding, quoted-printable


def _bom_or_nul_encoding(data: bytes) -> str | None:
    """The encoding a BOM names, or UTF-16/32 recognised by NUL bytes between ASCII."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return name
    # Only the start of the file is looked at: a real export starts with BEGIN:VCARD, and
    # NUL bytes in a value further down must not turn a UTF-8 file into UTF-16.
    head = data[:64]
    if len(head) < 8:
        return None
    for width, name, text_at in (
        (4, "utf-32-be", 3),
        (4, "utf-32-le", 0),
        (2, "utf-16-be", 1),
        (2, "utf-16-le", 0),
    ):
        units = [head[i : i + width] for i in range(0, len(head) - width + 1, width)]
        fitting = sum(
            1
            for unit in units
            if unit[text_at] != 0 and all(b == 0 for i, b in enumerate(unit) if i != text_at)
        )
        if fitting >= 0.9 * len(units):
            return name
    return None


def _physical_lines(data: bytes) -> list[bytes]:
    # CR CR LF (a CRLF file converted once more) is one line end. A lone CR is a line end
    # only in a file without LF (old Mac); elsewhere it is part of a value.
    if b"\n" in data:
        return re.split(rb"\r*\n", data)
    return data.split(b"\r")


def _header_flags(first: bytes) -> tuple[bool, bool]:
    """(quoted-printable, binary) from a property's first physical line."""
    colon = first.find(b":")
    if colon < 0:
        return False, False
    head = first[:colon].upper()
    name = head.split(b";", 1)[0].rsplit(b".", 1)[-1]
    return b"QUOTED-PRINTABLE" in head, name in _BINARY_PROPERTIES


def _soft_break_continues(line: bytes) -> bool:
    upper = line.strip().upper()
    if upper in (b"BEGIN:VCARD", b"END:VCARD"):
        return False
    match = _LOOKS_LIKE_PROPERTY.match(line)
    return not (match and match.group(1).upper() in _KNOWN_PROPERTIES)


def _logical_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, unfolded content line, whether it was cut at MAX_VALUE_BYTES).

    Unfolds at byte level (so a character split across a fold is whole again), joins
    QUOTED-PRINTABLE soft breaks (2.1 style: the next line is not indented), and drops the
    data of photos, including 2.1 base64 lines that are not indented."""
    count = len(lines)
    index = 0
    while index < count:
        line = lines[index]
        index += 1
        if not line or not line.strip():
            continue
        following = lines[index] if index < count else b""
        # The common case, checked cheaply: nothing continues this line.
        if (
            following[:1] not in (b" ", b"\t")
            and line[-1:] != b"="
            and (not following or b":" in following or not _BASE64_LINE.match(following))
            and len(line) <= MAX_VALUE_BYTES
        ):
            yield index, line, False
            continue
        number = index
        qp, binary = _header_flags(line)
        chunks = [line[:MAX_VALUE_BYTES]]
        size = len(line)
        while index < count:
            following = lines[index]
            if qp and chunks[-1].endswith(b"=") and _soft_break_continues(following):
                chunks[-1] = chunks[-1][:-1]
                chunk = following
            elif following[:1] in (b" ", b"\t"):
                if binary:
                    index += 1
                    continue
                chunk = following[1:]
            elif binary and _BASE64_LINE.match(following):
                index += 1
                continue
            else:
                break
            index += 1
            chunks.append(chunk[: max(MAX_VALUE_BYTES - size, 0)])
            size += len(chunk)
        text = b"".join(chunks)
        yield number, text, size > MAX_VALUE_BYTES


def _split_outside_quotes(text: bytes, separator: int) -> list[bytes]:
    parts: list[bytes] = []
    start = 0
    quoted = False
    for index, byte in enumerate(text):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _colon_outside_quotes(text: bytes) -> int:
    if b'"' not in text.split(b":", 1)[0]:
        return text.find(b":")
    quoted = False
    for index, byte in enumerate(text):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return -1


def _parse_property(line: int, text: bytes, cache: dict[bytes, _Head | None]) -> _Property | None:
    """A content line as group, name, parameters and raw value; None if it is not one.
    `cache` holds parsed heads: a file repeats the same few (TEL;TYPE=CELL) many times."""
    colon = _colon_outside_quotes(text)
    if colon < 0:
        return None
    head_bytes = text[:colon]
    if head_bytes in cache:
        head = cache[head_bytes]
    else:
        head = cache[head_bytes] = _parse_head(head_bytes)
    if head is None:
        return None
    group, name, params, quoted_printable, charset, legacy = head
    return _Property(
        line, group, name, params, text[colon + 1 :], quoted_printable, charset, legacy
    )


_Head = tuple[str, str, dict[str, list[str]], bool, str, bool]


def _parse_head(head: bytes) -> _Head | None:
    pieces = _split_outside_quotes(head, 0x3B) if b'"' in head else head.split(b";")
    match = _NAME_RE.match(pieces[0].strip())
    if not match:
        return None
    group = (match.group(1) or b"").decode("ascii").lower()
    name = match.group(2).decode("ascii").upper()
    params: dict[str, list[str]] = {}
    legacy = False
    for piece in pieces[1:]:
        if piece.isascii():
            decoded = piece.decode("ascii").strip()
        elif _is_utf8(piece):
            decoded = piece.decode("utf-8").strip()
        else:  # byte for byte until the file's encoding is known
            decoded = piece.decode("latin-1").strip()
            legacy = True
        if not decoded:
            continue
        key, equals, value = decoded.partition("=")
        if not equals:  # 2.1: TEL;WORK;FAX, ADR;QUOTED-PRINTABLE
            key, value = _bare_parameter_key(decoded), decoded
        key = key.strip().upper()
        value = _caret_decoded(value.strip().strip('"'))
        # Only TYPE is a list; a quoted REASON or LABEL keeps its commas.
        values = [v.strip().strip('"') for v in value.split(",")] if key == "TYPE" else [value]
        params.setdefault(key, []).extend(v for v in values if v)
    encoding = params.get("ENCODING", [""])[0].upper()
    charset = params.get("CHARSET", [""])[0]
    return group, name, params, encoding == "QUOTED-PRINTABLE", charset, legacy


def _caret_decoded(value: str) -> str:
    """RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret."""
    if "^" not in value:
        return value
    return re.sub(r"\^([n'^])", lambda m: {"n": "\n", "'": '"', "^": "^"}[m.group(1)], value)


def _bare_parameter_key(value: str) -> str:
    upper = value.upper()
    if upper in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
        return "ENCODING"
    return "TYPE"


def _quoted_printable(raw: bytes) -> bytes:
    return _QP_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1).decode()) if m.group(1) else b"", raw)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _report_name(codec_name: str) -> str:
    name = codecs.lookup(codec_name).name
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    return "utf-8" if name == "utf-8-sig" else name


def _guess_encoding(samples: list[bytes]) -> str:
    """The encoding of text the file does not declare and that is not UTF-8."""
    sample = b"\n".join(samples)[:_GUESS_SAMPLE]
    return _codec(guess_legacy_encoding(sample)) or "cp1252"


# ---------------------------------------------------------------------------------------
# Text values: escapes, components


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following in "nN":
                out.append("\n")
            elif following in ",;:\\\"'":
                out.append(following)
            else:  # not an escape vCard knows: kept as written
                out.append(char + following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _split_unescaped(text: str, separator: str) -> list[str]:
    """Splits on separators not preceded by a backslash; escapes are kept for _unescape."""
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _components(text: str, count: int) -> list[str]:
    parts = _split_unescaped(text, ";")
    if len(parts) < count:
        parts += [""] * (count - len(parts))
    elif len(parts) > count:
        # Extra components are kept in the last one rather than lost.
        parts = [*parts[: count - 1], " ".join(p for p in parts[count - 1 :] if p.strip())]
    return parts


def _clean(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _name_part(component: str, lists: bool) -> str:
    # vCard 3.0/4.0 N components are comma lists (two middle names); 2.1 has no lists,
    # so there a bare comma is part of the name.
    if lists and "," in component:
        values = (_clean(_unescape(v)) for v in _split_unescaped(component, ","))
        return " ".join(v for v in values if v)
    return _clean(_unescape(component))


def _label_from_apple(label: str) -> str:
    match = _APPLE_LABEL.match(label.strip())
    if not match:
        return label.strip()
    inner = match.group(1)
    return _APPLE_BUILTINS.get(inner.lower(), inner.lower())


def _phone_label(types: set[str]) -> str:
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


def _place_label(types: set[str]) -> str:
    for vcard_type in ("WORK", "HOME", "OTHER"):
        if vcard_type in types:
            return vcard_type.lower()
    return ""


def _phone_value(value: str) -> str:
    if value[:4].lower() != "tel:":
        return value
    number, *uri_params = value[4:].split(";")
    extension = next((p[4:] for p in uri_params if p.lower().startswith("ext=")), "")
    return f"{number} ext. {extension}" if extension else number


def _parse_date(value: str, omit_year: str) -> CardDate | None:
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


# ---------------------------------------------------------------------------------------
# The reader


class _Reader:
    def __init__(self, data: bytes, source_name: str) -> None:
        self.source_name = source_name
        self.problems: list[CardProblem] = []
        file_encoding = _bom_or_nul_encoding(data)
        self.file_encoding = file_encoding
        if file_encoding is not None:
            # Re-encoded as UTF-8 so one byte-level path reads every file.
            text = data.decode(file_encoding, errors="replace").removeprefix("\ufeff")
            data = text.encode("utf-8")
        self.data = data
        self.fallback = "cp1252"
        self.used: Counter[str] = Counter()
        self.not_kept: Counter[str] = Counter()

    def problem(self, line: int, name: str, value: str, why: str) -> None:
        self.problems.append(CardProblem(line, name, value[:_REPORTED_VALUE_CHARS], why))

    # -- structure ------------------------------------------------------------------------

    def raw_cards(self) -> list[_RawCard]:
        cards: list[_RawCard] = []
        card: _RawCard | None = None
        in_agent = False  # a 2.1 AGENT's embedded vCard is skipped whole
        unreadable_run = False
        heads: dict[bytes, _Head | None] = {}
        for number, text, cut in _logical_lines(_physical_lines(self.data)):
            upper = text.strip().upper()
            if in_agent:
                in_agent = upper != b"END:VCARD"
                continue
            if upper == b"BEGIN:VCARD":
                last = card.properties[-1] if card and card.properties else None
                if card is not None and last and last.name == "AGENT" and not last.raw.strip():
                    in_agent = True
                    continue
                if card is not None:
                    self.problem(card.line, "END", "", "the card has no END:VCARD; kept")
                card = _RawCard(number)
                cards.append(card)
                unreadable_run = False
                continue
            if upper == b"END:VCARD":
                card = None
                continue
            if card is None:
                if not unreadable_run:
                    self.problem(number, "", _preview(text), "outside any vCard; skipped")
                unreadable_run = True
                continue
            prop = _parse_property(number, text, heads)
            if prop is None:
                # A bare property name ("FN" with no colon, as Evolution 1.x wrote) is empty.
                if not unreadable_run and not _NAME_RE.match(text.strip()):
                    self.problem(number, "", _preview(text), "not a vCard property line; skipped")
                    unreadable_run = True
                continue
            unreadable_run = False
            if cut and prop.name not in _BINARY_PROPERTIES_STR:  # photos are skipped anyway
                self.problem(
                    number,
                    prop.name,
                    _preview(prop.raw),
                    f"longer than {MAX_VALUE_BYTES // 1024} KB; the rest was cut",
                )
            card.properties.append(prop)
        if card is not None:
            self.problem(card.line, "END", "", "the file ends inside this card; kept")
        return cards

    # -- values ---------------------------------------------------------------------------

    def value_bytes(self, prop: _Property) -> bytes:
        return _quoted_printable(prop.raw) if prop.quoted_printable else prop.raw

    def decide_fallback(self, cards: list[_RawCard]) -> None:
        samples: list[bytes] = []
        for card in cards:
            for prop in card.properties:
                if prop.legacy_params:
                    samples.extend(_legacy_values(prop))
                if prop.raw.isascii() and not prop.quoted_printable:
                    continue
                if prop.name in _READ and not prop.charset:
                    value = self.value_bytes(prop)
                    if not value.isascii() and not _is_utf8(value):
                        samples.append(value)
        if samples:
            self.fallback = _guess_encoding(samples)

    def decode_params(self, prop: _Property) -> None:
        """The parameter values of `prop` in the file's encoding (or its CHARSET), as its
        values are read: TYPE="Büro" in a cp1252 file is "Büro", not "BÃ¼ro"."""
        codec = (_codec(prop.charset) if prop.charset else None) or self.fallback
        prop.params = {
            key: [_redecoded(value, codec) for value in values]
            for key, values in prop.params.items()
        }
        prop.legacy_params = False

    def text(self, prop: _Property) -> str:
        value = self.value_bytes(prop)
        if value.isascii():
            return value.decode("ascii")
        declared = _codec(prop.charset) if prop.charset else None
        if declared is not None:
            try:
                decoded = value.decode(declared)
            except UnicodeDecodeError:
                pass
            else:
                self.used[declared] += 1
                return decoded
        if _is_utf8(value):
            self.used["utf-8"] += 1
            return value.decode("utf-8")
        codec = declared or self.fallback
        try:
            decoded = value.decode(codec)
        except UnicodeDecodeError:
            decoded = value.decode(codec, errors="replace")
            self.problem(
                prop.line,
                prop.name,
                decoded,
                f"some bytes are not {_report_name(codec)} text; shown as \ufffd",
            )
        self.used[codec] += 1
        return decoded

    def encoding(self) -> str:
        if self.file_encoding is not None:
            return _report_name(self.file_encoding)
        others = [(count, name) for name, count in self.used.items() if name != "utf-8"]
        return _report_name(max(others)[1]) if others else "utf-8"

    # -- cards ----------------------------------------------------------------------------

    def contact(self, raw: _RawCard) -> VCardContact:
        card = VCardContact(line=raw.line, file_name=self.source_name)
        for prop in raw.properties:
            if prop.legacy_params:
                self.decode_params(prop)
        labels = {
            prop.group: _label_from_apple(_unescape(self.text(prop)))
            for prop in raw.properties
            if prop.name == "X-ABLABEL" and prop.group
        }
        version = next((p for p in raw.properties if p.name == "VERSION"), None)
        card.version = self.text(version).strip() if version else ""
        lists = card.version not in ("", "2.1")
        notes: list[str] = []
        show_as_company = False
        for prop in raw.properties:
            name = prop.name
            if name not in _READ:
                if name not in _QUIET and prop.raw.strip():
                    self.not_kept[name] += 1
                continue
            if name in _BINARY_PROPERTIES_STR:
                if prop.raw.strip():
                    card.has_photo = card.has_photo or name == "PHOTO"
                    self.not_kept[name] += 1
                continue
            if _already_read(card, name):
                continue  # a repeated ORG or N is not decoded, so its odd bytes report nothing
            value = self.text(prop)
            label = labels.get(prop.group) if prop.group else None
            if name in _SINGLE_TEXT:
                setattr(card, _SINGLE_TEXT[name], _clean(_unescape(value)))
            elif name == "N":
                parts = [_name_part(c, lists) for c in _components(value, 5)]
                card.family, card.given, card.middle, card.prefix, card.suffix = parts
            elif name == "ORG":
                org, *units = [_clean(_unescape(u)) for u in _split_unescaped(value, ";")]
                card.organization = org
                # Units below the department (ORG:ABC;Sales;Team West) are part of it.
                card.department = ", ".join(unit for unit in units if unit)
            elif name == "EMAIL":
                self._add_email(card, value, prop, label)
            elif name in ("TEL", "X-MS-TEL"):
                number = _phone_value(_clean(_unescape(value)))
                if number:
                    tel_label = _phone_label(prop.types) if label is None else label
                    card.phones.append(LabelledValue(number, tel_label, prop.line, name))
            elif name == "ADR":
                self._add_address(card, value, prop, label)
            elif name in ("URL", "X-SOCIALPROFILE", "IMPP", "X-SIP"):
                url = _clean(_unescape(value))
                if url:
                    url_label = label if label is not None else _url_label(prop)
                    card.urls.append(Website(url, url_label))
                    card.url_places.append((prop.line, name))
            elif name == "BDAY":
                card.birthday = self._date(card, prop, value, "birthday")
            elif name in _ANNIVERSARY_PROPERTIES or (
                name == "X-ABDATE" and (label or "").lower() == "anniversary"
            ):
                if card.anniversary is None:
                    card.anniversary = self._date(card, prop, value, "anniversary")
            elif name == "X-ABDATE":  # a date with a label of its own: no field holds it
                if value.strip():
                    self.not_kept[name] += 1
            elif name == "NOTE":
                text = _clean(_unescape(value))
                if text:
                    notes.append(text)
            elif name == "CATEGORIES":
                for tag in _split_unescaped(value, ","):
                    tag = _clean(_unescape(tag))
                    if tag and tag not in card.categories:
                        card.categories.append(tag)
            elif name.startswith("X-DESKCRM-"):
                self._deskcrm_field(card, prop, _clean(_unescape(value)))
            elif name in ("X-ABSHOWAS", "KIND", "X-KIND"):
                kind = value.strip().upper()
                show_as_company = show_as_company or kind in ("COMPANY", "ORG", "ORGANIZATION")
        card.note = "\n".join(notes)
        has_person_name = any((card.family, card.given, card.middle, card.prefix, card.suffix))
        card.is_company = bool(card.organization) and (
            show_as_company
            or (
                not has_person_name
                and card.formatted_name in ("", card.organization)
                and not card.nickname
            )
        )
        return card

    def _deskcrm_field(self, card: VCardContact, prop: _Property, value: str) -> None:
        if prop.name == "X-DESKCRM-UNPARSED":
            field_name = prop.param("FIELD")
            card.unparsed.append(
                UnparsedValue(field_name, value, prop.param("REASON"), prop.param("ORIGIN"))
            )
        elif prop.name == "X-DESKCRM-LIFECYCLE" and value.lower() in _LIFECYCLES:
            card.lifecycle = value.lower()
        elif prop.name == "X-DESKCRM-SOURCE":
            card.source = value
        elif prop.name == "X-DESKCRM-FOLLOW-UP-DAYS" and value.isdigit():
            card.follow_up_days = int(value)
        elif value:
            why = "not a value DeskCRM can read here; skipped"
            self.problem(prop.line, prop.name, value, why)

    def _add_email(
        self, card: VCardContact, value: str, prop: _Property, label: str | None
    ) -> None:
        address = _clean(_unescape(value))
        if address[:7].lower() == "mailto:":
            address = address[7:]
        if address:
            place = _place_label(prop.types) if label is None else label
            card.emails.append(LabelledValue(address, place, prop.line, prop.name))

    def _add_address(
        self, card: VCardContact, value: str, prop: _Property, label: str | None
    ) -> None:
        # Components are taken literally; an unescaped comma in one is text, not a list.
        parts = [_clean(_unescape(c)) for c in _components(value, 7)]
        po_box, extended, street, city, region, postal_code, country = parts
        address = PostalAddress(
            label=_place_label(prop.types) if label is None else label,
            street=street,
            extended=extended,
            po_box=po_box,
            city=city,
            region=region,
            postal_code=postal_code,
            country=country,
        )
        if not address.is_empty():
            card.addresses.append(address)

    def _date(
        self, card: VCardContact, prop: _Property, value: str, field_name: str
    ) -> CardDate | None:
        text = _clean(_unescape(value))
        if not text:
            return None
        parsed = _parse_date(text, prop.param("X-APPLE-OMIT-YEAR"))
        if parsed is None:
            origin = f"{self.source_name}, line {prop.line}, {prop.name}"
            why = "not a date DeskCRM can read; kept as written"
            card.unparsed.append(UnparsedValue(field_name, text, why, origin))
            self.problem(prop.line, prop.name, text, why)
        return parsed


def _already_read(card: VCardContact, name: str) -> bool:
    """Whether a property read once per card (the first non-empty wins) was read."""
    if name in _SINGLE_TEXT:
        return bool(getattr(card, _SINGLE_TEXT[name]))
    if name == "N":
        return any((card.family, card.given, card.middle, card.prefix, card.suffix))
    if name == "ORG":
        return bool(card.organization or card.department)
    if name == "BDAY":
        return card.birthday is not None
    return False


_EMAIL_ONLY = re.compile(r"^[^@\s]+@[^@\s]+$")
_NUMBER_ONLY = re.compile(r"^[+\d\s().\-/]+$")
_LIFECYCLES = frozenset(stage.value for stage in Lifecycle)
_SINGLE_TEXT = {
    "FN": "formatted_name",
    "NICKNAME": "nickname",
    "TITLE": "title",
    "ROLE": "role",
    "UID": "uid",
}
_BINARY_PROPERTIES_STR = frozenset(name.decode() for name in _BINARY_PROPERTIES)
_READ = frozenset(
    (
        *_SINGLE_TEXT,
        *_BINARY_PROPERTIES_STR,
        *_ANNIVERSARY_PROPERTIES,
        "N",
        "ORG",
        "EMAIL",
        "TEL",
        "X-MS-TEL",
        "ADR",
        "URL",
        "X-SOCIALPROFILE",
        "IMPP",
        "X-SIP",
        "BDAY",
        "X-ABDATE",
        "NOTE",
        "CATEGORIES",
        "X-ABSHOWAS",
        "KIND",
        "X-KIND",
        "X-ABLABEL",
        "VERSION",
        "X-DESKCRM-LIFECYCLE",
        "X-DESKCRM-SOURCE",
        "X-DESKCRM-FOLLOW-UP-DAYS",
        "X-DESKCRM-UNPARSED",
    )
)


# Properties about the file or the card, not the person: never named as not kept.
_QUIET = frozenset(
    (
        "PRODID",
        "REV",
        "PROFILE",
        "SOURCE",
        "NAME",
        "MAILER",
        "CLASS",
        "SORT-STRING",
        "LABEL",  # the printed form of an ADR, which is kept
        "X-ABUID",
        "X-ABADR",  # Apple's country code of an address, which is kept
        "X-MS-OL-DESIGN",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-EVOLUTION-FILE-AS",
        "X-MOZILLA-HTML",
        "AGENT",
    )
)


def _url_label(prop: _Property) -> str:
    if prop.name in ("IMPP", "X-SIP"):
        return _im_label(prop)
    place = _place_label(prop.types)
    if place or prop.name != "X-SOCIALPROFILE":
        return place
    # X-SOCIALPROFILE;type=twitter: the network is the label.
    return next((t.lower() for t in sorted(prop.types) if t not in _NOT_LABELS), "")


def _legacy_values(prop: _Property) -> list[bytes]:
    """The parameter values of `prop` that are neither ASCII nor UTF-8, as bytes."""
    return [
        raw
        for values in prop.params.values()
        for value in values
        if not value.isascii() and not _is_utf8(raw := value.encode("latin-1"))
    ]


def _redecoded(value: str, codec: str) -> str:
    """A parameter value read byte for byte (latin-1), in `codec` instead."""
    if value.isascii():
        return value
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:  # already decoded as UTF-8
        return value
    if _is_utf8(raw):
        return raw.decode("utf-8")
    return raw.decode(codec, errors="replace")


def _im_label(prop: _Property) -> str:
    """An instant-messaging address's label: Apple's X-SERVICE-TYPE ("Skype"), else the
    URI scheme ("xmpp", "sip"), with the place (work, home) before it."""
    service = prop.param("X-SERVICE-TYPE")
    if not service:
        scheme, colon, _rest = prop.raw.partition(b":")
        service = scheme.decode("ascii", "replace").lower() if colon and scheme.isalpha() else ""
        service = service or ("sip" if prop.name == "X-SIP" else "im")
    place = _place_label(prop.types)
    return f"{place} {service}" if place else service


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _preview(value: bytes) -> str:
    return value[:_REPORTED_VALUE_CHARS].decode("utf-8", errors="replace")


@without_gc  # a 100,000-card file makes millions of small objects
def read_vcards(data: bytes, source_name: str) -> VCardFile:
    """Every card in a vCard file, never raising for what is inside it: a line or value
    that cannot be read is skipped or kept as written and listed in `problems`."""
    reader = _Reader(data, source_name)
    raw_cards = reader.raw_cards()
    reader.decide_fallback(raw_cards)
    cards = [reader.contact(raw) for raw in raw_cards]
    return VCardFile(
        cards=cards,
        encoding=reader.encoding(),
        problems=reader.problems,
        not_kept=dict(reader.not_kept),
    )


def _split_display_name(name: str) -> tuple[str, str]:
    """(given, family) from a display name: "Doe, John" or "John Doe"."""
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    words = name.split()
    if len(words) == 1:
        return words[0], ""
    return " ".join(words[:-1]), words[-1]


def to_contact_input(card: VCardContact) -> ContactInput:
    """The card as the contact form's input (for a company card: its name and details)."""
    first, last = card.given, card.family
    if not card.is_company and not any((first, last, card.middle)):
        # An FN that is only an e-mail address or a number (what writers put there without
        # a name) is no one's name; a card with a nickname and no name keeps it as its
        # nickname (domain.names shows the contact by it).
        fn = card.formatted_name
        if fn and not _EMAIL_ONLY.match(fn) and not _NUMBER_ONLY.match(fn):
            first, last = _split_display_name(fn)
    notes = card.note
    title = card.title or card.role
    if card.role and card.title and card.role != card.title:
        # ContactInput has no role; it is kept in the notes rather than lost.
        notes = f"{notes}\n\nRole: {card.role}" if notes else f"Role: {card.role}"
    first_address = card.addresses[0] if card.addresses else PostalAddress()
    emails, websites, unparsed = _readable_values(card)
    return ContactInput(
        first_name=first,
        last_name=last,
        display_name=""
        if card.is_company
        else display_name_unless_parts(
            card.formatted_name, card.prefix, first, card.middle, last, card.suffix
        ),
        middle_name=card.middle,
        name_prefix=card.prefix,
        name_suffix=card.suffix,
        nickname=card.nickname,
        company_name=card.organization,
        title=title,
        department=card.department,
        emails=[e.value for e in emails],
        email_labels=[e.label for e in emails],
        phones=[p.value for p in card.phones],
        phone_labels=[p.label for p in card.phones],
        address=first_address.street,
        postal_code=first_address.postal_code,
        city=first_address.city,
        country=first_address.country,
        addresses=list(card.addresses),
        websites=websites,
        birthday=card.birthday.as_date() if card.birthday else None,
        birthday_year_known=card.birthday is None or card.birthday.year is not None,
        anniversary=card.anniversary.as_date() if card.anniversary else None,
        anniversary_year_known=card.anniversary is None or card.anniversary.year is not None,
        source_uid=card.uid,
        source=card.source,
        follow_up_days=card.follow_up_days,
        lifecycle=card.lifecycle or Lifecycle.LEAD.value,
        notes=notes,
        tags=list(card.categories),
        unparsed=unparsed,
    )


def _readable_values(
    card: VCardContact,
) -> tuple[list[LabelledValue], list[Website], list[UnparsedValue]]:
    """The card's e-mail addresses and web addresses that are ones, and its values kept as
    written with those that are not: each of these says the line its property is on
    ("people.vcf, line 12, EMAIL"), not the card's first line."""
    unparsed = list(card.unparsed)
    emails: list[LabelledValue] = []
    for email in card.emails:
        try:
            validation.normalise_email(email.value)
        except ValueError as exc:
            where = _origin(card, email.line, email.property or "EMAIL")
            unparsed.append(UnparsedValue("email", email.value, str(exc), where))
        else:
            emails.append(email)
    websites: list[Website] = []
    places = card.url_places + [(0, "URL")] * (len(card.urls) - len(card.url_places))
    for site, (line, name) in zip(card.urls, places, strict=True):
        if " " in site.url:
            unparsed.append(
                UnparsedValue("website", site.url, NOT_A_WEB_ADDRESS, _origin(card, line, name))
            )
        else:
            websites.append(site)
    return emails, websites, unparsed


def _origin(card: VCardContact, line: int, property_name: str) -> str:
    """Where a value was, as the import report names it: "people.vcf, line 12, EMAIL"."""
    return f"{card.file_name}, line {line or card.line}, {property_name}"
