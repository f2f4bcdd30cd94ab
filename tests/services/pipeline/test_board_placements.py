"""What the board reads after a write to a few deals: where each is now and which card is
below it, and each card's share of its column's totals — the same figures the whole-board
reads give, so a column that changes only the moved card's row shows what a reload would."""

from __future__ import annotations

import pytest

from deskcrm.db.deal_queries import DealFilter, StageTotals
from deskcrm.services.pipeline.deals import DealInput, DealService
from deskcrm.services.pipeline.pipeline import PipelineService
from tests.conftest import Clock


@pytest.fixture
def board(db) -> PipelineService:
    return PipelineService(db, Clock())


@pytest.fixture
def deals(db) -> DealService:
    return DealService(db, Clock())


def _stage(board: PipelineService, name: str) -> int:
    return next(s.id for s in board.pipeline(1).stages if s.name == name)


def _add(deals: DealService, board: PipelineService, title: str, stage: str, **extra) -> int:
    return deals.create(
        DealInput(title=title, pipeline_id=1, stage_id=_stage(board, stage), **extra)
    ).id


def _summed(cards: list[tuple[int, str, int, int]]) -> StageTotals:
    """A column's totals from its cards, as the board's column model sums them."""
    totals = StageTotals(count=len(cards))
    weighted: dict[str, int] = {}
    for _id, currency, value, value_x_probability in cards:
        totals.value[currency] = totals.value.get(currency, 0) + value
        weighted[currency] = weighted.get(currency, 0) + value_x_probability
    totals.weighted = {c: (w + 50) // 100 for c, w in weighted.items()}
    return totals


def test_cards_carry_what_the_stage_totals_sum(board, deals) -> None:
    _add(deals, board, "A", "Lead", value_minor=100_01, currency="EUR")
    _add(deals, board, "B", "Lead", value_minor=333_33, currency="EUR", probability_override=33)
    _add(deals, board, "C", "Lead", value_minor=5_000, currency="JPY")
    _add(deals, board, "D", "Proposal", value_minor=250_00, currency="USD")
    cards = board.board_cards(1, DealFilter())
    ids = board.board(1, DealFilter())
    assert {s: [c[0] for c in column] for s, column in cards.items()} == ids
    assert {s: _summed(column) for s, column in cards.items()} == board.totals(1, DealFilter())


def test_a_moved_deal_is_placed_above_the_card_now_below_it(board, deals) -> None:
    a, b, c = (_add(deals, board, title, "Lead") for title in "ABC")
    d = _add(deals, board, "D", "Qualified")
    qualified = _stage(board, "Qualified")
    board.move_deal(b, qualified, d)
    placed = board.placements(1, DealFilter(), [b, c, d])
    assert (placed[b].stage_id, placed[b].next_id) == (qualified, d)
    assert placed[d].next_id is None and placed[c].next_id is None
    board.move_deal(c, _stage(board, "Lead"), a)
    assert board.placements(1, DealFilter(), [c])[c].next_id == a
    assert board.board(1, DealFilter())[_stage(board, "Lead")] == [c, a]


def test_a_deal_off_the_board_or_filtered_out_has_no_placement(board, deals) -> None:
    kept = _add(deals, board, "Kept", "Lead", value_minor=900_00)
    hidden = _add(deals, board, "Below the minimum", "Lead", value_minor=10_00)
    # (`hidden` sits below `kept`: with the filter, the card below `kept` skips it.)
    won = _add(deals, board, "Won", "Lead")
    board.close_won(won)
    below = board.placements(1, DealFilter(min_value_minor=500_00), [kept, hidden, won])
    assert set(below) == {kept} and below[kept].next_id is None
    # The card below is the next one the filter shows, not the next in the stage.
    after = _add(deals, board, "After", "Lead", value_minor=800_00)
    assert board.placements(1, DealFilter(), [hidden])[hidden].next_id == after
    assert board.placements(1, DealFilter(min_value_minor=500_00), [kept])[kept].next_id == after
