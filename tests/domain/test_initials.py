"""Initials avatars (issue 19): what the circle beside a name shows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcrm.domain.names import initials


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anna Müller", "AM"),
        ("Anna Maria Müller", "AM"),
        ("amélie hartmann", "AH"),
        ("Øyvind", "Ø"),
        ("ann.lee@example.com", "A"),
        ("名無しの権兵衛", "名"),
        ("+48 42 320 11 50", "#"),
        ("", "#"),
        ("Dr. Ann Lee (Berlin office)", "AL"),
        ("O'Brien, Aoife", "OA"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@given(st.text())
def test_any_text_gives_one_or_two_signs(name: str) -> None:
    shown = initials(name)
    assert 1 <= len(shown) <= 4  # an upper-cased letter may be two characters ("ß" → "SS")
    assert shown == "#" or all(ch.isalpha() for ch in shown)
