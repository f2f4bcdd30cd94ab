"""Preferences kept in the database: business name, default currency and phone region."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from deskcrm.domain.validation import example_phone, is_phone_region, typed_phone_region
from deskcrm.services.storage.settings import AppSettings, system_phone_region
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.theme import THEMES
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


def phone_region_note(region: str) -> str:
    """What the default phone region means, in a sentence (shown in settings and welcome)."""
    if region and not is_phone_region(region):
        return tr(
            "Not a country DeskCRM knows: type its name (Switzerland, Schweiz) or its"
            " two-letter code (CH)."
        )
    if not region:
        return tr(
            "No country for phone numbers: this computer's language settings name none."
            " Numbers without +code are kept as typed and marked to check, unless the"
            " contact has a country."
        )
    source = (
        tr(" (from this computer's language settings)") if region == system_phone_region() else ""
    )
    return tr(
        "Numbers without +code are read as {region}{source}, e.g. {example}, unless the"
        " contact has a country."
    ).format(region=region, source=source, example=example_phone(region))


class SettingsDialog(FormDialog):
    def __init__(
        self, services: Services, parent: QWidget | None = None, data_folder: Path | None = None
    ) -> None:
        super().__init__(tr("Settings"), parent)
        self._services = services
        current = services.settings.load()
        self.business_name = QLineEdit(current.business_name)
        self.business_name.setPlaceholderText(tr("Shown on printed reports"))
        self.default_currency = QLineEdit(current.default_currency)
        self.default_currency.setMaxLength(3)
        self.phone_region = QLineEdit(current.phone_region)
        self.phone_region.setMaxLength(60)
        self.phone_region.setPlaceholderText(tr("Country or code, e.g. Switzerland or CH"))
        self.phone_region.setToolTip(
            tr(
                "Country assumed for phone numbers typed without +code when the contact has"
                " no country (its name or two-letter code); empty: numbers need their +code"
            )
        )
        self.phone_region_note = plain_label(phone_region_note(current.phone_region))
        self.phone_region_note.setWordWrap(True)
        self.paper_size = QComboBox()
        self.paper_size.addItems(["A4", "Letter"])
        self.paper_size.setCurrentText(current.paper_size)
        self.logo_path = QLineEdit(current.logo_path)
        self.logo_path.setPlaceholderText(tr("An image for report headers (PNG or JPEG)"))
        self.theme = QComboBox()
        for key, label in THEMES.items():
            self.theme.addItem(tr(label), key)
        self.theme.setCurrentIndex(max(self.theme.findData(current.theme), 0))
        self.backups = QComboBox()
        self.backups.addItem(
            tr("Every day at first start (7 daily, 4 weekly, 12 monthly)"), "daily"
        )
        self.backups.addItem(tr("Only before upgrades and when I ask"), "off")
        self.backups.setCurrentIndex(max(self.backups.findData(current.backups), 0))
        self.case_reply_days = QSpinBox()
        self.case_reply_days.setRange(1, 365)
        self.case_reply_days.setSuffix(tr(" days"))
        self.case_reply_days.setValue(current.case_reply_days)
        self.case_reply_days.setToolTip(
            tr("An open support case nobody has answered for this long shows as a follow-up")
        )
        self._current = current
        self.data_folder = plain_label(str(data_folder) if data_folder else "", selectable=True)
        self.data_folder.setWordWrap(True)
        self.open_folder_button = QPushButton(tr("Open data folder"))
        self.open_folder_button.setEnabled(data_folder is not None)
        self.open_folder_button.clicked.connect(self._on_open_folder)
        self._data_folder = data_folder
        self.add_field(tr("Business name"), self.business_name)
        self.add_field(tr("Default currency"), self.default_currency, "default_currency")
        self.add_field(tr("Default phone region"), self.phone_region, "phone_region")
        self.add_field("", self.phone_region_note)
        self.phone_region.textChanged.connect(
            lambda text: self.phone_region_note.setText(phone_region_note(typed_phone_region(text)))
        )
        self.add_field(tr("Report paper size"), self.paper_size, "paper_size")
        self.add_field(tr("Report logo"), self.logo_path, "logo_path")
        self.add_field(tr("Theme"), self.theme, "theme")
        self.add_field(tr("Backups"), self.backups, "backups")
        self.add_field(tr("Answer support cases within"), self.case_reply_days, "case_reply_days")
        self.add_field(tr("Data folder"), self.data_folder)
        self.add_field("", self.open_folder_button)
        self.saved: AppSettings | None = None
        fit_to_screen(self, 400, self.sizeHint().height())

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, data_folder: Path | None = None
    ) -> AppSettings | None:
        dialog = cls(services, parent, data_folder)
        return dialog.saved if dialog.exec() else None

    def _on_open_folder(self) -> None:
        if self._data_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    def save(self) -> None:
        settings = replace(
            self._current,
            business_name=self.business_name.text(),
            default_currency=self.default_currency.text(),
            phone_region=typed_phone_region(self.phone_region.text()),
            paper_size=self.paper_size.currentText(),
            logo_path=self.logo_path.text(),
            theme=self.theme.currentData(),
            backups=self.backups.currentData(),
            case_reply_days=self.case_reply_days.value(),
        )
        self._services.settings.save(settings)
        self.saved = self._services.settings.load()
