"""A tolerant vCard 2.1/3.0/4.0 reader: any file real software wrote becomes contact drafts.

The public entry: read_vcards and to_contact_input, and the card types they use. Bytes
become logical lines in vcard_lines, lines become properties in vcard_properties, the
card model and value helpers are in vcard_cards, and vcard_contact_input makes a card
the contact form's input; here the properties are grouped into cards, decoded in the
file's encoding and read into each card's fields."""

from __future__ import annotations

from collections import Counter

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.services.import_export.vcard_cards import (
    CardDate,
    CardProblem,
    LabelledValue,
    VCardContact,
    VCardFile,
    label_from_apple,
    parse_date,
    phone_label,
    phone_value,
    place_label,
    website_label,
)
from deskcrm.services.import_export.vcard_contact_input import NOT_A_WEB_ADDRESS, to_contact_input
from deskcrm.services.import_export.vcard_lines import (
    BINARY_PROPERTIES,
    MAX_VALUE_BYTES,
    bom_or_nul_encoding,
    decode_quoted_printable,
    guess_encoding,
    is_utf8,
    logical_lines,
    lookup_codec,
    physical_lines,
    report_name,
)
from deskcrm.services.import_export.vcard_properties import (
    NAME_RE,
    Head,
    Property,
    RawCard,
    clean,
    components,
    legacy_values,
    name_part,
    parse_property,
    redecoded,
    split_unescaped,
    unescape,
)
from deskcrm.services.storage.gc_pause import without_gc

# The reader's public names, wherever they are defined: callers import them from here.
__all__ = [
    "MAX_VALUE_BYTES",
    "NOT_A_WEB_ADDRESS",
    "CardDate",
    "CardProblem",
    "LabelledValue",
    "VCardContact",
    "VCardFile",
    "read_vcards",
    "to_contact_input",
]

_REPORTED_VALUE_CHARS = 200  # of a value quoted in a problem line
_ANNIVERSARY_PROPERTIES = frozenset(
    ("ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY")
)


