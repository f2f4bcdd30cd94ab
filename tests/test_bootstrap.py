"""The composition root: Qt-free, and the one clock it is given is the "now" of every write."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from deskcrm.bootstrap import build_services, open_services
from deskcrm.db.engine import Database
from deskcrm.db.tables import Company, Contact
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput

SERVICES = Path(__file__).resolve().parents[1] / "src" / "deskcrm" / "services"
# A day far from the real one, so a stamp taken from the machine's clock cannot pass.
FIXED = datetime(2031, 7, 4, 8, 15, tzinfo=UTC)


def test_the_command_line_builds_every_service_without_loading_qt() -> None:
    code = (
        "import sys, deskcrm.bootstrap; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_file_database_never_loads_the_server_driver(tmp_path: Path) -> None:
    """psycopg is loaded only for a server: on a file it cost ~11 MB and start-up time."""
    code = (
        "import sys; from pathlib import Path; from deskcrm.bootstrap import open_services\n"
        f"with open_services(Path({str(tmp_path / 'a.sqlite3')!r}), create=True) as opened:\n"
        '    opened.services.contacts.search("a")\n'
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'psycopg'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_merge_trashes_the_other_contact_at_the_injected_time(db: Database) -> None:
    services = build_services(db, clock=lambda: FIXED)
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Schmidt")).id
    twin = services.contacts.create(ContactInput(first_name="Anna", last_name="Schmid")).id

    services.duplicates.merge(anna, twin, services.contacts.get(anna).data)

    [trashed] = services.trash.items("contact")
    assert (trashed.id, trashed.deleted_at) == (twin, FIXED)
    with db.reading() as session:
        contact = session.get(Contact, anna)
        assert contact is not None
        assert (contact.created_at, contact.updated_at) == (FIXED, FIXED)


def test_a_new_company_and_its_edit_and_delete_carry_the_injected_time(db: Database) -> None:
    services = build_services(db, clock=lambda: FIXED)
    acme = services.companies.create(CompanyInput(name="Acme")).id
    services.companies.update(acme, CompanyInput(name="Acme Ltd"))
    services.companies.delete([acme])

    with db.reading() as session:
        company = session.get(Company, acme)
        assert company is not None
        assert (company.created_at, company.updated_at, company.deleted_at) == (
            FIXED,
            FIXED,
            FIXED,
        )


def test_open_services_hands_its_clock_to_the_services_and_closes_the_database(
    db_path: Path,
) -> None:
    with open_services(db_path, clock=lambda: FIXED, create=True) as opened:
        person = opened.services.contacts.create(ContactInput(first_name="Bo", last_name="Li")).id
        assert opened.services.clock() == FIXED
        opened.services.contacts.delete([person])
        [trashed] = opened.services.trash.items("contact")
        assert trashed.deleted_at == FIXED
    with open_services(db_path) as again:  # the file was closed cleanly and opens again
        assert again.services.contacts.count() == 0


def _clock_reads_outside_defaults(path: Path) -> list[int]:
    """Lines calling utc_now() (or datetime.now()) anywhere but as a parameter's default."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    defaults = {
        id(node)
        for func in ast.walk(tree)
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef)
        for default in [*func.args.defaults, *func.args.kw_defaults]
        if default is not None
        for node in ast.walk(default)
    }
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in defaults:
            continue
        called = node.func
        if isinstance(called, ast.Name) and called.id == "utc_now":
            lines.append(node.lineno)
        elif isinstance(called, ast.Attribute) and called.attr in ("utc_now", "now"):
            owner = called.value
            if isinstance(owner, ast.Name) and owner.id in ("datetime", "dates"):
                lines.append(node.lineno)
    return lines


def test_no_service_reads_the_real_clock_itself() -> None:
    found = {
        str(path.relative_to(SERVICES)): lines
        for path in sorted(SERVICES.rglob("*.py"))
        if (lines := _clock_reads_outside_defaults(path))
    }
    # A PDF's "generated at" falls back to the machine's clock when a caller gives none;
    # ReportService always gives its clock's time.
    assert {name: len(lines) for name, lines in found.items()} == {"reports/pdf.py": 1}


def test_backups_of_a_server_address_are_kept_in_the_data_folder_without_the_password(
    tmp_path: Path,
) -> None:
    from deskcrm import config
    from deskcrm.bootstrap import build_backups
    from deskcrm.services.storage.backups import BackupService, ServerBackupService

    server = build_backups("postgresql://anna:s3cret@db.example:5433/crm")
    assert isinstance(server, ServerBackupService) and server.is_server
    assert server.folder == config.data_dir() / "server-backups"
    assert server.shown == "postgresql://anna@db.example:5433/crm"
    assert "s3cret" not in server.stem and server.backups() == []
    assert server.daily_if_due() is None  # the server's own backups do that job
    file = build_backups(tmp_path / "crm.sqlite3")
    assert isinstance(file, BackupService) and not file.is_server
