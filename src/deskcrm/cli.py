"""The `deskcrm` command: no subcommand opens the GUI; subcommands run without Qt."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from deskcrm import __version__, cli_mail, config
from deskcrm.config import DbLocation
from deskcrm.errors import DeskCrmError

if TYPE_CHECKING:  # each command imports the services it needs when it runs
    from deskcrm.bootstrap import OpenServices
    from deskcrm.services.import_export.importing import ImportReport
    from deskcrm.services.storage.backups import BackupService


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskcrm",
        description="DeskCRM: a local-first desktop CRM. Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"DeskCRM {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or a PostgreSQL server's postgresql://user@host:port/dbname"
        f" (default: ${config.DB_ENV_VAR}, else {config.default_db_path()}); the server's"
        " password comes from $PGPASSWORD or ~/.pgpass, never from DeskCRM",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="add realistic demo data (to the demo database unless --db or $DESKCRM_DB names one)",
    )
    demo.add_argument("--contacts", type=_positive_int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    sub.add_parser("check", help="run integrity and foreign-key checks, show schema version")

    move = sub.add_parser(
        "move",
        help="copy every record from a database file into an empty server database, or back"
        " into a new file (the source is never changed)",
    )
    move.add_argument("source", metavar="FROM", help="a database file or a postgresql:// URL")
    move.add_argument("target", metavar="TO", help="an empty server database or a new file")

    search = sub.add_parser("search", help="print contacts matching TEXT, best first")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive_int, default=20, metavar="N")

    report = sub.add_parser(
        "report", help="write a report as PDF (pipeline, sales, customers, activity)"
    )
    report.add_argument("which", choices=["pipeline", "sales", "customers", "activity"])
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    report.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--appendix", action="store_true", help="add every deal (pipeline report)")

    backup = sub.add_parser("backup", help="make a verified backup (or list them with --list)")
    backup.add_argument("--to", metavar="PATH", help="file or folder (default: the backups folder)")
    backup.add_argument("--list", action="store_true", help="list the backups with dates and sizes")
    sub.add_parser(
        "encrypt", help="encrypt the database with a passphrase ($DESKCRM_PASSPHRASE or a prompt)"
    )
    sub.add_parser("decrypt", help="turn an encrypted database back into plain SQLite")
    restore = sub.add_parser("restore", help="replace the database with a backup (keeps a copy)")
    restore.add_argument("file", metavar="FILE")

    imp = sub.add_parser(
        "import", help="import contacts from CSV or vCard, mail, answers (or undo an import)"
    )
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_contacts = imp_sub.add_parser("contacts", help="contacts from a CSV or vCard file")
    imp_contacts.add_argument("file", metavar="FILE")
    imp_contacts.add_argument(
        "--format", choices=["csv", "vcard"], help="default: guessed from the name and content"
    )
    imp_contacts.add_argument("--dry-run", action="store_true", help="report, change nothing")
    imp_contacts.add_argument(
        "--skip-invalid",
        action="store_true",
        help="accepted for old scripts: every record is imported, a value that cannot be read"
        " is kept as written and listed",
    )
    imp_contacts.add_argument(
        "--merge", action="store_true", help="merge duplicates into the contact"
    )
    imp_contacts.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN")
    imp_all = imp_sub.add_parser("all", help="an `export all` JSON file, into an empty database")
    imp_all.add_argument("file", metavar="FILE.json")
    imp_undo = imp_sub.add_parser("undo", help="move every contact of one import to the trash")
    imp_undo.add_argument("batch", metavar="BATCH")
    imp_feedback = imp_sub.add_parser(
        "feedback", help="CSAT/NPS answers from a CSV (email, kind, score, date, comment)"
    )
    imp_feedback.add_argument("file", metavar="FILE.csv")
    imp_feedback.add_argument("--dry-run", action="store_true", help="report, change nothing")
    cli_mail.add_parser(imp_sub)

    sub.add_parser("segments", help="list the saved segments with their contact counts")

    export = sub.add_parser(
        "export",
        help="write records to a file (tasks as iCalendar, a segment's contacts as CSV/vCard)",
    )
    export.add_argument("what", choices=["contacts", "deals", "tasks", "all", "segment"])
    export.add_argument(
        "target",
        nargs="+",
        metavar="[NAME] FILE",
        help="contacts: one or more .csv/.vcf files; deals: .csv; tasks: .ics;"
        " all: .json (every table); segment NAME FILE.csv|FILE.vcf",
    )
    return parser


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    # Files DeskCRM creates (database, WAL, backups, exports) are the user's alone.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path = config.resolve_db_path(args.db)
    if args.command == "demo" and db_path == config.default_db_path():
        # Demo data never goes into the user's own records unless a file is named.
        db_path = config.demo_db_path()
    try:
        if args.command is None:
            from deskcrm.app import run_gui  # Qt is imported only on this path

            return run_gui(db_path)
        return COMMANDS[args.command](db_path, args)
    except DeskCrmError as exc:
        print(f"deskcrm: error: {_without_passwords(str(exc), db_path)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("deskcrm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `deskcrm search a | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _without_passwords(message: str, *locations: DbLocation) -> str:
    """An error message never repeats a password typed into a server URL."""
    for location in locations:
        if config.is_server(location):
            message = message.replace(str(location), config.shown_location(location))
    return message


def _file_only(db_path: DbLocation, what: str) -> Path:
    """The file a file feature works on; a server database gets a plain explanation."""
    if config.is_server(db_path):
        raise DeskCrmError(
            f"{what} works on a database file; {config.shown_location(db_path)} is a server"
            " database (its administrator's backups and the server's own encryption of"
            " connections and disks take that place)"
        )
    return Path(db_path)


PASSPHRASE_ENV = "DESKCRM_PASSPHRASE"


def _passphrase_for(db_path: DbLocation, *, prompt: str = "Passphrase: ") -> str | None:
    """For an encrypted file: $DESKCRM_PASSPHRASE, else a prompt on a terminal. A server
    database has no passphrase (libpq finds its password itself)."""
    from deskcrm.db.opening import is_plain_sqlite

    if config.is_server(db_path):
        return None
    db_path = Path(db_path)
    if not db_path.exists() or is_plain_sqlite(db_path):
        return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{db_path} is encrypted. {prompt}")
    return None


def _open_services(
    db_path: DbLocation, *, create: bool = False, clock: Callable[[], datetime] | None = None
) -> AbstractContextManager[OpenServices]:
    """The database (asking for its passphrase if it is encrypted) and every service over
    it, from the composition root; the database is closed when the `with` block ends."""
    from deskcrm.bootstrap import open_services

    return open_services(db_path, _passphrase_for(db_path), clock, create=create)


def _backups(db_path: Path, passphrase: str | None) -> BackupService:
    from deskcrm.bootstrap import build_file_backups

    return build_file_backups(db_path, passphrase)


def _cmd_demo(db_path: DbLocation, args: argparse.Namespace) -> int:
    from deskcrm.services.demo.demo import generate_demo

    with _open_services(db_path, create=True) as opened:
        started = time.perf_counter()
        counts = generate_demo(
            opened.db, contacts=args.contacts, seed=args.seed, clock=opened.services.clock
        )
        elapsed = time.perf_counter() - started
    print(
        f"Added {counts.contacts} contacts, {counts.companies} companies, "
        f"{counts.interactions} interactions, {counts.purchases} purchases, "
        f"{counts.deals} deals and {counts.tasks} tasks to {config.shown_location(db_path)}"
        f" in {elapsed:.1f} s"
    )
    return 0


def _cmd_check(db_path: DbLocation, _args: argparse.Namespace) -> int:
    from deskcrm.db.migrate import HEAD_REVISION
    from deskcrm.services.storage.health import check_file, check_server

    # Read-only: a check never upgrades or otherwise changes the database it looks at.
    if config.is_server(db_path):
        report = check_server(str(db_path))
    else:
        report = check_file(Path(db_path), _passphrase_for(db_path))
    older = report.schema_revision not in (None, HEAD_REVISION)
    if report.is_server:
        print(f"database: {report.path} (a PostgreSQL server database)")
        print(f"connection: ok (PostgreSQL {report.server_version})")
    else:
        print(f"database: {report.path}")
    print(
        f"schema revision: {report.schema_revision}"
        + (f" (upgraded to {HEAD_REVISION} when DeskCRM next opens it)" if older else "")
    )
    if report.is_server:
        print(f"constraints: {'ok' if not report.constraints else 'PROBLEMS'}")
        for problem in report.constraints:
            print(f"  {problem}")
    else:
        print(f"integrity: {', '.join(report.integrity)}")
    print(f"foreign keys: {'ok' if not report.foreign_key_problems else 'PROBLEMS'}")
    for problem in report.foreign_key_problems:
        print(f"  {problem}")
    print("records: " + ", ".join(f"{t} {n}" for t, n in report.counts.items()))
    for note in report.notes:
        print(note)
    return 0 if report.ok else 1


def _cmd_search(db_path: DbLocation, args: argparse.Namespace) -> int:
    from deskcrm.domain.validation import display_phone

    with _open_services(db_path) as opened:
        for row in opened.services.contacts.search(args.text, limit=args.limit):
            phone = display_phone(row.phone) if row.phone else ""
            print("\t".join((row.name, row.company, row.email, phone)))
    return 0


def _cmd_export(db_path: DbLocation, args: argparse.Namespace) -> int:
    from deskcrm.errors import DeskCrmError
    from deskcrm.services.import_export import exporting
    from deskcrm.services.tasks.task_export import export_open_tasks

    several = args.what in ("contacts", "deals")  # contacts out.vcf out.csv: one each
    wanted = 2 if args.what == "segment" else 1
    if len(args.target) != wanted and not (several and args.target):
        usage = "segment NAME FILE" if args.what == "segment" else f"{args.what} FILE"
        raise DeskCrmError(f"export {args.what}: give {usage}")
    target = Path(args.target[-1])
    suffix = target.suffix.lower()
    writers: dict[tuple[str, str], Callable[..., int]] = {
        ("contacts", ".csv"): exporting.export_contacts_csv,
        ("contacts", ".vcf"): exporting.export_contacts_vcard,
        ("deals", ".csv"): exporting.export_deals_csv,
    }
    with _open_services(db_path) as opened:
        db, services = opened.db, opened.services
        if args.what == "tasks":
            count = export_open_tasks(services.tasks, target)
            what = "open tasks"
        elif args.what == "all":
            counts = exporting.export_all_json(db, target, clock=services.clock)
            count, what = sum(counts.values()), f"rows from {len(counts)} tables"
        elif args.what == "segment":
            segments = services.segments
            segment = segments.find(args.target[0])
            writer = writers.get(("contacts", suffix))
            if writer is None:
                raise DeskCrmError(
                    f"cannot export a segment as {suffix or 'that'}; use .csv or .vcf"
                )
            ids = segments.contact_ids(segment.conditions)
            count, what = writer(db, target, ids), f"contacts of the segment “{segment.name}”"
        else:
            files = [Path(name) for name in args.target]
            for file in files:
                if (args.what, file.suffix.lower()) not in writers:
                    raise DeskCrmError(
                        f"cannot export {args.what} as"
                        f" {file.suffix.lower() or 'a file without an extension'}; use .csv or"
                        " .vcf for contacts, .csv for deals, .ics for tasks, .json for all"
                    )
            for file in files[:-1]:
                written = writers[(args.what, file.suffix.lower())](db, file)
                print(f"Wrote {written} {args.what} to {file}")
            count, what = writers[(args.what, suffix)](db, target), args.what
    print(f"Wrote {count} {what} to {target}")
    return 0


def _cmd_segments(db_path: DbLocation, _args: argparse.Namespace) -> int:
    with _open_services(db_path) as opened:
        found = opened.services.segments.with_counts()
    if not found:
        print("No saved segments yet (make them in the contacts view).")
    width = max((len(f"{s.count:,}") for s in found if s.count is not None), default=1)
    for info in found:
        count = "?" if info.count is None else f"{info.count:,}"
        print(f"{count:>{width}}  {info.name}")
    return 0


def _cmd_import(db_path: DbLocation, args: argparse.Namespace) -> int:
    """An import into a database that does not exist yet creates it, unless the import is
    a dry run (it then reads against a throwaway one) or fails (the new file is removed).
    A server database exists already (its administrator made it)."""
    import tempfile

    if args.what == "undo":
        return _import_into(db_path, args, create=False)
    if config.is_server(db_path):
        return _import_into(db_path, args, create=True)
    db_path = Path(db_path)
    if db_path.exists():
        return _import_into(db_path, args, create=True)
    if getattr(args, "dry_run", False):
        with tempfile.TemporaryDirectory(prefix="deskcrm-dry-run-") as folder:
            return _import_into(Path(folder) / db_path.name, args, create=True)
    saved: list[bool] = []
    try:
        return _import_into(db_path, args, create=True, saved=saved)
    except BaseException:
        # Only a file that holds nothing yet is removed: once the import has committed,
        # a failure to print its report (`| head` closing the pipe) must not lose it.
        if not saved:
            for leftover in (db_path, *(Path(f"{db_path}{x}") for x in ("-wal", "-shm", ".users"))):
                leftover.unlink(missing_ok=True)
        raise


def _import_into(
    db_path: DbLocation, args: argparse.Namespace, *, create: bool, saved: list[bool] | None = None
) -> int:
    """`saved` gets an entry once something was committed (the caller then keeps the file)."""
    from deskcrm.errors import DeskCrmError

    saved = [] if saved is None else saved
    with _open_services(db_path, create=create) as opened:
        service = opened.services.importing
        if args.what == "all":
            from deskcrm.services.import_export.exporting import import_all_json

            counts = import_all_json(opened.db, Path(args.file))
            saved.append(True)
            print(
                f"Imported {sum(counts.values())} rows into {len(counts)} tables from {args.file}"
            )
            return 0
        if args.what == "undo":
            undone = service.undo_import(args.batch)
            print(
                f"Moved {undone.contacts} contacts and {undone.companies} companies"
                f" of {args.batch} to the trash"
            )
            return 0
        if args.what == "mail":
            mail = cli_mail.run(opened.services, args)
            if not args.dry_run and mail.imported:
                saved.append(True)
            return 0
        if args.what == "feedback":
            result = opened.services.feedback.import_csv(Path(args.file), dry_run=args.dry_run)
            if not args.dry_run:
                saved.append(True)
            verb = "Would add" if args.dry_run else "Added"
            print(f"{verb} {result.added} answers from {result.rows} rows of {result.file}")
            for line in result.skipped:
                print(f"  skipped {line}")
            return 0
        mapping = {}
        for item in args.map:
            name, sep, column = item.partition("=")
            if not sep:
                raise DeskCrmError(f"--map {item}: use FIELD=COLUMN, e.g. --map first_name=Vorname")
            mapping[name.strip()] = column.strip()
        started = time.perf_counter()
        report = service.import_contacts_csv(
            Path(args.file),
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            merge_duplicates=args.merge,
            mapping=mapping,
            file_format=args.format,
        )
        if not args.dry_run:
            saved.append(True)
        elapsed = time.perf_counter() - started
    _print_import_report(report, merged=args.merge, elapsed=elapsed)
    return 0


def _plural(n: int, one: str, many: str) -> str:
    """ "1 new contact", "2 new contacts": the count and the word that fits it."""
    return f"{n:,} {one if n == 1 else many}"


# Each list of an import report: its heading (one, many); for a vCard file the columns
# are its properties.
_REPORT_LIST_TITLES = {
    "invalid": (
        "record with nothing to import (left out)",
        "records with nothing to import (left out)",
    ),
    "to_check": (
        "phone number kept as written, to check",
        "phone numbers kept as written, to check",
    ),
    "kept": ("value kept as written, to check", "values kept as written, to check"),
    "skipped": ("vCard line skipped", "vCard lines skipped"),
    "matched": (
        "record of a contact you already have (skipped; --merge adds what it holds)",
        "records of contacts you already have (skipped; --merge adds what they hold)",
    ),
    "not_imported": ("column not imported", "columns not imported"),
    "not_imported_vcard": ("vCard property not imported", "vCard properties not imported"),
}


def _print_import_report(report: ImportReport, *, merged: bool, elapsed: float) -> None:
    """What an import did, and everything it did not take as written, one line each with
    its file, line, field, value and why (services/import_export/import_report_text): the
    records left out or matched, each value and number kept as written, each vCard line
    skipped and each column not imported."""
    from deskcrm.services.import_export import import_report_text as report_text

    verb = "Would import" if report.dry_run else "Imported"
    vcard = report.delimiter == "vCard"
    what = "vCard" if vcard else f"delimiter {report.delimiter!r}"
    companies = f" and {_plural(report.companies, 'company', 'companies')}"
    print(
        f"{verb} {_plural(report.new, 'new contact', 'new contacts')}"
        f"{companies if report.companies else ''} from {_plural(report.rows, 'record', 'records')}"
        f" of {report.file} ({report.encoding}, {what}) in {elapsed:.2f} s"
    )
    action = "merged" if merged else "skipped"
    print(
        f"duplicates {action}: {report.duplicates};"
        f" rows with nothing to import: {len(report.invalid_lines)}"
    )
    for listed in report_text.report_lists(report, limit=50):
        kind = "not_imported_vcard" if vcard and listed.kind == "not_imported" else listed.kind
        one, many = _REPORT_LIST_TITLES[kind]
        print(f"{_plural(listed.count, one, many)}:")
        for line in listed.lines:
            print(f"  {line}")
        if listed.more:
            print(f"  … and {listed.more:,} more")
    if report.batch:
        print(f"undo with: deskcrm import undo {report.batch}")


def _cmd_report(db_path: DbLocation, args: argparse.Namespace) -> int:
    from deskcrm.domain.dates import utc_now
    from deskcrm.domain.periods import Period, preset_period
    from deskcrm.errors import DeskCrmError
    from deskcrm.services.reports.catalogue import REPORTS

    now = utc_now()  # one "now" for the whole report, however long it takes
    today = now.astimezone().date()
    default = preset_period("last12", today)
    try:
        period = Period(args.start or default.start, args.end or default.end)
    except ValueError as exc:
        raise DeskCrmError(f"bad range: {exc}") from None
    with _open_services(db_path, clock=lambda: now) as opened:
        title = REPORTS[args.which][0]
        opened.services.reports.save_pdf(
            args.which, period, Path(args.output), appendix=args.appendix
        )
    print(f"Wrote the {title.lower()} report for {period.label} to {args.output}")
    return 0


def _cmd_backup(db_path: DbLocation, args: argparse.Namespace) -> int:
    from deskcrm.db.opening import inspect_file
    from deskcrm.domain.dates import format_datetime
    from deskcrm.services.storage.backups import human_size

    if config.is_server(db_path):
        return _backup_server(str(db_path), args)
    db_path = Path(db_path)
    passphrase = _passphrase_for(db_path)
    backups = _backups(db_path, passphrase)
    if args.list:
        for item in backups.backups():
            print(
                f"{format_datetime(item.created_at)}\t{item.kind}\t{human_size(item.size)}\t{item.path}"
            )
        return 0
    inspect_file(db_path, passphrase)  # refuse (untouched) a file that is not ours
    started = time.perf_counter()
    made = backups.create("manual", Path(args.to) if args.to else None, full_check=False)
    elapsed = time.perf_counter() - started
    print(
        f"Backed up to {made.path} ({human_size(made.size)}, every page checked) in {elapsed:.2f} s"
    )
    if not made.fully_checked:
        started = time.perf_counter()
        backups.check_fully(made)  # removes the copy, and says so, should it fail
        elapsed = time.perf_counter() - started
        print(f"Full integrity check of the backup passed in {elapsed:.2f} s")
    return 0


def _backup_server(address: str, args: argparse.Namespace) -> int:
    """A server database: a pg_dump archive (or the JSON export) on this computer, and a
    plain word that the server's own backups are what really keeps the data safe."""
    from deskcrm.bootstrap import build_backups
    from deskcrm.domain.dates import format_datetime
    from deskcrm.services.storage.backups import SERVER_NOTE, human_size

    backups = build_backups(address)
    if args.list:
        for item in backups.backups():
            print(
                f"{format_datetime(item.created_at)}\t{item.kind}\t{human_size(item.size)}\t{item.path}"
            )
        print(SERVER_NOTE, file=sys.stderr)
        return 0
    started = time.perf_counter()
    made = backups.create("manual", Path(args.to) if args.to else None)
    elapsed = time.perf_counter() - started
    what = (
        "a pg_dump archive" if made.path.suffix == ".dump" else "a JSON export (no pg_dump found)"
    )
    print(f"Wrote {what} to {made.path} ({human_size(made.size)}) in {elapsed:.2f} s")
    print(SERVER_NOTE)
    return 0


