"""Helpers for driving the app in tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

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


@asynccontextmanager
async def running(col: Collection, size: tuple[int, int] = (100, 30), **kwargs: object) -> AsyncIterator[Pilot]:
    """The app on ``col`` in a test terminal of ``size``, and the pilot that drives it."""
    app = make_app(col, **kwargs)
    async with app.run_test(size=size) as pilot:
        yield pilot


async def press(pilot: Pilot, *keys: str) -> None:
    """Press each key and wait until what it started is done and drawn."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


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
