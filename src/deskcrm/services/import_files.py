"""Reading contact files for import (encoding, CSV dialect, vCards), errors naming file and line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from deskcrm.errors import DeskCrmError

MAX_FIELD = 20 * 1024 * 1024


class ImportFileError(DeskCrmError):
    """The file cannot be read as contacts; the message names the file, line and problem."""


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then UTF-8, then charset-normalizer."""
    if not data.strip():
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


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str, str]:
    """Header, (line number, cells) rows, encoding and delimiter."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: {exc.strerror}") from exc
    content, encoding = decode(path, data)
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
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise ImportFileError(f"{path}, line {reader.line_num}: {exc}") from exc
    if not header or not any(h.strip() for h in header):
        raise ImportFileError(f"{path}: no header row")
    if not rows:
        raise ImportFileError(f"{path}: only a header row, no contacts")
    return [h.strip() for h in header], rows, encoding, delimiter


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
        with Path(path).open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return b"BEGIN:VCARD" in head.upper() or b"B\x00E\x00G\x00I\x00N\x00:\x00V\x00C" in head


def read_vcards(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """vCards (2.1, 3.0, 4.0; folded lines, quoted-printable, several emails and phones)
    as rows under VCARD_HEADER, each numbered by the line its card starts on."""
    import vobject

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: {exc.strerror}") from exc
    content, encoding = decode(path, data)
    starts = [
        i + 1
        for i, line in enumerate(content.splitlines())
        if line.strip().upper() == "BEGIN:VCARD"
    ]
    if not starts:
        raise ImportFileError(f"{path}: no BEGIN:VCARD — not a vCard file")
    rows: list[tuple[int, list[str]]] = []
    try:
        for index, card in enumerate(vobject.readComponents(content, ignoreUnreadable=True)):
            line = starts[index] if index < len(starts) else starts[-1]
            rows.append((line, _card_cells(card)))
    except Exception as exc:  # vobject raises ParseError (and friends) with a line number
        failed_at = getattr(exc, "lineNumber", None)
        where = f", line {failed_at}" if failed_at else ""
        raise ImportFileError(f"{path}{where}: not a readable vCard ({exc})") from exc
    if len(rows) < len(starts):
        raise ImportFileError(f"{path}, line {starts[len(rows)]}: a vCard without END:VCARD")
    if not rows:
        raise ImportFileError(f"{path}: no vCards in the file")
    return VCARD_HEADER, rows, encoding


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
    return [
        text(values("fn")[0]) if values("fn") else "",
        getattr(n, "given", "") if n else "",
        getattr(n, "family", "") if n else "",
        org[0] if isinstance(org, list) and org else text(org),
        text(values("title")[0]) if values("title") else "",
        " ; ".join(text(v) for v in values("email")),
        " ; ".join(text(v) for v in values("tel")),
        getattr(adr, "street", "") if adr else "",
        getattr(adr, "code", "") if adr else "",
        getattr(adr, "city", "") if adr else "",
        getattr(adr, "country", "") if adr else "",
        text(values("bday")[0])[:10] if values("bday") else "",
        text(values("note")[0]) if values("note") else "",
        " ; ".join(str(c) for c in categories),
    ]