def _cmd_restore(db_path: DbLocation, args: argparse.Namespace) -> int:
    db_path = _file_only(db_path, "restoring a backup file")
    backups = _backups(db_path, _passphrase_for(db_path))
    started = time.perf_counter()
    kept = backups.restore(Path(args.file))
    with _open_services(db_path):  # upgrades an older backup's schema
        pass
    elapsed = time.perf_counter() - started
    print(
        f"Restored {args.file} in {elapsed:.2f} s; the database it replaced is kept at {kept.path}"
    )
    return 0


def _new_passphrase() -> str:
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        from deskcrm.errors import DeskCrmError

        raise DeskCrmError(f"set ${PASSPHRASE_ENV} or run this in a terminal to type a passphrase")
    import getpass

    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Again: ") != first:
        from deskcrm.errors import DeskCrmError

        raise DeskCrmError("the two passphrases differ; nothing was changed")
    return first


def _cmd_encrypt(db_path: DbLocation, _args: argparse.Namespace) -> int:
    from deskcrm.services.storage.encryption import encrypt_database

    db_path = _file_only(db_path, "encryption with a passphrase")
    encrypt_database(db_path, _new_passphrase())
    print(f"Encrypted {db_path}. Keep the passphrase safe: without it the data cannot be read.")
    from deskcrm.db.opening import is_plain_sqlite

    folder = db_path.parent / "backups"
    plain = [p for p in folder.glob(f"{db_path.stem}-*.sqlite3") if is_plain_sqlite(p)]
    if plain:
        count = f"{len(plain)} older backup{'s' if len(plain) > 1 else ''}"
        verb = "are" if len(plain) > 1 else "is"
        print(f"Note: {count} in {folder} {verb} not encrypted; delete them if that matters.")
    return 0


