"""A row's cells as text: one cell read (the ' a spreadsheet-safe export puts before
= + - @ undone), several joined, and the e-mail addresses and phone numbers of one cell
split apart."""

from __future__ import annotations

import re

_SPLIT_EMAILS = re.compile(r"[;,\s]+")
_SPLIT_PHONES = re.compile(r"\s*(?:;|,| ::: )\s*")
# What a spreadsheet-safe CSV export puts a ' before (DeskCRM's does): the ' is undone.
FORMULA = ("=", "+", "-", "@")


def cell(cells: list[str], i: int) -> str:
    if i < 0 or i >= len(cells):
        return ""
    value = cells[i].strip()
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA else value


def split_emails(text: str) -> list[str]:
    """The addresses of one cell: several may be separated by ; , or spaces."""
    if text.isprintable() and " " not in text and "," not in text and ";" not in text:
        return [text]  # one address, the usual case: no need for the pattern
    return _SPLIT_EMAILS.split(text)


def split_phones(text: str) -> list[str]:
    if not text:
        return []
    if ";" not in text and "," not in text and ":::" not in text:
        return [text]  # one number, the usual case: no need for the pattern
    return [raw for raw in _SPLIT_PHONES.split(text) if raw.strip()]


def joined(cells: list[str], columns: list[int]) -> str:
    """The non-empty cells of several columns, one a line (an address's street lines)."""
    if len(columns) == 1:
        return cell(cells, columns[0])
    return "\n".join(v for v in (cell(cells, i) for i in columns) if v)
