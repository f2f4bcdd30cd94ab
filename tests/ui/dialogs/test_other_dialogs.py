"""Company, purchase, interaction and settings dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from deskcrm.ui.dialogs.purchase_dialog import PurchaseDialog
from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import NOW


def test_company_needs_a_name(services, qtbot) -> None:
    dialog = CompanyDialog(services)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("name") == "A company name is required"
    qtbot.keyClicks(dialog.name, "Nordlicht AG")
    qtbot.keyClicks(dialog.email, "bad")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "bad" in dialog.errors.text("email")
    dialog.email.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.companies.get(dialog.saved_id).name == "Nordlicht AG"


def test_purchase_amount_is_parsed_into_minor_units(services, qtbot) -> None:
    contact_id = services.contacts.create(ContactInput(first_name="Anna")).id
    dialog = PurchaseDialog(services, contact_id)
    qtbot.addWidget(dialog)
    assert dialog.currency.text() == "EUR"
    qtbot.keyClicks(dialog.description, "Espresso beans")
    qtbot.keyClicks(dialog.amount, "twelve")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("amount") == "Type an amount such as 49.90"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1.234,50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (purchase,) = services.timeline.purchases(contact_id)
    assert (purchase.amount_minor, purchase.currency) == (123450, "EUR")


def test_interaction_time_is_entered_locally_and_stored_in_utc(services, qtbot) -> None:
    contact_id = services.contacts.create(ContactInput(first_name="Anna")).id
    dialog = InteractionDialog(services, contact_id, "meeting", now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "meeting"
    qtbot.keyClicks(dialog.summary, "Workshop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = services.timeline.interactions(contact_id)
    assert entry.occurred_at == NOW and entry.kind == "meeting"


def test_settings_dialog_validates_and_saves(services, qtbot) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.default_currency.setText("e1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("default_currency")
    dialog.default_currency.setText("chf")
    dialog.business_name.setText("Atelier Nord")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.load().default_currency == "CHF"
    assert dialog.saved is not None and dialog.saved.business_name == "Atelier Nord"


def test_welcome_and_settings_say_which_country_phone_numbers_are_read_in(services, qtbot) -> None:
    from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
    from deskcrm.ui.dialogs.welcome_dialog import WelcomeDialog

    welcome = WelcomeDialog(None, phone_region="CH")
    qtbot.addWidget(welcome)
    assert "read as CH" in welcome.phone_region_note.text()
    nowhere = WelcomeDialog(None, phone_region="")
    qtbot.addWidget(nowhere)
    assert "No country for phone numbers" in nowhere.phone_region_note.text()
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    assert "read as DE" in settings.phone_region_note.text()
    settings.phone_region.setText("")
    assert "No country" in settings.phone_region_note.text()


def test_the_phone_region_can_be_typed_as_a_country_name_or_code(services, qtbot) -> None:
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    settings.phone_region.clear()
    qtbot.keyClicks(settings.phone_region, "Switzerland")
    assert settings.phone_region.text() == "Switzerland"  # not cut to "Sw"
    note = settings.phone_region_note.text()
    assert "read as CH" in note and "e.g. 07" in note  # a Swiss mobile number
    settings.phone_region.setText("Narnia")
    assert "Not a country DeskCRM knows" in settings.phone_region_note.text()
    settings.phone_region.setText("Schweiz")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.load().phone_region == "CH"
    assert not settings.errors.text("phone_region")
