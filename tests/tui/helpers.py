"""Helpers for driving the app in tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from srs.service.collection import Collection
from srs.tui.app import SrsApp


class FakeClock:
    """Monotonic seconds that advance 2 s per reading: session times are deterministic."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        self.t += 2.0
        return self.t


def make_app(col: Collection, **kwargs: object) -> SrsApp:
    kwargs.setdefault("clock", FakeClock())
    return SrsApp(lambda: col, **kwargs)  # type: ignore[arg-type]


async def settle(pilot: Pilot) -> None:
    """Wait until workers are done and their results are drawn."""
    for _ in range(4):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def sync(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async test without an async pytest plugin (the project has none)."""

    @functools.wraps(test)
    def run(*args: object, **kwargs: object) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def settle_for_picture(pilot: Pilot) -> None:
    """Like ``settle``, plus real pauses so layout (table sizes, scrollbars) is final under load."""
    for _ in range(3):
        await settle(pilot)
        await pilot.pause(0.05)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
