"""Demo data: realistic, consistent, reproducible."""

from sqlalchemy import text

from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.storage.health import check_database
from tests.conftest import NOW


def test_demo_data_is_consistent_and_searchable(db, services) -> None:
    counts = generate_demo(db, contacts=400, seed=7, now=NOW)
    assert counts.contacts == 400 and counts.deals == 80
    report = check_database(db)
    assert report.ok, report
    assert report.counts["contact"] == 400
    assert report.counts["interaction"] == counts.interactions > 1000
    with db.reading() as session:
        statuses = dict(
            session.execute(text("SELECT status, count(*) FROM deal GROUP BY status")).all()
        )
        lost_without_reason = session.execute(
            text("SELECT count(*) FROM deal WHERE status='lost' AND lost_reason=''")
        ).scalar()
        closed_without_date = session.execute(
            text("SELECT count(*) FROM deal WHERE status!='open' AND closed_at IS NULL")
        ).scalar()
        buyers_not_customers = session.execute(
            text(
                "SELECT count(DISTINCT p.contact_id) FROM purchase p"
                " JOIN contact c ON c.id = p.contact_id"
                " WHERE c.lifecycle NOT IN ('customer', 'former')"
            )
        ).scalar()
        stages_used = session.execute(text("SELECT count(DISTINCT stage_id) FROM deal")).scalar()
        future_interactions = session.execute(
            text("SELECT count(*) FROM interaction WHERE occurred_at > :now"),
            {"now": NOW.strftime("%Y-%m-%d %H:%M:%S.%f")},
        ).scalar()
    assert set(statuses) == {"open", "won", "lost"}
    assert lost_without_reason == 0 and closed_without_date == 0
    assert buyers_not_customers == 0
    assert stages_used == 6
    assert future_interactions == 0
    assert services.contacts.search("a", limit=5)


def test_demo_is_reproducible_with_a_seed(tmp_path) -> None:
    from deskcrm.db.opening import open_database

    names = []
    for run in range(2):
        db = open_database(tmp_path / f"demo{run}.sqlite3")
        generate_demo(db, contacts=50, seed=3, now=NOW)
        with db.reading() as session:
            names.append(
                session.execute(
                    text("SELECT first_name, last_name, primary_email FROM contact")
                ).all()
            )
        db.close()
    assert names[0] == names[1]


def test_demo_adds_to_existing_data(db) -> None:
    generate_demo(db, contacts=30, seed=1, now=NOW)
    generate_demo(db, contacts=30, seed=2, now=NOW)
    assert check_database(db).counts["contact"] == 60
    assert check_database(db).ok


def test_demo_phone_numbers_are_valid_and_emails_keep_every_letter(db) -> None:
    import phonenumbers
    from sqlalchemy import text

    from deskcrm.services.demo.demo import _ascii, generate_demo

    generate_demo(db, contacts=400, seed=5)
    with db.engine.connect() as connection:
        numbers = [r[0] for r in connection.execute(text("SELECT number FROM contact_phone"))]
    assert numbers
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in numbers)
    assert (_ascii("Ørsted"), _ascii("Łukasz"), _ascii("Müller")) == ("orsted", "lukasz", "muller")
