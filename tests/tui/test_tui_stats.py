"""Stats: numbers beside the plots, computed in a worker."""

from __future__ import annotations

from textual.pilot import Pilot

from srs.service.collection import Collection
from srs.tui.screens.stats import StatsScreen

from .helpers import press, running, settle, sync


async def open_stats(pilot: Pilot) -> StatsScreen:
    await settle(pilot)
    await press(pilot, "s")
    screen = pilot.app.screen
    assert isinstance(screen, StatsScreen)
    return screen


@sync
async def test_stats_after_some_reviews(answered_col: Collection) -> None:
    async with running(answered_col, (120, 40)) as pilot:
        screen = await open_stats(pilot)
        summary = str(screen.query_one("#stats-summary").render())
        assert summary.startswith("6 cards")
        numbers = " ".join(str(w.render()) for w in screen.query(".numbers"))
        assert "3 reviews · 1 day studied" in numbers
        assert "next 30 days" in numbers
        states = str(screen.query_one("#states").render())
        assert "New" in states and "Learning" in states and "Young" in states
        await press(pilot, "escape")
        assert screen not in pilot.app.screen_stack


@sync
async def test_answer_buttons_hours_retention_and_distributions_fit_80_columns(answered_col: Collection) -> None:
    async with running(answered_col, (80, 24)) as pilot:
        screen = await open_stats(pilot)
        buttons = str(screen.query_one("#buttons").render()).splitlines()
        assert buttons[0].split() == ["Again", "Hard", "Good", "Easy", "correct"]
        assert buttons[1].split() == ["Learning", "1", "0", "1", "1", "67%"]  # the three answers to new cards
        assert "Young — (n=0) · Mature — (n=0)" in str(screen.query_one("#true-retention").render())
        assert "busiest 9:00–10:00: 3 answers, 67% not Again" in str(screen.query_one("#hours").render())
        for name in ("intervals", "stability", "difficulty", "retrievability"):
            rows = str(screen.query_one(f"#{name}").render()).splitlines()
            assert sum(int(r.split()[-2].replace(",", "")) for r in rows) == 3, name  # the three cards answered
        for widget in screen.query("#buttons, #true-retention, #hours, #intervals, #retrievability"):
            assert widget.region.right <= 80 and widget.size.width >= max(
                len(line) for line in str(widget.render()).splitlines()), widget.id  # nothing cut
