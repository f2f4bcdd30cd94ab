"""A company's website, email and phone are links: a click opens the page, writes an email
or dials, through the desktop (replaced here: no browser or mail app opens)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from deskcrm.services.contacts.companies import CompanyInput


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Every URL handed to the desktop, instead of opening it."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _show_companies(window, qtbot):
    view = window.contacts_view
    view.refresh()
    qtbot.mouseClick(view.mode_buttons[1], Qt.MouseButton.LeftButton)
    return view


def _click_company(view, qtbot, name: str) -> None:
    model, table = view.company_model, view.company_table
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(row, 0)).center(),
    )


def test_clicking_a_company_website_email_and_phone_opens_each(
    window, services, qtbot, opened
) -> None:
    services.companies.create(
        CompanyInput(
            name="Kaffee Verde",
            website="kaffee-verde.example/shop?a=1&b=2",
            email="kaffee&tee@verde.example",
            phone="030 1234567",
            country="Germany",
        )
    )
    view = _show_companies(window, qtbot)
    _click_company(view, qtbot, "Kaffee Verde")
    pane = view.company_pane
    links = pane.link_lists

    (site,) = links["website"].buttons()
    assert site.text() == "kaffee-verde.example/shop?a=1&&b=2"  # & shown, not a mnemonic
    assert site.toolTip() == "Open in the web browser"
    qtbot.mouseClick(site, Qt.MouseButton.LeftButton)
    assert opened == ["http://kaffee-verde.example/shop?a=1&b=2"]

    (email,) = links["email"].buttons()
    assert email.toolTip() == "Write an email"
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    assert opened[-1] == "mailto:kaffee&tee@verde.example"

    (phone,) = links["phone"].buttons()
    assert phone.shown_text == "030 1234567"  # as the user wrote it
    assert phone.toolTip() == "Call"
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Space)  # the keyboard opens links too
    assert opened[-1] == "tel:+49301234567"  # dialled with its country code
    assert len(opened) == 3


def test_company_values_that_open_nothing_are_text_and_empty_ones_are_hidden(
    window, services, qtbot, opened
) -> None:
    services.companies.create(
        CompanyInput(name="Nordlicht AG", website="javascript:alert(1)", phone="12 34")
    )
    view = _show_companies(window, qtbot)
    _click_company(view, qtbot, "Nordlicht AG")
    pane = view.company_pane
    links = pane.link_lists
    # A script address is shown, never run; a number too short to be valid is not dialled.
    assert links["website"].buttons() == []
    assert links["website"].lines() == ["javascript:alert(1)"]
    assert links["phone"].buttons() == []
    assert links["phone"].lines() == ["12 34"]
    assert links["website"].isVisibleTo(pane) and links["phone"].isVisibleTo(pane)
    # No email: its row, title included, is hidden.
    assert not links["email"].isVisibleTo(pane)
    assert not pane.form.labelForField(links["email"]).isVisibleTo(pane)
    assert opened == []
