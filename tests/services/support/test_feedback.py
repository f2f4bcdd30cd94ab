"""Feedback: CSAT and NPS answers on contacts, from the pane or a CSV, and detractors who
have not heard from us since."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from deskcrm.errors import DeskCrmError, ValidationError
from deskcrm.services.contacts.contacts import ContactInput


@pytest.fixture
def anna(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna", emails=["anna@example.com"])).id


def test_record_checks_the_scale(services, anna) -> None:
    services.feedback.record(anna, "nps", 10, date(2026, 3, 1), "Great")
    services.feedback.record(anna, "csat", 1)
    for kind, score in (("nps", 11), ("nps", -1), ("csat", 0), ("csat", 6)):
        with pytest.raises(ValidationError) as error:
            services.feedback.record(anna, kind, score)
        assert "score" in error.value.errors
    with pytest.raises(ValidationError):
        services.feedback.record(anna, "stars", 3)
    entries = services.feedback.for_contact(anna)
    assert [(e.kind, e.score) for e in entries] == [("csat", 1), ("nps", 10)]
    assert entries[1].answered_at.date() == date(2026, 3, 1)


def test_detractors_without_a_later_interaction_are_follow_ups(services, anna) -> None:
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    cara = services.contacts.create(ContactInput(first_name="Cara")).id
    services.feedback.record(anna, "nps", 3, date(2026, 3, 1), "Slow delivery")
    services.feedback.record(bob, "csat", 2, date(2026, 3, 2))
    services.feedback.record(cara, "nps", 7, date(2026, 3, 2))  # passive: fine
    services.timeline.log_interaction(
        bob, "call", "Sorry", occurred_at=datetime(2026, 3, 3, 9, tzinfo=UTC)
    )
    (follow_up,) = services.feedback.detractors_to_follow_up()
    assert (follow_up.contact_id, follow_up.score, follow_up.comment) == (anna, 3, "Slow delivery")


def test_csv_import_adds_good_rows_and_reports_the_rest(services, anna, tmp_path: Path) -> None:
    services.contacts.create(ContactInput(first_name="Bob", emails=["bob@example.com"]))
    path = tmp_path / "survey.csv"
    path.write_text(
        "Email,Type,Score,Date,Comment\n"
        "anna@example.com,NPS,9,2026-03-01,Lovely\n"
        "BOB@example.com,csat,4,2026-03-02T10:00:00,\n"
        "nobody@example.com,nps,5,2026-03-02,\n"
        "anna@example.com,nps,12,2026-03-02,\n"
        "anna@example.com,csat,x,2026-03-02,\n"
        "anna@example.com,nps,8,03/02/2026,\n",
        encoding="utf-8",
    )
    dry = services.feedback.import_csv(path, dry_run=True)
    assert dry.added == 2 and services.feedback.for_contact(anna) == []
    report = services.feedback.import_csv(path)
    assert (report.rows, report.added) == (6, 2)
    assert report.skipped == [
        "line 4, email: no contact with “nobody@example.com”",
        "line 5, score: NPS scores go from 0 to 10",
        "line 6, score: “x” is not a number",
        "line 7, date: “03/02/2026” is not a date (use YYYY-MM-DD)",
    ]
    assert [(e.kind, e.score, e.comment) for e in services.feedback.for_contact(anna)] == [
        ("nps", 9, "Lovely")
    ]


def test_a_csv_without_score_column_is_refused(services, tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("Email,Rating stars\nanna@example.com,5\n", encoding="utf-8")
    with pytest.raises(DeskCrmError, match="no score column"):
        services.feedback.import_csv(path)
