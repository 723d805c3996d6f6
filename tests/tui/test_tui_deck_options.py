"""Issue 19: deck options (o on the deck list) and custom study (c; c in browse), driven by the pilot."""

from __future__ import annotations

from textual.widgets import Input, Label, Select, Static

from srs.service.collection import Collection
from srs.service.deck_options import deck_options
from srs.service.decks import today_counts
from srs.tui.screens.custom_study import CustomStudyScreen
from srs.tui.screens.deck_options import DeckOptionsScreen
from srs.tui.screens.home import HomeScreen
from srs.tui.screens.review import ReviewScreen

from .helpers import press, running, settle, sync
from .test_tui_browse import open_browse, search


async def on_deck(pilot, rows_down: int = 1, key: str = "") -> None:  # type: ignore[no-untyped-def]
    """The deck list, the cursor ``rows_down`` rows below "All decks" (1: Security), then ``key`` pressed
    (o: deck options, c: custom study)."""
    await settle(pilot)
    assert isinstance(pilot.app.screen, HomeScreen)
    for _ in range(rows_down):
        await pilot.press("down")
    if key:
        await press(pilot, key)


async def type_into(pilot, field: Input, text: str) -> None:  # type: ignore[no-untyped-def]
    field.focus()
    field.value = text
    await pilot.press("enter")
    await settle(pilot)


@sync
async def test_options_screen_saves_and_the_deck_row_follows(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 1, "o")
        screen = pilot.app.screen
        assert isinstance(screen, DeckOptionsScreen) and screen.deck == "Security"
        assert screen.query_one("#opt-new_per_day", Input).value == "20"
        assert "Workload estimate" in str(screen.query_one("#options-workload", Static).render())
        await type_into(pilot, screen.query_one("#opt-new_per_day", Input), "1")
        assert "Saved 1 change" in str(screen.query_one("#options-message", Label).render())
        assert deck_options(col, "Security").values["new_per_day"] == 1
        await press(pilot, "escape")
        assert isinstance(pilot.app.screen, HomeScreen)
    assert today_counts(col, "Security").new == 1


@sync
async def test_a_bad_value_is_one_line_and_nothing_is_saved(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 1, "o")
        screen = pilot.app.screen
        screen.query_one("#opt-new_per_day", Input).value = "7"
        await type_into(pilot, screen.query_one("#opt-desired_retention", Input), "1.5")
        error = str(screen.query_one("#options-message", Label).render())
        assert "desired_retention must be 0.70–0.99" in error and "\n" not in error
    assert deck_options(col, "Security").values["new_per_day"] == 20


@sync
async def test_options_move_a_deck_to_a_new_preset(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 1, "o")
        await type_into(pilot, pilot.app.screen.query_one("#opt-preset", Input), "Exam")
        assert "preset Exam" in str(pilot.app.screen.query_one("#options-title", Label).render())
    assert deck_options(col, "Security").preset == "Exam"
    assert deck_options(col, "Systems").preset == "default"


@sync
async def test_options_on_all_decks_says_to_choose_a_deck(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 0, "o")
        assert isinstance(pilot.app.screen, HomeScreen)
        assert any("choose one first" in n.message for n in pilot.app._notifications)


@sync
async def test_custom_study_extra_new_cards_today(col: Collection) -> None:
    from srs.service.deck_options import set_deck_options

    set_deck_options(col, "Security", {"new_per_day": "0"})  # Security has two new cards
    async with running(col) as pilot:
        await on_deck(pilot, 1, "c")
        dialog = pilot.app.screen
        assert isinstance(dialog, CustomStudyScreen)
        await type_into(pilot, dialog.query_one(Input), "1")
        assert isinstance(pilot.app.screen, HomeScreen)
    assert today_counts(col, "Security").new == 1


@sync
async def test_custom_study_a_search_starts_a_session_of_its_cards(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 2)  # Systems
        await press(pilot, "c")
        dialog = pilot.app.screen
        dialog.query_one(Select).value = "search"
        await settle(pilot)
        await type_into(pilot, dialog.query_one(Input), "deck:Systems::Linux")
        review = pilot.app.screen
        assert isinstance(review, ReviewScreen) and review.search == 'deck:"Systems" (deck:Systems::Linux)'
        assert review.shown is not None and review.shown.card is not None
        assert review.shown.card.deck == "Systems::Linux"


@sync
async def test_custom_study_bad_value_stays_in_the_dialog(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 1, "c")
        dialog = pilot.app.screen
        dialog.query_one(Select).value = "ahead"
        await settle(pilot)
        await type_into(pilot, dialog.query_one(Input), "soon")
        assert pilot.app.screen is dialog
        assert "whole number of days" in str(dialog.query_one("#custom-error", Label).render())


@sync
async def test_study_these_from_browse(col: Collection) -> None:
    async with running(col) as pilot:
        await open_browse(pilot)
        await search(pilot, "deck:Systems::Networking")
        await press(pilot, "c")
        review = pilot.app.screen
        assert isinstance(review, ReviewScreen) and review.search == "deck:Systems::Networking"
        assert review.shown is not None and review.shown.card is not None
        assert review.shown.card.deck == "Systems::Networking"


@sync
async def test_palette_entries_open_options_and_custom_study_for_the_selected_deck(col: Collection) -> None:
    async with running(col) as pilot:
        await on_deck(pilot, 2)  # Systems
        commands = {c.title: c.callback for c in pilot.app.get_system_commands(pilot.app.screen)}
        assert "Decks: Deck options" in commands and "Decks: Custom study" in commands  # the screen's keys, by name
        commands["Deck options"]()
        await settle(pilot)
        assert isinstance(pilot.app.screen, DeckOptionsScreen) and pilot.app.screen.deck == "Systems"
        await press(pilot, "escape")
        commands["Custom study"]()
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomStudyScreen) and pilot.app.screen.deck == "Systems"
