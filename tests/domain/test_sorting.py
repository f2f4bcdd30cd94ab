"""Names sort the way people read them, accents and special letters included."""

from hypothesis import given
from hypothesis import strategies as st

from deskcrm.domain.sorting import folded_key, person_sort_key, sort_key


def test_accented_and_special_letters_sort_with_their_base_letter() -> None:
    names = ["Zoë Young", "Łukasz Nowak", "Élodie Martin", "elias Weber", "Lukas Berg", "Ørsted A"]
    ordered = sorted(names, key=sort_key)
    assert ordered == [
        "elias Weber",
        "Élodie Martin",
        "Lukas Berg",
        "Łukasz Nowak",
        "Ørsted A",
        "Zoë Young",
    ]


def test_person_key_joins_and_trims() -> None:
    assert person_sort_key(" Anna ", "Müller") == "anna muller"
    assert person_sort_key("", "Straße") == "strasse"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_gives_the_same_key_as_the_long_way(text: str) -> None:
    assert sort_key(text) == folded_key(text)


@given(st.text(max_size=30), st.text(max_size=30))
def test_a_persons_key_is_the_key_of_the_whole_name(first: str, last: str) -> None:
    """person_sort_key folds each part on its own (and caches it): the same key as folding
    "first last" whole, for any text."""
    assert person_sort_key(first, last) == folded_key(f"{first} {last}")
