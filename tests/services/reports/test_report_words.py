"""Counts and durations in the reports read right: "(1 answer)", "1 day", "3.5 days", never
"(1 answers)" or "1.0 days"; a translation's plural forms are used where one is given."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcrm.domain.periods import Period
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.reports.catalogue import build_report
from deskcrm.services.reports.context import ReportContext, english_count
from deskcrm.services.reports.service import ReportService
from deskcrm.services.storage.settings import SettingsService
from deskcrm.services.support.cases import CaseInput, CaseService
from deskcrm.services.support.feedback import FeedbackService
from tests.conftest import Clock

BERLIN = ZoneInfo("Europe/Berlin")
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)


def _kpis(report) -> dict[str, str]:
    return {k.label: k.value for k in report.kpis}


@pytest.fixture
def one_of_each(db) -> None:
    """One NPS and one CSAT answer; a lead who bought a day after being added, and bought
    again a day later; a case resolved a day after it was opened — all in March."""
    clock = Clock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    contacts = ContactService(db, SettingsService(db), clock)
    anna = contacts.create(ContactInput(first_name="Anna", source="Fair")).id
    timeline = TimelineService(db)
    for days in (1, 2):
        timeline.record_purchase(anna, "Tea", 5_00, "EUR", clock.now + timedelta(days=days))
    feedback = FeedbackService(db, clock, BERLIN)
    feedback.record(anna, "nps", 10, date(2026, 3, 5))
    feedback.record(anna, "csat", 4, date(2026, 3, 6))
    cases = CaseService(db, clock)
    case = cases.open_case(CaseInput("Kettle leaks", anna)).id
    clock.now += timedelta(days=1)
    cases.set_status(case, "resolved")


def test_one_answer_and_one_day_are_singular_in_every_report(db, one_of_each) -> None:
    ctx = ReportContext(db, MARCH, NOW, BERLIN, "EUR")
    customers = _kpis(build_report("customers", ctx))
    assert customers["NPS"] == "+100 (1 answer)"
    assert customers["Average CSAT"] == "4.00 / 5 (1 answer)"
    assert customers["Average purchase interval"] == "1 day"
    assert _kpis(build_report("sales", ctx))["Median time to convert"] == "1 day"
    assert _kpis(build_report("activity", ctx))["Median time to resolve"] == "1 day"


def test_durations_drop_a_trailing_zero_and_fractions_are_plural(db) -> None:
    ctx = ReportContext(db, MARCH, NOW, BERLIN)
    assert [ctx.days(d, 1) for d in (1.0, 1.04, 1.5, 2.0, 13.333)] == [
        "1 day",
        "1 day",
        "1.5 days",
        "2 days",
        "13.3 days",
    ]
    assert [ctx.days(d) for d in (0.4, 0.6, 15.2)] == ["0 days", "1 day", "15 days"]
    assert [ctx.answers(n) for n in (0, 1, 2, 1234)] == [
        "0 answers",
        "1 answer",
        "2 answers",
        "1,234 answers",
    ]


def test_english_counts_resolve_both_kinds_of_mark() -> None:
    assert english_count("{n} answer(s)", 1) == "{n} answer"
    assert english_count("{n} new (company|companies)", 1) == "{n} new company"
    assert english_count("{n} new (company|companies)", 3) == "{n} new companies"


def test_a_translation_s_plural_forms_are_used_for_counted_text(db, one_of_each) -> None:
    """The GUI hands its tr(text, disambiguation, n); here one with German forms."""
    asked: list[tuple[str, int]] = []
    german = {
        "{n} answer(s)": ("{n} Antwort", "{n} Antworten"),
        "{days} day(s)": ("{days} Tag", "{days} Tage"),
    }

    def translate(text: str, _disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0:
            return text
        asked.append((text, n))
        one, many = german[text]
        return one if n == 1 else many

    service = ReportService(db, SettingsService(db), lambda: NOW, BERLIN, translate)
    customers = _kpis(service.build("customers", MARCH))
    assert customers["NPS"] == "+100 (1 Antwort)"
    assert customers["Average purchase interval"] == "1 Tag"
    assert ("{n} answer(s)", 1) in asked
    # The CLI and the PDF pass no translation: English, with its plural.
    plain = ReportService(db, SettingsService(db), lambda: NOW, BERLIN)
    assert _kpis(plain.build("customers", MARCH))["Average CSAT"] == "4.00 / 5 (1 answer)"
