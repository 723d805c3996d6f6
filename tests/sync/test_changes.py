"""Edits, new notes, suspensions and flags cross in both directions through the real server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection

from srs.anki.ids import anki_guid
from srs.service.card_actions import set_flag, set_suspended
from srs.service.collection import Collection
from tests.conftest import run_srs
from tests.sync.test_phone import _phone_sync

DECK = "# Ports\n\n- **HTTP**: 80\n- **SSH**: 22\n- **DNS**: 53\n- **NTP**: 123\n"


def _srs(db: Path, *args: str) -> str:
    out = run_srs("--db", str(db), *args, env={"SRS_SYNC_PASSWORD": "pass"})
    assert out.returncode == 0, out.stderr
    return out.stdout


def _srs_cards(db: Path) -> dict[str, tuple[int, str, str, bool, int]]:
    """By front: (card id, front, back, suspended, flag)."""
    with Collection.open(db) as col, col.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT c.id, n.front, n.back, c.suspended, c.flag FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()
    return {front: (cid, front, back, bool(sus), flag) for cid, front, back, sus, flag in rows}


def _srs_guids(db: Path) -> dict[str, str]:
    """Front → the note's guid on the phone."""
    with Collection.open(db) as col, col.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT front, guid, json_extract(fields, '$.anki_guid') FROM notes").fetchall()
    return {front: anki or anki_guid(guid) for front, guid, anki in rows}


def test_edits_suspensions_flags_and_new_notes_cross_both_ways(sync_server, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    monkeypatch.setenv("SRS_NOW", start.isoformat())
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    deck = tmp_path / "ports.md"
    deck.write_text(DECK)
    _srs(db, "import", str(deck))
    _srs(db, "sync", "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload")
    guids = _srs_guids(db)
    http, ssh, dns, ntp = (next(f for f in guids if word in f) for word in ("HTTP", "SSH", "DNS", "NTP"))

    (tmp_path / "phone").mkdir()
    phone = AnkiCollection(str(tmp_path / "phone" / "collection.anki2"))
    try:
        _phone_sync(phone, sync_server)

        def phone_note(front: str):  # type: ignore[no-untyped-def]
            return phone.get_note(phone.db.scalar("SELECT id FROM notes WHERE guid = ?", guids[front]))

        edited = phone_note(http)
        edited["Back"] = "80, and 8080 for tests"
        phone.update_note(edited)
        phone.sched.suspend_cards([phone_note(dns).cards()[0].id])
        phone.set_user_flag_for_cards(1, [phone_note(ntp).cards()[0].id])
        added = phone.new_note(phone.models.by_name("Basic"))
        added["Front"], added["Back"] = "Which port does IMAP use?", "143"
        phone.add_note(added, phone_note(http).cards()[0].did)
        _phone_sync(phone, sync_server)

        _srs(db, "sync")
        cards = _srs_cards(db)
        assert "8080" in cards[http][2]
        assert cards[dns][3] is True and cards[ntp][4] == 1
        assert any("IMAP" in front for front in cards)
        assert not cards[ssh][3] and cards[ssh][4] == 0

        # srs's turn: the markdown changes and is imported again, a suspension is lifted, a flag set
        monkeypatch.setenv("SRS_NOW", (start + timedelta(minutes=10)).isoformat())
        deck.write_text(DECK.replace("**SSH**: 22", "**SSH**: 22 (secure shell)"))
        _srs(db, "import", str(deck))
        with Collection.open(db) as col:
            set_suspended(col, [cards[dns][0]], False)
            set_flag(col, [cards[ssh][0]], 3)
        _srs(db, "sync")

        _phone_sync(phone, sync_server)
        assert "secure shell" in phone_note(ssh)["Back"]
        assert "8080" in phone_note(http)["Back"]  # the phone's edit stays
        assert phone_note(dns).cards()[0].queue != -1
        assert phone_note(ssh).cards()[0].user_flag() == 3
        assert phone_note(ntp).cards()[0].user_flag() == 1
    finally:
        phone.close()
