"""A card answered on the phone and in srs between two syncs keeps both answers, on both sides,
and its schedule is the replay of both in time order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from srs.service.collection import Collection
from srs.service.session import ReviewSession
from tests.sync.conftest import skip_near_rollover

DECK = "# Ports\n\n- **HTTP**: 80\n"
LEARNING_STEP_S = 60  # Again puts a learning card 1 minute out (srs's and Anki's default first step)


def test_both_answers_are_kept_and_replayed(synced_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    skip_near_rollover()
    start = datetime.now(UTC).replace(microsecond=0)
    pair = synced_pair(DECK, start)
    phone, db = pair.phone, pair.db
    card = phone.get_card(phone.db.scalar("SELECT id FROM cards"))
    card.start_timer()
    phone.sched.answerCard(card, 3)  # Good on the phone, now
    pair.phone_sync()

    later = start + timedelta(minutes=3)  # Again in srs, three minutes later, before any sync
    monkeypatch.setenv("SRS_NOW", later.isoformat())
    col = Collection.open(db)
    session = ReviewSession(col)
    session.start()
    session.answer(1, 4000)
    col.close()

    pair.srs("sync")
    with Collection.open(db) as col, col.read() as s:
        conn = s.connection()
        ratings = [r for (r,) in conn.exec_driver_sql("SELECT rating FROM review_logs ORDER BY reviewed_at")]
        state, due_us = conn.exec_driver_sql("SELECT state, due FROM cards").one()
    assert ratings == [3, 1]  # the phone's Good, then srs's Again
    # Good then Again: learning, one step out from the Again (the phone's Good alone: ten minutes out)
    assert state == 1 and due_us // 1_000_000 == int(later.timestamp()) + LEARNING_STEP_S

    pair.phone_sync()
    card = phone.get_card(card.id)
    eases = [e for (e,) in phone.db.all("SELECT ease FROM revlog WHERE cid = ? ORDER BY id", card.id)]
    assert eases == [3, 1]
    assert (card.type, card.queue, card.due) == (1, 1, int(later.timestamp()) + LEARNING_STEP_S)
