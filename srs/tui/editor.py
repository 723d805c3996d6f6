"""Editing a card's note: $EDITOR on its source file at the note's line, or, for a card with no notes
file (bundled decks, Anki packages, CSV), the in-app editor (srs.tui.screens.note_editor)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.tui.typed_app import srs_app

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App
    from textual.screen import Screen

    from srs.service import Collection
    from srs.service.cards_view import CardView
    from srs.tui.screens.note_editor import Save, Settle

EDITABLE_SUFFIXES = {".md", ".markdown", ".txt"}
_PLUS_LINE = {"vi", "vim", "nvim", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "ne", "mg", "jed", "pico"}
_COLON_LINE = {"hx", "helix"}
_GOTO_LINE = {"code", "codium", "subl", "zed"}


def editor_command() -> list[str]:
    text = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if text:
        return shlex.split(text)
    for name in ("nano", "vi"):
        if shutil.which(name):
            return [name]
    return ["vi"]


def command_for(path: Path, line: int, editor: list[str] | None = None) -> list[str]:
    """The editor command line that opens ``path`` at ``line`` when the editor is known to take one."""
    editor = list(editor or editor_command())
    name = Path(editor[0]).name if editor else ""
    if line > 0 and name in _PLUS_LINE:
        return [*editor, f"+{line}", str(path)]
    if line > 0 and name in _COLON_LINE:
        return [*editor, f"{path}:{line}"]
    if line > 0 and name in _GOTO_LINE:
        return [*editor, "--wait", "-g", f"{path}:{line}"] if name == "code" else [*editor, f"{path}:{line}"]
    return [*editor, str(path)]


def editable_path(card: CardView) -> tuple[Path | None, str]:
    """The file to edit for a card, or None and the reason it cannot be edited."""
    source = card.source or ""
    if not source:
        return None, "This card has no source file, so there is nothing to edit."
    if source.startswith("bundled:"):
        return None, (
            f"This card comes from a bundled deck ({source.removeprefix('bundled:')}); bundled cards can't be edited. "
            "Copy the deck into your own notes and import it to change it."
        )
    path = Path(source.removeprefix("file://"))
    if path.suffix.lower() not in EDITABLE_SUFFIXES:
        return None, f"This card was imported from {path.name}, which is not a notes file srs can re-import after editing."
    if not path.is_file():
        return None, f"The source file {path} is gone, so the note can't be edited there."
    return path, ""


def run_editor(app: App, path: Path, line: int) -> bool:
    """Suspend the app, run the editor, resume. True when the editor exited cleanly."""
    cmd = command_for(path, line)
    try:
        with app.suspend():
            result = subprocess.run(cmd, check=False)
    except FileNotFoundError:
        app.notify(f"Editor {cmd[0]!r} not found; set $EDITOR.", severity="error")
        return False
    except Exception as exc:  # SuspendNotSupported and friends
        app.notify(f"Can't open an editor here: {exc}", severity="error")
        return False
    return result.returncode == 0


def edit_card(screen: Screen[Any], card: CardView, *, save: Save, settle: Settle, saved: Callable[[Any], object],
              file_edited: Callable[[Path, str | None], object], failed: Callable[[str], object]) -> None:
    """Edit the card's note: its notes file in $EDITOR (then ``file_edited(path, text before)`` re-imports it),
    else the in-app editor, whose Ctrl+S runs ``save(col, front, back)`` (F2 / F3 on a conflict:
    ``settle(col, "mine" or "new")``) and hands the result to ``saved``."""
    path, _reason = editable_path(card)
    if path is not None:
        try:
            before: str | None = path.read_text(encoding="utf-8")  # where the note stood: it keeps its history
        except (OSError, UnicodeDecodeError):
            before = None
        app = srs_app(screen)
        if not app.editor(app, path, card.line):
            failed("The editor did not exit cleanly; nothing was re-imported.")
            return
        file_edited(path, before)
        return
    from srs.service.note_edits import note_text
    from srs.tui.jobs import run_db
    from srs.tui.screens.note_editor import NoteEditorScreen

    def closed(result: Any) -> None:
        if result is not None:  # None: cancelled
            saved(result)

    def loaded(text: Any) -> None:
        screen.app.push_screen(NoteEditorScreen(text, save, settle), closed)

    run_db(screen, lambda col: note_text(col, card.note_id), loaded, failed=failed)


def edit_by_id(screen: Screen[Any], card_id: int, *, done: Callable[[str], object], failed: Callable[[str], object]) -> None:
    """Edit card ``card_id``'s note outside a review session (Browse): ``done`` gets what to tell the user."""
    from srs.service.cards_view import card_view
    from srs.service.edit_lines import reimport_edited
    from srs.service.note_edits import edit_note, resolve
    from srs.tui.jobs import run_db

    def loaded(card: CardView | None) -> None:
        if card is None:
            failed("This card is gone.")
            return

        def save(col: Collection, front: str, back: str) -> str:
            edit_note(col, card.note_id, front, back)
            return "Saved your version of the note."

        def settle(col: Collection, keep: str) -> str:
            resolve(col, "mine" if keep == "mine" else "new", [card.note_id])
            return "Kept your version." if keep == "mine" else "Took the new version."

        def file_edited(path: Path, before: str | None) -> None:
            run_db(screen, lambda col: reimport_edited(col, path, before, card.note_id, card.line),
                   lambda _report: done("Saved and re-imported."), failed=failed)

        edit_card(screen, card, save=save, settle=settle, saved=done, file_edited=file_edited, failed=failed)

    run_db(screen, lambda col: card_view(col, card_id), loaded, failed=failed)
