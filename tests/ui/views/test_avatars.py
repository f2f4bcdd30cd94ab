"""Initials avatars (issue 19: "initials avatars"): the contact and company cards show a
round badge with the initials of the name they head, in a colour fixed by the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocumentFragment

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput


def _middle_colour(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 5)


def test_the_contact_card_shows_the_initials_of_its_name(window, services, qtbot) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Müller")).id
    ole = services.contacts.create(ContactInput(first_name="Øyvind", last_name="Lie")).id
    view = window.contacts_view
    view.refresh()
    pane = view.contact_pane
    view.open_contact(anna)
    assert pane.avatar.isVisible()
    assert pane.avatar.text() == "AM"
    assert QTextDocumentFragment.fromHtml(pane.avatar.toolTip()).toPlainText() == "Anna Müller"
    first = pane.avatar.colour().name()
    # What is painted is that colour (the badge is drawn, not left blank).
    assert _middle_colour(pane.avatar).name() == first
    view.open_contact(ole)
    assert pane.avatar.text() == "ØL"
    view.open_contact(anna)
    assert pane.avatar.colour().name() == first  # the same name, the same colour


def test_the_company_card_shows_the_initials_of_the_company(window, services, qtbot) -> None:
    services.companies.create(CompanyInput(name="Kaffee Verde"))
    view = window.contacts_view
    view.refresh()
    qtbot.mouseClick(view.mode_buttons[1], Qt.MouseButton.LeftButton)
    model, table = view.company_model, view.company_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(0, 0)).center(),
    )
    assert view.company_pane.avatar.text() == "KV"


def test_a_name_beside_the_avatar_keeps_its_words_whole_at_1024(window, services, qtbot) -> None:
    """Seen at 1024×640: "Amélie Hartmann" was cut to "Hartmar" beside the avatar and
    the buttons (the heading's least width was 8 "M"s of the pane's smaller font); now
    the buttons wrap and the longest word keeps its room."""
    amelie = services.contacts.create(
        ContactInput(first_name="Amélie", last_name="Hartmann", company_name="Bright Blue & Co.")
    ).id
    window.resize(1024, 640)
    view = window.contacts_view
    view.refresh()
    view.open_contact(amelie)
    qtbot.wait(20)
    label = view.contact_pane.name_label
    longest = label.fontMetrics().horizontalAdvance("Hartmann")
    assert label.width() >= longest
    # Its least width is measured in its own (large, bold) letters.
    assert label.minimumWidth() >= 8 * label.fontMetrics().horizontalAdvance("M")


def test_tooltips_show_user_text_as_written(window, services, qtbot) -> None:
    """User text is plain everywhere: a name that looks like markup is shown as typed."""
    from deskcrm.ui.text import plain_tooltip

    name = "Anna <b>Berg</b> & Co"
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="<b>Berg</b> & Co"))
    view = window.contacts_view
    view.refresh()
    view.open_contact(anna.id)
    tip = view.contact_pane.avatar.toolTip()
    assert QTextDocumentFragment.fromHtml(tip).toPlainText() == name
    lines = "a & b\n<i>c</i>"
    assert QTextDocumentFragment.fromHtml(plain_tooltip(lines)).toPlainText() == lines
