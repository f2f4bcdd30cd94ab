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


class CancelledError(DeskCrmError):
    """The user cancelled long work (a report, an import, a backup)."""


class StorageError(DeskCrmError):
    """The database could not be written (disk full, read-only, locked); nothing was saved."""
