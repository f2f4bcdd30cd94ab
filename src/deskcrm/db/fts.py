"""The contact search index (SQLite: FTS5; PostgreSQL: a tsvector table, see
db/dialects): keeping it in sync and turning typed text into a query."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db import dbapi, dialects
from deskcrm.domain.phone_search import search_tokens

# What a contact is found by. `name` holds first, last, middle name, nickname and the
# display name (a whole name the source wrote, when not just the parts); `notes`
# also title, department, every address's city and postal code (the first one's from the
# contact row, which mirrors it) and websites. Kept in the index's six columns so that a
# change of what is indexed needs no migration of the FTS table.
# {agg} joins several values: SQLite's group_concat, PostgreSQL's string_agg. The phones
# column is left empty here and filled from _phones (domain.phone_search: a number's
# national forms are worked out in Python, as index_values does for bulk writes).
_INDEX_SELECT_TEMPLATE = """
SELECT c.id,
       trim(c.first_name || ' ' || c.last_name || ' ' || c.middle_name || ' ' || c.nickname
            || ' ' || c.display_name),
       coalesce(co.name, ''),
       coalesce((SELECT {agg}(e.address, ' ') FROM contact_email e
                 WHERE e.contact_id = c.id), ''),
       '',
       c.title || ' ' || c.department || ' ' || c.city || ' ' || c.postal_code || ' '
       || coalesce((SELECT {agg}(a.city || ' ' || a.postal_code, ' ')
                    FROM contact_address a WHERE a.contact_id = c.id AND a.position > 0), '')
       || ' ' || coalesce((SELECT {agg}(u.url, ' ') FROM contact_url u
                           WHERE u.contact_id = c.id), '')
       || ' ' || c.notes
FROM contact c LEFT JOIN company co ON co.id = c.company_id
"""
_INDEX_SELECT = _INDEX_SELECT_TEMPLATE.format(agg="group_concat")


def _index_select(session: Session) -> str:
    agg = dialects.of(session).FTS_AGGREGATE
    return _INDEX_SELECT if agg == "group_concat" else _INDEX_SELECT_TEMPLATE.format(agg=agg)


INDEX_COLUMNS = ("rowid", "name", "company", "emails", "phones", "notes")


def index_values(
    contact_id: int,
    first_name: str,
    last_name: str,
    company: str,
    emails: Iterable[str],
    phones: Iterable[tuple[str, str]],
    title: str,
    city: str,
    notes: str,
    *,
    middle_name: str = "",
    nickname: str = "",
    display_name: str = "",
    department: str = "",
    postal_code: str = "",
    other_places: Iterable[tuple[str, str]] = (),
    websites: Iterable[str] = (),
) -> tuple[int, str, str, str, str, str]:
    """The row _INDEX_SELECT makes, built from values already in memory (bulk writes).
    `other_places`: (city, postal code) of the addresses after the first."""
    places = " ".join(f"{place} {code}" for place, code in other_places)
    return (
        contact_id,
        f"{first_name} {last_name} {middle_name} {nickname} {display_name}".strip(" "),
        company,
        " ".join(emails),
        " ".join(search_tokens(number, digits) for number, digits in phones),
        f"{title} {department} {city} {postal_code} {places} {' '.join(websites)} {notes}",
    )


def insert_rows(session: Session, rows: Iterable[tuple[int, str, str, str, str, str]]) -> None:
    """Index contacts new to the index from index_values rows (one executemany)."""
    dbapi.insert_rows(session, "contact_fts", INDEX_COLUMNS, list(rows))


def insert_rows_meanwhile(
    session: Session,
) -> AbstractContextManager[Callable[[Sequence[tuple[int, str, str, str, str, str]]], None]]:
    """Gives `add(rows)`: index_values rows added are indexed on another thread while the
    caller builds other rows (dbapi.insert_rows_meanwhile: the block must not use the
    session)."""
    return dbapi.insert_rows_meanwhile(session, "contact_fts", INDEX_COLUMNS)


def refresh_contacts(session: Session, contact_ids: Iterable[int]) -> None:
    """Re-index the given contacts (after any change to them, their emails or phones)."""
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM contact_fts WHERE rowid IN ({marks})"))
        _index(session, f" WHERE c.id IN ({marks})", f" WHERE p.contact_id IN ({marks})")


def remove_contacts(session: Session, contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        marks = ",".join(str(int(i)) for i in ids[start : start + 500])
        session.execute(text(f"DELETE FROM contact_fts WHERE rowid IN ({marks})"))


def refresh_company(session: Session, company_id: int) -> None:
    rows = session.execute(
        text("SELECT id FROM contact WHERE company_id = :cid"), {"cid": company_id}
    )
    refresh_contacts(session, [r[0] for r in rows])


def rebuild(session: Session) -> None:
    """Re-index every contact (after a bulk load)."""
    session.execute(text("DELETE FROM contact_fts"))
    _index(session, "", "")


def _index(session: Session, contacts_where: str, phones_where: str) -> None:
    """Index the contacts `contacts_where` selects (their phones: `phones_where`)."""
    phones = _phones(session, phones_where)
    rows = [
        (row[0], row[1], row[2], row[3], phones.get(row[0], ""), row[5])
        for row in session.execute(text(_index_select(session) + contacts_where))
    ]
    insert_rows(session, rows)


def _phones(session: Session, where: str) -> dict[int, str]:
    """The phones column of the index, by contact id, in the contact's order."""
    tokens: dict[int, list[str]] = {}
    for contact_id, number, digits in session.execute(
        text(
            "SELECT p.contact_id, p.number, p.digits FROM contact_phone p"
            f"{where} ORDER BY p.contact_id, p.position, p.id"
        )
    ):
        tokens.setdefault(contact_id, []).append(search_tokens(number, digits))
    return {contact_id: " ".join(words) for contact_id, words in tokens.items()}


_TOKEN_SPLIT = re.compile(r"\s+")


# Only what people type inside a phone number: "079 123 45 67", "+41 (0)79-123/4567".
_PHONE_LIKE = re.compile(r"^\+?[\d\s()./-]+$")


def match_expression(typed: str) -> str | None:
    """Each typed word becomes a quoted prefix term, all required: 'ann mü' ->
    '"ann"* AND "mü"*'. Quotes are doubled so nothing typed is FTS syntax.

    A phone number typed with spaces or dashes is also looked up as one run of digits
    (the index holds each number as "+41791234567 0791234567 791234567", one token each:
    international, national with and without the trunk prefix; domain.phone_search)."""
    terms = []
    for word in _TOKEN_SPLIT.split(typed.strip()):
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"*')
    if not terms:
        return None
    words = " AND ".join(terms)
    digits = "".join(ch for ch in typed if ch.isdigit())
    plain_digits = typed.strip().isdigit()  # already one token: nothing to join
    if not plain_digits and _PHONE_LIKE.match(typed.strip()) and len(digits) >= 3:
        return f'"{digits}"* OR ({words})'
    return words


def matching_ids_sql() -> str:
    """A sub-select of contact ids matching :match (bind the match_expression)."""
    return "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :match"


def indexed_row(session: Session, contact_id: int) -> tuple[str, ...] | None:
    """What the index holds for one contact (name, company, emails, phones, notes columns),
    or None when it is not indexed: for checks that every write path indexes alike."""
    row = session.execute(
        text(f"SELECT {', '.join(INDEX_COLUMNS[1:])} FROM contact_fts WHERE rowid = :c"),
        {"c": contact_id},
    ).first()
    return tuple(row) if row is not None else None
