"""A real Anki sync server for the sync tests: Anki's own ``python -m anki.syncserver``.

Each test that asks for ``sync_server`` gets a fresh server on 127.0.0.1, on a
free port, with its own empty ``SYNC_BASE`` and one user (``user``/``pass``);
it is stopped (and its data dropped) after the test.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "user", "pass"
START_TIMEOUT_S = 30


@dataclass(frozen=True)
class SyncServer:
    endpoint: str  # as srs sync --endpoint and Anki's sync_login take it
    user: str
    password: str
    base: Path  # the server's SYNC_BASE
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def sync_server(tmp_path: Path) -> Iterator[SyncServer]:
    base = tmp_path / "sync-server"
    base.mkdir()
    log = tmp_path / "sync-server.log"
    for _attempt in range(3):  # another process may take the free port before the server binds it
        port = _free_port()
        env = {**os.environ, "SYNC_BASE": str(base), "SYNC_HOST": "127.0.0.1", "SYNC_PORT": str(port),
               "SYNC_USER1": f"{USER}:{PASSWORD}"}
        with open(log, "ab") as out:
            proc = subprocess.Popen([sys.executable, "-m", "anki.syncserver"], env=env, stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while proc.poll() is None and time.monotonic() < deadline and not _accepts(port):
            time.sleep(0.05)
        if proc.poll() is None and _accepts(port):
            break
        proc.kill()
        proc.wait()
    else:
        pytest.fail(f"the Anki sync server did not start: {log.read_text(errors='replace')[-2000:]}")
    try:
        yield SyncServer(f"http://127.0.0.1:{port}/", USER, PASSWORD, base, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
