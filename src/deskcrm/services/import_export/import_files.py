"""Reading contact files for import (encoding, CSV dialect, vCards), errors naming file and line."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from deskcrm.domain.validation import MAX_TEXT
from deskcrm.errors import DeskCrmError

MAX_FIELD = 20 * 1024 * 1024  # one CSV cell or one vCard property (as read, before clipping)
MAX_FILE = 200 * 1024 * 1024  # one import file: ten times a 100,000-contact export
# vCard properties an import reads; all others (PHOTO, LOGO, SOUND, KEY, X-…) are skipped
# as the file is read, whatever their size.
_VCARD_READ = frozenset(
    ("VERSION", "FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "BDAY", "NOTE", "CATEGORIES")
)
# How much of one property vobject is given: notes are clipped to MAX_TEXT characters
# anyway, and vobject needs about 150 bytes of memory per byte of a long property.
_VCARD_VALUE_CHARS = 4 * MAX_TEXT


class ImportFileError(DeskCrmError):
    """The file cannot be read as contacts; the message names the file, line and problem."""


def _refuse_unless_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ImportFileError(f"{path}: this is a folder; choose a CSV or vCard file in it")
    if not stat.S_ISREG(mode):
        raise ImportFileError(
            f"{path}: this is a device, pipe or socket, not a file;"
            " save the contacts to a CSV or vCard file and import that"
        )


def _too_big(path: Path, size: int) -> ImportFileError:
    return ImportFileError(
        f"{path}: the file is larger than {MAX_FILE // 2**20} MB"
        f"{f' ({size / 2**20:.0f} MB)' if size > MAX_FILE else ''}; split it into smaller files"
    )


def read_import_file(path: Path) -> bytes:
    """The bytes of an import file. Folders, devices and pipes are refused before they are
    opened (/dev/zero never ends, a FIFO blocks forever), and so is a file over MAX_FILE."""
    try:
        _refuse_unless_regular(path, os.stat(path).st_mode)
        # Non-blocking, in case it was swapped for a pipe after the check; fstat again.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ImportFileError(f"{path}: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        _refuse_unless_regular(path, info.st_mode)
        if info.st_size > MAX_FILE:
            raise _too_big(path, info.st_size)
        try:
            data = fh.read(MAX_FILE + 1)
        except OSError as exc:
            raise ImportFileError(f"{path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE:
        raise _too_big(path, len(data))
    return data


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then UTF-8, then charset-normalizer."""
    if not data or data.isspace():  # not data.strip(): that copies a 200 MB file
        raise ImportFileError(f"{path}: the file is empty")
    for bom, name in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"{path}: not valid {name} text ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{path}: this is a binary file, not CSV text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    japanese = _japanese(data)
    if japanese is not None:
        return japanese, "shift_jis"
    from charset_normalizer import from_bytes

    results = from_bytes(data[:200_000])
    best = results.best()
    encoding = best.encoding if best is not None else "cp1252"
    # Short files fit several Windows code pages; Excel's "CSV" on a western Windows is
    # cp1252, so it wins whenever it is among the plausible readings.
    if encoding != "cp1252" and any(match.encoding == "cp1252" for match in results):
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(f"{path}: cannot tell which text encoding this is") from exc


