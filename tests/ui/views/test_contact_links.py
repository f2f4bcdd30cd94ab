"""A contact's emails, phones and websites are links: a click writes an email, dials, or
opens the page through the desktop (replaced here: no mail app or browser opens)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from deskcrm.domain.contact_parts import Website
from deskcrm.services.contacts.contacts import ContactInput


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Every URL handed to the desktop, instead of opening it."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_clicking_an_email_a_phone_and_a_website_opens_each(
    window, services, qtbot, opened
) -> None:
    anna = services.contacts.create(
        ContactInput(
            first_name="Anna",
            emails=["tom&anna@example.com"],
            email_labels=["<b>work</b>"],
            phones=["+49 30 1234567", "12 34"],  # the second is kept as typed, to check
            websites=[Website("anna.example/shop?a=1&b=2"), Website("javascript:alert(1)")],
        )
    ).id
    view = window.contacts_view
    view.refresh()
    table = view.people_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(view.people_model.index(0, 0)).center(),
    )
    pane = view.contact_pane
    assert pane.contact_id == anna
    links = pane.link_lists

    (email,) = links["emails"].buttons()
    assert email.text() == "tom&&anna@example.com (<b>work</b>)"  # shown as written
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    assert opened == ["mailto:tom&anna@example.com"]

    (phone,) = links["phones"].buttons()  # the number to check is text, not a link
    assert links["phones"].lines()[1].startswith("12 34 — check this number")
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert opened[-1] == "tel:+49301234567"

    (site,) = links["websites"].buttons()  # a script URL is shown, never run
    assert links["websites"].lines()[1] == "javascript:alert(1)"
    site.setFocus()
    qtbot.keyClick(site, Qt.Key.Key_Space)  # the keyboard opens links too
    assert opened[-1] == "http://anna.example/shop?a=1&b=2"
    assert len(opened) == 3


def test_links_shown_take_the_new_theme_link_colour(window, services, qapp) -> None:
    """A user trial: after a switch to dark the card's email link kept the light theme's
    dark blue (almost invisible) until another contact was shown."""
    from PySide6.QtGui import QPalette

    from deskcrm.services.contacts.contacts import ContactInput
    from deskcrm.ui.theme import apply_theme

    anna = services.contacts.create(ContactInput(first_name="Anna", emails=["a@example.com"])).id
    view = window.contacts_view
    view.refresh()
    view.open_contact(anna)
    (link,) = view.contact_pane.link_lists["emails"].buttons()
    before, sheet = qapp.palette(), qapp.styleSheet()
    try:
        for theme in ("dark", "light", "dark"):
            apply_theme(qapp, theme)
            link.ensurePolished()
            painted = link.palette().color(QPalette.ColorRole.ButtonText)
            assert painted == qapp.palette().color(QPalette.ColorRole.Link), theme
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(before)
