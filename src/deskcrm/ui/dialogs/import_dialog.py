"""File ▸ Import contacts…: a preview of the first rows, the column for each field
(recognised headers preselected), a check (dry run) and the import itself — both in the
background with progress and Cancel — and then the report: what was imported, and every
record, value, line and column that was not taken as it is, in a list to scroll and copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.services.import_export import import_report_text as report_text
from deskcrm.services.import_export.importing import ImportPreview, ImportReport, preview_csv
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskContext, TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.widgets.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
FIELD_LABELS = {
    "first_name": QT_TR_NOOP("First name"),
    "last_name": QT_TR_NOOP("Last name"),
    "full_name": QT_TR_NOOP("Full name"),
    "company": QT_TR_NOOP("Company"),
    "title": QT_TR_NOOP("Job title"),
    "emails": QT_TR_NOOP("Emails"),
    "phones": QT_TR_NOOP("Phones"),
    "address": QT_TR_NOOP("Street"),
    "postal_code": QT_TR_NOOP("Postal code"),
    "city": QT_TR_NOOP("City"),
    "country": QT_TR_NOOP("Country"),
    "birthday": QT_TR_NOOP("Birthday"),
    "tags": QT_TR_NOOP("Tags"),
    "notes": QT_TR_NOOP("Notes"),
}
# How many lines of each list the report shows (the count above it says how many there are).
LISTED_PER_KIND = 1000


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, shown as they are (plain text)."""

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview = preview

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._preview.sample)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._preview.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._preview.sample[index.row()]
        return cells[index.column()] if index.column() < len(cells) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._preview.header[section] if 0 <= section < len(self._preview.header) else None


