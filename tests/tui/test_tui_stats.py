"""Stats: numbers beside the plots, computed in a worker."""

from __future__ import annotations

from srs.service.collection import Collection
from srs.tui.screens.stats import StatsScreen

from .helpers import make_app, settle, sync


@sync
async def test_stats_after_some_reviews(col: Collection) -> None:
    from srs.service.reviewing import Study

    study = Study(col)
    for rating in (3, 1, 4):
        card = study.next_card()
        assert card is not None
        study.answer(card.id, rating, 1000, expected_reps=card.reps)
    app = make_app(col)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        summary = str(screen.query_one("#stats-summary").render())
        assert summary.startswith("6 cards")
        numbers = " ".join(str(w.render()) for w in screen.query(".numbers"))
        assert "3 reviews · 1 day studied" in numbers
        assert "next 30 days" in numbers
        states = str(screen.query_one("#states").render())
        assert "New" in states and "Learning" in states and "Young" in states
        await pilot.press("escape")
        await settle(pilot)
        assert screen not in app.screen_stack
