"""What the import step shows before anything is written (preview_csv): a file's first
records, the columns DeskCRM recognised and those it will not import; and which columns
feed which field once the user has chosen (map_columns)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deskcrm.services.import_export import vcard_reader
from deskcrm.services.import_export.csv_producers import (
    FIELD_SYNONYMS,
    KEPT_PARTS,
    NAME_FIELDS,
    TARGET_FIELDS,
    ColumnMap,
    map_header,
    with_overrides,
)
from deskcrm.services.import_export.import_files import (
    ImportFileError,
    is_vcard,
    read_csv,
    read_import_file,
)

# The fields `--map field=Column` (and the import step's choices) can name.
FIELDS = tuple(name for name in TARGET_FIELDS if name not in KEPT_PARTS)
# A file needs at least one of these read to hold people or companies.
_IDENTIFYING = frozenset((*NAME_FIELDS, "company", "emails", "phones"))
# What the import step shows for a vCard file (its cards have no columns to map).
VCARD_PREVIEW_HEADER = ["Name", "Organization", "E-mail", "Phone", "City"]


def map_columns(path: Path, header: list[str], overrides: dict[str, str]) -> ColumnMap:
    """Which columns feed which field: every producer's header set DeskCRM knows, then the
    user's `field=Column` choices. A file with nothing that names a person or company
    cannot be read as contacts."""
    columns = map_header(header)
    for name, column in overrides.items():
        try:
            columns = with_overrides(columns, {name: column})
        except KeyError:
            raise ImportFileError(
                f"--map {name}=…: not a field; use one of {', '.join(FIELDS)}"
            ) from None
        except LookupError:
            raise ImportFileError(f"{path}: no column named “{column}” (for {name})") from None
    if not (_IDENTIFYING & columns.fields()):
        raise ImportFileError(
            f"{path}: no name or email column recognised in “{', '.join(header)}”;"
            " map them, e.g. --map first_name=Vorname --map emails=Mail"
        )
    return columns


@dataclass(frozen=True)
class ImportPreview:
    header: list[str]
    sample: list[list[str]]
    rows: int
    encoding: str
    delimiter: str
    mapping: dict[str, str]  # field -> column name, as recognised
    not_imported: list[str] = field(default_factory=list)  # columns no field reads


def preview_csv(path: Path, sample_rows: int = 8) -> ImportPreview:
    """What the import step shows before anything is written: the first rows, the columns
    DeskCRM recognised (the user can change the mapping) and those it will not import."""
    path = Path(path)
    if is_vcard(path):
        return _preview_vcards(path, sample_rows)
    header, rows, encoding, delimiter = read_csv(path)
    columns = map_header(header)
    mapping: dict[str, str] = {}
    for index, target in sorted(columns.targets.items()):
        mapping.setdefault(target.field, header[index])
    # The import step names fields as --map does ("address" is the street).
    for synonym, name in FIELD_SYNONYMS.items():
        if name in mapping:
            mapping.setdefault(synonym, mapping[name])
    sample = [cells for _line, cells in rows[:sample_rows]]
    return ImportPreview(
        header, sample, len(rows), encoding, delimiter, mapping, columns.not_imported
    )


def _preview_vcards(path: Path, sample_rows: int) -> ImportPreview:
    read = vcard_reader.read_vcards(read_import_file(path), path.name)
    sample = []
    for card in read.cards[:sample_rows]:
        city = next((a.city for a in card.addresses if a.city), "")
        sample.append(
            [
                card.display_name,
                card.organization,
                card.emails[0].value if card.emails else "",
                card.phones[0].value if card.phones else "",
                city,
            ]
        )
    return ImportPreview(
        VCARD_PREVIEW_HEADER,
        sample,
        len(read.cards),
        read.encoding,
        "vCard",
        {},
        read.not_kept_names(),
    )
