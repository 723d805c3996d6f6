"""Edits, new notes, suspensions and flags cross in both directions through the real server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from srs.db import deck_card_counts
from srs.service.card_actions import set_flag, set_suspended
from srs.service.collection import Collection
from tests.sync.conftest import PORTS_DECK


def test_edits_suspensions_flags_and_new_notes_cross_both_ways(synced_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    pair = synced_pair(PORTS_DECK, start)
    phone, phone_note = pair.phone, pair.phone_note
    http, ssh, dns, ntp = pair.fronts("HTTP", "SSH", "DNS", "NTP")

    edited = phone_note(http)
    edited["Back"] = "80, and 8080 for tests"
    phone.update_note(edited)
    phone.sched.suspend_cards([phone_note(dns).cards()[0].id])
    phone.set_user_flag_for_cards(1, [phone_note(ntp).cards()[0].id])
    added = phone.new_note(phone.models.by_name("Basic"))
    added["Front"], added["Back"] = "Which port does IMAP use?", "143"
    phone.add_note(added, phone_note(http).cards()[0].did)
    pair.phone_sync()

    pair.srs("sync")
    cards = pair.srs_cards()
    assert "8080" in cards[http][2]
    assert cards[dns][3] is True and cards[ntp][4] == 1
    assert any("IMAP" in front for front in cards)
    assert not cards[ssh][3] and cards[ssh][4] == 0
    with Collection.open(pair.db) as col, col.read_sql() as run:  # the deck list's kept counts took the sync in
        assert deck_card_counts.counted(run) == deck_card_counts.recounted(run)

    # srs's turn: the markdown changes and is imported again, a suspension is lifted, a flag set
    monkeypatch.setenv("SRS_NOW", (start + timedelta(minutes=10)).isoformat())
    pair.deck.write_text(PORTS_DECK.replace("**SSH**: 22", "**SSH**: 22 (secure shell)"))
    pair.srs("import", str(pair.deck))
    with Collection.open(pair.db) as col:
        set_suspended(col, [cards[dns][0]], False)
        set_flag(col, [cards[ssh][0]], 3)
    pair.srs("sync")

    pair.phone_sync()
    assert "secure shell" in phone_note(ssh)["Back"]
    assert "8080" in phone_note(http)["Back"]  # the phone's edit stays
    assert phone_note(dns).cards()[0].queue != -1
    assert phone_note(ssh).cards()[0].user_flag() == 3
    assert phone_note(ntp).cards()[0].user_flag() == 1
