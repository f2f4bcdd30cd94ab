"""The contact pane shows everything an address book exported: the whole name, labels on
emails and phones, every address, websites that open in the browser, year-less birthdays
without a year, ages from the app's clock, and the values still to check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QUndoStack

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.undo import History
from deskcrm.ui.views.contact_detail import ContactDetailPane


@pytest.fixture(autouse=True)
def _english_month_names() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def pane(services, qtbot) -> ContactDetailPane:
    widget = ContactDetailPane(services, History(QUndoStack(), ChangeBus()))
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def _text(pane: ContactDetailPane, key: str) -> str:
    if key in pane.link_lists:
        links = pane.link_lists[key]
        return "\n".join(links.lines()) if links.isVisibleTo(pane) else ""
    label = pane.field_labels[key]
    return label.text() if label.isVisibleTo(pane) else ""


def _link_texts(pane: ContactDetailPane, key: str) -> list[str]:
    """The links' button texts (& doubled: a single one would make a mnemonic)."""
    return [button.text() for button in pane.link_lists[key].buttons()]


def test_the_pane_shows_names_labels_addresses_websites_and_values_to_check(services, pane) -> None:
    contact_id = services.contacts.create(
        ContactInput(
            first_name="Robert",
            last_name="Smith",
            middle_name="James",
            name_prefix="Dr.",
            name_suffix="Jr.",
            nickname="Bob",
            company_name="Acme",
            title="Head of Sales",
            department="EMEA",
            emails=["bob@acme.example", "bob@home.example"],
            email_labels=["work", "home"],
            phones=["+49 30 1234567", "0151 2345678"],
            phone_labels=["work", "mobile"],
            country="USA",
            addresses=[
                PostalAddress(
                    "work", "Marktstraße 1", "3. Stock", "", "Leipzig", "", "04109", "Deutschland"
                ),
                PostalAddress(
                    "home", "Elm Street 5", "", "PO Box 12", "Springfield", "IL", "62701", "USA"
                ),
            ],
            websites=[
                Website("https://acme.example/?a=1&b=2", "work"),
                Website("file:///etc/passwd", "odd"),
            ],
            unparsed=[
                UnparsedValue(
                    "birthday", "circa 1800", "not a date DeskCRM can read", "a.vcf, line 4"
                ),
                UnparsedValue("phones", "<b>call</b>", "not a phone number"),
            ],
        )
    ).id
    pane.show_contact(contact_id)
    assert pane.name_label.text() == "Dr. Robert James Smith Jr. “Bob”"
    assert pane.subtitle_label.text() == "Head of Sales, EMEA at Acme"
    assert _text(pane, "emails") == "bob@acme.example (work)\nbob@home.example (home)"
    phones = _text(pane, "phones").splitlines()
    assert phones[0] == "+49 30 1234567 (work)"
    assert phones[1].startswith("0151 2345678 (mobile)")  # not valid in the USA: to check
    assert _text(pane, "address") == (
        "Work: Marktstraße 1, 3. Stock\n04109 Leipzig, Deutschland\n"
        "Home: Elm Street 5, PO Box 12\n62701 Springfield, IL, USA"
    )
    assert _link_texts(pane, "websites") == ["https://acme.example/?a=1&&b=2 (work)"]
    assert _text(pane, "websites") == (  # the file: one shown as plain text, never opened
        "https://acme.example/?a=1&b=2 (work)\nfile:///etc/passwd (odd)"
    )
    assert _link_texts(pane, "emails") == ["bob@acme.example (work)", "bob@home.example (home)"]
    assert _link_texts(pane, "phones") == ["+49 30 1234567 (work)"]  # not the one to check
    to_check = _text(pane, "to_check").splitlines()
    assert to_check == [
        "Birthday: circa 1800 — not a date DeskCRM can read (a.vcf, line 4)",
        "Phone: <b>call</b> — not a phone number",
    ]
    form = pane.fields_form
    assert form.labelForField(pane.field_labels["to_check"]).text() == "To check (2):"
    for key in ("to_check", "address"):
        assert pane.field_labels[key].textFormat() == Qt.TextFormat.PlainText


