"""Merging two contacts keeps both contacts' addresses, websites and values kept as
written (the tables ownership finds from the foreign keys), and undo gives each its own."""

from __future__ import annotations

from dataclasses import replace

from deskcrm.db import ownership
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.contacts.duplicates import CONTACT_DESCRIBING_TABLES

HOME = PostalAddress("home", "Ringweg 2", city="Potsdam", postal_code="14467")
WORK = PostalAddress("work", "Hauptstr. 1", city="Berlin", postal_code="10115")
KEPT = UnparsedValue("birthday", "circa 1980", "not a date", "b.vcf, line 4, BDAY")


def test_ownership_finds_the_new_child_tables_from_the_foreign_keys(db) -> None:
    with db.reading() as session:
        tables = {ref.table for ref in ownership.references_to(session, "contact")}
    assert {"contact_address", "contact_url", "contact_unparsed"} <= tables
    # Each is either moved by a merge or merged through the survivor's data: none forgotten.
    assert {"contact_address", "contact_url", "contact_unparsed"} <= CONTACT_DESCRIBING_TABLES


def test_a_merge_keeps_both_contacts_addresses_websites_and_kept_values(services) -> None:
    anna = services.contacts.create(
        ContactInput(
            first_name="Anna",
            emails=["anna@example.com"],
            addresses=[HOME],
            websites=[Website("https://anna.example", "home")],
        )
    ).id
    other = services.contacts.create(
        ContactInput(
            first_name="Anna",
            emails=["anna@work.example"],
            addresses=[WORK, replace(HOME, label="other")],  # the same place, other label
            websites=[Website("https://ANNA.example"), Website("https://li.example/anna")],
            unparsed=[KEPT],
        )
    ).id
    picked = services.contacts.get(anna).data  # the merge dialog's picks: Anna's own
    record = services.duplicates.merge(anna, other, picked)

    merged = services.contacts.get(anna).data
    assert merged.addresses == [HOME, WORK]
    assert [w.url for w in merged.websites] == ["https://anna.example", "https://li.example/anna"]
    assert merged.unparsed == [KEPT]
    assert (merged.city, merged.postal_code) == ("Potsdam", "14467")  # the first, mirrored

    services.duplicates.undo_merge(record)
    assert services.contacts.get(anna).data.addresses == [HOME]
    assert services.contacts.get(anna).data.unparsed == []
    back = services.contacts.get(other).data
    assert back.addresses == [WORK, replace(HOME, label="other")]
    assert back.unparsed == [KEPT]
    assert len(back.websites) == 2
