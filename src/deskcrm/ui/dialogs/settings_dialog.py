"""Preferences kept in the database: business name, default currency and phone region."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from deskcrm.services.settings import AppSettings
from deskcrm.ui.services import Services
from deskcrm.ui.widgets.form_dialog import FormDialog


class SettingsDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("Settings", parent)
        self._services = services
        current = services.settings.load()
        self.business_name = QLineEdit(current.business_name)
        self.business_name.setPlaceholderText("Shown on printed reports")
        self.default_currency = QLineEdit(current.default_currency)
        self.default_currency.setMaxLength(3)
        self.phone_region = QLineEdit(current.phone_region)
        self.phone_region.setMaxLength(2)
        self.phone_region.setToolTip("Country assumed for phone numbers typed without +code")
        self.paper_size = QComboBox()
        self.paper_size.addItems(["A4", "Letter"])
        self.paper_size.setCurrentText(current.paper_size)
        self.logo_path = QLineEdit(current.logo_path)
        self.logo_path.setPlaceholderText("An image for report headers (PNG or JPEG)")
        self.add_field("Business name", self.business_name)
        self.add_field("Default currency", self.default_currency, "default_currency")
        self.add_field("Default phone region", self.phone_region, "phone_region")
        self.add_field("Report paper size", self.paper_size, "paper_size")
        self.add_field("Report logo", self.logo_path, "logo_path")
        self.saved: AppSettings | None = None
        self.resize(400, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> AppSettings | None:
        dialog = cls(services, parent)
        return dialog.saved if dialog.exec() else None

    def save(self) -> None:
        settings = AppSettings(
            business_name=self.business_name.text(),
            default_currency=self.default_currency.text(),
            phone_region=self.phone_region.text(),
            paper_size=self.paper_size.currentText(),
            logo_path=self.logo_path.text(),
        )
        self._services.settings.save(settings)
        self.saved = self._services.settings.load()
