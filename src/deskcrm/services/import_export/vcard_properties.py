"""A vCard content line as a property (group, name, parameters, raw value), and the
text of a value: RFC 6868 parameter escapes, backslash escapes, components, lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from deskcrm.services.import_export.vcard_lines import is_utf8

# A property's name, with the group before it if any (item1.EMAIL).
NAME_RE = re.compile(rb"^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$")


@dataclass
class Property:
    """One content line: group, name, parameters and the value as written."""

    line: int
    group: str  # lower-cased item group ("item1"), "" without one
    name: str  # upper-cased
    params: dict[str, list[str]]  # upper-cased keys; bare 2.1 parameters under "TYPE"
    raw: bytes  # the value as written, unfolded, before QUOTED-PRINTABLE decoding
    quoted_printable: bool
    charset: str  # as the CHARSET parameter names it; "" when undeclared
    # Some parameter value is neither ASCII nor UTF-8: read byte for byte (latin-1) until
    # the file's encoding is known (the reader's decode_params decodes it like the values).
    legacy_params: bool = False

    @property
    def types(self) -> set[str]:
        return {value.upper() for value in self.params.get("TYPE", ())}

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[0] if values else ""


@dataclass
class RawCard:
    """One BEGIN:VCARD … END:VCARD block's properties, not yet decoded."""

    line: int
    properties: list[Property] = field(default_factory=list)


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


def parse_property(line: int, text: bytes, cache: dict[bytes, Head | None]) -> Property | None:
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
    return Property(line, group, name, params, text[colon + 1 :], quoted_printable, charset, legacy)


Head = tuple[str, str, dict[str, list[str]], bool, str, bool]


def _parse_head(head: bytes) -> Head | None:
    pieces = _split_outside_quotes(head, 0x3B) if b'"' in head else head.split(b";")
    match = NAME_RE.match(pieces[0].strip())
    if not match:
        return None
    group = (match.group(1) or b"").decode("ascii").lower()
    name = match.group(2).decode("ascii").upper()
    params: dict[str, list[str]] = {}
    legacy = False
    for piece in pieces[1:]:
        if piece.isascii():
            decoded = piece.decode("ascii").strip()
        elif is_utf8(piece):
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


def legacy_values(prop: Property) -> list[bytes]:
    """The parameter values of `prop` that are neither ASCII nor UTF-8, as bytes."""
    return [
        raw
        for values in prop.params.values()
        for value in values
        if not value.isascii() and not is_utf8(raw := value.encode("latin-1"))
    ]


def redecoded(value: str, codec: str) -> str:
    """A parameter value read byte for byte (latin-1), in `codec` instead."""
    if value.isascii():
        return value
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:  # already decoded as UTF-8
        return value
    if is_utf8(raw):
        return raw.decode("utf-8")
    return raw.decode(codec, errors="replace")


# ---------------------------------------------------------------------------------------
# Text values: escapes, components


def unescape(text: str) -> str:
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


def split_unescaped(text: str, separator: str) -> list[str]:
    """Splits on separators not preceded by a backslash; escapes are kept for unescape."""
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


def components(text: str, count: int) -> list[str]:
    parts = split_unescaped(text, ";")
    if len(parts) < count:
        parts += [""] * (count - len(parts))
    elif len(parts) > count:
        # Extra components are kept in the last one rather than lost.
        parts = [*parts[: count - 1], " ".join(p for p in parts[count - 1 :] if p.strip())]
    return parts


def clean(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def name_part(component: str, lists: bool) -> str:
    # vCard 3.0/4.0 N components are comma lists (two middle names); 2.1 has no lists,
    # so there a bare comma is part of the name.
    if lists and "," in component:
        values = (clean(unescape(v)) for v in split_unescaped(component, ","))
        return " ".join(v for v in values if v)
    return clean(unescape(component))
