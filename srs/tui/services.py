"""The service functions the TUI uses, imported lazily.

Some service modules (search, card actions, stats) may be missing from an
older or partial install; the screens that need them say so instead of
crashing the app. Nothing here touches the database itself.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.cards_view import CardView


class Unavailable(Exception):
    """A service module is not installed (yet); the message says which."""


def module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"srs.service.{name}")
    except ImportError as exc:
        raise Unavailable(f"srs.service.{name} is not available ({exc})") from exc


def has(name: str) -> bool:
    try:
        module(name)
    except Unavailable:
        return False
    return True


def search_cards(col: Collection, query: str, order: str = "due", descending: bool = False, limit: int | None = None) -> list[Any]:
    return module("search").search_cards(col, query, order=order, descending=descending, limit=limit)


def query_error() -> type[Exception]:
    try:
        return module("search").QueryError  # type: ignore[no-any-return]
    except Unavailable:
        from srs.core.errors import SrsError

        return SrsError


def set_suspended(col: Collection, ids: list[int], value: bool) -> Any:
    return module("card_actions").set_suspended(col, ids, value)


def set_flag(col: Collection, ids: list[int], flag: int) -> Any:
    return module("card_actions").set_flag(col, ids, flag)


def delete_cards(col: Collection, ids: list[int]) -> Any:
    return module("card_actions").delete_cards(col, ids)


def collection_stats(col: Collection, deck: str | None = None) -> Any:
    return module("stats").collection_stats(col, deck=deck)


def import_paths(col: Collection, paths: list[Any], progress: Any = None) -> Any:
    return module("importing").import_paths(col, paths, progress=progress)


def card_view(col: Collection, card_id: int) -> CardView | None:
    """One card as a reviewer sees it (no interval previews)."""
    cards_view = module("cards_view")
    getter = getattr(cards_view, "get_view", None)
    if getter is not None:
        return getter(col, card_id)  # type: ignore[no-any-return]
    with col.read() as s:
        return cards_view.load_view(s, card_id)  # type: ignore[no-any-return]
