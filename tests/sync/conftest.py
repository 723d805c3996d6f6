"""A real Anki sync server for the sync tests: Anki's own ``python -m anki.syncserver``.

Each test that asks for ``sync_server`` gets a fresh server on 127.0.0.1, on a
free port, with its own empty ``SYNC_BASE`` and one user (``user``/``pass``);
it is stopped (and its data dropped) after the test. ``synced_pair`` starts the
tests that edit on both sides: srs with a deck uploaded, and a phone that has it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from srs.core.consts import DEFAULT_DAY_START_HOUR
from tests.conftest import run_srs

if TYPE_CHECKING:
    from anki.collection import Collection as AnkiCollection

USER, PASSWORD = "user", "pass"


def skip_near_rollover(minutes: int = 30) -> None:
    """Tests that answer on the phone (Anki's real clock) and expect a learning step today: within ``minutes``
    before the day rolls over (04:00 local, both engines), a step lands tomorrow and the card turns interday."""
    now = datetime.now().astimezone()
    rollover = now.replace(hour=DEFAULT_DAY_START_HOUR, minute=0, second=0, microsecond=0)
    if timedelta(0) <= rollover - now <= timedelta(minutes=minutes):
        pytest.skip(f"within {minutes} min before the 04:00 day rollover: a learning step would land tomorrow")
START_TIMEOUT_S = 30


@dataclass(frozen=True)
class SyncServer:
    endpoint: str  # as srs sync --endpoint and Anki's sync_login take it
    user: str
    password: str
    base: Path  # the server's SYNC_BASE
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def sync_server(tmp_path: Path) -> Iterator[SyncServer]:
    base = tmp_path / "sync-server"
    base.mkdir()
    log = tmp_path / "sync-server.log"
    for _attempt in range(3):  # another process may take the free port before the server binds it
        port = _free_port()
        env = {**os.environ, "SYNC_BASE": str(base), "SYNC_HOST": "127.0.0.1", "SYNC_PORT": str(port),
               "SYNC_USER1": f"{USER}:{PASSWORD}"}
        with open(log, "ab") as out:
            proc = subprocess.Popen([sys.executable, "-m", "anki.syncserver"], env=env, stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while proc.poll() is None and time.monotonic() < deadline and not _accepts(port):
            time.sleep(0.05)
        if proc.poll() is None and _accepts(port):
            break
        proc.kill()
        proc.wait()
    else:
        pytest.fail(f"the Anki sync server did not start: {log.read_text(errors='replace')[-2000:]}")
    try:
        yield SyncServer(f"http://127.0.0.1:{port}/", USER, PASSWORD, base, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


PORTS_DECK = "# Ports\n\n- **HTTP**: 80\n- **SSH**: 22\n- **DNS**: 53\n- **NTP**: 123\n"


def srs_cli(db: Path, *args: str) -> str:
    """``srs --db DB ARGS`` (the sync password in its environment); its output, after checking it succeeded."""
    out = run_srs("--db", str(db), *args, env={"SRS_SYNC_PASSWORD": PASSWORD})
    assert out.returncode == 0, out.stderr
    return out.stdout


def srs_cards(db: Path) -> dict[str, tuple[int, str, str, bool, int]]:
    """srs's cards by front: (card id, front, back, suspended, flag)."""
    from srs.service.collection import Collection

    with Collection.open(db) as col, col.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT c.id, n.front, n.back, c.suspended, c.flag FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()
    return {front: (cid, front, back, bool(sus), flag) for cid, front, back, sus, flag in rows}


@dataclass
class SyncedPair:
    """srs (``db``, its deck imported from ``deck``) uploaded to ``server``, and a phone (Anki's own
    collection) that synced it down."""

    db: Path
    deck: Path
    phone: AnkiCollection
    server: SyncServer
    known: dict[str, str] = field(default_factory=dict)  # guids() as last read (a note's guid never changes)

    def srs(self, *args: str) -> str:
        return srs_cli(self.db, *args)

    def phone_sync(self) -> None:
        from bench.anki_phone import phone_sync

        phone_sync(self.phone, self.server.user, self.server.password, self.server.endpoint)

    def guids(self) -> dict[str, str]:
        """srs's fronts → each note's guid on the phone."""
        from srs.anki.ids import anki_guid
        from srs.service.collection import Collection

        with Collection.open(self.db) as col, col.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT front, guid, json_extract(fields, '$.anki_guid') FROM notes").fetchall()
        return {front: anki or anki_guid(guid) for front, guid, anki in rows}

    def fronts(self, *words: str) -> list[str]:
        """srs's front that mentions each word."""
        guids = self.guids()
        return [next(f for f in guids if word in f) for word in words]

    def phone_note(self, front: str) -> Any:
        """The phone's note of srs's note ``front``."""
        if front not in self.known:
            self.known = self.guids()
        return self.phone.get_note(self.phone.db.scalar("SELECT id FROM notes WHERE guid = ?", self.known[front]))

    def srs_cards(self) -> dict[str, tuple[int, str, str, bool, int]]:
        return srs_cards(self.db)


@pytest.fixture
def synced_pair(sync_server: SyncServer, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, datetime], SyncedPair]]:
    """``make(deck_text, srs_now)``: srs imports the deck at ``srs_now`` and uploads it; a new phone syncs it down."""
    from anki.collection import Collection as AnkiCollection

    from srs.service.collection import Collection

    phones: list[AnkiCollection] = []

    def make(deck_text: str, srs_now: datetime) -> SyncedPair:
        monkeypatch.setenv("SRS_NOW", srs_now.isoformat())
        db = tmp_path / "srs.db"
        Collection.open(db).close()
        deck = tmp_path / "ports.md"
        deck.write_text(deck_text)
        srs_cli(db, "import", str(deck))
        srs_cli(db, "sync", "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload")
        (tmp_path / "phone").mkdir()
        phones.append(AnkiCollection(str(tmp_path / "phone" / "collection.anki2")))
        pair = SyncedPair(db, deck, phones[-1], sync_server)
        pair.phone_sync()
        return pair

    try:
        yield make
    finally:
        for phone in phones:
            phone.close()
