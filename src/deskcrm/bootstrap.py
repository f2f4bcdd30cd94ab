"""Qt-free composition root: one clock, one time zone and every service over one database,
built the same way for the GUI (app.py) and the command line (cli.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from deskcrm.db.engine import Database
from deskcrm.domain.dates import utc_now
from deskcrm.services.contacts.bulk_actions import BulkActionService
from deskcrm.services.contacts.companies import CompanyService
from deskcrm.services.contacts.contacts import ContactService
from deskcrm.services.contacts.duplicates import DuplicateService
from deskcrm.services.contacts.segments import SegmentService
from deskcrm.services.contacts.tags import TagService
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.mail.mail_import import MailImportService
from deskcrm.services.pipeline.deals import DealService
from deskcrm.services.pipeline.pipeline import PipelineService
from deskcrm.services.pipeline.pipeline_settings import PipelineSettingsService
from deskcrm.services.quick_find import QuickFind
from deskcrm.services.reports.service import ReportService
from deskcrm.services.storage.backups import Backups, BackupService, ServerBackupService
from deskcrm.services.storage.settings import SettingsService
from deskcrm.services.storage.trash import TrashService
from deskcrm.services.support.cases import CaseService
from deskcrm.services.support.feedback import FeedbackService
from deskcrm.services.tasks.tasks import TaskService

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Services:
    """The bundle of services a window or a command needs, built once and passed down."""

    settings: SettingsService
    contacts: ContactService
    companies: CompanyService
    timeline: TimelineService
    deals: DealService
    pipeline: PipelineService
    pipeline_settings: PipelineSettingsService
    tasks: TaskService
    tags: TagService
    reports: ReportService
    trash: TrashService
    importing: ImportService
    duplicates: DuplicateService
    segments: SegmentService
    bulk: BulkActionService
    cases: CaseService
    feedback: FeedbackService
    mail: MailImportService
    quick_find: QuickFind
    # The clock every service above was given, for the plain functions (demo data, the
    # JSON export) that need "now" too.
    clock: Clock = utc_now


def build_services(
    db: Database,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
    translate: Callable[[str], str] = str,
) -> Services:
    """Every service over one database; tests inject the clock and the time zone."""
    now = clock or utc_now
    settings = SettingsService(db)
    contacts = ContactService(db, settings, now)
    return Services(
        settings=settings,
        contacts=contacts,
        companies=CompanyService(db, now),
        timeline=TimelineService(db, now),
        deals=DealService(db, now),
        pipeline=PipelineService(db, now),
        pipeline_settings=PipelineSettingsService(db, now),
        tasks=TaskService(db, now, tz),
        tags=TagService(db),
        reports=ReportService(db, settings, now, tz, translate),
        trash=TrashService(db),
        importing=ImportService(db, settings, now),
        duplicates=DuplicateService(db, contacts, now),
        segments=SegmentService(db, contacts, now, tz),
        bulk=BulkActionService(db, now),
        cases=CaseService(db, now, lambda: settings.load().case_reply_days),
        feedback=FeedbackService(db, now, tz),
        mail=MailImportService(db, settings, contacts, now, tz),
        quick_find=QuickFind(db),
        clock=now,
    )


def build_backups(
    db_path: Path | str,
    passphrase: str | None = None,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
) -> Backups:
    """Backups of the database file at `db_path` (they work on the file, not an open
    engine), or of a server database (`postgresql://…`): pg_dump archives or JSON exports
    kept in the user's data folder."""
    from deskcrm import config

    if config.is_server(db_path):
        folder = config.data_dir() / "server-backups"
        return ServerBackupService(str(db_path), folder, clock or utc_now)
    return build_file_backups(Path(db_path), passphrase, clock, tz)


def build_file_backups(
    db_path: Path,
    passphrase: str | None = None,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
) -> BackupService:
    """Backups of a database file (restore, restore over a damaged file: file features)."""
    return BackupService(db_path, clock or utc_now, tz, passphrase=passphrase)


@dataclass(frozen=True)
class OpenServices:
    """An open database and the services over it; `open_services` closes it."""

    db: Database
    services: Services


@contextmanager
def open_services(
    db_path: Path | str,
    passphrase: str | None = None,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
    *,
    create: bool = False,
) -> Iterator[OpenServices]:
    """Open (and upgrade) the database at `db_path` (a file, or a server's `postgresql://…`
    address), build every service over it and close the database when the block ends,
    however it ends."""
    from deskcrm.db.opening import open_database

    now = clock or utc_now
    # An upgrade's safety copy is named by this clock's time, like every other write.
    db = open_database(db_path, create=create, now=now(), passphrase=passphrase)
    try:
        yield OpenServices(db, build_services(db, now, tz))
    finally:
        db.close()
