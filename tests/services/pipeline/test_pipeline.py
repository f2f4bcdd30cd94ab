"""The pipeline board's rules on a real database: moves, order, closing, totals, stages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from deskcrm.db.deal_queries import DealFilter
from deskcrm.errors import ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput, DealService
from deskcrm.services.pipeline.pipeline import PipelineService
from deskcrm.services.pipeline.pipeline_settings import PipelineSettingsService, StageDraft
from tests.conftest import NOW, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def board(db, clock) -> PipelineService:
    return PipelineService(db, clock)


@pytest.fixture
def deals(db, clock) -> DealService:
    return DealService(db, clock)


@pytest.fixture
def stages(board):
    (pipeline,) = board.pipelines()
    return {s.name: s for s in pipeline.stages}


def add(
    deals,
    stages,
    title: str,
    stage: str = "Lead",
    value: int = 100_00,
    currency: str = "EUR",
    probability: int | None = None,
    **extra,
) -> int:
    return deals.create(
        DealInput(
            title=title,
            pipeline_id=1,
            stage_id=stages[stage].id,
            value_minor=value,
            currency=currency,
            probability_override=probability,
            **extra,
        )
    ).id


def column(board, stages, name: str) -> list[int]:
    return board.board(1, DealFilter()).get(stages[name].id, [])


def test_new_database_has_the_default_pipeline(board) -> None:
    (pipeline,) = board.pipelines()
    assert [s.name for s in pipeline.stages] == [
        "Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost",
    ]  # fmt: skip
    assert [s.name for s in pipeline.open_stages] == [
        "Lead",
        "Qualified",
        "Proposal",
        "Negotiation",
    ]


def test_moving_to_another_stage_records_when_it_entered(board, deals, stages, clock) -> None:
    a = add(deals, stages, "A")
    b = add(deals, stages, "B", "Qualified")
    clock.now = NOW + timedelta(days=3)
    before = board.move_deal(a, stages["Qualified"].id, before_deal_id=b).value
    assert before.stage_id == stages["Lead"].id and before.stage_entered_at == NOW
    assert column(board, stages, "Qualified") == [a, b]
    card = board.cards([a])[a]
    assert card.stage_entered_at == NOW + timedelta(days=3)
    # Reordering within a column keeps the stage-entered time.
    clock.now = NOW + timedelta(days=5)
    board.move_deal(a, stages["Qualified"].id, before_deal_id=None)
    assert column(board, stages, "Qualified") == [b, a]
    assert board.cards([a])[a].stage_entered_at == NOW + timedelta(days=3)


def test_reordering_many_times_in_one_spot_renumbers_when_gaps_run_out(
    board, deals, stages
) -> None:
    ids = [add(deals, stages, f"D{i}") for i in range(3)]
    first = ids[0]
    # Repeatedly drop the last card just before the second one: gaps halve each time.
    for _ in range(15):
        order = column(board, stages, "Lead")
        board.move_deal(order[-1], stages["Lead"].id, before_deal_id=order[1])
    order = column(board, stages, "Lead")
    assert order[0] == first and sorted(order) == sorted(ids)


def test_undo_puts_a_move_back_exactly(board, deals, stages, clock) -> None:
    a, b = add(deals, stages, "A"), add(deals, stages, "B")
    clock.now = NOW + timedelta(days=1)
    previous = board.move_deal(b, stages["Lead"].id, before_deal_id=a).value
    assert column(board, stages, "Lead") == [b, a]
    board.restore_placement(b, previous)
    assert column(board, stages, "Lead") == [a, b]


def test_won_records_the_close_date_and_leaves_the_board(board, deals, stages, clock) -> None:
    a = add(deals, stages, "A", "Proposal")
    clock.now = NOW + timedelta(days=2)
    board.close_won(a)
    assert column(board, stages, "Proposal") == []
    (closed,) = deals.closed(1)
    assert closed.status == "won" and closed.closed_at == NOW + timedelta(days=2)
    with pytest.raises(ValidationError):
        board.close_lost(a, "Price")


def test_lost_needs_a_reason_and_can_remember_a_new_one(board, deals, stages) -> None:
    a = add(deals, stages, "A")
    with pytest.raises(ValidationError) as caught:
        board.close_lost(a, "   ")
    assert "reason" in caught.value.errors
    board.close_lost(a, "Went in-house", remember_reason=True)
    assert "Went in-house" in board.lost_reasons()
    (closed,) = deals.closed(1)
    assert (closed.status, closed.lost_reason) == ("lost", "Went in-house")


def test_reopening_puts_a_deal_back_on_the_board(board, deals, stages) -> None:
    a = add(deals, stages, "A", "Qualified")
    board.close_lost(a, "Price too high")
    board.reopen(a)
    assert column(board, stages, "Negotiation") == [a]  # the last open stage by default
    board.close_won(a)
    board.reopen(a, stages["Lead"].id)
    assert column(board, stages, "Lead") == [a]
    assert deals.closed(1) == []
    with pytest.raises(ValidationError):
        board.reopen(a)


def test_cannot_move_onto_a_closing_stage_or_move_a_closed_deal(board, deals, stages) -> None:
    a = add(deals, stages, "A")
    with pytest.raises(ValidationError):
        board.move_deal(a, stages["Won"].id)
    board.close_won(a)
    with pytest.raises(ValidationError):
        board.move_deal(a, stages["Lead"].id)


def test_totals_are_per_currency_and_weighted_by_stage_or_override(board, deals, stages) -> None:
    add(deals, stages, "A", "Proposal", 1000_00, "EUR")  # 50 % -> 500.00
    add(deals, stages, "B", "Proposal", 333_33, "EUR", probability=90)  # -> 299.997 -> 300.00
    add(deals, stages, "C", "Proposal", 200_00, "USD")  # 50 % -> 100.00
    add(deals, stages, "D", "Lead", 50_00, "EUR")  # 10 % -> 5.00
    totals = board.totals(1, DealFilter())
    proposal = totals[stages["Proposal"].id]
    assert proposal.count == 3
    assert proposal.value == {"EUR": 1333_33, "USD": 200_00}
    assert proposal.weighted == {"EUR": 800_00, "USD": 100_00}
    assert totals[stages["Lead"].id].weighted == {"EUR": 5_00}


def test_filters_by_text_contact_tag_value_close_date_and_rotting(
    services,
    board,
    deals,
    stages,
    clock,
) -> None:
    anna = services.contacts.create(
        ContactInput(first_name="Anna", last_name="Müller", tags=["VIP"])
    ).id
    a = add(
        deals,
        stages,
        "Website relaunch",
        value=5000_00,
        contact_id=anna,
        expected_close=date(2026, 4, 1),
    )
    b = add(deals, stages, "Logo", value=800_00, expected_close=date(2026, 6, 1))
    clock.now = NOW + timedelta(days=15)  # Lead rots after 14 days
    c = add(deals, stages, "Fresh lead")

    def ids(**kw) -> set[int]:
        return {i for col in board.board(1, DealFilter(**kw)).values() for i in col}

    assert ids(text="relaunch") == {a}
    assert ids(text="müller") == {a}
    assert ids(contact_id=anna) == {a}
    vip = services.tags.all_with_counts()[0].id
    assert ids(tag_id=vip) == {a}
    assert ids(min_value_minor=1000_00) == {a}
    assert ids(max_value_minor=1000_00) == {b, c}
    assert ids(close_from=date(2026, 5, 1), close_to=date(2026, 6, 30)) == {b}
    assert ids(only_rotting=True) == {a, b}
    assert board.cards([c])[c].rotting_days == 14


def test_editing_a_deal_into_another_stage_resets_its_stage_time(deals, stages, clock) -> None:
    a = add(deals, stages, "A")
    data, status = deals.get(a)
    assert status == "open"
    clock.now = NOW + timedelta(days=1)
    data.stage_id = stages["Proposal"].id
    data.title = "A, bigger"
    deals.update(a, data)
    again, _ = deals.get(a)
    assert again.title == "A, bigger" and again.stage_id == stages["Proposal"].id


def test_deal_validation_names_each_field(deals, stages) -> None:
    with pytest.raises(ValidationError) as caught:
        deals.create(
            DealInput(
                title=" ",
                pipeline_id=1,
                stage_id=stages["Lead"].id,
                value_minor=-1,
                currency="euro",
                probability_override=120,
            )
        )
    assert set(caught.value.errors) == {"title", "value", "currency", "probability"}


def test_stage_editing_renames_reorders_and_reassigns_deals(
    db, board, deals, stages, clock
) -> None:
    settings = PipelineSettingsService(db, clock)
    a = add(deals, stages, "A", "Qualified")
    drafts = [
        StageDraft(s.id, s.name, s.probability, s.rotting_days, s.is_won, s.is_lost)
        for s in board.pipeline(1).stages
        if s.name != "Qualified"
    ]
    drafts[0].name = "Inbox"
    drafts.insert(2, StageDraft(None, "Demo", 40, 5))
    with pytest.raises(ValidationError, match="Choose where the 1 deals"):
        settings.save_stages(1, drafts)
    with pytest.raises(ValidationError, match="same kind"):
        settings.save_stages(1, drafts, {stages["Qualified"].id: stages["Won"].id})
    settings.save_stages(1, drafts, {stages["Qualified"].id: stages["Proposal"].id})
    names = [s.name for s in board.pipeline(1).stages]
    assert names == ["Inbox", "Proposal", "Demo", "Negotiation", "Won", "Lost"]
    assert column(board, stages, "Proposal") == [a]


def test_stage_rules_are_checked(db, board) -> None:
    settings = PipelineSettingsService(db)
    with pytest.raises(ValidationError, match="exactly one Won"):
        settings.save_stages(1, [StageDraft(None, "Only", 10)])
    with pytest.raises(ValidationError, match="same name"):
        settings.save_stages(
            1,
            [
                StageDraft(None, "A"),
                StageDraft(None, "a"),
                StageDraft(None, "W", is_won=True),
                StageDraft(None, "L", is_lost=True),
            ],
        )


def test_new_pipelines_get_default_stages_and_empty_ones_can_go(db, board) -> None:
    settings = PipelineSettingsService(db)
    second = settings.create_pipeline("Wholesale").id
    assert [p.name for p in board.pipelines()] == ["Sales", "Wholesale"]
    assert len(board.pipeline(second).stages) == 6
    settings.rename_pipeline(second, "B2B")
    settings.delete_pipeline(second)
    with pytest.raises(ValidationError, match="last pipeline"):
        settings.delete_pipeline(1)
