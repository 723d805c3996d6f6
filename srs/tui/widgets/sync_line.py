"""The Sync action's one line: srs.service.syncing in a worker, its progress, then what moved each way.

The sync runs in a thread worker (srs.tui.jobs.run_db), so the app keeps answering
keys meanwhile. When Anki needs a full sync the line never picks a direction: it asks
(the home screen shows srs.tui.screens.full_sync) and runs again with the user's choice. No password is asked
for here: without a stored login the line says how to make one with ``srs sync``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.widgets import Static

from srs.tui.jobs import alive, run_db

if TYPE_CHECKING:
    from srs.service import Collection

NO_LOGIN = ("Sync: no login yet. Run  srs sync --endpoint URL --user NAME --upload  once in a shell "
            "(it asks for the password and keeps only the server's key), then press y again.")
NOT_NOW = "Sync: nothing synced (a full sync is needed first; press y to choose again)."
NEEDS_FULL = "full"  # the worker's answer when Anki needs a full sync
NO_LOGIN_YET = "no-login"


class SyncLine(Static):
    """``start()`` syncs; ``on_synced(report)`` is called after a sync that moved anything;
    ``ask_full_sync(answer)`` asks the user and calls ``answer("upload" | "download" | None)``."""

    def __init__(self, on_synced: Callable[[Any], None],
                 ask_full_sync: Callable[[Callable[[str | None], None]], None], **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self.on_synced = on_synced
        self.ask_full_sync = ask_full_sync
        self.running = False
        self.display = False  # shown from the first sync on

    def start(self, upload: bool = False, download: bool = False) -> None:
        if self.running:
            self.app.notify("A sync is already running.", title="srs", timeout=4)
            return
        self.running = True
        self.show("Sync: starting…")

        def progress(message: str) -> None:
            self.app.call_from_thread(self._progress, message)

        def job(col: Collection) -> Any:
            from srs.service import syncing  # the sync's modules load on the first sync, not at launch

            if not syncing.has_login(col):
                return NO_LOGIN_YET
            try:
                return syncing.sync(col, upload=upload, download=download, say=progress)
            except syncing.FullSyncNeeded:
                return NEEDS_FULL

        run_db(self, job, self._done, failed=self._failed, group="sync")

    def show(self, text: str) -> None:
        self.display = True
        self.update(text)

    def _progress(self, message: str) -> None:
        if alive(self) and self.running:
            self.show(f"Sync: {message}…")

    def _done(self, result: Any) -> None:
        self.running = False
        if result == NO_LOGIN_YET:
            self.show(NO_LOGIN)
        elif result == NEEDS_FULL:
            self.show("Sync: a full sync is needed: upload or download?")
            self.ask_full_sync(self._chosen)
        else:
            full = f" (full {result.full})" if result.full else ""
            self.show(f"✓ Synced{full}: {result.moved()}{result.conflicts()}")
            if result.full or any(result.received.values()):
                self.on_synced(result)

    def _chosen(self, direction: str | None) -> None:
        if direction is None:
            self.show(NOT_NOW)
            return
        self.start(upload=direction == "upload", download=direction == "download")

    def _failed(self, message: str) -> None:
        self.running = False
        self.show(f"✗ Sync failed: {message}")
