"""The in-app editor (issue 19): a bundled card edited in review and in browse, shown edited, kept through a deck update."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from textual.pilot import Pilot
from textual.widgets import Markdown, TextArea

from srs.db.models import Card, Note, ReviewLog
from srs.service import importing
from srs.service.collection import Collection
from srs.service.note_edits import conflicts, note_text
from srs.tui.app import SrsApp
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.import_dialog import report_text
from srs.tui.screens.note_editor import NoteEditorScreen
from srs.tui.screens.review import ReviewScreen

from .helpers import make_app, settle, settle_for_picture, sync

BUNDLED = """---
deck: Bundled::Queues
---
# Queues
Q: What does a dead-letter queue hold?
A: Messages that failed processing too many times.
"""


@pytest.fixture
def bundled(empty_col: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``empty_col`` with one bundled deck; returns the folder srs ships its decks in."""
    folder = tmp_path / "decks"
    folder.mkdir()
    monkeypatch.setattr(importing, "decks_dir", lambda: folder)
    (folder / "queues.md").write_text(BUNDLED, encoding="utf-8")
    importing.import_bundled(empty_col)
    return folder


async def browse_on(app: SrsApp, pilot: Pilot, query: str) -> BrowseScreen:
    """The app's Browse screen, opened on ``query`` once the app has settled."""
    await settle(pilot)
    app.action_browse(query)
    await settle(pilot)
    browse = app.screen
    assert isinstance(browse, BrowseScreen)
    return browse


async def type_into(editor: NoteEditorScreen, front: str, back: str) -> None:
    editor.query_one("#front", TextArea).text = front
    editor.query_one("#back", TextArea).text = back


@sync
async def test_edit_a_bundled_card_in_review_and_the_session_shows_it(empty_col: Collection, bundled: Path) -> None:
    calls: list[object] = []
    app = make_app(empty_col, deck="Bundled", start_review=True, editor=lambda *a: calls.append(a) or True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None and review.shown.card is not None
        await pilot.press("space", "3")  # some history first: learning steps bring it back
        await settle(pilot)
        assert review.shown.card is not None
        card_id, note_id = review.shown.card.id, review.shown.card.note_id
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen) and calls == [], "no $EDITOR for a card without a notes file"
        assert editor.query_one("#front", TextArea).text == "What does a dead-letter queue hold?"
        assert "bundled deck queues.md" in str(editor.query_one("#editor-title").render())
        await type_into(editor, "What ends up in a **DLQ**?", "Messages the consumer kept failing on.")
        await pilot.pause(0.3)
        await settle(pilot)
        assert "kept failing" in editor.query_one("#editor-preview", Markdown).source, "the preview follows the typing"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review
        assert review.shown.card is not None and review.shown.card.id == card_id
        assert review.shown.card.front == "What ends up in a **DLQ**?"
        assert "Saved your version" in str(review.query_one("#status").render())
        await pilot.press("u")  # the edit is undoable
        await settle(pilot)
        assert review.shown.card is not None and review.shown.card.front == "What does a dead-letter queue hold?"
        await pilot.press("U")
        await settle(pilot)
        assert review.shown.card is not None and review.shown.card.front == "What ends up in a **DLQ**?"
    with empty_col.read() as s:
        assert s.scalar(select(func.count()).where(ReviewLog.card_id == card_id)) == 1
        assert s.scalar(select(func.count()).select_from(Note)) == 1
        assert s.get(Card, card_id).note_id == note_id  # type: ignore[union-attr]

    (bundled / "queues.md").write_text(BUNDLED.replace("too many times", "more often than maxReceiveCount"))
    summary = importing.import_bundled(empty_col)
    [report] = summary.files
    assert report.conflicts == 1
    assert "1 note you edited in srs came with a new version: your edits were kept" in report_text(summary)
    assert note_text(empty_col, note_id).back == "Messages the consumer kept failing on."
    assert "maxReceiveCount" in conflicts(empty_col)[0].new_back


