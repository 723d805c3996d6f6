"""The app's small settings (theme, last-studied deck): a JSON file beside the database.

Not in the database: they describe this machine's screen, not the collection, so they must
not sync, go into backups or exports, or need a migration; and saving one never waits for
the database's writer (a theme switched during a review). Beside the database, like its
media folder: a second collection (``--db``) keeps its own last deck. A missing or damaged
file means the defaults; a read-only collection saves nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from srs.service.collection import Collection


@dataclass(frozen=True)
class UiSettings:
    theme: str | None = None  # the theme in use when the app closed
    chosen_theme: str | None = None  # the theme the user picked; Ctrl+T returns to it
    last_deck: str | None = None  # the deck last studied ("" for all decks)


def settings_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-settings.json")


def load_settings(col: Collection) -> UiSettings:
    try:
        data = json.loads(settings_path(col.path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UiSettings()
    if not isinstance(data, dict):
        return UiSettings()
    known = {k: v for k, v in data.items() if k in UiSettings.__dataclass_fields__ and (v is None or isinstance(v, str))}
    return UiSettings(**known)


def save_settings(col: Collection, **changes: Any) -> UiSettings:
    """Merge ``changes`` into the stored settings; written whole (temp file, then rename) or not at all."""
    settings = replace(load_settings(col), **changes)
    if col.read_only:
        return settings
    path = settings_path(col.path)
    temp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(OSError):  # a settings file that cannot be written is not worth an error
        temp.write_text(json.dumps(asdict(settings), indent=1), encoding="utf-8")
        os.replace(temp, path)
    return settings
