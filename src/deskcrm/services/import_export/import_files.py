"""Reading contact files for import: the bytes (devices, pipes and huge files refused), their
encoding, the CSV dialect and header; errors name the file and line. vCards are read by
vcard_reader."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from pathlib import Path

from deskcrm.errors import DeskCrmError

MAX_FIELD = 20 * 1024 * 1024  # one CSV cell (as read, before clipping)
MAX_FILE = 200 * 1024 * 1024  # one import file: ten times a 100,000-contact export


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
    """Text and the encoding it was in: BOMs first, then UTF-8, then guess_legacy_encoding."""
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
    encoding = guess_legacy_encoding(data[:200_000])
    try:
        return data.decode(encoding), "shift_jis" if encoding == "cp932" else encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(f"{path}: cannot tell which text encoding this is") from exc


# The code pages a Western or Central-European Windows program writes, most likely first:
# on a tie between them the first wins.
_WESTERN = ("cp1252", "cp1250", "iso8859_15")
# Typographic marks Western text uses; any other non-letter is a sign of the wrong code page.
_WESTERN_MARKS = frozenset("“”‘’‚„–—…€«»¿¡°§·•\xa0©®™×")
_VOWELS = frozenset("aeiouyAEIOUYáéíóúÁÉÍÓÚ")


def guess_legacy_encoding(sample: bytes) -> str:
    """The encoding of text that is not UTF-8 and has no BOM (`sample`: up to a few hundred
    KB of it). Japanese (kana in Shift_JIS) first; then, when the text reads as Latin
    letters inside words in one of them, the best of cp1252, cp1250 and ISO-8859-15 (cp1252 on a
    tie); charset-normalizer only for text that is not Latin (Cyrillic, Greek, Chinese...).
    A short Western file fits many code pages, and charset-normalizer's pick among them
    (johab for "José;Muñoz") is no better than chance."""
    if _japanese(sample):
        return "cp932"
    readings = {}
    for name in _WESTERN:
        try:
            readings[name] = sample.decode(name)
        except UnicodeDecodeError:
            continue
    if readings and max(_latin_share(text) for text in readings.values()) >= 0.5:
        scores = {name: _western_score(text) for name, text in readings.items()}
        top = max(scores.values())
        tied = [name for name in _WESTERN if scores.get(name) == top]
        return tied[0] if len(tied) == 1 else _tie_break(sample, tied)
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return best.encoding if best is not None else "cp1252"


def _latin_share(text: str) -> float:
    """The share of non-ASCII characters that are letters next to an ASCII letter, as
    accented letters in Western words are ("José", "Müller"); other scripts read in
    cp1252 make runs of accented letters ("Èâàí") and symbols."""
    total = inside = 0
    last = len(text) - 1
    for index, char in enumerate(text):
        if char.isascii():
            continue
        total += 1
        if not char.isalpha():
            continue
        before = text[index - 1] if index else ""
        after = text[index + 1] if index < last else ""
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            inside += 1
    return inside / total if total else 1.0


def _western_score(text: str) -> int:
    """Letters count for a reading, stray symbols and control characters against it; ñ
    comes before a vowel (Spanish "Muñoz"), Polish ń before a consonant ("Iksiński")."""
    score = 0
    last = len(text) - 1
    for index, char in enumerate(text):
        if char.isascii():
            continue
        if char.isalpha():
            score += 1
            if char in "ñÑńŃ":
                after = text[index + 1] if index < last else ""
                before_vowel = after in _VOWELS and after != ""
                if before_vowel != (char in "ñÑ"):
                    score -= 1
        elif char not in _WESTERN_MARKS:
            score -= 2
    return score


def _tie_break(sample: bytes, tied: list[str]) -> str:
    """cp1252 (the first) unless charset-normalizer finds another of them clearly more
    coherent."""
    from charset_normalizer import from_bytes

    coherence = {match.encoding: match.coherence for match in from_bytes(sample)}
    first = tied[0]
    best = max(tied, key=lambda name: coherence.get(name, 0.0))
    if coherence.get(best, 0.0) - coherence.get(first, 0.0) >= 0.1:
        return best
    return first


def _japanese(sample: bytes) -> bool:
    """Whether the text is Shift_JIS (Japanese Windows and Excel; read as its superset
    cp932). Short files also read as Korean or Chinese code pages; kana appear only in
    Japanese. A character cut at the end of the sample is not a reason to say no."""
    try:
        text = codecs.getincrementaldecoder("cp932")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return sum(1 for ch in text[:20_000] if "\u3041" <= ch <= "\u30ff") >= 2


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
            lines = enumerate([*preamble[1:], header], start=2)
            rows.extend((line, cells) for line, cells in lines if _filled(cells))
            header = preamble[0]
        for cells in reader:
            if "".join(cells).strip():  # rows of empty cells are no one (and join is quick)
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise ImportFileError(f"{path}, line {reader.line_num}: {exc}") from exc
    if not header or not any(h.strip() for h in header):
        raise ImportFileError(f"{path}: no header row")
    if not rows:
        raise ImportFileError(f"{path}: only a header row, no contacts")
    return _named_columns([h.strip() for h in header], rows), rows, encoding, delimiter


def _named_columns(header: list[str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """The header with a name a user can find in a spreadsheet for each column without
    one that holds a value in some row: "column 7 (G, e.g. “abc”)" (cells past the end of
    the header count). A column without a name and without a value (the trailing comma many
    exporters write) stays nameless: it holds nothing to import or to report."""
    width = max(len(header), max(len(cells) for _line, cells in rows))
    named = header + [""] * (width - len(header))
    for index in range(width):
        if named[index]:
            continue
        sample = next(
            (cells[index].strip() for _line, cells in rows if _has_value(cells, index)), ""
        )
        if sample:
            named[index] = unnamed_column(index, sample)
    while len(named) > len(header) and not named[-1]:
        named.pop()
    return named


def _has_value(cells: list[str], index: int) -> bool:
    return index < len(cells) and bool(cells[index].strip())


def spreadsheet_letters(index: int) -> str:
    """A column's letters as spreadsheets show them: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


_SAMPLE_CHARS = 20


def unnamed_column(index: int, sample: str) -> str:
    """How the import names a column its header leaves empty: its number, its spreadsheet
    letters and its first value, "column 7 (G, e.g. “abc”)"."""
    first_line = sample.splitlines()[0]
    if len(first_line) > _SAMPLE_CHARS or first_line != sample:
        cut = first_line[: _SAMPLE_CHARS + 1]
        # At the last space, so no word is cut in two (unless it is one long word).
        cut = cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut[:_SAMPLE_CHARS]
        first_line = cut.rstrip() + "…"
    return f"column {index + 1} ({spreadsheet_letters(index)}, e.g. “{first_line}”)"


# How many lines of at most one cell may come before a CSV file's header.
_MAX_PREAMBLE = 20


def _filled(cells: list[str]) -> int:
    return sum(1 for c in cells if c.strip())


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
