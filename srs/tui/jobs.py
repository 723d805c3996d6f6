"""Database work off the event loop: every service call runs in a thread worker."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.widget import Widget
from textual.worker import Worker, get_current_worker

from srs.core.errors import SrsError
from srs.tui.typed_app import srs_app

if TYPE_CHECKING:
    from srs.service import Collection

T = TypeVar("T")


def alive(node: DOMNode) -> bool:
    """Whether ``node`` and everything above it are still in the app, neither being removed nor closed.

    A screen that is switched away, popped or torn down with the app marks itself
    and all its widgets as pruning before it goes; a result arriving then must
    not be drawn (its widgets may already be gone: ``NoMatches``).
    """
    if not node.is_attached or not node.app.is_running:  # removed, or the app is shutting down
        return False
    current: DOMNode | None = node
    while current is not None and current is not node.app:  # public checks only: running and not being closed
        if not current.is_running or not current.is_parent_active or isinstance(current, Widget) and not current.is_mounted:
            return False
        current = current.parent
    return current is node.app


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

    The result (or the error message for ``failed``) is dropped if ``node`` is
    gone by then (``alive``): any screen or widget can leave while its worker
    runs. Errors meant for the user (``SrsError``, a missing service module) go
    to ``failed``, or to a notification; anything else is a bug and stops the
    app with its traceback, as Textual does by default.
    """
    app = node.app

    async def deliver(callback: Callable[..., Any], value: Any) -> None:
        if not alive(node):
            return
        try:
            result = callback(value)
            if inspect.isawaitable(result):
                await result
        except NoMatches:
            if alive(node):  # a real bug, not a node that began leaving while the callback ran
                raise

    srs = srs_app(node)  # here, on the UI thread: from the worker's thread node.app walks parents that a closing
    # screen may have dropped already (NoActiveAppError in 1 of ~500 launch-and-quit cycles)

    def job() -> None:
        try:
            result = fn(srs.collection)
        except SrsError as exc:
            if failed is not None:
                app.call_from_thread(deliver, failed, str(exc))  # type: ignore[arg-type]  # mypy cannot solve T | Awaitable[T] for a coroutine
            else:
                app.call_from_thread(app.notify, str(exc), title="srs", severity="error", timeout=8)
            return
        if done is not None and not get_current_worker().is_cancelled:  # superseded (exclusive group): drop it
            app.call_from_thread(deliver, done, result)  # type: ignore[arg-type]  # (as above)

    return node.run_worker(job, thread=True, group=group, exclusive=exclusive, name=getattr(fn, "__name__", "db"))
