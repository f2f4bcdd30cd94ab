"""mailto: links for writing to many people at once from the user's own mail client."""

from __future__ import annotations

from urllib.parse import quote

# Mail clients and operating systems cut long mailto: links (Outlook near 2,000 characters,
# some browsers' handlers too); each link stays under this.
MAX_MAILTO_LENGTH = 2000


def mailto_links(
    addresses: list[str], subject: str = "", limit: int = MAX_MAILTO_LENGTH
) -> list[str]:
    """The addresses in BCC, as few mailto: links as fit the limit, in the given order.

    An address that alone would not fit still gets a link of its own (it is never dropped).
    """
    suffix = f"&subject={quote(subject)}" if subject else ""
    links: list[str] = []
    batch: list[str] = []

    def link(items: list[str]) -> str:
        return "mailto:?bcc=" + ",".join(quote(a, safe="@") for a in items) + suffix

    for address in dict.fromkeys(a.strip() for a in addresses if a.strip()):
        if batch and len(link([*batch, address])) > limit:
            links.append(link(batch))
            batch = []
        batch.append(address)
    if batch:
        links.append(link(batch))
    return links
