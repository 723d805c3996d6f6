"""Scratch folders that a killed process does not leave behind for good.

An import works in scratch folders (``.import-*`` beside the database for the
package's media, ``srs-anki-*`` in the system temp folder for its collection).
Each holds a lock file, locked (``flock``) for as long as its process lives,
so the folder of a running import is never mistaken for a leftover. A clean
end or SIGTERM (turned into ``SystemExit`` by :func:`terminate_as_exit`)
removes the folders; after a SIGKILL, :func:`sweep` removes those older than
the running process whose lock nobody holds any more.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: folders are removed on a clean end only
    fcntl = None  # type: ignore[assignment]  # no such module off POSIX; every use checks for None

LOCK = ".srs-lock"
STARTED = time.time()  # about when this process started (the module loads with the package)
_held: dict[Path, int] = {}  # scratch folder → descriptor of its locked lock file


def make(prefix: str, dir: str | Path | None = None) -> Path:
    """A new scratch folder, locked until :func:`remove` (or the process's end)."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=dir))
    if fcntl is not None:
        fd = os.open(path / LOCK, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        _held[path] = fd
    return path


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    fd = _held.pop(path, None)
    if fd is not None:
        os.close(fd)


def sweep(folder: str | Path, prefix: str, settle: Callable[[Path], bool] | None = None) -> list[Path]:
    """Remove the ``prefix*`` scratch folders in ``folder`` that a dead process left: made before this
    process started, their lock free. Returns what was removed; a folder it cannot judge stays.
    ``settle`` sees each such folder first, its lock held (an import's undo journal is played back);
    False keeps the folder for a later sweep."""
    if fcntl is None:
        return []
    removed = []
    try:
        candidates = [Path(e.path) for e in os.scandir(folder) if e.name.startswith(prefix) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    for path in candidates:
        if path in _held:
            continue
        try:
            if path.stat().st_mtime >= STARTED:
                continue  # maybe being made right now, its lock not yet taken
            fd = os.open(path / LOCK, os.O_RDWR)
        except OSError:
            continue  # no lock file: not ours to judge (or made by an srs from before the locks)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a running import holds it
        try:
            if settle is not None and not settle(path):
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        finally:
            os.close(fd)
    return removed


@contextmanager
def terminate_as_exit() -> Iterator[None]:
    """SIGTERM ends the block with ``SystemExit(143)``, so cleanup code runs (main thread only, and only
    where nothing else handles SIGTERM)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise SystemExit(128 + signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
