"""Build or edit a saved segment: set conditions and watch the count change as you go."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSpinBox,
    QWidget,
)

from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.money import exponent, is_currency_code, parse_amount
from deskcrm.domain.rfm import SEGMENTS as RFM_SEGMENTS
from deskcrm.domain.segments import SegmentConditions
from deskcrm.errors import DeskCrmError, ValidationError
from deskcrm.ui.i18n import tr
from deskcrm.ui.qt_dates import to_date
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import row_height, set_text_role
from deskcrm.ui.widgets.form_dialog import FormDialog

COUNT_DELAY_MS = 150  # typing a city recounts once the typing pauses


class _DateCondition(QWidget):
    """A day, or none: the check box turns the condition on."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.enabled.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.enabled.isChecked() else None

    def set_value(self, value: date | None, default: date) -> None:
        self.enabled.setChecked(value is not None)
        day = value or default
        self.edit.setDate(QDate(day.year, day.month, day.day))


def _any_spin(maximum: int, suffix: str = "") -> QSpinBox:
    """-1 means "any" (the condition is off)."""
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(tr("any"))
    spin.setValue(-1)
    spin.setSuffix(suffix)
    return spin


def _tag_model(names: list[str], checked: tuple[str, ...], parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    wanted = {n.casefold() for n in checked}
    for name in names:
        item = QStandardItem(name)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(
            Qt.CheckState.Checked if name.casefold() in wanted else Qt.CheckState.Unchecked
        )
        model.appendRow(item)
    return model


class SegmentDialog(FormDialog):
    TASK_KEY = "segment_dialog_count"

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        segment_id: int | None = None,
        parent: QWidget | None = None,
        start: SegmentConditions | None = None,
    ) -> None:
        super().__init__(tr("Edit segment") if segment_id else tr("New segment"), parent)
        self._services = services
        self._tasks = tasks
        self._segment_id = segment_id
        self.saved_id: int | None = None
        name = ""
        conditions = start or SegmentConditions(
            lifetime_currency=services.settings.load().default_currency
        )
        if segment_id is not None:
            info = services.segments.get(segment_id)
            name, conditions = info.name, info.conditions
        self.before = (name, conditions)
        today = services.tasks.now().date()
        # A tag deleted since the segment was saved still shows, so editing keeps it.
        known = [t.name for t in services.tags.all_with_counts()]
        folded = {name.casefold() for name in known}
        tags = known + sorted(
            {t for t in (*conditions.tags_any, *conditions.tags_none) if t.casefold() not in folded}
        )
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(tr("e.g. Bought twice, not since spring"))
        self.count_label = plain_label()
        self.count_label.setObjectName("segment_count")
        set_text_role(self.count_label, "strong")
        self.tags_any = QListView()
        self.tags_any.setModel(_tag_model(tags, conditions.tags_any, self))
        self.tags_none = QListView()
        self.tags_none.setModel(_tag_model(tags, conditions.tags_none, self))
        for view in (self.tags_any, self.tags_none):
            # Three tags in sight (the list scrolls): the whole form fits a 640 px screen.
            view.setMaximumHeight(3 * row_height(view.fontMetrics()) + 2 * view.frameWidth())
        self.lifecycles: dict[str, QCheckBox] = {}
        stages = QWidget()
        stage_row = QHBoxLayout(stages)
        stage_row.setContentsMargins(0, 0, 0, 0)
        for stage in Lifecycle:
            box = QCheckBox(tr(stage.label))
            box.setChecked(stage.value in conditions.lifecycles)
            self.lifecycles[stage.value] = box
            stage_row.addWidget(box)
        stage_row.addStretch(1)
        self.city = QLineEdit(conditions.city or "")
        self.country = QLineEdit(conditions.country or "")
        self.company = QLineEdit(conditions.company or "")
        self.source = QLineEdit(conditions.source or "")
        for edit in (self.city, self.country, self.company, self.source):
            edit.setPlaceholderText(tr("any"))
        self.first_after = _DateCondition(tr("on or after"))
        self.first_before = _DateCondition(tr("on or before"))
        self.last_after = _DateCondition(tr("on or after"))
        self.last_before = _DateCondition(tr("on or before"))
        for date_condition, day in (
            (self.first_after, conditions.first_purchase_after),
            (self.first_before, conditions.first_purchase_before),
            (self.last_after, conditions.last_purchase_after),
            (self.last_before, conditions.last_purchase_before),
        ):
            date_condition.set_value(day, today)
        self.purchases_min = _any_spin(100_000)
        self.purchases_max = _any_spin(100_000)
        for spin, count in (
            (self.purchases_min, conditions.purchases_min),
            (self.purchases_max, conditions.purchases_max),
        ):
            spin.setValue(-1 if count is None else count)
        currency = conditions.lifetime_currency
        self.value_currency = QLineEdit(currency)
        self.value_currency.setMaxLength(3)
        self.value_currency.setMaximumWidth(60)
        self.value_min = QLineEdit(_amount(conditions.lifetime_min_minor, currency))
        self.value_max = QLineEdit(_amount(conditions.lifetime_max_minor, currency))
        for edit in (self.value_min, self.value_max):
            edit.setPlaceholderText(tr("any"))
        self.rfm = QComboBox()
        self.rfm.addItem(tr("any"), None)
        for segment in RFM_SEGMENTS:
            self.rfm.addItem(tr(segment), segment)
        self.rfm.setCurrentIndex(max(self.rfm.findData(conditions.rfm_segment), 0))
        self.open_deal = QComboBox()
        for shown, has_deal in (
            (tr("any"), None),
            (tr("has one"), True),
            (tr("has none"), False),
        ):
            self.open_deal.addItem(shown, has_deal)
        self.open_deal.setCurrentIndex({None: 0, True: 1, False: 2}[conditions.has_open_deal])
        self.quiet_days = _any_spin(3650, tr(" days"))
        if conditions.not_contacted_days is not None:
            self.quiet_days.setValue(conditions.not_contacted_days)
        self._extra = conditions.extra

        self.add_field(tr("Name"), self.name, "name")
        self.add_field(tr("Has any of the tags"), self.tags_any, "tags_any")
        self.add_field(tr("Has none of the tags"), self.tags_none, "tags_none")
        self.add_field(tr("Lifecycle (any ticked)"), stages, "lifecycles")
        self.add_field(tr("City"), self.city, "city")
        self.add_field(tr("Country"), self.country, "country")
        self.add_field(tr("Company"), self.company, "company")
        self.add_field(tr("Lead source"), self.source, "source")
        self.add_field(tr("First purchase"), _pair(self.first_after, self.first_before))
        self.add_field("", self.errors.label_for("first_purchase_before", self))
        self.add_field(tr("Last purchase"), _pair(self.last_after, self.last_before))
        self.add_field("", self.errors.label_for("last_purchase_before", self))
        self.add_field(
            tr("Purchases (from – to)"),
            _pair(self.purchases_min, self.purchases_max),
            "purchases_max",
        )
        values = QWidget()
        values_row = QHBoxLayout(values)
        values_row.setContentsMargins(0, 0, 0, 0)
        for part in (self.value_min, plain_label("–"), self.value_max, self.value_currency):
            values_row.addWidget(part)
        self.add_field(tr("Lifetime value (from – to)"), values, "lifetime_max_minor")
        self.add_field("", self.errors.label_for("lifetime_currency", self))
        self.add_field(tr("RFM segment"), self.rfm, "rfm_segment")
        self.add_field(tr("Open deal"), self.open_deal)
        self.add_field(tr("Not contacted for at least"), self.quiet_days, "not_contacted_days")
        self.add_field(tr("Contacts now"), self.count_label)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        # Counting runs off the GUI thread: an RFM condition scores every customer first.
        self._recount_pending = False
        self._connect_signals()
        self._on_recount()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        tasks: TaskManager,
        segment_id: int | None = None,
        start: SegmentConditions | None = None,
    ) -> int | None:
        """The saved segment's id, or None if cancelled."""
        dialog = cls(services, tasks, segment_id, parent, start)
        return dialog.saved_id if dialog.exec() else None

    def _connect_signals(self) -> None:
        changed = self._count_timer.start
        for view in (self.tags_any, self.tags_none):
            view.model().itemChanged.connect(changed)  # type: ignore[attr-defined]
        for box in self.lifecycles.values():
            box.toggled.connect(changed)
        for edit in (
            self.city,
            self.country,
            self.company,
            self.source,
            self.value_min,
            self.value_max,
            self.value_currency,
        ):
            edit.textChanged.connect(changed)
        for widget in (self.first_after, self.first_before, self.last_after, self.last_before):
            widget.enabled.toggled.connect(changed)
            widget.edit.dateChanged.connect(changed)
        for spin in (self.purchases_min, self.purchases_max, self.quiet_days):
            spin.valueChanged.connect(changed)
        for combo in (self.rfm, self.open_deal):
            combo.currentIndexChanged.connect(changed)
        self._count_timer.timeout.connect(self._on_recount)

    # -- reading the form ------------------------------------------------------------
    def conditions(self) -> SegmentConditions:
        """What the form says; ValidationError names the fields it cannot read."""
        currency = self.value_currency.text().strip().upper() or "EUR"
        errors: dict[str, str] = {}
        amounts: dict[str, int | None] = {}
        for name, edit in (
            ("lifetime_min_minor", self.value_min),
            ("lifetime_max_minor", self.value_max),
        ):
            typed = edit.text().strip()
            amounts[name] = None
            if typed:
                if not is_currency_code(currency):
                    errors["lifetime_currency"] = tr("Use a three-letter ISO code such as EUR")
                    continue
                try:
                    amounts[name] = parse_amount(typed, currency)
                except (ValueError, DeskCrmError):
                    errors["lifetime_max_minor"] = tr("“{text}” is not an amount").format(
                        text=typed
                    )
        if errors:
            raise ValidationError(errors)

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        def spin(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return SegmentConditions(
            tags_any=_checked(self.tags_any),
            tags_none=_checked(self.tags_none),
            lifecycles=tuple(v for v, box in self.lifecycles.items() if box.isChecked()),
            city=text(self.city),
            country=text(self.country),
            company=text(self.company),
            source=text(self.source),
            first_purchase_after=self.first_after.value(),
            first_purchase_before=self.first_before.value(),
            last_purchase_after=self.last_after.value(),
            last_purchase_before=self.last_before.value(),
            purchases_min=spin(self.purchases_min),
            purchases_max=spin(self.purchases_max),
            lifetime_currency=currency,
            lifetime_min_minor=amounts["lifetime_min_minor"],
            lifetime_max_minor=amounts["lifetime_max_minor"],
            rfm_segment=self.rfm.currentData(),
            has_open_deal=self.open_deal.currentData(),
            not_contacted_days=spin(self.quiet_days),
            extra=self._extra,
        )

    def _on_recount(self) -> None:
        try:
            conditions = self.conditions()
            problems = conditions.problems()
            if problems:
                raise ValidationError(problems)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            self.count_label.setText(tr("Fix the conditions marked in red"))
            return
        self.show_errors({})
        if self.counting:
            self._recount_pending = True  # counted again once this count ends
            return
        self.count_label.setText(tr("Counting…"))
        segments = self._services.segments
        self._tasks.run(
            lambda _context: segments.count(conditions),
            self._on_counted,
            on_error=self._on_count_failed,
            key=self.TASK_KEY,
            owner=self,
        )

    @property
    def counting(self) -> bool:
        """True while the contacts matching the conditions are being counted."""
        return self._tasks.busy(self.TASK_KEY)

    def _on_counted(self, count: int) -> None:
        if self._recount_if_pending():
            return  # the conditions changed meanwhile; the next count says
        self.count_label.setText(
            tr("1 contact") if count == 1 else tr("{n} contacts").format(n=f"{count:,}")
        )

    def _on_count_failed(self, message: str) -> None:
        self.count_label.setText(message)
        self._recount_if_pending()

    def _recount_if_pending(self) -> bool:
        if not self._recount_pending:
            return False
        self._recount_pending = False
        self._on_recount()
        return True

    def save(self) -> None:
        self.saved_id = self._services.segments.save(
            self.name.text(), self.conditions(), self._segment_id
        ).id


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.addWidget(first, 0, 0)
    grid.addWidget(second, 0, 1)
    return box


def _checked(view: QListView) -> tuple[str, ...]:
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    return tuple(
        model.item(row).text()
        for row in range(model.rowCount())
        if model.item(row).checkState() == Qt.CheckState.Checked
    )


def _amount(minor: int | None, currency: str) -> str:
    """Minor units back to what a user would type ("1500.00"), for editing."""
    if minor is None:
        return ""
    exp = exponent(currency) if is_currency_code(currency) else 2
    if not exp:
        return str(minor)
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{'-' if minor < 0 else ''}{whole}.{frac:0{exp}d}"