class ImportDialog(QDialog):
    """After a check or an import, `outcome` sums it up and `details` lists what was not
    taken as it is (plain text, read-only, selectable). After an import the dialog stays
    open on its report; `report` is set, and closing it in any way returns it."""

    TASK_KEY = "import_contacts"

    def __init__(
        self, services: Services, tasks: TaskManager, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import contacts"))
        self._services = services
        self._path = Path(path)
        self.report: ImportReport | None = None
        self.preview = preview_csv(self._path)
        self._tasks = tasks
        self._real_run = False
        p = self.preview
        # Columns the user mapped by hand for a file like this before win over recognition.
        mapping = services.settings.saved_mapping(p.header) or p.mapping
        vcard = p.delimiter == "vCard"
        self.info = plain_label(
            (
                tr("{file}: {rows} cards, {encoding}")
                if vcard
                else tr("{file}: {rows} rows, {encoding}, separated by “{delimiter}”")
            ).format(
                file=self._path.name,
                rows=f"{p.rows:,}",
                encoding=p.encoding,
                delimiter="tab" if p.delimiter == "\t" else p.delimiter,
            )
        )
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(PreviewModel(p, self))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMaximumHeight(220)
        self.columns: dict[str, QComboBox] = {}
        # A vCard's fields are named by the card itself: nothing to map.
        self.mapping_box = QWidget()
        form = QFormLayout(self.mapping_box)
        for name, label in FIELD_LABELS.items():
            combo = QComboBox()
            combo.addItem(tr("(not imported)"), "")
            for column in p.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, "")), 0))
            self.columns[name] = combo
            form.addRow(tr(label), combo)
        # Nothing disappears without being named: the columns no field reads are listed.
        self.not_imported = plain_label(
            tr("Not imported: {columns}").format(columns=", ".join(p.not_imported))
        )
        self.not_imported.setWordWrap(True)
        self.not_imported.setVisible(bool(p.not_imported))
        self.merge = QCheckBox(tr("Merge duplicates into the existing contact"))
        self.outcome = plain_label("", selectable=True)
        self.outcome.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlaceholderText(tr("Nothing to check: every record was read as written."))
        self.details.setMinimumHeight(160)
        self.details.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.check_button = QPushButton(tr("Check"))
        self.import_button = QPushButton(tr("Import"))
        self.cancel_button = QPushButton(tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        # The mapping has a row per field (~30): on a laptop screen it scrolls inside the
        # dialog, which never grows taller than the screen.
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setWidget(self.mapping_box)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_scroll.setVisible(not vcard)
        layout.addWidget(self.mapping_scroll, 2)
        layout.addWidget(self.not_imported)
        layout.addWidget(self.merge)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        fit_to_screen(self, 760, 820)

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, tasks: TaskManager, path: Path
    ) -> ImportReport | None:
        dialog = cls(services, tasks, path, parent)
        dialog.exec()
        # Once imported, the import is done however the report is closed (for its undo).
        return dialog.report

    def _connect_signals(self) -> None:
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.cancel_button.clicked.connect(self._on_cancel)
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)

    def _on_mapping_changed(self) -> None:
        """A column the user picks for a field is imported after all."""
        chosen = set(self.mapping().values())
        left = [column for column in self.preview.not_imported if column not in chosen]
        self.not_imported.setText(tr("Not imported: {columns}").format(columns=", ".join(left)))
        self.not_imported.setVisible(bool(left))

    def mapping(self) -> dict[str, str]:
        return {
            name: combo.currentData() for name, combo in self.columns.items() if combo.currentData()
        }

    @property
    def running(self) -> bool:
        """True while a check or an import runs."""
        return self._tasks.busy(self.TASK_KEY)

    def run(self, *, dry_run: bool) -> None:
        if self.running:
            return
        importing, path, mapping = self._services.importing, self._path, self.mapping()
        merge = self.merge.isChecked()
        self._real_run = not dry_run
        self.progress.show()
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.outcome.setText(tr("Checking…") if dry_run else tr("Importing…"))

        def job(context: TaskContext) -> ImportReport:
            return importing.import_contacts_csv(
                path,
                dry_run=dry_run,
                merge_duplicates=merge,
                mapping=mapping,
                progress=context.progress,
                cancelled=context.cancelled,
            )

        self._tasks.run(
            job,
            self._on_finished,
            on_error=self._on_failed,
            on_progress=lambda fraction, _message: self.progress.setValue(int(fraction * 100)),
            on_cancelled=self._on_failed,
            key=self.TASK_KEY,
            cancellable=True,
            owner=self,
        )

    def _summary(self, report: ImportReport) -> str:
        n = report.new
        lines = [
            tr("Would import %n new contact(s)", "", n)
            if report.dry_run
            else tr("Imported %n new contact(s)", "", n)
        ]
        if report.companies:
            lines.append(tr("%n new (company|companies)", "", report.companies))
        if report.duplicates:
            lines.append(
                tr("%n duplicate(s) merged", "", report.duplicates)
                if self.merge.isChecked()
                else tr("%n duplicate(s) skipped", "", report.duplicates)
            )
        return "\n".join(lines)

    def _details(self, report: ImportReport) -> str:
        """Every list of the report: a heading with its count, then one line per item."""
        vcard = report.delimiter == "vCard"
        blocks = []
        for listed in report_text.report_lists(report, LISTED_PER_KIND):
            lines = [_list_title(listed.kind, listed.count, vcard)]
            lines += [f"  {line}" for line in listed.lines]
            if listed.more:
                lines.append("  " + tr("… and %n more", "", listed.more))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def _on_finished(self, report: ImportReport) -> None:
        self._on_idle()
        self.progress.hide()
        self.outcome.setText(self._summary(report))
        self.details.setPlainText(self._details(report))
        self.details.show()
        if self._real_run:
            # Imported: what is left is to read the report and close it.
            self.report = report
            self.check_button.setEnabled(False)
            self.import_button.setEnabled(False)
            # The choices made are done with: their room goes to the report.
            self.mapping_scroll.hide()
            self.not_imported.hide()
            self.merge.setEnabled(False)
            self.cancel_button.setText(tr("Close"))

    def _on_failed(self, message: str = "") -> None:
        self._on_idle()
        self.progress.hide()
        self.outcome.setText(message or tr("Cancelled; nothing was imported."))

    def _on_idle(self) -> None:
        """Buttons come back once the worker has ended (a new run can start)."""
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _on_cancel(self) -> None:
        if self.running:
            self._tasks.cancel(self.TASK_KEY)
        elif self.report is not None:
            self.accept()
        else:
            self.reject()

    def done(self, result: int) -> None:
        # Closed mid-import: the import stops and rolls back before ask() returns.
        self._tasks.cancel(self.TASK_KEY)
        self._tasks.wait(self.TASK_KEY)
        super().done(result)


def _list_title(kind: str, count: int, vcard: bool) -> str:
    """The heading of one of the report's lists, in the right plural for `count`."""
    if kind == report_text.INVALID:
        return tr("%n record(s) with nothing to import (left out)", "", count)
    if kind == report_text.TO_CHECK:
        return tr("%n phone number(s) kept as written, to check", "", count)
    if kind == report_text.KEPT:
        return tr("%n value(s) kept as written, to check", "", count)
    if kind == report_text.SKIPPED:
        return tr("%n vCard line(s) skipped", "", count)
    if kind == report_text.MATCHED:
        return tr("%n record(s) of contacts you already have (skipped)", "", count)
    if vcard:
        return tr("%n vCard (property|properties) not imported", "", count)
    return tr("%n column(s) not imported", "", count)
