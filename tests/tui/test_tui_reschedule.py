"""Browse: n forgets the card under the cursor, t sets its due date; u undoes either, exactly; U redoes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from srs.core.consts import Rating, State
from srs.core.days import study_day
from srs.service.collection import Collection
from srs.service.reviewing import Study
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.confirm import ConfirmScreen
from srs.tui.screens.set_due import SetDueScreen

from .conftest import NOW
from .helpers import press, running, sync
from .test_tui_browse import cards, open_browse, search

TODAY = study_day(datetime.fromisoformat(NOW))


def columns(col: Collection, card_id: int) -> tuple:
    c = cards(col)[card_id]
    return (c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.buried_until)


@pytest.fixture
def reviewed(col: Collection) -> tuple[int, tuple]:
    """The first card, answered Good twice: a review card with a history, due in a few days; and its columns."""
    study = Study(col)
    card = study.next_card()
    assert card is not None
    start = TODAY.start - timedelta(days=6)
    study.answer(card.id, Rating.GOOD, 4000, when=start)
    study.answer(card.id, Rating.GOOD, 4000, when=start + timedelta(days=2))
    return card.id, columns(col, card.id)


@asynccontextmanager
async def browsing_reviews(col: Collection) -> AsyncIterator[tuple[Pilot, BrowseScreen]]:
    """Browse open on ``is:review`` (the reviewed card alone)."""
    async with running(col) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "is:review")
        yield pilot, browse


@sync
async def test_forget_then_undo_and_redo(col: Collection, reviewed: tuple[int, tuple]) -> None:
    cid, before = reviewed
    async with browsing_reviews(col) as (pilot, browse):
        assert [r.id for r in browse.rows] == [cid]
        await press(pilot, "n")
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await press(pilot, "y")
        forgotten = cards(col)[cid]
        assert forgotten.state == State.NEW and forgotten.stability is None and forgotten.reps == 2
        assert browse.rows == []  # no longer is:review
        await press(pilot, "u")
        assert columns(col, cid) == before
        assert [r.id for r in browse.rows] == [cid]
        await press(pilot, "U")
        assert cards(col)[cid].state == State.NEW


@sync
async def test_set_due_from_browse_with_a_bad_entry_first(col: Collection, reviewed: tuple[int, tuple]) -> None:
    cid, before = reviewed
    async with browsing_reviews(col) as (pilot, browse):
        await press(pilot, "t")
        dialog = pilot.app.screen
        assert isinstance(dialog, SetDueScreen)
        dialog.query_one(Input).value = "soon"
        await press(pilot, "enter")
        assert pilot.app.screen is dialog and "not a due date" in str(dialog.query_one("#due-error").render())
        dialog.query_one(Input).value = "0"
        await press(pilot, "enter")
        assert pilot.app.screen is browse
        moved = cards(col)[cid]
        assert moved.due == TODAY.start and moved.state == State.REVIEW and moved.last_review == before[5]
        await search(pilot, "is:due")
        assert cid in [r.id for r in browse.rows]
        await search(pilot, "is:review")
        await press(pilot, "u")
        assert columns(col, cid) == before
        await press(pilot, "u")  # nothing left: says so, changes nothing
        assert columns(col, cid) == before


@sync
async def test_set_due_escape_changes_nothing_and_palette_lists_the_actions(col: Collection,
                                                                            reviewed: tuple[int, tuple]) -> None:
    from srs.tui.commands import keyed_actions

    cid, before = reviewed
    async with browsing_reviews(col) as (pilot, browse):
        await press(pilot, "t", "escape")
        assert pilot.app.screen is browse and columns(col, cid) == before
        names = {d for d, _k, _a in keyed_actions(browse)}
        assert {"Forget (reset to new)", "Set due date", "Card info"} <= names


@sync
async def test_reposition_a_new_card_from_browse_then_undo(col: Collection) -> None:
    from srs.tui.screens.prompt import PromptScreen

    async with running(col) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "is:new")
        cid = browse.rows[0].id
        before = cards(col)[cid].position
        await press(pilot, "R")
        dialog = pilot.app.screen
        assert isinstance(dialog, PromptScreen)
        dialog.query_one(Input).value = "soon"
        await press(pilot, "enter")
        assert pilot.app.screen is dialog and cards(col)[cid].position == before  # refused in place
        dialog.query_one(Input).value = "5000 1"
        await press(pilot, "enter")
        assert pilot.app.screen is browse and cards(col)[cid].position == 5000
        await press(pilot, "u")
        assert cards(col)[cid].position == before
