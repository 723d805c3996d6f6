"""The theme and the last-studied deck persist between runs; Ctrl+T returns to the chosen theme."""

from __future__ import annotations

import json
from pathlib import Path

from srs.service.collection import Collection
from srs.service.ui_settings import settings_path
from srs.tui.widgets.deck_table import DeckTable

from .helpers import make_app, settle, sync


@sync
async def test_the_chosen_theme_comes_back_with_ctrl_t_and_in_the_next_run(col: Collection) -> None:
    path = col.path
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"  # as the command palette's "Change theme" does
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.theme == "textual-light"  # nord is dark: its plain opposite
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert app.theme == "nord"
        await pilot.press("ctrl+t")
        await settle(pilot)
    assert json.loads(settings_path(path).read_text())["theme"] == "textual-light"
    again = make_app(Collection.open(path))
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert again.theme == "nord"


@sync
async def test_the_deck_list_starts_on_the_deck_last_studied(col: Collection) -> None:
    path = col.path
    app = make_app(col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DeckTable)
        assert table.selected_deck() == ""  # All decks, the first time
        table.move_cursor(row=table.get_row_index("Security"))
        await pilot.press("enter")  # study it
        await settle(pilot)
    again = make_app(Collection.open(path))
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.screen.query_one(DeckTable).selected_deck() == "Security"


def test_a_damaged_settings_file_means_the_defaults(col: Collection, tmp_path: Path) -> None:
    from srs.service.ui_settings import UiSettings, load_settings, save_settings

    settings_path(col.path).write_text("{not json")
    assert load_settings(col) == UiSettings()
    save_settings(col, last_deck="X")
    assert load_settings(col) == UiSettings(last_deck="X")
