"""Card info: `i` in review and Enter in browse open one scrollable screen; Esc returns where you were."""

from __future__ import annotations

import io

from rich.console import Console
from textual.containers import VerticalScroll
from textual.widgets import Static

from srs.service.collection import Collection
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.card_info import CardInfoScreen
from srs.tui.screens.review import ReviewScreen

from .helpers import make_app, settle, sync


def text_of(screen: CardInfoScreen) -> str:
    """Everything the screen shows, as plain text."""
    parts = [str(screen.query_one("#info-title").render())]
    for widget_id in ("#info-front", "#info-back"):
        parts.append(screen.query_one(widget_id).source)  # type: ignore[attr-defined]
    console = Console(width=200, record=True, file=io.StringIO())
    for widget_id in ("#info-facts", "#info-history"):
        console.print(screen.query_one(widget_id, Static).content)
    return "\n".join(parts) + "\n" + console.export_text()


def answer_first(col: Collection, rating: int) -> int:
    from srs.service.reviewing import Study

    study = Study(col)
    card = study.next_card()
    assert card is not None
    study.answer(card.id, rating, 6500, expected_reps=card.reps)
    return card.id


@sync
async def test_i_in_review_shows_the_card_and_escape_returns_to_it(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # home → review
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("space")  # the back is shown: coming back must keep it shown
        await settle(pilot)
        card = review.shown.card  # type: ignore[union-attr]
        await pilot.press("i")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen) and info.info is not None
        assert info.info.view.id == card.id
        shown = text_of(info)
        assert card.front in shown and card.context in shown
        assert "retrievability" in shown and "stability" in shown and "difficulty" in shown
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is review and review.revealed and review.shown.card.id == card.id  # type: ignore[union-attr]


@sync
async def test_enter_in_browse_opens_card_info_with_history(col: Collection) -> None:
    card_id = answer_first(col, 3)
    app = make_app(col)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        browse.query_one("#query").value = "rated:1"  # type: ignore[attr-defined]
        await pilot.press("enter")  # runs the search and moves to the results
        await settle(pilot)
        assert [r.id for r in browse.rows] == [card_id]
        await pilot.press("enter")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen) and info.info is not None
        shown = text_of(info)
        assert f"card {card_id}" in shown and "Good" in shown and "6.5 s" in shown
        assert ".md:" in shown  # the source file and line
        assert "review" in shown or "learning" in shown
        scroll = info.query_one("#info-scroll", VerticalScroll)
        assert scroll.has_focus  # arrows scroll it
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is browse and [r.id for r in browse.rows] == [card_id]


@sync
async def test_a_new_card_says_not_reviewed_and_has_no_memory(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("tab")
        await pilot.press("enter")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen)
        shown = text_of(info)
        assert "Not reviewed yet." in shown and "new card: not scheduled yet" in shown
        assert info.info is not None and info.info.retrievability is None
