"""The CSV header sets that address books and CRMs write, mapped to DeskCRM's fields.

The header tables are in csv_headers_english and csv_headers_localised, the fields and
targets in csv_fields; here a header is recognised (the tables, Google's numbered
columns, labelled ones), a file's header mapped and overridden, and labels and whole
names normalised."""

from __future__ import annotations

import re

from deskcrm.services.import_export.csv_fields import (
    ADDRESS_PARTS,
    FIELD_SYNONYMS,
    KEPT_PARTS,
    NAME_FIELDS,
    TARGET_FIELDS,
    ColumnMap,
    Target,
    email_target,
    phone_target,
    web_target,
)
from deskcrm.services.import_export.csv_headers_english import ENGLISH_HEADERS
from deskcrm.services.import_export.csv_headers_localised import LOCALISED_HEADERS

# The public names of CSV header recognition, wherever they are defined: callers import
# them from here.
__all__ = [
    "ADDRESS_PARTS",
    "FIELD_SYNONYMS",
    "KEPT_PARTS",
    "NAME_FIELDS",
    "TARGET_FIELDS",
    "ColumnMap",
    "Target",
    "display_name_unless_parts",
    "joined_label",
    "map_header",
    "normalise_header",
    "normalise_label",
    "recognise",
    "with_overrides",
]

# Every producer's header set; a later table's entry wins over an earlier one's.
_NAMES: dict[str, Target] = {**ENGLISH_HEADERS, **LOCALISED_HEADERS}

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
        return email_target(f"email {match.group(1)}")
    if match := _WEB_N.match(text):
        return Target("websites", "", f"web {match.group(1)}")
    if match := _LABELLED.match(text):
        kind, label = match.group(1), (match.group(2) or match.group(3)).strip()
        if kind.startswith("e"):
            return Target("emails", label, f"email {label}")
        if kind == "phone":
            return phone_target(label)
        return web_target(label)
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
