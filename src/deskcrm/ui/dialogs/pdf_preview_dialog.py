"""Shows a generated PDF inside the app (pages rendered with PDFium), and prints it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.widgets.screen_fit import fit_to_screen

PREVIEW_PAGES = 30
PREVIEW_SCALE = 1.3  # 72 dpi × 1.3 on screen
PRINT_SCALE = 300 / 72


def render_pages(pdf: bytes, scale: float, limit: int | None = None) -> tuple[list[QImage], int]:
    """Rasterise pages of a PDF (pypdfium2 ships PDFium, so no system library is needed)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        total = len(document)
        images = []
        for index in range(total if limit is None else min(limit, total)):
            page = document[index]
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before PDFium frees them
            page.close()
        return images, total
    finally:
        document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Each page, rasterised at 300 dpi, scaled onto the printer's page. Returns pages."""
    images, _total = render_pages(pdf, PRINT_SCALE)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Preview — {title}")
        self._pdf = pdf
        images, total = render_pages(pdf, PREVIEW_SCALE, PREVIEW_PAGES)
        self.page_count = total
        self.page_labels: list[QLabel] = []
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        shown = len(images)
        self.summary = plain_label(
            f"{total} pages" if shown == total else f"Showing the first {shown} of {total} pages"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._on_print)
        fit_to_screen(self, 900, 1000)

    @classmethod
    def ask(cls, parent: QWidget | None, pdf: bytes, title: str) -> None:
        cls(pdf, title, parent).exec()

    def _on_print(self) -> None:
        ask_and_print(self, self._pdf)


def ask_and_print(parent: QWidget | None, pdf: bytes) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(pdf, printer)
