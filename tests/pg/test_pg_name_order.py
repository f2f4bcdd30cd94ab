"""A server whose default collation is a language's lists contacts in the same order as
a file: sort keys compare code point by code point on both engines (migration 0014)."""

from __future__ import annotations

import psycopg

from deskcrm.app import build_services
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.contacts import ContactInput
from tests.conftest import NOW, TZ

# Punctuation and letters whose order differs between code points and en-US rules.
NAMES = ["A_b", "A-b", "A.b", "A'b", "Ab", "A b", "Zoë", "Øst", "Pia", "Ümit", "Oscar", "ab1"]


def test_a_language_collated_server_lists_names_as_a_file_does(pg_server, db_path) -> None:
    name = "deskcrm_icu_order"
    pg_server.admin(
        f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
        " LOCALE 'C.UTF-8'"
    )
    try:
        orders = []
        for address in (pg_server.url(name), db_path):
            db = open_database(address)
            try:
                services = build_services(db, clock=lambda: NOW, tz=TZ)
                ids = {services.contacts.create(ContactInput(first_name=n)).id: n for n in NAMES}
                listed = services.contacts.list_ids(ContactFilter())
                orders.append([ids[i] for i in listed])
            finally:
                db.close()
        on_server, in_file = orders
        assert on_server == in_file
        # And the server's own collation would have put them otherwise.
        with psycopg.connect(pg_server.url(name)) as conn:
            (default_order,) = conn.execute(
                "SELECT string_agg(n, '|' ORDER BY n)"
                " FROM unnest(ARRAY['a''b', 'a-b', 'a.b', 'a_b']::text[]) AS n"
            ).fetchone()
        assert default_order != "a'b|a-b|a.b|a_b"
    finally:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