class _Reader:
    def __init__(self, data: bytes, source_name: str) -> None:
        self.source_name = source_name
        self.problems: list[CardProblem] = []
        file_encoding = bom_or_nul_encoding(data)
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

    def raw_cards(self) -> list[RawCard]:
        cards: list[RawCard] = []
        card: RawCard | None = None
        in_agent = False  # a 2.1 AGENT's embedded vCard is skipped whole
        unreadable_run = False
        heads: dict[bytes, Head | None] = {}
        for number, text, cut in logical_lines(physical_lines(self.data)):
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
                card = RawCard(number)
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
            prop = parse_property(number, text, heads)
            if prop is None:
                # A bare property name ("FN" with no colon, as Evolution 1.x wrote) is empty.
                if not unreadable_run and not NAME_RE.match(text.strip()):
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

    def value_bytes(self, prop: Property) -> bytes:
        return decode_quoted_printable(prop.raw) if prop.quoted_printable else prop.raw

    def decide_fallback(self, cards: list[RawCard]) -> None:
        samples: list[bytes] = []
        for card in cards:
            for prop in card.properties:
                if prop.legacy_params:
                    samples.extend(legacy_values(prop))
                if prop.raw.isascii() and not prop.quoted_printable:
                    continue
                if prop.name in _READ and not prop.charset:
                    value = self.value_bytes(prop)
                    if not value.isascii() and not is_utf8(value):
                        samples.append(value)
        if samples:
            self.fallback = guess_encoding(samples)

    def decode_params(self, prop: Property) -> None:
        """The parameter values of `prop` in the file's encoding (or its CHARSET), as its
        values are read: TYPE="Büro" in a cp1252 file is "Büro", not "BÃ¼ro"."""
        codec = (lookup_codec(prop.charset) if prop.charset else None) or self.fallback
        prop.params = {
            key: [redecoded(value, codec) for value in values]
            for key, values in prop.params.items()
        }
        prop.legacy_params = False

    def text(self, prop: Property) -> str:
        value = self.value_bytes(prop)
        if value.isascii():
            return value.decode("ascii")
        declared = lookup_codec(prop.charset) if prop.charset else None
        if declared is not None:
            try:
                decoded = value.decode(declared)
            except UnicodeDecodeError:
                pass
            else:
                self.used[declared] += 1
                return decoded
        if is_utf8(value):
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
                f"some bytes are not {report_name(codec)} text; shown as \ufffd",
            )
        self.used[codec] += 1
        return decoded

    def encoding(self) -> str:
        if self.file_encoding is not None:
            return report_name(self.file_encoding)
        others = [(count, name) for name, count in self.used.items() if name != "utf-8"]
        return report_name(max(others)[1]) if others else "utf-8"

    # -- cards ----------------------------------------------------------------------------

    def contact(self, raw: RawCard) -> VCardContact:
        card = VCardContact(line=raw.line, file_name=self.source_name)
        for prop in raw.properties:
            if prop.legacy_params:
                self.decode_params(prop)
        labels = {
            prop.group: label_from_apple(unescape(self.text(prop)))
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
                setattr(card, _SINGLE_TEXT[name], clean(unescape(value)))
            elif name == "N":
                parts = [name_part(c, lists) for c in components(value, 5)]
                card.family, card.given, card.middle, card.prefix, card.suffix = parts
            elif name == "ORG":
                org, *units = [clean(unescape(u)) for u in split_unescaped(value, ";")]
                card.organization = org
                # Units below the department (ORG:ABC;Sales;Team West) are part of it.
                card.department = ", ".join(unit for unit in units if unit)
            elif name == "EMAIL":
                self._add_email(card, value, prop, label)
            elif name in ("TEL", "X-MS-TEL"):
                number = phone_value(clean(unescape(value)))
                if number:
                    tel_label = phone_label(prop.types) if label is None else label
                    card.phones.append(LabelledValue(number, tel_label, prop.line, name))
            elif name == "ADR":
                self._add_address(card, value, prop, label)
            elif name in ("URL", "X-SOCIALPROFILE", "IMPP", "X-SIP"):
                url = clean(unescape(value))
                if url:
                    url_label = label if label is not None else website_label(prop)
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
                text = clean(unescape(value))
                if text:
                    notes.append(text)
            elif name == "CATEGORIES":
                for tag in split_unescaped(value, ","):
                    tag = clean(unescape(tag))
                    if tag and tag not in card.categories:
                        card.categories.append(tag)
            elif name.startswith("X-DESKCRM-"):
                self._deskcrm_field(card, prop, clean(unescape(value)))
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

    def _deskcrm_field(self, card: VCardContact, prop: Property, value: str) -> None:
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

    def _add_email(self, card: VCardContact, value: str, prop: Property, label: str | None) -> None:
        address = clean(unescape(value))
        if address[:7].lower() == "mailto:":
            address = address[7:]
        if address:
            place = place_label(prop.types) if label is None else label
            card.emails.append(LabelledValue(address, place, prop.line, prop.name))

    def _add_address(
        self, card: VCardContact, value: str, prop: Property, label: str | None
    ) -> None:
        # Components are taken literally; an unescaped comma in one is text, not a list.
        parts = [clean(unescape(c)) for c in components(value, 7)]
        po_box, extended, street, city, region, postal_code, country = parts
        address = PostalAddress(
            label=place_label(prop.types) if label is None else label,
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
        self, card: VCardContact, prop: Property, value: str, field_name: str
    ) -> CardDate | None:
        text = clean(unescape(value))
        if not text:
            return None
        parsed = parse_date(text, prop.param("X-APPLE-OMIT-YEAR"))
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


_LIFECYCLES = frozenset(stage.value for stage in Lifecycle)
_SINGLE_TEXT = {
    "FN": "formatted_name",
    "NICKNAME": "nickname",
    "TITLE": "title",
    "ROLE": "role",
    "UID": "uid",
}
_BINARY_PROPERTIES_STR = frozenset(name.decode() for name in BINARY_PROPERTIES)
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
