"""New contacts written in bulk, the one way every creator writes them (the dialog, an
import, the demo): their rows, children, search index and first lifecycle event, ids
given up front, one executemany per table whatever their number.

A batch known at once goes through write_new_contacts. An import hands its contacts to
NewContacts a part at a time while it is still reading its file: the search index and the
emails, phones, addresses and history of the parts already read are written on another
thread meanwhile (SQLite works through them without Python's lock), so the database's
share of the work overlaps the reading instead of following it. What a later record of
the same person changes, or a company name that turns out otherwise, is written again at
the end; the contact rows themselves are written once, at the end, as they then are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from datetime import datetime
from operator import itemgetter
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session

from deskcrm.db import contact_writes, core_tables, fts, import_queries
from deskcrm.db.engine import Database
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.sorting import person_sort_key
from deskcrm.services.contacts.writing import (
    NO_ADDRESS,
    CleanContact,
    address_row,
    sort_name_of,
    tag_ids_of,
)

# From this many new contacts on, their search index is filled on another thread while
# their rows are built (a thread is not worth starting for a few).
INDEX_MEANWHILE_FROM_ROWS = 1_000
# … in parts of this many (the first is indexed while the second is built).
_INDEX_PART = 5_000


# What a company created for its people holds besides its id, name, stamps and batch.
_BLANK_COMPANY = ("",) * 7


class NewContacts:
    """New contacts added a part at a time (`add`), all written by `finish`, in the
    caller's transaction; a context manager that waits for its thread whatever happens.

    With `expected` at INDEX_MEANWHILE_FROM_ROWS or more (on SQLite), each part is written
    on another thread while the caller reads the next: the companies its people name that
    are new (created_companies), their contact rows, emails, phones, addresses, first
    lifecycle events and search index. The caller must not use the session until
    `stop_streaming` (or `finish`); a contact it gives more to after adding it is named
    with `changed` and written again by `finish`, which writes websites, kept values and
    tags of all."""

    def __init__(
        self,
        session: Session,
        now: datetime,
        batch: str | None = None,
        *,
        cause: str = "created",
        expected: int = 0,
    ) -> None:
        self._session = session
        self._stamp = to_db_timestamp(now)
        self._batch = batch
        self._cause = cause
        self._contacts: list[CleanContact] = []
        self._first_id = contact_writes.first_free_id(session)
        self._changed: set[int] = set()  # positions of contacts given more after `add`
        # Of each contact written while streaming: its company's id and name as written.
        self._written: list[tuple[int | None, str]] = []
        self._streaming = ExitStack()
        self._send: Callable[[str, Sequence[Sequence[Any]]], None] | None = None
        self._company_names: dict[int, str] = {}
        self._live_companies: dict[str, int] = {}  # lower-cased name -> id
        self._created: dict[str, int] = {}  # the same, of those created here
        self._next_company = 0
        if expected >= INDEX_MEANWHILE_FROM_ROWS and contact_writes.can_stream(session):
            self._company_names = import_queries.company_names(session)
            self._live_companies = import_queries.live_company_ids(session)
            self._next_company = import_queries.next_id(session, core_tables.company)
            self._send = self._streaming.enter_context(contact_writes.rows_meanwhile(session))

    @staticmethod
    def would_stream(db: Database, expected: int) -> bool:
        """Whether `expected` contacts added to a NewContacts on `db` would be written while
        the caller goes on (else all of them by `finish`)."""
        return expected >= INDEX_MEANWHILE_FROM_ROWS and contact_writes.can_stream_on(db)

    def __enter__(self) -> NewContacts:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._streaming.__exit__(kind, error, trace)

    @property
    def ids(self) -> range:
        """The ids of the contacts added so far, in order (given when they are added)."""
        return range(self._first_id, self._first_id + len(self._contacts))

    @property
    def created_companies(self) -> dict[str, int]:
        """Lower-cased name -> id of the companies created for the people written so far
        (blank but for their name: an import fills in a record of its own for them)."""
        return dict(self._created)

    def add(self, contacts: Sequence[CleanContact]) -> None:
        """Contacts to write, after those added before (they are the writer's now)."""
        first = len(self._contacts)
        self._contacts.extend(contacts)
        if self._send is not None:
            self._send_part(first, len(self._contacts))

    @property
    def streaming(self) -> bool:
        """Whether what is added is being written meanwhile (else by `finish`)."""
        return self._send is not None

    def add_rows(self, kind: str, rows: Sequence[Sequence[Any]]) -> None:
        """While streaming: rows of another kind of contact_writes.STREAMED (a demo's
        history) for contacts added so far, inserted after theirs."""
        assert self._send is not None, "add_rows is for a NewContacts that is streaming"
        self._send(kind, rows)

    def changed(self, position: int) -> None:
        """The contact at `position` (0: the first added) was given more after `add`."""
        self._changed.add(position)

    def stop_streaming(self) -> None:
        """Wait for what was sent; the session is the caller's again (what is added from
        now on is written by `finish`)."""
        self._send = None
        self._streaming.close()

    def finish(self) -> list[int]:
        """Write everything not written yet: returns the contacts' ids, in order."""
        self.stop_streaming()
        contacts = self._contacts
        if not contacts:
            return []
        session = self._session
        by_name = _company_ids(session, contacts, self._stamp, self._batch)
        tag_ids = tag_ids_of(session, contacts)
        company_ids = [
            c.company_id if c.company_id is not None else by_name.get(c.company_name)
            for c in contacts
        ]
        names = import_queries.company_names(session) if any(company_ids) else {}
        companies = ["" if i is None else names.get(i, "") for i in company_ids]
        ids = list(self.ids)
        written = self._written
        again = sorted(i for i in self._changed if i < len(written))  # written anew
        # Written under another company than the one found (a name spelt two ways), or
        # indexed under another name: the company, or the index entry, put right.
        skip = set(again)
        moved = [
            (company_ids[i], ids[i])
            for i, (company_id, _name) in enumerate(written)
            if company_id != company_ids[i] and i not in skip
        ]
        reindexed = [
            i for i, (_id, name) in enumerate(written) if name != companies[i] and i not in skip
        ]
        if again:
            contact_writes.remove_new(session, [ids[i] for i in again])
        if moved:
            contact_writes.set_companies(session, moved)
        if reindexed:
            fts.remove_contacts(session, [ids[i] for i in reindexed])
        to_write = [*again, *range(len(written), len(contacts))]
        to_index = sorted({*to_write, *reindexed})
        # The search index on another thread (if many) while the other rows are built.
        indexing: AbstractContextManager[Callable[[Sequence[Any]], None]]
        if len(to_index) >= INDEX_MEANWHILE_FROM_ROWS:
            indexing = fts.insert_rows_meanwhile(session)
        else:
            indexing = nullcontext(lambda rows: fts.insert_rows(session, rows))
        with indexing as index:
            for start in range(0, len(to_index), _INDEX_PART):
                index(
                    [
                        _index_row(ids[i], contacts[i], companies[i])
                        for i in to_index[start : start + _INDEX_PART]
                    ]
                )
            rows = _table_rows(
                ids, contacts, company_ids, self._stamp, tag_ids, self._batch, self._cause, to_write
            )
        contact_rows, events, children = rows
        contact_writes.insert_contacts(session, contact_rows, created_events=events, **children)
        return ids

    def _company(
        self, contact: CleanContact, created: list[tuple[Any, ...]]
    ) -> tuple[int | None, str]:
        """The id and name of the contact's company; one not there yet is given an id and
        its row added to `created`."""
        if contact.company_id is not None:
            return contact.company_id, self._company_names.get(contact.company_id, "")
        name = contact.company_name
        if not name:
            return None, ""
        key = name.lower()
        found = self._live_companies.get(key)
        if found is None:
            found = self._live_companies[key] = self._created[key] = self._next_company
            self._next_company += 1
            self._company_names[found] = name
            created.append((found, name, *_BLANK_COMPANY, self._stamp, self._stamp, self._batch))
        return found, self._company_names.get(found, name)

    def _send_part(self, start: int, end: int) -> None:
        assert self._send is not None
        send, contacts, ids = self._send, self._contacts, self.ids
        stamp, batch, cause = self._stamp, self._batch, self._cause
        rows: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        addresses: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        index: list[tuple[Any, ...]] = []
        companies: list[tuple[Any, ...]] = []
        for i in range(start, end):
            contact, cid = contacts[i], ids[i]
            company_id, company = self._company(contact, companies)
            self._written.append((company_id, company))
            rows.append(_contact_row(cid, contact, company_id, stamp, batch))
            _add_children(cid, contact, stamp, cause, emails, phones, addresses, events)
            index.append(_index_row(cid, contact, company))
        # The companies first, then the contacts: the rest point at them.
        send("companies", companies)
        send("contacts", rows)
        send("emails", emails)
        send("phones", phones)
        send("addresses", addresses)
        send("events", events)
        send("index", index)


def write_new_contacts(
    session: Session,
    cleaned: Sequence[CleanContact],
    now: datetime,
    batch: str | None = None,
    *,
    cause: str = "created",
) -> list[int]:
    """Insert contacts with everything they hold, in the caller's transaction: one
    executemany per table whatever their number. Returns their ids, in order.

    `batch` names an import (undo an import moves its batch to the trash); `cause` is
    the reason their first lifecycle event gives ("created", "import")."""
    with NewContacts(session, now, batch, cause=cause) as new:
        new.add(cleaned)
        return new.finish()


def _index_row(contact_id: int, contact: CleanContact, company: str) -> tuple[Any, ...]:
    # Bulk writes run this 100,000 times: lists are built only where there is something.
    addresses, emails, phones, websites = (
        contact.addresses,
        contact.emails,
        contact.phones,
        contact.websites,
    )
    first = addresses[0] if addresses else NO_ADDRESS
    return fts.index_values(
        contact_id,
        contact.first_name,
        contact.last_name,
        company,
        map(itemgetter(0), emails) if emails else (),
        [(phone.e164, phone.national_digits) for phone, _label in phones] if phones else (),
        contact.title,
        first.city,
        contact.notes,
        middle_name=contact.middle_name,
        nickname=contact.nickname,
        display_name=contact.display_name,
        department=contact.department,
        postal_code=first.postal_code,
        other_places=[(a.city, a.postal_code) for a in addresses[1:]] if len(addresses) > 1 else (),
        websites=[site.url for site in websites] if websites else (),
    )


def _company_ids(
    session: Session, contacts: Sequence[CleanContact], now: str, batch: str | None
) -> dict[str, int]:
    """Live companies by the names the contacts give (created when missing, marked with
    the import's batch so undoing the import takes them back)."""
    # In the order met: of two spellings of a new company, the first names it.
    names = dict.fromkeys(
        c.company_name for c in contacts if c.company_id is None and c.company_name
    )
    if not names:
        return {}
    return import_queries.ids_by_name(
        session,
        core_tables.company,
        names,
        live_only=True,
        blank=("website", "email", "phone", "address", "city", "country", "notes"),
        stamped=("created_at", "updated_at"),
        now=now,
        also={"import_batch": batch} if batch else None,
    )


def _add_children(
    cid: int,
    contact: CleanContact,
    stamp: str,
    cause: str,
    emails: list[tuple[Any, ...]],
    phones: list[tuple[Any, ...]],
    addresses: list[tuple[Any, ...]],
    events: list[tuple[Any, ...]],
) -> None:
    """The contact's rows of the STREAMED tables (contact_writes), appended to theirs."""
    created = to_db_timestamp(contact.created_at) if contact.created_at else stamp
    events.append((cid, "", contact.first_lifecycle or contact.lifecycle, created, cause))
    contact_emails = contact.emails
    if len(contact_emails) == 1:
        emails.append((cid, *contact_emails[0], 0))
    else:
        for i, (address, label) in enumerate(contact_emails):
            emails.append((cid, address, label, i))
    for i, (phone, label) in enumerate(contact.phones):
        phones.append((cid, phone.e164, phone.national_digits, label, i, not phone.checked))
    for i, a in enumerate(contact.addresses):
        addresses.append(address_row(cid, i, a))


def _contact_row(
    cid: int, contact: CleanContact, company_id: int | None, stamp: str, batch: str | None
) -> tuple[Any, ...]:
    """A contact row in contact_writes.CONTACT_COLUMNS order."""
    first_name, last_name = contact.first_name, contact.last_name
    contact_emails, contact_phones = contact.emails, contact.phones
    first = contact.addresses[0] if contact.addresses else NO_ADDRESS
    created = to_db_timestamp(contact.created_at) if contact.created_at else stamp
    last = contact.last_contacted_at
    birthday, anniversary = contact.birthday, contact.anniversary
    return (
        cid,
        first_name,
        last_name,
        contact.middle_name,
        contact.name_prefix,
        contact.name_suffix,
        contact.nickname,
        contact.display_name,
        (
            person_sort_key(first_name, last_name)
            if first_name or last_name
            else sort_name_of(contact)
        ),
        company_id,
        contact.title,
        contact.department,
        contact_emails[0][0] if contact_emails else "",
        contact_phones[0][0].e164 if contact_phones else "",
        first.street,
        first.postal_code,
        first.city,
        first.country,
        None if birthday is None else birthday.isoformat(),
        contact.birthday_year_known,
        None if anniversary is None else anniversary.isoformat(),
        contact.anniversary_year_known,
        contact.source_uid,
        contact.lifecycle,
        contact.source,
        contact.notes,
        contact.follow_up_days,
        batch,
        to_db_timestamp(last) if last else None,
        created,
        created,
    )


def _table_rows(
    ids: list[int],
    cleaned: Sequence[CleanContact],
    company_ids: list[int | None],
    stamp: str,
    tag_ids: dict[str, int],
    batch: str | None,
    cause: str,
    positions: Sequence[int] | None = None,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """The contact rows of those at `positions` (all if None) with their emails, phones,
    addresses and lifecycle events; and everyone's websites, kept values and tags."""
    contact_rows: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    urls: list[tuple[Any, ...]] = []
    unparsed: list[tuple[Any, ...]] = []
    tags: list[tuple[Any, ...]] = []
    for i in range(len(cleaned)) if positions is None else positions:
        cid, contact = ids[i], cleaned[i]
        contact_rows.append(_contact_row(cid, contact, company_ids[i], stamp, batch))
        _add_children(cid, contact, stamp, cause, emails, phones, addresses, events)
    # Websites, values kept as written and tags are never written before the end.
    for cid, contact in zip(ids, cleaned, strict=True):
        if contact.websites:
            for i, site in enumerate(contact.websites):
                urls.append((cid, site.url, site.label, i))
        if contact.unparsed:
            for u in contact.unparsed:
                unparsed.append((cid, u.field_name, u.value, u.reason, u.origin, stamp))
        if contact.tags:
            for tag in contact.tags:
                tags.append((cid, tag_ids[tag.lower()]))
    children = {
        "emails": emails,
        "phones": phones,
        "addresses": addresses,
        "urls": urls,
        "unparsed": unparsed,
        "tags": tags,
    }
    return contact_rows, events, children
