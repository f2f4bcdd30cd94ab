"""The company page (issue 19: "a Company page with its people, deals, revenue and a
combined timeline"): tabs with counts, revenue in the fields, and a double-click opens
an entry of the combined timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW
from tests.ui.views.test_company_links import _click_company, _show_companies


def _open_company(window, qtbot, name: str):
    view = _show_companies(window, qtbot)
    _click_company(view, qtbot, name)
    return view.company_pane


def test_people_deals_revenue_and_timeline(window, services, qtbot, when_dialog_opens) -> None:
    s = services
    verde = s.companies.create(CompanyInput(name="Kaffee Verde")).id
    anna = s.contacts.create(ContactInput(first_name="Anna", last_name="Lee", company_id=verde)).id
    s.contacts.create(ContactInput(first_name="Ben", company_id=verde))
    (pipeline,) = s.pipeline.pipelines()
    s.deals.create(
        DealInput(
            title="Machines",
            pipeline_id=pipeline.id,
            stage_id=pipeline.stages[0].id,
            contact_id=anna,
            value_minor=500_00,
        )
    )
    s.timeline.record_purchase(anna, "Beans", 40_00, "EUR", NOW - timedelta(days=1))
    s.timeline.log_interaction(anna, "call", "Left a voicemail", occurred_at=NOW)
    pane = _open_company(window, qtbot, "Kaffee Verde")
    tabs = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert tabs == ["People (2)", "Deals (1)", "Timeline (1)"]
    assert pane.field_labels["revenue"].text() == "€40.00"
    assert pane.deals_model.index(0).data() == "Machines — Lead · €500.00 · Anna Lee"
    entry = pane.timeline_model.index(0).data()
    assert entry.endswith("Call · Anna Lee: Left a voicemail")
    seen: list[str] = []

    def read(dialog) -> None:
        seen.append(dialog.summary.text())
        dialog.reject()

    pane.tabs.setCurrentIndex(2)
    view = pane.timeline_view
    when_dialog_opens(read)
    index = pane.timeline_model.index(0)
    # A double-click is a press, a release and a second press, as a mouse sends it.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert seen == [pane.timeline_model.record(0).summary]


def test_a_company_without_purchases_shows_no_revenue_line(window, services, qtbot) -> None:
    services.companies.create(CompanyInput(name="Leer GmbH"))
    pane = _open_company(window, qtbot, "Leer GmbH")
    assert pane.field_labels["revenue"].isHidden()
    assert pane.tabs.tabText(1) == "Deals (0)"
