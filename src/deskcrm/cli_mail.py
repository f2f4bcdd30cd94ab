"""`deskcrm import mail SOURCE`: the user's own mail onto contacts' timelines."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcrm.bootstrap import Services
    from deskcrm.services.mail.mail_import import MailImportReport

SHOWN = 20  # lines of each list printed (the rest counted)


def add_parser(imports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    mail = imports.add_parser(
        "mail",
        help="email from an mbox file, a Maildir or .eml files onto contacts' timelines",
    )
    mail.add_argument("source", metavar="SOURCE", help="an mbox file, a Maildir, .eml file(s)")
    mail.add_argument(
        "--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only mail from this day"
    )
    mail.add_argument("--dry-run", action="store_true", help="report, change nothing")
    mail.add_argument(
        "--add-unknown-as-leads",
        action="store_true",
        help="add every correspondent who is no contact as a lead, with their mail",
    )
    mail.add_argument(
        "--include-lists",
        action="store_true",
        help="also mailing lists' and no-reply senders' messages (left out by default)",
    )


def run(services: Services, args: argparse.Namespace) -> MailImportReport:
    started = time.perf_counter()
    source = Path(args.source)

    def progress(read: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{read:,} messages read …", end="", file=sys.stderr, flush=True)

    report = services.mail.import_mail(
        source,
        since=args.since,
        dry_run=args.dry_run,
        include_lists=args.include_lists,
        progress=progress,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print(report, time.perf_counter() - started)
    if args.add_unknown_as_leads and report.unknown and not args.dry_run:
        added = services.mail.add_as_leads(report.unknown)
        print(
            f"Added {len(added.contacts):,} leads with {len(added.interactions):,} messages"
            " on their timelines"
        )
    return report


def _print(report: MailImportReport, elapsed: float) -> None:
    verb = "Would store" if report.dry_run else "Stored"
    print(
        f"{report.source} ({report.kind}): {report.read:,} messages read in {elapsed:.1f} s."
        f" {verb} {report.imported:,} new, making {report.interactions:,} timeline entries;"
        f" {report.unmatched:,} of them concern no contact."
    )
    left = [
        (report.already, "already stored"),
        (report.lists, "from mailing lists (--include-lists to take them)"),
        (report.automated, "from no-reply or automatic senders (--include-lists)"),
        (report.before, "older than --since"),
        (len(report.unreadable), "could not be read"),
    ]
    for count, what in left:
        if count:
            print(f"  left out: {count:,} {what}")
    for where, why in report.unreadable[:SHOWN]:
        print(f"  not read: {where}: {why}")
    if report.problems:
        print(f"  read with something odd ({len(report.problems):,}, kept as written):")
        for where, what in report.problems[:SHOWN]:
            print(f"    {where}: {what}")
        if len(report.problems) > SHOWN:
            print(f"    … and {len(report.problems) - SHOWN:,} more")
    if report.unknown:
        print(f"  correspondents who are no contact: {len(report.unknown):,}")
        for address, count in report.unknown.most_common(SHOWN):
            print(f"    {address}: {count:,} message{'s' if count != 1 else ''}")
    if report.cancelled:
        print("  cancelled: what was read before is kept")
