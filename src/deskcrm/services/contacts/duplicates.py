"""Find contacts that are probably the same person and merge them, undoably."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import combinations
from typing import Literal

from deskcrm.db import duplicate_queries, ownership, trash
from deskcrm.db.engine import Database
from deskcrm.db.tables import Contact
from deskcrm.domain.contact_parts import PostalAddress, Website
from deskcrm.domain.dates import utc_now
from deskcrm.errors import NotFoundError
from deskcrm.services.changes import Changes
from deskcrm.services.contacts.contacts import ContactInput, ContactService

# Names at the same company at least this similar (rapidfuzz token sort ratio, 0–100).
NAME_SIMILARITY = 88

# Pairs listed at once: the surest; merging or dismissing them makes room for the rest.
LISTED_PAIRS = 1000

# The fields a user picks from one side or the other; emails, phones and tags are united.
PICKED_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "company_name",
    "title",
    "address",
    "postal_code",
    "city",
    "country",
    "birthday",
    "lifecycle",
    "source",
    "notes",
    "follow_up_days",
)

# Tables whose rows describe the contact itself rather than belong to it: emails, phones
# and tags are united into the survivor's fields, the lifecycle history stays with the
# person it happened to, "not duplicates" marks stay with the pair. Every other table that
# references a contact moves to the survivor of a merge (found from the foreign keys).
# Rows that describe a contact and are merged through the survivor's data (see merge):
# the other contact keeps its own, so undoing the merge finds them as they were.
CONTACT_DESCRIBING_TABLES = frozenset(
    {
        "contact_email",
        "contact_phone",
        "contact_tag",
        "lifecycle_event",
        "not_duplicate",
        "contact_address",
        "contact_url",
        "contact_unparsed",
    }
)

Side = Literal["a", "b"]


def keeping_both(data: ContactInput, first: ContactInput, second: ContactInput) -> ContactInput:
    """The merge's picks plus every address, website and value kept as written of both
    contacts (each once): a merge never loses what either of them held."""
    flat = {
        "street": data.address,
        "postal_code": data.postal_code,
        "city": data.city,
        "country": data.country,
    }
    # The merge picks flat fields (city from one, street from the other): they are the
    # first address, whatever the list it was read with held there.
    picked = [replace(data.addresses[0], **flat), *data.addresses[1:]] if data.addresses else []
    picked = picked or [PostalAddress(**flat)]
    addresses: list[PostalAddress] = []
    for address in [*picked, *first.addresses, *second.addresses]:
        same = [a for a in addresses if replace(a, label="") == replace(address, label="")]
        if not address.is_empty() and not same:
            addresses.append(address)
    websites: dict[str, Website] = {}
    for site in [*data.websites, *first.websites, *second.websites]:
        websites.setdefault(site.url.lower(), site)
    unparsed = list(dict.fromkeys([*data.unparsed, *first.unparsed, *second.unparsed]))
    return replace(data, addresses=addresses, websites=list(websites.values()), unparsed=unparsed)


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: tuple[str, ...]
    score: int  # 100 for a shared email or phone, else the name similarity


@dataclass(frozen=True)
class DuplicateSearch:
    pairs: list[DuplicatePair]  # the surest, at most the limit asked for
    total: int  # every pair found, listed or not


@dataclass
class MergeRecord:
    """What a merge changed, enough to put both contacts back as they were."""

    survivor_id: int
    merged_id: int
    survivor_before: ContactInput
    survivor_last_contacted: str | None
    data: ContactInput  # what the survivor became, for redo
    moved: dict[str, list[int]] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        """What the merge (and its undo) wrote: both contacts, and every record that moved
        between them, by kind; tables without a kind of their own change as a whole."""
        pair = [self.survivor_id, self.merged_id]
        ids: dict[str, list[int]] = {}
        for key, moved_ids in self.moved.items():
            kind = MOVED_KINDS.get(key.split(".", 1)[0])
            if kind is not None and moved_ids:
                ids.setdefault(kind, []).extend(moved_ids)
        return Changes.of(
            contacts=pair,
            owners=pair,
            added_or_removed=["contacts"],
            whole=["tags"],
            **ids,  # type: ignore[arg-type]
        )


# Tables that reference a contact, by the kind of record the change bus knows them as.
MOVED_KINDS = {
    "task": "tasks",
    "deal": "deals",
    "support_case": "cases",
    "feedback": "feedback",
    "interaction": "interactions",
    "purchase": "purchases",
}


def default_picks(a: ContactInput, b: ContactInput) -> dict[str, Side]:
    """The survivor's (a's) value, unless it is empty and the other's is not."""
    picks: dict[str, Side] = {}
    for name in PICKED_FIELDS:
        mine, theirs = getattr(a, name), getattr(b, name)
        picks[name] = "b" if _empty(mine) and not _empty(theirs) else "a"
    return picks


