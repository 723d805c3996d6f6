"""The TUI's Sync action (key y on the deck list, "Sync with your phone" in the palette), against
the real server: it runs the service's sync in a worker thread, shows its progress and what moved
in one line, asks before a full sync, and says how to log in when no login is stored."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection

from srs.service import syncing
from srs.service.collection import Collection
from srs.service.sync_state import load_marks
from srs.tui.screens.full_sync import FullSyncScreen
from srs.tui.screens.home import HomeScreen
from srs.tui.screens.stats import StatsScreen
from srs.tui.widgets.sync_line import SyncLine
from tests.sync.test_phone import _answer_on_phone, _phone_sync
from tests.sync.test_sync_cli import _db, _sync
from tests.tui.helpers import make_app, settle, sync


def _line(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(SyncLine).render())


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the sync line showed, in order (progress included)."""
    texts: list[str] = []
    original = SyncLine.show

    def recording(self: SyncLine, text: str) -> None:
        texts.append(text)
        original(self, text)

    monkeypatch.setattr(SyncLine, "show", recording)
    return texts


@pytest.fixture
def sync_threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each sync the TUI ran: whether it ran off the UI's (main) thread."""
    ran: list[bool] = []
    original = syncing.sync

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        ran.append(threading.current_thread() is not threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(syncing, "sync", watched)
    return ran


@sync
async def test_without_a_login_it_says_how_to_make_one(tmp_path: Path) -> None:
    col = Collection.open(_db(tmp_path))
    try:
        app = make_app(col)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert not app.screen.query_one(SyncLine).display  # no line before the first sync
            await pilot.press("y")
            await settle(pilot)
            line = _line(app)
            assert "srs sync --endpoint URL --user NAME" in line and isinstance(app.screen, HomeScreen)
    finally:
        col.close()


@sync
async def test_sync_asks_for_a_full_sync_then_brings_the_phones_answers(
        sync_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str], sync_threads: list[bool]) -> None:
    monkeypatch.setenv("SRS_NOW", datetime.now(UTC).replace(microsecond=0).isoformat())
    db = _db(tmp_path)
    first = _sync(db, "--endpoint", sync_server.endpoint, "--user", sync_server.user)  # logs in; needs a choice
    assert first.returncode == 1
    col = Collection.open(db)
    (tmp_path / "phone").mkdir()
    phone = AnkiCollection(str(tmp_path / "phone" / "collection.anki2"))
    try:
        app = make_app(col)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("y")
            await settle(pilot)
            assert isinstance(app.screen, FullSyncScreen)  # asked, not chosen silently
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen) and "nothing synced" in _line(app)
            assert load_marks(db) is None  # nothing was synced

            await pilot.press("y")
            await settle(pilot)
            await pilot.press("u")
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen)
            assert _line(app).startswith("✓ Synced (full upload): received nothing; sent notes 3")

            _phone_sync(phone, sync_server)
            assert phone.card_count() == 3
            _answer_on_phone(phone, (3, 4))
            _phone_sync(phone, sync_server)

            shown.clear()
            stats = StatsScreen(None)
            app.push_screen(stats)
            await settle(pilot)
            palette = next(c for c in app.get_system_commands(app.screen) if c.title == "Sync with your phone")
            palette.callback()  # from another screen: back home, and the sync runs there
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen)
            assert "Sync: syncing with the server…" in shown  # progress, then the result
            assert shown[-1] == _line(app) == "✓ Synced: received reviews 2, cards 2; sent nothing"
            assert "Today: 1 new" in str(app.screen.query_one("#today").render())  # the counts refreshed
    finally:
        phone.close()
        col.close()
    assert sync_threads and all(sync_threads)  # every sync ran in a worker thread, never on the UI's
    with Collection.open(db) as again, again.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM review_logs").scalar() == 2
    assert "pass" not in "\n".join(shown)

