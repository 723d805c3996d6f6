"""Editing a note in $EDITOR (then re-importing it) and importing from the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.service.collection import Collection
from srs.tui.app import SrsApp
from srs.tui.screens.import_dialog import ImportScreen
from srs.tui.screens.review import ReviewScreen

from .helpers import make_app, settle, sync
from .tui_data import extractor_ready, write_notes

pytestmark = pytest.mark.skipif(not extractor_ready(), reason="the markdown extractor (srs.extract) is not available yet")


@sync
async def test_edit_reimports_the_note(col: Collection, tmp_path: Path) -> None:
    opened: list[tuple[Path, int]] = []

    def fake_editor(app: SrsApp, path: Path, line: int) -> bool:
        opened.append((path, line))
        text = path.read_text().replace("Spoofing violates :: authentication", "Spoofing violates :: authenticity of identity")
        path.write_text(text)
        return True

    app = make_app(col, deck="Security", start_review=True, editor=fake_editor)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.shown is not None and review.shown.card is not None
        assert review.shown.card.front.startswith("Spoofing")
        card_id = review.shown.card.id
        await pilot.press("e")
        await settle(pilot)
        assert opened and opened[0][0].name == "security.md" and opened[0][1] > 0
        assert review.shown.card.id == card_id
        assert "authenticity of identity" in review.shown.card.back
        assert "re-imported" in str(review.query_one("#status").render())


@sync
async def test_a_card_without_a_notes_file_opens_the_in_app_editor(col: Collection) -> None:
    """Bundled cards were refused ("bundled cards can't be edited", cut off at 80 columns): now they open the in-app editor."""
    from srs.tui.screens.note_editor import NoteEditorScreen

    calls: list[object] = []
    app = make_app(col, deck="Security", start_review=True, editor=lambda *a: calls.append(a) or True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None and review.shown.card is not None
        from dataclasses import replace

        review.shown = replace(review.shown, card=replace(review.shown.card, source="bundled:stride.md"))
        await pilot.press("e")
        await settle(pilot)
        assert calls == []
        assert isinstance(app.screen, NoteEditorScreen)


@sync
async def test_import_a_folder(empty_col: Collection, tmp_path: Path) -> None:
    folder = tmp_path / "more-notes"
    write_notes(folder)
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ImportScreen)
        dialog.query_one("#import-path").value = str(folder)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        report = str(dialog.query_one("#import-report").render())
        assert report.startswith("3 files: 6 new")
        await pilot.press("escape")
        await settle(pilot)
        assert str(app.screen.query_one("#today").render()) == "Today: 6 new · 0 learning · 0 due"


@sync
async def test_a_message_does_not_outlive_its_card_and_the_footer_follows_space(col: Collection) -> None:
    """Issue 16, defect 6: "The note was changed…" and the footer's "space Show answer" after the answer is shown."""

    def delete_the_note(app: SrsApp, path: Path, line: int) -> bool:
        path.write_text(path.read_text().replace("Spoofing violates :: authentication\n", ""))
        return True

    def footer_says(screen: ReviewScreen, key: str) -> str:
        return screen.active_bindings[key].binding.description

    app = make_app(col, deck="Security", start_review=True, editor=delete_the_note)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None and review.shown.card is not None
        assert footer_says(review, "space") == "Show answer"
        gone = review.shown.card.id
        await pilot.press("e")
        await settle(pilot)
        assert review.shown.card is not None and review.shown.card.id != gone
        status = review.query_one("#status")
        assert "this card is gone" in str(status.render())  # said once, with the card that replaced it
        await pilot.press("space")
        assert footer_says(review, "space") == "Good"
        assert str(status.render()) == "", "the message went with the step it was about"
        await pilot.press("u")  # nothing to undo: says so, and the next card has a clean line
        await settle(pilot)
        assert "Nothing to undo" in str(status.render())
        await pilot.press("space", "3")
        await settle(pilot)
        assert str(status.render()) == ""
        assert footer_says(review, "space") == "Show answer"


@sync
async def test_an_edit_that_rewrites_the_whole_card_keeps_its_identity(col: Collection, tmp_path: Path) -> None:
    """Issue 19: a big edit through `e` orphaned the card (its history with it) and made a new one."""
    from sqlalchemy import func, select

    from srs.db.models import Card, Note

    def rewrite(app: SrsApp, path: Path, line: int) -> bool:
        lines = path.read_text().splitlines()
        assert lines[line - 1].startswith("Spoofing violates")
        lines[line - 1] = "An attacker posing as someone else breaks :: the proof of who is asking"
        path.write_text("\n".join(["Intro line added above.", ""] + lines) + "\n")  # and everything moves down
        return True

    with col.read() as s:
        notes_before = s.scalar(select(func.count()).select_from(Note))
    app = make_app(col, deck="Security", start_review=True, editor=rewrite)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None and review.shown.card is not None
        assert review.shown.card.front.startswith("Spoofing")
        card_id, note_id = review.shown.card.id, review.shown.card.note_id
        await pilot.press("e")
        await settle(pilot)
        assert review.shown.card is not None and review.shown.card.id == card_id, "the edited card stays on screen"
        assert "proof of who is asking" in review.shown.card.back
    with col.read() as s:
        card = s.get(Card, card_id)
        assert card is not None and card.note_id == note_id and not card.suspended
        assert s.get(Note, note_id).orphaned_at is None
        assert s.scalar(select(func.count()).select_from(Note)) == notes_before  # no new note beside it
