"""One email message as a CRM needs it: who wrote to whom, when, about what, its plain
text and its attachments' names, its place in a conversation, and whether it is a
mailing list's or a machine's. Read with Python's `email` package (its compat32 parser:
three times quicker than policy.default over a mailbox, with each header decoded here);
anything odd is noted in `problems` and the message is kept, never dropped for one bad
header. HTML is turned into text
here and never rendered."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser

BODY_LIMIT = 200_000  # characters of text kept from one message (the rest is noted)
SUBJECT_LIMIT = 500
KEY_LIMIT = 400

# Senders no one answers: left out by default (with mailing lists).
_AUTOMATED_SENDER = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster|bounces?"
    r"|notifications?|auto[-_.]?confirm|unsubscribe)([-+_.].*)?@",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


class UnreadableMailError(ValueError):
    """Not a message at all (empty, or no header the parser recognises)."""


@dataclass(frozen=True)
class MailFacts:
    key: str  # the Message-ID (without <>) or "sha256:" and a hash of the message
    sent_at: datetime | None  # UTC; None when no date could be read
    subject: str
    sender: str  # bare address, lower-case ("" when none could be read)
    recipients: tuple[str, ...]  # To and Cc, bare addresses, lower-case, each once
    names: tuple[tuple[str, str], ...]  # (address, the name written beside it), if any
    body: str
    attachments: tuple[str, ...]
    is_list: bool  # a mailing list's (List-Id, List-Unsubscribe, Precedence: list/bulk)
    is_automated: bool  # a no-reply sender, Auto-Submitted, Precedence: junk
    in_reply_to: str
    thread_key: str  # the first message of its conversation as far as it says
    problems: tuple[str, ...]  # what was odd and how it was read anyway

    @property
    def correspondents(self) -> tuple[str, ...]:
        """The sender and every recipient, each once."""
        return tuple(a for a in dict.fromkeys((self.sender, *self.recipients)) if a)


def read_message(raw: bytes, fallback_date: datetime | None = None) -> MailFacts:
    """The facts of one message given as its bytes. `fallback_date` (e.g. the mbox
    separator's date) is used, and noted, where the message has no readable Date."""
    if not raw.strip():
        raise UnreadableMailError("an empty message")
    problems: list[str] = []
    message = message_from_bytes(raw)
    if not message.keys():
        raise UnreadableMailError("no headers")
    for defect in message.defects[:5]:
        problems.append(f"headers: {type(defect).__name__}")
    subject = _clean(_header(message, "Subject", problems))[:SUBJECT_LIMIT]
    names: dict[str, str] = {}
    sender = _first_address(message, ("From", "Sender", "Return-Path"), problems, names)
    recipients = _addresses(message, ("To", "Cc"), problems, names)
    sent_at = _date(message, problems)
    if sent_at is None:
        received = _received_date(message)
        if received is not None:
            sent_at = received
            problems.append("no readable Date: dated by its Received header")
        elif fallback_date is not None:
            sent_at = fallback_date
            problems.append("no readable Date: dated by the mailbox's separator line")
    body, attachments = _content(message, problems)
    message_id = _message_id(_header(message, "Message-ID", problems))
    key = message_id or "sha256:" + hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()
    in_reply_to = _message_id(_header(message, "In-Reply-To", problems))
    references = _MESSAGE_ID.findall(_header(message, "References", problems))
    thread = references[0] if references else in_reply_to or key
    precedence = _header(message, "Precedence", problems).strip().lower()
    auto = _header(message, "Auto-Submitted", problems).strip().lower()
    is_list = bool(
        _header(message, "List-Id", problems)
        or _header(message, "List-Unsubscribe", problems)
        or precedence in ("list", "bulk")
    )
    is_automated = bool(
        _AUTOMATED_SENDER.match(sender) or (auto and auto != "no") or precedence == "junk"
    )
    return MailFacts(
        key=key[:KEY_LIMIT],
        sent_at=sent_at,
        subject=subject,
        sender=sender,
        recipients=recipients,
        names=tuple(names.items()),
        body=body,
        attachments=attachments,
        is_list=is_list,
        is_automated=is_automated,
        in_reply_to=in_reply_to[:KEY_LIMIT],
        thread_key=thread[:KEY_LIMIT],
        problems=tuple(dict.fromkeys(problems)),
    )


# -- headers ----------------------------------------------------------------------------
def _header(message: Message, name: str, problems: list[str]) -> str:
    """A header's text, its encoded words decoded; "" when absent. Raw 8-bit text (which
    mail should not carry, and some programs write) is read as UTF-8, else Windows-1252;
    inside an encoded word, as the charset the word names."""
    text = _raw_value(message, name)
    if text is None:
        return ""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        raw = text.encode("ascii", "surrogateescape")
        if "=?" in text:  # each byte as itself, for the word's own charset to decode
            text = raw.decode("latin-1")
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
                problems.append(f"{name}: raw 8-bit text, read as Windows-1252")
    if "=?" in text:
        text = _decoded_words(text, name, problems)
    return text


def _raw_value(message: Message, name: str) -> str | None:
    """The first such header as the parser kept it (8-bit bytes as surrogates: compat32's
    `get` would hide them behind an "unknown-8bit" Header)."""
    wanted = name.lower()
    for key, value in message.raw_items():  # type: ignore[attr-defined]
        if key.lower() == wanted:
            return str(value)
    return None


def _decoded_words(text: str, name: str, problems: list[str]) -> str:
    """RFC 2047 encoded words decoded; a word its charset cannot decode is decoded with
    the bad bytes replaced (or as UTF-8 where the charset is unknown), and noted."""
    try:
        return str(make_header(decode_header(text)))
    except (LookupError, UnicodeError, HeaderParseError, ValueError):
        pass
    try:
        words = decode_header(text)
    except (HeaderParseError, ValueError):
        problems.append(f"{name}: its encoded words could not be read; kept as written")
        return text
    parts = []
    for chunk, charset in words:
        if isinstance(chunk, str):
            parts.append(chunk)
        else:
            parts.append(decode_text(chunk, charset or "ascii"))
    problems.append(f"{name}: an encoded word did not decode cleanly; bad bytes replaced")
    return "".join(parts)


def _clean(text: str) -> str:
    """One line, control characters out."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _addresses(
    message: Message, names: tuple[str, ...], problems: list[str], seen: dict[str, str]
) -> tuple[str, ...]:
    """The bare addresses of these headers (lower-case, each once); the names written
    beside them go into `seen`."""
    found: list[str] = []
    for name in names:
        text = _header(message, name, problems)
        if not text:
            continue
        for display, address in getaddresses([text]):
            address = address.strip().strip("<>").lower()
            if _ADDRESS.match(address):
                found.append(address)
                display = _clean(display).strip("'\" ")
                if display and display.lower() != address and address not in seen:
                    seen[address] = display[:200]
            elif address:
                problems.append(f"{name}: {address[:80]!r} is not an address; left out")
    return tuple(dict.fromkeys(found))


def _first_address(
    message: Message, names: tuple[str, ...], problems: list[str], seen: dict[str, str]
) -> str:
    for name in names:
        found = _addresses(message, (name,), problems, seen)
        if found:
            return found[0]
    return ""


def _message_id(text: str) -> str:
    found = _MESSAGE_ID.search(text)
    if found:
        return found.group(1)
    text = text.strip()
    return text if text and " " not in text else ""


def _date(message: Message, problems: list[str]) -> datetime | None:
    text = _header(message, "Date", problems)
    if not text:
        problems.append("no Date header")
        return None
    when = _parse_date(text)
    if when is None:
        problems.append(f"Date: {text[:60]!r} is not a date")
    return when


def _parse_date(text: str) -> datetime | None:
    try:
        when = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # "-0000": the time is UTC, its zone unknown (RFC 5322)
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _received_date(message: Message) -> datetime | None:
    """The date the last mail server to handle it wrote (the first Received header)."""
    try:
        received = message.get_all("Received") or []
    except Exception:  # an unreadable trace header is no date
        return None
    for value in received:
        text = str(value)
        if ";" in text:
            when = _parse_date(text.rsplit(";", 1)[1])
            if when is not None:
                return when
    return None


# -- content ----------------------------------------------------------------------------
def _content(message: Message, problems: list[str]) -> tuple[str, tuple[str, ...]]:
    """The plain text a reader sees (the first text/plain part, else the first HTML part
    turned into text) and every attachment's file name."""
    plain: str | None = None
    html: str | None = None
    attachments: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        try:
            filename = part.get_filename()
            if filename and "=?" in filename:  # RFC 2047 words, as Outlook writes them
                filename = str(make_header(decode_header(filename)))
        except Exception:  # a broken Content-Disposition
            filename = None
            problems.append("an attachment's name could not be read")
        disposition = (part.get_content_disposition() or "").lower()
        if (
            disposition == "inline"
            and part.get_content_maintype() == "image"
            and part["Content-ID"]
        ):
            continue  # a picture shown inside the HTML text, not a file sent with it
        if filename or disposition == "attachment":
            attachments.append(_clean(filename or "(no name)")[:255])
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _text_of(part, problems)
        elif kind == "text/html" and html is None:
            html = _text_of(part, problems)
    if plain is not None and plain.strip():
        body = plain
    elif html is not None:
        body = html_to_text(html)
    else:
        body = plain or ""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if len(body) > BODY_LIMIT:
        problems.append(f"text cut at {BODY_LIMIT:,} characters (of {len(body):,})")
        body = body[:BODY_LIMIT]
    return body.strip(), tuple(attachments)


def _text_of(part: Message, problems: list[str]) -> str:
    """A text part decoded by its declared charset; where that is unknown or wrong, as
    UTF-8 with undecodable bytes replaced (noted)."""
    charset = part.get_content_charset() or "us-ascii"
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a transfer encoding that cannot be undone
        problems.append("a text part's transfer encoding is broken; read as written")
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):
        return ""
    for defect in part.defects[:3]:
        problems.append(f"text part: {type(defect).__name__}")
    try:
        return payload.decode(charset)
    except LookupError:
        problems.append(f"unknown charset {charset[:40]!r}: read as UTF-8")
        return payload.decode("utf-8", "replace")
    except UnicodeDecodeError:
        pass
    if charset.lower().replace("_", "-") == "iso-2022-jp":
        text = _iso2022jp_ms(payload)
        if text is not None:
            return text
    try:  # a program that wrote UTF-8 and declared something else
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"text not valid {charset[:40]}: undecodable bytes replaced")
        return payload.decode(charset, "replace")
    problems.append(f"text declared {charset[:40]} but written in UTF-8: read as UTF-8")
    return text


