"""What a sync remembers between runs: the login (host key) and the high-water marks.

The login is a 0600 JSON file beside the database (``<db>.sync-login``) holding the
server address, the user name and the host key Anki's ``sync_login`` returned — never
the password. The marks live in the mirror's folder (``sync-state.json``): the server
usn the mirror had reached when srs last took the other devices' changes, the last srs
review log id written into the mirror, and the notes both sides had (how a deletion on
either side is told from a note the other side has not seen yet). (Notes need no mark: one goes to the mirror when
srs's copy is newer than the mirror's, in whole seconds, as Anki decides.)
Both files are replaced atomically (written beside, then renamed), so a killed sync
leaves the old version or the new one.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from srs.service import keyring_store

LOGIN_SUFFIX = ".sync-login"
STATE_FILE = "sync-state.json"


def mirror_folder(db_path: Path) -> Path:
    """``<db stem>.anki/`` beside the database: the mirror collection and the marks."""
    return db_path.with_name(db_path.stem + ".anki")


def login_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOGIN_SUFFIX)


@dataclass
class Login:
    endpoint: str | None
    user: str
    hkey: str


@dataclass
class Marks:
    server_usn: int = 0  # rows the mirror got from the server with usn >= this are not yet in srs
    srs_review_id: int = 0  # srs review logs up to this id are in the mirror
    # the notes (Anki guids) both sides had when srs last synced, and those srs deleted and the
    # mirror still has to lose: a note from this list that one side lacks now was deleted there.
    # None (before the first sync that kept it): no deletion crosses either way.
    notes: list[str] | None = None
    synced_us: int | None = None  # when the last sync ended, by srs's clock (notes modified later: edited here)


def _write_private(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # a leftover .tmp made with other bits keeps none of them
        os.write(fd, json.dumps(data, indent=1).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load_login(db_path: Path) -> Login | None:
    data = _read(login_path(db_path))
    if not data or not isinstance(data.get("user"), str):
        return None
    hkey = data.get("hkey")
    if hkey is None and data.get("keyring"):
        hkey = keyring_store.get(_keyring_account(db_path, data["user"]))
    if not isinstance(hkey, str):
        return None
    endpoint = data.get("endpoint")
    return Login(endpoint if isinstance(endpoint, str) else None, data["user"], hkey)


def save_login(db_path: Path, login: Login) -> Path:
    """The host key goes into the system keyring when one works (the file then names it, and holds no key);
    otherwise into the 0600 file itself."""
    path = login_path(db_path)
    if keyring_store.put(_keyring_account(db_path, login.user), login.hkey):
        _write_private(path, {"endpoint": login.endpoint, "user": login.user, "keyring": True})
    else:
        _write_private(path, asdict(login))
    return path


def forget_login(db_path: Path) -> bool:
    """Delete the stored host key (file and keyring entry); True if there was one."""
    data = _read(login_path(db_path)) or {}
    if data.get("keyring") and isinstance(data.get("user"), str):
        keyring_store.delete(_keyring_account(db_path, data["user"]))
    try:
        login_path(db_path).unlink()
        return True
    except FileNotFoundError:
        return False


def _keyring_account(db_path: Path, user: str) -> str:
    """One keyring entry per database and user: two collections may sync as different people."""
    return f"{user} @ {db_path.resolve()}"


def load_marks(db_path: Path) -> Marks | None:
    """The marks of the last sync; None before the first one finished."""
    data = _read(mirror_folder(db_path) / STATE_FILE)
    if data is None:
        return None
    try:
        notes, synced_us = data.get("notes"), data.get("synced_us")
        return Marks(int(data["server_usn"]), int(data["srs_review_id"]),
                     [str(g) for g in notes] if isinstance(notes, list) else None,
                     int(synced_us) if isinstance(synced_us, int) else None)
    except (KeyError, TypeError, ValueError):
        return None


def save_marks(db_path: Path, marks: Marks) -> None:
    folder = mirror_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    _write_private(folder / STATE_FILE, asdict(marks))


def forget_marks(db_path: Path) -> None:
    try:
        (mirror_folder(db_path) / STATE_FILE).unlink()
    except FileNotFoundError:
        pass
