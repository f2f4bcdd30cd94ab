"""Sort keys that put "Élodie" next to "Elias" and "Łukasz" next to "Lukas"."""

from __future__ import annotations

import functools
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th"})


def sort_key(text: str) -> str:
    if text.isascii():  # nothing to decompose or strip: the common case, made cheap
        return " ".join(text.lower().split())
    return folded_key(text)


def folded_key(text: str) -> str:
    """sort_key the long way, for any text."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_SPECIAL).split())


def person_sort_key(first_name: str, last_name: str) -> str:
    # The key of "first last". ASCII names fold in one go (cheaper than a cache look-up
    # when most first names are new). Otherwise it is the keys of the parts joined (folding
    # works letter by letter, spaces are normalised either way): parts repeat across an
    # address book (first names above all), so each is folded once.
    whole = f"{first_name} {last_name}"
    if whole.isascii():
        return " ".join(whole.lower().split())
    first, last = _part_key(first_name), _part_key(last_name)
    return f"{first} {last}" if first and last else first or last


@functools.lru_cache(maxsize=65_536)
def _part_key(text: str) -> str:
    return sort_key(text)
