"""The contact aggregate's reads: the list and search (ids in order, then rows by id), the
duplicate warning, a contact's emails, phones, addresses, websites, kept values and tags,
and emptying the trash (writes are in contact_writes).

SQLite-specific: the list and search read the FTS5 index (contact_fts MATCH, its rank) and
use "+" to keep SQLite off an index, so they stay SQL text; the rest are Core expressions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, func, text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db import dbapi, dialects, fts
from deskcrm.db.core_tables import contact
from deskcrm.db.names import readable, shown_name, shown_name_sql
from deskcrm.db.segment_queries import SegmentQuery
from deskcrm.db.tables import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUnparsed,
    ContactUrl,
    Tag,
)
from deskcrm.db.types import from_db_timestamp
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.sorting import sort_key


class ContactSort(StrEnum):
    NAME = "name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    LIFECYCLE = "lifecycle"
    LAST_CONTACTED = "last_contacted"


_ORDER = {
    ContactSort.NAME: "c.sort_name {d}",
    ContactSort.EMAIL: "c.primary_email = '', c.primary_email {d}",
    ContactSort.PHONE: "c.primary_phone = '', c.primary_phone {d}",
    ContactSort.LIFECYCLE: "c.lifecycle {d}, c.sort_name",
    ContactSort.LAST_CONTACTED: "c.last_contacted_at IS NULL, c.last_contacted_at {d}",
}
# Words people read sort by the names' key (domain.sorting): "Bäckerei" before "Bright",
# "Łódź" beside "Lodz", whatever the case. Neither engine's collation does that alike (a
# SQLite column compares bytes, NOCASE folds ASCII only), so these sort in Python on the
# value read with each id; empty values last either way, ties by name then id.
_FOLDED = {ContactSort.COMPANY: "co.name", ContactSort.CITY: "c.city"}


@dataclass(frozen=True, slots=True)
class ContactFilter:
    text: str = ""
    tag_id: int | None = None
    lifecycle: str | None = None
    company_id: int | None = None
    sort: ContactSort = ContactSort.NAME
    descending: bool = False
    in_trash: bool = False
    segment: SegmentQuery | None = None  # a saved segment's conditions, as SQL


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str  # E.164
    city: str
    lifecycle: str
    last_contacted_at: datetime | None
    shown: str = ""  # the name shown (db.names): "First Last", else what they go by

    @property
    def name(self) -> str:
        return self.shown or f"{self.first_name} {self.last_name}".strip()


def contact_ids(session: Session, flt: ContactFilter, limit: int | None = None) -> list[int]:
    """The ids the contact list shows for `flt`, in its order (the first `limit` only)."""
    # With a search text the FTS hits drive the query ("+" keeps SQLite from walking the
    # whole name index instead): 2 ms rather than 16 ms for a typical prefix over 100k.
    dialect = dialects.of(session)
    live = dialect.no_index("c.deleted_at") if flt.text else "c.deleted_at"
    where = [f"{live} IS NOT NULL" if flt.in_trash else f"{live} IS NULL"]
    params: dict[str, object] = {}
    if flt.text:
        match = dialect.fts_query(flt.text)
        if match is None:
            return []
        where.append(dialect.fts_ids_condition("c.id"))
        params["match"] = match
    if flt.lifecycle:
        where.append("c.lifecycle = :lifecycle")
        params["lifecycle"] = flt.lifecycle
    if flt.tag_id is not None:
        where.append("c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = :tag)")
        params["tag"] = flt.tag_id
    if flt.company_id is not None:
        where.append("c.company_id = :company")
        params["company"] = flt.company_id
    if flt.segment is not None:
        where.append(f"c.id IN ({flt.segment.ids_sql(dialect)})")
        params.update(flt.segment.params)
    join = "LEFT JOIN company co ON co.id = c.company_id" if flt.sort is ContactSort.COMPANY else ""
    if flt.sort in _FOLDED:
        # Three reads of one snapshot (the caller's read transaction): the ids by name (the
        # name index alone), then ids and values in table order (a scan, no lookups).
        source = f"FROM contact c {join} WHERE {' AND '.join(where)}"
        by_name = dialect.first_column(
            session, f"SELECT c.id {source} ORDER BY c.sort_name, c.id", params
        )
        ids = dialect.first_column(session, f"SELECT c.id {source} ORDER BY c.id", params)
        values = dialect.first_column(
            session, f"SELECT {_FOLDED[flt.sort]} {source} ORDER BY c.id", params
        )
        return _by_folded_value(by_name, ids, values, flt.descending)[:limit]
    direction = "DESC" if flt.descending else "ASC"
    order = _ORDER[flt.sort].format(d=direction)
    # A search in name order needs each match's id, trash date and sort name only: on
    # SQLite those come from a narrow index rather than the rows (migration 0015).
    by_id = flt.text and flt.sort is ContactSort.NAME and not flt.lifecycle
    table = dialect.contacts_by_id("c") if by_id and flt.company_id is None else "contact c"
    sql = f"SELECT c.id FROM {table} {join} WHERE {' AND '.join(where)} ORDER BY {order}, c.id"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return dbapi.first_column(session, sql, params)


# A search's first page on a server (first_ids). A short word (up to WALK_UP_TO letters:
# "in", "san", "fran") matches thousands of contacts: its first page is looked for among
# the first WALKED live contacts in name order, each checked against the index, and when a
# whole page of them matches there, that is the page (4–14 ms). Otherwise — fewer matches,
# or matches late in the alphabet, or a longer text — the matches are gathered and sorted
# as the whole list is, the first page only sent back. On a server, gathering the 18,000
# matches of a two-letter prefix and sorting them took 40–100 ms.
WALK_UP_TO = 5
WALKED = 4000


# A search's first page in a SQLite file (first_ids). At 100,000 contacts FTS5 lists a
# prefix's matches in a few milliseconds; at a million a first letter matches up to
# 800,000 of them, and gathering and sorting those took 100–250 ms a keystroke. So the
# matches are counted first, up to ONE_BY_ONE_FROM (1–2 ms at a million). Fewer are
# gathered and sorted (a common first name's 17,000 at a million: 16 ms, sorted by the
# narrow index of migration 0015). Where there are more, the first page is looked for
# by walking the live contacts in name order:
# - the first WALK_ONE_BY_ONE, each checked against the index (≈ 25 µs each; a common
#   letter's first page lies among its first 200: 2–12 ms);
# - then WALK_SPREAD times as many as a page would take if the matches were spread
#   evenly, against the set of matches, built once (≈ 3 ms for 20,000 matches, 20 ms for
#   130,000; the walk ≈ 0.3 µs a name): "d", "y" or "ro" at a million, 20–35 ms in all;
# - and only when neither holds a whole page are the matches all gathered (a letter
#   whose matches sort late, "t" or "x" at a million: 45–75 ms in all).
ONE_BY_ONE_FROM = 20_000
WALK_ONE_BY_ONE = 500
WALK_SPREAD = 4


def first_ids(session: Session, flt: ContactFilter, limit: int) -> list[int]:
    """The first `limit` ids of contact_ids(session, flt), in its order — without
    gathering every match where walking the first names is quicker (a common prefix,
    listed by name). The contact list shows these while the whole list is read."""
    dialect = dialects.of(session)
    typed = flt.text.strip()
    by_name = (
        flt.sort is ContactSort.NAME
        and not flt.descending
        and not flt.in_trash
        and flt.tag_id is None
        and flt.lifecycle is None
        and flt.company_id is None
        and flt.segment is None
    )
    match = dialect.fts_query(typed) if by_name and typed else None
    if match is None:
        return contact_ids(session, flt, limit)
    row_matches = dialect.fts_row_matches("f")
    if row_matches is None:  # SQLite
        return _first_page_walked(session, match, limit) or contact_ids(session, flt, limit)
    if 0 < len(typed) <= WALK_UP_TO and typed.isalpha():  # a server: one short word
        page = dialect.first_column(
            session,
            "SELECT c.id FROM (SELECT id, sort_name FROM contact WHERE deleted_at IS NULL"
            " ORDER BY sort_name, id LIMIT :walked) c WHERE EXISTS"
            f" (SELECT 1 FROM contact_fts f WHERE f.rowid = c.id AND {row_matches})"
            " ORDER BY c.sort_name, c.id LIMIT :limit",
            {"match": match, "limit": limit, "walked": WALKED},
        )
        if len(page) == limit:  # a whole page among the first names: the first page
            return page
    return contact_ids(session, flt, limit)


def _first_page_walked(session: Session, match: str, limit: int) -> list[int] | None:
    """SQLite: the first `limit` live contacts in name order whose index entry matches
    `match`, where walking the first names finds them (see ONE_BY_ONE_FROM); None when
    gathering every match is the quicker way."""
    counted, highest = session.execute(
        text(
            "SELECT (SELECT count(*) FROM (SELECT rowid FROM contact_fts"
            " WHERE contact_fts MATCH :match LIMIT :most)), (SELECT max(id) FROM contact)"
        ),
        {"match": match, "most": ONE_BY_ONE_FROM},
    ).one()
    if counted < ONE_BY_ONE_FROM:
        return None
    spread = WALK_SPREAD * limit * (highest or 0) // counted  # (ids: about as many as contacts)
    walks = (
        (WALK_ONE_BY_ONE, "EXISTS (SELECT 1 FROM contact_fts f WHERE f.rowid = c.id"
         " AND contact_fts MATCH :match)"),
        (max(limit, spread), "c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts"
         " MATCH :match)"),
    )  # fmt: skip
    for walked, matching in walks:
        last = session.execute(
            text(
                "SELECT sort_name, id FROM contact WHERE deleted_at IS NULL"
                " ORDER BY sort_name, id LIMIT 1 OFFSET :before"
            ),
            {"before": walked - 1},
        ).first()
        within = "" if last is None else " AND (c.sort_name, c.id) <= (:name, :id)"
        page = dbapi.first_column(
            session,
            f"SELECT c.id FROM contact c WHERE c.deleted_at IS NULL{within} AND {matching}"
            " ORDER BY c.sort_name, c.id LIMIT :limit",
            {"match": match, "limit": limit}
            | ({} if last is None else {"name": last[0], "id": last[1]}),
        )
        if len(page) == limit or last is None:  # a whole page, or every name walked
            return page
    return None


def _by_folded_value(
    by_name: list[int], ids: list[int], values: list[str | None], descending: bool
) -> list[int]:
    """The ids (`by_name`: in name order) sorted by their value's sort key, empty values
    last; `ids` and `values` pair each id with its value. Each distinct value is folded
    once: a few thousand companies among 100,000 people."""
    keys = {value: sort_key(value) for value in set(values) if value}
    ranked = sorted({key for key in keys.values() if key}, reverse=descending)
    rank = {key: position for position, key in enumerate(ranked)}
    value_rank: dict[str | None, int] = {v: rank[key] for v, key in keys.items() if key}
    empty = len(ranked)  # None, "" and blanks: after every value, either way
    rank_of = dict(zip(ids, [value_rank.get(value, empty) for value in values], strict=True))
    return sorted(by_name, key=rank_of.__getitem__)  # stable: ties stay in name order


def contact_rows(session: Session, ids: list[int]) -> dict[int, ContactRow]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    result = session.execute(
        text(
            "SELECT c.id, c.first_name, c.last_name, coalesce(co.name, ''), c.primary_email,"
            " c.primary_phone, c.city, c.lifecycle, c.last_contacted_at,"
            f" {shown_name_sql('c')}"
            " FROM contact c LEFT JOIN company co ON co.id = c.company_id"
            f" WHERE c.id IN ({marks})"
        )
    )
    rows = {}
    for r in result:
        last = from_db_timestamp(r[8]) if r[8] else None
        name = readable(r[9])
        rows[r[0]] = ContactRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], last, name)
    return rows


def search_ranked(session: Session, typed: str, limit: int) -> list[int]:
    """Best matches first (FTS5 rank), for the CLI and quick lookups."""
    dialect = dialects.of(session)
    match = dialect.fts_query(typed)
    if match is None:
        return []
    return dbapi.first_column(session, dialect.fts_rank_sql(), {"match": match, "limit": limit})


def count_live(session: Session) -> int:
    """Contacts out of the trash."""
    return session.execute(
        select(func.count()).select_from(Contact).where(col(Contact.deleted_at).is_(None))
    ).scalar_one()


def live_with_email(session: Session, address: str) -> list[tuple[int, str]]:
    """(id, name shown) of live contacts having this email (ignoring case)."""
    rows = session.execute(
        select(Contact.id, shown_name(contact.c))
        .select_from(ContactEmail)
        .join(Contact, col(Contact.id) == col(ContactEmail.contact_id))
        .where(col(ContactEmail.address) == address, col(Contact.deleted_at).is_(None))
    )
    return [(r[0], r[1]) for r in rows]


def live_with_phone(session: Session, number: str) -> list[tuple[int, str]]:
    """(id, name shown) of live contacts having this valid number (E.164); a number kept
    as typed to be checked matches nothing."""
    rows = session.execute(
        select(Contact.id, shown_name(contact.c))
        .select_from(ContactPhone)
        .join(Contact, col(Contact.id) == col(ContactPhone.contact_id))
        .where(
            col(ContactPhone.number) == number,
            ~col(ContactPhone.needs_check),
            col(Contact.deleted_at).is_(None),
        )
    )
    return [(r[0], r[1]) for r in rows]


def emails_of(session: Session, contact_id: int) -> list[tuple[str, str]]:
    """(address, label) of the contact's emails, first (primary) first."""
    rows = session.execute(
        select(ContactEmail.address, ContactEmail.label)
        .where(col(ContactEmail.contact_id) == contact_id)
        .order_by(col(ContactEmail.position))
    )
    return [(address, label) for address, label in rows]


