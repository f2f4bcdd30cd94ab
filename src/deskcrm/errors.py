"""Errors a user can cause; each carries a message fit to show as it is."""


class DeskCrmError(Exception):
    """Base of every error whose message is meant for the user."""


class DatabaseOpenError(DeskCrmError):
    """The database file is missing, unreadable, not SQLite, or not DeskCRM's."""

    # Whether restoring a backup over the file could be the answer. False where the file
    # itself is fine (read-only, in use, from a newer version): offering a restore there
    # would replace good data with older data.
    backup_may_help = True


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer DeskCRM than this one."""

    backup_may_help = False


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The file (or its folder) cannot be written; its contents are fine."""

    backup_may_help = False


class NotFoundError(DeskCrmError):
    """A record the user referred to does not exist (or is in the trash)."""


class ValidationError(DeskCrmError):
    """One or more fields the user typed are not acceptable.

    `errors` maps a field name to the message to show next to that field.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class EditConflictError(DeskCrmError):
    """A record was changed by someone else (another window, a colleague on the same
    server, the CLI) after the form saving it was opened: saving would overwrite that.

    `version` is the record's version now; saving again with it overwrites knowingly.
    """

    def __init__(self, record_id: int, version: int) -> None:
        self.record_id = record_id
        self.version = version
        super().__init__(
            f"Record {record_id} was changed by someone else after it was opened; nothing was saved"
        )


class CancelledError(DeskCrmError):
    """The user cancelled long work (a report, an import, a backup)."""


class StorageError(DeskCrmError):
    """The database could not be written (disk full, read-only, locked); nothing was saved."""
