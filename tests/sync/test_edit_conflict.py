"""A note edited on both sides between two syncs: the later edit wins on both sides, and the
report (and --json) names the note and whose edit was kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection

from srs.service.collection import Collection
from tests.sync.test_changes import DECK, _srs, _srs_cards, _srs_guids
from tests.sync.test_phone import _phone_sync


def test_the_later_edit_wins_and_the_report_names_the_note(
        sync_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setenv("SRS_NOW", (start - timedelta(minutes=10)).isoformat())
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    deck = tmp_path / "ports.md"
    deck.write_text(DECK)
    _srs(db, "import", str(deck))
    _srs(db, "sync", "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload")
    guids = _srs_guids(db)
    http, ssh, dns = (next(f for f in guids if word in f) for word in ("HTTP", "SSH", "DNS"))

    (tmp_path / "phone").mkdir()
    phone = AnkiCollection(str(tmp_path / "phone" / "collection.anki2"))
    try:
        _phone_sync(phone, sync_server)

        def phone_note(front: str):  # type: ignore[no-untyped-def]
            return phone.get_note(phone.db.scalar("SELECT id FROM notes WHERE guid = ?", guids[front]))

        for front, back in ((http, "80 (phone)"), (ssh, "22 (phone)"), (dns, "53 (phone)")):
            note = phone_note(front)  # edited on the phone now
            note["Back"] = back
            phone.update_note(note)
        _phone_sync(phone, sync_server)

        # srs edits HTTP five minutes before the phone did, SSH five minutes after; DNS only on the phone
        monkeypatch.setenv("SRS_NOW", (start - timedelta(minutes=5)).isoformat())
        deck.write_text(DECK.replace("**HTTP**: 80", "**HTTP**: 80 (srs)"))
        _srs(db, "import", str(deck))
        monkeypatch.setenv("SRS_NOW", (start + timedelta(minutes=5)).isoformat())
        deck.write_text(DECK.replace("**HTTP**: 80", "**HTTP**: 80 (srs)").replace("**SSH**: 22", "**SSH**: 22 (srs)"))
        _srs(db, "import", str(deck))

        report = json.loads(_srs(db, "sync", "--json"))
        assert sorted((c["note"], c["kept"]) for c in report["edited_on_both_sides"]) == sorted(
            [(http, "other device"), (ssh, "this device")])
        assert report["received"]["edited_notes"] == 2  # HTTP (the phone's later edit) and DNS
        cards = _srs_cards(db)
        assert "(phone)" in cards[http][2] and "(srs)" not in cards[http][2]
        assert "(srs)" in cards[ssh][2] and "(phone)" not in cards[ssh][2]
        assert "(phone)" in cards[dns][2]

        _phone_sync(phone, sync_server)
        assert phone_note(http)["Back"] == "80 (phone)"
        assert "(srs)" in phone_note(ssh)["Back"] and "(phone)" not in phone_note(ssh)["Back"]
        assert phone_note(dns)["Back"] == "53 (phone)"

        line = _srs(db, "sync")  # nothing edited since: no conflict named again
        assert "edited on both sides" not in line
    finally:
        phone.close()


def test_the_line_names_the_note_edited_on_both_sides() -> None:
    from srs.service.syncing import SyncReport

    report = SyncReport("http://127.0.0.1:8080/", "me", received={"edited_notes": 1},
                        edited_on_both_sides=[{"note": "Which port does SSH use?", "kept": "this device"}])
    assert report.summary() == ("synced with http://127.0.0.1:8080/ as me: received edited notes 1; sent nothing; "
                                "edited on both sides, the later edit kept: \"Which port does SSH use?\" (this device's)")
