"""Browse: search, bad queries explained, sorting, preview, suspend, flag, delete."""

from __future__ import annotations

from sqlalchemy import select
from textual.widgets import DataTable, Input

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
        await search(pilot, "")
        await pilot.press("o")  # next order: front
        await settle(pilot)
        assert "sorted by front ↑" in str(browse.query_one("#browse-status").render())
        fronts = [r.front for r in browse.rows]
        assert fronts == sorted(fronts, key=str.lower) and fronts[0].startswith("How do you list")
        await pilot.press("r")
        await settle(pilot)
        assert "sorted by front ↓" in str(browse.query_one("#browse-status").render())
        assert [r.front for r in browse.rows] == fronts[::-1]
        await pilot.press("o")  # next: deck
        await settle(pilot)
        assert [r.deck for r in browse.rows] == sorted(r.deck for r in browse.rows)
        assert browse.rows[0].deck == "Security" and browse.rows[-1].deck == "Systems::Networking"


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
        error = browse.query_one("#query-error")
        assert error.display and "quote" in str(error.render())  # beside the query
        assert browse.query_one("#results").has_class("-stale")  # the old rows, dimmed
        assert str(browse.query_one("#browse-status").render()).startswith("Stale: the 6 cards below")
        await pilot.press("s")  # an action on a stale list does nothing
        await settle(pilot)
        assert not any(c.suspended for c in cards(col).values())
        await search(pilot, "deck:security")
        assert not error.display and not browse.query_one("#results").has_class("-stale")
        assert len(browse.rows) == 2


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
        await pilot.press("u")  # delete is undoable
        await settle(pilot)
        assert cards(col)[first].flag == 3 and len(browse.rows) == 2


async def mark_first(pilot, n: int) -> None:  # type: ignore[no-untyped-def]
    """Space on the first ``n`` rows (each press moves the cursor down)."""
    pilot.app.screen.query_one("#results").focus()
    pilot.app.screen.query_one("#results").move_cursor(row=0)
    for _ in range(n):
        await pilot.press("space")
    await settle(pilot)


async def answer(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the open prompt and press Enter."""
    pilot.app.screen.query_one("#prompt-text").value = text
    await pilot.press("enter")
    await settle(pilot)


@sync
async def test_every_action_applies_to_the_marked_rows_and_u_undoes_it(col: Collection) -> None:
    from srs.service.search import search_cards

    def found(query: str) -> set[int]:
        return {r.id for r in search_cards(col, query)}

    app = make_app(col)
    async with app.run_test(size=(120, 40)) as pilot:
        browse = await open_browse(pilot)
        assert len(browse.rows) == 6  # every card: a moved card stays in the list
        await mark_first(pilot, 3)
        picked = {r.id for r in browse.rows[:3]}
        assert browse.marked == picked
        assert "3 marked" in str(browse.query_one("#browse-status").render())
        steps = [  # keys, then what the search finds, exactly the marked cards
            (("s",), "", "is:suspended"),
            (("f", "2"), "", "flag:2"),
            (("m",), "Archive::Linux", "deck:archive"),
            (("plus",), "exam #later", "tag:exam tag:later"),
            (("t",), "5", "prop:due=5"),
        ]
        for presses, typed, query in steps:
            for key in presses:
                await pilot.press(key)
                await settle(pilot)
            if typed:
                app.screen.query_one(Input).value = typed  # the prompt's (or the due date's) one input
                await pilot.press("enter")
                await settle(pilot)
            assert found(query) == picked, query
            await pilot.press("u")
            await settle(pilot)
            assert found(query) == set(), f"u did not undo {query}"
            await pilot.press("U")
            await settle(pilot)
            assert found(query) == picked, f"U did not redo {query}"
        await pilot.press("minus")
        await settle(pilot)
        await answer(pilot, "EXAM")
        assert found("tag:exam") == set() and found("tag:later") == picked
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert found("is:new") >= picked
        await pilot.press("d")
        await settle(pilot)
        assert "3 selected cards" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("y")
        await settle(pilot)
        assert found("") & picked == set() and len(browse.rows) == 3 and browse.marked == set()
        await pilot.press("u")
        await settle(pilot)
        assert found("tag:later") == picked  # the deleted notes are back, tags and all


@sync
async def test_mark_all_and_none(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        browse = await open_browse(pilot)
        browse.query_one("#results").focus()
        await pilot.press("a")
        await settle(pilot)
        assert browse.marked == {r.id for r in browse.rows} and "6 marked" in str(browse.query_one("#browse-status").render())
        await pilot.press("a")
        await settle(pilot)
        assert browse.marked == set()


@sync
async def test_the_preview_can_be_focused_and_scrolled(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(100, 20)) as pilot:
        browse = await open_browse(pilot)
        await search(pilot, "ss")  # the long card: a code block and a list
        pane = browse.query_one("#preview-pane")
        assert pane.max_scroll_y > 0
        await pilot.press("p")
        await settle(pilot)
        assert app.focused is pane
        await pilot.press("down", "down")
        await settle(pilot)
        assert pane.scroll_y > 0


@sync
async def test_the_front_takes_the_spare_width_and_the_deck_shows_its_full_path(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(120, 40)) as pilot:
        browse = await open_browse(pilot)
        table = browse.query_one("#results")
        widths = {str(c.key.value): c.width for c in table.columns.values()}
        assert widths["deck"] == len("Systems::Networking")
        assert widths["front"] >= 45
        assert sum(c.get_render_width(table) for c in table.columns.values()) + 2 >= 118
        assert "Systems::Networking" in [str(table.get_cell_at((i, list(widths).index("deck")))) for i in range(6)]
    async with make_app(col).run_test(size=(60, 20)) as pilot:
        browse = await open_browse(pilot)
        table = browse.query_one("#results")
        widths = {str(c.key.value): c.width for c in table.columns.values()}
        assert widths["front"] >= 20 and "diff" not in widths


def test_the_placeholder_example_finds_cards_in_a_fresh_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from srs.service.opening import open_collection
    from srs.service.search import search_cards
    from srs.tui.screens.browse import PLACEHOLDER

    example = PLACEHOLDER.split("e.g.")[1].split("(")[0].strip()
    col = open_collection(tmp_path / "fresh.db")
    try:
        assert len(search_cards(col, example)) > 0
    finally:
        col.close()


@sync
async def test_the_cursor_stays_where_the_user_moved_it_after_browse_opens(col: Collection) -> None:
    """Opening browse searches once: the query box's opening value is no edit, so no second search resets the cursor."""
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_browse("deck:*")  # browse opened on a query
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen) and len(browse.rows) == 6
        await pilot.press("tab", "down", "down")
        await settle(pilot)
        await pilot.pause(0.5)  # longer than the typing pause after which an edited query is searched
        await settle(pilot)
        table = browse.query_one("#results", DataTable)
        assert table.cursor_row == 2 and browse.selected_id() == browse.rows[2].id
