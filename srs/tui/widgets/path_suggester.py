"""Completes file and folder names as a path is typed (Right arrow accepts)."""

from __future__ import annotations

import os
from pathlib import Path

from textual.suggester import Suggester


class PathSuggester(Suggester):
    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        expanded = os.path.expanduser(value)
        folder, stem = os.path.split(expanded)
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            return None
        for name in names:
            if name.startswith(stem) and name != stem and not (name.startswith(".") and not stem.startswith(".")):
                full = os.path.join(folder, name)
                tail = name[len(stem):] + ("/" if Path(full).is_dir() else "")
                return value + tail
        return None
