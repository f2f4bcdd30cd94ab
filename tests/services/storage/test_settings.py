"""Settings kept in the database."""

from dataclasses import replace

import pytest

from deskcrm.errors import ValidationError
from deskcrm.services.storage.settings import AppSettings, system_phone_region


def test_settings_round_trip_and_are_normalised(services) -> None:
    services.settings.save(AppSettings(" Kaffee Verde ", "usd", "gb"))
    assert services.settings.load() == AppSettings("Kaffee Verde", "USD", "GB")


def test_bad_settings_name_each_field(services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.save(AppSettings("x", "euro", "XX"))
    assert set(caught.value.errors) == {"default_currency", "phone_region"}


def test_the_phone_region_setting_decides_how_local_numbers_are_read(services) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    services.settings.save(AppSettings("", "GBP", "GB"))
    contact_id = services.contacts.create(
        ContactInput(first_name="Ann", phones=["020 7946 0018"])
    ).id
    assert services.contacts.get(contact_id).data.phones == ["+442079460018"]


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("theme", "5"),
        ("case_reply_days", '"abc"'),
        ("case_reply_days", "true"),
        ("case_reply_days", "0"),
        ("default_currency", "null"),
        ("default_currency", '"euro"'),
        ("phone_region", "[1, 2]"),
        ("phone_region", '"XX"'),
        ("welcomed", '"yes"'),
        ("paper_size", "{}"),
        ("business_name", "42"),
        ("logo_path", "not json at all"),
        ("backups", ""),
    ],
)
def test_a_stored_setting_of_the_wrong_type_falls_back_to_its_default(
    db, services, key: str, stored: str
) -> None:
    from sqlalchemy import text

    with db.transaction() as session:
        session.execute(
            text("UPDATE setting SET value = :v WHERE key = :k"), {"k": key, "v": stored}
        )
    settings = services.settings.load()
    expected = AppSettings("Test Shop", "EUR", "DE")
    if key == "phone_region":
        expected = replace(expected, phone_region=system_phone_region())
    default = getattr(AppSettings(), key) if key != "phone_region" else system_phone_region()
    assert getattr(settings, key) == default
    assert settings == replace(expected, **{key: default})


def test_wrong_types_in_a_remembered_column_mapping_are_ignored(db, services) -> None:
    header = ["Vorname", "Mail"]
    services.settings.save_mapping(header, {"first_name": "Vorname"})
    with db.transaction() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE setting SET value = '[1]' WHERE key LIKE 'import_mapping:%'"))
    assert services.settings.saved_mapping(header) is None


@pytest.mark.parametrize(
    ("lang", "region"),
    [("de_CH.UTF-8", "CH"), ("fr_FR.UTF-8", "FR"), ("C.UTF-8", ""), ("POSIX", ""), ("C", "")],
)
def test_the_default_phone_region_follows_the_system_locale_and_is_none_under_c(
    monkeypatch, lang: str, region: str
) -> None:
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *_a: (None, None))
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert system_phone_region() == region


def test_no_phone_region_can_be_chosen_and_numbers_then_need_their_code(services) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    services.settings.save(AppSettings("", "EUR", ""))
    contact_id = services.contacts.create(
        ContactInput(first_name="Ann", phones=["030 1234567", "+49 30 1234567"])
    ).id
    detail = services.contacts.get(contact_id)
    assert detail.data.phones == ["030 1234567", "+49301234567"]
    assert detail.phones_to_check == ["030 1234567"]
