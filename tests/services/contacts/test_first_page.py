"""The contact list's first page (issue 18: search p95 ≤ 20 ms on a server): first_ids is
always the head of list_ids — same contacts, same order — whichever way it finds them
(gathering the matches, or walking names where matches are many), on both engines."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

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


@pytest.mark.parametrize(
    ("one_by_one_from", "one_by_one", "spread"),
    [(1, 2, 1), (1, 8, 1), (1, 200, 4), (5, 1, 1000), (1000, 5, 5)],
)
def test_a_file_walks_the_names_only_where_it_finds_the_same_page(
    db, services, people, monkeypatch, one_by_one_from: int, one_by_one: int, spread: int
) -> None:
    # SQLite counts the matches first: many are walked to (one by one, then against the
    # set of matches), few or late ones gathered; every way gives the whole list's head.
    on_file = db.engine.dialect.name == "sqlite"  # a server walks its own way (above)
    for i in range(12):  # matches that all sort last: the walks find no whole page
        services.contacts.create(ContactInput(first_name="Yusuf", last_name=f"Yilmaz {i}"))
    monkeypatch.setattr(contact_queries, "ONE_BY_ONE_FROM", one_by_one_from)
    monkeypatch.setattr(contact_queries, "WALK_ONE_BY_ONE", one_by_one)
    monkeypatch.setattr(contact_queries, "WALK_SPREAD", spread)
    ways: list[str] = []
    walked = contact_queries._first_page_walked

    def noted(session, match: str, limit: int):  # type: ignore[no-untyped-def]
        page = walked(session, match, limit)
        ways.append("gathered" if page is None else "walked")
        return page

    monkeypatch.setattr(contact_queries, "_first_page_walked", noted)
    contacts = services.contacts
    for typed in ("w", "wi", "in", "an", "mü", "y", "yi", "yusuf", "fair", "anna m", "zzz", "3"):
        for flt in (ContactFilter(text=typed), ContactFilter(text=typed, tag_id=None)):
            whole = contacts.list_ids(flt)
            for limit in (1, 3, 10, 100):
                assert contacts.first_ids(flt, limit) == whole[:limit], (typed, limit)
    if not on_file:
        assert ways == []
    elif one_by_one_from < 1000:  # some walked to; "zzz", and "y" where walks are short, not
        assert "walked" in ways and "gathered" in ways
    else:
        assert set(ways) == {"gathered"}


def test_a_search_sorts_its_matches_by_name_from_the_narrow_index_as_from_the_rows(
    db, services, people
) -> None:
    # On SQLite a search's matches are sorted from a narrow index (migration 0015): the
    # list is each match in (sort name, id) order, as the rows say, live or trashed,
    # tagged or not, either way round.
    services.bulk.add_tag(people[:30], "fair-goer")
    tag = next(t.id for t in services.tags.all_with_counts() if t.name == "fair-goer")
    with db.engine.connect() as conn:
        names = dict(conn.execute(text("SELECT id, sort_name FROM contact")).all())
    contacts = services.contacts
    for typed in ("w", "in", "fair", "mü", "fair 2"):
        for flt in (
            ContactFilter(text=typed),
            ContactFilter(text=typed, descending=True),
            ContactFilter(text=typed, in_trash=True),
            ContactFilter(text=typed, tag_id=tag),
        ):
            found = contacts.list_ids(replace(flt, sort=ContactSort.EMAIL))  # from the rows
            expected = sorted(sorted(found), key=names.__getitem__, reverse=flt.descending)
            assert contacts.list_ids(flt) == expected, (typed, flt)
            assert contacts.first_ids(flt, 5) == expected[:5], (typed, flt)
