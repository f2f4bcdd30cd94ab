"""Fuzzing every importer (contacts CSV, vCard, feedback CSV) with odd but structured files:
only our own errors, each naming the file, and never a half-written database."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.errors import DeskCrmError
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.support.feedback import FeedbackService
from tests.services.import_export.test_importing_properties import snapshot

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
PROPERTY = st.sampled_from(
    ["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "BDAY", "NOTE", "CATEGORIES", "PHOTO",
     "X-ODD", "item1.EMAIL", "BEGIN", "END", "VERSION", "AGENT"]
)  # fmt: skip
PARAMS = st.sampled_from(
    ["", ";TYPE=WORK", ";ENCODING=QUOTED-PRINTABLE", ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
     ";ENCODING=b", ";VALUE=uri", ";;;", ";TYPE=\"a:b\""]
)  # fmt: skip
LINE = st.one_of(
    st.tuples(PROPERTY, PARAMS, TEXT).map(lambda p: f"{p[0]}{p[1]}:{p[2]}"),
    TEXT.map(lambda t: " " + t),  # a folded continuation
    TEXT.map(lambda t: t + "="),  # a quoted-printable soft break
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "", "VERSION:2.1", "VERSION:4.0"]),
)


@pytest.fixture
def importer(db, services) -> ImportService:
    return ImportService(db, services.settings)


def survives(db_path: Path, path: Path, run) -> bool:
    """True when the import went through; False when it stopped with our own error naming
    the file and left every table exactly as it was."""
    before = snapshot(db_path)
    try:
        run(path)
    except DeskCrmError as error:
        assert str(path) in str(error)
        assert snapshot(db_path) == before
        return False
    return True


@FUZZ
@given(cards=st.lists(st.lists(LINE, max_size=12), min_size=1, max_size=4), crlf=st.booleans())
def test_structured_but_odd_vcards_never_crash_nor_half_write(
    importer, db_path: Path, tmp_path: Path, cards: list[list[str]], crlf: bool
) -> None:
    newline = "\r\n" if crlf else "\n"
    body = newline.join(
        line for card in cards for line in ["BEGIN:VCARD", "VERSION:3.0", *card, "END:VCARD"]
    )
    path = tmp_path / "odd.vcf"
    path.write_text(body + newline, encoding="utf-8")
    survives(db_path, path, lambda p: importer.import_contacts_csv(p, skip_invalid=True))


@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_as_a_vcard_never_crash(
    importer, db_path: Path, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "bytes.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\n" + data)
    survives(db_path, path, importer.import_contacts_csv)


@FUZZ
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["anna@example.com", "nobody@example.com", "", "ANNA@EXAMPLE.COM"]),
            st.sampled_from(["nps", "csat", "", "NPS", "stars"]),
            st.one_of(st.integers(-5, 12).map(str), TEXT),
            st.one_of(st.sampled_from(["2026-03-01", "", "yesterday", "2026-02-30"]), TEXT),
            TEXT,
        ),
        max_size=10,
    ),
    data=st.binary(max_size=80),
)
def test_odd_feedback_csv_never_crashes_nor_half_writes(
    db, services, db_path: Path, tmp_path: Path, rows, data: bytes
) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    if not services.contacts.count():
        services.contacts.create(ContactInput(first_name="Anna", emails=["anna@example.com"]))
    feedback = FeedbackService(db)
    path = tmp_path / "answers.csv"
    lines = ["email,kind,score,date,comment"] + [",".join(f'"{c}"' for c in row) for row in rows]
    path.write_bytes("\n".join(lines).encode("utf-8") + data)
    survives(db_path, path, feedback.import_csv)
