"""Reading the user's own mail into DeskCRM: an mbox file (Thunderbird's local folders,
Google Takeout, Apple Mail's export), a Maildir, a folder of .eml files or one .eml.

Each message is read on its own (domain.mail) and stored once (by its Message-ID, or a
hash where it has none); every live contact who wrote it or received it (any of their
addresses, without regard to case) gets an email interaction of it on their timeline.
Mailing lists and no-reply senders are left out unless asked for; correspondents who are
no contact are counted for the report. A message that cannot be read is reported with
where it is and why, and the import goes on. Messages are written a batch at a time:
a cancel keeps what was written, and a second run skips what is stored."""

from __future__ import annotations

import mailbox
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import BinaryIO

from deskcrm.db import mail_queries
from deskcrm.db.engine import Database
from deskcrm.db.mail_queries import StoredMail
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.mail import MailFacts, UnreadableMailError, read_message
from deskcrm.errors import DeskCrmError
from deskcrm.services.changes import Changes
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.new_contacts import write_new_contacts
from deskcrm.services.contacts.writing import created_changes
from deskcrm.services.storage.settings import SettingsService

BATCH = 200  # messages read, matched and written together (one transaction)
MESSAGE_LIMIT = 60 * 2**20  # bytes: a larger message is reported, not read
MBOX_CHUNK = 4 * 2**20  # bytes of an mbox read at a time


@dataclass(frozen=True)
class RawMessage:
    where: str  # "Inbox, message 12" / "Maildir cur/1234.host" / "offer.eml"
    raw: bytes
    fallback_date: datetime | None = None


@dataclass
class MailImportReport:
    source: str
    kind: str  # "mbox", "Maildir", "folder of .eml files", ".eml file"
    dry_run: bool = False
    read: int = 0  # messages read from the source (readable or not)
    imported: int = 0  # new messages stored
    interactions: int = 0  # email interactions made on timelines
    already: int = 0  # stored by an earlier import (or twice in this source)
    lists: int = 0  # mailing lists' messages left out
    automated: int = 0  # no-reply and automatic senders' messages left out
    before: int = 0  # older than --since
    unmatched: int = 0  # stored, but no contact wrote or received them
    unknown: Counter[str] = field(default_factory=Counter)  # address -> messages
    problems: list[tuple[str, str]] = field(default_factory=list)  # where, what
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # skipped: where, why
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


