"""Create or edit a person: every field an address book exports (the rarer ones folded
away), validated fields with errors beside them, a duplicate warning, and the values an
import could not understand listed to check or dismiss."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress, Website
from deskcrm.domain.enums import Lifecycle
from deskcrm.errors import EditConflictError, ValidationError
from deskcrm.services.contacts.conflicts import differences
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.edit_conflict_dialog import ConflictChoice, EditConflictDialog
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_tone
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.address_editor import AddressListEditor
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.labelled_rows import (
    EMAIL_LABELS,
    PHONE_LABELS,
    WEBSITE_LABELS,
    LabelledRowsEditor,
    phone_placeholder,
)
from deskcrm.ui.widgets.partial_date_edit import PartialDateEdit
from deskcrm.ui.widgets.screen_fit import available_size
from deskcrm.ui.widgets.unparsed_list import UnparsedList
from deskcrm.ui.widgets.wheel_guard import guard_wheel

# The dialog must fit the smallest screen users have (1024×640, less a title bar).
MAX_START_SIZE = (720, 600)


def _lines(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]


def _labels(labels: list[str], count: int) -> list[str]:
    """`labels` padded (or cut) to `count`: a file may give fewer labels than values."""
    return (labels + [""] * count)[:count]


class ContactDialog(FormDialog):
    """Saves through the contact service; `saved_id` is set once it has."""

    def __init__(
        self,
        services: Services,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Edit contact") if contact_id else tr("New contact"), parent)
        self._services = services
        self._contact_id = contact_id
        self._history = history
        self._source_uid = ""  # not editable, but an edit must keep it
        # The whole name a source wrote (vCard FN): kept while the name parts are as they
        # were, dropped once the user renames the contact.
        self._display_name = ""
        self._name_parts: tuple[str, ...] = ()
        # The row version the form was filled from: a save is refused if the contact has
        # been changed since (by another window, a colleague on the server, the CLI).
        self._version: int | None = None
        # Asks the user what to do about such a change (replaceable in tests).
        self.ask_conflict: Callable[[str, list[tuple[str, str, str]]], ConflictChoice] = (
            self._ask_conflict
        )
        self.saved_id: int | None = None
        self._init_scroll_area()
        self._init_fields()
        self._connect_signals()
        if contact_id is not None:
            self._load(contact_id)
        self._chain_tab_order()
        self._fit_to_screen()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int | None = None,
        *,
        history: History | None = None,
    ) -> int | None:
        """The id saved (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    # -- building -------------------------------------------------------------------
    def _init_scroll_area(self) -> None:
        """The fields scroll; Save and Cancel stay in view however long the form grows."""
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes through the fields (the area scrolls to each), not to the area itself.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll_area)
        self._content = content
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)  # room beside the scroll bar
        self.to_check_box = QGroupBox(content)
        self.to_check_box.setObjectName("to_check")
        self.to_check = UnparsedList(self.to_check_box)
        QVBoxLayout(self.to_check_box).addWidget(self.to_check)
        self.to_check_box.setVisible(False)
        content_layout.addWidget(self.to_check_box)
        # FormDialog's own form stays empty (an empty layout takes no room); the fields go
        # into this one, inside the scroll area.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        content_layout.addLayout(self.form)
        content_layout.addStretch(1)
        self.scroll_area.setWidget(content)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.scroll_area, 1)

    def _init_fields(self) -> None:
        content = self._content
        self.first_name = QLineEdit(content)
        self.last_name = QLineEdit(content)
        self.more_names_button = QToolButton(content)
        self.more_names_button.setText(tr("&More name fields"))
        self.more_names_button.setCheckable(True)
        self.more_names_button.setAutoRaise(True)
        self.more_names_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_names_button.setArrowType(Qt.ArrowType.RightArrow)
        self.name_prefix = QLineEdit(content)
        self.name_prefix.setPlaceholderText(tr("Dr., Ms."))
        self.middle_name = QLineEdit(content)
        self.name_suffix = QLineEdit(content)
        self.name_suffix.setPlaceholderText(tr("Jr., PhD"))
        self.nickname = QLineEdit(content)
        self.company = QComboBox(content)
        self.company.setEditable(True)
        self.company.addItem("", None)
        for company_id, name in self._services.companies.names():
            self.company.addItem(name, company_id)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.company.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.department = QLineEdit(content)
        self.job_title = QLineEdit(content)
        self.emails = LabelledRowsEditor(
            EMAIL_LABELS, tr("+ Add email"), tr("anna@example.com"), content
        )
        self.phones = LabelledRowsEditor(PHONE_LABELS, tr("+ Add phone"), "", content)
        self.phone_check = plain_label("", content)
        self.phone_check.setObjectName("phone_check")
        set_tone(self.phone_check, "warning")
        self.phone_check.setWordWrap(True)
        self.phone_check.setVisible(False)
        self.duplicate_warning = plain_label("", content)
        self.duplicate_warning.setObjectName("duplicate_warning")
        set_tone(self.duplicate_warning, "warning")
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.setVisible(False)
        self.addresses = AddressListEditor(content)
        self.websites = LabelledRowsEditor(
            WEBSITE_LABELS, tr("+ Add website"), tr("https://example.com"), content
        )
        self.birthday = PartialDateEdit(parent=content)
        self.anniversary = PartialDateEdit(parent=content)
        self.lifecycle = QComboBox(content)
        for stage in Lifecycle:
            self.lifecycle.addItem(stage.label, stage.value)
        self.source = QLineEdit(content)
        self.source.setPlaceholderText(tr("Website, referral, trade fair …"))
        self.tags = QLineEdit(content)
        self.tags.setPlaceholderText(tr("VIP, Newsletter"))
        tag_names = [t.name for t in self._services.tags.all_with_counts()]
        self.tags.setCompleter(QCompleter(QStringListModel(tag_names, self.tags), self.tags))
        self.follow_up = QSpinBox(content)
        self.follow_up.setRange(0, 3650)
        self.follow_up.setSpecialValueText(tr("Off"))
        self.follow_up.setSuffix(tr(" days"))
        # The form scrolls: the wheel over a field it has not focused scrolls the form.
        # (The label combos and date edits guard themselves.)
        guard_wheel(self.company, self.lifecycle, self.follow_up)
        self.notes = QPlainTextEdit(content)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        # QFormLayout makes each label the buddy of its field: Alt+letter jumps there.
        self.add_field(tr("&First name"), self.first_name, "first_name")
        self.add_field(tr("&Last name"), self.last_name, "last_name")
        self.form.addRow("", self.more_names_button)
        self._more_name_fields: list[QWidget] = [
            self.name_prefix,
            self.middle_name,
            self.name_suffix,
            self.nickname,
        ]
        self.add_field(tr("P&refix"), self.name_prefix)
        self.add_field(tr("M&iddle name"), self.middle_name)
        self.add_field(tr("Suffi&x"), self.name_suffix)
        self.add_field(tr("&Nickname"), self.nickname)
        self.add_field(tr("&Company"), self.company, "company")
        self.add_field(tr("&Department"), self.department)
        self.add_field(tr("&Job title"), self.job_title)
        self.add_field(tr("&Emails"), self.emails, "emails")
        self._buddy(self.emails, self.emails.value_edit(0))
        self.add_field(tr("&Phones"), self.phones, "phones")
        self._buddy(self.phones, self.phones.value_edit(0))
        self.form.addRow("", self.phone_check)
        self.form.addRow("", self.duplicate_warning)
        self.add_field(tr("&Addresses"), self.addresses, "addresses")
        self._buddy(self.addresses, self.addresses.block(0).street)
        self.add_field(tr("&Websites"), self.websites, "websites")
        self._buddy(self.websites, self.websites.value_edit(0))
        self.add_field(tr("&Birthday"), self.birthday, "birthday")
        self._buddy(self.birthday, self.birthday.date_edit)
        self.add_field(tr("Anni&versary"), self.anniversary, "anniversary")
        self._buddy(self.anniversary, self.anniversary.date_edit)
        self.add_field(tr("Lifec&ycle"), self.lifecycle, "lifecycle")
        self.add_field(tr("So&urce"), self.source)
        self.add_field(tr("&Tags"), self.tags)
        self.add_field(tr("Stay in touc&h every"), self.follow_up, "follow_up_days")
        self.add_field(tr("N&otes"), self.notes)
        self._show_more_names(False)
        self._on_country_edited()

    def _buddy(self, field: QWidget, target: QWidget) -> None:
        """A composite field's mnemonic goes to the widget one types into."""
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(target)

    def _connect_signals(self) -> None:
        self.more_names_button.toggled.connect(self._show_more_names)
        self.emails.edited.connect(self._on_channels_edited)
        self.phones.edited.connect(self._on_channels_edited)
        self.phones.edited.connect(self._on_phones_edited)
        self.addresses.country_changed.connect(self._on_country_edited)
        self.addresses.country_edited.connect(self._on_phones_edited)
        for editor in (self.emails, self.phones, self.addresses, self.websites):
            editor.rows_changed.connect(self._chain_tab_order)
        self.to_check.count_changed.connect(self._on_to_check_count)

    def _chain_tab_order(self) -> None:
        """Tab walks the form top to bottom, through rows added later, then Save, Cancel."""
        chain: list[QWidget] = [
            *self.to_check.focus_widgets(),
            self.first_name,
            self.last_name,
            self.more_names_button,
            *self._more_name_fields,
            self.company,
            self.department,
            self.job_title,
            *self.emails.focus_widgets(),
            *self.phones.focus_widgets(),
            *self.addresses.focus_widgets(),
            *self.websites.focus_widgets(),
            *self.birthday.focus_widgets(),
            *self.anniversary.focus_widgets(),
            self.lifecycle,
            self.source,
            self.tags,
            self.follow_up,
            self.notes,
            *self.buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        """Start as tall as the form wants, but never taller than a small screen."""
        self.setMinimumSize(520, 420)
        width, height = MAX_START_SIZE
        room = available_size(self)
        if room is not None:
            width, height = min(width, room[0]), min(height, room[1])
        content = self._content.sizeHint().height() + self.buttons.sizeHint().height()
        self.resize(width, max(self.minimumHeight(), min(height, content + 40)))

    # -- loading ---------------------------------------------------------------------
    def _load(self, contact_id: int) -> None:
        detail = self._services.contacts.get(contact_id)
        self.show_input(detail.data, detail.phones_to_check)
        self._version = detail.row_version

    def show_input(self, data: ContactInput, phones_to_check: list[str] | None = None) -> None:
        """Fill the form from `data` (what `get` read, or what an import would write)."""
        to_check = set(phones_to_check or [])
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.name_prefix.setText(data.name_prefix)
        self.middle_name.setText(data.middle_name)
        self.name_suffix.setText(data.name_suffix)
        self.nickname.setText(data.nickname)
        self.more_names_button.setChecked(
            any((data.name_prefix, data.middle_name, data.name_suffix, data.nickname))
        )
        index = self.company.findData(data.company_id) if data.company_id else -1
        if index >= 0:
            self.company.setCurrentIndex(index)
        else:
            # A company in the trash (or one named but not yet created) is shown by name.
            self.company.setCurrentIndex(0)
            self.company.setEditText(data.company_name if data.company_id is None else "")
        self.department.setText(data.department)
        self.job_title.setText(data.title)
        self.emails.set_entries(
            list(zip(data.emails, _labels(data.email_labels, len(data.emails)), strict=True))
        )
        # Numbers to check are shown exactly as they were typed, so they can be corrected.
        shown_phones = [
            number if number in to_check else validation.display_phone(number)
            for number in data.phones
        ]
        self.phones.set_entries(
            list(zip(shown_phones, _labels(data.phone_labels, len(data.phones)), strict=True))
        )
        addresses = list(data.addresses)
        if not addresses:
            # A contact saved before addresses were a list has its one address flat.
            flat = PostalAddress(
                street=data.address,
                postal_code=data.postal_code,
                city=data.city,
                country=data.country,
            )
            addresses = [] if flat.is_empty() else [flat]
        self.addresses.set_addresses(addresses)
        self.websites.set_entries([(site.url, site.label) for site in data.websites])
        self.birthday.set_value(data.birthday, data.birthday_year_known)
        self.anniversary.set_value(data.anniversary, data.anniversary_year_known)
        self.lifecycle.setCurrentIndex(max(self.lifecycle.findData(data.lifecycle), 0))
        self.source.setText(data.source)
        self._source_uid = data.source_uid
        self._display_name = data.display_name
        self._name_parts = self._typed_name_parts()
        self.tags.setText(tr(", ").join(data.tags))
        self.follow_up.setValue(data.follow_up_days or 0)
        self.notes.setPlainText(data.notes)
        self.to_check.set_values(data.unparsed)
        self.to_check_box.setVisible(self.to_check.total() > 0)
        self._on_phones_edited()
        self._chain_tab_order()

    # -- saving -------------------------------------------------------------------------

    def _typed_name_parts(self) -> tuple[str, ...]:
        fields = (self.name_prefix, self.first_name, self.middle_name, self.last_name)
        return (*(f.text().strip() for f in fields), self.name_suffix.text().strip())

    def collect(self) -> ContactInput:
        """The form as typed."""
        company_text = self.company.currentText().strip()
        company_id = self.company.currentData()
        if (
            company_id is not None
            and self.company.itemText(self.company.currentIndex()) != company_text
        ):
            company_id = None  # the user typed over a picked company
        emails = self.emails.entries()
        phones = self.phones.entries()
        addresses = self.addresses.addresses()
        first = addresses[0] if addresses else PostalAddress()
        birthday, birthday_year_known = self.birthday.value()
        anniversary, anniversary_year_known = self.anniversary.value()
        return ContactInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            middle_name=self.middle_name.text().strip(),
            name_prefix=self.name_prefix.text().strip(),
            name_suffix=self.name_suffix.text().strip(),
            nickname=self.nickname.text().strip(),
            company_id=company_id,
            company_name="" if company_id is not None else company_text,
            title=self.job_title.text(),
            department=self.department.text().strip(),
            emails=[value for value, _label in emails],
            email_labels=[label for _value, label in emails],
            phones=[value for value, _label in phones],
            phone_labels=[label for _value, label in phones],
            # The flat fields mirror the first address (the list wins where both are read).
            address=first.street,
            postal_code=first.postal_code,
            city=first.city,
            country=first.country,
            addresses=addresses,
            websites=[Website(url=url, label=label) for url, label in self.websites.entries()],
            birthday=birthday,
            birthday_year_known=birthday_year_known,
            anniversary=anniversary,
            anniversary_year_known=anniversary_year_known,
            lifecycle=self.lifecycle.currentData(),
            source=self.source.text(),
            source_uid=self._source_uid,
            display_name=self._display_name if self._typed_name_parts() == self._name_parts else "",
            notes=self.notes.toPlainText(),
            follow_up_days=self.follow_up.value() or None,
            tags=_lines(self.tags.text()),
            unparsed=self.to_check.kept(),
        )

    def save(self) -> None:
        data = self.collect()
        contacts = self._services.contacts
        if self._contact_id is None:
            created = contacts.create(data)
            self.saved_id = created.id
            if self._history is not None:
                self._history.created(tr("New contact"), created, contacts.delete, contacts.restore)
        else:
            self._save_edit(self._contact_id, data)

    def _save_edit(self, contact_id: int, data: ContactInput) -> None:
        contacts = self._services.contacts
        before = contacts.get(contact_id)
        try:
            changes = contacts.update(contact_id, data, expected_version=self._version)
        except EditConflictError:
            before = contacts.get(contact_id)  # as saved by the other person
            mine = replace(data, company_name=self.company.currentText().strip())
            choice = self.ask_conflict(before.name, differences(before.data, mine))
            if choice is ConflictChoice.LOAD_SAVED:
                self.show_input(before.data, before.phones_to_check)
                self._version = before.row_version
                raise ValidationError(
                    {"": tr("Not saved: the form now shows the contact as it was last saved.")}
                ) from None
            if choice is not ConflictChoice.SAVE_MINE:
                raise ValidationError(
                    {"": tr("Not saved: someone else changed this contact after you opened it.")}
                ) from None
            # Over their version, knowingly (should it change yet again, asked again).
            self._version = before.row_version
            changes = contacts.update(contact_id, data, expected_version=self._version)
        self.saved_id = contact_id
        if self._history is not None:
            self._history.edited(
                tr("Edit contact"), contact_id, before.data, data, contacts.update, changes
            )

    def _ask_conflict(self, name: str, rows: list[tuple[str, str, str]]) -> ConflictChoice:
        dialog = EditConflictDialog(name, rows, self)
        dialog.exec()
        return dialog.choice

    def _phone_region(self) -> str:
        return self._services.contacts.phone_region(self.addresses.first_country())

    def _on_country_edited(self, _country: str = "") -> None:
        """The example number is one that is valid where this contact lives."""
        self.phones.set_placeholder(phone_placeholder(self._phone_region()))

    def _on_phones_edited(self) -> None:
        """Numbers that are not valid for the contact's country are saved as typed; say so."""
        region = self._phone_region()
        doubtful = [
            raw for raw in self.phones.values() if not validation.read_phone(raw, region).checked
        ]
        if doubtful:
            where = region or tr("no country")
            self.phone_check.setText(
                tr("Check this number ({where}): {numbers} — it is saved as typed").format(
                    where=where, numbers=", ".join(doubtful[:3])
                )
            )
        self.phone_check.setVisible(bool(doubtful))

    def _on_channels_edited(self) -> None:
        duplicates = self._services.contacts.find_duplicates(
            self.emails.values(),
            self.phones.values(),
            exclude_id=self._contact_id,
            country=self.addresses.first_country(),
        )
        if duplicates:
            names = "; ".join(f"{d.name} ({d.reason})" for d in duplicates[:3])
            self.duplicate_warning.setText(f"Possible duplicate: {names}")
        self.duplicate_warning.setVisible(bool(duplicates))

    def _show_more_names(self, shown: bool) -> None:
        for field in self._more_name_fields:
            self.form.setRowVisible(field, shown)
        self.more_names_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _on_to_check_count(self, kept: int) -> None:
        self.to_check_box.setTitle(tr("To check ({n})").format(n=kept))

    def show_errors(self, errors: dict[str, str]) -> None:
        """As the base class, and the first message scrolled into view."""
        super().show_errors(errors)
        for field in errors:
            # FieldErrors names each message label error_<field>.
            label = self._content.findChild(QLabel, f"error_{field}")
            if label is not None:
                self.scroll_area.ensureWidgetVisible(label)
                break
