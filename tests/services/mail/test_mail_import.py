"""Mail from the user's own mailbox onto contacts' timelines: matching, direction, lists
and no-reply senders, idempotence, --since, dry runs and malformed messages (messages
built with Python's `email` package; the real-world ones are in test_real_mail.py)."""

from __future__ import annotations

import mailbox
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text

from deskcrm.services.contacts.contacts import ContactInput


def message(
    sender: str,
    to: str,
    subject: str,
    *,
    day: int = 1,
    message_id: str | None = "auto",
    body: str = "Hello",
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Date"] = f"Mon, {day:02d} Jun 2026 10:00:00 +0200"
    if message_id == "auto":
        m["Message-ID"] = f"<{subject.replace(' ', '.')}.{day}@example.net>"
    elif message_id:
        m["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        m[name] = value
    m.set_content(body)
    return m


def write_mbox(path: Path, messages: list[EmailMessage | bytes]) -> Path:
    box = mailbox.mbox(path)
    for m in messages:
        box.add(m)
    box.flush()
    box.close()
    return path


@pytest.fixture
def people(services):
    services.settings.save(replace(services.settings.load(), my_addresses="me@shop.test"))
    create = services.contacts.create
    return {
        "anna": create(ContactInput(first_name="Anna", emails=["anna@client.test"])).id,
        # Two people who share an address (a shared inbox): the mail is on both timelines.
        "ben": create(ContactInput(first_name="Ben", emails=["b@x.test", "office@acme.test"])).id,
        "cleo": create(ContactInput(first_name="Cleo", emails=["office@acme.test"])).id,
        "gone": create(ContactInput(first_name="Gone", emails=["gone@x.test"])).id,
    }


def entries(services, contact_id: int) -> list[tuple[str, str]]:
    return [(e.kind, e.summary) for e in services.timeline.interactions(contact_id)]


def test_each_correspondent_gets_the_message_and_direction_follows_my_addresses(
    services, people, tmp_path: Path
) -> None:
    services.contacts.delete([people["gone"]])
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message("Anna <ANNA@Client.test>", "me@shop.test", "Offer", day=1),
            message("me@shop.test", "anna@client.test, office@acme.test", "Re: Offer", day=2),
            message("gone@x.test", "me@shop.test", "From the trash", day=3),
            message("stranger@else.test", "me@shop.test", "Hi", day=4),
        ],
    )
    report = services.mail.import_mail(source)
    assert (report.kind, report.read, report.imported, report.interactions) == ("mbox", 4, 4, 4)
    assert report.unmatched == 2  # the trashed contact's and the stranger's
    assert dict(report.unknown) == {"gone@x.test": 1, "stranger@else.test": 1}
    assert entries(services, people["anna"]) == [("email", "Re: Offer"), ("email", "Offer")]
    assert entries(services, people["ben"]) == entries(services, people["cleo"])
    assert entries(services, people["ben"]) == [("email", "Re: Offer")]
    full = services.timeline.interaction(services.timeline.interactions(people["anna"])[0].id)
    assert full.body.startswith("From: me@shop.test\nTo: anna@client.test, office@acme.test")
    assert full.occurred_at == datetime(2026, 6, 2, 8, 0, tzinfo=UTC)  # stored in UTC
    anna = services.contacts.get(people["anna"])
    assert anna.last_contacted_at == datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
    assert report.changes.touches_contact(people["anna"])
    assert report.changes.reshapes("interactions")


def test_a_second_run_stores_nothing_twice(services, people, tmp_path: Path) -> None:
    mails = [
        message("anna@client.test", "me@shop.test", "One", day=1),
        message("anna@client.test", "me@shop.test", "No id", day=2, message_id=None),
    ]
    source = write_mbox(tmp_path / "Inbox", mails)
    first = services.mail.import_mail(source)
    assert (first.imported, first.interactions) == (2, 2)
    again = services.mail.import_mail(source)
    assert (again.imported, again.already, again.interactions) == (0, 2, 0)
    # The same message saved as a file elsewhere is the same message.
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "one.eml").write_bytes(bytes(mails[0]))
    elsewhere = services.mail.import_mail(tmp_path / "saved")
    assert (elsewhere.kind, elsewhere.already, elsewhere.imported) == (
        "folder of .eml files",
        1,
        0,
    )
    assert len(entries(services, people["anna"])) == 2


