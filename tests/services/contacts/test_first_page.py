"""The contact list's first page (issue 18: search p95 ≤ 20 ms on a server): first_ids is
always the head of list_ids — same contacts, same order — whichever way it finds them
(gathering the matches, or walking names where matches are many), on both engines."""

from __future__ import annotations

import pytest

from deskcrm.db import contact_queries
from deskcrm.db.contact_queries import ContactFilter, ContactSort
from deskcrm.services.contacts.contacts import ContactInput

FIRST = ["Anna", "Annika", "Ben", "Bea", "Wiebke", "Willem", "Winston", "Ines", "Ingrid", "Zoë"]
LAST = ["Müller", "Miller", "Winter", "Brandt", "Inger", "Ångström", "Wild", "Innes"]


@pytest.fixture
def people(services) -> list[int]:
    ids = []
    for i in range(60):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)]
        data = ContactInput(first_name=first, last_name=last, notes=f"met at fair {i % 4}")
        ids.append(services.contacts.create(data).id)
    services.contacts.delete(ids[::9])  # trashed ones are never listed
    return ids


@pytest.mark.parametrize("walked", [5, 40, 4000])
def test_the_first_page_is_the_head_of_the_whole_list(
    services, people, monkeypatch, walked: int
) -> None:
    # However many names the walk looks at, the page is the same (a short walk finds a
    # whole page for few searches, and the rest are gathered).
    monkeypatch.setattr(contact_queries, "WALKED", walked)
    contacts = services.contacts
    for typed in ("w", "wi", "in", "an", "mü", "mu", "angs", "zo", "fair", "anna m", "zzz", ""):
        for flt in (
            ContactFilter(text=typed),
            ContactFilter(text=typed, sort=ContactSort.NAME, descending=True),
            ContactFilter(text=typed, sort=ContactSort.COMPANY),
            ContactFilter(text=typed, in_trash=True),
        ):
            whole = contacts.list_ids(flt)
            for limit in (1, 3, 10, 100):
                assert contacts.first_ids(flt, limit) == whole[:limit], (typed, flt, limit)
    assert len(contacts.list_ids(ContactFilter(text="wi"))) >= 10  # a search with pages
