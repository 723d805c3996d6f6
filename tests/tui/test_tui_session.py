"""A whole daily review driven through the keyboard, checked in the database afterwards."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from srs.db.models import Card, ReviewLog
from srs.service.collection import Collection
from srs.tui.screens.home import HomeScreen
from srs.tui.screens.review import ReviewScreen
from srs.tui.screens.summary import SummaryScreen

from .helpers import make_app, settle, sync


def review_logs(col: Collection) -> list[tuple[int, int]]:
    with col.read() as s:
        return [(r.card_id, r.rating) for r in s.scalars(select(ReviewLog).order_by(ReviewLog.id))]


def card(col: Collection, card_id: int) -> Card:
    with col.read() as s:
        c = s.get(Card, card_id)
        assert c is not None
        return c


def on_screen(screen: ReviewScreen) -> int:
    assert screen.shown is not None and screen.shown.card is not None
    return screen.shown.card.id


@sync
async def test_full_session(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # "All decks" is selected
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.shown is not None and review.shown.left == 6

        # the back is hidden until Space; answer keys do nothing before that
        back = review.query_one("#back")
        assert back.styles.display == "none"
        first = on_screen(review)
        await pilot.press("3")
        await settle(pilot)
        assert on_screen(review) == first and review_logs(col) == []
        answered = []
        for rating in (1, 2, 3, 4):
            current = on_screen(review)
            await pilot.press("space")
            assert review.revealed and back.styles.display == "block"
            await pilot.press(str(rating))
            await settle(pilot)
            answered.append(current)
            assert review_logs(col)[-1] == (current, rating)

        # undo takes back the Easy answer and shows that card again, front first
        await pilot.press("u")
        await settle(pilot)
        assert on_screen(review) == answered[-1]
        assert not review.revealed
        assert [r for _c, r in review_logs(col)] == [1, 2, 3]
        await pilot.press("space", "4")
        await settle(pilot)

        # suspend the card on screen: it leaves the session and is suspended in the database
        suspended = on_screen(review)
        await pilot.press("s")
        await settle(pilot)
        assert on_screen(review) != suspended
        assert card(col, suspended).suspended

        # finish: keep answering Good until the session ends (learning cards come back within 20 min)
        for _ in range(40):
            if isinstance(app.screen, SummaryScreen):
                break
            await pilot.press("space", "3")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        text = " ".join(str(label.render()) for label in app.screen.query("Label"))
        reviewed = len(review_logs(col))
        assert f"Cards reviewed  {reviewed}" in text
        assert "Again rate" in text and "Time spent" in text and "Next card due" in text

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

    logs = review_logs(col)
    assert Counter(r for _c, r in logs)[4] == 1  # the undone Easy is gone, the second one is kept
    assert {1, 2, 3, 4} <= {r for _c, r in logs}
    assert suspended not in {c for c, _r in logs}
    with col.read() as s:
        states = [c.state for c in s.scalars(select(Card).where(Card.suspended.is_(False)))]
    assert states and all(state == 2 for state in states)  # every card graduated to review


@sync
async def test_bury_and_flag(col: Collection) -> None:
    app = make_app(col, start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        flagged = on_screen(review)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert card(col, flagged).flag == 2
        assert "⚑2 orange" in str(review.query_one("#flag").render())

        await pilot.press("b")
        await settle(pilot)
        assert card(col, flagged).buried_until is not None
        assert on_screen(review) != flagged

        await pilot.press("u")  # undo the bury: the card is back, unburied
        await settle(pilot)
        assert on_screen(review) == flagged
        assert card(col, flagged).buried_until is None

        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "Session over" in str(app.screen.query_one("#summary-title").render())
        assert "Left for later  6" in " ".join(str(label.render()) for label in app.screen.query("Label"))


@sync
async def test_empty_session_says_when_next(col: Collection) -> None:
    app = make_app(col, deck="Security", start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(10):
            if isinstance(app.screen, SummaryScreen):
                break
            await pilot.press("space", "4")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "Session over — Security" in str(app.screen.query_one("#summary-title").render())
        assert "in " in str(app.screen.query_one("#next-due").render())


@sync
async def test_small_terminal_still_shows_the_answer_buttons(col: Collection) -> None:
    app = make_app(col, start_review=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        screen_region = app.screen.region
        for rating in (1, 2, 3, 4):
            button = app.screen.query_one(f"#rate-{rating}")
            assert button.display and button.region.height >= 1
            assert screen_region.contains_region(button.region)
            assert str(rating) in str(button.label)


@sync
async def test_card_answered_elsewhere_is_skipped(col: Collection) -> None:
    from srs.service.reviewing import Study

    app = make_app(col, start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        first = on_screen(review)
        other = Study(col)  # another session (e.g. a second terminal) answers the same card
        card = other.next_card()
        assert card is not None and card.id == first
        other.answer(card.id, 3, 1000, expected_reps=card.reps)
        await pilot.press("space", "3")
        await settle(pilot)
        assert on_screen(review) != first
        assert "answered elsewhere" in str(review.query_one("#status").render())
        assert [c for c, _r in review_logs(col)] == [first]  # only the other session's answer


@sync
async def test_undo_then_answer_again_reviews_the_card_once(col: Collection) -> None:
    """Issue 16, defect 1: Easy, u, Easy again — one review, the counts as before the undo, never shown again."""
    app = make_app(col, start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None
        first = on_screen(review)
        await pilot.press("space", "4")
        await settle(pilot)
        left_after_answer = review.shown.left
        for _ in range(3):  # repeated undo made it worse
            await pilot.press("u")
            await settle(pilot)
            assert on_screen(review) == first
            assert review.shown.left == left_after_answer + 1
            await pilot.press("space", "4")
            await settle(pilot)
            assert review.shown.left == left_after_answer
        seen = []
        for _ in range(40):
            if isinstance(app.screen, SummaryScreen):
                break
            seen.append(on_screen(review))
            await pilot.press("space", "4")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert first not in seen, "the undone card came back after it was answered again"
    assert [c for c, _r in review_logs(col)].count(first) == 1
