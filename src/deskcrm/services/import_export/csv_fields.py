"""The fields a CSV column can feed, where one column's cells go (Target), which columns
of a file feed which fields (ColumnMap), and the builders of targets the producers'
header tables (csv_headers_english, csv_headers_localised) are written with."""

from __future__ import annotations

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


def address_targets(prefix_words: dict[str, str], label: str, slot: str) -> dict[str, Target]:
    """Headers mapped to address parts, all of one address (`label`, `slot`)."""
    return {header: Target(part, label, slot) for header, part in prefix_words.items()}


def phone_target(label: str) -> Target:
    """A phone number column; numbers of one label share a slot."""
    return Target("phones", label, f"phone {label}")


def email_target(slot: str) -> Target:
    """An e-mail address column, in `slot` with its label column if any."""
    return Target("emails", "", slot)


def web_target(label: str = "") -> Target:
    """A web address column; addresses of one label share a slot."""
    return Target("websites", label, f"web {label}")
