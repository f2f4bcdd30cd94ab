"""The name a contact goes by in lists, on cards and in reports, and the key it sorts by.

Someone a file knew only by an address or a number keeps no invented first name: their
name fields stay empty, as the source left them, and they are shown by what there is — the
whole name the source wrote, the nickname, the first email, the first phone. db/names.py
is the same rule in SQL; a test holds the two together.
"""

from __future__ import annotations

import re

from deskcrm.domain.sorting import person_sort_key
from deskcrm.domain.validation import display_phone

# A number in E.164: what someone known only by their phone would be shown as.
_E164 = re.compile(r"\+[1-9][0-9]{5,14}")


def readable(name: str) -> str:
    """A shown name that is a phone number in E.164 ("+491712345678") written the way the
    Phone column writes it ("+49 171 2345678"); any other name as it is."""
    if name[:1] == "+" and _E164.fullmatch(name):
        return display_phone(name)
    return name


def known_by(display_name: str, nickname: str, email: str, phone: str) -> str:
    """What someone without a first or last name goes by ("" if nothing)."""
    return display_name or nickname or email or phone


def shown_name(
    first: str,
    last: str,
    *,
    display_name: str = "",
    nickname: str = "",
    email: str = "",
    phone: str = "",
) -> str:
    """ "First Last"; without either, what known_by gives (a number made readable)."""
    return f"{first} {last}".strip(" ") or readable(known_by(display_name, nickname, email, phone))


def name_sort_key(
    first: str,
    last: str,
    *,
    display_name: str = "",
    nickname: str = "",
    email: str = "",
    phone: str = "",
) -> str:
    """The stored sort key (contact.sort_name): that of the name shown_name gives."""
    if first or last:
        return person_sort_key(first, last)
    return person_sort_key(known_by(display_name, nickname, email, phone), "")


def initials(name: str) -> str:
    """What an avatar shows for a name: the first letters of its first and last words
    ("Anna Maria Müller" → "AM", "Øyvind" → "Ø", "ann@example.com" → "A"). Writing
    without case or spaces (名無しの権兵衛) gives its first character; a name with no
    letter at all (a phone number) gives "#"."""
    bare = re.sub(r"\([^)]*\)", " ", name)  # "(Berlin office)" says where, not who
    # "Dr." and "Prof." say a title, not a name (when a name follows).
    titled = [word for word in bare.split() if not word.endswith(".")]
    if titled and "@" not in bare and len(titled) < len(bare.split()):
        bare = " ".join(titled)
    words = [word for word in re.split(r"[\s@._,;()\-+/]+", bare) if word]
    letters = [next((ch for ch in word if ch.isalpha()), "") for word in words]
    letters = [letter for letter in letters if letter]
    if not letters:
        return "#"
    if "@" in name or len(letters) == 1:
        return letters[0].upper()
    return (letters[0] + letters[-1]).upper()