def open_source(path: Path) -> tuple[str, Iterator[RawMessage]]:
    """What kind of mail source `path` is, and its messages in order."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "Maildir", _maildir(path)
        return "folder of .eml files", _eml_folder(path)
    if not path.is_file():
        raise DeskCrmError(f"{path}: no such file or folder")
    with path.open("rb") as handle:
        start = handle.read(5)
    if start == b"From ":
        return "mbox", _mbox(path)
    return ".eml file", iter([RawMessage(path.name, _read_file(path))])


def _read_file(path: Path) -> bytes:
    if path.stat().st_size > MESSAGE_LIMIT:
        return b""  # reported as unreadable: too large
    return path.read_bytes()


def _mbox(path: Path) -> Iterator[RawMessage]:
    """The messages of an mbox file, read in blocks (a line starting "From " begins a
    message, as Python's `mailbox` reads it; the file is not indexed first, and a message
    over MESSAGE_LIMIT is skipped without being held)."""
    with path.open("rb") as handle:
        for number, (separator, raw) in enumerate(_mbox_blocks(handle), start=1):
            yield RawMessage(f"{path.name}, message {number}", raw, _separator_date(separator))


def _mbox_blocks(handle: BinaryIO) -> Iterator[tuple[bytes, bytes]]:
    """(separator line, message bytes, b"" when too large) of each message."""
    buffer, start, oversized = handle.read(MBOX_CHUNK), 0, False
    if not buffer.startswith(b"From "):
        first = buffer.find(b"\nFrom ")
        start = len(buffer) if first < 0 else first + 1
    while True:
        end = buffer.find(b"\nFrom ", start + 1)
        if end >= 0:
            yield _split_block(buffer[start : end + 1], oversized)
            start, oversized = end + 1, False
            continue
        more = handle.read(MBOX_CHUNK)
        if not more:
            if start < len(buffer) and buffer[start:].strip():
                yield _split_block(buffer[start:], oversized)
            return
        if len(buffer) - start > MESSAGE_LIMIT:  # keep its separator and the last bytes
            separator_end = buffer.find(b"\n", start) + 1 or len(buffer)
            buffer = buffer[start:separator_end] + b"\n" + buffer[-8:]
            start, oversized = 0, True
        buffer = buffer[start:] + more
        start = 0


def _split_block(block: bytes, oversized: bool) -> tuple[bytes, bytes]:
    line_end = block.find(b"\n")
    if line_end < 0:
        return block, b""
    separator = block[:line_end].rstrip(b"\r")
    if oversized:
        return separator, b""
    raw = block[line_end + 1 :]
    # The blank line before the next separator belongs to the file, not the message.
    if raw.endswith(b"\r\n"):
        raw = raw[:-2]
    elif raw.endswith(b"\n"):
        raw = raw[:-1]
    return separator, raw


def _separator_date(line: bytes) -> datetime | None:
    """The date of an mbox "From sender Sat Jan  3 01:05:34 1996" line (UTC)."""
    parts = line.decode("latin-1").split()
    if len(parts) < 7:
        return None
    try:
        when = datetime.strptime(" ".join(parts[2:7]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return when.replace(tzinfo=UTC)


def _maildir(path: Path) -> Iterator[RawMessage]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.iterkeys()):
        subdir = "new" if (path / "new" / key).exists() else "cur"
        try:
            raw = box.get_bytes(key)
        except (OSError, KeyError) as error:
            yield RawMessage(f"{path.name}/{subdir}/{key}: {error}", b"")
            continue
        yield RawMessage(f"{path.name}/{subdir}/{key}", raw[: MESSAGE_LIMIT + 1])


def _eml_folder(path: Path) -> Iterator[RawMessage]:
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml"):
        yield RawMessage(str(file.relative_to(path)), _read_file(file))


class MailImportService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        contacts: ContactService,
        now: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._contacts = contacts
        self._now = now
        self._tz = tz

    def add_as_leads(self, addresses: Iterable[str]) -> Changes:
        """Correspondents who are no contact, added in one step: each address becomes a
        lead (named as their mail names them, with "Email" as its source) and every
        stored message they wrote or received goes on their timeline. An address a live
        contact has already is left alone."""
        now = self._now()
        wanted = sorted({a.strip().lower() for a in addresses if a.strip()})
        with self._db.transaction() as session:
            owned = mail_queries.live_contacts_by_address(session, wanted)
            wanted = [a for a in wanted if a not in owned]
            stored = mail_queries.messages_concerning(session, wanted)
            names: dict[str, str] = {}
            for mail in stored:
                for address, name in mail.names.items():
                    names.setdefault(address, name)
            people = [
                self._contacts.validate(
                    ContactInput(
                        display_name=names.get(address, ""),
                        emails=[address],
                        lifecycle=Lifecycle.LEAD.value,
                        source="Email",
                    )
                )
                for address in wanted
            ]
            ids = write_new_contacts(session, people, now) if people else []
            contact_of = dict(zip(wanted, ids, strict=True))
            entries = [
                (
                    mail.id,
                    contact_of[address],
                    mail.sent_at,
                    mail.subject or "(no subject)",
                    _timeline_text(mail),
                )
                for mail in stored
                for address in dict.fromkeys((mail.sender, *mail.recipients))
                if address in contact_of
            ]
            interactions = mail_queries.add_email_interactions(session, entries, now)
        return created_changes(ids) | Changes.of(
            interactions=interactions, owners=ids, added_or_removed=["interactions"]
        )

    def import_mail(
        self,
        source: Path,
        *,
        since: date | None = None,
        dry_run: bool = False,
        include_lists: bool = False,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MailImportReport:
        kind, messages = open_source(source)
        report = MailImportReport(str(source), kind, dry_run)
        own = self._settings.load().own_addresses()
        since_at = None
        if since is not None:
            zone = self._tz or self._now().astimezone().tzinfo
            since_at = datetime.combine(since, time.min, zone).astimezone(UTC)
        batch: list[tuple[str, MailFacts]] = []
        seen: set[str] = set()
        for message in messages:
            report.read += 1
            facts = self._read(message, report)
            if facts is not None and self._wanted(facts, since_at, include_lists, report):
                if facts.key in seen:
                    report.already += 1
                else:
                    seen.add(facts.key)
                    batch.append((message.where, facts))
            if len(batch) >= BATCH:
                self._write(batch, own, report)
                batch = []
                if progress is not None:
                    progress(report.read)
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    return report
        if batch:
            self._write(batch, own, report)
        if progress is not None:
            progress(report.read)
        return report

    def _read(self, message: RawMessage, report: MailImportReport) -> MailFacts | None:
        if not message.raw:
            report.unreadable.append((message.where, "empty, unreadable or over 60 MB"))
            return None
        try:
            facts = read_message(message.raw, message.fallback_date)
        except UnreadableMailError as error:
            report.unreadable.append((message.where, str(error)))
            return None
        except Exception as error:  # whatever a hostile message sets off in the parser
            report.unreadable.append(
                (message.where, f"could not be read ({type(error).__name__}: {error})"[:300])
            )
            return None
        for problem in facts.problems:
            report.problems.append((message.where, problem))
        return facts

    @staticmethod
    def _wanted(
        facts: MailFacts, since_at: datetime | None, include_lists: bool, report: MailImportReport
    ) -> bool:
        if since_at is not None and facts.sent_at is not None and facts.sent_at < since_at:
            report.before += 1
            return False
        if not include_lists and facts.is_list:
            report.lists += 1
            return False
        if not include_lists and facts.is_automated:
            report.automated += 1
            return False
        return True

    def _write(
        self, batch: list[tuple[str, MailFacts]], own: frozenset[str], report: MailImportReport
    ) -> None:
        now = self._now()
        new: list[tuple[MailFacts, list[int], dict[str, object]]] = []
        with self._db.transaction() as session:
            stored = mail_queries.known_keys(session, (f.key for _w, f in batch))
            addresses = {a for _w, f in batch for a in f.correspondents} - own
            owners = mail_queries.live_contacts_by_address(session, addresses)
            for where, facts in batch:
                if facts.key in stored:
                    report.already += 1
                    continue
                others = [a for a in facts.correspondents if a not in own]
                matched = list(dict.fromkeys(c for a in others for c in owners.get(a, ())))
                for address in others:
                    if address not in owners:
                        report.unknown[address] += 1
                report.imported += 1
                report.unmatched += not matched
                report.interactions += len(matched)
                problems = list(facts.problems)
                if facts.sent_at is None:
                    problems.append("no date anywhere in it: dated when imported")
                    report.problems.append((where, problems[-1]))
                row = {
                    "message_key": facts.key,
                    "sent_at": facts.sent_at or now,
                    "subject": facts.subject,
                    "sender": facts.sender,
                    "recipients": "\n".join(facts.recipients),
                    "names": "\n".join(f"{a}\t{n}" for a, n in facts.names),
                    "direction": "sent" if facts.sender in own else "received",
                    "body": facts.body,
                    "attachments": "\n".join(facts.attachments),
                    "in_reply_to": facts.in_reply_to,
                    "thread_key": facts.thread_key,
                    "source": f"{report.source} ({where})"[:1000],
                    "problems": "\n".join(problems),
                    "imported_at": now,
                }
                new.append((facts, matched, row))
            if report.dry_run or not new:
                return
            message_ids = mail_queries.add_messages(session, [row for _f, _m, row in new])
            entries = [
                (
                    message_id,
                    contact,
                    facts.sent_at or now,
                    facts.subject or "(no subject)",
                    _timeline_text(facts),
                )
                for (facts, matched, _row), message_id in zip(new, message_ids, strict=True)
                for contact in matched
            ]
            interactions = mail_queries.add_email_interactions(session, entries, now)
        if interactions:
            contacts = {contact for _m, contact, *_rest in entries}
            report.changes = report.changes | Changes.of(
                interactions=interactions,
                contacts=contacts,  # their "last contacted"
                owners=contacts,
                added_or_removed=["interactions"],
            )


def _timeline_text(facts: MailFacts | StoredMail) -> str:
    """What the timeline entry shows in full: who wrote to whom, the text, the files."""
    lines = [f"From: {facts.sender or '(unknown)'}"]
    if facts.recipients:
        lines.append("To: " + ", ".join(facts.recipients))
    lines += ["", facts.body]
    if facts.attachments:
        lines += ["", "Attachments: " + ", ".join(facts.attachments)]
    return "\n".join(lines).strip()
