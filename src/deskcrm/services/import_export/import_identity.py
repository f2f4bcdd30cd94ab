"""Who a row of an import file is: the rules that decide "same person", and what a second
record of the same person adds to the first (pure, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field

from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.domain.names import known_by
from deskcrm.domain.sorting import person_sort_key
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export.import_rows import ParsedRow

# Rows new in this import are numbered -1, -2 … (the first new row is -1) until saved.


def _known_by(row: ParsedRow) -> str:
    """What a row without a first or last name goes by (domain.names.known_by)."""
    values = row.values
    return known_by(
        values["display_name"],
        values["nickname"],
        row.emails[0] if row.emails else "",
        row.phones[0].e164 if row.phones else "",
    )


def name_key(row: ParsedRow) -> str:
    """The sort key of the name the row's contact will be shown by: what a saved
    contact's sort_name holds (domain.names.name_sort_key)."""
    first, last = row.values["first_name"], row.values["last_name"]
    if first or last:
        return person_sort_key(first, last)
    return person_sort_key(_known_by(row), "")


def _holder_key(first: str, last: str, known: str) -> str:
    return person_sort_key(first, last) if first or last else person_sort_key(known, "")


@dataclass
class Identities:
    """Everyone known so far — live contacts (positive ids) and the file's new rows
    (negative ids) — by what identifies them.

    The rules, strongest first: the same source id (vCard UID, a CRM's record id); the same
    email; a shared phone number only under the same name and not at a different company
    (three colleagues behind one switchboard are three people, and so are two Cathy Clarks
    at two companies; a number kept as typed needs a name to go by); and, for
    someone with neither email nor phone, the same full name at the same company as
    someone already saved."""

    emails: dict[str, int] = field(default_factory=dict)  # lower-cased
    uids: dict[str, int] = field(default_factory=dict)
    # Number (E.164, or as typed when kept to be checked) -> (id, first name, last name,
    # lower-cased company or "", what they go by without a name) of each holder. Names are
    # compared only when a number is shared, so their sort keys are worked out only then
    # (100,000 rows mostly share nothing).
    phones: dict[str, list[tuple[int, str, str, str, str]]] = field(default_factory=dict)
    names: dict[tuple[str, str], int] = field(default_factory=dict)  # (name, company) -> id

    def match(self, row: ParsedRow) -> int | None:
        if row.source_uid and row.source_uid in self.uids:
            return self.uids[row.source_uid]
        for email in row.emails:
            found = self.emails.get(email.lower())
            if found is not None:
                return found
        if row.phones:
            name: str | None = None
            for phone in row.phones:
                holders = self.phones.get(phone.e164)
                if not holders:
                    continue
                name = name_key(row) if name is None else name
                if not name and not phone.checked:
                    continue  # a number kept as typed, and no name: nothing to go by
                company = row.company.lower()
                for holder, first, last, their_company, known in holders:
                    if company and their_company and company != their_company:
                        continue  # the same name at another company: someone else
                    if not name or name == _holder_key(first, last, known):
                        return holder
            return None
        if not row.emails:
            name = name_key(row)
            if name:
                return self.names.get((name, row.company.lower()))
        return None

    def remember(self, row: ParsedRow, contact_id: int) -> None:
        """Later rows that share what identifies `row` are the same person."""
        if row.source_uid:
            self.uids.setdefault(row.source_uid, contact_id)
        for email in row.emails:
            self.emails.setdefault(email.lower(), contact_id)
        if row.phones:
            first, last = row.values["first_name"], row.values["last_name"]
            known = "" if first or last else _known_by(row)
            holder = (contact_id, first, last, row.company.lower(), known)
            for phone in row.phones:
                self.phones.setdefault(phone.e164, []).append(holder)
        elif not row.emails and contact_id > 0:
            # Only someone already saved is known by name alone: two rows of one file with
            # the same name and nothing else may well be two people (each is found again
            # by its name when the file is imported a second time).
            name = name_key(row)
            if name:
                self.names.setdefault((name, row.company.lower()), contact_id)


