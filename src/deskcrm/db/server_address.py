"""How a server database is named where a file path could be (`--db`, $DESKCRM_DB): kept
apart from db/dialects so that telling the two apart imports nothing of SQLAlchemy (the
start of the app asks before anything else is loaded)."""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(address: object) -> bool:
    """A `postgresql://…` URL rather than a file path."""
    return isinstance(address, str) and address.startswith(SERVER_SCHEMES)
