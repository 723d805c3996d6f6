"""Browse: search, bad queries explained, sorting, preview, suspend, flag, delete."""

from __future__ import annotations

from sqlalchemy import select

from srs.db.models import Card
from srs.service.collection import Collection
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.confirm import ConfirmScreen

from .helpers import make_app, settle, sync


def cards(col: Collection) -> dict[int, Card]:
    with col.read() as s:
        return {c.id: c for c in s.scalars(select(Card))}


async def open_browse(pilot) -> BrowseScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("b")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BrowseScreen)
    return screen


async def search(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus the search box (as / does), put ``text`` in it and press Enter (Enter on a result row opens card info)."""
    screen = pilot.app.screen
    screen.query_one("#query").focus()
    screen.query_one("#query").value = text
    await pilot.press("enter")
    await settle(pilot)


@sync
async def test_search_sort_and_preview(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        assert len(browse.rows) == 6
        await search(pilot, "deck:Security")
        assert [r.deck for r in browse.rows] == ["Security", "Security"]
        assert "2 cards · sorted by due ↑" in str(browse.query_one("#browse-status").render())
        preview = browse.query_one("#preview")
        assert "Spoofing violates" in preview.source  # type: ignore[attr-defined]
        await pilot.press("o")  # next order: difficulty
        await settle(pilot)
        assert "sorted by difficulty ↑" in str(browse.query_one("#browse-status").render())
        await pilot.press("r")
        await settle(pilot)
        assert "sorted by difficulty ↓" in str(browse.query_one("#browse-status").render())


@sync
async def test_one_card_is_one_card(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "AAAA")
        assert str(browse.query_one("#browse-status").render()).startswith("1 card · sorted"), "not '1 cards'"


@sync
async def test_bad_query_says_what_is_wrong(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, 'deck:"unclosed')
        status = str(browse.query_one("#browse-status").render())
        assert status.startswith("✗ ") and "quote" in status
        assert len(browse.rows) == 6  # the last good results stay


@sync
async def test_suspend_flag_delete(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "deck:Security")
        first = browse.rows[0].id
        await pilot.press("s")
        await settle(pilot)
        assert cards(col)[first].suspended
        assert browse.rows[0].suspended
        await pilot.press("s")
        await settle(pilot)
        assert not cards(col)[first].suspended

        await pilot.press("f")
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert cards(col)[first].flag == 3

        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing deleted
        await settle(pilot)
        assert first in cards(col)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert first not in cards(col)
        assert [r.id for r in browse.rows] != [first] and len(browse.rows) == 1
