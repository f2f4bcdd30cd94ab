"""Find duplicates: review candidate pairs side by side, pick values, merge."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.duplicates import (
    PICKED_FIELDS,
    DuplicatePair,
    DuplicateSearch,
    DuplicateService,
    MergeRecord,
    Side,
    default_picks,
    merged_input,
)
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import escape_rich, plain_label
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.widgets.screen_fit import fit_to_screen

COLUMNS: list[Column[DuplicatePair]] = [
    Column(QT_TR_NOOP("Contact"), lambda p: p.first_name),
    Column(QT_TR_NOOP("Possible duplicate"), lambda p: p.second_name),
    Column(QT_TR_NOOP("Why"), lambda p: "; ".join(p.reasons)),
    Column(QT_TR_NOOP("Match"), lambda p: f"{p.score} %"),
]

FIELD_LABELS = {
    "first_name": QT_TR_NOOP("First name"),
    "last_name": QT_TR_NOOP("Last name"),
    "company_name": QT_TR_NOOP("Company"),
    "title": QT_TR_NOOP("Job title"),
    "address": QT_TR_NOOP("Address"),
    "postal_code": QT_TR_NOOP("Postal code"),
    "city": QT_TR_NOOP("City"),
    "country": QT_TR_NOOP("Country"),
    "birthday": QT_TR_NOOP("Birthday"),
    "lifecycle": QT_TR_NOOP("Lifecycle"),
    "source": QT_TR_NOOP("Source"),
    "notes": QT_TR_NOOP("Notes"),
    "follow_up_days": QT_TR_NOOP("Follow up every (days)"),
}


def _shown(value: object) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


# What the user did in the dialog, oldest first: a merge, or a pair marked "not duplicates".
DuplicateAction = MergeRecord | tuple[int, int]


class DuplicatesDialog(QDialog):
    """`ask()` returns the merges and dismissals made, oldest first, for the undo stack."""

    TASK_KEY = "duplicates_search"

    def __init__(
        self,
        duplicates: DuplicateService,
        contacts: ContactService,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Find duplicates"))
        fit_to_screen(self, 900, 560)
        self._duplicates = duplicates
        self._contacts = contacts
        self.decisions: list[DuplicateAction] = []
        self._total = 0
        self._left: ContactInput | None = None
        self._right: ContactInput | None = None
        self._swapped = False
        self._tasks = tasks  # the search reads every contact: off the GUI thread
        self.model: RecordTableModel[DuplicatePair] = RecordTableModel(COLUMNS, self)
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = plain_label()
        self.heading_keep = plain_label()
        self.heading_other = plain_label()
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.addWidget(self.heading_keep, 0, 1)
        grid.addWidget(self.heading_other, 0, 2)
        for row, name in enumerate(PICKED_FIELDS, start=1):
            keep, other = QRadioButton(), QRadioButton()
            group = QButtonGroup(self)
            group.addButton(keep, 0)
            group.addButton(other, 1)
            self.groups[name] = group
            self.choices[name] = (keep, other)
            grid.addWidget(plain_label(tr(FIELD_LABELS[name])), row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(other, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.note = plain_label(
            tr(
                "Emails, phones and tags of both are kept. Timeline, purchases, deals and tasks"
                " move to the contact you keep; the other goes to the trash. Ctrl+Z undoes."
            )
        )
        self.note.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(grid)
        side_layout.addWidget(self.note)
        side_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        self.swap_button = QPushButton(tr("Keep the other one"))
        self.skip_button = QPushButton(tr("Not duplicates"))
        self.merge_button = QPushButton(tr("Merge"))
        self.merge_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.swap_button, self.skip_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self._connect_signals()
        self.reload()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        duplicates: DuplicateService,
        contacts: ContactService,
        tasks: TaskManager,
    ) -> list[DuplicateAction]:
        dialog = cls(duplicates, contacts, tasks, parent)
        dialog.exec()
        return dialog.decisions

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_pair_changed)
        self.swap_button.clicked.connect(self._on_swap)
        self.skip_button.clicked.connect(self._on_skip)
        self.merge_button.clicked.connect(self._on_merge)

    @property
    def searching(self) -> bool:
        """True while the contacts are being searched for duplicates."""
        return self._tasks.busy(self.TASK_KEY)

    def reload(self) -> None:
        if self.searching:
            return
        self.summary.setText(tr("Looking for duplicates…"))
        for button in (self.swap_button, self.skip_button, self.merge_button):
            button.setEnabled(False)
        duplicates = self._duplicates
        self._tasks.run(
            lambda _context: duplicates.candidates(),
            self._on_found,
            on_error=self.summary.setText,
            key=self.TASK_KEY,
            owner=self,
        )

    def _on_found(self, search: DuplicateSearch) -> None:
        self._total = search.total
        self._show_pairs(search.pairs)

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.model.set_records(pairs)
        if not pairs:
            self.summary.setText(tr("No possible duplicates found."))
        elif self._total > len(pairs):
            self.summary.setText(
                tr("{total} possible duplicates; the surest {n} are listed").format(
                    total=self._total, n=len(pairs)
                )
            )
        else:
            self.summary.setText(tr("{n} possible duplicates").format(n=len(pairs)))
        for button in (self.swap_button, self.skip_button, self.merge_button):
            button.setEnabled(bool(pairs))
        if pairs:
            self.table.selectRow(0)
        else:
            self._left = self._right = None
            self._fill()

    def current_pair(self) -> DuplicatePair | None:
        return self.model.record(self.table.currentIndex().row())

    def _on_pair_changed(self) -> None:
        pair = self.current_pair()
        self._swapped = False
        if pair is None:
            self._left = self._right = None
        else:
            self._left = self._contacts.get(pair.first_id).data
            self._right = self._contacts.get(pair.second_id).data
        self._fill()

    def _sides(self) -> tuple[ContactInput, ContactInput] | None:
        if self._left is None or self._right is None:
            return None
        return (self._right, self._left) if self._swapped else (self._left, self._right)

    def _fill(self) -> None:
        sides = self._sides()
        pair = self.current_pair()
        keep_name = other_name = ""
        if sides is not None and pair is not None:
            keep_name, other_name = (
                (pair.second_name, pair.first_name)
                if self._swapped
                else (pair.first_name, pair.second_name)
            )
        self.heading_keep.setText(tr("Keep: {name}").format(name=keep_name) if sides else "")
        self.heading_other.setText(tr("Merge in: {name}").format(name=other_name) if sides else "")
        picks = default_picks(*sides) if sides else {}
        for name, (keep, other) in self.choices.items():
            keep.setText(_shown(getattr(sides[0], name)) if sides else "")
            other.setText(_shown(getattr(sides[1], name)) if sides else "")
            (other if picks.get(name) == "b" else keep).setChecked(True)
            # Nothing to choose where both say the same.
            differ = sides is not None and getattr(sides[0], name) != getattr(sides[1], name)
            keep.setEnabled(differ)
            other.setEnabled(differ)

    def picks(self) -> dict[str, Side]:
        return {
            name: ("b" if group.checkedId() == 1 else "a") for name, group in self.groups.items()
        }

    def _on_swap(self) -> None:
        self._swapped = not self._swapped
        self._fill()

    def _on_skip(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        self._duplicates.mark_not_duplicates(pair.first_id, pair.second_id)
        self.decisions.append((pair.first_id, pair.second_id))
        self._total -= 1
        self._show_pairs([p for p in self.model.records() if p != pair])

    def _on_merge(self) -> None:
        pair, sides = self.current_pair(), self._sides()
        if pair is None or sides is None:
            return
        keep_id, other_id = (
            (pair.second_id, pair.first_id) if self._swapped else (pair.first_id, pair.second_id)
        )
        try:
            record = self._duplicates.merge(
                keep_id, other_id, merged_input(sides[0], sides[1], self.picks())
            )
        except DeskCrmError as exc:
            QMessageBox.warning(self, tr("Merge"), escape_rich(str(exc)))
            return
        self.decisions.append(record)
        self.reload()
