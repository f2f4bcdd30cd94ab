"""Exports written a page at a time: the same file whatever the page size (so no record is
lost, doubled or reordered where one page ends and the next begins), never more than a
page read at once, nothing left behind when an export fails half-way."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from deskcrm.app import build_services
from deskcrm.db import export_queries, import_queries
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.deal_queries import DealFilter
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.import_export import export_records, exporting
from deskcrm.services.import_export.exporting import (
    export_all_json,
    export_contacts_csv,
    export_contacts_vcard,
    export_deals_csv,
    import_all_json,
)
from deskcrm.services.import_export.vcard_writer import escape_value
from deskcrm.services.pipeline.pipeline import PipelineService
from tests.conftest import NOW

CONTACTS = 60
SMALL_PAGE = 5  # 60 contacts, 8 companies, 7 open deals: several pages each, a part-filled last


@pytest.fixture
def demo(db: Database) -> Database:
    """A demo address book with one contact and one company in the trash."""
    generate_demo(db, contacts=CONTACTS, seed=7, now=NOW)
    services = build_services(db, clock=lambda: NOW)
    services.contacts.delete([services.contacts.list_ids(ContactFilter())[3]])
    services.companies.delete([services.companies.list_ids()[0]])
    services.duplicates.mark_not_duplicates(1, 2)
    return db


def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_records, "PAGE", SMALL_PAGE)
    monkeypatch.setattr(exporting, "TABLE_PAGE", SMALL_PAGE)


def _both_ways(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, export: Any) -> bytes:
    """The file `export(path)` writes with the usual pages, after checking that pages of
    SMALL_PAGE records give the very same bytes."""
    whole = tmp_path / "usual"
    export(whole)
    with monkeypatch.context() as patch:
        _small_pages(patch)
        paged = tmp_path / "paged"
        export(paged)
    assert paged.read_bytes() == whole.read_bytes()
    return whole.read_bytes()


def _live_contact_names(db: Database) -> list[str]:
    """Every live contact's "First Last" in the order the app lists them by name."""
    services = build_services(db)
    with db.reading() as session:
        ids = import_queries.live_contact_ids_by_name(session)
    return [f"{c.data.first_name}|{c.data.last_name}" for c in map(services.contacts.get, ids)]


def _storage_form(value: Any) -> Any:
    """A value as the export writes it: a server database's dates and booleans as SQLite
    keeps them (ISO text, 0 or 1)."""
    if isinstance(value, bool):
        return int(value)
    return value.isoformat() if isinstance(value, date) else value


