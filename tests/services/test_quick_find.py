"""Quick find, behind the command palette (issue 19: "a command palette (Ctrl+K) that finds
any contact, company, deal, task, case, note or command by typing"), on both engines."""

from __future__ import annotations

import pytest

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.support.cases import CaseInput
from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW


def make_records(s) -> dict[str, int]:
    """Two companies, Anna Müller (at Kaffee Verde) and Ben Verdi, and a deal, a task, a
    case and a timeline entry about espresso: one of each kind quick find finds (the
    command palette's tests use them too)."""
    verde = s.companies.create(CompanyInput(name="Kaffee Verde", city="Köln")).id
    s.companies.create(CompanyInput(name="Nordlicht AG"))
    anna = s.contacts.create(
        ContactInput(first_name="Anna", last_name="Müller", company_id=verde)
    ).id
    ben = s.contacts.create(ContactInput(first_name="Ben", last_name="Verdi")).id
    (pipeline,) = s.pipeline.pipelines()
    deal = s.deals.create(
        DealInput(
            title="Espresso machines 100% refit",
            pipeline_id=pipeline.id,
            stage_id=pipeline.stages[0].id,
            contact_id=anna,
        )
    ).id
    task = s.tasks.create(TaskInput(title="Send the espresso quote", contact_id=anna)).id
    case = s.cases.open_case(CaseInput(title="Grinder noisy", contact_id=ben)).id
    entry = s.timeline.log_interaction(anna, "call", "Espresso tasting", occurred_at=NOW).id
    return {
        "verde": verde,
        "anna": anna,
        "ben": ben,
        "deal": deal,
        "task": task,
        "case": case,
        "entry": entry,
    }


@pytest.fixture
def records(services) -> dict[str, int]:
    return make_records(services)


def _kinds(found) -> list[tuple[str, int]]:
    return [(f.kind, f.id) for f in found]


def test_a_word_finds_each_kind_of_record(services, records) -> None:
    found = services.quick_find.find("espresso")
    assert _kinds(found) == [
        ("deal", records["deal"]),
        ("task", records["task"]),
        ("entry", records["entry"]),
    ]
    deal, task, entry = found
    assert deal.title == "Espresso machines 100% refit" and "Anna Müller" in deal.detail
    assert task.contact_id == records["anna"] and task.detail == "Anna Müller"
    assert entry.contact_id == records["anna"] and entry.detail == "call · Anna Müller"


def test_people_and_companies_by_the_first_letters(services, records) -> None:
    found = services.quick_find.find("verd")
    assert ("contact", records["ben"]) in _kinds(found)  # Ben Verdi, by name
    assert ("contact", records["anna"]) in _kinds(found)  # Anna, at Kaffee Verde
    assert ("company", records["verde"]) in _kinds(found)
    company = next(f for f in found if f.kind == "company")
    assert (company.title, company.detail) == ("Kaffee Verde", "Köln")
    assert [f.kind for f in found] == sorted(
        (f.kind for f in found), key=["contact", "company", "deal", "task", "case", "entry"].index
    )
    assert _kinds(services.quick_find.find("grinder")) == [("case", records["case"])]


def test_typed_wildcards_are_text_and_short_words_skip_the_timeline(services, records) -> None:
    assert _kinds(services.quick_find.find("100%")) == [("deal", records["deal"])]
    assert services.quick_find.find("_") == []
    assert services.quick_find.find("   ") == []
    # Two letters: contacts, companies, deals, tasks, cases, but not every call and email.
    assert all(f.kind != "entry" for f in services.quick_find.find("es"))


def test_what_is_in_the_trash_is_not_found(services, records) -> None:
    services.deals.delete([records["deal"]])
    services.contacts.delete([records["ben"]])
    found = _kinds(services.quick_find.find("verd"))
    assert ("contact", records["ben"]) not in found
    assert ("deal", records["deal"]) not in _kinds(services.quick_find.find("espresso"))


def test_entries_are_looked_for_among_the_newest(services, records, monkeypatch) -> None:
    """A LIKE over every summary read 505,221 entries a keystroke at 100,000 contacts
    (330–660 ms); the palette looks through the newest ENTRIES_SEARCHED (~15 ms)."""
    from deskcrm.db import quick_find_queries

    anna, ben = records["anna"], records["ben"]
    newer = [
        services.timeline.log_interaction(who, "note", "Espresso beans", occurred_at=NOW).id
        for who in (ben, ben)
    ]
    monkeypatch.setattr(quick_find_queries, "ENTRIES_SEARCHED", 2)
    found = [f.id for f in services.quick_find.find("espresso") if f.kind == "entry"]
    assert found == newer[::-1]  # the older "Espresso tasting" (Anna's) is not looked at
    services.contacts.delete([ben])  # their entries go with them into the trash
    monkeypatch.setattr(quick_find_queries, "ENTRIES_SEARCHED", 20_000)
    found = [
        (f.id, f.contact_id) for f in services.quick_find.find("espresso") if f.kind == "entry"
    ]
    assert found == [(records["entry"], anna)]
