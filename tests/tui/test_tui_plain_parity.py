"""Issue 16: the same scripted session through the app (Pilot) and through `srs review --plain`
ends with the same review log and the same cards: both are views over one ReviewSession."""

from __future__ import annotations

from pathlib import Path

from srs.service.collection import Collection
from srs.tui.screens.review import ReviewScreen
from tests.conftest import run_srs

from .helpers import make_app, settle, sync
from .tui_data import build

# (app keys, plain input line(s)) for each step; every step acts on the card on screen
ANSWER = {r: (("space", str(r)), f"\n{r}\n") for r in (1, 2, 3, 4)}
UNDO, REDO, BURY, SUSPEND = (("u",), "u\n"), (("U",), "r\n"), (("b",), "b\n"), (("s",), "s\n")
SCRIPT = [ANSWER[3], ANSWER[1], UNDO, ANSWER[4], BURY, ANSWER[2], UNDO, REDO, SUSPEND, UNDO, UNDO,
          ANSWER[1], ANSWER[3], UNDO, REDO, ANSWER[4], ANSWER[1]]
LOG = "SELECT id, card_id, rating, reviewed_at, state, stability, difficulty, due, prev_state, prev_interval_days, prev_step_us FROM review_logs ORDER BY id"
CARDS = "SELECT id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag FROM cards ORDER BY id"


def outcome(db: Path) -> tuple[list[tuple], list[tuple]]:
    col = Collection.open(db)
    try:
        with col.engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(LOG)], [tuple(r) for r in conn.exec_driver_sql(CARDS)]
    finally:
        col.close()


@sync
async def test_app_and_plain_give_the_same_log_and_cards(col: Collection, tmp_path: Path) -> None:
    plain_db = tmp_path / "plain.db"
    other = Collection.open(plain_db)
    build(other, tmp_path / "notes")
    other.close()

    app = make_app(col, start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        for keys, _line in SCRIPT:
            assert review.shown is not None and review.shown.card is not None
            for key in keys:
                await pilot.press(key)
            await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
    app_db = Path(col.path)

    out = run_srs("--db", str(plain_db), "review", "--plain", input="".join(line for _keys, line in SCRIPT) + "q\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("undone") == 5 and out.stdout.count("redone") == 2

    app_log, app_cards = outcome(app_db)
    plain_log, plain_cards = outcome(plain_db)
    assert len(app_log) == 6
    assert app_log == plain_log, "the same answers, at the same times, with the same results"
    assert app_cards == plain_cards
