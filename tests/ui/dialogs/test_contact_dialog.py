"""The contact dialog: errors next to their fields, nothing saved half-way, duplicates warned."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.contact_dialog import ContactDialog


def test_errors_appear_beside_each_bad_field_and_nothing_is_saved(services, qtbot) -> None:
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.emails.value_edit(0), "anna-at-example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("first_name") == "A first or last name is required"
    assert "anna-at-example" in dialog.errors.text("emails")
    qtbot.keyClicks(dialog.phones.value_edit(0), "hello")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # A phone is something to go by (the contact would be shown by it): no name is asked.
    assert dialog.errors.text("first_name") == ""
    assert "anna-at-example" in dialog.errors.text("emails")
    assert dialog.errors.text("phones") == ""  # "hello" is not refused: saved, to check
    dialog.phones.value_edit(0).editingFinished.emit()
    assert "Check this number (DE): hello" in dialog.phone_check.text()
    assert dialog.result() == 0 and dialog.saved_id is None
    assert services.contacts.list_ids(ContactFilter()) == []

    qtbot.keyClicks(dialog.first_name, "Anna")
    dialog.emails.value_edit(0).clear()
    dialog.phones.value_edit(0).clear()
    qtbot.keyClicks(dialog.emails.value_edit(0), "anna@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert dialog.errors.text("first_name") == ""


def test_a_possible_duplicate_is_named_while_typing(services, qtbot) -> None:
    services.contacts.create(ContactInput(first_name="Anna", last_name="Müller",
                                          emails=["anna@example.com"]))  # fmt: skip
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.emails.value_edit(0), "anna@example.com")
    dialog.emails.value_edit(0).editingFinished.emit()
    assert not dialog.duplicate_warning.isHidden()
    assert dialog.duplicate_warning.text() == (
        "Possible duplicate: Anna Müller (same email anna@example.com)"
    )
    assert dialog.duplicate_warning.textFormat() == Qt.TextFormat.PlainText


def test_editing_loads_every_field_and_saves_changes(services, qtbot) -> None:
    contact_id = services.contacts.create(
        ContactInput(first_name="Anna", last_name="Müller", emails=["anna@example.com"],
                     phones=["030 1234567"], tags=["VIP"], company_name="Acme",
                     notes="Likes tea", follow_up_days=30)
    ).id  # fmt: skip
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    assert dialog.company.currentText() == "Acme"
    assert dialog.phones.values() == ["+49 30 1234567"]
    assert dialog.follow_up.value() == 30
    dialog.addresses.block(0).city.setText("Leipzig")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    data = services.contacts.get(contact_id).data
    assert data.city == "Leipzig" and data.tags == ["VIP"] and data.phones == ["+49301234567"]
    assert data.notes == "Likes tea" and data.company_name == "Acme"


def test_the_example_number_is_valid_for_the_contact_s_country_and_doubtful_ones_are_flagged(
    services, qtbot
) -> None:
    from deskcrm.domain import validation

    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    phone = dialog.phones.value_edit(0)
    country = dialog.addresses.block(0).country
    example = phone.placeholderText().removeprefix("e.g. ")
    assert validation.read_phone(example, "DE").checked  # the default region, DE
    country.setText("Schweiz")
    example = phone.placeholderText().removeprefix("e.g. ")
    assert validation.read_phone(example, "CH").checked and example.startswith("07")
    qtbot.keyClicks(phone, "079 123 45 67")
    phone.editingFinished.emit()
    assert dialog.phone_check.isHidden()  # a valid Swiss number
    country.setText("USA")
    country.editingFinished.emit()
    assert "Check this number (US): 079 123 45 67" in dialog.phone_check.text()
    assert not dialog.phone_check.isHidden()


def test_a_number_to_check_is_shown_as_typed_with_a_warning(services, qtbot) -> None:
    contact_id = services.contacts.create(
        ContactInput(first_name="Anna", phones=["0151 2345678", "+49 30 1234567"])
    ).id
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.phones.values() == ["0151 2345678", "+49 30 1234567"]
    assert not dialog.phone_check.isHidden() and "0151 2345678" in dialog.phone_check.text()
