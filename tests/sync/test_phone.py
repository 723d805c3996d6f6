"""The phone scenario, against Anki's real sync server.

srs uploads its collection; a plain Anki collection (the phone) downloads it, answers
cards with Anki's own scheduler and syncs; srs syncs and every answered card has the
phone's due date, state and review log. Then srs reviews cards and syncs; the phone
syncs and sees srs's answers and due dates. Same day, real clock (srs's SRS_NOW is set
to the moment the test starts, plus a second per srs answer).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection

from bench.anki_phone import phone_sync
from srs.anki.ids import anki_guid
from srs.service.collection import Collection
from srs.service.session import ReviewSession
from tests.conftest import run_srs
from tests.sync.conftest import skip_near_rollover

DECK = """# Networking

## Ports

- **HTTP**: 80
- **HTTPS**: 443
- **SSH**: 22
- **DNS**: 53
- **SMTP**: 25
- **NTP**: 123

## Questions

Q: Which layer does TCP belong to?
A: The transport layer

Q: What does ARP resolve?
A: IP addresses to MAC addresses
"""
PHONE_RATINGS = (3, 4, 1, 3, 2, 3)  # good, easy, again (stays in learning), good, hard, good
ROLLOVER = timedelta(hours=4)  # Anki's and srs's default day start


def _srs(db: Path, *args: str) -> str:
    out = run_srs("--db", str(db), *args, env={"SRS_SYNC_PASSWORD": "pass"})
    assert out.returncode == 0, out.stderr
    return out.stdout


def _phone_sync(phone: AnkiCollection, server) -> None:  # type: ignore[no-untyped-def]
    phone_sync(phone, server.user, server.password, server.endpoint)


def _phone_day(phone: AnkiCollection, day_number: int) -> date:
    crt = datetime.fromtimestamp(phone.db.scalar("SELECT crt FROM col"), UTC)
    return ((crt - ROLLOVER) + timedelta(days=day_number)).date()


def _phone_view(phone: AnkiCollection) -> dict[tuple[str, int], tuple[int, object, int]]:
    """Each card's (type, due — a study date or epoch seconds —, answers in its review log)."""
    out = {}
    for cid, guid, ord_, ctype, queue, due in phone.db.all(
            "SELECT c.id, n.guid, c.ord, c.type, c.queue, c.due FROM cards c JOIN notes n ON n.id = c.nid"):
        when: object = _phone_day(phone, due) if queue in (2, 3) else (due if queue == 1 else None)
        answers = phone.db.scalar("SELECT count(*) FROM revlog WHERE cid = ? AND type < 4", cid)
        out[(guid, ord_)] = (ctype, when, answers)
    return out


def _srs_view(db: Path) -> dict[tuple[str, int], tuple[int, object, int]]:
    col = Collection.open(db)
    try:
        with col.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT n.guid, json_extract(n.fields, '$.anki_guid'), c.ordinal, c.state, c.due,"
                " (SELECT count(*) FROM review_logs r WHERE r.card_id = c.id)"
                " FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()
    finally:
        col.close()
    out = {}
    for guid, anki_guid_field, ordinal, state, due_us, answers in rows:
        due = datetime.fromtimestamp(due_us / 1_000_000, UTC)
        when: object = (due - ROLLOVER).date() if state == 2 else (int(due.timestamp()) if state in (1, 3) else None)
        out[(anki_guid_field or anki_guid(guid), ordinal)] = (state, when, answers)
    return out


def _answer_on_phone(phone: AnkiCollection, ratings: tuple[int, ...]) -> set[tuple[str, int]]:
    answered = set()
    phone.decks.select(phone.db.scalar("SELECT did FROM cards LIMIT 1"))  # the deck srs made: study it
    for rating in ratings:
        queued = phone.sched.get_queued_cards(fetch_limit=1).cards
        card = phone.get_card(queued[0].card.id)
        card.start_timer()
        card.timer_started -= 6  # six seconds to answer
        phone.sched.answerCard(card, rating)
        answered.add((card.note().guid, card.ord))
    return answered


def test_reviews_go_from_phone_to_srs_and_back(sync_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    skip_near_rollover()
    start = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setenv("SRS_NOW", start.isoformat())
    db = tmp_path / "srs.db"
    deck = tmp_path / "networking.md"
    deck.write_text(DECK)
    Collection.open(db).close()  # without the bundled decks: the small deck alone
    _srs(db, "import", str(deck))
    _srs(db, "sync", "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload")

    (tmp_path / "phone").mkdir()
    phone = AnkiCollection(str(tmp_path / "phone" / "collection.anki2"))
    try:
        _phone_sync(phone, sync_server)
        assert phone.card_count() == 8
        assert phone.get_config("fsrs", False) is True  # srs's mirror asked for FSRS; the setting synced
        on_phone = _answer_on_phone(phone, PHONE_RATINGS)
        _phone_sync(phone, sync_server)
        phone_view = _phone_view(phone)

        _srs(db, "sync")
        srs_view = _srs_view(db)
        assert set(srs_view) == set(phone_view)
        assert on_phone and {key: srs_view[key] for key in on_phone} == {key: phone_view[key] for key in on_phone}
        assert sum(srs_view[key][2] for key in on_phone) == len(PHONE_RATINGS)

        # srs answers the cards the phone has not touched, then syncs
        col = Collection.open(db)
        session = ReviewSession(col)
        shown = session.start()
        by_srs = 0
        while shown.card is not None and shown.card.state == 0 and by_srs < 2:
            by_srs += 1
            monkeypatch.setenv("SRS_NOW", (start + timedelta(seconds=by_srs)).isoformat())
            shown = session.answer(3 if by_srs == 1 else 4, 5000)
        col.close()
        assert by_srs == 2
        _srs(db, "sync")
        srs_view = _srs_view(db)
        reviewed_here = {key for key, (_s, _w, answers) in srs_view.items() if answers and key not in on_phone}
        assert len(reviewed_here) == 2

        _phone_sync(phone, sync_server)
        phone_view = _phone_view(phone)
        assert {key: phone_view[key] for key in reviewed_here} == {key: srs_view[key] for key in reviewed_here}
        assert {key: phone_view[key] for key in on_phone} == {key: srs_view[key] for key in on_phone}
    finally:
        phone.close()
