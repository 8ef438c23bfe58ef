"""The curator password (a salted, memory-hard scrypt hash) and the library's settings.

The password is never stored in settings or logs. The hash keeps its scrypt
parameters beside it, so stronger parameters can come in later: a hash made with
weaker ones is replaced by a new one the next time the right password is given.
Wrong attempts are counted in the library and each one doubles the wait before
the next attempt is accepted (up to a minute), so guessing is slow from the GUI
and the CLI alike.

The first password is set by whoever installs the app, with ``librarian
password``; the GUI never offers to choose one (:func:`no_password_message` says
what it shows instead). Curator mode is a :class:`CuratorKey` from
:func:`unlock`; changing a library setting needs one once a password exists.
Every default of a library setting lives here (:data:`SETTING_DEFAULTS`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import time
from typing import TYPE_CHECKING

from desktop_app.core.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.core.library.db import Library

KEY = "curator_password"
FAILS = "curator_failures"
# scrypt at current guidance (OWASP: N=2^17, r=8, p=1; 128 MiB, ~0.3 s)
N, R, P = 2**17, 8, 1
# the largest parameters accepted from a stored hash (a tampered one must not eat the memory)
MAX_SCRYPT_MEMORY = 512 * 1024 * 1024
MAX_DELAY = 60.0
MIN_LENGTH = 6
ENV_PASSWORD = "LIBRARIAN_PASSWORD"

HIDE_STAFF = "hide_staff_in_reader_mode"
RELOCK = "curator_relock_minutes"
# The one place the library settings' defaults live: staff-only resources are hidden
# from readers unless a curator chose to show them.
SETTING_DEFAULTS = {HIDE_STAFF: "1", RELOCK: "10"}
_PRIVATE = {KEY, FAILS}


class AuthError(LibraryError):
    """Wrong or missing curator password."""


def _scrypt_memory(n: int, r: int, p: int) -> int:
    """Bytes scrypt needs for these parameters (as OpenSSL counts them)."""
    return 128 * r * (n + 2) + 128 * r * p


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        # OpenSSL refuses above maxmem (Python's default is 32 MiB): say what is needed
        maxmem=_scrypt_memory(n, r, p) + 1024 * 1024,
        dklen=32,
    )


def _encode(password: str) -> str:
    salt = os.urandom(16)
    digest = _hash(password, salt, N, R, P)  # today's parameters (read when called)
    return "$".join(
        [
            "scrypt",
            str(N),
            str(R),
            str(P),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def _decode(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """The parameters, salt and digest of a stored hash; ValueError when damaged."""
    scheme, n, r, p, salt, digest = stored.split("$")
    params = int(n), int(r), int(p)
    if scheme != "scrypt" or params[0] < 2 or min(params) < 1 or params[0] & (params[0] - 1):
        raise ValueError("not an scrypt hash")
    if _scrypt_memory(*params) > MAX_SCRYPT_MEMORY or params[2] > 16:
        raise ValueError("scrypt parameters out of range")
    return (
        *params,
        base64.b64decode(salt, validate=True),
        base64.b64decode(digest, validate=True),
    )


def _get(library: Library, key: str) -> str | None:
    from desktop_app.core.library.models import Setting  # with the library, not before

    with library.read() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def has_password(library: Library) -> bool:
    """Whether a curator password has been set for this library."""
    return bool(_get(library, KEY))


def no_password_message(library: Library) -> str:
    """What to tell someone asking for curator mode on a library with no password yet."""
    return (
        "No curator password has been set for this library, so it can only be read. "
        "Whoever installed the app sets one from a terminal with: librarian password "
        f'--library "{library.location}" (see the README, "Command line").'
    )


def set_password(library: Library, new: str, *, current: str | None = None) -> None:
    """Set (the first one) or change the curator password.

    Changing needs the current password. The first password is for whoever
    installs the app (``librarian password``); the GUI does not offer it.
    """
    from desktop_app.core.library.models import Setting  # with the library, not before

    if has_password(library) and (current is None or not verify(library, current)):
        raise AuthError("the current curator password is wrong")
    if len(new) < MIN_LENGTH:
        raise AuthError(f"the password must have at least {MIN_LENGTH} characters")
    encoded = _encode(new)
    with library.write() as s:
        s.merge(Setting(key=KEY, value=encoded))
        s.merge(Setting(key=FAILS, value="0:0"))


def wait_seconds(library: Library) -> float:
    """How long until another attempt is accepted (0 when one may try now)."""
    count, last = _failures(library)
    if count == 0:
        return 0.0
    delay = min(MAX_DELAY, 2.0 ** (count - 1) * 0.5)
    return max(0.0, last + delay - time.time())


def _failures(library: Library) -> tuple[int, float]:
    raw = _get(library, FAILS) or "0:0"
    try:
        count, last = raw.split(":")
        return int(count), float(last)
    except ValueError:
        return 0, 0.0


def verify(library: Library, password: str) -> bool:
    """Check a password; wrong ones are counted and slow the next attempt down.

    A right password whose stored hash was made with weaker parameters than
    today's gets a new hash (same password, current parameters).
    """
    from desktop_app.core.library.models import Setting  # with the library, not before

    stored = _get(library, KEY)
    if not stored:
        return False
    wait = wait_seconds(library)
    if wait > 0:
        raise AuthError(f"too many wrong passwords; try again in {math.ceil(wait)} s")
    try:
        n, r, p, salt, digest = _decode(stored)
    except ValueError:
        return False  # a damaged hash matches nothing
    try:
        ok = hmac.compare_digest(_hash(password, salt, n, r, p), digest)
    except (ValueError, MemoryError) as exc:  # e.g. OpenSSL short of memory
        raise AuthError(f"the curator password cannot be checked here ({exc})") from None
    if library.read_only:
        return ok
    upgraded = _encode(password) if ok and (n, r, p) != (N, R, P) else None
    count, _ = _failures(library)
    with library.write() as s:
        s.merge(Setting(key=FAILS, value="0:0" if ok else f"{count + 1}:{time.time()}"))
        row = s.get(Setting, KEY)
        if upgraded is not None and row is not None and row.value == stored:
            row.value = upgraded  # unless the password was changed meanwhile
    return ok


def require_curator(library: Library, password: str | None) -> None:
    """For writing commands: pass when no password is set or the given one is right."""
    if not has_password(library):
        return
    if password is None:
        raise AuthError(
            f"this library has a curator password: give it when asked, or in ${ENV_PASSWORD}"
        )
    if not verify(library, password):
        raise AuthError("wrong curator password; nothing was changed")


class CuratorKey:
    """Curator mode in this process: made by :func:`unlock`, ended by :meth:`lock`.

    Writers check it at the moment of writing (:meth:`require`), so a relock
    also stops an editor or a preview left open from saving.
    """

    __slots__ = ("_active", "_path")

    def __init__(self, library: Library, _proof: object = None) -> None:
        if _proof is not _UNLOCKED:
            raise TypeError("a CuratorKey comes from auth.unlock()")
        self._path = library.path
        self._active = True

    @property
    def active(self) -> bool:
        return self._active

    def lock(self) -> None:
        """Back to reader mode: the key opens nothing any more."""
        self._active = False

    def require(self, library: Library) -> None:
        """Raise AuthError unless this key is unlocked for ``library``."""
        if not self._active:
            raise AuthError("curator mode is locked; nothing was changed")
        if library.path != self._path:
            raise AuthError("curator mode was unlocked for another library; nothing was changed")


_UNLOCKED = object()


def unlock(library: Library, password: str) -> CuratorKey:
    """Enter curator mode with the curator password.

    Raises AuthError with the message to show when no password is set yet
    (:func:`no_password_message`), when the password is wrong, or when wrong
    attempts came too fast.
    """
    if not has_password(library):
        raise AuthError(no_password_message(library))
    if not verify(library, password):
        raise AuthError("wrong curator password; editing stays locked")
    return CuratorKey(library, _UNLOCKED)


def ensure_curator(key: CuratorKey | None, library: Library) -> None:
    """At the moment of writing: raise AuthError unless ``key`` still unlocks ``library``.

    For writers that may outlive curator mode (an editor or import preview left
    open across a relock): pass the key captured when they opened.
    """
    if key is None:
        raise AuthError("curator mode is locked; nothing was changed")
    key.require(library)


# -- library settings -----------------------------------------------------------------------
def get_setting(library: Library, key: str, default: str | None = None) -> str:
    """A library setting; when unset, ``default``, else its default in SETTING_DEFAULTS."""
    value = _get(library, key)
    if value:
        return value
    return default if default is not None else SETTING_DEFAULTS.get(key, "")


def set_setting(library: Library, key: str, value: str, curator: CuratorKey | None = None) -> None:
    """Change a library setting: once a password is set, only in curator mode."""
    set_settings(library, {key: value}, curator)


def set_settings(
    library: Library, values: dict[str, str], curator: CuratorKey | None = None
) -> None:
    """Change several library settings in one transaction (curator mode once a password is set)."""
    from desktop_app.core.library.models import Setting  # with the library, not before

    private = _PRIVATE.intersection(values)
    if private:
        raise AuthError(f"'{sorted(private)[0]}' is not a setting; use set_password")
    if has_password(library):
        if curator is None:
            raise AuthError("library settings can be changed only in curator mode")
        ensure_curator(curator, library)
    with library.write() as s:
        for key, value in values.items():
            s.merge(Setting(key=key, value=value))


def hide_staff_in_reader_mode(library: Library) -> bool:
    """Whether readers see staff-only resources: hidden unless a curator chose to show them."""
    return get_setting(library, HIDE_STAFF) != "0"


def relock_minutes(library: Library) -> int:
    """Idle minutes before curator mode locks itself (1–240)."""
    try:
        minutes = int(get_setting(library, RELOCK))
    except ValueError:
        minutes = int(SETTING_DEFAULTS[RELOCK])
    return min(240, max(1, minutes))
