"""The PDF: numbers and names present, page numbering, long tables split with repeated
headers, hostile names printed literally, non-Latin names in an embedded font."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from deskcrm.domain.periods import Period
from deskcrm.errors import CancelledError, DeskCrmError
from deskcrm.services.reports.model import Kpi, Report, Table
from deskcrm.services.reports.pdf import PdfOptions, render_pdf, write_pdf

GENERATED = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)


def _report(rows: int = 3, name: str = "R&D <draft>") -> Report:
    table = Table("Deals", ["Deal", "Contact", "Value"], numeric={2})
    for i in range(rows):
        table.rows.append([f"{name} {i}", "Łódź Ørsted Müller", f"€{i},000.00"])
        table.links.append(None)
        table.sort_keys.append([i])
    return Report(
        "sales",
        "Sales performance",
        Period(date(2026, 3, 1), date(2026, 3, 31)),
        kpis=[Kpi("Win rate", "60.0 %"), Kpi("Won", "3 · €4,000.00 + $500.00")],
        tables=[table],
    )


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_numbers_names_header_and_page_numbers_are_in_the_pdf() -> None:
    pdf = render_pdf(_report(), PdfOptions("Kaffee Verde <GmbH>", "A4", generated_at=GENERATED))
    content, pages = _text(pdf)
    assert pages == 1
    for expected in (
        "Sales performance",
        "2026-03-01 – 2026-03-31",
        "Kaffee Verde <GmbH>",
        "60.0 %",
        "€4,000.00",
        "$500.00",
        "Page 1 of 1",
        "Łódź Ørsted Müller",
    ):
        assert expected in content
    assert "R&D <draft> 0" in content  # escaped, so printed literally and the PDF still builds
    assert b"DejaVuSans" in pdf  # the font is embedded, not the built-in Helvetica


def test_a_figures_definition_is_printed_under_the_figures() -> None:
    report = _report()
    report.kpis.append(Kpi("Repeat purchase rate", "33.3 %", "Repeat <rate>: bought twice."))
    content, _pages = _text(render_pdf(report, PdfOptions("Shop", "A4", generated_at=GENERATED)))
    assert "Repeat <rate>: bought twice." in content
    assert content.index("33.3 %") < content.index("Repeat <rate>: bought twice.")


def test_a_long_table_splits_across_pages_with_its_header_repeated() -> None:
    pdf = render_pdf(_report(rows=1200), PdfOptions(paper="Letter", generated_at=GENERATED))
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 20
    assert reader.pages[0].mediabox.width == pytest.approx(612)  # Letter
    last = reader.pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last
    assert "Deal" in reader.pages[pages // 2].extract_text()  # repeated header row
    content, _ = _text(pdf)
    assert "R&D <draft> 1199" in content


def test_cancelling_stops_the_pdf() -> None:
    with pytest.raises(CancelledError):
        render_pdf(_report(rows=1500), PdfOptions(), cancelled=lambda: True)


def test_an_unwritable_path_fails_cleanly_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(DeskCrmError, match="cannot write"):
        write_pdf(_report(), tmp_path / "nope" / "r.pdf", PdfOptions())
    write_pdf(_report(), tmp_path / "r.pdf", PdfOptions())
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


@pytest.mark.parametrize(
    ("text_columns", "numeric_columns"), [(5, 1), (1, 6), (0, 4), (4, 0), (3, 3)]
)
def test_column_widths_fill_the_page_and_are_never_negative(
    text_columns: int, numeric_columns: int
) -> None:
    from deskcrm.services.reports.model import Table
    from deskcrm.services.reports.pdf import _column_widths

    columns = [f"Text {i}" for i in range(text_columns)] + [
        f"Number heading {i}" for i in range(numeric_columns)
    ]
    numeric = set(range(text_columns, len(columns)))
    rows = [["a long text value"] * text_columns + ["€1,234,567.89 + $9,999.00"] * numeric_columns]
    widths = _column_widths(Table("t", columns, rows, numeric=numeric), rows, 480.0)
    assert all(w > 0 for w in widths)
    assert sum(widths) == pytest.approx(480.0)
