"""Report use cases for the GUI and the CLI: build a report, make its PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from deskcrm.db.engine import Database
from deskcrm.domain.dates import utc_now
from deskcrm.domain.periods import Period
from deskcrm.services.reports.catalogue import build_report
from deskcrm.services.reports.context import CountText, ReportContext, english_count
from deskcrm.services.reports.model import Progress, Report, no_progress
from deskcrm.services.storage.files import write_atomically
from deskcrm.services.storage.settings import SettingsService


class ReportService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        clock: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
        translate: Callable[..., str] = str,
        count_text: CountText | None = None,
    ) -> None:
        """`translate` is ui.i18n.tr's shape (tr(text) for a label, tr(text, "", n) for
        counted text in Qt's plural forms), or `str` for none: then counted text is in
        English. `count_text`, when given, is used for counted text instead."""
        self._db = db
        self._translate = translate
        self._count_text = count_text or _count_text_of(translate)
        self._settings = settings
        self._clock = clock
        self.tz = tz

    def today(self) -> datetime:
        return self._clock()

    def build(self, key: str, period: Period, *, appendix: bool = False) -> Report:
        settings = self._settings.load()
        ctx = ReportContext(
            self._db,
            period,
            self._clock(),
            self.tz,
            settings.default_currency,
            self._translate,
            self._count_text,
        )
        return build_report(key, ctx, appendix=appendix)

    def pdf(
        self,
        key: str,
        period: Period,
        *,
        appendix: bool = False,
        progress: Progress = no_progress,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> bytes:
        from deskcrm.services.reports.pdf import PdfOptions, render_pdf  # reportlab: on use

        progress(0.0, "Gathering figures")
        report = self.build(key, period, appendix=appendix)
        settings = self._settings.load()
        options = PdfOptions(
            settings.business_name,
            settings.paper_size,
            settings.logo_path_or_none(),
            generated_at=self._clock().astimezone(self.tz),
        )
        progress(0.1, "Laying out pages")
        return render_pdf(report, options, progress, cancelled)

    def save_pdf(self, key: str, period: Period, path: Path, **kwargs: object) -> None:
        write_atomically(Path(path), self.pdf(key, period, **kwargs))  # type: ignore[arg-type]


def _count_text_of(translate: Callable[..., str]) -> CountText:
    """Counted text through `translate` (Qt's plural forms in the GUI); English without it."""
    if translate is str:
        return english_count
    return lambda text, n: translate(text, "", n)
