"""Statistics against hand-built histories: counts, due today, forecast, retention, streak, days."""

from __future__ import annotations

import itertools
import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from srs.core.errors import NotFound
from srs.db.models import Card, Note, ReviewLog
from srs.service.collection import Collection, get_or_create_deck
from srs.service.decks import today_counts
from srs.service.reviewing import Study
from srs.service.stats import card_history, collection_stats

DAY = timedelta(days=1)
_serial = itertools.count(1)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add(col: Collection, deck: str = "Main::Sub", **card: object) -> int:
    """One note with one card; ``card`` sets its columns (times as UTC ISO strings)."""
    n = next(_serial)
    made = utc("2026-01-01T00:00")
    values = {"state": 0, "due": made, "reps": 0, "lapses": 0, "suspended": False, "flag": 0}
    values.update({k: utc(v) if isinstance(v, str) else v for k, v in card.items()})
    with col.write() as s:
        deck_id = get_or_create_deck(s, deck).id
        note = Note(guid=f"g{n}", key=f"k{n}", kind="qa", rule="test", template="basic", reverse=False, front=f"card {n}",
                    back="", fields={}, tags="", heading_path=[], deck_id=deck_id, line=n, content_hash="h",
                    created_at=made, modified_at=made)
        s.add(note)
        s.flush()
        c = Card(note_id=note.id, deck_id=deck_id, ordinal=0, position=n, created_at=made, **values)
        s.add(c)
        s.flush()
        return c.id


def review_card(col: Collection, last: str, due: str, **extra: object) -> int:
    return add(col, state=2, stability=10.0, difficulty=5.0, last_review=last, due=due, reps=3, **extra)


@pytest.fixture
def zone() -> Iterator[object]:
    """Switch the machine's time zone for one test (study days are local)."""
    saved = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def answer_at(monkeypatch: pytest.MonkeyPatch, study: Study, when: str, card_id: int, rating: int) -> None:
    monkeypatch.setenv("SRS_NOW", when + "+00:00")
    study.answer(card_id, rating)


