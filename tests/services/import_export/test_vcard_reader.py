"""The tolerant vCard reader on real files (tests/data/real) and on each failure seen in them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deskcrm.services.import_export.vcard_reader import (
    VCardContact,
    read_vcards,
    to_contact_input,
)

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
EXPECTED = [e for e in json.loads((REAL / "expected.json").read_text("utf-8"))]
VCARD_EXPECTED = [e for e in EXPECTED if e["format"] == "vcard"]
# README conventions: a key missing from a record means "empty".
_EMPTY_LISTS = ("emails", "phones", "addresses", "urls")


def _as_expected(card: VCardContact) -> dict[str, Any]:
    """The card in expected.json's terms (see tests/data/real/README.md)."""
    return {
        "full_name": card.display_name,
        "kind": "company" if card.is_company else "",
        "given": card.given,
        "middle": card.middle,
        "family": card.family,
        "prefix": card.prefix,
        "suffix": card.suffix,
        "nickname": card.nickname,
        "organization": card.organization,
        "department": card.department,
        "title": card.title,
        "emails": [{"value": e.value, "label": e.label} for e in card.emails],
        "phones": [{"value": p.value, "label": p.label} for p in card.phones],
        "addresses": [
            {
                "label": a.label,
                "street": a.street,
                "extended": a.extended,
                "po_box": a.po_box,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
            }
            for a in card.addresses
        ],
        "urls": [u.url for u in card.urls],
        "birthday": card.birthday.iso() if card.birthday else "",
        "anniversary": card.anniversary.iso() if card.anniversary else "",
        "uid": card.uid,
    }


def _differences(record: dict[str, Any], card: VCardContact) -> list[str]:
    actual = _as_expected(card)
    out = []
    for key, got in actual.items():
        want = record.get(key, [] if key in _EMPTY_LISTS else "")
        if got != want:
            out.append(f"{key}: expected {want!r}, read {got!r}")
    if "note_contains" in record:
        if record["note_contains"] not in card.note:
            out.append(f"note: {record['note_contains']!r} not in {card.note!r}")
    elif card.note:
        out.append(f"note: expected none, read {card.note!r}")
    return out


def test_every_vcard_in_the_real_folder_has_expectations() -> None:
    on_disk = {p.relative_to(REAL).as_posix() for p in REAL.rglob("*.vcf")}
    assert on_disk == {e["file"] for e in VCARD_EXPECTED}
    assert len(on_disk) == 26


@pytest.mark.parametrize("expected", VCARD_EXPECTED, ids=lambda e: e["file"])
def test_real_file_reads_as_expected(expected: dict[str, Any]) -> None:
    result = read_vcards((REAL / expected["file"]).read_bytes(), expected["file"])

    people = sum(not card.is_company for card in result.cards)
    companies = sum(card.is_company for card in result.cards)
    assert (people, companies) == (expected["people"], expected["companies"])
    assert result.encoding == expected["encoding"]
    # Records are listed in file order; each is matched to the next card of that name.
    position = 0
    for record in expected["records"]:
        candidates = [
            (index, card)
            for index, card in enumerate(result.cards)
            if index >= position
            and card.display_name == record["full_name"]
            and card.uid == record.get("uid", card.uid)
        ]
        assert candidates, f"no card named {record['full_name']!r}"
        index, card = candidates[0]
        assert _differences(record, card) == [], record["full_name"]
        position = index + 1


@pytest.mark.parametrize("expected", VCARD_EXPECTED, ids=lambda e: e["file"])
def test_real_file_maps_to_contact_input(expected: dict[str, Any]) -> None:
    result = read_vcards((REAL / expected["file"]).read_bytes(), expected["file"])
    for card in result.cards:
        contact = to_contact_input(card)
        assert contact.emails == [e.value for e in card.emails]
        assert len(contact.email_labels) == len(contact.emails)
        assert len(contact.phone_labels) == len(contact.phones) == len(card.phones)
        assert contact.addresses == card.addresses
        assert contact.source_uid == card.uid
        assert contact.company_name == card.organization
