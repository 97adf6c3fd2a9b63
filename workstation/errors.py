"""Errors that carry a message meant for the person at the desk.

The message never contains a sensitive value (a name, a number, a note): callers
put identifiers in `detail` for the log only when those are not sensitive either.
"""


class WorkstationError(Exception):
    """Base for every error whose message may be shown as it is."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class DatabaseError(WorkstationError):
    """The desk database is missing, damaged, locked or from another version."""

    exit_code = 3


class DataFolderError(WorkstationError):
    """The data folder cannot be created or written."""

    exit_code = 4


class ValidationError(WorkstationError):
    """A value a person typed is not acceptable; `field` names where to show it."""

    exit_code = 2

    def __init__(self, field: str, message: str, *, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.field = field


class CryptoError(WorkstationError):
    """A value could not be decrypted or a key could not be unlocked."""

    exit_code = 5