def decode_text(data: bytes, charset: str) -> str:
    """Bytes in a charset, bad bytes replaced; an unknown charset read as UTF-8;
    ISO-2022-JP with Windows' extra characters (№, ①, ㈱) read as Windows writes it."""
    try:
        return data.decode(charset)
    except LookupError:
        return data.decode("utf-8", "replace")
    except UnicodeDecodeError:
        pass
    if charset.lower().replace("_", "-") == "iso-2022-jp":
        text = _iso2022jp_ms(data)
        if text is not None:
            return text
    return data.decode(charset, "replace")


_JIS_RUN = re.compile(rb"\x1b\$[B@](.*?)(?=\x1b\([BJ]|$)", re.DOTALL)


def _iso2022jp_ms(data: bytes) -> str | None:
    """ISO-2022-JP as Windows writes it (code page 50220: NEC's row 13 and IBM's extra
    characters in the JIS runs, which Python's iso2022_jp codecs refuse): each JIS X 0208
    run moved to Shift_JIS and read as code page 932."""
    out, at = [], 0
    for run in _JIS_RUN.finditer(data):
        out.append(data[at : run.start()].decode("ascii", "replace"))
        jis = run.group(1)
        if len(jis) % 2:
            return None
        sjis = bytearray()
        for j1, j2 in zip(jis[::2], jis[1::2], strict=True):
            if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
                return None
            s1 = ((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0)
            s2 = j2 + (0x1F if j1 % 2 else 0x7E)
            if j1 % 2 and s2 >= 0x7F:
                s2 += 1
            sjis += bytes((s1, s2))
        out.append(sjis.decode("cp932", "replace"))
        at = run.end()
        if data[at : at + 3] in (b"\x1b(B", b"\x1b(J"):
            at += 3
    out.append(data[at:].decode("ascii", "replace"))
    return "".join(out)


class _TextOfHtml(HTMLParser):
    """Text of an HTML document: script, style and head left out, blocks on their own
    lines, links' text kept (not followed), entities decoded. Nothing is fetched or run."""

    _BLOCKS = frozenset(
        "p div br tr li ul ol table h1 h2 h3 h4 h5 h6 blockquote pre hr section article".split()
    )
    _HIDDEN = frozenset(("script", "style", "head", "title", "template", "noscript"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # markup the parser gives up on: tags dropped
        return unescape(re.sub(r"<[^>]*>", " ", html))
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