def test_lists_and_no_reply_senders_are_left_out_unless_asked(
    services, people, tmp_path: Path
) -> None:
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message(
                "anna@client.test",
                "team@lists.test",
                "List post",
                headers={"List-Id": "<team.lists.test>"},
            ),
            message("no-reply@client.test", "anna@client.test", "Your receipt"),
            message(
                "anna@client.test",
                "me@shop.test",
                "Away",
                headers={"Auto-Submitted": "auto-replied"},
            ),
        ],
    )
    report = services.mail.import_mail(source)
    assert (report.lists, report.automated, report.imported) == (1, 2, 0)
    assert entries(services, people["anna"]) == []
    everything = services.mail.import_mail(source, include_lists=True)
    assert everything.imported == 3 and len(entries(services, people["anna"])) == 3


def test_since_and_dry_run(services, people, tmp_path: Path) -> None:
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message("anna@client.test", "me@shop.test", "Old", day=1),
            message("anna@client.test", "me@shop.test", "New", day=20),
        ],
    )
    dry = services.mail.import_mail(source, dry_run=True)
    assert (dry.imported, dry.interactions) == (2, 2) and entries(services, people["anna"]) == []
    report = services.mail.import_mail(source, since=date(2026, 6, 10))
    assert (report.before, report.imported) == (1, 1)
    assert entries(services, people["anna"]) == [("email", "New")]


def test_maildir_and_a_single_file(services, people, tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    box.add(message("anna@client.test", "me@shop.test", "From new", day=3))
    key = box.add(message("anna@client.test", "me@shop.test", "From cur", day=4))
    box.get_message(key)
    box.close()
    report = services.mail.import_mail(tmp_path / "Mail")
    assert (report.kind, report.imported) == ("Maildir", 2)
    single = tmp_path / "offer.eml"
    single.write_bytes(bytes(message("me@shop.test", "anna@client.test", "Quote", day=5)))
    one = services.mail.import_mail(single)
    assert (one.kind, one.imported) == (".eml file", 1)
    assert [s for _k, s in entries(services, people["anna"])] == ["Quote", "From cur", "From new"]


def test_malformed_messages_are_reported_and_the_rest_imported(
    services, people, tmp_path: Path
) -> None:
    html = message("anna@client.test", "me@shop.test", "Hostile HTML", day=6)
    html.set_content(
        "<html><head><title>t</title><style>p{}</style></head><body><script>alert(1)"
        "</script><p>Visible &amp; kept</p><img src='http://tracker.test/x.gif'>"
        "<a href='javascript:evil()'>link text</a></body></html>",
        subtype="html",
    )
    unknown_charset = (
        b"From: anna@client.test\nTo: me@shop.test\nSubject: Odd charset\n"
        b"Date: Tue, 02 Jun 2026 10:00:00 +0000\nMessage-ID: <odd@x>\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\n\nCaf\xc3\xa9 ok\n"
    )
    broken_base64 = (
        b"From: anna@client.test\nTo: me@shop.test\nSubject: Broken\nMessage-ID: <b64@x>\n"
        b"Date: not a date at all\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n\nSGVsbG8gd29y!!!bGQ\n"
    )
    attachment = message("anna@client.test", "me@shop.test", "With a file", day=7)
    attachment.add_attachment(
        b"\0" * 5_000_000, maintype="application", subtype="pdf", filename="Vertrag März.pdf"
    )
    source = write_mbox(
        tmp_path / "Inbox",
        [
            html,
            unknown_charset,
            broken_base64,
            attachment,
            b"\x00\x01\x02 not a message \xff\xfe",
            message("anna@client.test", "me@shop.test", "Fine", day=8),
        ],
    )
    before = services.contacts.get(people["ben"])
    report = services.mail.import_mail(source)
    assert report.read == 6
    assert [why for _w, why in report.unreadable] == ["no headers"]
    assert report.unreadable[0][0] == "Inbox, message 5"
    assert report.imported == 5
    by_subject = {
        e.summary: services.timeline.interaction(e.id).body
        for e in services.timeline.interactions(people["anna"])
    }
    hostile = by_subject["Hostile HTML"]
    assert "Visible & kept" in hostile and "link text" in hostile
    assert "alert" not in hostile and "p{}" not in hostile and "tracker" not in hostile
    assert "Café ok" in by_subject["Odd charset"]
    assert "Attachments: Vertrag März.pdf" in by_subject["With a file"]
    problems = [what for _w, what in report.problems]
    assert any("unknown charset" in p for p in problems)
    assert any("not a date" in p for p in problems)
    # Nothing unrelated changed.
    assert services.contacts.get(people["ben"]) == before


def test_the_mbox_reader_reads_what_python_s_mailbox_reads(tmp_path: Path) -> None:
    """Read in blocks without an index, each message's bytes are those `mailbox` gives
    (real mbox files and one made here with CRLF lines, a quoted ">From " line and junk
    before the first separator), and a message over the size limit is skipped alone."""
    from deskcrm.services.mail import mail_import

    made = tmp_path / "made.mbox"
    made.write_bytes(
        b"junk before any message\n"
        b"From a@x.test Mon Jun  1 10:00:00 2026\r\nSubject: one\r\n\r\nbody\r\n>From here\r\n\r\n"
        b"From b@x.test Tue Jun  2 10:00:00 2026\nSubject: two\n\nsecond\n"
    )
    real = sorted((Path(__file__).parents[2] / "data" / "real" / "mail" / "mbox").iterdir())
    for path in [made, *real]:
        box = mailbox.mbox(path, create=False)
        expected = [box.get_bytes(key) for key in box.iterkeys()]
        box.close()
        with path.open("rb") as handle:
            got = [raw for _sep, raw in mail_import._mbox_blocks(handle)]

        # Line ends and the blank line before a separator aside (`mailbox` keeps the last
        # only where it is a bare LF).
        def same(raw: bytes) -> bytes:
            return raw.replace(b"\r\n", b"\n").rstrip(b"\n")

        assert [same(g) for g in got] == [same(e) for e in expected], path.name
    first = next(mail_import._mbox(made))
    assert first.fallback_date == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def test_an_oversized_message_is_skipped_alone(
    services, people, tmp_path: Path, monkeypatch
) -> None:
    from deskcrm.services.mail import mail_import

    monkeypatch.setattr(mail_import, "MESSAGE_LIMIT", 50_000)
    monkeypatch.setattr(mail_import, "MBOX_CHUNK", 4096)
    big = message("anna@client.test", "me@shop.test", "Huge", day=2, body="x" * 300_000)
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message("anna@client.test", "me@shop.test", "Before", day=1),
            big,
            message("anna@client.test", "me@shop.test", "After", day=3),
        ],
    )
    report = services.mail.import_mail(source)
    assert report.unreadable == [("Inbox, message 2", "empty, unreadable or over 60 MB")]
    assert [s for _k, s in entries(services, people["anna"])] == ["After", "Before"]


