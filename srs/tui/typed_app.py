"""The running app with its own type: Textual types a widget's ``app`` as ``App[object]``, so a screen
calling srs's app methods (``go_home``, ``clock``, ``editor``, the collection) reaches them through
``srs_app(self)``, which mypy checks against SrsApp, instead of silencing each call."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from srs.tui.app import SrsApp


def srs_app(node: DOMNode) -> SrsApp:
    """``node.app``, which is always the SrsApp (the only App srs runs, tests included)."""
    return cast("SrsApp", node.app)
