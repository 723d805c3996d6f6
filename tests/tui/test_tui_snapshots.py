"""Snapshots of every screen at 80×24 and 120×40 (and review at 60×20), fixed clock and data.

Update them with ``pytest tests/tui --snapshot-update`` after a deliberate change,
and look at the SVGs before committing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from srs.service.collection import Collection

from .helpers import make_app, settle_for_picture

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def keys(*presses: str, search: str | None = None) -> Callable[[Pilot], Awaitable[None]]:
    """Settle, then press each key and settle again; inputs stop blinking (a still picture).

    ``search``: put this text in the focused search box and press Enter (typing it
    key by key would race the live search's debounce).
    """

    async def run(pilot: Pilot) -> None:
        await settle_for_picture(pilot)
        for key in presses:
            await pilot.press(key)
            await settle_for_picture(pilot)
        if search is not None:
            pilot.app.screen.query_one(Input).value = search
            await pilot.press("enter")
            await settle_for_picture(pilot)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await settle_for_picture(pilot)

    return run


def answer_some(col: Collection) -> None:
    """A little history: three answers on the fixed day."""
    from srs.service.reviewing import Study

    study = Study(col)
    for rating in (3, 1, 4):
        card = study.next_card()
        assert card is not None
        study.answer(card.id, rating, 4000, expected_reps=card.reps)


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys())


def test_home_no_decks(snap_compare, empty_col: Collection) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(empty_col), terminal_size=(80, 24), run_before=keys())


def test_home_done_for_today(snap_compare, col: Collection) -> None:  # type: ignore[no-untyped-def]
    from srs.service.reviewing import Study

    study = Study(col)
    while (card := study.next_card()) is not None:
        study.answer(card.id, 4, 4000, expected_reps=card.reps)
    assert snap_compare(make_app(col), terminal_size=(80, 24), run_before=keys())


@pytest.mark.parametrize("size", SIZES)
def test_review_front(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("enter"))


@pytest.mark.parametrize("size", [*SIZES, pytest.param((60, 20), id="60x20")])
def test_review_answer(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The answer side; at 60×20 the four answer buttons must still be visible."""
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("enter", "space"))


def test_review_answer_light_theme(snap_compare, col: Collection) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=(80, 24), run_before=keys("ctrl+t", "enter", "space"))


@pytest.mark.parametrize("size", SIZES)
def test_review_help(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("enter", "question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    presses = ("enter", "space", "3", "space", "1", "escape")
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys(*presses))


@pytest.mark.parametrize("size", [*SIZES, pytest.param((40, 12), id="40x12")])
def test_browse(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    answer_some(col)
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("b", search="deck:Systems"))


def test_browse_marked_rows(snap_compare, col: Collection) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=(80, 24), run_before=keys("b", "tab", "space", "space"))


def test_browse_bad_query(snap_compare, col: Collection) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=(80, 24), run_before=keys("b", search="prop:ivl>x"))


@pytest.mark.parametrize("size", SIZES)
def test_stats(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    answer_some(col)
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("s"))


def test_stats_answers_and_distributions(snap_compare, col: Collection) -> None:  # type: ignore[no-untyped-def]
    """The end of the stats screen at 80×24: buttons, true retention, hours, and the distributions."""
    answer_some(col)
    assert snap_compare(make_app(col), terminal_size=(80, 24), run_before=keys("s", "end"))


def test_import_dialog(snap_compare, empty_col: Collection) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(empty_col), terminal_size=(80, 24), run_before=keys("i"))


@pytest.mark.parametrize("size", [*SIZES, pytest.param((40, 12), id="40x12")])
def test_card_info(snap_compare, col: Collection, tmp_path, monkeypatch, size) -> None:  # type: ignore[no-untyped-def]
    """Card info of a card with two answers, opened from browse with Enter (the source named from the cwd)."""
    from srs.service.reviewing import Study

    study = Study(col)
    card = study.next_card()
    assert card is not None
    study.answer(card.id, 3, 4000, expected_reps=card.reps)
    study.answer(card.id, 3, 7000, expected_reps=card.reps + 1)
    monkeypatch.chdir(tmp_path)

    async def run(pilot: Pilot) -> None:
        await keys("b", search="rated:1")(pilot)  # Enter runs the search and moves to the results
        await keys("enter")(pilot)  # Enter on the row opens card info

    assert snap_compare(make_app(col), terminal_size=size, run_before=run)
