"""The Reports view says "(1 answer)" and "1 day": the GUI's services count through
ui/i18n.tr (Qt's plural forms; English from its source strings), as app.py builds them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from deskcrm.bootstrap import build_services
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.storage.settings import AppSettings
from deskcrm.ui.i18n import tr
from tests.conftest import NOW, TZ


@pytest.fixture
def services(db):
    """The window's services with the GUI's translate, as app.py passes it."""
    bundle = build_services(db, clock=lambda: NOW, tz=TZ, translate=tr)
    bundle.settings.save(AppSettings(business_name="Test Shop", default_currency="EUR"))
    return bundle


def test_one_answer_and_a_one_day_interval_read_right_on_screen(window, services, qtbot) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    services.feedback.record(anna, "nps", 9, date(2026, 3, 5))
    for day in (2, 3):
        services.timeline.record_purchase(
            anna, "Tea", 5_00, "EUR", NOW.replace(day=day) - timedelta(hours=2)
        )
    window.show_view("reports")
    view = window.reports_view
    view.report_combo.setCurrentIndex(view.report_combo.findData("customers"))
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    view.from_date.setDate(QDate(2026, 3, 1))
    view.to_date.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            view.report is not None
            and view.report.key == "customers"
            and view.report.period.start == date(2026, 3, 1)
            and not view.busy
            and not view.charts_pending
        ),
        timeout=20_000,
    )
    grid = view.kpi_grid
    boxes = [grid.itemAt(i).widget() for i in range(grid.count())]
    shown = {label.text() for box in boxes for label in box.findChildren(QLabel)}
    assert "+100 (1 answer)" in shown
    assert "1 day" in shown  # the average purchase interval
    assert not any("answers)" in text or "1 days" in text for text in shown)
