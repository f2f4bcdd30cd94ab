"""mailto: links for many recipients: BCC, split to stay short enough for mail clients."""

from __future__ import annotations

from itertools import pairwise
from urllib.parse import unquote

from deskcrm.domain.mailto import mailto_batches, mailto_links


def recipients(link: str) -> list[str]:
    query = link.removeprefix("mailto:?bcc=").split("&subject=")[0]
    return [unquote(a) for a in query.split(",")]


def test_few_addresses_make_one_link_with_a_subject() -> None:
    links = mailto_links(["anna@example.com", "bob@example.com"], subject="Spring sale & news")
    assert links == [
        "mailto:?bcc=anna@example.com,bob@example.com&subject=Spring%20sale%20%26%20news"
    ]


def test_many_addresses_are_split_in_order_each_link_under_the_limit() -> None:
    addresses = [f"customer{i:04d}@example.com" for i in range(400)]
    links = mailto_links(addresses, subject="Hi", limit=2000)
    assert len(links) > 1
    assert all(len(link) <= 2000 for link in links)
    assert [a for link in links for a in recipients(link)] == addresses
    # Every link but the last is full: one more address would not have fitted.
    for link, following in pairwise(links):
        assert len(link) + len(",") + len(recipients(following)[0]) > 2000


def test_duplicates_and_blanks_are_dropped_and_odd_characters_escaped() -> None:
    links = mailto_links(["a+b@example.com", "", "a+b@example.com", " c&d@example.com "])
    assert links == ["mailto:?bcc=a%2Bb@example.com,c%26d@example.com"]
    assert recipients(links[0]) == ["a+b@example.com", "c&d@example.com"]


def test_an_address_longer_than_the_limit_still_gets_its_own_link() -> None:
    long_one = "x" * 3000 + "@example.com"
    links = mailto_links(["a@example.com", long_one, "b@example.com"], limit=100)
    assert [recipients(link) for link in links] == [
        ["a@example.com"],
        [long_one],
        ["b@example.com"],
    ]


def test_no_addresses_no_links() -> None:
    assert mailto_links([]) == []


def test_each_link_knows_whom_it_writes_to_repeated_addresses_included() -> None:
    addresses = ["a@example.com", "", "b@example.com", "a@example.com", "c@example.com"]
    batches = mailto_batches(addresses, limit=len("mailto:?bcc=a@example.com,b@example.com"))
    assert batches == [
        ("mailto:?bcc=a@example.com,b@example.com", [0, 2, 3]),
        ("mailto:?bcc=c@example.com", [4]),
    ]
