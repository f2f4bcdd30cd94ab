"""Names sort the way people read them, accents and special letters included."""

from deskcrm.domain.sorting import person_sort_key, sort_key


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
