"""The import report as lines a user can read, scroll and copy: each item with its file,
line, field, value and why; long lists cut with the number left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from deskcrm.services.import_export import import_report_text as report_text
from deskcrm.services.storage.settings import AppSettings

REAL = Path(__file__).parents[2] / "data" / "real"


def _american(services: Any) -> Any:
    services.settings.save(
        AppSettings(business_name="Test Shop", default_currency="EUR", phone_region="US")
    )
    return services


def test_every_list_of_a_real_export_names_file_line_field_value_and_why(services) -> None:
    path = REAL / "thunderbird/thunderbird-test-data.csv"
    report = _american(services).importing.import_contacts_csv(path, dry_run=True)
    lists = {listed.kind: listed for listed in report_text.report_lists(report)}

    assert set(lists) == {report_text.TO_CHECK, report_text.NOT_IMPORTED}
    assert lists[report_text.TO_CHECK].count == 6
    assert lists[report_text.TO_CHECK].lines[0] == (
        "thunderbird-test-data.csv, line 3, phone: “289-1212”:"
        " check this number (not a valid number in US)"
    )
    # The trailing comma of Thunderbird's header is no column to name.
    assert lists[report_text.NOT_IMPORTED].lines == [
        f"thunderbird-test-data.csv, {name} — no field reads this column"
        for name in ("Screen Name", "Custom 1", "Custom 2", "Custom 3", "Custom 4")
    ]


def test_a_long_list_is_cut_and_says_how_many_are_left_out(services) -> None:
    path = REAL / "linkedin/linkedin-test-data.csv"
    report = _american(services).importing.import_contacts_csv(path, dry_run=True)
    to_check = next(
        listed
        for listed in report_text.report_lists(report, limit=5)
        if listed.kind == report_text.TO_CHECK
    )
    assert (to_check.count, len(to_check.lines), to_check.more) == (38, 5, 33)


def test_records_with_nothing_to_import_are_listed_with_their_file(
    services, tmp_path: Path
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("First Name,Company,Job Title\r\nAnn,,\r\n,,Boss\r\n", "utf-8")
    report = services.importing.import_contacts_csv(path, dry_run=True)
    (invalid,) = [listed for listed in report_text.report_lists(report) if listed.kind == "invalid"]
    assert invalid.lines == ["rows.csv, line 3, name: nothing to import in this row"]
