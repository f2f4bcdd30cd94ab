"""Bytes to logical lines: the encoding a BOM or NUL bytes give away, line ends, folding,
QUOTED-PRINTABLE soft breaks, photo data dropped, and the charset helpers the reader
decodes values with (CHARSET lookup, legacy-encoding guess, quoted-printable)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from deskcrm.services.import_export.import_files import guess_legacy_encoding

# One property's value as read (before decoding). Photos are never kept; a note or an
# Outlook design blob beyond this is cut and reported, so memory stays bounded.
MAX_VALUE_BYTES = 1024 * 1024
# How much of the undeclared non-UTF-8 text charset-normalizer is shown to guess from.
_GUESS_SAMPLE = 64 * 1024

BINARY_PROPERTIES = frozenset((b"PHOTO", b"LOGO", b"SOUND", b"KEY"))
# Names a QUOTED-PRINTABLE soft break must not swallow: a producer that leaves a stray
# "=" at the end of a value is more likely than a value line that starts like these.
_KNOWN_PROPERTIES = frozenset(
    b"BEGIN END VERSION FN N NICKNAME ORG TITLE ROLE EMAIL TEL ADR LABEL URL BDAY NOTE "
    b"CATEGORIES UID PHOTO LOGO SOUND KEY REV PRODID GEO TZ CLASS PROFILE SOURCE MAILER "
    b"SORT-STRING IMPP KIND ANNIVERSARY GENDER LANG RELATED MEMBER FBURL".split()
)
_LOOKS_LIKE_PROPERTY = re.compile(rb"^(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)[;:]")
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=]+\s*$")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})|=$")


def bom_or_nul_encoding(data: bytes) -> str | None:
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


def physical_lines(data: bytes) -> list[bytes]:
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
    return b"QUOTED-PRINTABLE" in head, name in BINARY_PROPERTIES


def _soft_break_continues(line: bytes) -> bool:
    upper = line.strip().upper()
    if upper in (b"BEGIN:VCARD", b"END:VCARD"):
        return False
    match = _LOOKS_LIKE_PROPERTY.match(line)
    return not (match and match.group(1).upper() in _KNOWN_PROPERTIES)


def logical_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes, bool]]:
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


def decode_quoted_printable(raw: bytes) -> bytes:
    return _QP_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1).decode()) if m.group(1) else b"", raw)


def lookup_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def report_name(codec_name: str) -> str:
    name = codecs.lookup(codec_name).name
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    return "utf-8" if name == "utf-8-sig" else name


def guess_encoding(samples: list[bytes]) -> str:
    """The encoding of text the file does not declare and that is not UTF-8."""
    sample = b"\n".join(samples)[:_GUESS_SAMPLE]
    return lookup_codec(guess_legacy_encoding(sample)) or "cp1252"


def is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
