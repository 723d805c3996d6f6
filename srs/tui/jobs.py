"""Database work off the event loop: every service call runs in a thread worker."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker, get_current_worker

from srs.core.errors import SrsError
from srs.tui.services import Unavailable

if TYPE_CHECKING:
    from srs.service import Collection

T = TypeVar("T")


def run_db(
    node: DOMNode,
    fn: Callable[[Collection], T],
    done: Callable[[T], Any] | None = None,
    *,
    failed: Callable[[str], Any] | None = None,
    group: str = "db",
    exclusive: bool = False,
) -> Worker[None]:
    """Run ``fn(collection)`` in a thread; hand its result to ``done`` on the UI thread.

    Errors meant for the user (``SrsError``, a missing service module) go to
    ``failed``, or to a notification; anything else is a bug and stops the app
    with its traceback, as Textual does by default.
    """
    app = node.app

    async def deliver(callback: Callable[..., Any], value: Any) -> None:
        if node.is_attached:
            result = callback(value)
            if inspect.isawaitable(result):
                await result

    def job() -> None:
        col = app.col  # type: ignore[attr-defined]
        try:
            result = fn(col)
        except (SrsError, Unavailable) as exc:
            if failed is not None:
                app.call_from_thread(deliver, failed, str(exc))
            else:
                app.call_from_thread(app.notify, str(exc), title="srs", severity="error", timeout=8)
            return
        if done is not None and not get_current_worker().is_cancelled:  # superseded (exclusive group): drop it
            app.call_from_thread(deliver, done, result)

    return node.run_worker(job, thread=True, group=group, exclusive=exclusive, name=getattr(fn, "__name__", "db"))
