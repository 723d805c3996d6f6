"""Command palette entries: every keyed action of the current screen, by name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen


def _bindings(bindings: Iterable[BindingType]) -> Iterator[Binding]:
    for b in bindings:
        if isinstance(b, Binding):
            yield b
        elif isinstance(b, tuple) and len(b) >= 2:
            yield Binding(*b)


def keyed_actions(screen: Screen) -> list[tuple[str, str, str]]:
    """(description, keys, action) for each distinct described action of a screen."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for cls in type(screen).__mro__:
        if cls.__module__.startswith("textual."):
            continue  # focus moves and copy: Textual's own, not srs actions
        for b in _bindings(getattr(cls, "BINDINGS", []) if "BINDINGS" in cls.__dict__ else []):
            if not b.description or b.action in ("app.command_palette",):
                continue
            keys = [k.strip() for k in b.key.split(",")]
            if b.action in seen:
                seen[b.action][1].extend(k for k in keys if k not in seen[b.action][1])
            else:
                seen[b.action] = (b.description, keys)
    return [(desc, ", ".join(_pretty(k) for k in keys), action) for action, (desc, keys) in seen.items()]


def _pretty(key: str) -> str:
    return {"question_mark": "?", "escape": "Esc", "space": "Space", "enter": "Enter", "slash": "/", "delete": "Del"}.get(key, key)


def screen_commands(screen: Screen) -> Iterator[SystemCommand]:
    name = getattr(screen, "SCREEN_NAME", "")
    if not name:
        return
    for description, keys, action in keyed_actions(screen):
        def run(action: str = action) -> object:
            return screen.run_action(action)

        yield SystemCommand(f"{name}: {description}", f"key: {keys}", run)
