"""The curator password's hash and upgrade, curator mode (unlock) and the library settings."""

from __future__ import annotations

import base64
import time

import pytest

from desktop_app.core.curation import auth
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Setting

PASSWORD = "correct horse"


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap scrypt parameters for tests that are not about the hash itself."""
    monkeypatch.setattr(auth, "N", 2**10)


def stored_hash(library: Library) -> str:
    return auth.get_setting(library, auth.KEY)


def store(library: Library, value: str) -> None:
    with library.write() as s:
        s.merge(Setting(key=auth.KEY, value=value))


def old_style_hash(password: str, n: int) -> str:
    """A hash as the earlier versions stored it (scrypt$N$r$p$salt$digest)."""
    salt = b"0123456789abcdef"
    digest = auth._hash(password, salt, n, 8, 1)
    return "$".join(
        [
            "scrypt",
            str(n),
            "8",
            "1",
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def test_a_new_password_is_hashed_with_scrypt_n_2_17(seeded: Library) -> None:
    auth.set_password(seeded, PASSWORD)
    stored = stored_hash(seeded)
    assert stored.startswith("scrypt$131072$8$1$") and PASSWORD not in stored
    assert (auth.N, auth.R, auth.P) == (2**17, 8, 1)


def test_an_old_hash_verifies_and_is_upgraded(seeded: Library) -> None:
    store(seeded, old_style_hash(PASSWORD, 2**14))
    assert not auth.verify(seeded, "not it")  # a wrong password upgrades nothing
    assert stored_hash(seeded).startswith("scrypt$16384$")
    assert auth.get_setting(seeded, auth.FAILS).startswith("1:")
    with seeded.write() as s:  # no waiting for the slow-down in this test
        s.merge(Setting(key=auth.FAILS, value="0:0"))
    assert auth.verify(seeded, PASSWORD)
    upgraded = stored_hash(seeded)
    assert upgraded.startswith("scrypt$131072$8$1$")
    n, r, p, salt, _digest = auth._decode(upgraded)
    assert (n, r, p) == (2**17, 8, 1) and salt != b"0123456789abcdef"
    assert auth.verify(seeded, PASSWORD)  # the new hash is of the same password
    assert stored_hash(seeded) == upgraded  # already current: left alone


def test_a_read_only_library_verifies_without_upgrading(seeded_path: object) -> None:
    with Library.open(str(seeded_path)) as lib:
        store(lib, old_style_hash(PASSWORD, 2**10))
    with Library.open(str(seeded_path), read_only=True) as lib:
        assert auth.verify(lib, PASSWORD)
        assert stored_hash(lib).startswith("scrypt$1024$")


@pytest.mark.parametrize(
    "damage",
    [
        lambda h: h.replace("scrypt$1024$", "scrypt$1073741824$"),  # 1 TiB of memory
        lambda h: h.replace("scrypt$1024$", "scrypt$1000$"),  # not a power of two
        lambda h: h.replace("$8$1$", "$8$64$"),
        lambda h: h.replace("scrypt$", "bcrypt$"),
        lambda h: h[:-6] + "!!!!!!",
        lambda h: h.rsplit("$", 1)[0],
    ],
)
def test_a_damaged_hash_matches_nothing_and_costs_nothing(seeded: Library, damage: object) -> None:
    assert callable(damage)
    store(seeded, damage(old_style_hash(PASSWORD, 2**10)))
    started = time.process_time()
    assert not auth.verify(seeded, PASSWORD)
    assert time.process_time() - started < 5


def test_no_password_yet_means_curator_mode_cannot_be_entered(seeded: Library) -> None:
    assert not auth.has_password(seeded)
    with pytest.raises(auth.AuthError) as info:
        auth.unlock(seeded, "anything at all")
    message = str(info.value)
    assert message == auth.no_password_message(seeded)
    assert "librarian password" in message and str(seeded.path) in message
    assert not auth.has_password(seeded)  # asking set nothing


def test_unlock_gives_a_key_that_lock_ends(seeded: Library, fast_scrypt: None) -> None:
    auth.set_password(seeded, PASSWORD)
    with pytest.raises(auth.AuthError, match="wrong"):
        auth.unlock(seeded, "wrong one")
    with seeded.write() as s:
        s.merge(Setting(key=auth.FAILS, value="0:0"))
    key = auth.unlock(seeded, PASSWORD)
    assert key.active
    key.require(seeded)
    key.lock()
    assert not key.active
    with pytest.raises(auth.AuthError, match="locked"):
        key.require(seeded)
    for stale in (key, None):  # an editor left open across the relock, or never unlocked
        with pytest.raises(auth.AuthError, match="locked"):
            auth.ensure_curator(stale, seeded)
    with pytest.raises(TypeError):
        auth.CuratorKey(seeded)  # only unlock() makes one


def test_staff_only_resources_are_hidden_from_readers_by_default(seeded: Library) -> None:
    assert auth.hide_staff_in_reader_mode(seeded)
    assert auth.get_setting(seeded, auth.HIDE_STAFF) == "1"
    auth.set_setting(seeded, auth.HIDE_STAFF, "0")  # no password yet: the installer's choice
    assert not auth.hide_staff_in_reader_mode(seeded)
    assert auth.relock_minutes(seeded) == 10
    auth.set_setting(seeded, auth.RELOCK, "9999")
    assert auth.relock_minutes(seeded) == 240


def test_settings_change_only_in_curator_mode_once_a_password_is_set(
    seeded: Library, fast_scrypt: None
) -> None:
    auth.set_password(seeded, PASSWORD)
    with pytest.raises(auth.AuthError, match="curator mode"):
        auth.set_setting(seeded, auth.HIDE_STAFF, "0")
    assert auth.hide_staff_in_reader_mode(seeded)
    key = auth.unlock(seeded, PASSWORD)
    auth.set_settings(seeded, {auth.HIDE_STAFF: "0", auth.RELOCK: "5"}, key)
    assert not auth.hide_staff_in_reader_mode(seeded) and auth.relock_minutes(seeded) == 5
    key.lock()
    with pytest.raises(auth.AuthError, match="locked"):
        auth.set_setting(seeded, auth.HIDE_STAFF, "1", key)
    assert not auth.hide_staff_in_reader_mode(seeded)


def test_the_password_is_not_a_setting(seeded: Library, fast_scrypt: None) -> None:
    auth.set_password(seeded, PASSWORD)
    key = auth.unlock(seeded, PASSWORD)
    for private in (auth.KEY, auth.FAILS):
        with pytest.raises(auth.AuthError, match="not a setting"):
            auth.set_setting(seeded, private, "scrypt$2$1$1$AA==$AA==", key)
    assert auth.verify(seeded, PASSWORD)


def test_a_key_opens_only_its_own_library(
    seeded: Library, empty: Library, fast_scrypt: None
) -> None:
    auth.set_password(seeded, PASSWORD)
    auth.set_password(empty, PASSWORD)
    key = auth.unlock(seeded, PASSWORD)
    with pytest.raises(auth.AuthError, match="another library"):
        auth.set_setting(empty, auth.HIDE_STAFF, "0", key)
