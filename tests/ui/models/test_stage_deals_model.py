"""The column model of the board and the stage editor's model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.pipeline.pipeline_settings import StageDraft
from deskcrm.ui.models.stage_deals_model import CardRole, StageDealsModel, decode_deal_ids
from deskcrm.ui.models.stage_draft_model import StageDraftModel


def _deals(services, n: int) -> list[int]:
    stage = services.pipeline.pipeline(1).open_stages[0].id
    return [
        services.deals.create(DealInput(title=f"Deal {i}", pipeline_id=1, stage_id=stage)).id
        for i in range(n)
    ]


def test_column_model_passes_qt_model_tester(qtmodeltester, services) -> None:
    ids = _deals(services, 70)
    model = StageDealsModel(1, services.pipeline.cards)
    model.set_ids(ids)
    qtmodeltester.check(model)
    card = model.index(65, 0).data(CardRole)
    assert card.title == "Deal 65"


def test_dragged_cards_carry_their_ids_and_a_drop_names_the_card_below(services, qtbot) -> None:
    ids = _deals(services, 3)
    model = StageDealsModel(7, services.pipeline.cards)
    model.set_ids(ids)
    mime = model.mimeData([model.index(2, 0)])
    assert decode_deal_ids(mime) == [ids[2]]
    with qtbot.waitSignal(model.deal_dropped) as dropped:
        assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert dropped.args == [ids[2], 7, ids[0]]
    with qtbot.waitSignal(model.deal_dropped) as dropped:
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert dropped.args == [ids[2], 7, 0]  # dropped below the last card


def test_stage_draft_model_edits_moves_and_passes_the_tester(qtmodeltester) -> None:
    model = StageDraftModel(
        [
            StageDraft(1, "Lead", 10, 14),
            StageDraft(2, "Won", 100, None, is_won=True),
            StageDraft(3, "Lost", 0, None, is_lost=True),
        ]
    )
    qtmodeltester.check(model)
    row = model.add_open_stage("Demo")
    assert row == 1 and [d.name for d in model.drafts] == ["Lead", "Demo", "Won", "Lost"]
    assert model.setData(model.index(1, 1), 140)
    assert model.drafts[1].probability == 100
    assert model.setData(model.index(1, 2), 0)
    assert model.index(1, 2).data() == "never"
    assert not model.flags(model.index(2, 2)) & Qt.ItemFlag.ItemIsEditable  # Won never rots
    assert model.move(1, -1) == 0
    assert [d.name for d in model.drafts][:2] == ["Demo", "Lead"]
    qtmodeltester.check(model)
