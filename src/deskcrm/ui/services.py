"""The bundle of services a window needs, built once in app.py and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from deskcrm.services.bulk_actions import BulkActionService
from deskcrm.services.cases import CaseService
from deskcrm.services.companies import CompanyService
from deskcrm.services.contacts import ContactService
from deskcrm.services.deals import DealService
from deskcrm.services.duplicates import DuplicateService
from deskcrm.services.feedback import FeedbackService
from deskcrm.services.importing import ImportService
from deskcrm.services.pipeline import PipelineService
from deskcrm.services.pipeline_settings import PipelineSettingsService
from deskcrm.services.reports.service import ReportService
from deskcrm.services.segments import SegmentService
from deskcrm.services.settings import SettingsService
from deskcrm.services.tags import TagService
from deskcrm.services.tasks import TaskService
from deskcrm.services.timeline import TimelineService
from deskcrm.services.trash import TrashService


@dataclass(frozen=True)
class Services:
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
