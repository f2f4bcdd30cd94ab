"""Settings kept in the database."""

import pytest

from deskcrm.errors import ValidationError
from deskcrm.services.settings import AppSettings


def test_settings_round_trip_and_are_normalised(services) -> None:
    services.settings.save(AppSettings(" Kaffee Verde ", "usd", "gb"))
    assert services.settings.load() == AppSettings("Kaffee Verde", "USD", "GB")


def test_bad_settings_name_each_field(services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.save(AppSettings("x", "euro", "XX"))
    assert set(caught.value.errors) == {"default_currency", "phone_region"}


def test_the_phone_region_setting_decides_how_local_numbers_are_read(services) -> None:
    from deskcrm.services.contacts import ContactInput

    services.settings.save(AppSettings("", "GBP", "GB"))
    contact_id = services.contacts.create(ContactInput(first_name="Ann", phones=["020 7946 0018"]))
    assert services.contacts.get(contact_id).data.phones == ["+442079460018"]
