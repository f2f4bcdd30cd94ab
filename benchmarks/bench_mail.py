"""Mail import benchmark: the real `deskcrm import mail` reading a large mbox, started as
its own process with a fresh HOME the way a user starts it, timed from start to exit,
with its peak memory as the process itself saw it (VmHWM). Beside it, the floor: Python's
`mailbox` reading every message's bytes and `email` parsing each (its compat32 parser, as
DeskCRM does) and decoding every part, with nothing matched or written.

    python benchmarks/bench_mail.py [--messages N] [--mean-kb K] [--keep DIR]

The mbox is made once (kept in DIR with --keep): N messages between 2,000 correspondents
and the user, a quarter of them with an attachment, plain text or HTML, a tenth from
mailing lists; the database holds 1,000 contacts who own a third of those addresses.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def build_mbox(path: Path, messages: int, mean_kb: int) -> None:
    rng = random.Random(22)
    people = [f"person{n}@client{n % 300}.test" for n in range(2000)]
    words = "offer invoice meeting delivery thanks question price order call next week".split()
    with path.open("wb") as out:
        for n in range(messages):
            other = rng.choice(people)
            sent = rng.random() < 0.4
            sender, to = ("me@shop.test", other) if sent else (other, "me@shop.test")
            day = 1 + n % 28
            text = " ".join(rng.choice(words) for _ in range(rng.randint(40, 400)))
            head = (
                f"From: {sender}\nTo: {to}\nSubject: {rng.choice(words).title()} {n}\n"
                f"Date: Mon, {day:02d} Jun 2026 {n % 24:02d}:{n % 60:02d}:00 +0200\n"
                f"Message-ID: <bench.{n}@shop.test>\nMIME-Version: 1.0\n"
            )
            if rng.random() < 0.1:
                head += "List-Id: <news.lists.test>\n"
            if rng.random() < 0.25:
                size = int(rng.expovariate(1 / (mean_kb * 3)) * 1024)
                blob = base64.encodebytes(rng.randbytes(max(size, 100))).decode()
                body = (
                    'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
                    f"Content-Type: text/plain; charset=utf-8\n\n{text}\n--b\n"
                    "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
                    f'Content-Disposition: attachment; filename="doc{n}.pdf"\n\n{blob}--b--\n'
                )
            elif rng.random() < 0.3:
                html = f"<html><body><p>{text}</p></body></html>"
                body = f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
            else:
                body = f"Content-Type: text/plain; charset=utf-8\n\n{text}\n"
            out.write(f"From {sender} Mon Jun {day:2d} 10:00:00 2026\n".encode())
            out.write((head + body).replace("\nFrom ", "\n>From ").encode() + b"\n")


def build_database(db: Path, env: dict[str, str]) -> None:
    code = (
        "from pathlib import Path; from dataclasses import replace\n"
        "from deskcrm.db.opening import open_database\n"
        "from deskcrm.bootstrap import build_services\n"
        "from deskcrm.services.contacts.contacts import ContactInput\n"
        f"db = open_database(Path({str(db)!r})); s = build_services(db)\n"
        "s.settings.save(replace(s.settings.load(), my_addresses='me@shop.test'))\n"
        "for n in range(0, 2000, 2):\n"
        "    address = f'person{n}@client{n % 300}.test'\n"
        "    s.contacts.create(ContactInput(first_name=f'P{n}', emails=[address]))\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def floor(mbox: Path, env: dict[str, str]) -> float:
    code = (
        "import mailbox; from email import message_from_bytes\n"
        f"box = mailbox.mbox({str(mbox)!r})\n"
        "for key in box.iterkeys():\n"
        "    m = message_from_bytes(box.get_bytes(key))\n"
        "    texts = [p.get_payload(decode=True) for p in m.walk() if not p.is_multipart()]\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--mean-kb", type=int, default=20, help="attachments' mean size / 3")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskcrm-mail-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    mbox = folder / f"bench{args.messages}.mbox"
    if not mbox.exists():
        started = time.perf_counter()
        build_mbox(mbox, args.messages, args.mean_kb)
        print(f"mbox made in {time.perf_counter() - started:.0f} s", flush=True)
    home = folder / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    db = folder / "mail.sqlite3"
    for leftover in folder.glob("mail.sqlite3*"):
        leftover.unlink()
    build_database(db, env)
    peak = folder / "peak.txt"
    code = (
        "import sys; from pathlib import Path; from deskcrm.cli import main\n"
        f"status = main(['--db', {str(db)!r}, 'import', 'mail', {str(mbox)!r}])\n"
        "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        f"Path({str(peak)!r}).write_text(hwm.split()[1])\n"
        "sys.exit(status)"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    took = time.perf_counter() - started
    size_gb = mbox.stat().st_size / 1e9
    print(done.stdout.splitlines()[0])
    print(
        f"import mail: {args.messages:,} messages, {size_gb:.2f} GB mbox: {took:.1f} s,"
        f" peak {int(peak.read_text()) / 1024:.0f} MB"
    )
    print(f"floor (mailbox + email parse only): {floor(mbox, env):.1f} s")


if __name__ == "__main__":
    main()
