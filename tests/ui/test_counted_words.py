"""Counted words (issue 19: "plural forms through Qt's %n translations": "1 rows are not
valid", "(1 answers)", "Opened 1 messages"): one and many read right, and large counts are
grouped the locale's way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from deskcrm.ui.i18n import tr


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_one_and_many(english) -> None:
    assert tr("Opened %n message(s)", "", 1) == "Opened 1 message"
    assert tr("Opened %n message(s)", "", 2) == "Opened 2 messages"
    text = tr("Tagged %n contact(s) “{tag}”", "", 1).format(tag="vip")
    assert text == "Tagged 1 contact “vip”"
    assert tr("every %n day(s)", "", 1) == "every 1 day"
    assert tr("Tagged %n contact(s) “{tag}”", "", 13_624).format(tag="vip") == (
        "Tagged 13,624 contacts “vip”"
    )


def test_the_rail_counts_overdue_tasks_and_cases_in_words(window, english) -> None:
    window.rail.set_overdue_tasks(1)
    assert window.nav_actions["tasks"].toolTip().startswith("1 overdue task\n")
    window.rail.set_overdue_tasks(3)
    assert window.nav_actions["tasks"].toolTip().startswith("3 overdue tasks\n")
    window.rail.set_overdue_cases(1)
    assert window.nav_actions["cases"].toolTip() == "1 case waiting too long for a reply"
