"""Issue 22: the deck list reads the kept per-deck counts, the burials and the due cards through
indexes, and gives the same numbers as counting the cards one by one."""

from __future__ import annotations

from datetime import timedelta

from srs.core.consts import State
from srs.db.deck_count_rows import own_counts
from srs.db.micros import to_micros
from srs.service.collection import Collection
from tests.factory import add_notes
from tests.service.deck_counts_by_hand import count_by_hand


def test_deck_counts_agree_with_a_count_card_by_card(col: Collection) -> None:
    add_notes(col, "A", [(f"a{i}", "x") for i in range(40)])
    add_notes(col, "A::Sub", [(f"s{i}", "x") for i in range(25)])
    add_notes(col, "B", [(f"b{i}", "x") for i in range(30)])
    now = col.now()
    at = lambda hours: to_micros(now + timedelta(hours=hours))  # noqa: E731
    with col.write_conn() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM cards ORDER BY id")]
        for k, card_id in enumerate(ids):  # every kind of card the counts tell apart, in every deck
            state, due = [(State.NEW, at(0)), (State.REVIEW, at(-30)), (State.REVIEW, at(50)), (State.REVIEW, at(5)),
                          (State.LEARNING, at(0.1)), (State.RELEARNING, at(2)), (State.REVIEW, at(-1))][k % 7]
            suspended = int(k % 11 == 3)
            buried = at(10) if k % 13 == 5 else at(-10) if k % 13 == 6 else None
            conn.exec_driver_sql("UPDATE cards SET state = ?, due = ?, suspended = ?, buried_until = ? WHERE id = ?",
                                 (int(state), due, suspended, buried, card_id))
    now_us, learn_us, end_us = at(0), at(20 / 60), at(12)
    learn_until, day_end = now + timedelta(minutes=20), now + timedelta(hours=12)
    with col.read_sql() as run:
        counted = own_counts(run, now, learn_until, day_end)
        cards = run("SELECT deck_id, state, due, suspended, buried_until FROM cards", ())
    expected = count_by_hand(cards, now_us, learn_us, end_us)
    assert counted == expected
    assert all(c[0] and c[1] and c[2] for c in expected.values()), "every deck has new, learning and due cards"