def phones_of(session: Session, contact_id: int) -> list[tuple[str, str, bool]]:
    """(number, label, whether it is kept as typed to be checked) of each of the contact's
    phones, first (primary) first."""
    rows = session.execute(
        select(ContactPhone.number, ContactPhone.label, ContactPhone.needs_check)
        .where(col(ContactPhone.contact_id) == contact_id)
        .order_by(col(ContactPhone.position))
    )
    return [(number, label, bool(needs_check)) for number, label, needs_check in rows]


def addresses_or_row_fields(session: Session, contact: Contact) -> list[PostalAddress]:
    """The contact's addresses; for a contact with none in contact_address, the address
    fields on its own row (filled by an import's merge or an older import) as its first."""
    assert contact.id is not None
    addresses = addresses_of(session, contact.id)
    if addresses:
        return addresses
    flat = PostalAddress(
        street=contact.address,
        postal_code=contact.postal_code,
        city=contact.city,
        country=contact.country,
    )
    return [] if flat.is_empty() else [flat]


def addresses_of(session: Session, contact_id: int) -> list[PostalAddress]:
    """The contact's labelled addresses, first (the one mirrored on the contact) first."""
    a = ContactAddress
    rows = session.execute(
        select(a).where(col(a.contact_id) == contact_id).order_by(col(a.position), col(a.id))
    ).scalars()
    return [
        PostalAddress(
            r.label, r.street, r.extended, r.po_box, r.city, r.region, r.postal_code, r.country
        )
        for r in rows
    ]


