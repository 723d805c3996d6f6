"""Issue 22: the review footer names what Space does now ("Show answer", then "Good"), card after card,
by rewriting that one key's words; its keys are not unmounted and mounted again on every reveal and answer."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from srs.service.collection import Collection
from srs.tui.screens.review import ReviewScreen
from srs.tui.widgets.key_footer import KeyFooter

from .helpers import make_app, settle, sync


def footer_text(screen: ReviewScreen) -> list[str]:
    return [str(key.render()).strip() for key in screen.query_one(KeyFooter).query(FooterKey)]


@sync
async def test_the_footer_follows_space_without_rebuilding(col: Collection) -> None:
    app = make_app(col, start_review=True)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        front = footer_text(review)
        assert front[0] == "space Show answer" and "esc End" in front
        keys = list(review.query(FooterKey))
        for _ in range(3):
            await pilot.press("space")
            await settle(pilot)
            back = footer_text(review)
            assert back[0] == "space Good" and back[1:] == front[1:], "only Space's words change"
            await pilot.press("3")
            await settle(pilot)
            assert footer_text(review) == front
        assert list(review.query(FooterKey)) == keys, "the same key widgets, relabelled"
