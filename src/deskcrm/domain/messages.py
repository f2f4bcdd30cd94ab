"""Marks user-facing messages written below the ui layer for translation.

`tr()` here changes nothing (no Qt below the ui); pyside6-lupdate finds the marked
strings, and the ui translates them where it shows them. Messages that embed values
("“x” is not a valid email address") stay in English.
"""

from __future__ import annotations


def tr(text: str) -> str:
    return text
