"""Opening $EDITOR on a note's source file, at the note's line (a card with no notes file to open gets the
in-app editor instead: srs.tui.screens.note_editor, whose ``edit_card`` chooses)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from srs.core.bundle import BUNDLED_SCHEME

if TYPE_CHECKING:
    from textual.app import App

    from srs.service.cards_view import CardView

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
    if source.startswith(BUNDLED_SCHEME):
        return None, (
            f"This card comes from a bundled deck ({source.removeprefix(BUNDLED_SCHEME)}); bundled cards can't be edited. "
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

