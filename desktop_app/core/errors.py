"""Errors the core raises for conditions a user can act on.

Anything derived from :class:`LibraryError` is a *known* condition: the CLI prints
its message on one line and the GUI shows it in a dialog. Any other exception is
a bug.
"""

from __future__ import annotations


class LibraryError(Exception):
    """A user-facing error: the message says what is wrong and where."""


class LibraryOpenError(LibraryError):
    """The file is not a library, is from a newer version, or cannot be read."""


class ReadOnlyLibraryError(LibraryError):
    """A write was attempted on a library file that is read-only."""


class ValidationError(LibraryError):
    """Input to the catalogue service is invalid; ``problems`` lists each field."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        text = "; ".join(f"{field}: {msg}" for field, msg in self.problems.items())
        super().__init__(f"invalid resource: {text}")


class ConflictError(LibraryError):
    """Someone else changed the resource since it was read (optimistic locking)."""

    def __init__(self, resource_id: int, expected: int, actual: int) -> None:
        self.resource_id = resource_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"resource {resource_id} was changed elsewhere (version {actual}, "
            f"you edited version {expected}); reload it and try again"
        )


class NotFoundError(LibraryError):
    """No resource (or term) with that id."""


class ImportFormatError(LibraryError):
    """An import file is malformed; the message names the file and line."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path
        if line is not None:
            where = f"{path}, line {line}" if path else f"line {line}"
        super().__init__(f"{where}: {message}" if where else message)
