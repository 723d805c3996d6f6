"""Home: deck counts, empty states, navigation keys, help, the command palette."""

from __future__ import annotations

from sqlalchemy import update

from srs.db.models import Card
from srs.service.collection import Collection
from srs.tui.screens.help import HelpScreen
from srs.tui.screens.home import HomeScreen
from srs.tui.screens.review import ReviewScreen
from srs.tui.widgets.deck_table import DeckTable

from .helpers import make_app, settle, sync


def rendered(screen: object, selector: str) -> str:
    return str(screen.query_one(selector).render())  # type: ignore[attr-defined]


@sync
async def test_deck_tree_and_totals(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert rendered(home, "#today") == "Today: 6 new · 0 learning · 0 due"
        table = home.query_one(DeckTable)
        names = [str(table.get_row_at(i)[0]).strip() for i in range(table.row_count)]
        assert names == ["All decks", "Security", "Systems", "Linux", "Networking"]
        assert [str(c).strip() for c in table.get_row_at(1)[1:]] == ["2", "0", "0", "2"]
        # Enter on a deck studies that deck only
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.deck == "Security"
        assert app.screen.shown is not None and app.screen.shown.left == 2


@sync
async def test_no_decks_says_how_to_import(empty_col: Collection) -> None:
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = rendered(app.screen, "#home-message")
        assert "No decks yet" in text and "Press i to import" in text
        await pilot.press("i")
        await settle(pilot)
        assert app.screen.SCREEN_NAME == "Import"  # type: ignore[attr-defined]


@sync
async def test_done_for_today_says_when_next(col: Collection) -> None:
    from srs.service.reviewing import Study

    study = Study(col)
    while (card := study.next_card()) is not None:
        study.answer(card.id, 4, 1000, expected_reps=card.reps)
    with col.write() as s:  # one card has a learning step due later today
        s.execute(update(Card).where(Card.id == card_id_of_first(col)).values(state=1, step=0, due=col.now().replace(hour=12)))
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = rendered(app.screen, "#home-message")
        assert "Done for today" in text and "next card due in 3h" in text


def card_id_of_first(col: Collection) -> int:
    from sqlalchemy import select

    with col.read() as s:
        return int(s.scalar(select(Card.id).order_by(Card.id).limit(1)) or 0)


@sync
async def test_help_lists_the_keys(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = rendered(app.screen, "#help-keys")
        for line in ("Enter", "Import", "Browse", "Stats", "Quit"):
            assert line in keys
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


@sync
async def test_palette_has_every_keyed_action(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home_titles = {c.title for c in app.get_system_commands(app.screen)}
        for title in ("Study all decks", "Browse cards", "Statistics", "Import notes", "Toggle light/dark theme",
                      "Decks: Import", "Decks: Stats", "Decks: Quit"):
            assert title in home_titles
        app.action_study()
        await settle(pilot)
        review_titles = {c.title for c in app.get_system_commands(app.screen)}
        for action in ("Show answer", "Again", "Hard", "Good", "Easy", "Undo", "Suspend", "Bury", "Flag", "Edit", "Help", "End"):
            assert f"Review: {action}" in review_titles
        # running a palette entry runs the action
        reveal = next(c for c in app.get_system_commands(app.screen) if c.title == "Review: Show answer")
        await reveal.callback()
        await settle(pilot)
        assert app.screen.revealed  # type: ignore[attr-defined]


@sync
async def test_theme_toggle(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = app.current_theme.dark
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.current_theme.dark is not before


@sync
async def test_all_decks_row_is_what_studying_all_decks_offers(empty_col: Collection) -> None:
    """Issue 16, defect 3: four decks of 20 new cards; the default limit is 20 a day."""
    from tests.factory import add_notes

    for name in ("A", "B", "C", "D"):
        add_notes(empty_col, name, [(f"{name}{i}", "x") for i in range(20)])
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert rendered(home, "#today") == "Today: 20 new · 0 learning · 0 due"
        table = home.query_one(DeckTable)
        assert [str(c).strip() for c in table.get_row_at(0)[1:]] == ["20", "0", "0", "80"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.shown is not None
        assert (app.screen.shown.new, app.screen.shown.left) == (20, 20)


@sync
async def test_a_first_run_welcome_names_the_bundled_decks_until_the_user_imports_notes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from srs.service.opening import open_collection

    from .tui_data import build

    col = open_collection(tmp_path / "fresh.db")  # a new database: the bundled decks only
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        welcome = app.screen.query_one("#welcome")
        text = rendered(app.screen, "#welcome")
        assert welcome.display and "Security" in text and "Well-Architected" in text
        assert "i" in text and "srs import" in text
        build(col, tmp_path / "notes")  # the user's own notes
        await pilot.press("r")
        await settle(pilot)
        assert not welcome.display


@sync
async def test_no_welcome_for_a_collection_with_the_users_notes(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#welcome").display