def test_a_website_opens_in_the_browser(services, pane, qtbot) -> None:
    contact_id = services.contacts.create(
        ContactInput(first_name="Ann", websites=[Website("ann.example")])
    ).id
    opened: list[QUrl] = []
    pane.open_url = lambda url: opened.append(url) or True
    pane.show_contact(contact_id)
    qtbot.mouseClick(pane.link_lists["websites"].buttons()[0], Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["http://ann.example"]


def test_birthdays_show_no_year_2000_and_ages_come_from_the_app_clock(services, pane) -> None:
    # The app's clock says 15 March 2026 (tests/conftest.py).
    no_year = services.contacts.create(
        ContactInput(first_name="Ann", birthday=date(2000, 4, 22), birthday_year_known=False)
    ).id
    before = services.contacts.create(
        ContactInput(first_name="Ben", birthday=date(1970, 4, 22),
                     anniversary=date(2010, 3, 1))
    ).id  # fmt: skip
    after = services.contacts.create(ContactInput(first_name="Cem", birthday=date(1970, 3, 1)))
    pane.show_contact(no_year)
    assert _text(pane, "birthday") == "22 April"
    pane.show_contact(before)
    assert _text(pane, "birthday") == "22 April 1970 (55)"  # not yet 56 on 15 March
    assert _text(pane, "anniversary") == "1 March 2010 (16 years)"
    pane.show_contact(after.id)
    assert _text(pane, "birthday") == "1 March 1970 (56)"
    assert _text(pane, "anniversary") == ""


def test_a_contact_made_in_the_dialog_comes_back_whole_in_the_pane(services, pane, qtbot) -> None:
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ada")
    qtbot.keyClicks(dialog.last_name, "Lovelace")
    qtbot.mouseClick(dialog.more_names_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.nickname, "Countess")
    qtbot.keyClicks(dialog.department, "Analytics")
    qtbot.keyClicks(dialog.emails.value_edit(0), "ada@example.com")
    dialog.emails.label_combo(0).setCurrentText("work")
    qtbot.keyClicks(dialog.phones.value_edit(0), "030 1234567")
    qtbot.keyClicks(dialog.phones.label_combo(0).lineEdit(), "Ferienhaus")
    first = dialog.addresses.block(0)
    qtbot.keyClicks(first.street, "Main Road 1")
    qtbot.keyClicks(first.city, "Berlin")
    qtbot.mouseClick(dialog.addresses.add_button, Qt.MouseButton.LeftButton)
    second = dialog.addresses.block(1)
    second.label.setCurrentText("work")
    qtbot.keyClicks(second.street, "Office Park 2")
    qtbot.keyClicks(second.region, "Brandenburg")
    qtbot.keyClicks(dialog.websites.value_edit(0), "https://ada.example")
    dialog.birthday.set_value(date(2000, 12, 10), year_known=False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None, dialog.general_error.text()

    data = services.contacts.get(dialog.saved_id).data
    assert (data.nickname, data.department) == ("Countess", "Analytics")
    assert (data.birthday, data.birthday_year_known) == (date(2000, 12, 10), False)
    assert [a.label for a in data.addresses] == ["", "work"]
    pane.show_contact(dialog.saved_id)
    assert pane.name_label.text() == "Ada Lovelace “Countess”"
    assert _text(pane, "emails") == "ada@example.com (work)"
    assert _text(pane, "phones") == "+49 30 1234567 (Ferienhaus)"
    assert _text(pane, "address") == "Main Road 1\nBerlin\nWork: Office Park 2\nBrandenburg"
    assert _link_texts(pane, "websites") == ["https://ada.example"]
    assert _text(pane, "birthday") == "10 December"
    assert pane.field_labels["to_check"].isHidden()

    # Opened again, the dialog shows what was saved; dismissing a value to check drops it.
    services.contacts.update(
        dialog.saved_id,
        ContactInput(**{**data.__dict__, "unparsed": [UnparsedValue("birthday", "x", "why")]}),
    )
    again = ContactDialog(services, dialog.saved_id)
    qtbot.addWidget(again)
    assert again.birthday.text() == "10 December"
    assert again.addresses.block(1).region.text() == "Brandenburg"
    assert again.to_check.total() == 1
    qtbot.mouseClick(again.to_check.dismiss_button(0), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert services.contacts.get(dialog.saved_id).data.unparsed == []


def test_a_display_name_heads_the_pane_with_the_parts_below(services, pane) -> None:
    contact_id = services.contacts.create(
        ContactInput(
            first_name="権兵衛", last_name="名無し", display_name="名無しの権兵衛", title="Clerk"
        )
    ).id
    pane.show_contact(contact_id)
    assert pane.name_label.text() == "名無しの権兵衛"
    assert pane.subtitle_label.text() == "権兵衛 名無し\nClerk"
