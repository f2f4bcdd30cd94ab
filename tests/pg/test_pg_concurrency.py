"""Two DeskCRM processes writing to one PostgreSQL database at the same moment, each through
bootstrap.open_services: they edit the same contact, log e-mails and add follow-up tasks
for it (ids handed out as max(id) + 1) and move the cards of one pipeline column around.
Writers are serialised by the advisory write lock, so nothing one process writes is lost,
the column's positions stay distinct and every new record gets an id of its own."""

from __future__ import annotations

import multiprocessing
import random
from dataclasses import replace
from multiprocessing.synchronize import Barrier

from deskcrm.bootstrap import open_services
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.deal_queries import DealFilter
from deskcrm.db.tables import Deal
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW, TZ

ROUNDS = 25
CARDS = 8
WORKERS = ("north", "south")


def _work(url: str, name: str, contact_id: int, deal_ids: list[int], start: Barrier) -> None:
    """One process: ROUNDS times edit the contact, log an e-mail to it, add it a follow-up
    task and move a card of the column before another (a seeded, repeatable order)."""
    rng = random.Random(name)
    with open_services(url, clock=lambda: NOW, tz=TZ) as opened:
        services = opened.services
        stage_id = services.pipeline.cards(deal_ids[:1])[deal_ids[0]].stage_id
        start.wait(timeout=60)
        for round_ in range(ROUNDS):
            data = services.contacts.get(contact_id).data
            services.contacts.update(contact_id, replace(data, title=f"{name} {round_}"))
            services.bulk.log_email([contact_id], f"{name} e-mail {round_}")
            services.bulk.create_follow_ups([contact_id], f"{name} task {round_}", None)
            moving, before = rng.sample(deal_ids, 2)
            services.pipeline.move_deal(moving, stage_id, before_deal_id=before)


def test_two_processes_editing_one_contact_and_one_column_lose_nothing(pg_url: str) -> None:
    with open_services(pg_url, clock=lambda: NOW, tz=TZ, create=True) as opened:
        services = opened.services
        contact_id = services.contacts.create(
            ContactInput(first_name="Ada", last_name="Shared", emails=["ada@example.com"])
        ).id
        pipeline = services.pipeline.pipelines()[0]
        pipeline_id, stage_id = pipeline.id, pipeline.open_stages[0].id
        deal_ids = [
            services.deals.create(
                DealInput(f"Card {n}", pipeline_id, stage_id, contact_id=contact_id)
            ).id
            for n in range(CARDS)
        ]

    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, as a second DeskCRM
    start = spawn.Barrier(len(WORKERS))
    workers = [
        spawn.Process(target=_work, args=(pg_url, name, contact_id, deal_ids, start))
        for name in WORKERS
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0, 0]

    with open_services(pg_url, clock=lambda: NOW, tz=TZ) as opened:
        services = opened.services
        # The contact holds one whole edit (the last one made), and so does its search
        # index: it is found by that edit's words, not by the other process's.
        title = services.contacts.get(contact_id).data.title
        last, other = title.split()[0], next(n for n in WORKERS if n != title.split()[0])
        assert title == f"{last} {ROUNDS - 1}"
        assert services.contacts.list_ids(ContactFilter(text=last)) == [contact_id]
        assert services.contacts.list_ids(ContactFilter(text=other)) == []
        # Every e-mail logged by either process is there, each with an id of its own.
        emails = [e for e in services.timeline.interactions(contact_id) if e.kind == "email"]
        assert len(emails) == len({e.id for e in emails}) == ROUNDS * len(WORKERS)
        assert {e.summary for e in emails} == {
            f"{name} e-mail {round_}" for name in WORKERS for round_ in range(ROUNDS)
        }
        # Every follow-up task too.
        tasks = services.tasks.open_for_contact(contact_id)
        assert len(tasks) == len({t.id for t in tasks}) == ROUNDS * len(WORKERS)
        # The column still holds each card once, at positions of their own.
        board = services.pipeline.board(pipeline_id, DealFilter())
        assert sorted(board[stage_id]) == sorted(deal_ids)
        with opened.db.reading() as session:
            positions = [session.get(Deal, i).position for i in board[stage_id]]
        assert len(set(positions)) == CARDS
        assert positions == sorted(positions)