def test_counts_due_today_and_forecast(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRS_NOW", "2026-03-10T12:00:00+00:00")  # TZ=UTC, days start at 04:00
    review_card(col, "2026-02-20T10:00", "2026-03-01T10:00")  # overdue, interval 9 d: young
    review_card(col, "2026-02-19T03:00", "2026-03-11T03:00")  # due before 04:00 tomorrow = today; 20 d: young
    review_card(col, "2026-02-18T05:00", "2026-03-11T05:00")  # tomorrow; 21 d: mature
    review_card(col, "2026-03-08T10:00", "2026-04-08T10:00")  # 29 days ahead: last forecast day; mature
    review_card(col, "2026-03-09T10:00", "2026-04-09T10:00")  # 30 days ahead: beyond the forecast; mature
    review_card(col, "2026-03-02T10:00", "2026-03-09T10:00", buried_until="2026-03-11T04:00")  # buried: not due today
    review_card(col, "2026-03-02T10:00", "2026-03-12T10:00", suspended=True)  # suspended: counted apart, no forecast
    add(col, state=1, step=0, last_review="2026-03-10T12:00", due="2026-03-10T12:10", reps=1)  # learning, due today
    add(col, state=3, step=0, last_review="2026-03-10T10:00", due="2026-03-11T10:00", reps=5, lapses=1)  # relearning
    add(col, deck="Other")
    add(col, deck="Other")

    st = collection_stats(col)
    assert (st.total, st.new, st.learning, st.review, st.suspended) == (11, 2, 2, 6, 1)
    assert (st.young, st.mature) == (3, 3)
    assert st.due_today == 3
    assert len(st.forecast) == 30
    assert st.forecast[0] == 3  # overdue, due tonight before 04:00, learning; not the buried one
    assert st.forecast[1] == 3 and st.forecast[29] == 1 and sum(st.forecast) == 7  # tomorrow, relearning, buried
    assert (st.today_new, st.today_learning, st.today_review) == (2, 1, 2)
    assert st.due_today == today_counts(col).learning + today_counts(col).due

    main = collection_stats(col, "Main")
    assert (main.deck, main.total, main.new, main.review, main.due_today) == ("Main", 9, 0, 6, 3)
    other = collection_stats(col, "Other")
    assert (other.total, other.new, other.due_today, sum(other.forecast)) == (2, 2, 0, 0)
    with pytest.raises(NotFound, match="no deck named 'Nope'"):
        collection_stats(col, "Nope")


def test_retention_streak_and_days(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    r1, r2, r3, r4, r5 = (review_card(col, "2026-01-20T10:00", "2026-01-30T10:00") for _ in range(5))
    other = review_card(col, "2026-01-20T10:00", "2026-01-30T10:00", deck="Other")
    new = add(col)
    study = Study(col)
    answer_at(monkeypatch, study, "2026-02-01T10:00", r5, 1)  # again, 37 days before: outside 30 days
    answer_at(monkeypatch, study, "2026-03-05T10:00", r1, 3)
    answer_at(monkeypatch, study, "2026-03-05T11:00", r2, 1)  # again
    answer_at(monkeypatch, study, "2026-03-06T03:00", r3, 2)  # 03:00 belongs to the study day of 03-05
    answer_at(monkeypatch, study, "2026-03-08T10:00", r4, 4)
    answer_at(monkeypatch, study, "2026-03-08T10:05", other, 1)  # another deck
    answer_at(monkeypatch, study, "2026-03-09T10:00", new, 3)  # a new card: not a review answer
    answer_at(monkeypatch, study, "2026-03-10T09:00", new, 3)  # a learning card: not a review answer
    monkeypatch.setenv("SRS_NOW", "2026-03-10T12:00:00+00:00")  # a Tuesday

    st = collection_stats(col)
    assert st.retention_30d == pytest.approx(3 / 5)
    assert st.reviews_per_day == {"2026-02-01": 1, "2026-03-05": 3, "2026-03-08": 2, "2026-03-09": 1, "2026-03-10": 1}
    assert st.streak == 3  # 03-08, 03-09, 03-10
    weeks = st.retention_by_week
    assert [w for w, _, _ in weeks] == ["2025-12-22", "2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26",
                                       "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"]
    assert weeks[5] == ("2026-01-26", 0.0, 1)  # Sunday 02-01 is in the week of Monday 01-26
    assert weeks[10] == ("2026-03-02", pytest.approx(3 / 5), 5)
    assert weeks[11] == ("2026-03-09", None, 0)
    assert all(n == 0 for _, _, n in weeks[:5] + weeks[6:10])

    main = collection_stats(col, "Main")
    assert main.retention_30d == pytest.approx(3 / 4)
    assert main.reviews_per_day["2026-03-08"] == 1

    monkeypatch.setenv("SRS_NOW", "2026-03-11T10:00:00+00:00")
    assert collection_stats(col).streak == 3  # nothing yet today: the streak up to yesterday still counts
    monkeypatch.setenv("SRS_NOW", "2026-03-12T10:00:00+00:00")
    assert collection_stats(col).streak == 0  # a whole day missed
    monkeypatch.setenv("SRS_NOW", "2026-04-20T10:00:00+00:00")
    later = collection_stats(col)
    assert later.retention_30d is None and "2026-03-05" in later.reviews_per_day


def test_empty_collection(col: Collection) -> None:
    st = collection_stats(col)
    assert (st.total, st.due_today, st.retention_30d, st.streak, st.reviews_per_day) == (0, 0, None, 0, {})
    assert st.forecast == [0] * 30
    assert len(st.retention_by_week) == 12 and all(r is None and n == 0 for _, r, n in st.retention_by_week)
    data = json.loads(json.dumps(st.to_dict()))
    assert data["retention_by_week"][0] == {"week": "2025-12-15", "retention": None, "answers": 0}


def test_a_streak_longer_than_a_year(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    card = review_card(col, "2024-01-01T10:00", "2024-01-11T10:00")
    start = utc("2025-01-01T12:00")
    days = 430
    with col.write() as s:
        s.add_all(ReviewLog(card_id=card, rating=3, reviewed_at=start + i * DAY, duration_ms=0, state=2, stability=10.0,
                            difficulty=5.0, due=start + (i + 1) * DAY, prev_state=2) for i in range(days))
    monkeypatch.setenv("SRS_NOW", (start + (days - 1) * DAY + timedelta(hours=2)).isoformat())
    st = collection_stats(col)
    assert st.streak == days
    assert len(st.reviews_per_day) == 365  # the per-day history covers a year


def test_study_days_follow_local_time_and_daylight_saving(col: Collection, monkeypatch: pytest.MonkeyPatch, zone) -> None:  # type: ignore[no-untyped-def]
    zone("America/New_York")  # EST (UTC-5) until 2026-03-08, EDT (UTC-4) after
    a, b, c = (review_card(col, "2026-02-01T10:00", "2026-02-20T10:00") for _ in range(3))
    study = Study(col)
    answer_at(monkeypatch, study, "2026-03-06T08:30", a, 3)  # 03:30 EST: still the study day of 03-05
    answer_at(monkeypatch, study, "2026-03-06T09:30", b, 3)  # 04:30 EST: 03-06
    answer_at(monkeypatch, study, "2026-03-09T08:30", c, 3)  # 04:30 EDT: 03-09
    monkeypatch.setenv("SRS_NOW", "2026-03-09T12:00:00+00:00")
    st = collection_stats(col)
    assert st.reviews_per_day == {"2026-03-05": 1, "2026-03-06": 1, "2026-03-09": 1}
    assert st.streak == 1


def test_card_history_lists_answers_oldest_first(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    card = add(col)
    study = Study(col)
    answer_at(monkeypatch, study, "2026-03-02T09:00", card, 3)
    answer_at(monkeypatch, study, "2026-03-02T09:10", card, 1)
    history = card_history(col, card)
    assert [(a.reviewed_at, a.rating, a.state) for a in history] == [
        (utc("2026-03-02T09:00"), 3, 1), (utc("2026-03-02T09:10"), 1, 1)]
    assert history[0].interval == timedelta(minutes=10)  # good on a new card: the second learning step
    assert card_history(col, 12345) == []