@sync
async def test_a_refused_save_stays_in_the_editor_and_esc_cancels(empty_col: Collection, bundled: Path) -> None:
    app = make_app(empty_col, deck="Bundled", start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        await type_into(editor, "   ", "x")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is editor
        assert "The front is empty" in str(editor.query_one("#editor-status").render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is review and review.shown is not None and review.shown.card is not None
        assert review.shown.card.front == "What does a dead-letter queue hold?"


@sync
async def test_edit_from_browse(empty_col: Collection, bundled: Path) -> None:
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        browse = await browse_on(app, pilot, "deck:Bundled*")
        await pilot.press("tab")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        await type_into(editor, "What does a DLQ hold?", "Poison messages.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.screen is browse
        assert browse.rows and browse.rows[0].front == "What does a DLQ hold?"
        assert "Poison messages." in browse.query_one("#preview", Markdown).source


@sync
async def test_edit_a_notes_file_card_from_browse_uses_the_editor(col: Collection) -> None:
    opened: list[Path] = []

    def fake_editor(app: object, path: Path, line: int) -> bool:
        opened.append(path)
        path.write_text(path.read_text().replace(":: integrity", ":: integrity of data"))
        return True

    app = make_app(col, editor=fake_editor)
    async with app.run_test(size=(80, 24)) as pilot:
        browse = await browse_on(app, pilot, "Tampering")
        await pilot.press("tab")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        assert [p.name for p in opened] == ["security.md"]
        assert app.screen is browse
        assert "integrity of data" in browse.query_one("#preview", Markdown).source


def test_editor_snapshot(snap_compare, empty_col: Collection, bundled: Path) -> None:  # type: ignore[no-untyped-def]
    """The editor at 80×24: title, front and back with markdown highlighting, the preview, the keys."""
    (bundled / "queues.md").write_text(BUNDLED.replace("too many times.", "too many times:\n- `maxReceiveCount` retries\n- then **moved**"))
    importing.import_bundled(empty_col)

    async def open_editor(pilot):  # type: ignore[no-untyped-def]
        await settle_for_picture(pilot)
        await pilot.press("e")
        await settle_for_picture(pilot)
        for area in pilot.app.screen.query(TextArea):
            area.cursor_blink = False  # a still picture: the cursor drawn steadily where it has focus
        pilot.app.screen.query_one("#front", TextArea).focus()
        await settle_for_picture(pilot)

    assert snap_compare(make_app(empty_col, deck="Bundled", start_review=True), terminal_size=(80, 24), run_before=open_editor)


@sync
async def test_a_conflict_is_settled_in_the_editor(empty_col: Collection, bundled: Path) -> None:
    """After an update brought a new version of an edited card: F3 in review takes it, F2 in browse keeps yours."""
    from srs.service.note_edits import edit_note

    with empty_col.read() as s:
        note_id = s.scalar(select(Note.id))
    assert note_id is not None
    edit_note(empty_col, note_id, "What lands in a DLQ?", "Poison messages.")
    (bundled / "queues.md").write_text(BUNDLED.replace("too many times", "more often than maxReceiveCount"))
    assert importing.import_bundled(empty_col).files[0].conflicts == 1

    app = make_app(empty_col, deck="Bundled", start_review=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("f3")  # not a review key: nothing happens
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        assert "F3 takes the new one" in str(editor.query_one("#editor-status").render())
        assert "more often than maxReceiveCount" in editor.query_one("#editor-preview", Markdown).source, "shown to decide"
        await pilot.press("f3")
        await settle(pilot)
        assert app.screen is review and review.shown is not None and review.shown.card is not None
        assert review.shown.card.front == "What does a dead-letter queue hold?"
        assert "maxReceiveCount" in review.shown.card.back
        assert "Took the new version." in str(review.query_one("#status").render())
    assert conflicts(empty_col) == []

    edit_note(empty_col, note_id, "What lands in a DLQ?", "Poison messages.")
    (bundled / "queues.md").write_text(BUNDLED.replace("too many times", "over maxReceiveCount (default 10)"))
    assert importing.import_bundled(empty_col).files[0].conflicts == 1
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        browse = await browse_on(app, pilot, "deck:Bundled*")
        await pilot.press("tab", "e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        await pilot.press("f2")
        await settle(pilot)
        assert app.screen is browse
    assert conflicts(empty_col) == []
    assert note_text(empty_col, note_id).back == "Poison messages."


@sync
async def test_e_in_browse_edits_the_cursor_row_and_leaves_the_marks(empty_col: Collection, bundled: Path) -> None:
    """With rows marked, e edits one note, the one under the cursor (as Anki's browser edits the current card)."""
    (bundled / "queues.md").write_text(BUNDLED + "\nQ: What is a visibility timeout?\nA: How long a message hides.\n"
                                       "\nQ: What is long polling?\nA: Waiting for messages.\n", encoding="utf-8")
    importing.import_bundled(empty_col)
    app = make_app(empty_col)
    async with app.run_test(size=(80, 24)) as pilot:
        browse = await browse_on(app, pilot, "deck:Bundled*")
        assert len(browse.rows) == 3
        await pilot.press("tab", "space", "space")  # the first two rows marked; the cursor on the third
        await settle(pilot)
        others, cursor = browse.rows[:2], browse.rows[2]
        marked = {r.id for r in others}
        assert browse.marked == marked and browse.selected_id() == cursor.id
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        assert editor.query_one("#front", TextArea).text == cursor.front
        await type_into(editor, cursor.front, "Edited from browse.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.screen is browse and browse.marked == marked
    backs = {r.id: note_text(empty_col, r.note_id).back for r in (*others, cursor)}
    assert [card for card, back in backs.items() if back == "Edited from browse."] == [cursor.id]
