"""Import benchmark: 100,000 CSV rows (Outlook headers, emails, phones, companies) into an
empty database — validation, duplicate checks and search indexing included — next to two
floors: a plain sqlite3 executemany of the same 100,000 contacts into one 7-column table,
and the schema floor: the very rows the import wrote (contacts, emails, phones, addresses,
history, search index), read back and inserted raw by executemany into an empty database
at DeskCRM's schema, indexes built after, committed — what writing them costs with no
Python in the way.

    python benchmarks/bench_import.py [--rows N] [--runs R]
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "First Name",
                "Last Name",
                "E-mail Address",
                "Mobile Phone",
                "Company",
                "Business City",
            ]
        )
        for i in range(rows):
            writer.writerow(
                [
                    f"Anna{i}",
                    f"Müller{i % 500}",
                    f"anna{i}@example.com",
                    f"+4930{1_000_000 + i}",
                    f"Firma {i % 3000}",
                    "Berlin",
                ]
            )


# The tables an import of contacts writes, in the order it writes them.
WRITTEN = ("company", "contact", "contact_email", "contact_phone", "contact_address")
WRITTEN_TOO = ("lifecycle_event",)
FTS = "contact_fts(rowid, name, company, emails, phones, notes)"


def schema_floor(imported: Path, empty: Path) -> float:
    """Seconds to write what the import wrote into `imported`, raw, into `empty` (a new
    database at the app's schema): one transaction, plain indexes dropped first and built
    after (the cheapest way to write them), the FTS rows by executemany, then the commit."""
    source = sqlite3.connect(imported)
    rows = {
        table: source.execute(f"SELECT * FROM {table}").fetchall()
        for table in (*WRITTEN, *WRITTEN_TOO)
    }
    fts = source.execute(
        "SELECT rowid, name, company, emails, phones, notes FROM contact_fts"
    ).fetchall()
    source.close()
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA synchronous = FULL")
    plain = target.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({','.join('?' * len(WRITTEN[1:] + WRITTEN_TOO))})",
        WRITTEN[1:] + WRITTEN_TOO,
    ).fetchall()
    started = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    for name, _sql in plain:
        target.execute(f'DROP INDEX "{name}"')
    for table, values in rows.items():
        if values:
            marks = ",".join("?" * len(values[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    target.executemany(f"INSERT INTO {FTS} VALUES (?,?,?,?,?,?)", fts)
    for _name, sql in plain:
        target.execute(sql)
    target.execute("COMMIT")
    took = time.perf_counter() - started
    target.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database

    folder = Path(tempfile.mkdtemp(prefix="deskcrm-import-"))
    source = folder / "contacts.csv"
    write_csv(source, args.rows)
    app_times, base_times, duplicate_times, floor_times = [], [], [], []
    for run in range(args.runs):
        db = open_database(folder / f"app{run}.sqlite3")
        services = build_services(db)
        from deskcrm.services.import_export.importing import ImportService

        started = time.perf_counter()
        report = ImportService(db, services.settings).import_contacts_csv(source)
        app_times.append(time.perf_counter() - started)
        assert report.new == args.rows
        # Find duplicates over what was just imported (names share a company every 3,000 rows).
        started = time.perf_counter()
        search = services.duplicates.candidates()
        duplicate_times.append(time.perf_counter() - started)
        db.close()
        open_database(folder / f"floor{run}.sqlite3").close()  # empty, at the app's schema
        floor_times.append(
            schema_floor(folder / f"app{run}.sqlite3", folder / f"floor{run}.sqlite3")
        )
        with source.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))[1:]
        conn = sqlite3.connect(folder / f"base{run}.sqlite3")
        conn.execute(
            "CREATE TABLE contact(id INTEGER PRIMARY KEY, first TEXT, last TEXT, email TEXT,"
            " phone TEXT, company TEXT, city TEXT)"
        )
        started = time.perf_counter()
        with conn:
            conn.executemany(
                "INSERT INTO contact(first, last, email, phone, company, city)"
                " VALUES (?,?,?,?,?,?)",
                rows,
            )
        base_times.append(time.perf_counter() - started)
        conn.close()
    app, base = statistics.median(app_times), statistics.median(base_times)
    print(f"DeskCRM import benchmark — {args.rows:,} CSV rows, median of {args.runs}")
    print(f"  DeskCRM import (validation, duplicates, search index): {app:6.2f} s")
    print(f"  baseline sqlite3 executemany of the same rows:         {base:6.2f} s")
    print(f"  ratio: {app / base:,.1f}x")
    floor = statistics.median(floor_times)
    print(f"  schema floor (the rows it wrote, raw executemany):    {floor:6.2f} s")
    found = statistics.median(duplicate_times)
    print(
        f"  Find duplicates over the imported contacts:            {found:6.2f} s"
        f" ({search.total:,} pairs found, the surest {len(search.pairs):,} listed)"
    )


if __name__ == "__main__":
    main()