def test_unknown_correspondents_become_leads_in_one_step(services, people, tmp_path: Path) -> None:
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message('"Dora Diaz" <dora@new.test>', "me@shop.test", "Question", day=1),
            message("me@shop.test", "Dora <DORA@new.test>, anna@client.test", "Answer", day=2),
            message("erik@new.test", "me@shop.test", "Hi", day=3),
        ],
    )
    report = services.mail.import_mail(source)
    assert dict(report.unknown) == {"dora@new.test": 2, "erik@new.test": 1}
    changes = services.mail.add_as_leads([*report.unknown, "anna@client.test"])
    assert len(changes.contacts) == 2 and len(changes.interactions) == 3  # not Anna again
    dora = services.contacts.get(min(changes.contacts))
    assert (dora.name, dora.data.lifecycle, dora.data.source) == ("Dora Diaz", "lead", "Email")
    assert dora.data.emails == ["dora@new.test"]
    assert [s for _k, s in entries(services, dora.id)] == ["Answer", "Question"]
    assert dora.last_contacted_at == datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
    erik = services.contacts.get(max(changes.contacts))
    assert erik.name == "erik@new.test"  # no name written: known by the address
    assert entries(services, people["anna"]) == [("email", "Answer")]
    # Asked again: nothing more.
    again = services.mail.add_as_leads(["dora@new.test"])
    assert not again.contacts and not again.interactions


def test_a_merge_takes_the_mail_with_the_timeline_and_undo_gives_it_back(
    services, people, db, tmp_path: Path
) -> None:
    source = write_mbox(
        tmp_path / "Inbox",
        [
            message("office@acme.test", "me@shop.test", "Order", day=1),
            message("b@x.test", "me@shop.test", "Private", day=2),
        ],
    )
    services.mail.import_mail(source)
    ben, cleo = people["ben"], people["cleo"]
    assert entries(services, cleo) == [("email", "Order")]

    def owners() -> dict[str, list[int]]:
        with db.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT m.subject, i.contact_id FROM mail_link l"
                    " JOIN mail_message m ON m.id = l.message_id"
                    " JOIN interaction i ON i.id = l.interaction_id ORDER BY 1, 2"
                )
            )
            found: dict[str, list[int]] = {}
            for subject, contact in rows:
                found.setdefault(subject, []).append(contact)
            return found

    assert owners() == {"Order": sorted([ben, cleo]), "Private": [ben]}
    record = services.duplicates.merge(ben, cleo, services.contacts.get(ben).data)
    # Both had the shared inbox's message: the survivor keeps both entries, nothing lost.
    assert owners() == {"Order": [ben, ben], "Private": [ben]}
    services.duplicates.undo_merge(record)
    assert owners() == {"Order": sorted([ben, cleo]), "Private": [ben]}
    assert entries(services, cleo) == [("email", "Order")]