def merged_input(a: ContactInput, b: ContactInput, picks: dict[str, Side]) -> ContactInput:
    """a with the picked fields from b; emails, phones and tags of both (a's first)."""
    values = {}
    for name in PICKED_FIELDS:
        source = b if picks.get(name, "a") == "b" else a
        values[name] = getattr(source, name)
    values["company_id"] = (b if picks.get("company_name") == "b" else a).company_id
    return replace(
        a,
        **values,
        emails=_union(a.emails, b.emails, str.lower),
        phones=_union(a.phones, b.phones, lambda p: "".join(ch for ch in p if ch.isdigit())),
        tags=_union(a.tags, b.tags, str.lower),
    )


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _union(first: list[str], second: list[str], key) -> list[str]:
    seen, result = set(), []
    for item in [*first, *second]:
        if item and key(item) not in seen:
            seen.add(key(item))
            result.append(item)
    return result


class DuplicateService:
    def __init__(
        self, db: Database, contacts: ContactService, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._contacts = contacts
        self._clock = clock

    def candidates(self, limit: int = LISTED_PAIRS) -> DuplicateSearch:
        """Pairs of live contacts sharing an email or a phone, or with similar names at the
        same company, minus those marked "not duplicates"; the `limit` surest first."""
        from rapidfuzz import fuzz, process  # loaded on first use, not at start-up
        from rapidfuzz.utils import default_process

        # Shared emails and phones (few, score 100) by pair; similar names (possibly very many
        # in a big company) as plain tuples (-score, first id, second id, company id).
        exact: dict[tuple[int, int], list[str]] = {}
        similar: list[tuple[int, int, int, int]] = []
        with self._db.reading() as session:
            dismissed = duplicate_queries.dismissed_pairs(session)
            # A number kept as typed because it is not valid in its country proves nothing.
            for label, shared in (
                ("same email", duplicate_queries.shared_emails(session)),
                ("same phone", duplicate_queries.shared_phones(session)),
            ):
                for value, ids in shared:
                    for pair in combinations(ids, 2):
                        if pair not in dismissed:
                            exact.setdefault(pair, []).append(f"{label} {value}")
            people: dict[int, list[tuple[int, str]]] = {}
            names: dict[int, str] = {}
            for cid, company_id, first, last, shown in duplicate_queries.live_people(session):
                names[cid] = shown
                if company_id is not None:
                    # token_sort_ratio = ratio of the sorted words: sort each name once here.
                    # Names only: two addresses alike at one company are no sign.
                    key = " ".join(sorted(default_process(f"{first} {last}").split()))
                    if key:
                        people.setdefault(company_id, []).append((cid, key))
            company_names = duplicate_queries.company_names(session)
        for company_id, members in people.items():
            keys = [key for _cid, key in members]
            for i in range(len(members) - 1):
                # rapidfuzz compares one name with the rest of its company in C++.
                a = members[i][0]
                for _match, score, j in process.extract(
                    keys[i],
                    keys[i + 1 :],
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=NAME_SIMILARITY,
                    limit=None,
                ):
                    similar.append((-round(score), a, members[i + 1 + j][0], company_id))
        also_named: dict[tuple[int, int], int] = {}  # exact pairs whose names are alike too
        kept = []
        for entry in similar:
            pair = (entry[1], entry[2])
            if pair in exact:
                also_named[pair] = entry[3]
            elif pair not in dismissed:
                kept.append(entry)

        def why_similar(company_id: int) -> str:
            return f"similar names at {company_names.get(company_id, '')}"

        for pair, company_id in also_named.items():
            exact[pair].append(why_similar(company_id))
        # Surest first: shared email/phone (more reasons first), then name similarity.
        ranked = heapq.nsmallest(
            limit,
            itertools.chain(
                ((-100, -len(why), a, b, 0) for (a, b), why in exact.items()),
                ((score, -1, a, b, company) for score, a, b, company in kept),
            ),
        )
        pairs = [
            DuplicatePair(
                a,
                b,
                names.get(a, ""),
                names.get(b, ""),
                tuple(exact[(a, b)]) if (a, b) in exact else (why_similar(company),),
                -score,
            )
            for score, _reasons, a, b, company in ranked
        ]
        total = len(exact) + len(kept)
        return DuplicateSearch(pairs, total)

    def mark_not_duplicates(self, first_id: int, second_id: int) -> Changes:
        """Remember that two contacts are different people; Find duplicates skips the pair."""
        a, b = min(first_id, second_id), max(first_id, second_id)
        with self._db.transaction() as session:
            duplicate_queries.mark_not_duplicates(session, a, b, self._clock())
        return Changes.of(contacts=[a, b])

    def unmark_not_duplicates(self, first_id: int, second_id: int) -> Changes:
        a, b = min(first_id, second_id), max(first_id, second_id)
        with self._db.transaction() as session:
            duplicate_queries.unmark_not_duplicates(session, a, b)
        return Changes.of(contacts=[a, b])

    def merge(self, survivor_id: int, merged_id: int, data: ContactInput) -> MergeRecord:
        """One transaction: the survivor takes `data`, everything that belonged to the other
        (timeline, purchases, deals, tasks, support cases, feedback …) moves to it, and the
        other goes to the trash."""
        if survivor_id == merged_id:
            raise NotFoundError("A contact cannot be merged with itself")
        self._contacts.validate(data)  # a bad pick fails before anything is written
        before = self._contacts.get(survivor_id).data
        data = keeping_both(data, before, self._contacts.get(merged_id).data)
        with self._db.transaction() as session:
            last = duplicate_queries.live_last_contacted(session, [survivor_id, merged_id])
            if set(last) != {survivor_id, merged_id}:
                raise NotFoundError("Both contacts must exist and be out of the trash to merge")
            record = MergeRecord(survivor_id, merged_id, before, last[survivor_id], data)
            # Everything else that references the merged contact moves to the survivor:
            # read from the foreign keys, so cases, feedback and any later table come too.
            record.moved = ownership.move_references(
                session, "contact", merged_id, survivor_id, kept=CONTACT_DESCRIBING_TABLES
            )
            latest = max((t for t in last.values() if t), default=None)
            duplicate_queries.set_last_contacted(session, survivor_id, latest)
            session.expire_all()
            self._contacts.update_in(session, survivor_id, data)
            trash.move_to_trash(session, Contact, [merged_id], self._clock())
        return record

    def undo_merge(self, record: MergeRecord) -> Changes:
        """Both contacts as before the merge: the moved records go back, the other returns."""
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Contact, [record.merged_id])
            ownership.move_back(session, record.moved, record.merged_id)
            session.flush()
            self._contacts.update_in(session, record.survivor_id, record.survivor_before)
            duplicate_queries.set_last_contacted(
                session, record.survivor_id, record.survivor_last_contacted
            )
        return record.changes
