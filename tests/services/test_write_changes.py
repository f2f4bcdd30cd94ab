"""Every service write returns the Changes it made: exactly the ids written, their owners,
and whether records appeared or left; undo steps return theirs too."""

from __future__ import annotations

from deskcrm.services.changes import Applied, Changes, Created
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.support.cases import CaseInput
from deskcrm.services.tasks.tasks import TaskInput


def _contact(services, name: str = "Ada") -> int:
    return services.contacts.create(ContactInput(first_name=name)).id


def test_task_writes_name_the_task_and_its_contact(services) -> None:
    ada, ben = _contact(services), _contact(services, "Ben")
    tasks = services.tasks
    created = tasks.create(TaskInput(title="Call", contact_id=ada))
    assert isinstance(created, Created)
    tid = created.id
    assert created.changes == Changes.of(tasks=[tid], owners=[ada], added_or_removed=["tasks"])
    # Moving a task to another contact changes both contacts' panes.
    moved = tasks.update(tid, TaskInput(title="Call", contact_id=ben))
    assert moved == Changes.of(tasks=[tid], owners=[ada, ben])
    assert tasks.rename(tid, "Ring") == Changes.of(tasks=[tid], owners=[ben])
    gone = Changes.of(tasks=[tid], owners=[ben], added_or_removed=["tasks"])
    assert tasks.delete([tid, 999]) == gone
    assert tasks.delete([tid]) == Changes()  # already in the trash: nothing changed
    assert tasks.restore([tid]) == gone
    done = tasks.complete(tid)
    assert done == Applied(None, gone)
    assert tasks.uncomplete(tid) == gone
    snoozed = tasks.snooze(tid, "tomorrow")
    assert snoozed.changes == Changes.of(tasks=[tid], owners=[ben])
    assert tasks.set_due(tid, snoozed.value).changes == Changes.of(tasks=[tid], owners=[ben])


def test_deal_writes_name_the_deal_and_a_win_names_its_contact(services) -> None:
    ada = _contact(services)
    created = services.deals.create(
        DealInput(title="Site", pipeline_id=1, stage_id=1, contact_id=ada)
    )
    did = created.id
    assert created.changes == Changes.of(deals=[did], owners=[ada], added_or_removed=["deals"])
    board = services.pipeline
    won = board.close_won(did)
    # The win promotes the contact to customer: the contact itself changed.
    assert won.changes == Changes.of(deals=[did], owners=[ada], contacts=[ada])
    back = board.restore_placement(did, won.value)
    assert back.changes == Changes.of(deals=[did], owners=[ada], contacts=[ada])
    gone = services.deals.delete([did])
    assert gone == Changes.of(deals=[did], owners=[ada], added_or_removed=["deals"])
    assert services.deals.restore([did]) == gone


def test_case_and_feedback_writes_name_their_records(services) -> None:
    ada = _contact(services)
    cases = services.cases
    opened = cases.open_case(CaseInput("Broken mug", ada))
    cid = opened.id
    assert opened.changes == Changes.of(cases=[cid], owners=[ada], added_or_removed=["cases"])
    note = cases.add_note(cid, "me", "Sorry!")
    assert note.changes == Changes.of(cases=[cid], owners=[ada])
    assert cases.delete_note(note.id) == Changes.of(cases=[cid], owners=[ada])
    status = cases.set_status(cid, "resolved")
    assert status.value == ("open", None)
    assert status.changes == Changes.of(cases=[cid], owners=[ada], added_or_removed=["cases"])
    answer = services.feedback.record(ada, "nps", 9)
    fid = answer.id
    assert answer.changes == Changes.of(feedback=[fid], owners=[ada], added_or_removed=["feedback"])
    assert services.feedback.delete([fid]) == answer.changes


def test_timeline_writes_name_the_entry_and_its_contact(services) -> None:
    ada = _contact(services)
    timeline = services.timeline
    call = timeline.log_interaction(ada, "call", "Hello")
    expected = Changes.of(
        interactions=[call.id], contacts=[ada], owners=[ada], added_or_removed=["interactions"]
    )
    assert call.changes == expected
    assert timeline.delete_interactions([call.id]) == expected
    assert timeline.restore_interactions([call.id]) == expected
    mug = timeline.record_purchase(ada, "Mug", 1250, "EUR")
    bought = Changes.of(
        purchases=[mug.id], contacts=[ada], owners=[ada], added_or_removed=["purchases"]
    )
    assert mug.changes == bought
    assert timeline.delete_purchases([mug.id]) == bought
    assert timeline.restore_purchases([mug.id]) == bought


def test_company_segment_pipeline_and_duplicate_writes(services) -> None:
    made = services.companies.create(CompanyInput(name="Acme"))
    assert made.changes == Changes.of(companies=[made.id], added_or_removed=["companies"])
    assert services.companies.update(made.id, CompanyInput(name="Acme")) == Changes.of(
        companies=[made.id]
    )
    # A new name shows on its people's rows.
    renamed = services.companies.update(made.id, CompanyInput(name="Acme Ltd"))
    assert renamed == Changes.of(companies=[made.id], whole=["contacts"])
    from deskcrm.domain.segments import SegmentConditions

    saved = services.segments.save("All", SegmentConditions())
    assert saved.changes == Changes.of(segments=[saved.id], added_or_removed=["segments"])
    deleted = services.segments.delete(saved.id)
    assert deleted.value[0] == "All"
    assert deleted.changes == saved.changes
    pipe = services.pipeline_settings.create_pipeline("B2B")
    assert pipe.changes == Changes.of(whole=["pipelines"], added_or_removed=["pipelines"])
    ada, ben = _contact(services), _contact(services, "Ben")
    assert services.duplicates.mark_not_duplicates(ben, ada) == Changes.of(contacts=[ada, ben])


def test_bulk_actions_and_their_undo_name_the_contacts_and_records(services) -> None:
    ada, ben = _contact(services), _contact(services, "Ben")
    bulk = services.bulk
    tagged = bulk.add_tag([ada, ben], "VIP")
    assert tagged.changes == Changes.of(contacts=[ada, ben], whole=["tags"])
    assert bulk.undo(tagged) == tagged.changes
    follow = bulk.create_follow_ups([ada], "Call {name}", None)
    assert follow.changes == Changes.of(
        tasks=follow.created_ids, owners=[ada], added_or_removed=["tasks"]
    )
    assert len(follow.created_ids) == 1
    assert bulk.undo(follow) == follow.changes
