"""A note edited on both sides between two syncs: the later edit wins on both sides, and the
report (and --json) names the note and whose edit was kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.sync.conftest import PORTS_DECK


def test_the_later_edit_wins_and_the_report_names_the_note(synced_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    pair = synced_pair(PORTS_DECK, start - timedelta(minutes=10))
    phone_note = pair.phone_note
    http, ssh, dns = pair.fronts("HTTP", "SSH", "DNS")

    for front, back in ((http, "80 (phone)"), (ssh, "22 (phone)"), (dns, "53 (phone)")):
        note = phone_note(front)  # edited on the phone now
        note["Back"] = back
        pair.phone.update_note(note)
    pair.phone_sync()

    # srs edits HTTP five minutes before the phone did, SSH five minutes after; DNS only on the phone
    monkeypatch.setenv("SRS_NOW", (start - timedelta(minutes=5)).isoformat())
    pair.deck.write_text(PORTS_DECK.replace("**HTTP**: 80", "**HTTP**: 80 (srs)"))
    pair.srs("import", str(pair.deck))
    monkeypatch.setenv("SRS_NOW", (start + timedelta(minutes=5)).isoformat())
    pair.deck.write_text(PORTS_DECK.replace("**HTTP**: 80", "**HTTP**: 80 (srs)").replace("**SSH**: 22", "**SSH**: 22 (srs)"))
    pair.srs("import", str(pair.deck))

    report = json.loads(pair.srs("sync", "--json"))
    assert sorted((c["note"], c["kept"]) for c in report["edited_on_both_sides"]) == sorted(
        [(http, "other device"), (ssh, "this device")])
    assert report["received"]["edited_notes"] == 2  # HTTP (the phone's later edit) and DNS
    cards = pair.srs_cards()
    assert "(phone)" in cards[http][2] and "(srs)" not in cards[http][2]
    assert "(srs)" in cards[ssh][2] and "(phone)" not in cards[ssh][2]
    assert "(phone)" in cards[dns][2]

    pair.phone_sync()
    assert phone_note(http)["Back"] == "80 (phone)"
    assert "(srs)" in phone_note(ssh)["Back"] and "(phone)" not in phone_note(ssh)["Back"]
    assert phone_note(dns)["Back"] == "53 (phone)"

    line = pair.srs("sync")  # nothing edited since: no conflict named again
    assert "edited on both sides" not in line


def test_the_line_names_the_note_edited_on_both_sides() -> None:
    from srs.service.syncing import SyncReport

    report = SyncReport("http://127.0.0.1:8080/", "me", received={"edited_notes": 1},
                        edited_on_both_sides=[{"note": "Which port does SSH use?", "kept": "this device"}])
    assert report.summary() == ("synced with http://127.0.0.1:8080/ as me: received edited notes 1; sent nothing; "
                                "edited on both sides, the later edit kept: \"Which port does SSH use?\" (this device's)")
