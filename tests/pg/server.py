"""A real PostgreSQL 15 server for the tests: started once per session in a temporary
directory (the fixtures that start it and hand out databases are in tests/conftest.py,
shared by tests/pg and by the service suite's PostgreSQL run).

Debian's binaries live in /usr/lib/postgresql/15/bin (CI's .ci/run installs the
`postgresql` package where it is missing). Without them these tests fail, saying so:
they are never skipped. PostgreSQL refuses to run as root, so when the tests run as
root the server runs as an unprivileged system user (`nobody`) through runuser.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")
# The unprivileged account the server runs as when the tests run as root (made as a
# system account if the machine has neither).
RUN_AS_CHOICES = ("nobody", "deskcrm-test")
SUPERUSER = "postgres"


@dataclass(frozen=True)
class PostgresServer:
    """A running server: trust authentication on 127.0.0.1:port and a socket in `socket_dir`."""

    data_dir: Path
    socket_dir: Path
    port: int

    def url(self, database: str) -> str:
        """A `postgresql://` address as a user would type it (DeskCRM adds the driver)."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction in the maintenance database."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_account() -> pwd.struct_passwd:
    """An unprivileged account to run the server as (root only)."""
    for name in RUN_AS_CHOICES:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    name = RUN_AS_CHOICES[-1]
    subprocess.run(["useradd", "--system", "--no-create-home", name], check=False)
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pytest.fail(f"running as root, and no unprivileged user to run PostgreSQL as ({name})")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _server_account().pw_name, "--", *command]


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(
        _as_server_user(command), capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"PostgreSQL: {what} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def start_server(*, durable: bool = False) -> PostgresServer:
    """initdb a cluster in a new folder under /tmp and start it on a free loopback port.
    Tests run it without fsync (nothing to keep after them); `durable` keeps PostgreSQL's
    own defaults, as a benchmark of what a user waits for must."""
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if not (PG_BIN / name).is_file()]
    if missing:
        pytest.fail(
            f"PostgreSQL 15 is not installed: {', '.join(missing)} missing from {PG_BIN}."
            " Install Debian's `postgresql` package (CI's .ci/run does)."
        )
    # Directly under /tmp: the unprivileged user must reach it, and a socket path must be
    # short (about 100 bytes).
    base = Path(tempfile.mkdtemp(prefix="deskcrm-pg-"))
    data_dir, socket_dir = base / "data", base / "run"
    data_dir.mkdir()
    socket_dir.mkdir()
    if os.geteuid() == 0:
        account = _server_account()
        for path in (base, data_dir, socket_dir):
            os.chown(path, account.pw_uid, account.pw_gid)
    port = _free_port()
    _run(
        [
            str(PG_BIN / "initdb"),
            "--pgdata",
            str(data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        ],
        "initdb",
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={socket_dir}"
    )
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run(
        [
            str(PG_BIN / "pg_ctl"),
            "--pgdata",
            str(data_dir),
            "--log",
            str(base / "server.log"),
            "--options",
            options,
            "--wait",
            "start",
        ],
        "pg_ctl start",
    )
    return PostgresServer(data_dir, socket_dir, port)


def stop_server(server: PostgresServer) -> None:
    """Stop the server and remove its folder."""
    subprocess.run(
        _as_server_user(
            [str(PG_BIN / "pg_ctl"), "--pgdata", str(server.data_dir), "--mode", "fast", "stop"]
        ),
        capture_output=True,
        timeout=60,
        check=False,
    )
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)
