"""The review engine: FSRS parity, queue rules, undo/redo, burying, leeches, limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from srs.core.days import day_index
from srs.core.scheduling import Rating, format_interval
from srs.db.models import Card, Note, Preset, ReviewLog
from srs.service.collection import Collection
from srs.service.reviewing import Study
from srs.service.session import ReviewSession
from tests.factory import add_notes

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def set_now(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    monkeypatch.setenv("SRS_NOW", when.isoformat())


def set_preset(col: Collection, **values: object) -> None:
    with col.write() as s:
        s.execute(update(Preset).values(**values))


def card_state(col: Collection, card_id: int) -> tuple:
    with col.read() as s:
        c = s.get(Card, card_id)
        assert c is not None
        return (c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.suspended, c.buried_until, c.flag)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from([1, 2, 3, 4]), st.integers(min_value=0, max_value=40 * 24 * 60)), min_size=1, max_size=12))
def test_stored_state_equals_fsrs_counting_study_days(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, steps: list[tuple[int, int]]) -> None:
    db = tmp_path_factory.mktemp("p") / "p.db"
    col = Collection.open(db)
    try:
        set_preset(col, fuzz=False)
        set_now(monkeypatch, T0)
        (note_id,) = add_notes(col, "D", [("q", "a")])
        with col.read() as s:
            card_id = s.scalar(select(Card.id).where(Card.note_id == note_id))
        sched = fsrs.Scheduler(enable_fuzzing=False)
        ref = fsrs.Card(card_id=card_id, due=T0)
        when = T0
        for rating, gap_minutes in steps:
            when = when + timedelta(minutes=gap_minutes)
            set_now(monkeypatch, when)
            study = Study(col)
            study.answer(card_id, rating)
            last_real = ref.last_review
            if last_real is not None:  # srs counts study days (4 am starts), fsrs 24-hour periods: hand it those days
                ref.last_review = when - timedelta(days=day_index(when) - day_index(last_real))
            ref, _ = sched.review_card(ref, fsrs.Rating(rating), when)
            state, step, stab, diff, due, last, *_ = card_state(col, card_id)
            assert (state, step, due, last) == (int(ref.state), ref.step, ref.due, ref.last_review)
            assert stab == pytest.approx(ref.stability, rel=1e-12) and diff == pytest.approx(ref.difficulty, rel=1e-12)
    finally:
        col.close()


def test_fuzz_is_deterministic(tmp_path, monkeypatch) -> None:
    dues = []
    for name in ("a", "b"):
        col = Collection.open(tmp_path / f"{name}.db")
        set_now(monkeypatch, T0)
        (nid,) = add_notes(col, "D", [("q", "a")])
        with col.read() as s:
            cid = s.scalar(select(Card.id).where(Card.note_id == nid))
        when = T0
        for _ in range(6):
            set_now(monkeypatch, when)
            Study(col).answer(cid, Rating.GOOD)
            when = card_state(col, cid)[4]
        dues.append(card_state(col, cid)[4])
        col.close()
    assert dues[0] == dues[1]
    assert dues[0] - T0 > timedelta(days=30)


def test_queue_order_limits_and_interleaving(col, monkeypatch) -> None:
    set_preset(col, new_per_day=5, reviews_per_day=3)
    add_notes(col, "D", [(f"new {i}", "a") for i in range(10)])
    ids = add_notes(col, "D", [(f"rev {i}", "a") for i in range(6)])
    with col.write() as s:
        for i, nid in enumerate(ids):  # reviews, overdue by different amounts
            s.execute(update(Card).where(Card.note_id == nid).values(
                state=2, stability=10.0, difficulty=5.0, last_review=T0 - timedelta(days=10 + i),
                due=T0 - timedelta(days=i), reps=3))
    study = Study(col)
    assert study.counts() == (5, 0, 3)
    with col.read() as s:
        states = dict(s.execute(select(Card.id, Card.state)).all())
        fronts = dict(s.execute(select(Card.id, Note.front).join(Note)).all())
    order = list(study.queue)
    assert [states[c] for c in order].count(0) == 5
    reviews = [fronts[c] for c in order if states[c] == 2]
    assert reviews == ["rev 5", "rev 4", "rev 3"], "most overdue (lowest retrievability) first"
    news = [fronts[c] for c in order if states[c] == 0]
    assert news == [f"new {i}" for i in range(5)], "new cards in source order"
    runs = "".join("n" if states[c] == 0 else "r" for c in order).split("r")
    assert max(len(r) for r in runs) <= 2, f"new cards are spread, not bunched: {runs}"


def test_learning_cards_come_back_first_and_limits_count_the_log(col, monkeypatch) -> None:
    set_preset(col, new_per_day=2)
    add_notes(col, "D", [(f"n{i}", "a") for i in range(5)])
    study = Study(col)
    first = study.next_card()
    study.answer(first.id, Rating.AGAIN)  # learning, due in 1 minute
    second = study.next_card()
    assert second.id != first.id
    study.answer(second.id, Rating.GOOD)
    set_now(monkeypatch, T0 + timedelta(minutes=2))
    assert study.next_card().id == first.id, "the learning card due now comes first"
    again = Study(col)  # a new session the same day: the two new cards are used up
    assert again.counts()[0] == 0


def test_nothing_due_says_when_next(col, monkeypatch) -> None:
    (nid,) = add_notes(col, "D", [("q", "a")])
    study = Study(col)
    card = study.next_card()
    study.answer(card.id, Rating.EASY)
    assert study.next_card() is None
    nxt = study.next_due()
    assert nxt is not None and nxt > T0 + timedelta(days=1)


def test_answer_then_undo_is_identity_and_redo_repeats(col, monkeypatch) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(40)])
    session = ReviewSession(col)
    shown = session.start()
    answered = []
    for i in range(35):
        card = shown.card
        before = (card_state(col, card.id), session.queue, shown.counts)
        shown = session.answer([1, 2, 3, 4][i % 4], 1000 + i)
        answered.append((card.id, before, (card_state(col, card.id), session.queue, shown.counts)))
    assert len({a[0] for a in answered}) < 35, "learning cards came back within the session"
    for card_id, (state, queue, counts), _after in reversed(answered):
        shown = session.undo()
        assert shown.card.id == card_id, "undo shows the undone card again"
        assert (card_state(col, card_id), session.queue, shown.counts) == (state, queue, counts)
    with col.read() as s:
        assert s.scalar(select(ReviewLog.id).limit(1)) is None
    for card_id, _before, (state, queue, counts) in answered:
        shown = session.redo()
        assert (card_state(col, card_id), session.queue, shown.counts) == (state, queue, counts)
    with col.read() as s:
        durations = sorted(s.scalars(select(ReviewLog.duration_ms)).all())
    assert durations[0] == 1000 and len(durations) == 35


def test_answer_time_is_clamped_by_the_preset(col) -> None:
    add_notes(col, "D", [("a", "1"), ("b", "2"), ("c", "3")])
    session = ReviewSession(col)
    session.start()
    session.answer(Rating.EASY, 10 * 60_000)  # left on screen for ten minutes: 60 s by default
    session.answer(Rating.EASY, 4_200)
    set_preset(col, max_answer_seconds=20)
    session = ReviewSession(col)  # the preset is read when a session starts
    session.start()
    session.answer(Rating.EASY, 25_000)
    with col.read() as s:
        assert s.scalars(select(ReviewLog.duration_ms).order_by(ReviewLog.id)).all() == [60_000, 4_200, 20_000]


def test_siblings_are_buried_until_tomorrow(col, monkeypatch) -> None:
    (nid,) = add_notes(col, "D", [("front", "back")], reverse=True)
    session = ReviewSession(col)
    card = session.start().card
    nxt = session.answer(Rating.GOOD, 0).card
    with col.read() as s:
        sib = s.scalars(select(Card).where(Card.note_id == nid, Card.id != card.id)).one()
    assert sib.buried_until is not None and sib.buried_until > T0
    assert nxt is None or nxt.id == card.id  # the sibling is not shown today
    set_now(monkeypatch, T0 + timedelta(days=1))
    assert sib.id in Study(col).queue
    set_now(monkeypatch, T0)
    session.undo()
    assert card_state(col, sib.id)[9] is None, "undo unburies the sibling"


def test_cloze_siblings(col) -> None:
    (nid,) = add_notes(col, "D", [("{{c1::99.9%}} allows {{c2::43.2}} minutes", "")], cloze=True)
    study = Study(col)
    card = study.next_card()
    assert "[...]" in card.front and "**" in card.back
    study.answer(card.id, Rating.GOOD)
    with col.read() as s:
        assert s.scalar(select(Card.buried_until).where(Card.note_id == nid, Card.id != card.id)) is not None


def test_eighth_lapse_makes_a_leech(col, monkeypatch) -> None:
    (nid,) = add_notes(col, "D", [("hard fact", "a")])
    with col.read() as s:
        cid = s.scalar(select(Card.id).where(Card.note_id == nid))
    with col.write() as s:
        s.execute(update(Card).where(Card.id == cid).values(state=2, stability=5.0, difficulty=8.0, last_review=T0 - timedelta(days=5), due=T0, reps=20, lapses=7))
    session = ReviewSession(col)
    assert session.start().card.id == cid
    session.answer(Rating.AGAIN, 0)
    with col.read() as s:
        card, note = s.get(Card, cid), s.get(Note, nid)
        assert card.lapses == 8 and card.suspended
        assert "leech" in note.tags.split()
    session.undo()
    with col.read() as s:
        assert not s.get(Card, cid).suspended and "leech" not in s.get(Note, nid).tags.split()


def test_leech_threshold_is_per_preset(col) -> None:
    set_preset(col, leech_threshold=3)
    (nid,) = add_notes(col, "D", [("x", "a")])
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=5.0, difficulty=8.0, last_review=T0 - timedelta(days=5), due=T0, reps=9, lapses=2))
    cid = Study(col).next_card().id
    Study(col).answer(cid, Rating.AGAIN)
    assert card_state(col, cid)[8] is True


def test_suspend_bury_flag_and_undo(col) -> None:
    add_notes(col, "D", [("a", "1"), ("b", "2"), ("c", "3")])
    session = ReviewSession(col)
    first = session.start().card
    second = session.suspend().card
    assert card_state(col, first.id)[8] is True
    assert second.id != first.id
    third = session.bury().card
    assert card_state(col, second.id)[9] is not None
    assert session.flag(3).card.id == third.id
    assert card_state(col, third.id)[10] == 3
    assert third.id not in (first.id, second.id)
    assert session.undo().card.id == third.id
    assert card_state(col, third.id)[10] == 0
    assert session.undo().card.id == second.id
    assert card_state(col, second.id)[9] is None
    shown = session.undo()
    assert shown.card.id == first.id and shown.counts.new == 3
    assert card_state(col, first.id)[8] is False
    with pytest.raises(Exception, match="Nothing to undo"):
        session.undo()


def test_previews_are_formatted(col) -> None:
    add_notes(col, "D", [("q", "a")])
    card = Study(col).next_card()
    assert card.previews[1] == "<1m" or card.previews[1].startswith("<")
    assert card.previews[4].endswith("d")
    assert format_interval(timedelta(days=36)) == "1.2mo"
    assert format_interval(timedelta(minutes=10)) == "<10m"
    assert format_interval(timedelta(days=3)) == "3d"


def test_answer_elsewhere_is_not_counted_twice(col) -> None:
    add_notes(col, "D", [("q", "a")])
    one, two = Study(col), Study(col)
    card = one.next_card()
    same = two.next_card()
    assert same.id == card.id
    one.answer(card.id, Rating.GOOD, expected_reps=card.reps)
    with pytest.raises(Exception, match="answered elsewhere"):
        two.answer(same.id, Rating.GOOD, expected_reps=same.reps)
    with col.read() as s:
        assert len(s.scalars(select(ReviewLog.id)).all()) == 1
