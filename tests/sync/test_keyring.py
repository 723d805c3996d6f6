"""The host key goes into the system keyring when one works, else into the 0600 login file (issue #20)."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from srs.service.sync_state import Login, forget_login, load_login, login_path, save_login


class MemoryKeyring:
    """A keyring that works, in memory (keyring's public backend interface; made by ``_memory_keyring``)."""

    entries: dict[tuple[str, str], str]


def _memory_keyring() -> MemoryKeyring:
    """Defined only after keyring picked this machine's default: every KeyringBackend subclass joins keyring's
    backend discovery, and one defined at import time would become the default of every test that follows."""

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def delete_password(self, service: str, username: str) -> None:
            self.entries.pop((service, username), None)

    return Memory()  # type: ignore[return-value]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("SRS_NO_KEYRING", raising=False)
    before = keyring.get_keyring()  # the machine's default, chosen now, before the memory keyring exists
    ring = _memory_keyring()
    keyring.set_keyring(ring)  # type: ignore[arg-type]
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


def test_with_a_keyring_the_host_key_is_never_written_to_disk(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    db = tmp_path / "srs.db"
    login = Login("http://127.0.0.1:9/", "me", "HOSTKEY-1234")
    path = save_login(db, login)
    on_disk = path.read_text("utf-8")
    assert "HOSTKEY-1234" not in on_disk and json.loads(on_disk)["keyring"] is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(memory_keyring.entries.values()) == ["HOSTKEY-1234"]
    assert load_login(db) == login
    assert forget_login(db) is True
    assert memory_keyring.entries == {} and not login_path(db).exists() and load_login(db) is None


def test_without_a_working_keyring_the_key_is_kept_in_the_private_file(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SRS_NO_KEYRING", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        db = tmp_path / "srs.db"
        path = save_login(db, Login(None, "me", "HOSTKEY-5678"))
        assert json.loads(path.read_text("utf-8"))["hkey"] == "HOSTKEY-5678"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert load_login(db) == Login(None, "me", "HOSTKEY-5678")
    finally:
        keyring.set_keyring(before)


def test_srs_no_keyring_keeps_the_key_in_the_file_even_with_a_keyring(tmp_path: Path, memory_keyring: MemoryKeyring,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRS_NO_KEYRING", "1")
    db = tmp_path / "srs.db"
    save_login(db, Login(None, "me", "HOSTKEY-9"))
    assert memory_keyring.entries == {} and json.loads(login_path(db).read_text("utf-8"))["hkey"] == "HOSTKEY-9"
