"""Browse: n forgets the card under the cursor, t sets its due date; u undoes either, exactly; U redoes."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input

from srs.core.consts import State
from srs.core.days import study_day
from srs.service.collection import Collection
from srs.service.reviewing import Study
from srs.tui.screens.confirm import ConfirmScreen
from srs.tui.screens.set_due import SetDueScreen

from .conftest import NOW
from .helpers import make_app, settle, sync
from .test_tui_browse import cards, open_browse, search

TODAY = study_day(__import__("datetime").datetime.fromisoformat(NOW))


def review_card(col: Collection) -> int:
    """The first card, answered twice: a review card with a history, due in a few days."""
    study = Study(col)
    card = study.next_card()
    assert card is not None
    start = TODAY.start - timedelta(days=6)
    study.answer(card.id, 3, 4000, when=start)
    study.answer(card.id, 3, 4000, when=start + timedelta(days=2))
    return card.id


def columns(col: Collection, card_id: int) -> tuple:
    c = cards(col)[card_id]
    return (c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.buried_until)


@sync
async def test_forget_then_undo_and_redo(col: Collection) -> None:
    cid = review_card(col)
    before = columns(col, cid)
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "is:review")
        assert [r.id for r in browse.rows] == [cid]
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        forgotten = cards(col)[cid]
        assert forgotten.state == State.NEW and forgotten.stability is None and forgotten.reps == 2
        assert browse.rows == []  # no longer is:review
        await pilot.press("u")
        await settle(pilot)
        assert columns(col, cid) == before
        assert [r.id for r in browse.rows] == [cid]
        await pilot.press("U")
        await settle(pilot)
        assert cards(col)[cid].state == State.NEW


@sync
async def test_set_due_from_browse_with_a_bad_entry_first(col: Collection) -> None:
    cid = review_card(col)
    before = columns(col, cid)
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "is:review")
        await pilot.press("t")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SetDueScreen)
        dialog.query_one(Input).value = "soon"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and "not a due date" in str(dialog.query_one("#due-error").render())
        dialog.query_one(Input).value = "0"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is browse
        moved = cards(col)[cid]
        assert moved.due == TODAY.start and moved.state == State.REVIEW and moved.last_review == before[5]
        await search(pilot, "is:due")
        assert cid in [r.id for r in browse.rows]
        await search(pilot, "is:review")
        await pilot.press("u")
        await settle(pilot)
        assert columns(col, cid) == before
        await pilot.press("u")  # nothing left: says so, changes nothing
        await settle(pilot)
        assert columns(col, cid) == before


@sync
async def test_set_due_escape_changes_nothing_and_palette_lists_the_actions(col: Collection) -> None:
    from srs.tui.commands import keyed_actions

    cid = review_card(col)
    before = columns(col, cid)
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "is:review")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is browse and columns(col, cid) == before
        names = {d for d, _k, _a in keyed_actions(browse)}
        assert {"Forget (reset to new)", "Set due date", "Card info"} <= names
