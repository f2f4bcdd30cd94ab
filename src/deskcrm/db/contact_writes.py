"""The contact aggregate's writes: new contacts and all that hangs off them inserted in
bulk (executemany with ids given up front), an edited contact's row and children rewritten.

Values arrive in storage form (timestamps via db.types.to_db_timestamp, dates as ISO text,
booleans as 0/1): this module only moves rows, services.contacts.writing decides them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from deskcrm.db import core_tables, dbapi, dialects, fts, import_queries
from deskcrm.db import tables as models

if TYPE_CHECKING:
    from deskcrm.db.engine import Database

# The columns of a new contact row, in the order the service builds them.
CONTACT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "middle_name",
    "name_prefix",
    "name_suffix",
    "nickname",
    "display_name",
    "sort_name",
    "company_id",
    "title",
    "department",
    "primary_email",
    "primary_phone",
    "address",
    "postal_code",
    "city",
    "country",
    "birthday",
    "birthday_year_known",
    "anniversary",
    "anniversary_year_known",
    "source_uid",
    "lifecycle",
    "source",
    "notes",
    "follow_up_days",
    "import_batch",
    "last_contacted_at",
    "created_at",
    "updated_at",
)
EMAIL_COLUMNS = ("contact_id", "address", "label", "position")
PHONE_COLUMNS = ("contact_id", "number", "digits", "label", "position", "needs_check")
ADDRESS_COLUMNS = (
    "contact_id",
    "label",
    "street",
    "extended",
    "po_box",
    "city",
    "region",
    "postal_code",
    "country",
    "position",
)
URL_COLUMNS = ("contact_id", "url", "label", "position")
UNPARSED_COLUMNS = ("contact_id", "field_name", "value", "reason", "origin", "created_at")
TAG_COLUMNS = ("contact_id", "tag_id")
# The same columns db.lifecycle writes: a contact's history starts with its creation.
LIFECYCLE_COLUMNS = ("contact_id", "from_lifecycle", "to_lifecycle", "changed_at", "cause")

# Every table a contact's edit rewrites whole (tags included: the form holds them all).
_CHILDREN = (
    models.ContactEmail,
    models.ContactPhone,
    models.ContactAddress,
    models.ContactUrl,
    models.ContactUnparsed,
    models.ContactTag,
)


# The tables insert_contacts fills, the contact first.
CONTACT_TABLES = (
    "contact",
    "contact_email",
    "contact_phone",
    "contact_address",
    "contact_url",
    "contact_unparsed",
    "contact_tag",
    "lifecycle_event",
)
# The columns of a company created for the people who name it: an import's company
# columns but its source id (which only a company's own record carries).
NEW_COMPANY_COLUMNS = import_queries.COMPANY_COLUMNS[:-1]
# From this many new contacts on, tables that were empty get their indexes built after
# the rows are in (see indexes_built_after); fewer are not worth a schema change.
BULK_INDEX_FROM_ROWS = 5_000


@contextmanager
def indexes_built_after(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """Fill tables in bulk with their indexes built once at the end (SQLite).

    Each table of `tables` that holds no row yet has its plain indexes (not the unique
    ones, which check what is inserted) dropped here and created again on leaving, from
    the very definitions the file held, in their order. Sorting 100,000 keys once costs
    less than 100,000 inserts into each index (an import of 100,000 contacts: ~0.5 s).
    It all happens in the caller's transaction: a crash or a rollback leaves the indexes
    as they were. Other engines, and tables that hold rows, are left alone.
    """
    if dialects.of(session).NAME != "sqlite":
        yield
        return
    connection = session.connection()
    kept: list[tuple[str, str]] = []  # (name, CREATE INDEX …) in creation order
    for table in tables:
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            continue
        unique = {
            row[1] for row in connection.exec_driver_sql(f"PRAGMA index_list({table})") if row[2]
        }
        kept += [
            (name, sql)
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master"
                " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
                (table,),
            )
            if name not in unique
        ]
    for name, _sql in kept:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        # The transaction is on its way back (which brings the indexes back); should a
        # caller go on and commit anyway, the file still gets every index. The first
        # error is the one to report.
        with suppress(Exception):
            _create_missing(session, kept)
        raise
    _create_missing(session, kept)


# Page cache (KiB, as SQLite's negative cache_size) while indexes are built: their keys
# are sorted in memory up to the cache size, on disk beyond it (the default 2 MiB spills
# for 100,000 contacts; a spilled sort is about a third slower).
_SORT_CACHE_KIB = 32_768


def _create_missing(session: Session, indexes: Sequence[tuple[str, str]]) -> None:
    connection = session.connection()
    missing = [
        sql
        for name, sql in indexes
        if connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).first()
        is None
    ]
    if not missing:
        return
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_SORT_CACHE_KIB}")
    try:
        for sql in missing:
            connection.exec_driver_sql(sql)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")


def first_free_id(session: Session) -> int:
    """max(id) + 1 of contact: inside a write transaction (which holds SQLite's write lock
    from its start) the ids of a batch can be handed out before it is inserted."""
    found = session.execute(select(func.coalesce(func.max(core_tables.contact.c.id), 0) + 1))
    return int(found.scalar_one())


def insert_contacts(
    session: Session,
    contacts: Sequence[Sequence[Any]],
    *,
    emails: Sequence[Sequence[Any]] = (),
    phones: Sequence[Sequence[Any]] = (),
    addresses: Sequence[Sequence[Any]] = (),
    urls: Sequence[Sequence[Any]] = (),
    unparsed: Sequence[Sequence[Any]] = (),
    tags: Sequence[Sequence[Any]] = (),
    created_events: Sequence[Sequence[Any]] = (),
) -> None:
    """Contacts (CONTACT_COLUMNS rows) and their children, one executemany per table
    (a big batch into empty tables with their indexes built after it)."""
    bulk = len(contacts) >= BULK_INDEX_FROM_ROWS
    with indexes_built_after(session, CONTACT_TABLES if bulk else ()):
        dbapi.insert_rows(session, "contact", CONTACT_COLUMNS, contacts)
        insert_children(
            session,
            emails=emails,
            phones=phones,
            addresses=addresses,
            urls=urls,
            unparsed=unparsed,
            tags=tags,
        )
        if created_events:
            dbapi.insert_rows(session, "lifecycle_event", LIFECYCLE_COLUMNS, created_events)


# What NewContacts sends while an import still reads its file: the search index and
# the rows of a contact that an import's later record of the same person may change.
# Their tables keep their indexes meanwhile (the thread has time to spare).
STREAMED = {
    "companies": ("company", NEW_COMPANY_COLUMNS),
    "contacts": ("contact", CONTACT_COLUMNS),
    "index": ("contact_fts", fts.INDEX_COLUMNS),
    "emails": ("contact_email", EMAIL_COLUMNS),
    "phones": ("contact_phone", PHONE_COLUMNS),
    "addresses": ("contact_address", ADDRESS_COLUMNS),
    "events": ("lifecycle_event", LIFECYCLE_COLUMNS),
    # A demo's made-up history, written with its people.
    "interactions": (
        "interaction",
        ("contact_id", "kind", "occurred_at", "summary", "body", "created_at"),
    ),
    "purchases": (
        "purchase",
        (
            "contact_id",
            "purchased_at",
            "description",
            "quantity",
            "amount_minor",
            "currency",
            "created_at",
        ),
    ),
}


def can_stream(session: Session) -> bool:
    """Whether rows_meanwhile runs beside the caller (SQLite); elsewhere there is nothing
    to win: the server's driver inserts on the caller's thread."""
    return dialects.of(session).NAME == "sqlite"


def can_stream_on(db: Database) -> bool:
    """can_stream, asked of a database before any session is open."""
    return db.dialect.NAME == "sqlite"


@contextmanager
def rows_meanwhile(session: Session) -> Iterator[Callable[[str, Sequence[Sequence[Any]]], None]]:
    """Gives `add(kind, rows)` (a kind of STREAMED, rows in its columns' order): inserted
    on another thread in the order added while the caller goes on
    (dbapi.rows_inserted_meanwhile: the block must not use the session). SQLite only
    (can_stream)."""
    if not can_stream(session):
        raise RuntimeError("rows_meanwhile needs SQLite")
    with dbapi.rows_inserted_meanwhile(session) as add:

        def add_kind(kind: str, rows: Sequence[Sequence[Any]]) -> None:
            table, columns = STREAMED[kind]
            add(table, columns, rows)

        yield add_kind


_STREAMED_MODELS = (
    models.ContactEmail,
    models.ContactPhone,
    models.ContactAddress,
    models.LifecycleEvent,
)
# Ids per DELETE when rows of new contacts are taken back: the tables may have no index
# on contact_id yet (indexes_built_after), so each statement reads the whole table.
_REMOVE_PART = 10_000


def remove_new(session: Session, contact_ids: Sequence[int]) -> None:
    """Take back contacts written in this transaction, with their STREAMED rows and index
    entries (to be written again as they now are)."""
    fts.remove_contacts(session, contact_ids)
    for start in range(0, len(contact_ids), _REMOVE_PART):
        part = list(contact_ids[start : start + _REMOVE_PART])
        for model in _STREAMED_MODELS:
            session.execute(delete(model).where(model.contact_id.in_(part)))  # type: ignore[attr-defined]
        session.execute(delete(core_tables.contact).where(core_tables.contact.c.id.in_(part)))


def set_companies(session: Session, pairs: Sequence[tuple[int | None, int]]) -> None:
    """(company id, contact id) each: the contacts' company set."""
    dbapi.update_rows(session, "UPDATE contact SET company_id = ? WHERE id = ?", pairs)


def insert_children(
    session: Session,
    *,
    emails: Sequence[Sequence[Any]] = (),
    phones: Sequence[Sequence[Any]] = (),
    addresses: Sequence[Sequence[Any]] = (),
    urls: Sequence[Sequence[Any]] = (),
    unparsed: Sequence[Sequence[Any]] = (),
    tags: Sequence[Sequence[Any]] = (),
) -> None:
    """Rows of the tables hanging off contacts, each in its *_COLUMNS order."""
    for table, columns, rows in (
        ("contact_email", EMAIL_COLUMNS, emails),
        ("contact_phone", PHONE_COLUMNS, phones),
        ("contact_address", ADDRESS_COLUMNS, addresses),
        ("contact_url", URL_COLUMNS, urls),
        ("contact_unparsed", UNPARSED_COLUMNS, unparsed),
        ("contact_tag", TAG_COLUMNS, tags),
    ):
        if rows:
            dbapi.insert_rows(session, table, columns, rows)


def clear_children(session: Session, contact_ids: Iterable[int]) -> None:
    """Remove the contacts' emails, phones, addresses, websites, kept values and tag links
    (before an edit writes them anew)."""
    ids = list(contact_ids)
    for table in _CHILDREN:
        session.execute(delete(table).where(table.contact_id.in_(ids)))  # type: ignore[attr-defined]


def update_contact(session: Session, contact_id: int, values: dict[str, Any]) -> None:
    """Set columns of one contact row (values as the table's Python types); its row
    version goes up by one."""
    c = core_tables.contact.c
    session.execute(
        update(core_tables.contact)
        .where(c.id == contact_id)
        .values({**values, "row_version": c.row_version + 1})
    )


def row_version(session: Session, contact_id: int) -> int | None:
    """The contact's row version (None if there is no such contact)."""
    c = core_tables.contact.c
    found = session.execute(select(c.row_version).where(c.id == contact_id)).scalar()
    return None if found is None else int(found)


def names_and_sort_names(
    session: Session,
) -> list[tuple[int, str, str, str, str, str, str, str]]:
    """(id, first name, last name, display name, nickname, primary email, primary phone,
    stored sort name) of every contact, trash included: what its sort name derives from."""
    c = core_tables.contact.c
    rows = session.execute(
        select(
            c.id,
            c.first_name,
            c.last_name,
            c.display_name,
            c.nickname,
            c.primary_email,
            c.primary_phone,
            c.sort_name,
        )
    )
    return [(r[0], *(value or "" for value in r[1:])) for r in rows]  # type: ignore[misc]


def set_sort_names(session: Session, rows: Sequence[tuple[str, int]]) -> None:
    """(sort name, contact id) each: executemany, for a whole restored database."""
    if rows:
        dbapi.update_rows(session, "UPDATE contact SET sort_name = ? WHERE id = ?", rows)