def websites_of(session: Session, contact_id: int) -> list[Website]:
    rows = session.execute(
        select(ContactUrl.url, ContactUrl.label)
        .where(col(ContactUrl.contact_id) == contact_id)
        .order_by(col(ContactUrl.position), col(ContactUrl.id))
    )
    return [Website(url=url, label=label) for url, label in rows]


def unparsed_of(session: Session, contact_id: int) -> list[UnparsedValue]:
    """Values kept as written for the user to check, in the order they were kept."""
    u = ContactUnparsed
    rows = session.execute(
        select(u.field_name, u.value, u.reason, u.origin)
        .where(col(u.contact_id) == contact_id)
        .order_by(col(u.id))
    )
    return [UnparsedValue(*row) for row in rows]


def tag_names_of(session: Session, contact_id: int) -> list[str]:
    """The names of the contact's tags, in order ignoring case. Sorted here: the engines'
    case-insensitive collations order letters beyond ASCII differently (SQLite's NOCASE by
    code point, PostgreSQL's ICU one alphabetically), and a contact's tags read the same
    from either."""
    rows = session.execute(
        select(Tag.name)
        .join(ContactTag, col(ContactTag.tag_id) == col(Tag.id))
        .where(col(ContactTag.contact_id) == contact_id)
    )
    return sorted(rows.scalars(), key=lambda name: (name.casefold(), name))


def empty_trash(session: Session) -> int:
    """Delete every contact in the trash for good (with what hangs off them, by the foreign
    keys' ON DELETE); returns how many."""
    ids = list(
        session.execute(select(Contact.id).where(col(Contact.deleted_at).is_not(None))).scalars()
    )
    fts.remove_contacts(session, [i for i in ids if i is not None])
    session.execute(delete(contact).where(contact.c.deleted_at.is_not(None)))
    return len(ids)