@dataclass
class FreshAndKnown:
    """A file's rows split as they are read, a part at a time in file order: those that
    are new people (`fresh`), and the others by the contact they are (`same`: a positive
    id, already in the database; negative, an earlier row of the same file, -1 the
    first)."""

    known: Identities
    fresh: list[ParsedRow] = field(default_factory=list)
    same: dict[int, list[ParsedRow]] = field(default_factory=dict)

    def add(self, rows: list[ParsedRow]) -> list[ParsedRow]:
        """Split the next rows; returns those of them that are new people."""
        fresh, same, known = self.fresh, self.same, self.known
        before = len(fresh)
        for row in rows:
            match = known.match(row)
            if match is not None:
                same.setdefault(match, []).append(row)
                # What this row adds identifies the same person in later rows too.
                known.remember(row, match)
                continue
            fresh.append(row)
            known.remember(row, -len(fresh))
        return fresh[before:]


def split_fresh_and_known(
    rows: list[ParsedRow], known: Identities
) -> tuple[list[ParsedRow], dict[int, list[ParsedRow]]]:
    """The rows that are new people, and the others by the contact they are (FreshAndKnown
    over the whole file)."""
    split = FreshAndKnown(known)
    split.add(rows)
    return split.fresh, split.same


def _place(address: PostalAddress) -> tuple[str, ...]:
    """An address without its label, case-folded: "home" and "work" at one place are one."""
    return tuple(
        part.casefold()
        for part in (
            address.street,
            address.extended,
            address.po_box,
            address.city,
            address.region,
            address.postal_code,
            address.country,
        )
    )


def add_what_is_new(target: CleanContact, other: CleanContact) -> None:
    """Give `target` what another record of the same person holds and it lacks: emails,
    phones, addresses, websites, tags and values kept as written it does not have yet, and
    any field it leaves empty. Nothing `target` holds is changed or dropped."""
    have_emails = {address.lower() for address, _label in target.emails}
    for address, label in other.emails:
        if address.lower() not in have_emails:
            have_emails.add(address.lower())
            target.emails.append((address, label))
    have_phones = {phone.e164 for phone, _label in target.phones}
    for phone, label in other.phones:
        if phone.e164 not in have_phones:
            have_phones.add(phone.e164)
            target.phones.append((phone, label))
    have_places = {_place(a) for a in target.addresses}
    for place in other.addresses:
        if _place(place) not in have_places:
            have_places.add(_place(place))
            target.addresses.append(place)
    have_urls = {site.url.lower() for site in target.websites}
    for site in other.websites:
        if site.url.lower() not in have_urls:
            have_urls.add(site.url.lower())
            target.websites.append(site)
    have_tags = {tag.lower() for tag in target.tags}
    for tag in other.tags:
        if tag.lower() not in have_tags:
            have_tags.add(tag.lower())
            target.tags.append(tag)
    have_kept = {(u.field_name, u.value) for u in target.unparsed}
    target.unparsed.extend(u for u in other.unparsed if (u.field_name, u.value) not in have_kept)
    for name in (
        "middle_name",
        "name_prefix",
        "name_suffix",
        "nickname",
        "title",
        "department",
        "source_uid",
        "notes",
    ):
        if not getattr(target, name) and getattr(other, name):
            setattr(target, name, getattr(other, name))
    if target.company_id is None and not target.company_name and other.company_name:
        target.company_name = other.company_name
    if target.birthday is None and other.birthday is not None:
        target.birthday, target.birthday_year_known = other.birthday, other.birthday_year_known
    if target.anniversary is None and other.anniversary is not None:
        target.anniversary = other.anniversary
        target.anniversary_year_known = other.anniversary_year_known
    if target.follow_up_days is None and other.follow_up_days is not None:
        target.follow_up_days = other.follow_up_days