def _cmd_decrypt(db_path: DbLocation, _args: argparse.Namespace) -> int:
    from deskcrm.errors import DeskCrmError
    from deskcrm.services.storage.encryption import decrypt_database

    db_path = _file_only(db_path, "encryption with a passphrase")
    passphrase = _passphrase_for(db_path)
    if passphrase is None:
        raise DeskCrmError(f"{db_path} is not encrypted (or give ${PASSPHRASE_ENV})")
    decrypt_database(db_path, passphrase)
    print(f"Decrypted {db_path}; it is plain SQLite again.")
    return 0


def _cmd_move(_db_path: DbLocation, args: argparse.Namespace) -> int:
    """Copy every record of FROM into TO (an empty server database, or a new file); FROM
    is only read. Progress goes to stderr, one line per table."""
    from deskcrm.services.storage.move import move_database

    source = config.resolve_db_path(args.source)
    target = config.resolve_db_path(args.target)
    started = time.perf_counter()

    def progress(table: str, done: int, total: int) -> None:
        print(f"  {table}: {done:,} of {total:,} rows", file=sys.stderr, flush=True)

    try:
        moved = move_database(source, target, passphrase=_passphrase_for(source), progress=progress)
    except DeskCrmError as exc:
        raise DeskCrmError(_without_passwords(str(exc), source, target)) from exc
    elapsed = time.perf_counter() - started
    print(
        f"Copied {moved.rows:,} rows of {moved.tables} tables from"
        f" {config.shown_location(source)} to {config.shown_location(target)} in"
        f" {elapsed:.1f} s; {config.shown_location(source)} is unchanged"
    )
    return 0


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "search": _cmd_search,
    "export": _cmd_export,
    "import": _cmd_import,
    "segments": _cmd_segments,
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "encrypt": _cmd_encrypt,
    "decrypt": _cmd_decrypt,
    "move": _cmd_move,
}
