"""The CSV header sets that address books and CRMs write, mapped to DeskCRM's fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What a column can feed. Several columns sharing a `slot` describe one value: an email
# and its label, the parts of one address, the parts of a birthday.
NAME_FIELDS = (
    "full_name",
    "first_name",
    "middle_name",
    "last_name",
    "name_prefix",
    "name_suffix",
    "nickname",
)
ADDRESS_PARTS = ("street", "extended", "po_box", "city", "region", "postal_code", "country")
KEPT_PARTS = ("unparsed_field", "unparsed_value", "unparsed_reason", "unparsed_origin")
TARGET_FIELDS = (
    *NAME_FIELDS,
    "company",
    "department",
    "title",
    "emails",
    "email_label",
    "phones",
    "phone_label",
    "websites",
    "website_label",
    *ADDRESS_PARTS,
    "address_label",
    "address_formatted",
    "birthday",
    "birth_year",
    "birth_month",
    "birth_day",
    "anniversary",
    "lifecycle",
    "source",
    "source_uid",
    "follow_up_days",
    "notes",
    "tags",
    # DeskCRM's own export: a value kept as written, with why and where it came from.
    *KEPT_PARTS,
)
# Names `--map field=Column` accepts besides TARGET_FIELDS (the fields of older releases).
FIELD_SYNONYMS = {
    "address": "street",
    "state": "region",
    "website": "websites",
    "uid": "source_uid",
}


@dataclass(frozen=True)
class Target:
    """Where one column's cells go: a field, the label its values carry, and the slot that
    groups it with the other columns of the same value (an address's city and street)."""

    field: str
    label: str = ""
    slot: str = ""


@dataclass(frozen=True)
class ColumnMap:
    """Which columns of a file feed which fields; the rest are named as not imported."""

    header: list[str]
    targets: dict[int, Target] = field(default_factory=dict)

    @property
    def not_imported(self) -> list[str]:
        """Every column no field reads, by name. read_csv names each column without a
        header that holds a value ("column 7 (G, e.g. “abc”)"); one still nameless holds
        nothing (a trailing comma in the header), so there is nothing to report."""
        return [name for i, name in enumerate(self.header) if name and i not in self.targets]

    def columns_of(self, field_name: str) -> list[int]:
        return [i for i, t in self.targets.items() if t.field == field_name]

    def fields(self) -> set[str]:
        return {t.field for t in self.targets.values()}


def _address(prefix_words: dict[str, str], label: str, slot: str) -> dict[str, Target]:
    return {header: Target(part, label, slot) for header, part in prefix_words.items()}


def _outlook_address(where: str, label: str) -> dict[str, Target]:
    """Outlook's "Home Street" … "Home Country/Region" set, for Home, Business, Other."""
    slot = f"address {label}"
    parts = {
        f"{where} street": "street",
        f"{where} street 2": "extended",
        f"{where} street 3": "extended",
        f"{where} city": "city",
        f"{where} state": "region",
        f"{where} postal code": "postal_code",
        f"{where} country": "country",
        f"{where} country/region": "country",
        f"{where} address po box": "po_box",
        f"{where} po box": "po_box",
    }
    return _address(parts, label, slot)


def _phone(label: str) -> Target:
    return Target("phones", label, f"phone {label}")


def _email(slot: str) -> Target:
    return Target("emails", "", slot)


def _web(label: str = "") -> Target:
    return Target("websites", label, f"web {label}")


_NAMES: dict[str, Target] = {
    # English: Google (both layouts), Outlook, Windows Contacts, Thunderbird, Yahoo, KDE,
    # LinkedIn, HubSpot, Pipedrive (its "Person - " prefix is dropped before lookup).
    "name": Target("full_name"),
    "full name": Target("full_name"),
    "display name": Target("full_name"),
    "formatted name": Target("full_name"),
    "first name": Target("first_name"),
    "given name": Target("first_name"),
    "firstname": Target("first_name"),
    "first": Target("first_name"),
    "middle name": Target("middle_name"),
    "additional name": Target("middle_name"),
    "additional names": Target("middle_name"),
    "middle": Target("middle_name"),
    "last name": Target("last_name"),
    "family name": Target("last_name"),
    "surname": Target("last_name"),
    "lastname": Target("last_name"),
    "last": Target("last_name"),
    "name prefix": Target("name_prefix"),
    "honorific prefixes": Target("name_prefix"),
    "prefix": Target("name_prefix"),
    "name suffix": Target("name_suffix"),
    "honorific suffixes": Target("name_suffix"),
    "suffix": Target("name_suffix"),
    "nickname": Target("nickname"),
    "nick name": Target("nickname"),
    "company": Target("company"),
    "company name": Target("company"),
    "organization": Target("company"),
    "organisation": Target("company"),
    "organization name": Target("company"),
    "department": Target("department"),
    "organization department": Target("department"),
    "job title": Target("title"),
    "position": Target("title"),
    "organization title": Target("title"),
    "role": Target("title"),
    "emails": _email("emails"),
    "email": _email("email"),
    "e-mail": _email("email"),
    "email address": _email("email"),
    "e-mail address": _email("email"),
    "primary email": _email("email"),
    "secondary email": _email("email 2"),
    "alternate email 1": _email("email 2"),
    "alternate email 2": _email("email 3"),
    "phones": Target("phones", "", "phones"),
    "phone": _phone(""),
    "telephone": _phone(""),
    "phone number": _phone(""),
    "mobile phone number": _phone("mobile"),
    "mobile phone": _phone("mobile"),
    "mobile phone 2": _phone("mobile"),
    "mobile number": _phone("mobile"),
    "mobile": _phone("mobile"),
    "business phone": _phone("work"),
    "business phone 2": _phone("work"),
    "work phone": _phone("work"),
    "work": _phone("work"),
    "home phone": _phone("home"),
    "home phone 2": _phone("home"),
    "home": _phone("home"),
    "other phone": _phone("other"),
    "other": _phone("other"),
    "business fax": _phone("work fax"),
    "home fax": _phone("home fax"),
    "other fax": _phone("other fax"),
    "fax number": _phone("fax"),
    "fax": _phone("fax"),
    "pager": _phone("pager"),
    "pager number": _phone("pager"),
    "assistant's phone": _phone("assistant"),
    "callback": _phone("callback"),
    "car phone": _phone("car"),
    "company main phone": _phone("company main"),
    "isdn": _phone("isdn"),
    "primary phone": _phone("primary"),
    "primary": _phone("primary"),
    "radio phone": _phone("radio"),
    "tty/tdd phone": _phone("tty"),
    "telex": _phone("telex"),
    "yahoo phone": _phone("yahoo"),
    "web page": _web(),
    "webpage": _web(),
    "website": _web(),
    "website url": _web(),
    "websites": _web(),
    "url": _web(),
    "homepage": _web("home"),
    "personal web page": _web("home"),
    "personal website": _web("home"),
    "business web page": _web("work"),
    "business website": _web("work"),
    "blog feed": _web("blog"),
    "profile": _web("profile"),
    "birthday": Target("birthday"),
    "date of birth": Target("birthday"),
    "birth year": Target("birth_year", slot="birthday"),
    "birth month": Target("birth_month", slot="birthday"),
    "birth day": Target("birth_day", slot="birthday"),
    "anniversary": Target("anniversary"),
    "notes": Target("notes"),
    "note": Target("notes"),
    "tags": Target("tags"),
    "group membership": Target("tags"),
    "categories": Target("tags"),
    "category": Target("tags"),
    "labels": Target("tags"),
    "lifecycle": Target("lifecycle"),
    "source": Target("source"),
    "uid": Target("source_uid"),
    "follow-up days": Target("follow_up_days"),
    "follow up days": Target("follow_up_days"),
    "unique identifier": Target("source_uid"),
    "record id": Target("source_uid"),
    "id": Target("source_uid"),
    # Street-level columns of single-address files (DeskCRM's own export, HubSpot …).
    "street": Target("street", "", "address"),
    "street address": Target("street", "", "address"),
    "address": Target("street", "", "address"),
    "city": Target("city", "", "address"),
    "state": Target("region", "", "address"),
    "state/region": Target("region", "", "address"),
    "region": Target("region", "", "address"),
    "postal code": Target("postal_code", "", "address"),
    "zip": Target("postal_code", "", "address"),
    "zip code": Target("postal_code", "", "address"),
    "country": Target("country", "", "address"),
    "country/region": Target("country", "", "address"),
    **_outlook_address("business", "work"),
    **_outlook_address("home", "home"),
    **_outlook_address("other", "other"),
    "other address po box": Target("po_box", "other", "address other"),
    # Thunderbird and Yahoo: "Home Address", "Home Address 2", "Home ZipCode" …
    **{
        f"{where} {suffix}": Target(part, label, f"address {label}")
        for where, label in (("home", "home"), ("work", "work"))
        for suffix, part in (
            ("address", "street"),
            ("address 2", "extended"),
            ("city", "city"),
            ("state", "region"),
            ("zipcode", "postal_code"),
            ("zip", "postal_code"),
            ("country", "country"),
        )
    },
    # KDE's KAddressBook: "Home Address Street", "Business Address Zip Code" …
    **{
        f"{where} address {suffix}": Target(part, label, f"address {label}")
        for where, label in (("home", "home"), ("business", "work"))
        for suffix, part in (
            ("street", "street"),
            ("post office box", "po_box"),
            ("city", "city"),
            ("state", "region"),
            ("zip code", "postal_code"),
            ("country", "country"),
        )
    },
    # German Outlook / Google.
    "anrede": Target("name_prefix"),
    "vorname": Target("first_name"),
    "weitere vornamen": Target("middle_name"),
    "zweiter vorname": Target("middle_name"),
    "nachname": Target("last_name"),
    "namenszusatz": Target("name_suffix"),
    "spitzname": Target("nickname"),
    "firma": Target("company"),
    "abteilung": Target("department"),
    "e-mail-adresse": _email("email"),
    "e-mail 2: adresse": _email("email 2"),
    "e-mail 3: adresse": _email("email 3"),
    "telefon geschäftlich": _phone("work"),
    "telefon geschäftlich 2": _phone("work"),
    "telefon privat": _phone("home"),
    "telefon privat 2": _phone("home"),
    "mobiltelefon": _phone("mobile"),
    "mobiltelefon 2": _phone("mobile"),
    "weiteres telefon": _phone("other"),
    "fax geschäftlich": _phone("work fax"),
    "fax privat": _phone("home fax"),
    "weiteres fax": _phone("other fax"),
    "haupttelefon": _phone("primary"),
    "telefon firma": _phone("company main"),
    "autotelefon": _phone("car"),
    "telefon": _phone(""),
    "geburtstag": Target("birthday"),
    "jahrestag": Target("anniversary"),
    "notizen": Target("notes"),
    "kategorien": Target("tags"),
    "webseite": _web(),
    "webseite geschäftlich": _web("work"),
    "persönliche webseite": _web("home"),
    **_address(
        {
            "straße geschäftlich": "street",
            "straße geschäftlich 2": "extended",
            "straße geschäftlich 3": "extended",
            "ort geschäftlich": "city",
            "region geschäftlich": "region",
            "bundesland geschäftlich": "region",
            "postleitzahl geschäftlich": "postal_code",
            "land geschäftlich": "country",
            "land/region geschäftlich": "country",
        },
        "work",
        "address work",
    ),
    **_address(
        {
            "straße privat": "street",
            "straße privat 2": "extended",
            "straße privat 3": "extended",
            "ort privat": "city",
            "region privat": "region",
            "bundesland privat": "region",
            "postleitzahl privat": "postal_code",
            "land privat": "country",
            "land/region privat": "country",
        },
        "home",
        "address home",
    ),
    **_address(
        {
            "weitere straße": "street",
            "weiterer ort": "city",
            "weitere region": "region",
            "weitere postleitzahl": "postal_code",
            "weiteres/r land/region": "country",
            "weiteres land": "country",
        },
        "other",
        "address other",
    ),
    "straße": Target("street", "", "address"),
    "ort": Target("city", "", "address"),
    "stadt": Target("city", "", "address"),
    "plz": Target("postal_code", "", "address"),
    "postleitzahl": Target("postal_code", "", "address"),
    "land": Target("country", "", "address"),
    # French Outlook.
    "prénom": Target("first_name"),
    "deuxième prénom": Target("middle_name"),
    "nom": Target("last_name"),
    "suffixe": Target("name_suffix"),
    "surnom": Target("nickname"),
    "société": Target("company"),
    "service": Target("department"),
    "fonction": Target("title"),
    "adresse de messagerie": _email("email"),
    "adresse de messagerie 2": _email("email 2"),
    "adresse de messagerie 3": _email("email 3"),
    "adresse e-mail": _email("email"),
    "téléphone (bureau)": _phone("work"),
    "téléphone 2 (bureau)": _phone("work"),
    "téléphone (domicile)": _phone("home"),
    "téléphone 2 (domicile)": _phone("home"),
    "téléphone (autre)": _phone("other"),
    "tél. mobile": _phone("mobile"),
    "téléphone mobile": _phone("mobile"),
    "télécopie (bureau)": _phone("work fax"),
    "télécopie (domicile)": _phone("home fax"),
    "télécopie (autre)": _phone("other fax"),
    "téléphone principal": _phone("primary"),
    "téléphone société": _phone("company main"),
    "téléphone (voiture)": _phone("car"),
    "récepteur de radiomessagerie": _phone("pager"),
    "anniversaire": Target("birthday"),  # French "anniversaire" is a birthday
    "anniversaire de mariage": Target("anniversary"),
    "catégories": Target("tags"),
    "page web": _web(),
    **_address(
        {
            "rue (bureau)": "street",
            "rue (bureau) 2": "extended",
            "rue (bureau) 3": "extended",
            "ville (bureau)": "city",
            "dép/région (bureau)": "region",
            "code postal (bureau)": "postal_code",
            "pays/région (bureau)": "country",
        },
        "work",
        "address work",
    ),
    **_address(
        {
            "rue (domicile)": "street",
            "rue (domicile) 2": "extended",
            "rue (domicile) 3": "extended",
            "ville (domicile)": "city",
            "dép/région (domicile)": "region",
            "code postal (domicile)": "postal_code",
            "pays/région (domicile)": "country",
        },
        "home",
        "address home",
    ),
    **_address(
        {
            "rue (autre)": "street",
            "ville (autre)": "city",
            "dép/région (autre)": "region",
            "code postal (autre)": "postal_code",
            "pays/région (autre)": "country",
        },
        "other",
        "address other",
    ),
    # Spanish Outlook.
    "tratamiento": Target("name_prefix"),
    "nombre": Target("first_name"),
    "segundo nombre": Target("middle_name"),
    "apellidos": Target("last_name"),
    "apellido": Target("last_name"),
    "sufijo": Target("name_suffix"),
    "sobrenombre": Target("nickname"),
    "apodo": Target("nickname"),
    "compañía": Target("company"),
    "organización": Target("company"),
    "empresa": Target("company"),
    "departamento": Target("department"),
    "puesto": Target("title"),
    "cargo": Target("title"),
    "correo electrónico": _email("email"),
    "dirección de correo electrónico": _email("email"),
    "dirección de correo electrónico 2": _email("email 2"),
    "dirección de correo electrónico 3": _email("email 3"),
    "teléfono del trabajo": _phone("work"),
    "teléfono del trabajo 2": _phone("work"),
    "teléfono particular": _phone("home"),
    "teléfono particular 2": _phone("home"),
    "teléfono móvil": _phone("mobile"),
    "móvil": _phone("mobile"),
    "otro teléfono": _phone("other"),
    "fax del trabajo": _phone("work fax"),
    "fax particular": _phone("home fax"),
    "localizador": _phone("pager"),
    "teléfono principal": _phone("primary"),
    "cumpleaños": Target("birthday"),
    "aniversario": Target("anniversary"),
    "notas": Target("notes"),
    "categorías": Target("tags"),
    "página web": _web(),
    **_address(
        {
            "calle del trabajo": "street",
            "calle del trabajo 2": "extended",
            "calle del trabajo 3": "extended",
            "ciudad de trabajo": "city",
            "provincia o estado de trabajo": "region",
            "código postal del trabajo": "postal_code",
            "país o región del trabajo": "country",
        },
        "work",
        "address work",
    ),
    **_address(
        {
            "calle del domicilio": "street",
            "calle del domicilio 2": "extended",
            "calle del domicilio 3": "extended",
            "ciudad de residencia": "city",
            "provincia o estado de residencia": "region",
            "código postal de residencia": "postal_code",
            "país o región de residencia": "country",
        },
        "home",
        "address home",
    ),
    # Dutch Outlook.
    "aanhef": Target("name_prefix"),
    "voornaam": Target("first_name"),
    "middelste naam": Target("middle_name"),
    "tweede voornaam": Target("middle_name"),
    "achternaam": Target("last_name"),
    "achtervoegsel": Target("name_suffix"),
    "bijnaam": Target("nickname"),
    "bedrijf": Target("company"),
    "afdeling": Target("department"),
    "functie": Target("title"),
    "e-mailadres": _email("email"),
    "e-mailadres 2": _email("email 2"),
    "e-mailadres 3": _email("email 3"),
    "telefoon op werk": _phone("work"),
    "telefoon op werk 2": _phone("work"),
    "telefoon thuis": _phone("home"),
    "telefoon thuis 2": _phone("home"),
    "mobiele telefoon": _phone("mobile"),
    "andere telefoon": _phone("other"),
    "fax op werk": _phone("work fax"),
    "fax thuis": _phone("home fax"),
    "pieper": _phone("pager"),
    "hoofdtelefoon": _phone("primary"),
    "verjaardag": Target("birthday"),
    "jubileum": Target("anniversary"),
    "notities": Target("notes"),
    "categorieën": Target("tags"),
    "webpagina": _web(),
    **_address(
        {
            "werkadres, straat": "street",
            "werkadres straat": "street",
            "werkadres, plaats": "city",
            "werkadres plaats": "city",
            "werkadres, provincie": "region",
            "werkadres provincie": "region",
            "werkadres, postcode": "postal_code",
            "werkadres postcode": "postal_code",
            "werkadres, land/regio": "country",
            "werkadres land": "country",
        },
        "work",
        "address work",
    ),
    **_address(
        {
            "huisadres, straat": "street",
            "huisadres straat": "street",
            "huisadres, plaats": "city",
            "huisadres plaats": "city",
            "huisadres, provincie": "region",
            "huisadres provincie": "region",
            "huisadres, postcode": "postal_code",
            "huisadres postcode": "postal_code",
            "huisadres, land/regio": "country",
            "huisadres land": "country",
        },
        "home",
        "address home",
    ),
    # Italian Outlook.
    "nome": Target("first_name"),
    "secondo nome": Target("middle_name"),
    "cognome": Target("last_name"),
    "suffisso": Target("name_suffix"),
    "soprannome": Target("nickname"),
    "società": Target("company"),
    "reparto": Target("department"),
    "posizione": Target("title"),
    "indirizzo posta elettronica": _email("email"),
    "indirizzo posta elettronica 2": _email("email 2"),
    "indirizzo posta elettronica 3": _email("email 3"),
    "indirizzo e-mail": _email("email"),
    "ufficio": _phone("work"),
    "telefono (uff.)": _phone("work"),
    "telefono ufficio": _phone("work"),
    "abitazione": _phone("home"),
    "telefono (ab.)": _phone("home"),
    "telefono abitazione": _phone("home"),
    "cellulare": _phone("mobile"),
    "altro telefono": _phone("other"),
    "fax (uff.)": _phone("work fax"),
    "fax ufficio": _phone("work fax"),
    "fax (ab.)": _phone("home fax"),
    "fax abitazione": _phone("home fax"),
    "cercapersone": _phone("pager"),
    "compleanno": Target("birthday"),
    "anniversario": Target("anniversary"),
    "categorie": Target("tags"),
    "pagina web": _web(),
    **_address(
        {
            "via (uff.)": "street",
            "via ufficio": "street",
            "città (uff.)": "city",
            "città ufficio": "city",
            "provincia (uff.)": "region",
            "provincia ufficio": "region",
            "cap (uff.)": "postal_code",
            "cap ufficio": "postal_code",
            "paese (uff.)": "country",
            "paese/area geografica (uff.)": "country",
        },
        "work",
        "address work",
    ),
    **_address(
        {
            "via (ab.)": "street",
            "via abitazione": "street",
            "città (ab.)": "city",
            "città abitazione": "city",
            "provincia (ab.)": "region",
            "provincia abitazione": "region",
            "cap (ab.)": "postal_code",
            "cap abitazione": "postal_code",
            "paese (ab.)": "country",
            "paese/area geografica (ab.)": "country",
        },
        "home",
        "address home",
    ),
}

# A "title" column is a name prefix (Mr., Dr.) when the file has a separate job-title
# column, as Outlook's export has; otherwise it is the job title (Yahoo, DeskCRM).
_TITLE_WORDS = ("title", "titre", "titolo", "titel")
_JOB_TITLE_FIELDS = {"title"}

# Google's numbered columns: "E-mail 3 - Value", "Phone 2 - Type", "Address 1 - City",
# "Website 1 - Label", "Organization 1 - Name".
_NUMBERED = re.compile(
    r"^(e-mail|email|phone|address|website|organization|organisation|unparsed) (\d+) - (.+)$"
)
_ADDRESS_PART = {
    "street": "street",
    "extended address": "extended",
    "po box": "po_box",
    "city": "city",
    "region": "region",
    "postal code": "postal_code",
    "country": "country",
    "formatted": "address_formatted",
    "type": "address_label",
    "label": "address_label",
}
# Outlook's "E-mail 2 Address"; Thunderbird's "Web Page 3".
_EMAIL_N = re.compile(r"^e-mail (\d+) address$")
_WEB_N = re.compile(r"^web page (\d+)$")
# "Email (work)", "Phone (iPhone)", "URL (home)" as Apple-contacts exporters write them;
# Pipedrive's "Email - Work", "Phone - Mobile".
_LABELLED = re.compile(r"^(e-?mail|phone|url|website)\s*(?:\((.+)\)| - (.+))$")
_WHITESPACE = re.compile(r"\s+")


def normalise_header(name: str) -> str:
    """Lower case, single spaces, straight apostrophes, no "Person - " prefix (Pipedrive)."""
    text = _WHITESPACE.sub(" ", name.replace("\u2019", "'").replace("\ufeff", "")).strip().lower()
    for prefix in ("person - ", "contact - "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text


def _numbered(kind: str, number: str, part: str) -> Target | None:
    slot = f"{kind} {number}"
    if kind in ("e-mail", "email"):
        return {
            "value": Target("emails", "", slot),
            "type": Target("email_label", "", slot),
            "label": Target("email_label", "", slot),
        }.get(part)
    if kind == "phone":
        return {
            "value": Target("phones", "", slot),
            "type": Target("phone_label", "", slot),
            "label": Target("phone_label", "", slot),
        }.get(part)
    if kind == "website":
        return {
            "value": Target("websites", "", slot),
            "type": Target("website_label", "", slot),
            "label": Target("website_label", "", slot),
        }.get(part)
    if kind == "address":
        found = _ADDRESS_PART.get(part)
        return Target(found, "", slot) if found else None
    if kind == "unparsed":  # DeskCRM's "Unparsed N - Field/Value/Reason/Origin"
        kept = f"unparsed_{part}"
        return Target(kept, "", slot) if kept in KEPT_PARTS else None
    # Organization N: only the first is a contact's company.
    if number != "1":
        return None
    return {
        "name": Target("company"),
        "title": Target("title"),
        "department": Target("department"),
    }.get(part)


def recognise(name: str) -> Target | None:
    """The field a column of this name feeds, if any producer's header set knows it."""
    text = normalise_header(name)
    if not text:
        return None
    known = _NAMES.get(text)
    if known is not None:
        return known
    if match := _NUMBERED.match(text):
        return _numbered(*match.groups())
    if match := _EMAIL_N.match(text):
        return _email(f"email {match.group(1)}")
    if match := _WEB_N.match(text):
        return Target("websites", "", f"web {match.group(1)}")
    if match := _LABELLED.match(text):
        kind, label = match.group(1), (match.group(2) or match.group(3)).strip()
        if kind.startswith("e"):
            return Target("emails", label, f"email {label}")
        if kind == "phone":
            return _phone(label)
        return _web(label)
    return None


def map_header(header: list[str]) -> ColumnMap:
    """Every column a known producer's header set names, mapped to its field."""
    targets: dict[int, Target] = {}
    for i, name in enumerate(header):
        target = recognise(name)
        if target is not None:
            targets[i] = target
    has_job_title = any(t.field in _JOB_TITLE_FIELDS for t in targets.values())
    for i, name in enumerate(header):
        if normalise_header(name) in _TITLE_WORDS:
            targets[i] = Target("name_prefix") if has_job_title else Target("title")
    return ColumnMap(list(header), targets)


def with_overrides(columns: ColumnMap, overrides: dict[str, str]) -> ColumnMap:
    """`columns` with `field=Column` choices applied: the column feeds that field alone,
    and no other column feeds it. A choice the header set already made changes nothing
    (the import step passes every field it shows: Google's second and third e-mail stay
    e-mails). Raises KeyError/LookupError naming what is wrong."""
    targets = dict(columns.targets)
    lowered = [h.lower() for h in columns.header]
    for name, column in overrides.items():
        target_field = FIELD_SYNONYMS.get(name, name)
        if target_field not in TARGET_FIELDS:
            raise KeyError(name)
        if column.lower() not in lowered:
            raise LookupError(column)
        index = lowered.index(column.lower())
        if index in targets and targets[index].field == target_field:
            continue
        for i in [i for i, t in targets.items() if t.field == target_field]:
            del targets[i]
        slot = "address" if target_field in ADDRESS_PARTS else target_field
        targets[index] = Target(target_field, "", slot)
    return ColumnMap(columns.header, targets)


# Labels as address books write them ("* Home", "Mobile", "HOME_FAX") -> DeskCRM's words;
# anything else (a custom label the user typed) is kept as written.
_LABEL_WORDS = {
    "home": "home",
    "work": "work",
    "other": "other",
    "mobile": "mobile",
    "cell": "mobile",
    "main": "main",
    "pager": "pager",
    "fax": "fax",
    "home fax": "home fax",
    "home_fax": "home fax",
    "work fax": "work fax",
    "work_fax": "work fax",
    "business fax": "work fax",
    "other fax": "other fax",
    "business": "work",
    "personal": "home",
    "iphone": "iphone",
    "google voice": "google voice",
    "assistant": "assistant",
    "callback": "callback",
    "car": "car",
    "isdn": "isdn",
    "radio": "radio",
    "telex": "telex",
    "tty": "tty",
    "primary": "primary",
    "company main": "company main",
    "profile": "profile",
    "blog": "blog",
    "home page": "home page",
    "homepage": "home page",
}


def normalise_label(text: str) -> str:
    """A label as DeskCRM stores it: the known words lower-cased, "* " (Google's mark of
    the primary value) dropped, a custom label kept as written."""
    label = text.strip()
    if label.startswith("* "):
        label = label[2:].strip()
    return _LABEL_WORDS.get(label.lower(), label)


def display_name_unless_parts(
    whole: str, prefix: str, first: str, middle: str, last: str, suffix: str
) -> str:
    """The whole name a file gives (vCard FN, a "Display Name" column) when it says more
    than the name parts joined in Western order ("名無しの権兵衛" for 名無し/権兵衛,
    "Ann Lee (Berlin)"); "" when it is just them, with or without middle name, prefix and
    suffix."""
    if not whole:
        return ""
    plain = " ".join(whole.split())
    for parts in (
        (prefix, first, middle, last, suffix),
        (first, middle, last),
        (first, last),
    ):
        if plain == " ".join(part for part in parts if part):
            return ""
    return whole.strip()[:400]


def joined_label(labels: str, label: str) -> str:
    """The labels of one number written under several (mobile, work, work fax: one phone
    with the labels "mobile, work, work fax"): `label` added to `labels` once."""
    if not label or label in labels.split(", "):
        return labels
    return f"{labels}, {label}" if labels else label
