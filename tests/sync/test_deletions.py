"""Deletions cross both ways through the real server; a note deleted on one side and answered on
the other since the last sync is kept, on both sides, with every answer."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from srs.db import deck_card_counts
from srs.service.card_actions import delete_cards
from srs.service.collection import Collection
from srs.service.reviewing import Study
from tests.sync.conftest import PORTS_DECK


def _reviews_of(db: Path, card_id: int) -> int:
    with Collection.open(db) as col, col.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM review_logs WHERE card_id = ?",
                                                  (card_id,)).scalar() or 0)


def test_deletions_cross_and_a_note_answered_on_the_other_side_is_kept(synced_pair) -> None:
    pair = synced_pair(PORTS_DECK, datetime.now(UTC).replace(microsecond=0))
    phone, db = pair.phone, pair.db
    guids = pair.guids()
    http, ssh, dns, ntp = pair.fronts("HTTP", "SSH", "DNS", "NTP")
    cards = pair.srs_cards()

    def phone_nid(front: str) -> int | None:
        return phone.db.scalar("SELECT id FROM notes WHERE guid = ?", guids[front])

    # the phone deletes HTTP (untouched in srs) and SSH (which srs answers meanwhile), answers NTP
    phone.remove_notes([phone_nid(http), phone_nid(ssh)])
    ntp_card = phone.get_note(phone_nid(ntp)).cards()[0]
    ntp_card.start_timer()
    phone.sched.answerCard(ntp_card, 3)
    pair.phone_sync()
    # srs answers SSH, deletes DNS (untouched on the phone) and NTP (which the phone answered)
    with Collection.open(db) as col:
        Study(col).answer(cards[ssh][0], 3, 5000)
        delete_cards(col, [cards[dns][0], cards[ntp][0]])

    report = json.loads(pair.srs("sync", "--json"))
    assert report["received"]["deleted_notes"] == 1  # HTTP
    assert report["received"]["kept_notes"] == 2  # SSH (answered here), NTP (answered on the phone)
    assert report["sent"]["deleted_notes"] == 1  # DNS
    after = pair.srs_cards()
    assert set(after) == {ssh, ntp}
    with Collection.open(pair.db) as col, col.read_sql() as run:  # the deck list's kept counts took the sync in
        assert deck_card_counts.counted(run) == deck_card_counts.recounted(run)
    assert _reviews_of(db, after[ssh][0]) == 1 and _reviews_of(db, after[ntp][0]) == 1

    pair.phone_sync()
    assert phone_nid(http) is None and phone_nid(dns) is None
    ssh_nid, ntp_nid = phone_nid(ssh), phone_nid(ntp)
    assert ssh_nid is not None and ntp_nid is not None  # SSH is back on the phone, with srs's answer
    assert phone.db.scalar("SELECT count(*) FROM revlog r JOIN cards c ON c.id = r.cid WHERE c.nid = ?",
                           ssh_nid) == 1
    assert phone.db.scalar("SELECT count(*) FROM revlog r JOIN cards c ON c.id = r.cid WHERE c.nid = ?",
                           ntp_nid) == 1

    again = json.loads(pair.srs("sync", "--json"))  # settled: nothing moves, nothing comes back
    assert not any(again["received"].values()) and not any(again["sent"].values())
    pair.phone_sync()
    assert phone.note_count() == 2 and set(pair.srs_cards()) == {ssh, ntp}
