"""A Report as a PDF (reportlab): business header, "Page N of M", vector charts, tables
that split across pages with repeated headers, DejaVu Sans embedded, user text escaped."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from deskcrm.config import resources_dir
from deskcrm.domain.dates import format_datetime
from deskcrm.errors import CancelledError
from deskcrm.services.reports import model
from deskcrm.services.reports.model import Progress, no_progress
from deskcrm.services.storage.files import write_atomically

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
CHUNK_ROWS = 500  # one reportlab Table per 500 rows: a single huge table lays out far slower
PALETTE = ["#1e6fd9", "#2e7d32", "#ef6c00", "#8e24aa", "#00897b", "#c62828", "#6d4c41"]
PAPER = {"A4": A4, "Letter": LETTER}


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=22, spaceAfter=2
        ),
        "sub": ParagraphStyle("sub", base, fontSize=9.5, textColor=colors.HexColor("#555555")),
        "h2": ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "kpi_label": ParagraphStyle(
            "kpi_label", base, fontSize=8, textColor=colors.HexColor("#666666")
        ),
        "kpi_value": ParagraphStyle("kpi_value", base, fontName=BOLD, fontSize=13, leading=16),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "note": ParagraphStyle("note", base, fontSize=7.5, textColor=colors.HexColor("#666666")),
    }


def text(value: str) -> str:
    """User text for Paragraph markup: escaped, so `R&D <draft>` prints literally."""
    return escape(value).replace("\n", "<br/>")


class _NumberedCanvas(canvas.Canvas):
    """Holds every page until the end so each can say "Page N of M"."""

    page_label = "Page {n} of {total}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _height = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#666666"))
            label = self.page_label.format(n=self._pageNumber, total=total)
            self.drawRightString(width - 18 * mm, 10 * mm, label)
            super().showPage()
        super().save()


class PdfOptions:
    def __init__(
        self,
        business_name: str = "",
        paper: str = "A4",
        logo: Path | None = None,
        generated_at: datetime | None = None,
        tr: Any = str,
    ) -> None:
        self.tr = tr
        self.business_name = business_name
        self.paper = paper if paper in PAPER else "A4"
        self.logo = logo
        self.generated_at = generated_at or datetime.now().astimezone()


def render_pdf(
    report: model.Report,
    options: PdfOptions,
    progress: Progress = no_progress,
    cancelled: Any = lambda: False,
) -> bytes:
    _register_fonts()
    styles = _styles()
    pagesize = PAPER[options.paper]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=24 * mm,
        bottomMargin=18 * mm,
        title=f"{report.title} — {report.period.label}",
        author=options.business_name or "DeskCRM",
        creator="DeskCRM",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def header(pdf: canvas.Canvas, _doc: Any) -> None:
        if cancelled():  # checked on every page while reportlab lays them out
            raise CancelledError("Report cancelled")
        width, height = pagesize
        pdf.saveState()
        x = 18 * mm
        if options.logo and options.logo.is_file():
            try:
                pdf.drawImage(
                    str(options.logo),
                    x,
                    height - 17 * mm,
                    width=10 * mm,
                    height=10 * mm,
                    preserveAspectRatio=True,
                    mask="auto",
                )
                x += 12 * mm
            except OSError:
                pass  # an unreadable logo must not stop the report
        pdf.setFont(BOLD, 10)
        pdf.drawString(x, height - 13 * mm, options.business_name or "DeskCRM")
        pdf.setFont(FONT, 8.5)
        pdf.setFillColor(colors.HexColor("#555555"))
        pdf.drawRightString(
            width - 18 * mm, height - 13 * mm, f"{report.title} · {report.period.label}"
        )
        pdf.setStrokeColor(colors.HexColor("#cccccc"))
        pdf.line(18 * mm, height - 16 * mm, width - 18 * mm, height - 16 * mm)
        pdf.drawString(
            18 * mm,
            10 * mm,
            options.tr("Generated {when} by DeskCRM").format(
                when=format_datetime(options.generated_at)
            ),
        )
        pdf.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    story: list[Any] = [
        Paragraph(text(report.title), styles["title"]),
        Paragraph(
            text(" · ".join(p for p in (options.business_name, report.period.label) if p)),
            styles["sub"],
        ),
        Spacer(1, 6 * mm),
    ]
    if report.kpis:
        story.append(_kpi_grid(report.kpis, doc.width, styles))
        for kpi in report.kpis:
            if kpi.note:  # the figure's definition, as the screen's footnote says it
                story.append(Paragraph(text(kpi.note), styles["note"]))
    for chart in report.charts:
        if chart.categories:
            story.append(
                KeepTogether(
                    [
                        Paragraph(text(chart.title), styles["h2"]),
                        _chart(chart, doc.width, options.tr),
                    ]
                )
            )
    total_rows = sum(len(t.rows) for t in report.tables) or 1
    done = 0
    for table in report.tables:
        # A heading never ends a page alone: with under ~5 cm left, the table starts anew.
        story.append(CondPageBreak(50 * mm))
        story.append(Paragraph(text(table.title), styles["h2"]))
        if table.note:
            story.append(Paragraph(text(table.note), styles["note"]))
        if not table.rows:
            story.append(Paragraph(text(options.tr("Nothing in this period.")), styles["note"]))
            continue
        for start in range(0, len(table.rows), CHUNK_ROWS):
            if cancelled():
                raise CancelledError("Report cancelled")
            chunk = table.rows[start : start + CHUNK_ROWS]
            story.append(_table(table, chunk, doc.width, styles, wrap=len(table.rows) <= 2000))
            done += len(chunk)
            progress(0.1 + 0.5 * done / total_rows, f"Laying out {table.title.lower()}")
    progress(0.6, "Writing pages")

    canvas_class = type(
        "PageCanvas", (_NumberedCanvas,), {"page_label": options.tr("Page {n} of {total}")}
    )
    doc.build(story, canvasmaker=canvas_class)
    progress(1.0, "Done")
    return buffer.getvalue()


def write_pdf(
    report: model.Report,
    path: Path,
    options: PdfOptions,
    progress: Progress = no_progress,
    cancelled: Any = lambda: False,
) -> None:
    write_atomically(Path(path), render_pdf(report, options, progress, cancelled))


def _kpi_grid(kpis: list[model.Kpi], width: float, styles: dict[str, ParagraphStyle]) -> Table:
    per_row = 3
    cells = [
        [
            Paragraph(text(k.label), styles["kpi_label"]),
            Paragraph(text(k.value), styles["kpi_value"]),
        ]
        for k in kpis
    ]
    rows = []
    for start in range(0, len(cells), per_row):
        group = cells[start : start + per_row]
        row: list[Any] = [[c[0], c[1]] for c in group]
        rows.append(row + [""] * (per_row - len(group)))
    grid = Table(rows, colWidths=[width / per_row] * per_row)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#dddddd")),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#dddddd")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fc")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return grid


def _chart(chart: model.Chart, width: float, tr: Any = str) -> Drawing:
    height = 170
    drawing = Drawing(width, height + 30)
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 45
    bars.width, bars.height = width - 60, height - 40
    series = list(chart.series.values()) or [[0] * len(chart.categories)]
    bars.data = [[float(v) for v in values] for values in series]
    bars.categoryAxis.categoryNames = [str(c) for c in chart.categories]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 6.5
    many = len(chart.categories) > 8
    bars.categoryAxis.labels.angle = 60 if many else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    # Bars grow from zero; a negative figure (an NPS below zero) extends the axis down.
    bars.valueAxis.valueMin = min(0.0, *(v for values in bars.data for v in values))
    bars.valueAxis.labelTextFormat = _axis_number
    if chart.kind == "stacked":
        bars.categoryAxis.style = "stacked"
    for index in range(len(series)):
        bars.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if len(chart.series) > 1:
        legend = Legend()
        legend.fontName, legend.fontSize = FONT, 7
        legend.x, legend.y = 40, height + 22
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 7
        legend.deltax = 80
        legend.colorNamePairs = [
            (colors.HexColor(PALETTE[i % len(PALETTE)]), name)
            for i, name in enumerate(chart.series)
        ]
        drawing.add(legend)
    if not any(any(v for v in values) for values in series):
        drawing.add(
            String(
                width / 2,
                height / 2,
                tr("No data in this period"),
                fontName=FONT,
                fontSize=9,
                textAnchor="middle",
            )
        )
    return drawing


def _axis_number(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if abs(value) >= 1_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:.0f}"


def _column_widths(table: model.Table, rows: list[list[str]], width: float) -> list[float]:
    """Numbers get what their widest value (one currency a line) and the longest word of
    their heading need, so neither breaks mid-word; text columns share the rest."""
    padding = 14
    numeric: dict[int, float] = {}
    for i in table.numeric:
        words = [pdfmetrics.stringWidth(w, BOLD, 8) for w in table.columns[i].split()] or [0]
        cells = [
            pdfmetrics.stringWidth(part, FONT, 8)
            for row in rows[:300]
            for part in row[i].split(" + ")
        ] or [0]
        numeric[i] = min(max(max(words), max(cells)) + padding, 0.22 * width)
    text_columns = len(table.columns) - len(numeric)
    rest = width - sum(numeric.values())
    # Text keeps at least ~18 % of the width a column (70 % in all): numbers shrink first.
    text_minimum = width * min(0.7, 0.18 * text_columns)
    if numeric and (rest < text_minimum or not text_columns):
        scale = (width - text_minimum) / sum(numeric.values())
        numeric = {i: w * scale for i, w in numeric.items()}
        rest = width - sum(numeric.values())
    text_width = rest / max(1, text_columns)
    return [numeric.get(i, text_width) for i in range(len(table.columns))]


def _table(
    table: model.Table,
    rows: list[list[str]],
    width: float,
    styles: dict[str, ParagraphStyle],
    *,
    wrap: bool,
) -> Table:
    columns = len(table.columns)
    widths = _column_widths(table, rows, width)
    cell_styles = [styles["cell_right" if i in table.numeric else "cell"] for i in range(columns)]
    header = [Paragraph(f"<b>{text(c)}</b>", cell_styles[i]) for i, c in enumerate(table.columns)]
    if wrap:
        # Amounts in several currencies go one currency per line.
        body = [
            [
                Paragraph(
                    text(v).replace(" + ", "<br/>") if i in table.numeric else text(v),
                    cell_styles[i],
                )
                for i, v in enumerate(row)
            ]
            for row in rows
        ]
    else:
        # Plain strings are drawn as they are (never parsed); long ones are shortened.
        limits = [max(8, int(w / 4.4)) for w in widths]
        body = [
            [v if len(v) <= limits[i] else v[: limits[i] - 1] + "…" for i, v in enumerate(row)]
            for row in rows
        ]
    grid = Table([header, *body], colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#99a8bf")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for column in table.numeric:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    grid.setStyle(TableStyle(style))
    return grid
