"""The contact dialog holds every field an address book exports: filled in, it hands them
all to the service; opened on a contact, it shows them all; and it stays usable small."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.dialogs.contact_dialog import ContactDialog

FULL = ContactInput(
    first_name="Robert",
    last_name="Smith",
    middle_name="James",
    name_prefix="Dr.",
    name_suffix="Jr.",
    nickname="Bob",
    company_name="Acme",
    title="Head of Sales",
    department="Sales EMEA",
    emails=["bob@acme.example", "bob@home.example"],
    email_labels=["work", "home"],
    phones=["+49 30 1234567", "+49 1512 3456789", "+49 30 7654321"],
    phone_labels=["work", "mobile", "Ferienhaus"],
    address="Marktstraße 1",
    postal_code="04109",
    city="Leipzig",
    country="Deutschland",
    addresses=[
        PostalAddress(
            "work", "Marktstraße 1", "3. Stock", "", "Leipzig", "Sachsen", "04109", "Deutschland"
        ),
        PostalAddress("home", "Elm Street 5", "", "PO Box 12", "Springfield", "IL", "62701", "USA"),
    ],
    websites=[Website("https://acme.example", "work"), Website("https://bob.example", "blog")],
    birthday=date(2000, 4, 22),
    birthday_year_known=False,
    anniversary=date(2010, 6, 14),
    anniversary_year_known=True,
    source_uid="urn:uuid:1234",
    unparsed=[
        UnparsedValue("birthday", "circa 1800", "not a date DeskCRM can read", "a.vcf, line 4"),
        UnparsedValue("phones", "call the office", "not a phone number", "a.vcf, line 7"),
    ],
)


def _dialog(services, qtbot) -> ContactDialog:
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def test_opening_a_contact_shows_every_exported_field(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show_input(FULL)
    assert dialog.more_names_button.isChecked()  # a middle name is there: unfolded
    assert not dialog.name_prefix.isHidden() or dialog.name_prefix.isVisibleTo(dialog)
    assert (dialog.name_prefix.text(), dialog.middle_name.text()) == ("Dr.", "James")
    assert (dialog.name_suffix.text(), dialog.nickname.text()) == ("Jr.", "Bob")
    assert dialog.company.currentText() == "Acme" and dialog.department.text() == "Sales EMEA"
    assert dialog.emails.entries() == [("bob@acme.example", "work"), ("bob@home.example", "home")]
    assert dialog.emails.label_combo(0).currentText() == "work"
    assert [dialog.phones.label_combo(i).currentText() for i in range(3)] == [
        "work",
        "mobile",
        "Ferienhaus",  # a custom label is kept as typed
    ]
    assert dialog.addresses.block_count() == 2
    assert dialog.addresses.block(1).address() == FULL.addresses[1]
    assert dialog.addresses.block(0).extended.text() == "3. Stock"
    assert dialog.websites.entries() == [("https://acme.example", "work"),
                                         ("https://bob.example", "blog")]  # fmt: skip
    assert dialog.birthday.year_unknown.isChecked() and dialog.birthday.text() == "22 April"
    assert dialog.anniversary.text() == "14 June 2010"
    assert dialog.to_check.total() == 2
    assert dialog.to_check_box.title() == "To check (2)"
    assert dialog.to_check.value_label(0).text() == "circa 1800"
    assert dialog.to_check.value_label(0).textFormat() == Qt.TextFormat.PlainText


def test_what_is_shown_comes_back_unchanged(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show_input(FULL)
    result = dialog.collect()
    for name in (
        "first_name middle_name name_prefix name_suffix nickname company_name title department "
        "email_labels phone_labels addresses websites birthday birthday_year_known anniversary "
        "anniversary_year_known source_uid unparsed emails"
    ).split():
        assert getattr(result, name) == getattr(FULL, name), name
    # Phones come back as displayed; the service reads them into E.164 again.
    assert result.phones == FULL.phones
    assert (result.address, result.city, result.country) == ("Marktstraße 1", "Leipzig",
                                                             "Deutschland")  # fmt: skip


def test_filling_the_form_hands_every_field_to_the_service(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    qtbot.mouseClick(dialog.more_names_button, Qt.MouseButton.LeftButton)
    assert dialog.nickname.isVisible()
    qtbot.keyClicks(dialog.first_name, "Ada")
    qtbot.keyClicks(dialog.last_name, "Lovelace")
    qtbot.keyClicks(dialog.name_prefix, "Countess")
    qtbot.keyClicks(dialog.middle_name, "Augusta")
    qtbot.keyClicks(dialog.name_suffix, "FRS")
    qtbot.keyClicks(dialog.nickname, "Ada")
    qtbot.keyClicks(dialog.department, "Analytics")
    qtbot.keyClicks(dialog.emails.value_edit(0), "ada@example.com")
    dialog.emails.label_combo(0).setCurrentText("work")
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.emails.value_edit(1), "ada@home.example")
    qtbot.keyClicks(dialog.emails.label_combo(1).lineEdit(), "private")
    qtbot.keyClicks(dialog.phones.value_edit(0), "030 1234567")
    dialog.phones.label_combo(0).setCurrentText("fax")
    first = dialog.addresses.block(0)
    qtbot.keyClicks(first.street, "Main Road 1")
    qtbot.keyClicks(first.city, "London")
    qtbot.mouseClick(dialog.addresses.add_button, Qt.MouseButton.LeftButton)
    second = dialog.addresses.block(1)
    second.label.setCurrentText("work")
    qtbot.keyClicks(second.po_box, "PO Box 9")
    qtbot.keyClicks(second.region, "Surrey")
    qtbot.keyClicks(dialog.websites.value_edit(0), "https://ada.example")
    dialog.websites.label_combo(0).setCurrentText("blog")
    dialog.birthday.set_value(date(1815, 12, 10))
    dialog.anniversary.set_value(date(2000, 7, 8), year_known=False)

    data = dialog.collect()
    assert (data.name_prefix, data.middle_name, data.name_suffix, data.nickname) == (
        "Countess",
        "Augusta",
        "FRS",
        "Ada",
    )
    assert data.department == "Analytics"
    assert data.emails == ["ada@example.com", "ada@home.example"]
    assert data.email_labels == ["work", "private"]
    assert (data.phones, data.phone_labels) == (["030 1234567"], ["fax"])
    assert data.addresses == [
        PostalAddress(street="Main Road 1", city="London"),
        PostalAddress(label="work", po_box="PO Box 9", region="Surrey"),
    ]
    assert data.address == "Main Road 1" and data.city == "London"
    assert data.websites == [Website("https://ada.example", "blog")]
    assert (data.birthday, data.birthday_year_known) == (date(1815, 12, 10), True)
    assert (data.anniversary, data.anniversary_year_known) == (date(2000, 7, 8), False)


def _click_in_view(dialog, qtbot, button) -> None:
    """Scroll the button into the dialog's view and click it, as a user does: with the
    app's style sheet the form is taller than the dialog, and a click at a point scrolled
    out of view reaches nothing."""
    qtbot.waitUntil(lambda: button.height() > 0)  # laid out after show_input's new rows
    dialog.scroll_area.ensureWidgetVisible(button)
    qtbot.waitUntil(lambda: not button.visibleRegion().isEmpty())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_removing_rows_and_addresses_drops_them(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    dialog.show_input(FULL)
    _click_in_view(dialog, qtbot, dialog.phones.remove_button(1))
    _click_in_view(dialog, qtbot, dialog.addresses.block(0).remove)
    data = dialog.collect()
    assert data.phone_labels == ["work", "Ferienhaus"]
    assert data.addresses == [FULL.addresses[1]]
    assert data.city == "Springfield"  # the flat fields follow the new first address
    # The last row is emptied, not removed: there is always a place to type.
    qtbot.mouseClick(dialog.websites.remove_button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.websites.remove_button(0), Qt.MouseButton.LeftButton)
    assert dialog.websites.row_count() == 1 and dialog.collect().websites == []


def test_a_year_less_birthday_never_shows_the_year_2000(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    dialog.show_input(ContactInput(first_name="Ann", birthday=date(2000, 2, 29),
                                   birthday_year_known=False))  # fmt: skip
    assert dialog.birthday.text() == "29 February"
    assert "2000" not in dialog.birthday.date_edit.text()
    assert dialog.birthday.date_edit.displayFormat() == "d MMMM"
    # Ticking "year unknown" on a full date hides its year and keeps day and month.
    dialog.birthday.set_value(date(1970, 4, 22))
    assert dialog.birthday.text() == "22 April 1970"
    qtbot.mouseClick(dialog.birthday.year_unknown, Qt.MouseButton.LeftButton)
    assert dialog.birthday.text() == "22 April"
    assert dialog.birthday.value() == (date(2000, 4, 22), False)
    # No birthday stays no birthday, in both modes.
    qtbot.mouseClick(dialog.birthday.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.birthday.value() == (None, False) and dialog.birthday.text() == "Not set"
    assert dialog.collect().birthday is None


def test_dismissing_a_value_to_check_drops_it_and_can_be_taken_back(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    dialog.show_input(FULL)
    assert dialog.to_check_box.isVisible()
    qtbot.mouseClick(dialog.to_check.dismiss_button(0), Qt.MouseButton.LeftButton)
    assert dialog.to_check.is_dismissed(0)
    assert dialog.to_check.value_label(0).font().strikeOut()  # still visible, struck out
    assert dialog.to_check.dismiss_button(0).text() == "Undo dismiss"
    assert dialog.to_check_box.title() == "To check (1)"
    assert dialog.collect().unparsed == [FULL.unparsed[1]]
    qtbot.mouseClick(dialog.to_check.dismiss_button(0), Qt.MouseButton.LeftButton)
    assert dialog.collect().unparsed == FULL.unparsed
    qtbot.mouseClick(dialog.to_check.dismiss_button(1), Qt.MouseButton.LeftButton)
    assert dialog.collect().unparsed == [FULL.unparsed[0]]


def test_nothing_to_check_shows_no_section_and_rare_names_stay_folded(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    dialog.show_input(ContactInput(first_name="Ann"))
    assert dialog.to_check_box.isHidden()
    assert not dialog.more_names_button.isChecked() and not dialog.nickname.isVisible()


def test_enter_saves_and_escape_cancels(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.first_name, "Ann")
    qtbot.keyClicks(dialog.emails.value_edit(0), "ann@example.com")
    qtbot.keyClick(dialog.emails.value_edit(0), Qt.Key.Key_Return)
    assert dialog.saved_id is not None and dialog.result() == 1
    other = _dialog(services, qtbot)
    other.show()
    qtbot.waitExposed(other)
    qtbot.keyClicks(other.first_name, "Ben")
    qtbot.keyClick(other.first_name, Qt.Key.Key_Escape)
    assert other.saved_id is None and other.result() == 0 and not other.isVisible()


def test_tab_walks_the_form_in_reading_order_through_added_rows(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show()
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    # The chain Tab follows, as Qt keeps it: every visible widget that takes Tab focus.
    order: list[QWidget] = []
    widget = dialog.first_name
    while widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
    order = [w for w in order if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    first_email, second_email = dialog.emails.value_edit(0), dialog.emails.value_edit(1)
    assert order[:3] == [dialog.first_name, dialog.last_name, dialog.more_names_button]
    assert order[-2:] == [dialog.save_button, dialog.buttons.buttons()[-1]]
    assert order.index(dialog.department) < order.index(first_email) < order.index(second_email)
    assert order.index(second_email) < order.index(dialog.emails.add_button)


def test_every_label_has_its_own_mnemonic(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    letters = []
    for row in range(dialog.form.rowCount()):
        label = dialog.form.itemAt(row, dialog.form.ItemRole.LabelRole)
        text = label.widget().text() if label is not None and label.widget() else ""
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) >= 20 and len(letters) == len(set(letters))
    assert dialog.form.labelForField(dialog.emails).buddy() is dialog.emails.value_edit(0)


def test_the_dialog_fits_a_1024_by_640_screen_and_scrolls_when_it_grows(services, qtbot) -> None:
    dialog = _dialog(services, qtbot)
    dialog.show_input(FULL)
    for _ in range(4):
        dialog.addresses.add_block()
    dialog.show()
    qtbot.waitExposed(dialog)
    minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert minimum.width() <= 1024 and minimum.height() <= 640 - 40  # a title bar
    assert dialog.width() <= 1024 and dialog.height() <= 640 - 40
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert dialog.save_button.isVisible()
