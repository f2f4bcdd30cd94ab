"""Every edit dialog opens with the keyboard in its first field: a user types at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.dialogs.bulk_dialogs import ChoiceDialog, EmailDialog, FollowUpDialog
from deskcrm.ui.dialogs.case_dialog import CaseDialog
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.feedback_dialog import FeedbackDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from deskcrm.ui.dialogs.lost_reason_dialog import LostReasonDialog
from deskcrm.ui.dialogs.purchase_dialog import PurchaseDialog
from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
from deskcrm.ui.dialogs.stages_dialog import StagesDialog
from deskcrm.ui.dialogs.task_dialog import TaskDialog
from deskcrm.ui.widgets.form_dialog import FormDialog
from tests.conftest import NOW


def _anna(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna")).id


def _deal(services) -> int:
    stage = services.pipeline.pipeline(1).open_stages[0].id
    return services.deals.create(DealInput(title="D", pipeline_id=1, stage_id=stage)).id


# Each: how to open the dialog, and the field a user types into first.
DIALOGS: dict[str, tuple[Callable[..., FormDialog], str]] = {
    "new contact": (lambda s: ContactDialog(s), "first_name"),
    "edit contact": (lambda s: ContactDialog(s, _anna(s)), "first_name"),
    "new company": (lambda s: CompanyDialog(s), "name"),
    "new deal": (lambda s: DealDialog(s), "title"),
    "edit deal": (lambda s: DealDialog(s, _deal(s)), "title"),
    "new task": (lambda s: TaskDialog(s), "title"),
    "edit task": (lambda s: TaskDialog(s, s.tasks.create(TaskInput(title="T")).id), "title"),
    "new case": (lambda s: CaseDialog(s, _anna(s)), "title"),
    "log a call": (lambda s: InteractionDialog(s, _anna(s), "call", now=NOW), "summary"),
    "record purchase": (lambda s: PurchaseDialog(s, _anna(s)), "description"),
    "record feedback": (lambda s: FeedbackDialog(s, _anna(s), NOW), "kind"),
    "settings": (lambda s: SettingsDialog(s), "business_name"),
    "pipeline stages": (lambda s: StagesDialog(s, 1), "name"),
    "lost reason": (lambda s: LostReasonDialog(["Price"], "Deal"), "reason"),
    "bulk choice": (
        lambda s: ChoiceDialog("Tag", "Tag", [("vip", "vip")], 3, editable=True),
        "choice",
    ),
    "bulk follow-up": (lambda s: FollowUpDialog(3, NOW), "title"),
    "bulk email": (lambda s: EmailDialog(2, 1), "subject"),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_keyboard_is_in_the_first_field_when_a_dialog_opens(services, qtbot, name) -> None:
    make, field = DIALOGS[name]
    dialog = make(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    expected: QWidget = getattr(dialog, field)
    focused = dialog.focusWidget()
    assert focused is not None
    assert focused is expected or expected.isAncestorOf(focused), (
        f"{name}: the keyboard is in {type(focused).__name__} {focused.objectName()!r}"
    )
    QTest.keyClicks(focused, "Zoe")  # what the user types goes there
    if isinstance(expected, QLineEdit):
        assert expected.text().endswith("Zoe")
    elif isinstance(expected, QComboBox) and expected.isEditable():
        assert expected.currentText().endswith("Zoe")
