"""The Textual app. Imported lazily by the CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srs.service import Collection


def run_app(open_collection: Callable[[], Collection], deck: str | None = None) -> None:
    from srs.tui.app import SrsApp

    SrsApp(open_collection, deck=deck).run()
