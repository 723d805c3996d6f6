"""The running app with its own type: Textual types a widget's ``app`` as ``App[object]``, so a screen
calling srs's app methods (``go_home``, ``clock``, ``editor``, the collection) reaches them through
``srs_app(self)``, which mypy checks against this Protocol (SrsApp has them; importing SrsApp here
would make screens → app → screens a cycle), instead of silencing each call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from srs.service import Collection


class SrsAppApi(Protocol):
    """What screens use of srs.tui.app.SrsApp."""

    clock: Callable[[], float]
    editor: Callable[[Any, Path, int], bool]
    viewer: Callable[[Path], None]
    inline_images: bool

    @property
    def collection(self) -> Collection: ...
    def go_home(self) -> None: ...
    def action_import(self) -> None: ...
    def action_study(self, deck: str | None = None, search: str | None = None) -> None: ...
    def action_stats(self, deck: str | None = None) -> None: ...


def srs_app(node: DOMNode) -> SrsAppApi:
    """``node.app``, which is always the SrsApp (the only App srs runs, tests included)."""
    return cast("SrsAppApi", node.app)