def test_export_all_is_exactly_what_json_writes_for_every_row_of_every_table(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _both_ways(monkeypatch, tmp_path, lambda p: export_all_json(demo, p, now=NOW))
    document = json.loads(written)
    # The file is json.dumps' own rendering of the document it holds.
    assert json.dumps(document, ensure_ascii=False, indent=1).encode() == written
    tables = document["tables"]
    assert list(tables) == import_queries.known_table_names()
    with demo.reading() as session:
        for name in tables:
            columns, rows = import_queries.stored_rows(session, name)
            exported = [tuple(row[c] for c in columns) for row in tables[name]]
            stored = [tuple(map(_storage_form, row)) for row in rows]
            assert sorted(exported, key=repr) == sorted(stored, key=repr), name
            if "id" in columns:  # rows by id, however many pages they came in
                ids = [row["id"] for row in tables[name]]
                assert ids == sorted(ids), name
    assert len(tables["contact"]) == CONTACTS  # the trashed one too, marked deleted_at
    assert len(tables["not_duplicate"]) == 1


def test_export_all_read_in_small_pages_loads_into_an_empty_database_as_it_was(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    counts = export_all_json(demo, first, now=NOW)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        assert import_all_json(other, first) == {
            name: counts[name] for name in exporting.TABLE_ORDER
        }
        export_all_json(other, second, now=NOW)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()


def test_contacts_csv_is_the_same_in_any_page_size_and_lists_everyone_once_by_name(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _both_ways(monkeypatch, tmp_path, lambda p: export_contacts_csv(demo, p))
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8-sig"))))
    people = [f"{r['First Name']}|{r['Last Name']}" for r in rows if r["First Name"]]
    companies = [r["Company"] for r in rows if not r["First Name"]]
    assert people == _live_contact_names(demo)
    services = build_services(demo)
    live = sorted(services.companies.get(i).name for i in services.companies.list_ids())
    assert sorted(companies) == live  # each once (in the database's name order)
    assert len({r["UID"] for r in rows}) == len(rows) == CONTACTS - 1 + len(live)


def test_a_selection_is_written_in_its_own_order_across_pages(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(demo)
    chosen = list(reversed(services.contacts.list_ids(ContactFilter())))[:20]
    written = _both_ways(monkeypatch, tmp_path, lambda p: export_contacts_vcard(demo, p, chosen))
    lines = written.decode().split("\r\n")
    names = [line.removeprefix("N:") for line in lines if line.startswith("N:")]
    people = [services.contacts.get(i) for i in chosen]
    # No company cards: a selection is of people, each once, in the order chosen.
    assert [n.split(";")[:2] for n in names] == [
        [escape_value(p.data.last_name), escape_value(p.data.first_name)] for p in people
    ]


def test_vcards_are_the_same_in_any_page_size_one_per_live_contact_and_company(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _both_ways(monkeypatch, tmp_path, lambda p: export_contacts_vcard(demo, p))
    services = build_services(demo)
    cards = written.decode().count("BEGIN:VCARD\r\n")
    assert cards == written.decode().count("END:VCARD\r\n")
    assert cards == services.contacts.count() + len(services.companies.list_ids())


def test_deals_csv_is_the_same_in_any_page_size_open_deals_first_in_card_order(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _both_ways(monkeypatch, tmp_path, lambda p: export_deals_csv(demo, p))
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8-sig"))))
    pipeline = PipelineService(demo, clock=lambda: NOW)
    info = pipeline.pipeline(1)
    board = pipeline.board(info.id, DealFilter())
    on_board = [i for stage in info.open_stages for i in board.get(stage.id, [])]
    with demo.reading() as session:
        columns, deals = import_queries.stored_rows(session, "deal")
    titles = {d[columns.index("id")]: d[columns.index("title")] for d in deals}
    # The board's open deals first, column by column in card order, then the closed ones.
    assert [r["Title"] for r in rows[: len(on_board)]] == [titles[i] for i in on_board]
    assert {r["Status"] for r in rows[len(on_board) :]} <= {"won", "lost"}
    live = [d for d in deals if d[columns.index("deleted_at")] is None]
    assert len(rows) == len(live) > len(on_board) > SMALL_PAGE


def test_an_export_never_reads_more_than_a_page_of_contacts_at_once(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    asked: list[int] = []
    read_whole = export_queries.contacts_whole

    def counting(session: Any, ids: list[int]) -> Any:
        asked.append(len(ids))
        return read_whole(session, ids)

    monkeypatch.setattr(export_queries, "contacts_whole", counting)
    export_contacts_csv(demo, tmp_path / "contacts.csv")
    assert max(asked) == SMALL_PAGE and sum(asked) == CONTACTS - 1


def test_an_export_that_fails_half_way_leaves_no_file(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    written: list[int] = []

    def failing(contact: Any) -> str:
        written.append(contact.id)
        if len(written) > SMALL_PAGE * 2:
            raise RuntimeError("disk pulled out")
        return "BEGIN:VCARD\r\nEND:VCARD\r\n"

    monkeypatch.setattr(exporting, "vcard", failing)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="disk pulled out"):
        export_contacts_vcard(demo, folder / "contacts.vcf")
    assert len(written) > SMALL_PAGE * 2 and list(folder.iterdir()) == []
