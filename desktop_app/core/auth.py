"""The curator password: a salted, memory-hard hash (scrypt) kept in the library.

Never stored in settings or logs. Wrong attempts are counted in the library and
each one doubles the wait before the next attempt is accepted (up to a minute),
so guessing is slow from the GUI and the CLI alike.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from desktop_app.core.db import Library
from desktop_app.core.errors import LibraryError
from desktop_app.core.models import Setting

KEY = "curator_password"
FAILS = "curator_failures"
N, R, P = 2**14, 8, 1
MAX_DELAY = 60.0
MIN_LENGTH = 6
ENV_PASSWORD = "LIBRARIAN_PASSWORD"


class AuthError(LibraryError):
    """Wrong or missing curator password."""


def _hash(password: str, salt: bytes, n: int = N, r: int = R, p: int = P) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )


def _get(library: Library, key: str) -> str | None:
    with library.read() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def has_password(library: Library) -> bool:
    return bool(_get(library, KEY))


def set_password(library: Library, new: str, *, current: str | None = None) -> None:
    """Set (first use) or change the curator password."""
    if has_password(library) and (current is None or not verify(library, current)):
        raise AuthError("the current curator password is wrong")
    if len(new) < MIN_LENGTH:
        raise AuthError(f"the password must have at least {MIN_LENGTH} characters")
    salt = os.urandom(16)
    encoded = "$".join(
        [
            "scrypt",
            str(N),
            str(R),
            str(P),
            base64.b64encode(salt).decode(),
            base64.b64encode(_hash(new, salt)).decode(),
        ]
    )
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
    """Check a password; wrong ones are counted and slow the next attempt down."""
    stored = _get(library, KEY)
    if not stored:
        return False
    wait = wait_seconds(library)
    if wait > 0:
        raise AuthError(f"too many wrong passwords; try again in {wait:.0f} s")
    try:
        _, n, r, p, salt, digest = stored.split("$")
        ok = hmac.compare_digest(
            _hash(password, base64.b64decode(salt), int(n), int(r), int(p)),
            base64.b64decode(digest),
        )
    except ValueError:
        return False
    if not library.read_only:
        count, _ = _failures(library)
        with library.write() as s:
            s.merge(Setting(key=FAILS, value="0:0" if ok else f"{count + 1}:{time.time()}"))
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


def get_setting(library: Library, key: str, default: str = "") -> str:
    return _get(library, key) or default


def set_setting(library: Library, key: str, value: str) -> None:
    with library.write() as s:
        s.merge(Setting(key=key, value=value))
