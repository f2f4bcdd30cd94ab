"""mailto: links for writing to many people at once from the user's own mail client."""

from __future__ import annotations

from urllib.parse import quote

# Mail clients and operating systems cut long mailto: links (Outlook near 2,000 characters,
# some browsers' handlers too); each link stays under this.
MAX_MAILTO_LENGTH = 2000


def mailto_batches(
    addresses: list[str], subject: str = "", limit: int = MAX_MAILTO_LENGTH
) -> list[tuple[str, list[int]]]:
    """The addresses in BCC, as few mailto: links as fit the limit, in the given order; each
    link with the positions in `addresses` it writes to (a repeated address goes with the
    link that carries it, a blank one with none).

    An address that alone would not fit still gets a link of its own (it is never dropped).
    """
    suffix = f"&subject={quote(subject)}" if subject else ""
    batches: list[tuple[str, list[int]]] = []
    batch: list[str] = []
    positions: dict[str, list[int]] = {}  # address -> where it appears in `addresses`
    for position, address in enumerate(addresses):
        if address.strip():
            positions.setdefault(address.strip(), []).append(position)

    def link(items: list[str]) -> str:
        return "mailto:?bcc=" + ",".join(quote(a, safe="@") for a in items) + suffix

    def close(items: list[str]) -> None:
        batches.append((link(items), sorted(p for a in items for p in positions[a])))

    for address in positions:
        if batch and len(link([*batch, address])) > limit:
            close(batch)
            batch = []
        batch.append(address)
    if batch:
        close(batch)
    return batches


def mailto_links(
    addresses: list[str], subject: str = "", limit: int = MAX_MAILTO_LENGTH
) -> list[str]:
    """The links of `mailto_batches`, without who is in each."""
    return [link for link, _positions in mailto_batches(addresses, subject, limit)]
