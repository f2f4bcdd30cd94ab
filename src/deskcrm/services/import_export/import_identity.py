"""Who a row of an import file is: the rules that decide "same person" (pure, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field

from deskcrm.domain.sorting import person_sort_key
from deskcrm.services.import_export.import_rows import ParsedRow

# Rows new in this import are numbered -1, -2 … (the first new row is -1) until saved.


def name_key(row: ParsedRow) -> str:
    return person_sort_key(
        str(row.values.get("first_name") or ""), str(row.values.get("last_name") or "")
    )


@dataclass
class Identities:
    """Everyone known so far — live contacts (positive ids) and the file's new rows
    (negative ids) — by what identifies them.

    The rules, strongest first: the same source id (vCard UID, a CRM's record id); the same
    email; a shared phone number only under the same name (three colleagues behind one
    switchboard are three people); and, for someone with neither email nor phone, the same
    full name at the same company."""

    emails: dict[str, int] = field(default_factory=dict)  # lower-cased
    uids: dict[str, int] = field(default_factory=dict)
    phones: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # e164 -> (id, name)
    names: dict[tuple[str, str], int] = field(default_factory=dict)  # (name, company) -> id

    def match(self, row: ParsedRow) -> int | None:
        if row.source_uid and row.source_uid in self.uids:
            return self.uids[row.source_uid]
        for email in row.emails:
            found = self.emails.get(email.lower())
            if found is not None:
                return found
        checked = [p.e164 for p in row.phones if p.checked]
        name = name_key(row)
        if checked:
            # A number to be checked (kept as typed) says nothing about who it is.
            for number in checked:
                for holder, holder_name in self.phones.get(number, ()):
                    if not name or name == holder_name:
                        return holder
        if not row.emails and not row.phones and name:
            return self.names.get((name, row.company.lower()))
        return None

    def remember(self, row: ParsedRow, contact_id: int) -> None:
        """Later rows that share what identifies `row` are the same person."""
        if row.source_uid:
            self.uids.setdefault(row.source_uid, contact_id)
        for email in row.emails:
            self.emails.setdefault(email.lower(), contact_id)
        name = name_key(row)
        for phone in row.phones:
            if phone.checked:
                self.phones.setdefault(phone.e164, []).append((contact_id, name))
        if not row.emails and not row.phones and name:
            self.names.setdefault((name, row.company.lower()), contact_id)


def split_fresh_and_known(
    rows: list[ParsedRow], known: Identities
) -> tuple[list[ParsedRow], dict[int, list[ParsedRow]]]:
    """The rows that are new people, and the others by the contact they are (a positive
    id: already in the database; negative: an earlier row of the same file, -1 the first)."""
    fresh: list[ParsedRow] = []
    same: dict[int, list[ParsedRow]] = {}
    for row in rows:
        match = known.match(row)
        if match is not None:
            same.setdefault(match, []).append(row)
            # What this row adds identifies the same person in later rows too.
            known.remember(row, match)
            continue
        fresh.append(row)
        known.remember(row, -len(fresh))
    return fresh, same
