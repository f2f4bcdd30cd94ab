"""A deal's expected close date reaches its card and the pipeline report on both engines
(SQLite hands a text() query the date as ISO text, PostgreSQL as a date: on a server the
board and the report failed on the first deal that had one)."""

from __future__ import annotations

from datetime import date

from deskcrm.domain.periods import Period
from deskcrm.services.pipeline.deals import DealInput


def test_an_expected_close_date_shows_on_the_card_and_in_the_pipeline_report(services) -> None:
    (pipeline,) = services.pipeline.pipelines()
    deal = services.deals.create(
        DealInput(
            title="Espresso machines",
            pipeline_id=pipeline.id,
            stage_id=pipeline.stages[0].id,
            value_minor=250_000,
            expected_close=date(2026, 12, 24),
        )
    )
    card = services.pipeline.cards([deal.id])[deal.id]
    assert card.expected_close == date(2026, 12, 24)
    today = services.reports.today().date()
    report = services.reports.build("pipeline", Period(date(today.year - 1, 1, 1), today))
    assert report is not None
