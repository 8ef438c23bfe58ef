"""How the CLI reports what went wrong: one line on stderr, never a traceback.

A known error (LibraryError, OSError) is one line naming what is wrong and where.
The password of a server's URL (``--library postgresql+psycopg://user:pw@host/db``)
never appears in a message or the log: :func:`keep_secret` notes it for
:func:`hide_secrets`, which every line and log entry goes through.
An unexpected one is one line too, naming the log file (``librarian.log`` in the
user data folder) that holds its full report; ``--debug`` prints the report on
stderr instead. Warnings the core logs while a command runs are one line each
on stderr, their details (a traceback, if any) in the same log.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

LOG_NAME = "librarian.log"
MAX_LOG_BYTES = 1_000_000
# passwords of the server URLs this command was given: never printed, never logged
_secrets: set[str] = set()


def keep_secret(command: Sequence[str]) -> None:
    """Note the passwords in ``command``'s server URLs, in $LIBRARIAN_LIBRARY and in
    $PGPASSWORD, so that :func:`hide_secrets` takes them out of every message."""
    from desktop_app.core.library.paths import ENV_LIBRARY, is_server_url

    for value in (*command, os.environ.get(ENV_LIBRARY, "")):
        if not is_server_url(value):
            continue
        try:
            password = urlsplit(value.strip()).password
        except ValueError:
            continue
        if password:
            _secrets.update({password, unquote(password)})
    if os.environ.get("PGPASSWORD"):
        _secrets.add(os.environ["PGPASSWORD"])


def hide_secrets(text: str) -> str:
    """``text`` with every password :func:`keep_secret` noted replaced by ``***``."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def one_line(text: str) -> str:
    """A message on one line (an error's own line breaks become "; "), passwords hidden."""
    text = hide_secrets(text)
    return "; ".join(part.strip() for part in text.splitlines() if part.strip()) or "failed"


def describe_os_error(exc: OSError) -> str:
    """An operating system error as "FILE: reason" (no errno numbers, no traceback)."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return one_line(f"{exc.filename}: {reason}" if exc.filename is not None else reason)


def log_path() -> Path:
    """The CLI's log, in the user data folder beside the user's own library."""
    from desktop_app.core.library.paths import user_library_path

    return user_library_path().parent / LOG_NAME


def append_log(text: str) -> Path:
    """Add ``text`` to the log (the previous log kept as .1 past 1 MB); OSError if it cannot."""
    target = log_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.stat().st_size > MAX_LOG_BYTES:
        os.replace(target, target.with_name(target.name + ".1"))
    text = hide_secrets(text)
    with target.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {text}")
        if not text.endswith("\n"):
            fh.write("\n")
    return target


def report_unexpected(exc: BaseException, command: list[str], *, debug: bool) -> int:
    """An unexpected error: its report to the log (stderr with --debug), one line to the user."""
    report = "".join(traceback.format_exception(exc))
    what = one_line(f"{type(exc).__name__}: {exc}")
    if debug:
        print(hide_secrets(report), end="", file=sys.stderr)
        print(f"librarian: unexpected error: {what}", file=sys.stderr)
        return 1
    try:
        target = append_log(f"librarian {' '.join(command)}\n{report}")
        hint = f"the details are in {target}"
    except OSError as log_exc:
        why = describe_os_error(log_exc)
        hint = f"the details could not be logged ({why}); run again with --debug"
    print(f"librarian: unexpected error: {what} ({hint})", file=sys.stderr)
    return 1


class _OneLine(logging.Handler):
    """A warning from the core: one line on stderr, its details (if any) in the log."""

    def __init__(self, debug: bool) -> None:
        super().__init__(logging.WARNING)
        self.debug = debug

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = one_line(record.getMessage())
            if self.debug:
                print(hide_secrets(logging.Formatter().format(record)), file=sys.stderr)
                return
            if record.exc_info:
                try:
                    target = append_log(logging.Formatter().format(record))
                    message += f" (details in {target})"
                except OSError:
                    message += " (run again with --debug for the details)"
            print(f"librarian: {record.levelname.lower()}: {message}", file=sys.stderr)
        except Exception:  # a report about a report must never break the command
            pass


@contextmanager
def cli_logging(*, debug: bool) -> Iterator[None]:
    """For one command: the package's log records go through _OneLine (nothing else changes)."""
    logger = logging.getLogger("desktop_app")
    handler = _OneLine(debug)
    logger.addHandler(handler)
    propagate = logger.propagate
    logger.propagate = False  # no second copy through Python's last-resort handler
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
