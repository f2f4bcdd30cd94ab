"""Exports: CSV without formula injection, vCard that an independent parser reads back,
every table as JSON; files private and written whole."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
import vobject

from deskcrm.db import migrate
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.import_export.exporting import (
    export_all_json,
    export_contacts_csv,
    export_contacts_vcard,
    export_deals_csv,
    neutralise,
)
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW


@pytest.mark.parametrize(
    "cell", ["=1+1", '=HYPERLINK("http://x")', "+49 30 1", "-5", "@SUM(A1)", "\tx", "\rx"]
)
def test_cells_that_would_run_as_formulas_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


def test_ordinary_cells_are_left_alone() -> None:
    assert neutralise("Anna") == "Anna" and neutralise("") == "" and neutralise("5-3") == "5-3"


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_contacts_csv_has_every_field_and_no_live_formulas(db, services, tmp_path: Path) -> None:
    services.contacts.create(
        ContactInput(
            first_name='=HYPERLINK("http://x")',
            last_name="Müller",
            emails=["a@example.com", "b@example.com"],
            phones=["030 1234567"],
            company_name="Kaffee Verde",
            tags=["VIP", "Local"],
            birthday=date(1990, 2, 28),
            notes="line one\nline two",
        )
    )
    path = tmp_path / "contacts.csv"
    assert export_contacts_csv(db, path) == 1
    (row,) = _read_csv(path)
    assert row["First name"] == """'=HYPERLINK("http://x")"""
    assert row["Emails"] == "a@example.com; b@example.com"
    assert row["Phones"] == "'+49 30 1234567"  # starts with +: shown as text
    assert row["Company"] == "Kaffee Verde" and row["Tags"] == "Local; VIP"
    assert row["Birthday"] == "1990-02-28" and row["Notes"] == "line one\nline two"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_deals_csv_writes_amounts_as_plain_numbers(db, services, tmp_path: Path) -> None:
    stage = services.pipeline.pipeline(1).open_stages[0].id
    services.deals.create(
        DealInput(title="@risk", pipeline_id=1, stage_id=stage, value_minor=123456, currency="EUR")
    )
    services.deals.create(
        DealInput(title="Yen deal", pipeline_id=1, stage_id=stage, value_minor=5000, currency="JPY")
    )
    path = tmp_path / "deals.csv"
    assert export_deals_csv(db, path) == 2
    rows = {r["Currency"]: r for r in _read_csv(path)}
    assert rows["EUR"]["Title"] == "'@risk" and rows["EUR"]["Value"] == "1234.56"
    assert rows["JPY"]["Value"] == "5000" and rows["EUR"]["Stage"] == "Lead"


def test_vcards_round_trip_through_vobject(db, services, tmp_path: Path) -> None:
    services.contacts.create(
        ContactInput(
            first_name="Łukasz",
            last_name="Ørsted; Jr.",
            emails=["l@example.com", "x@example.com"],
            phones=["+44 20 7946 0018"],
            company_name="Nordlicht, AG",
            title="CEO",
            birthday=date(1985, 7, 1),
            tags=["VIP", "Trade fair"],
            notes="Likes tea\nand cake",
            address="Hauptstr. 1",
            postal_code="10115",
            city="Berlin",
            country="Germany",
        )
    )
    path = tmp_path / "contacts.vcf"
    assert export_contacts_vcard(db, path) == 1
    (card,) = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert card.fn.value == "Łukasz Ørsted; Jr."
    assert card.n.value.family == "Ørsted; Jr." and card.n.value.given == "Łukasz"
    assert [e.value for e in card.email_list] == ["l@example.com", "x@example.com"]
    assert card.tel.value == "+442079460018"
    assert card.org.value == ["Nordlicht, AG"]
    assert card.bday.value == "1985-07-01"
    assert sorted(card.categories.value) == ["Trade fair", "VIP"]
    assert card.note.value == "Likes tea\nand cake"
    assert card.adr.value.city == "Berlin" and card.adr.value.code == "10115"


def test_json_export_holds_every_table(db, tmp_path: Path) -> None:
    generate_demo(db, contacts=40, seed=2, now=NOW)
    path = tmp_path / "all.json"
    counts = export_all_json(db, path, now=NOW)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (
        document["format"] == "deskcrm-export"
        and document["schema_revision"] == migrate.HEAD_REVISION
    )
    assert set(document["tables"]) >= {
        "contact",
        "company",
        "deal",
        "task",
        "purchase",
        "interaction",
        "pipeline",
        "stage",
        "tag",
        "contact_tag",
        "deal_stage_event",
    }
    assert counts["contact"] == 40 == len(document["tables"]["contact"])
    assert isinstance(document["tables"]["purchase"][0]["amount_minor"], int)


def test_an_unwritable_export_leaves_nothing(db, tmp_path: Path) -> None:
    with pytest.raises(DeskCrmError, match="cannot write"):
        export_contacts_csv(db, tmp_path / "no" / "contacts.csv")


def test_export_all_then_import_all_gives_an_identical_database(db, tmp_path: Path) -> None:
    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.services.import_export.exporting import TABLE_ORDER, import_all_json

    generate_demo(db, contacts=120, seed=5, now=NOW)
    services = build_services(db)
    services.duplicates.mark_not_duplicates(1, 2)
    services.settings.save(services.settings.load())
    first = tmp_path / "first.json"
    export_all_json(db, first, now=NOW)
    other = open_database(tmp_path / "other.sqlite3")
    counts = import_all_json(other, first)
    assert counts["contact"] == 120
    assert [t for t in TABLE_ORDER if not counts[t]] == []  # every table has rows to carry
    second = tmp_path / "second.json"
    export_all_json(other, second, now=NOW)
    assert json.loads(first.read_text())["tables"] == json.loads(second.read_text())["tables"]

    assert build_services(other).contacts.search("a", limit=3)  # the search index was rebuilt
    with pytest.raises(DeskCrmError, match="already holds"):
        import_all_json(other, first)
    other.close()


def test_import_all_refuses_what_is_not_a_deskcrm_export(db, tmp_path: Path) -> None:
    from deskcrm.services.import_export.exporting import import_all_json

    bad = tmp_path / "bad.json"
    cases = [
        ("{nope", "not a DeskCRM export"),
        ('{"format": "x"}', "not a DeskCRM export"),
        (
            '{"format": "deskcrm-export", "format_version": 1, "schema_revision": "0001"}',
            "schema 0001",
        ),
    ]
    for content, message in cases:
        bad.write_text(content)
        with pytest.raises(DeskCrmError, match=message):
            import_all_json(db, bad)