def _japanese(data: bytes) -> str | None:
    """The text of a Shift_JIS file (Japanese Windows and Excel), else None. Short files
    also read as Korean or Chinese code pages; kana appear only in Japanese."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    kana = sum(1 for ch in text[:20_000] if "\u3041" <= ch <= "\u30ff")
    return text if kana >= 2 else None


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str, str]:
    """Header, (line number, cells) rows, encoding and delimiter."""
    content, encoding = decode(path, read_import_file(Path(path)))
    sample = content[:16_384]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        header = next(reader, None)
        preamble: list[list[str]] = []
        # LinkedIn's Connections.csv opens with a "Notes:" paragraph and a blank line
        # before its header: lines of at most one cell before a row of several are not
        # the header.
        while header is not None and _filled(header) <= 1 and len(preamble) < _MAX_PREAMBLE:
            following = next(reader, None)
            if following is None:
                break
            preamble.append(header)
            header = following
        if header is not None and _filled(header) <= 1 and preamble:
            # No row of several cells came: a one-column file after all.
            rows.extend((i + 2, cells) for i, cells in enumerate([*preamble[1:], header]))
            header = preamble[0]
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise ImportFileError(f"{path}, line {reader.line_num}: {exc}") from exc
    rows = [(line, cells) for line, cells in rows if any(c.strip() for c in cells)]
    if not header or not any(h.strip() for h in header):
        raise ImportFileError(f"{path}: no header row")
    if not rows:
        raise ImportFileError(f"{path}: only a header row, no contacts")
    return [h.strip() for h in header], rows, encoding, delimiter


# How many lines of at most one cell may come before a CSV file's header.
_MAX_PREAMBLE = 20


def _filled(cells: list[str]) -> int:
    return sum(1 for c in cells if c.strip())


VCARD_HEADER = [
    "Full Name",
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "Emails",
    "Phones",
    "Street",
    "Postal code",
    "City",
    "Country",
    "Birthday",
    "Notes",
    "Tags",
]


def is_vcard(path: Path) -> bool:
    if Path(path).suffix.lower() in (".vcf", ".vcard"):
        return True
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # never opened here: reading it says what is wrong
        with Path(path).open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return b"BEGIN:VCARD" in head.upper() or b"B\x00E\x00G\x00I\x00N\x00:\x00V\x00C" in head


def read_vcards(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """vCards (2.1, 3.0, 4.0; folded lines, quoted-printable, several emails and phones)
    as rows under VCARD_HEADER, each numbered by the line its card starts on.

    The file is read card by card, and vobject sees only the properties an import uses,
    each clipped to what is kept of it: a 21 MB photo or a 50 MB note costs no more
    memory than the file itself."""
    import vobject

    content, encoding = decode(path, read_import_file(Path(path)))
    rows: list[tuple[int, list[str]]] = []
    for start, card_text in _vcard_texts(path, content):
        try:
            card = vobject.readOne(card_text, ignoreUnreadable=True)
            rows.append((start, _card_cells(card)))
        except MemoryError:
            raise
        except Exception as exc:  # vobject raises ParseError (and friends) with a line number
            failed_at = getattr(exc, "lineNumber", None)
            line = start + failed_at - 1 if isinstance(failed_at, int) and failed_at > 0 else start
            raise ImportFileError(f"{path}, line {line}: not a readable vCard ({exc})") from exc
    if not rows:
        raise ImportFileError(f"{path}: no BEGIN:VCARD … END:VCARD — not a vCard file")
    return VCARD_HEADER, rows, encoding


def _physical_lines(content: str) -> Iterator[str]:
    """The lines of a text one at a time (splitlines would hold a second copy of it)."""
    newline = "\n" if "\n" in content else "\r"
    start, size = 0, len(content)
    while start < size:
        end = content.find(newline, start)
        end = size if end == -1 else end
        yield content[start:end].rstrip("\r")
        start = end + 1


def _vcard_texts(path: Path, content: str) -> Iterator[tuple[int, str]]:
    """(line it starts on, text) of each card, holding only the properties read."""
    card_start = 0  # 0: outside a card
    depth = 0  # vCards nested in AGENT properties are skipped whole
    kept: list[str] = []  # the card's lines so far
    keeping = False  # the current property is one we read
    kept_chars = 0  # of the current property, as given to vobject
    seen_chars = 0  # of the current property, as in the file
    quoted_printable = soft_break = False  # vCard 2.1: a line ending in "=" goes on
    property_line, property_name = 0, ""
    for number, line in enumerate(_physical_lines(content), start=1):
        # Only the start of a line is looked at: a 50 MB line is never copied whole.
        head = line[:200]
        upper = head.strip().upper() if len(line) < 200 else ""
        folded = line[:1] in (" ", "\t")
        continued = soft_break and upper not in ("BEGIN:VCARD", "END:VCARD")
        soft_break = quoted_printable and line.endswith("=")
        if card_start and (folded or continued):
            seen_chars += len(line)
            if keeping and seen_chars > MAX_FIELD:
                raise ImportFileError(
                    f"{path}, line {property_line}, {property_name}:"
                    f" longer than {MAX_FIELD // 2**20} MB"
                )
            if keeping and kept_chars < _VCARD_VALUE_CHARS:
                line = line[: _VCARD_VALUE_CHARS - kept_chars]
                kept_chars += len(line)
                kept.append(line)
            continue
        quoted_printable = soft_break = False
        if upper == "BEGIN:VCARD":
            if card_start:
                depth += 1
            else:
                card_start, kept = number, ["BEGIN:VCARD"]
            keeping = False
            continue
        if upper == "END:VCARD" and card_start:
            if depth:
                depth -= 1
            else:
                yield card_start, "\r\n".join([*kept, "END:VCARD"]) + "\r\n"
                card_start, kept = 0, []
            keeping = False
            continue
        if not card_start or depth:
            continue  # text around the cards, or inside a nested one
        name = head.split(":", 1)[0].split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
        keeping = name in _VCARD_READ and ":" in head
        if not keeping:
            continue
        property_line, property_name, seen_chars = number, name[:40], len(line)
        if seen_chars > MAX_FIELD:
            raise ImportFileError(
                f"{path}, line {number}, {name}: longer than {MAX_FIELD // 2**20} MB"
            )
        line = line[:_VCARD_VALUE_CHARS]
        kept_chars = len(line)
        quoted_printable = "QUOTED-PRINTABLE" in head.split(":", 1)[0].upper()
        soft_break = quoted_printable and line.endswith("=")
        kept.append(line)
    if card_start:
        raise ImportFileError(f"{path}, line {card_start}: a vCard without END:VCARD")


def _card_cells(card) -> list[str]:
    def values(name: str) -> list:
        return [item.value for item in card.contents.get(name, [])]

    def text(value: object) -> str:
        return (
            value
            if isinstance(value, str)
            else " ".join(str(v) for v in value)
            if isinstance(value, list)
            else str(value or "")
        )

    n = values("n")[0] if values("n") else None
    adr = values("adr")[0] if values("adr") else None
    org = values("org")[0] if values("org") else ""
    categories = [
        c for value in values("categories") for c in (value if isinstance(value, list) else [value])
    ]

    def part(value: object, name: str) -> str:
        # vobject gives a component as a list where the card has a comma in it
        # ("N:Smith;John,Paul;;;"): every part is text by the time it is a cell.
        return text(getattr(value, name, "")) if value else ""

    return [
        text(values("fn")[0]) if values("fn") else "",
        part(n, "given"),
        part(n, "family"),
        text(org[0]) if isinstance(org, list) and org else text(org),
        text(values("title")[0]) if values("title") else "",
        " ; ".join(text(v) for v in values("email")),
        " ; ".join(text(v) for v in values("tel")),
        part(adr, "street"),
        part(adr, "code"),
        part(adr, "city"),
        part(adr, "country"),
        text(values("bday")[0])[:10] if values("bday") else "",
        text(values("note")[0]) if values("note") else "",
        " ; ".join(str(c) for c in categories),
    ]
