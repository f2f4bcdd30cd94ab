"""`deskcrm demo`: realistic, internally consistent sample data, inserted in bulk."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from deskcrm.db import contact_writes, core_tables, dbapi, demo_queries
from deskcrm.db.engine import Database
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.domain.dates import utc_now
from deskcrm.domain.pipeline import POSITION_GAP
from deskcrm.domain.sorting import folded_key
from deskcrm.domain.validation import PhoneNumber
from deskcrm.services.contacts import new_contacts
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.demo.demo_cycle import add_cases_and_feedback, add_segments
from deskcrm.services.demo.stamps import DayStamps
from deskcrm.services.storage.gc_pause import without_gc

FIRST = (
    "Anna Ben Chloé Daniel Elif Felix Greta Hugo Ines Jonas Katarzyna Lars Mia Noah Olga "
    "Paul Quentin Rosa Sven Tomás Ulla Viktor Wanda Xavier Yara Zoë Amélie Björn Çağla "
    "Dmitri Emma François Giulia Håkon Isabel Jürgen Kenji Lucía Magnus Nadia Oscar Pia "
    "Rafael Sofia Theo Uma Valentina William Ximena Yusuf Zofia Aoife Bruno Clara Diego "
    "Eva Finn Hanna Ivan"
).split()
LAST = (
    "Müller Schmidt Nowak Kowalski Ørsted García Martín Rossi Bianchi Dubois Laurent "
    "Smith Jones Brown Taylor Wilson Andersson Johansson Nielsen Jensen Novák Horváth "
    "Yılmaz Öztürk Papadopoulos Silva Santos Costa Murphy O'Brien Kelly Fischer Weber "
    "Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Neumann Schwarz Zimmermann "
    "Krüger Hartmann Lange Werner Lehmann Köhler Łukasiewicz Wiśniewski Dąbrowski "
    "Lewandowski Nakamura Tanaka Kim Lee Chen"
).split()
COMPANY_WORDS = (
    "Nordlicht Alpen Bäckerei Atelier Studio Digital Blue Green Kaffee Rösterei Werkstatt "
    "Verde Solaris Lumen Fjord Oak Maple Harbor Summit Pixel Craft Bright Urban Rural "
    "Coastal Łódź"
).split()
COMPANY_SUFFIX = ("GmbH", "Ltd", "AG", "S.A.", "& Co.", "Studio", "Labs", "Partners", "SARL")
CITIES = (
    ("Berlin", "Germany", "DE"),
    ("München", "Germany", "DE"),
    ("Hamburg", "Germany", "DE"),
    ("Wien", "Austria", "AT"),
    ("Zürich", "Switzerland", "CH"),
    ("Łódź", "Poland", "PL"),
    ("Kraków", "Poland", "PL"),
    ("London", "United Kingdom", "GB"),
    ("Manchester", "United Kingdom", "GB"),
    ("Paris", "France", "FR"),
    ("Lyon", "France", "FR"),
    ("København", "Denmark", "DK"),
    ("New York", "United States", "US"),
    ("San Francisco", "United States", "US"),
    ("Madrid", "Spain", "ES"),
    ("Milano", "Italy", "IT"),
    ("Göteborg", "Sweden", "SE"),
)
# (E.164 prefix, national prefix, digits to add) — realistic, valid-looking numbers.
PHONE_PLANS = {
    "DE": ("+4930", "030", 8),
    "AT": ("+4312", "012", 6),  # Vienna; "+431" + 7 random digits was invalid 1 time in 9
    "CH": ("+4144", "044", 7),
    "PL": ("+4842", "42", 7),
    "GB": ("+44207946", "0207946", 4),
    "FR": ("+3314", "014", 7),
    "DK": ("+4533", "33", 6),
    "US": ("+1415555", "415555", 4),
    "ES": ("+3491", "91", 7),
    "IT": ("+3902", "02", 8),
    "SE": ("+4631", "031", 7),
}
TAGS = ("VIP", "Newsletter", "Wholesale", "Referral", "Trade fair", "Partner", "Local")
SOURCES = ("Website", "Referral", "Trade fair", "Instagram", "Walk-in", "Cold call", "Newsletter")
CURRENCIES = ("EUR",) * 8 + ("USD", "GBP")
PRODUCTS = (
    ("Espresso beans 1 kg", 2490),
    ("Brand workshop", 120000),
    ("Website maintenance", 45000),
    ("Gift voucher", 5000),
    ("Consulting hour", 9500),
    ("Logo design", 80000),
    ("Print run 500 flyers", 18900),
    ("Pour-over kit", 6490),
    ("Photo shoot", 65000),
    ("Annual support plan", 240000),
    ("Ceramic mug set", 3800),
    ("SEO audit", 55000),
)
INTERACTION_TEXT = {
    "call": (
        "Discussed next steps",
        "Follow-up on the quote",
        "Quick check-in",
        "Left a voicemail",
    ),
    "meeting": ("Kick-off meeting", "Coffee at their office", "Review of the draft", "Workshop"),
    "email": (
        "Sent the proposal",
        "Answered pricing question",
        "Shared the invoice",
        "Intro email",
    ),
    "note": (
        "Prefers email over calls",
        "Budget approved for Q3",
        "Met at the trade fair",
        "Birthday card sent",
    ),
}
DEAL_TITLES = (
    "Website relaunch",
    "Brand refresh",
    "Catering for summer party",
    "Annual retainer",
    "Coffee subscription",
    "Product photos",
    "Trade fair booth",
    "Newsletter setup",
    "Office fit-out",
    "Training day",
    "Packaging design",
    "Support contract",
)
TASK_TITLES = (
    "Call back about the offer",
    "Send invoice",
    "Prepare proposal",
    "Check in after delivery",
    "Book follow-up meeting",
    "Ask for a testimonial",
    "Send birthday card",
    "Chase payment",
)
# The tables the demo fills in bulk.
BULK_TABLES = (
    "company",
    *contact_writes.CONTACT_TABLES,
    "interaction",
    "purchase",
    "deal",
    "deal_stage_event",
    "task",
)
LOST_REASONS = ("Price too high", "Chose a competitor", "No budget", "Bad timing", "No response")


@dataclass(frozen=True)
class DemoCounts:
    companies: int
    contacts: int
    interactions: int
    purchases: int
    deals: int
    tasks: int


@functools.lru_cache(maxsize=1024)  # first and last names come from short lists
def _ascii(text_: str) -> str:
    """A name as it goes into an email address: Ørsted → orsted, Łukasz → lukasz."""
    folded = folded_key(text_).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded if ch.isalnum())


# What an address book wrote that DeskCRM keeps for the user to check.
UNPARSED_PHONE = UnparsedValue(
    "phones", "ask at reception", "not a phone number", "phone-export.vcf, TEL"
)


def _birthday(rng: random.Random) -> str:
    return date(rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28)).isoformat()


# People are handed to the writer in parts of this many.
_PART = 5000


@without_gc  # 100,000 people make millions of objects; collecting mid-way is wasted work
def generate_demo(
    db: Database,
    contacts: int = 300,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> DemoCounts:
    """Add `contacts` people (plus companies, history, deals and tasks) in one transaction,
    their history ending at `now` (else the time of the composition root's `clock`)."""
    rng = random.Random(seed)
    choice, randint = rng.choice, rng.randint
    now = (now or clock()).astimezone(UTC)  # the history's days are UTC days
    stamps = DayStamps(now)
    this_day = stamps.today  # its number
    say = progress or (lambda _msg: None)
    n_companies = max(3, contacts // 8)
    # A full disk becomes a StorageError in the transaction too. Tables still empty have
    # their indexes built once their rows are in (closed before the transaction commits).
    with db.transaction() as session, ExitStack() as bulk:
        stages = demo_queries.first_pipeline_stages(session)
        pipeline_id = stages[0][1]
        open_stages = [s[0] for s in stages if not s[3] and not s[4]]
        won_stage = next(s[0] for s in stages if s[3])
        lost_stage = next(s[0] for s in stages if s[4])
        for name in TAGS:  # in this order, so their ids are the same every time
            demo_queries.tag_id(session, name)

        first_company = demo_queries.next_id(session, core_tables.company)
        first_contact = demo_queries.next_id(session, core_tables.contact)
        first_deal = demo_queries.next_id(session, core_tables.deal)
        bulk.enter_context(contact_writes.indexes_built_after(session, BULK_TABLES))

        say(f"companies: {n_companies}")
        company_rows = []
        company_names = []
        for i in range(n_companies):
            words = rng.sample(COMPANY_WORDS, 2)
            name = f"{words[0]} {words[1]} {rng.choice(COMPANY_SUFFIX)}"
            city, country, _region = rng.choice(CITIES)
            created = to_db_timestamp(now - timedelta(days=rng.randint(400, 1500)))
            domain = _ascii(name.rsplit(" ", 1)[0]) + ".example"
            company_rows.append(
                (
                    first_company + i,
                    name,
                    f"https://{domain}",
                    f"hello@{domain}",
                    "",
                    "",
                    city,
                    country,
                    "",
                    created,
                    created,
                )
            )
            company_names.append(domain)
        dbapi.insert_rows(
            session,
            "company",
            (
                "id",
                "name",
                "website",
                "email",
                "phone",
                "address",
                "city",
                "country",
                "notes",
                "created_at",
                "updated_at",
            ),
            company_rows,
        )

        say(f"contacts: {contacts}")
        # Each part of the people is written while the next is made up (NewContacts).
        writer = bulk.enter_context(new_contacts.NewContacts(session, now, expected=contacts))
        people: list[CleanContact] = []
        handed = 0  # how many of them the writer has
        interaction_rows: list[tuple[int, str, str, str, str, str]] = []
        purchase_rows: list[tuple[int, str, str, int, int, str, str]] = []
        lifecycle_rows: list[tuple[int, str, str, str, str]] = []
        n_interactions = n_purchases = 0
        customers: list[int] = []
        day = timedelta(days=1)
        for i in range(contacts):
            cid = first_contact + i
            first, last = rng.choice(FIRST), rng.choice(LAST)
            city, country, region = rng.choice(CITIES)
            company_index = rng.randrange(n_companies) if rng.random() < 0.7 else None
            company_id = first_company + company_index if company_index is not None else None
            domain = company_names[company_index] if company_index is not None else "mail.example"
            email = f"{_ascii(first)}.{_ascii(last)}{cid}@{domain}"
            phones: list[tuple[PhoneNumber, str]] = []
            if rng.random() < 0.8:
                e164_prefix, national_prefix, width = PHONE_PLANS[region]
                number = str(rng.randrange(10 ** (width - 1), 10**width))
                phones.append((PhoneNumber(e164_prefix + number, national_prefix + number), "work"))
            roll = rng.random()
            lifecycle = (
                "customer"
                if roll < 0.4
                else "lead"
                if roll < 0.65
                else "prospect"
                if roll < 0.9
                else "former"
            )
            age = randint(30, 1100)  # days
            created_dt = now - day * age
            last_stamp = ""
            for _ in range(choice((0, 2, 3, 4, 5, 6, 7, 8, 10))):
                kind = choice(("call", "meeting", "email", "email", "note"))
                # Working hours (07:00-17:59 UTC), on a day between creation and today.
                on = this_day - age + randint(0, age)
                stamp = stamps.working(on, randint(0, 659))
                if stamp > last_stamp:
                    last_stamp = stamp
                interaction_rows.append(
                    (cid, kind, stamp, choice(INTERACTION_TEXT[kind]), "", stamp)
                )
            last_contact = stamps.read(last_stamp) if last_stamp else None
            # Everyone starts as a lead; the history leads to where they are now.
            path = [("", "lead", created_dt)]
            if lifecycle != "lead" and rng.random() < 0.7:
                path.append(("lead", "prospect", created_dt + day * rng.randint(1, 20)))
            if lifecycle in ("customer", "former"):
                customers.append(cid)
                currency = choice(CURRENCIES)
                first_bought = this_day
                for _ in range(choice((1, 2, 3, 4, 5, 6, 8))):
                    product, price = choice(PRODUCTS)
                    qty = choice((1, 1, 1, 2, 3))
                    on = this_day - age + randint(0, age)  # at the time of day it is now
                    first_bought = min(first_bought, on)
                    bought = stamps.now_on(on)
                    purchase_rows.append((cid, bought, product, qty, price * qty, currency, bought))
                converted = max(now - day * (this_day - first_bought), path[-1][2])
                path.append((path[-1][1], "customer", converted))
                if lifecycle == "former":
                    path.append(("customer", "former", converted + (now - converted) / 2))
            elif lifecycle == "prospect" and len(path) == 1:
                path.append(("lead", "prospect", created_dt + day))
            # The write path records the first step (created, as a lead); the rest here.
            for old, new, when in path[1:]:
                lifecycle_rows.append((cid, old, new, to_db_timestamp(min(when, now)), "edited"))
            tags = rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2)))
            # A few people get a stay-in-touch cadence, mostly kept up with.
            cadence = rng.choice((30, 60, 90)) if rng.random() < 0.08 else None
            if cadence and rng.random() < 0.8:
                last_contact = (
                    now - day * rng.randint(1, cadence) - timedelta(hours=rng.randint(0, 8))
                )
                stamp = to_db_timestamp(last_contact)
                interaction_rows.append((cid, "call", stamp, "Catch-up call", "", stamp))
            # Keyword arguments are evaluated in order: the random draws stay in the order
            # they always had, so a seed gives the same people as before.
            title = rng.choice(("", "", "Owner", "Manager", "CEO", "Buyer"))
            street = f"{rng.randint(1, 120)} {rng.choice(LAST)}straße"
            postal_code = f"{rng.randint(10000, 99999)}"
            source = rng.choice(SOURCES)
            birthday = date.fromisoformat(_birthday(rng)) if rng.random() < 0.4 else None
            people.append(
                CleanContact(
                    first_name=first,
                    last_name=last,
                    company_id=company_id,
                    title=title,
                    emails=[(email, "work")],
                    phones=phones,
                    addresses=[
                        PostalAddress(
                            label="work",
                            street=street,
                            postal_code=postal_code,
                            city=city,
                            country=country,
                        )
                    ],
                    # Without a draw of their own (see above): every 6th has a profile,
                    # every 40th a value kept as an address book wrote it.
                    websites=[
                        Website(f"https://www.linkedin.com/in/{_ascii(first)}-{cid}", "LinkedIn")
                    ]
                    if cid % 6 == 0
                    else [],
                    birthday=birthday,
                    lifecycle=lifecycle,
                    source=source,
                    follow_up_days=cadence,
                    tags=tags,
                    unparsed=[UNPARSED_PHONE] if cid % 40 == 0 else [],
                    created_at=created_dt,
                    last_contacted_at=last_contact,
                    first_lifecycle="lead",
                )
            )
            if len(people) - handed == _PART:
                writer.add(people[handed:])
                handed = len(people)
                if writer.streaming:  # their history follows them, on the writer's thread
                    n_interactions += len(interaction_rows)
                    n_purchases += len(purchase_rows)
                    writer.add_rows("events", lifecycle_rows)
                    writer.add_rows("interactions", interaction_rows)
                    writer.add_rows("purchases", purchase_rows)
                    lifecycle_rows, interaction_rows, purchase_rows = [], [], []
        writer.add(people[handed:])
        writer.finish()
        n_interactions += len(interaction_rows)
        n_purchases += len(purchase_rows)
        for kind, rows in (
            ("events", lifecycle_rows),
            ("interactions", interaction_rows),
            ("purchases", purchase_rows),
        ):
            if rows:
                dbapi.insert_rows(session, *contact_writes.STREAMED[kind], rows)
        say(f"interactions: {n_interactions}, purchases: {n_purchases}")

        n_deals = max(len(stages), contacts // 5)
        say(f"deals: {n_deals}")
        deal_rows = []
        positions: dict[int, int] = {}
        event_rows: list[tuple[int, int, str]] = []
        for i in range(n_deals):
            cid = first_contact + rng.randrange(contacts)
            contact_company = people[cid - first_contact].company_id
            roll = rng.random()
            status = "open" if roll < 0.6 else "won" if roll < 0.82 else "lost"
            created_dt = now - day * rng.randint(1, 400)
            entered_dt = created_dt + day * rng.randint(0, max(0, (now - created_dt).days))
            if roll < 0.6:  # open deals: most moved recently, some left to rot
                entered_dt = (
                    now - day * int(rng.random() ** 2 * 30) - timedelta(hours=rng.randint(0, 9))
                )
                created_dt = min(created_dt, entered_dt)
            closed = None
            lost_reason = ""
            if status == "open":
                stage_id = open_stages[
                    min(int(rng.random() ** 1.5 * len(open_stages)), len(open_stages) - 1)
                ]
            else:
                stage_id = won_stage if status == "won" else lost_stage
                closed = to_db_timestamp(entered_dt)
                lost_reason = rng.choice(LOST_REASONS) if status == "lost" else ""
            positions[stage_id] = positions.get(stage_id, 0) + POSITION_GAP
            # The path through the open stages: up to the current one, or for closed deals
            # as far as they got (won deals went all the way), then Won or Lost.
            if status == "open":
                reached = open_stages[: open_stages.index(stage_id) + 1]
            elif status == "won":
                reached = [*open_stages, won_stage]
            else:
                reached = [*open_stages[: rng.randint(1, len(open_stages))], lost_stage]
            span = max(1, int((entered_dt - created_dt).total_seconds()))
            for step, reached_stage in enumerate(reached):
                at = (
                    entered_dt
                    if step == len(reached) - 1
                    else (created_dt + timedelta(seconds=span * step // len(reached)))
                )
                event_rows.append((first_deal + i, reached_stage, to_db_timestamp(at)))
            value = rng.choice((500, 1200, 2500, 4800, 9000, 15000, 32000)) * 100
            expected = (now.date() + timedelta(days=rng.randint(-10, 120))).isoformat()
            created = to_db_timestamp(created_dt)
            deal_rows.append(
                (
                    first_deal + i,
                    f"{rng.choice(DEAL_TITLES)}",
                    cid,
                    contact_company,
                    pipeline_id,
                    stage_id,
                    value,
                    rng.choice(CURRENCIES),
                    expected,
                    status,
                    lost_reason,
                    positions[stage_id],
                    "",
                    to_db_timestamp(entered_dt),
                    closed,
                    created,
                    created,
                )
            )
        dbapi.insert_rows(
            session,
            "deal",
            (
                "id",
                "title",
                "contact_id",
                "company_id",
                "pipeline_id",
                "stage_id",
                "value_minor",
                "currency",
                "expected_close",
                "status",
                "lost_reason",
                "position",
                "notes",
                "stage_entered_at",
                "closed_at",
                "created_at",
                "updated_at",
            ),
            deal_rows,
        )
        dbapi.insert_rows(
            session, "deal_stage_event", ("deal_id", "stage_id", "entered_at"), event_rows
        )

        n_tasks = max(5, contacts // 4)
        say(f"tasks: {n_tasks}")
        task_rows = []
        today = now.replace(hour=9, minute=0, second=0, microsecond=0)
        weekdays = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
        for i in range(n_tasks):
            cid = first_contact + rng.randrange(contacts)
            is_done = i % 2 == 1
            # Done tasks lie in the past; open ones mostly ahead, a few overdue.
            offset = (
                rng.randint(-30, -1) if is_done else rng.choice((-3, -1, 0, 0, 1, 2, 4, 7, 12, 25))
            )
            timed = rng.random() < 0.7
            due = (
                today
                + day * offset
                + (timedelta(hours=rng.choice((0, 2, 5, 7))) if timed else timedelta())
            )
            if not timed:
                due = due.replace(hour=0)
            done = to_db_timestamp(due) if is_done else None
            deal = first_deal + rng.randrange(n_deals) if rng.random() < 0.3 else None
            recurrence = (
                f"FREQ=WEEKLY;BYDAY={weekdays[due.weekday()]}" if rng.random() < 0.05 else ""
            )
            remind = (
                to_db_timestamp(due - timedelta(minutes=30))
                if timed and not is_done and rng.random() < 0.2
                else None
            )
            # Reminders that fell due before today count as already shown.
            reminded = remind if remind is not None and due - timedelta(minutes=30) < now else None
            created = to_db_timestamp(due - day * 5)
            task_rows.append(
                (
                    rng.choice(TASK_TITLES),
                    "",
                    to_db_timestamp(due),
                    timed,
                    rng.randint(0, 3),
                    done,
                    cid,
                    deal,
                    recurrence,
                    remind,
                    reminded,
                    created,
                    created,
                )
            )
        dbapi.insert_rows(
            session,
            "task",
            (
                "title",
                "notes",
                "due_at",
                "due_has_time",
                "priority",
                "done_at",
                "contact_id",
                "deal_id",
                "recurrence",
                "remind_at",
                "reminded_at",
                "created_at",
                "updated_at",
            ),
            task_rows,
        )
        say("support cases and feedback")
        add_cases_and_feedback(session, rng, customers, now)
        add_segments(session, now)
    return DemoCounts(n_companies, contacts, n_interactions, n_purchases, n_deals, n_tasks)
